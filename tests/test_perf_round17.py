"""Issue #23, round 17: the 3,000-document report's hot paths read their frames once, not once per
document or per row. The derivation's features read the alignment's words, classes and scores as
arrays (:mod:`corpus_tools.reuse.aligned_rows`); survival's :func:`~corpus_tools.attribution.kept_forms.mend`
reads each version's alignment rows and nested reports from an index built once
(:mod:`corpus_tools.attribution.doc_rows`). Every value must be the one the per-document selection gave.
Invented texts."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from conftest import BAKER_WIRE
from corpus_tools import from_records
from corpus_tools.attribution import kept_forms, sides
from corpus_tools.attribution.doc_rows import rows_by_doc
from corpus_tools.attribution.quote_sentences import carry_quotations
from corpus_tools.attribution.survival import speaker_survival
from corpus_tools.reuse.aligned_rows import by_row, mean
from corpus_tools.reuse.alignment import REUSE_CLASSES, align_sentences
from corpus_tools.reuse.derivation import derivation_features
from corpus_tools.variants import keyness

_VERSIONS = {
    "copy": BAKER_WIRE,
    "short": "A baker was fined 400 pounds for selling stale bread at a fair.\n\nBrandt said he was sorry.",
    "mixed": (
        "A Dunmore baker was fined yesterday for selling stale bread.\n\n"
        "Kit Brandt, 52, told the court he had no idea. Neighbours in Dunmore said the bakery had "
        "always been popular with farmers and walkers alike."
    ),
    "unrelated": "Heavy rain closed the coast road near Pellow for three hours on Sunday morning.",
}


def _corpus():
    rows = [{"doc_id": "wire", "text": BAKER_WIRE, "published": "2003-05-01"}]
    rows += [{"doc_id": d, "text": t, "published": "2003-05-02"} for d, t in _VERSIONS.items()]
    return from_records(rows)


def test_derivation_shares_score_and_sentences_are_the_per_document_selections():
    corpus = _corpus()
    align = align_sentences(corpus, source="wire")
    feats = derivation_features(corpus, source="wire", alignment=align).set_index("doc_id")
    assert sorted(feats.index) == sorted(_VERSIONS)
    for doc in _VERSIONS:  # the values the frame selection per document gives
        a = align[align["doc_id"].astype(str) == doc]
        words = np.array([len(t.split()) for t in a["text"]], dtype=float)
        total = words.sum()
        for c in REUSE_CLASSES:
            want = float(words[(a["reuse_class"] == c).to_numpy()].sum() / total) if total else 0.0
            if not total and c == "new":
                want = 1.0
            assert feats.at[doc, f"{c}_share"] == want, (doc, c)
        assert feats.at[doc, "mean_score"] == (float(a["score"].mean()) if len(a) else 0.0)
        assert feats.at[doc, "n_sentences"] == len(a)
        aligned = (a["reuse_class"] != "new").to_numpy()
        assert feats.at[doc, "sentence_aligned_share"] == (float(aligned.mean()) if len(aligned) else 0.0)
    assert feats.at["copy", "verbatim_share"] == 1.0
    assert feats.at["unrelated", "new_share"] == 1.0


def test_by_row_reads_every_row_in_order():
    f = pd.DataFrame(
        {"text": ["one two", "three", " four  five six "], "reuse_class": ["new", "verbatim", "rewritten"]}
    ).assign(score=[0.0, 1.0, 0.25])
    words, classes, scores = by_row(f)
    assert words.tolist() == [2.0, 1.0, 3.0]
    assert classes.tolist() == ["new", "verbatim", "rewritten"]
    assert scores.tolist() == [0.0, 1.0, 0.25]


@pytest.mark.parametrize(
    "values",
    [[0.1, 0.2, 0.3], [0.1, np.nan, 0.7], [1 / 3] * 7, [0.30000000000000004, 0.1, 0.2, 0.9999], [np.nan]],
)
def test_mean_is_pandas_mean_to_the_last_bit(values):
    got, want = mean(np.array(values, dtype=float)), float(pd.Series(values, dtype=float).mean())
    assert (np.isnan(got) and np.isnan(want)) or got == want


def test_rows_by_doc_keeps_each_documents_rows_in_order():
    f = pd.DataFrame({"doc_id": [2, "b", 2, "b", "c"], "sent_id": [5, 1, 3, 0, 9], "x": list("pqrst")})
    got = rows_by_doc(f, ["sent_id", "x"])
    assert got == {"2": [(5, "p"), (3, "r")], "b": [(1, "q"), (0, "s")], "c": [(9, "t")]}
    for doc, rows in got.items():  # what the mask per document selects
        mine = f[f["doc_id"].astype(str) == doc]
        assert rows == list(zip(mine["sent_id"], mine["x"], strict=True))


#: counsel tells a society's announcement; one paper keeps it nested, by name, the other drops it
_NESTEDBAKER_WIRE = (
    "A father today lost a High Court fight over his daughter's music bursary.\n\n"
    "Rhys Gannon, appearing for the family, told the judge that the Ashcombe Music Society, before "
    "the spring concert, announced plans to end the bursary scheme. But it promised during the "
    "closing period not to disrupt the lessons of pupils who already had bursaries.\n\n"
    "Mrs Justice Penrose said the promise of a bursary was not binding."
)
_NESTED_PAPER = (
    "A father lost his fight over a music bursary yesterday.\n\n"
    "Rhys Gannon, for the family, said that although the Ashcombe Music Society, before the concert, "
    "announced plans to end the bursary scheme, pupils would keep their bursaries.\n\n"
    "Mrs Justice Penrose said the promise of a bursary was not binding."
)
_OTHER_PAPER = (
    "A father lost his fight over a music bursary yesterday.\n\n"
    "Rhys Gannon, for the family, said the bursary scheme was ending.\n\n"
    "Mrs Justice Penrose said the promise of a bursary was not binding."
)


def test_a_nested_report_keeps_its_speaker_only_in_its_own_version(monkeypatch):
    calls = []
    real = kept_forms.rows_by_doc
    monkeypatch.setattr(kept_forms, "rows_by_doc", lambda f, cols: calls.append(len(f)) or real(f, cols))
    corpus = from_records(
        [
            {"doc_id": "wire", "text": _NESTEDBAKER_WIRE, "published": "2004-03-01"},
            {"doc_id": "keeps", "text": _NESTED_PAPER, "published": "2004-03-02"},
            {"doc_id": "other", "text": _OTHER_PAPER, "published": "2004-03-02"},
        ]
    )
    s = speaker_survival(corpus, source="wire")
    got = {(d, sp): st for d, sp, st in zip(s["doc_id"], s["speaker"], s["status"], strict=True)}
    assert got[("keeps", "the Ashcombe Music Society")] == "kept"  # nested, by name, in a reused sentence
    assert got[("other", "the Ashcombe Music Society")] == "dropped"  # not the other's nesting
    assert len(calls) == 2  # the alignment and the nested reports indexed once each, not once per row


def test_version_keyness_computes_each_pair_of_counts_once_with_the_same_values(monkeypatch):
    corpus = _corpus()
    plain = keyness.version_keyness(corpus, source="wire", n=4)
    calls = []
    real = keyness._statistics
    monkeypatch.setattr(keyness, "_statistics", lambda *args: calls.append(args) or real(*args))
    fast = keyness.version_keyness(corpus, source="wire", n=4)
    pd.testing.assert_frame_equal(fast, plain)
    assert len(calls) == len(set(calls))  # one call per pair of counts of a version...
    forms: dict = {}
    per_doc = keyness._counts(corpus, list(corpus.index), True, forms)
    words = sum(len(per_doc[d].keys() | per_doc["wire"].keys()) for d in _VERSIONS)
    assert len(calls) < words  # ... not one per word
    assert set(fast["doc_id"]) == {"short", "mixed", "unrelated"}  # the copy prefers no word
    for doc in ("short", "mixed", "unrelated"):  # every value that of the version's own keyness table
        table = keyness._table(per_doc[doc], per_doc["wire"], forms, "log_likelihood", 1).set_index("word")
        mine = fast[fast["doc_id"] == doc]
        for w, k, p in zip(mine["word"], mine["keyness"], mine["p_value"], strict=True):
            assert (k, p) == (table.at[w, "keyness"], table.at[w, "p_value"])


def _sides_frame():
    rows = [  # (doc, speaker_id, label, named, type)
        ("d1", "d1:S1", "The defence", False, "institution"),
        ("d1", "d1:S2", "Kay Orme", True, "person"),
        ("d1", "d1:S3", "the two women's defence team", False, "institution"),
        ("d2", "d2:S1", "Kay Orme", True, "person"),
        ("d2", "d2:S2", "a neighbour", False, "person"),
        ("d3", "d3:S1", "the prosecution", False, "institution"),
        ("d3", "d3:S2", "the Crown", False, "institution"),
        ("d3", "d3:S2", "the Crown", False, "institution"),
        ("d4", "d4:S1", "The defence", True, "person"),  # named: no side read
        ("d4", "d4:S2", "the defence", False, "institution"),
    ]
    cols = ["doc_id", "speaker_id", "speaker_label", "named", "speaker_type"]
    return pd.DataFrame(rows, columns=cols)


def test_one_side_per_document_reads_only_documents_naming_a_side(monkeypatch):
    read = []
    real = sides.speakers_by_document
    monkeypatch.setattr(sides, "speakers_by_document", lambda f: (read.append(set(f["doc_id"])), real(f))[1])
    out = sides.one_side_per_document(_sides_frame())
    assert read == [{"d1", "d3", "d4"}]  # d2 names no side: not grouped
    got = list(zip(out["doc_id"], out["speaker_id"], out["speaker_label"], strict=True))
    assert got[2] == ("d1", "d1:S1", "The defence")  # the team is the defence the document named first
    assert got[6] == got[7] == ("d3", "d3:S1", "the prosecution")  # the Crown prosecutes
    assert got[1] == ("d1", "d1:S2", "Kay Orme")
    assert got[3:5] == [("d2", "d2:S1", "Kay Orme"), ("d2", "d2:S2", "a neighbour")]
    assert got[8:] == [
        ("d4", "d4:S1", "The defence"),
        ("d4", "d4:S2", "the defence"),
    ]  # a named one is no side


def test_carried_quotations_read_only_the_quoting_documents():
    cols = ["doc_id", "sent_id", "role", "quote_type", "speaker_id", "cue", "cue_start", "cue_end"]
    cols += ["content_start", "content_end", "resolved_from"]
    frame = pd.DataFrame(
        [
            ("n", 0, "speaker", "indirect", "n:S1", "said", 2, 6, 7, 15, "mention"),
            ("q", 0, "speaker", "direct", "q:S1", "said", 4, 8, 10, 55, "mention"),
        ],
        columns=cols,
    )
    sents = pd.DataFrame(
        [("q", 0, 0, 0, 20), ("q", 1, 0, 21, 40), ("q", 2, 0, 41, 60), ("q", 3, 1, 62, 80)]
        + [("n", "zero", 0, 0, 15), ("n", 1, 0, 16, 30)],  # sent_ids no sort can order: never read
        columns=["doc_id", "sent_id", "para_id", "start", "end"],
    )
    out = carry_quotations(frame, sents)
    assert list(out.columns) == cols
    got = list(
        out[["doc_id", "sent_id", "resolved_from", "content_start", "content_end"]].itertuples(index=False)
    )
    assert got == [
        ("n", 0, "mention", 7, 15),
        ("q", 0, "mention", 10, 55),
        ("q", 1, "continuing_quote", 21, 40),
        ("q", 2, "continuing_quote", 41, 55),
    ]
