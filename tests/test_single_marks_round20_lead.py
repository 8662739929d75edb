"""A paper's "X said:" closing a paragraph, and the next paragraph a quotation in single marks
(the papers' style: "'...'", where the wire writes ``...''): the quotation is X's (issue 22; round
20's known debt of tune20). Invented text."""

import corpus_tools as ct
from corpus_tools import from_records


def _rows(text: str) -> list[list]:
    a = ct.analyze(from_records([{"doc_id": "p", "text": text, "outlet": "Sun"}]), only=["attributions"])
    at = a.attributions
    return [[r.speaker, text[r.content_start : r.content_end], r.quote_type] for r in at.itertuples()]


def test_a_paragraph_in_single_marks_after_said_colon_is_the_speakers():
    text = (
        "Mary Hale, 41, was jailed for life yesterday for the murder of her stepson.\n\n"
        "Her neighbour Jane Cole said:\n\n"
        "'She is completely ruthless. She always wanted the money.'\n\n"
        "Detective Inspector Tom Reed said: 'This was a cold and calculated crime.'\n"
    )
    rows = _rows(text)
    assert rows[0] == [
        "Her neighbour Jane Cole",
        "'She is completely ruthless. She always wanted the money.'",
        "direct",
    ]
    assert [r[0] for r in rows] == ["Her neighbour Jane Cole", "Detective Inspector Tom Reed"]


def test_a_colon_before_a_paragraph_without_marks_stays_as_it_was():
    # guard: the next paragraph opens with no mark, so nothing new is carried over to it
    text = (
        "Mary Hale, 41, was jailed for life yesterday for the murder of her stepson.\n\n"
        "Her neighbour Jane Cole said:\n\n"
        "The family had been at odds for years over the farm.\n"
    )
    assert [r[0] for r in _rows(text)] == []
