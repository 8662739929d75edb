"""Who speaks, issue 22 (spk34): statements given to the wrong person in the papers, round 16's
pair on the final main (``benchmarks/claims.md``, "spk32: statements to the wrong person after
spk32"). A "she" whose only woman is named as an object ("The case came from Jane Roe") after
other speakers; a passive "has been told" that shares its subject with a verb before it (the one
told, no speaker); "Downing Street" no participle opening; a person a paper names by a kin word
and her given name alone ("Her mother, Ann") is the source's person of that given name. Invented
texts of the same shapes: a school transport appeal and a hospital closure."""

from __future__ import annotations

from pairs import text_attributions

_APPEAL = (
    "A JUDGE yesterday criticised the council over its transport policy.\n\n"
    'Mr Justice Alan Pryce told the High Court that the council was in "a muddle" over its promises.\n\n'
    "The children will have to walk to school from September.\n\n"
    "The test case came from Julia Marsh, of Halifax, yesterday.\n\n"
    "Her son Oliver has a free bus pass to St Mark's, a school in the next valley.\n\n"
    "She accused council leader Peter Dunn of breaking promises that children in her son's "
    "position could keep their passes.\n\n"
    "Mr Dunn later wrote to Mrs Marsh about the passes."
)


def test_she_after_speakers_is_the_woman_named_as_an_object():
    rows = text_attributions(_APPEAL, "accused")
    assert rows.speaker_label.tolist() == ["Julia Marsh"], rows[["speaker", "cue", "speaker_label"]]


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
