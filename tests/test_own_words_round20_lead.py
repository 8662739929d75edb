"""Words of its own, round 20 (issue 22, audit20's cause 6): a number the source gives in figures
written in words with the same noun after it, a standard clipping ("op", "TV") and a British past
form in -t ("learnt") are the source's words, not the text's own. Invented texts."""

from corpus_tools.reuse.derivation import body_words, is_fact
from corpus_tools.reuse.novelty import compounds, novel_lists


def _own(wire: str, text: str) -> list[str]:
    src = {k for k, _, _ in body_words(wire)} | compounds([wire])
    return novel_lists(body_words(text), src, is_fact)[0]


def test_number_word_for_the_source_figure_with_the_same_noun():
    wire = "The carpenter was given 14 months for the thefts."
    assert _own(wire, "Fourteen months was given for the thefts.") == []
    assert _own(wire, "He was given fourteen months for the thefts.") == []


def test_number_word_with_another_noun_stays_its_own():
    wire = "The carpenter was given 14 months for the thefts."
    assert _own(wire, "Fourteen witnesses spoke about the thefts.") == ["Fourteen", "witnesses", "spoke"]


def test_clippings_op_and_tv():
    wire = "The dancer had an operation on her knee after a TV contest."
    assert _own(wire, "The dancer had an op on her knee after a television contest.") == []


def test_british_past_forms_in_t():
    wire = "The baker learned of the plan and spelled out his fears."
    assert _own(wire, "The baker learnt of the plan and spelt out his fears.") == []
