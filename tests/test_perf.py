"""The speed-ups of the report on large corpora (#23, #28) give the same results as the plain paths."""

from __future__ import annotations

import pytest

import corpus_tools as ct
from corpus_tools.report import page
from corpus_tools.report.findings import _segments, _text, findings
from corpus_tools.text import nlp
from corpus_tools.text.cleaning import clean_text, cleaned_once
from corpus_tools.text.sentences import parse
from corpus_tools.variants import keyness


def _annotations(doc) -> list[tuple]:
    tokens = [
        (t.text, t.idx, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_, t.is_sent_start)
        for t in doc
    ]
    return [*tokens, tuple((e.start, e.end, e.label_) for e in doc.ents)]


def test_forked_parse_is_the_same_parse(seeds, monkeypatch):
    texts = parse(seeds)["doc"].map(lambda d: d.text).tolist()  # 68 body paragraphs
    monkeypatch.setattr(nlp, "CHUNK_SIZE", 10)  # 7 chunks over 2 workers
    forked = nlp.parse_texts(texts, n_process=2)
    alone = nlp.parse_texts(texts, n_process=1)
    assert len(forked) == len(alone) == 68
    assert [_annotations(d) for d in forked] == [_annotations(d) for d in alone]
    assert forked[5].tensor.size == 0 and alone[5].tensor.size == 0  # nothing reads the tensor


@pytest.mark.parametrize(
    ("n_chars", "n_process", "env", "expected"),
    [(1_000, None, "", 1), (10_000_000, 1, "", 1), (1_000, None, "3", 3), (10_000_000, 2, "", 2)],
)
def test_processes(monkeypatch, n_chars, n_process, env, expected):
    monkeypatch.setenv("CORPUS_TOOLS_PROCESSES", env)
    assert nlp.processes(n_chars, n_process) == expected


def test_processes_refuses_a_bad_count(monkeypatch):
    monkeypatch.setenv("CORPUS_TOOLS_PROCESSES", "two")
    with pytest.raises(ValueError, match="CORPUS_TOOLS_PROCESSES"):
        nlp.processes(10)


def test_cleaned_once_hands_out_one_view_per_text(seeds):
    raw = seeds.loc["001", "text"]
    assert clean_text(raw) is not clean_text(raw)  # outside the block: built on each call
    with cleaned_once():
        first = clean_text(raw)
        assert clean_text(raw) is first
    assert clean_text(raw) is not first  # nothing outlives the block
    assert clean_text(raw).text == first.text


def test_findings_read_by_document_equal_the_scans(seeds):
    a = ct.analyze(seeds)
    indexed = findings(a)
    scanned = {d: _text(s) for d, s in _segments(a, ("reuse", "changes", "style", "speakers")).items()}
    assert indexed == scanned
    assert indexed["000"].startswith("000 (unknown outlet, republication, 419 words) is wholly derived")


def test_version_keyness_equals_one_table_per_version(seeds):
    fast = keyness.version_keyness(seeds, source="001", n=3)
    forms: dict = {}
    per_doc = keyness._counts(seeds, ["000", "001", "002"], True, forms)
    slow = []
    for doc in ("000", "002"):
        k = keyness._table(per_doc[doc], per_doc["001"], forms, "log_likelihood", 1)
        slow += [(doc, "version", w) for w in k[k["keyness"] > 0]["word"].head(3)]
        slow += [(doc, "source", w) for w in k[k["keyness"] < 0][::-1]["word"].head(3)]
    assert list(zip(fast["doc_id"], fast["side"], fast["word"], strict=True)) == slow
    assert fast["rank"].tolist() == [1, 2, 3] * 4


def test_report_draws_at_most_max_views(seeds, tmp_path, monkeypatch):
    a = ct.analyze(seeds)
    monkeypatch.setattr(page, "MAX_VIEWS", 1)
    html = (page.write_report(a, tmp_path / "out")).read_text(encoding="utf-8")
    drawn = [d for d in ("000", "002") if f'id="view-{d}"' in html]
    assert len(drawn) == 1
    assert "the 1 that took the most words from it are shown side by side, the other 1 are not drawn" in html
    der = a.derivation.set_index("doc_id")
    words = a.corpus["n_words"]
    most = max(("000", "002"), key=lambda d: der.loc[d, "derived_share"] * words[d])
    assert drawn == [most]
