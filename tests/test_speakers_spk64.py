"""Who speaks, round 29's leftover shapes (``benchmarks/README.md``, "End of round 29", known debt
(2)): invented texts of the same shapes (other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

from corpus_tools.attribution.told_hearings import told_hearing_opener

# U10 (TUNE_29's 12.07.99/police): an opening rank description told a tribunal; the next sentence
# names her telling the same tribunal
_TRIBUNAL = (
    "A black Wpc who served in a busy community relations unit has told an employment tribunal how she\n"
    "suffered racial discrimination from colleagues.<\n"
    "Ann Dale, 41, told the tribunal in Leeds, west Yorkshire, that she believed her sergeant, Tom Pike,\n"
    "had sabotaged her work.<\n"
    "She claimed Sgt Pike humiliated her in front of colleagues.<\n"
    "Mrs Dale told the hearing that Sgt Pike was ``rude and aggressive''.<\n"
)


def test_a_description_that_told_a_tribunal_is_the_name_that_told_it_next():
    assert speaker_rows(_TRIBUNAL) == [["Ann Dale", "person", 4]]


def test_a_name_that_told_someone_else_is_not_the_description():  # a guard: another hearer
    after = "A woman constable told an inquest how she found him. Ann Dale, 41, told the court she ran."
    assert told_hearing_opener("A woman constable", "", after, {"Dale"}) == ""
    same = after.replace("court", "inquest")
    assert told_hearing_opener("A woman constable", "", same, {"Dale"}) == "Ann Dale"
    assert told_hearing_opener("A Leeds woman", "", same, {"Dale"}) == ""  # a name in the description


# "Sentencing X, Y, the magistrate, said" (12.07.99/gamekeeper's telegraph): the parser runs the
# defendant being sentenced into the subject, the magistrate its conjunct
_SENTENCING = (
    "A gamekeeper who snared foxes on a country estate was jailed for three months yesterday.\n\n"
    "Sentencing Dunmore, Hugh Ward, the stipendiary magistrate at Kendal, said that because of the "
    "cruel nature of the killings he had no choice but to impose a prison sentence.\n\n"
    "Sentencing Pike, Alan Reed, the recorder at Leeds, told him he had shown no remorse.\n"
)


def test_the_defendant_a_judge_sentences_is_not_the_judges_speaker():
    rows = text_attributions(_SENTENCING)
    assert list(rows["speaker_label"]) == ["Hugh Ward", "Alan Reed"]


def test_a_name_after_an_opening_sentencing_with_no_judge_beside_it_keeps_its_reading():  # a guard
    rows = text_attributions("Sentencing over, Tom Pike said he would appeal.\n")
    assert list(rows["speaker_label"]) == ["Tom Pike"]


def test_a_judge_right_after_passing_sentence_keeps_his_words():  # a guard (03.04.00/breeder's shape)
    rows = text_attributions("Passing sentence Mr Justice Hale told Pike of his horror at the attack.\n")
    assert list(rows["speaker_label"]) == ["Mr Justice Hale"]
