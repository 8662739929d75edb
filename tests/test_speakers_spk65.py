"""Who speaks, the shapes round 30's held-out stories showed once marked (``benchmarks/claims.md``,
"Held out (round 30)", the kinds audit30 listed for a fixer). Invented texts of the same shapes
(other names, other words)."""

from __future__ import annotations

import pytest
from pairs import text_attributions

from corpus_tools.attribution.address_subjects import addressed_subject
from corpus_tools.attribution.civic_titles import civic_untitled
from corpus_tools.attribution.relative_namings import named_after_relative
from corpus_tools.attribution.ruling_judges import ruling_judge

# kind 4 (wight w 13, 14, 17): the full name in a relative clause, then the title and surname alone
_COUNCILLOR = (
    "A county today won the right to challenge the Government over its bus grants.\n"
    "Later the ruling was welcomed by Councillor Mary Pryce, leader of the county council, who "
    "said the grants had been unfairly withheld for years.\n"
    "Councillor Pryce said there was anger in every village over the decision.\n"
    "Councillor Pryce said it was likely the case would go to the Court of Appeal.\n"
)


def test_a_councillor_under_two_forms_of_her_name_is_one_speaker():
    rows = text_attributions(_COUNCILLOR)
    said = rows.loc[rows["role"] == "speaker"]
    assert said["speaker_id"].nunique() == 1
    assert set(said["speaker_label"]) == {"Councillor Mary Pryce"}
    assert len(said) == 3


def test_councillors_of_other_given_names_stay_two():  # a guard: "Councillor Tom Pryce" is not Mary
    text = _COUNCILLOR.replace("Councillor Pryce said there", "Councillor Tom Pryce said there")
    said = text_attributions(text).query("role == 'speaker'").set_index("sent_id")
    assert said.loc[1, "speaker_id"] != said.loc[2, "speaker_id"]
    assert said.loc[2, "speaker_label"] == "Councillor Tom Pryce"


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Councillor Rees", "Rees"),
        ("Cllr Ann Lee", "Ann Lee"),
        ("Alderman Tom Hale", "Tom Hale"),
        ("the councillor", "the councillor"),
        ("Mr Lee", "Mr Lee"),
    ],
)
def test_civic_untitled(label, expected):
    assert civic_untitled(label) == expected


# kind 14 (boy b1 6-7, nl 8 and 16): "A judge ruled today that ..." then "Lord X ruled that ..."
_RULED = (
    "A judge ruled today that a 15-year-old girl was fit to stand trial for arson.\n"
    "Lord Brodie ruled that the girl could follow the proceedings at the High Court in Edinburgh.\n"
    "``I am satisfied that she understands the charge,'' he said.\n"
    "The Crown argued that the trial should begin in the spring.\n"
    "Lord Brodie said he would fix a date on Friday.\n"
)
_RULED_LATE = (
    "Her parents were relieved today after hearing that a judge ruled that the girl was fit.\n"
    "Ann Reid, 41, said she had waited a year for the day.\n"
    "``We can now put this behind us,'' she said.\n"
    "The couple spoke after Lord Brodie ruled in the High Court in Edinburgh that she could be tried.\n"
)


def test_a_judge_who_ruled_is_the_one_judge_named_ruling():
    rows = text_attributions(_RULED)
    said = rows.loc[rows["role"] == "speaker"]
    first = said.loc[said["sent_id"] == 0].iloc[0]
    assert first["speaker_label"] == "Lord Brodie" and bool(first["named"])
    assert said.loc[said["speaker_label"] == "Lord Brodie", "speaker_id"].nunique() == 1
    assert "A judge" not in set(said["speaker_label"])


def test_a_judge_who_ruled_is_named_eight_sentences_on_too():
    rows = text_attributions(_RULED_LATE)
    judge = rows.loc[rows["speaker"] == "a judge"]
    assert list(judge["speaker_label"]) == ["Lord Brodie"]


@pytest.mark.parametrize(
    ("label", "text", "expected"),
    [
        ("A judge", "A judge ruled today. Lord Brodie ruled that it go on.", "Lord Brodie"),
        ("A judge", "A judge has today ruled so. Mr Justice Tom Hale ruled it.", "Mr Justice Tom Hale"),
        ("A judge", "A judge ruled today. Lord Brodie said that it go on.", ""),  # no named ruling
        ("A judge", "A judge ruled. Lord Brodie ruled so. Judge Ann Lee ruled too.", ""),  # two judges
        ("A judge", "A judge said today. Lord Brodie ruled that it go on.", ""),  # not ruled
        ("A witness", "A witness ruled it out. Lord Brodie ruled that it go on.", ""),  # no judge
    ],
)
def test_ruling_judge(label, text, expected):
    assert ruling_judge(label, text) == expected


# kind 5 (committee c1 7): the name in apposition after a description's relative clause
_RELATIVE = (
    "A council leader is to give evidence for a newspaper in a libel action brought in Leeds by "
    "the woman who accused him, TV presenter Ann Hale.\n"
    "Mrs Hale says her career was ruined by the article.\n"
    "Counsel for the newspaper, Tom Reed QC, told the jury the article was fair.\n"
)


def test_the_name_after_a_relative_clause_is_the_description():
    rows = text_attributions(_RELATIVE)
    said = rows.loc[rows["role"] == "speaker"]
    first = said.loc[said["sent_id"] == 0].iloc[0]
    assert first["speaker_label"] == "Ann Hale" and bool(first["named"])
    assert first["speaker_id"] == said.loc[said["speaker"] == "Mrs Hale", "speaker_id"].iloc[0]


def test_a_name_that_speaks_after_the_clause_is_left_alone():  # a guard: "..., Ann Hale said"
    assert (
        named_after_relative("the woman", "by the woman ", "who accused it, Ann Hale said.", {"Hale"}) == ""
    )
    assert named_after_relative("the woman", "by the woman ", "who accused it, Ann Hale.", {"Lee"}) == ""


# kind 6 (committee c4 9): an address in commas between the name and the cue
_ADDRESS = (
    "A TV presenter today told a libel jury her programme had been fair.\n"
    "Giving evidence, Mrs Hale, of St Mary's Road, Harrogate, said she had checked every fact.\n"
    "Mrs Hale said she stood by the programme.\n"
)


def test_a_town_at_the_end_of_an_address_is_no_speaker():
    said = text_attributions(_ADDRESS).query("role == 'speaker'")
    assert "Harrogate" not in set(said["speaker_label"])
    assert (
        said.loc[said["sent_id"] == 1, "speaker_id"].iloc[0]
        == said.loc[said["sent_id"] == 2, "speaker_id"].iloc[0]
    )


@pytest.mark.parametrize(
    ("label", "before", "expected"),
    [
        ("Harrogate", "Giving evidence, Mrs Hale, of Church Lane, ", "Mrs Hale"),
        ("Harrogate", "Giving evidence, Mrs Ann Hale, of 12 Church Lane, ", "Mrs Ann Hale"),
        ("Harrogate", "Giving evidence, Mrs Lee, of Church Lane, ", ""),  # a surname the text gives no one
        ("Harrogate", "The chairman of the council, ", ""),
    ],
)
def test_addressed_subject(label, before, expected):
    assert addressed_subject(label, before, {"Hale"}) == expected
