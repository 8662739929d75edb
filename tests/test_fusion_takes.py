"""A sentence built from sentences of several takes of one wire story is aligned to all of them (issue 22)."""

from __future__ import annotations

from corpus_tools import from_records
from corpus_tools.reuse.alignment import ReuseOptions, align_sentences, source_coverage

# an invented wire story in two takes: the lead, then a later take with the detail
SNAP = (
    "A retired admiral appeared at Leeds Crown Court today "
    "accused of selling naval secrets to a foreign power. "
    "The trial is expected to last six weeks."
)
LEAD = (
    "Prosecutor Ruth Akers said the documents described submarine patrol routes in the North Atlantic. "
    "The defendant, Hugh Barrow, of Harrogate, denies the charges."
)
# the paper's sentence: the accusation from the snap, the documents from the lead
PAPER = (
    "Retired admiral Hugh Barrow sold naval secrets describing submarine patrol routes in the North Atlantic "
    "to a foreign power, a court heard. "
    "His wife breeds horses near York."
)


def _corpus():
    return from_records(
        [
            {"doc_id": "snap", "text": SNAP, "group": "WIRE"},
            {"doc_id": "lead", "text": LEAD, "group": "WIRE"},
            {"doc_id": "paper", "text": PAPER, "group": "PAPER"},
        ]
    )


def test_a_sentence_fused_from_two_takes_is_aligned_to_both():
    corpus = _corpus()
    a = align_sentences(corpus, source="WIRE")
    first = a.iloc[0]
    assert first["reuse_class"] == "rewritten"
    # the file that brings most of its words first, the other take's sentence beside it
    refs = {(first["source_doc_id"], s) for s in first["source_sent_ids"]} | set(first["other_source_sents"])
    assert refs == {("snap", 0), ("lead", 0)}
    assert "naval secrets" in first["source_text"] and "patrol routes" in first["source_text"]
    assert (a.iloc[1]["reuse_class"], a.iloc[1]["other_source_sents"]) == ("new", ())
    cov = source_coverage(corpus, source="WIRE", alignment=a)
    kept = cov[cov.status != "dropped"]
    assert sorted(zip(kept.source_doc_id, kept.source_sent_id, strict=True)) == [("lead", 0), ("snap", 0)]


def test_fusion_across_takes_is_bounded():
    a = align_sentences(_corpus(), source="WIRE", options=ReuseOptions(max_fused_sentences=1))
    first = a.iloc[0]
    # one source sentence at most: the other take's sentence no longer joins
    refs = [(first["source_doc_id"], s) for s in first["source_sent_ids"]] + list(first["other_source_sents"])
    assert len(refs) == 1 and refs[0] in {("snap", 0), ("lead", 0)}
