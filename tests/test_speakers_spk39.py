"""Who speaks, round 19 of issue 22 (branch spk39): the held-out audit's speaker kinds
(``benchmarks/claims.md``, "Nineteenth round (branch `audit19`)", "For the lead: the kinds a fix
should take" 1, 2 and 4). Invented texts of the same shapes; each test fails on ``501bb10`` unless
it says it is a guard."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

from corpus_tools import from_records

_PREVIEW = (
    "The jury in the Fisher fraud trial was today resuming its second day of talks.\n\n"
    "The eight men and four women have spent nearly six hours at Ashby Crown Court.\n\n"
    "Fisher, 47, of Mill Lane, Upton, near Ashby, Greater Westshire, pleads not guilty to stealing "
    "12 paintings between May 1996 and June 1997."
)


def test_a_plea_after_a_long_apposition_of_age_and_address_is_the_named_persons():
    # the tagger takes the lone surname "Fisher" for a place: the age after it makes it a person
    rows = text_attributions(_PREVIEW, "pleads")
    assert rows[["speaker", "speaker_type", "role"]].values.tolist() == [["Fisher", "person", "speaker"]]
    assert speaker_rows(_PREVIEW) == [["Fisher", "person", 1]]


def test_a_papers_denial_keeps_the_plea_and_a_paper_without_it_drops_it():
    import corpus_tools as ct

    corpus = from_records(
        [
            {"doc_id": "pa", "text": _PREVIEW, "outlet": "PA"},
            {
                "doc_id": "kept",
                "text": "The jury in the Fisher fraud trial spent two days at Ashby Crown Court. "
                "Fisher, 47, of Upton, near Ashby, denies stealing 12 paintings between May 1996 and "
                "June 1997.",
                "outlet": "Sun",
            },
        ]
    )
    surv = ct.analyze(corpus, source="pa").speaker_survival
    row = surv[(surv.speaker == "Fisher") & (surv.doc_id == "kept")]
    assert row.status.tolist() == ["kept"]
