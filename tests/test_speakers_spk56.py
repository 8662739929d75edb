"""Who speaks, the shapes round 25's stories left after spk55 (``benchmarks/claims.md``, round 25,
thomas and informant, and ``benchmarks/claims_tune25.md``'s "Left:"). Invented texts of the same
shapes (other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

from corpus_tools.attribution.counsel_offices import counsel_holder
from corpus_tools.attribution.defendant_names import named_defendant

# shape 1: a side of the case beside the barrister the text names by his office
_OFFICE = (
    "A baker strangled a girl of 11 when she threatened to tell her parents, a jury heard today.\n"
    "Tom Hale, 48, was arrested after detectives found what the prosecution say is a crucial clue.\n"
    "Hale could not explain how the ring came to be in his van, prosecutor Ann Roe, QC, said.\n"
)
_CROWN = (
    "A baker strangled a girl of 11, a jury heard today.\n"
    "The Crown told the court the ring fell from her finger in the van.\n"
    "Ann Roe QC, for the prosecution, told Leeds Crown Court that the girl had left home at six.\n"
)


def test_the_prosecution_is_the_prosecutor_the_text_names_by_office():
    rows = speaker_rows(_OFFICE)
    names = [r[0] for r in rows]
    assert not any("prosecution" in str(n).lower() for n in names), rows
    assert [r[2] for r in rows if "Roe" in str(r[0])] == [2], rows


def test_the_crown_is_the_one_prosecuting_counsel():
    rows = speaker_rows(_CROWN)
    assert not any(str(r[0]).split()[-1] == "Crown" for r in rows), rows
    assert [r[2] for r in rows if "Roe" in str(r[0])] == [2], rows


def test_counsel_holder_needs_one_counsel_on_the_side():
    assert counsel_holder("the prosecution", _OFFICE) == "Ann Roe"
    assert counsel_holder("The Crown", _CROWN) == "Ann Roe"
    assert counsel_holder("The Crown", _CROWN + "Jo Dunn, the prosecutor, said no.\n") == ""
    assert counsel_holder("the defence", _OFFICE) == ""
    assert counsel_holder("The Crown", "The Crown said so.\n") == ""


# shape 3: the description the story gives the person on trial, after the document names him
_GROCER = (
    "A village grocer allegedly strangled a widow of 70 who knew of his debts, a court heard yesterday.\n"
    "Tom Hale, 48, panicked when she threatened to tell his wife, Jo Dunn, prosecuting, said.\n"
    "Hale denies murder.\n"
    "She had asked for her money back, the grocer told police in interviews.\n"
    "Miss Dunn said the widow had lent him £900.\n"
    "But the grocer insisted he had never borrowed from her.\n"
)


def test_the_description_of_the_one_on_trial_is_the_named_defendant():
    rows = speaker_rows(_GROCER)
    assert not any("grocer" in str(r[0]) for r in rows), rows
    # his plea and the two statements the description made
    assert [r[2] for r in rows if "Hale" in str(r[0])] == [3], rows


def test_named_defendant_needs_one_named_defendant():
    people = {"Hale", "Dunn"}
    assert named_defendant("the grocer", False, _GROCER, _GROCER, people) == "Tom Hale"
    two = _GROCER + "Ian Reed, 50, denies helping him.\n"
    assert named_defendant("the grocer", False, _GROCER, two, people | {"Reed"}) == ""
    assert named_defendant("the widow", False, _GROCER, _GROCER, people) == ""
    assert named_defendant("a grocer", False, _GROCER, _GROCER, people) == ""


# shape 2: a name opening a coordinated clause is the subject of its verb of saying
_ADMITTED = (
    "Ian Dawkins, 51, denies murdering a boy of 13, a jury heard today. As they grew more daring, "
    "the boys began stealing cigarettes and Dawkins later admitted that he felt he was losing "
    "control of them."
)


def test_the_admission_after_and_is_the_named_subjects():
    rows = text_attributions(_ADMITTED, cue="admitted")
    assert rows["speaker"].tolist() == ["Dawkins"], rows
    assert not any("boys" in str(r[0]) for r in speaker_rows(_ADMITTED))


# shape 6 (TUNE_25's inqira): a verdict that "might suggest" is a sign, no speaker
_VERDICT = (
    "Ann Lee QC angered the family by telling the jury that a verdict of manslaughter would make "
    "the gunman seem a hero and might suggest the robbery he planned was justified. "
    "After the verdict Tom Hale said he was relieved."
)


def test_a_verdict_that_suggests_is_no_speaker():
    assert [r[0] for r in speaker_rows(_VERDICT)] == ["Tom Hale"]


# shape 6 (TUNE_25's sleep): "during the hearing X, for the defence, said that": X's statement
_SIDE_ASIDE = (
    "A driver had his conviction quashed after a magistrate fell asleep. But during the hearing Ian "
    "Cole, for the defence, said that he noticed the magistrate had nodded off after he had finished "
    "addressing the court."
)


def test_a_name_before_its_side_in_commas_speaks():
    assert speaker_rows(_SIDE_ASIDE) == [["Ian Cole", "person", 1]]
