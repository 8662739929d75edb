"""Round 9's speed-ups of the report (#23) answer as the plain readings they replace, on invented text."""

from __future__ import annotations

from difflib import SequenceMatcher

import pandas as pd
import pytest

from corpus_tools import from_records
from corpus_tools.attribution.accounting import SUMMARY_COLUMNS, speaker_summary, speaker_table
from corpus_tools.attribution.attributions import attributions
from corpus_tools.attribution.entities import statements
from corpus_tools.attribution.pairs import pair_people
from corpus_tools.reuse import alignment
from corpus_tools.reuse.derivation import body_words, derivation_features, is_fact
from corpus_tools.reuse.documents import doc_tokens, keys
from corpus_tools.reuse.fusion import is_closing_line, is_court_formula
from corpus_tools.reuse.novelty import MISPRINT_MIN, SourceKeys, _one_edit, novel_lists, respelt, short_forms

# an invented court wire story and three versions: one close, one a rewrite with a sign-off, one unrelated
SOURCE = (
    "Magistrate Ann Lowe said the two bakers were committed to the crown court in Leeds. "
    "Defence counsel John Reed said the bakery owners had never been warned by the council inspectors. "
    "The hearing was adjourned until Thursday."
)
VERSIONS = {
    "a": "Magistrate Ann Lowe said the two bakers were committed to the crown court in Leeds. "
    "Mr Reed said the owners had never been warned.",
    "b": "Two Leeds bakers were sent to the crown court, magistrate Anne Lowe said. The case continues.",
    "c": "Shares of the Tokyo exchange rose sharply on Monday as exporters gained. The hearing continues.",
}


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    rows = [{"doc_id": "src", "text": SOURCE}] + [{"doc_id": d, "text": t} for d, t in VERSIONS.items()]
    return from_records(rows)


@pytest.mark.parametrize(
    "key",
    ["mohammed", "tizzard", "october", "octobers", "oct", "sept", "leeds", "lowes", "45", "mohamad"],
)
def test_source_keys_answer_as_the_scans_of_every_source_word(key):
    plain = {"mohammad", "tizard", "october", "september", "lowe", "court", "45", "adjourned", "magistrate"}
    src = SourceKeys(plain)
    scan = any(abs(len(s) - len(key)) <= 1 and s[:1] == key[:1] and _one_edit(key, s) for s in plain)
    assert src.misprint(key) == scan
    assert src.respelt(key) == bool(respelt({key}, src.known))
    assert src.short_form(key) == bool(short_forms({key}, src.known))


def test_novel_lists_are_the_same_from_a_set_and_from_source_keys():
    plain = {k for k, _, _ in body_words(SOURCE)}
    text = "Magistrate Anne Lowe, 45, said the Leeds bakers were comitted in October by Mr Tizzard."
    words = body_words(text)
    assert len("committed") >= MISPRINT_MIN  # "comitted" is read as a misprint of the source's word
    assert novel_lists(words, plain, is_fact) == novel_lists(words, SourceKeys(plain), is_fact)


def test_the_longest_passage_is_read_for_every_document(corpus):
    feats = derivation_features(corpus, source="src").set_index("doc_id")
    k_of = {d: keys(t) for d, t in doc_tokens(corpus).items()}
    for d in VERSIONS:  # one matcher of the source serves every document: each its own longest run
        sm = SequenceMatcher(None, k_of[d], k_of["src"], autojunk=False)
        longest = sm.find_longest_match(0, len(k_of[d]), 0, len(k_of["src"])).size
        assert feats.loc[d, "longest_passage"] == longest / len(k_of[d])
    assert feats.loc["a", "longest_passage"] > feats.loc["c", "longest_passage"]


def _row(r: dict) -> tuple:
    return r["t"].sent_id, r["cls"], r["score"], [(m.src.sent_id, m.cls, m.route) for m in r["chosen"]]


def test_the_source_index_built_once_aligns_as_one_built_per_document(corpus):
    sents = alignment.body_sentences(corpus)
    idf = alignment.idf_weights(s.keys for doc in sents.values() for s in doc)
    opt = alignment.ReuseOptions()
    prepared = alignment._source_index(sents["src"])
    for d in VERSIONS:
        fresh = alignment._align_doc(sents["src"], sents[d], idf, opt)
        shared = alignment._align_doc(sents["src"], sents[d], idf, opt, prepared=prepared)
        assert [_row(r) for r in fresh] == [_row(r) for r in shared]


def test_a_sentence_keeps_its_sign_off_readings(corpus):
    sents = alignment.body_sentences(corpus)
    for s in [*sents["src"], *sents["b"], *sents["c"]]:
        assert s.sign_off == is_court_formula(s.keys)
        assert s.closing == is_closing_line(s.keys)
    assert sents["b"][-1].sign_off and sents["src"][-1].closing  # "The case continues."; "adjourned"


def test_the_source_sentences_do_not_depend_on_the_other_documents(corpus):
    sents = alignment.text_sentences(corpus)
    whole = alignment.body_sentences(corpus, sentences=sents)["src"]
    alone = alignment.body_sentences(corpus.loc[["src"]], sentences=sents[sents["doc_id"] == "src"])["src"]
    assert [(s.sent_id, s.start, s.end) for s in whole] == [(s.sent_id, s.start, s.end) for s in alone]
    cov = alignment.source_coverage(corpus, source="src", sentences=sents)
    assert len(cov) == len(whole) * len(VERSIONS)


def _summary_by_frames(corpus, everything, table) -> pd.DataFrame:
    """The speaker summary counted with one pandas selection per document (the reading replaced)."""
    a, rows = statements(everything), []
    for doc_id, n_words in corpus["n_words"].items():
        x, t, every = (f[f["doc_id"] == doc_id] for f in (a, table, everything))
        kinds = t["speaker_kind"].value_counts()
        people = t.loc[t["speaker_kind"] == "person", "speaker"].tolist()
        extra = pair_people(people) - len(people)
        named = int(t["named"].sum()) + extra
        types = x["quote_type"].value_counts()
        rows.append(
            (
                str(doc_id), len(x), len(t) + extra, named, int(kinds.get("person", 0)) + extra,
                *(int(kinds.get(k, 0)) for k in ("organisation", "government", "media", "anonymous")),
                round(named / (len(t) + extra), 4) if len(t) else 0.0, int(x["via_agency"].sum()),
                *(int(types.get(k, 0)) for k in ("direct", "indirect", "mixed")),
                int(every["speaker_id"].isna().sum()), int((every["role"] == "nested").sum()),
                int((every["role"] == "mention").sum()), round(100 * len(x) / n_words, 2) if n_words else 0.0,
            )
        )  # fmt: skip
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)


def test_the_speaker_summary_counts_as_per_document_selections():
    corpus = from_records(
        [
            {
                "doc_id": "p",
                "text": '"We will appeal," said John Marsh and Colin Webb. The council was sorry.',
            },
            {
                "doc_id": "q",
                "text": "A senior official told Reuters the talks had failed. He said they resume.",
            },
            {"doc_id": "r", "text": "Shares rose sharply on Monday as exporters gained ground."},
        ]
    )
    everything = attributions(corpus)
    table = speaker_table(corpus, attributions=everything)
    got = speaker_summary(corpus, speakers=table, attributions=everything)
    pd.testing.assert_frame_equal(got, _summary_by_frames(corpus, everything, table))
    assert got.set_index("doc_id").loc["r", "n_attributions"] == 0
    assert got.set_index("doc_id").loc["q", "n_attributions"] >= 1
