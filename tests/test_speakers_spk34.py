"""Who speaks, issue 22 (spk34): statements given to the wrong person in the papers, round 16's
pair on the final main (``benchmarks/claims.md``, "spk32: statements to the wrong person after
spk32"). A "she" whose only woman is named as an object ("The case came from Jane Roe") after
other speakers; a passive "has been told" that shares its subject with a verb before it (the one
told, no speaker); "Downing Street" no participle opening; a person a paper names by a kin word
and her given name alone ("Her mother, Ann") is the source's person of that given name. Invented
texts of the same shapes: a school transport appeal and a hospital closure."""

from __future__ import annotations

import pytest
from pairs import text_attributions
from test_survival_round31 import _survival

_APPEAL = (
    "A JUDGE yesterday criticised the council over its transport policy.\n\n"
    'Mr Justice Alan Pryce told the High Court that the council was in "a muddle" over its promises.\n\n'
    "The children will have to walk to school from September.\n\n"
    "The test case came from Karen Marsh, of Halifax, yesterday.\n\n"
    "Her son Oliver has a free bus pass to St Mark's, a school in the next valley.\n\n"
    "She accused council leader Peter Dunn of breaking promises that children in her son's "
    "position could keep their passes.\n\n"
    "Mr Dunn later wrote to Mrs Marsh about the passes."
)


def test_she_after_speakers_is_the_woman_named_as_an_object():
    rows = text_attributions(_APPEAL, "accused")
    assert rows.speaker_label.tolist() == ["Karen Marsh"], rows[["speaker", "cue", "speaker_label"]]


def test_she_after_speakers_needs_a_gender_the_text_gives():
    # no "Mrs Marsh" anywhere: nothing says the name is a woman's, the pronoun stays unresolved
    text = _APPEAL.replace("Mr Dunn later wrote to Mrs Marsh about the passes.", "The council said nothing.")
    rows = text_attributions(text, "accused")
    assert rows.speaker_label.fillna("").tolist() == [""], rows[["speaker", "cue", "speaker_label"]]


def test_passive_told_after_a_verb_of_its_subject_is_no_statement():
    text = (
        "Mrs Ann Lowe said the hospital had been good to her son.\n\n"
        "She had hoped he could stay on the ward, but has been told he will have to move in June."
    )
    assert text_attributions(text, "told").empty
    # its own subject, a person told: no speaker either (as before); Mrs Lowe's statement stays
    assert text_attributions(text, "said").speaker_label.tolist() == ["Mrs Ann Lowe"]


def test_a_capitalised_ing_word_inside_the_sentence_is_no_participle():
    text = "But Downing Street rejected claims that the minister had misled patients."
    rows = text_attributions(text, "rejected")
    assert rows.speaker.tolist() == ["Downing Street"], rows[["speaker", "cue", "speaker_label"]]
    assert rows.speaker_type.tolist() != ["person"]


_CLOSURE_WIRE = (
    "A mother today lost a High Court fight to keep her son's hospital bed.\n\n"
    "Mrs Karen Marsh accused the health minister of breaking promises that children on the ward "
    "would keep their beds until they were 16.\n\n"
    "Mr Justice Pryce said the promises were not binding on the trust."
)
_CLOSURE_PAPER = (
    "A judge yesterday ruled against a mother over her son's hospital bed.\n\n"
    "Mr Justice Pryce ruled that the trust did not act unlawfully when it decided that Oliver Marsh, "
    "10, should move to another ward.\n\n"
    "Her mother, Karen, had accused the health minister of breaking promises that children on the "
    "ward would keep their beds until they were 16."
)


def test_a_person_named_by_her_given_name_alone_is_kept():
    got = _survival(_CLOSURE_WIRE, _CLOSURE_PAPER)
    assert got["Mrs Karen Marsh"] == ("kept", ""), got


def test_a_given_name_two_source_people_bear_is_no_match():
    wire = _CLOSURE_WIRE.replace(
        "Mr Justice Pryce said",
        "Dr Karen Hollis, for the trust, said the ward was full.\n\nMr Justice Pryce said",
    )
    got = _survival(wire, _CLOSURE_PAPER)
    assert got["Mrs Karen Marsh"][0] != "kept", got


@pytest.mark.parametrize("joined", [" his own notes as unclear and", ""])
def test_a_statement_the_sentence_describes_as_wrong_gives_no_speaker(joined):
    text = (
        "The judge said it was 'a sad state of affairs' when the minister 'has to explain away"
        + joined
        + " a statement by the Prime Minister as a wrong account of policy, taken out of context.'"
    )
    rows = text_attributions(text)
    assert "the Prime Minister" not in rows.speaker.tolist(), rows[["speaker", "cue", "speaker_label"]]
    assert rows[rows.cue == "said"].speaker.tolist() == ["The judge"]


def test_a_statement_with_its_content_keeps_its_speaker():
    # a statement with its content ("that ...", "about ..."), the object of a verb: its speaker's
    for text in (
        "The minister dismissed a statement by the union that the ward would close.",
        "The minister read a statement by the union about the closure of the ward.",
    ):
        rows = text_attributions(text, "statement")
        assert rows.speaker.tolist() == ["the union"], rows[["speaker", "cue", "speaker_label"]]


_HEARING = (
    'Mr Justice Alan Pryce told the High Court that the council was in "a muddle".\n\n'
    "The test case came from Karen Marsh, of Halifax.\n\n"
    "At the Leeds hearing the judge, although critical of the council, ruled that any promises which "
    "might have been made were not binding.\n\n"
    'He said the council was entitled to end the passes at the "natural break" between schools.'
)


def test_a_subject_the_parse_made_the_object_of_an_opening_hearing():
    rows = text_attributions(_HEARING)
    ruled = rows[rows.cue == "ruled"]
    assert ruled.speaker.tolist() == ["the judge"], rows[["speaker", "cue", "speaker_label"]]
    assert ruled.speaker_label.tolist() == ["Mr Justice Alan Pryce"]
    assert rows[rows.cue == "said"].speaker_label.tolist() == ["Mr Justice Alan Pryce"]


def test_after_hearing_the_evidence_keeps_its_subject():
    text = "After hearing the evidence, the magistrate ruled that the passes must stay."
    rows = text_attributions(text, "ruled")
    assert rows.speaker.tolist() == ["the magistrate"], rows[["speaker", "cue", "speaker_label"]]


def test_he_continued_that_is_the_judges_statement():
    text = (
        _HEARING + "\n\nThough it was a sad state of affairs, he continued, that the leader 'has to "
        "explain away his own letters as unclear'."
    )
    rows = text_attributions(text, "continued")
    assert rows.speaker_label.tolist() == ["Mr Justice Alan Pryce"], rows[["speaker", "cue", "speaker_label"]]
    # "continued" with no clause of saying is no cue
    assert text_attributions("The judge continued to hear the case after lunch.", "continued").empty
