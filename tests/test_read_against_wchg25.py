"""Round 25 (issue 22, audit24's cause 3): a version sentence's word-level changes are read against
the source sentence whose words it writes (:func:`corpus_tools.variants.read_against.read_against`),
not against another take's sentence the alignment scored best. Invented text of the shape of round
24's rows: a paper's lead that writes one take's sentence nearly word for word, aligned to a later
take's sentence on one barrister ("urged the court to strike out most of the charges"); a paper's
"Ann Hale QC said: ..." that shares only a name and "said" with another sentence stays where it is."""

from __future__ import annotations

import pytest

import corpus_tools as ct
from corpus_tools import from_records
from corpus_tools.variants.lexical import extract_variants
from corpus_tools.variants.read_against import covered, read_against

TAKE_1 = (
    "Lawyers for the former minister Lord Marsh today urged the court to strike out most of the fraud "
    "charges against him. The hearing at Dunmore Magistrates' Court continues tomorrow."
)
TAKE_2 = (
    "Earlier Ann Hale QC, also for Lord Marsh, urged the court to strike out most of the charges. "
    "The documents, Ann Hale QC said, had been forged by a rival bank in Geneva."
)
VERSION = (
    "Lawyers for the former minister Lord Marsh urged magistrates yesterday to strike out most of the "
    "fraud charges against him. Ann Hale QC said: 'The evidence against my client is thin.'"
)


@pytest.fixture(scope="module")
def analysed() -> ct.Analysis:
    corpus = from_records(
        [
            {"doc_id": "t1", "text": TAKE_1, "group": "W"},
            {"doc_id": "t2", "text": TAKE_2, "group": "W"},
            {"doc_id": "v", "text": VERSION},
        ]
    )
    a = ct.analyze(corpus)
    assert a.source == "W"
    return a


def _pointed(a: ct.Analysis, sent_id: int, doc: str, sid: int):
    """The alignment with the version's sentence ``sent_id`` read against ``doc``'s ``sid`` (the
    alignment's choice on METER, where the best-scoring take is not the one copied)."""
    al = a.alignment.copy()
    row = al.index[(al["doc_id"] == "v") & (al["sent_id"] == sent_id)][0]
    al.at[row, "source_doc_id"] = doc
    al.at[row, "source_sent_ids"] = (sid,)
    al.at[row, "other_source_sents"] = ()
    al.at[row, "reuse_class"] = "rewritten"
    return al


def test_the_lead_is_read_against_the_take_it_copies(analysed):
    al = _pointed(analysed, 0, "t2", 0)
    got = read_against(al, analysed.corpus, analysed.sentences)
    row = got[(got["doc_id"] == "v") & (got["sent_id"] == 0)].iloc[0]
    assert (row["source_doc_id"], tuple(row["source_sent_ids"])) == ("t1", (0,))
    assert row["source_text"].startswith("Lawyers for the former minister")
    # the alignment's own columns stay as they were
    assert row["reuse_class"] == "rewritten" and row["score"] == al.loc[row.name, "score"]


def test_its_changes_are_the_lead_s_not_the_barrister_s(analysed):
    al = _pointed(analysed, 0, "t2", 0)
    v = extract_variants(analysed.corpus, alignment=al, sentences=analysed.sentences)
    mine = v[(v["doc_id"] == "v") & (v["sent_id"] == 0)]
    assert set(mine["source_doc_id"]) == {"t1"}
    assert not mine["source_form"].str.contains("Hale|Earlier").any()
    rows = mine[["form", "source_form", "category"]].values.tolist()
    assert rows == [
        ["", "the court", "deletion"],
        ["magistrates", "", "insertion"],
        ["yesterday", "today", "time_reference"],
    ]


def test_a_name_and_said_move_nothing(analysed):
    al = _pointed(analysed, 1, "t1", 1)  # the paper's quotation of Hale, read against take 1's "continues"
    got = read_against(al, analysed.corpus, analysed.sentences)
    row = got[(got["doc_id"] == "v") & (got["sent_id"] == 1)].iloc[0]
    assert (row["source_doc_id"], tuple(row["source_sent_ids"])) == ("t1", (1,))


def test_a_single_source_file_is_the_alignment_s_own_choice():
    corpus = from_records(
        [{"doc_id": "src", "text": TAKE_1 + " " + TAKE_2}, {"doc_id": "v", "text": VERSION}]
    )
    a = ct.analyze(corpus, source="src")
    assert read_against(a.alignment, a.corpus, a.sentences) is a.alignment


def test_covered_counts_positions_in_shared_triples_and_words_of_what_happened():
    keys = ("to", "strike", "out", "most", "of", "the", "charge")
    index = {("to", "strike", "out"): [("t1", 0), ("t2", 0)], ("out", "most", "of"): [("t1", 0)]}
    assert covered(keys, index, frozenset({"strike", "most"})) == {("t1", 0): (5, 2), ("t2", 0): (3, 1)}
