"""Who speaks, round 12 of issue 22 (the held-out stories of round 12, 21.06.00/ostrich and
12.08.99/snooker): a cue cut from its quotation by a full stop ("A force spokesman said later.
'It is hoped ...'") keeps the quotation; a court's or a jury's acceptance of a clause is a verdict,
no statement. Invented texts of the same shapes."""

from __future__ import annotations

import pytest
from pairs import speaker_rows, text_attributions
from wire_takes import takes_and_paper

from corpus_tools import attributions
from corpus_tools.attribution.survival import speaker_survival

_CLEARED = "Jo Banks, 41, a council clerk, was cleared of assault yesterday.\n\n"
_HOPED = "It is hoped that Jo Banks will return to her desk as soon as possible."


@pytest.mark.parametrize(
    ("cue", "quotation"),
    [
        ("A council spokesman said later.", f"'{_HOPED}'"),
        ("A council spokesman said later.", f'"{_HOPED}"'),
    ],
)
def test_a_cue_cut_from_its_quotation_by_a_full_stop_keeps_it(cue, quotation):
    rows = text_attributions(_CLEARED + f"{cue} {quotation}\n\nThe case cost £20,000.\n", cue="said")
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row.speaker == "A council spokesman" and row.quote_type == "direct"
    text = _CLEARED + f"{cue} {quotation}\n\nThe case cost £20,000.\n"
    assert text[row.content_start : row.content_end].startswith("It is hoped that Jo Banks")


def test_a_quotation_before_the_cue_stays_the_content():
    text = _CLEARED + "'I am glad,' she said. 'It was a long year.'\n"
    rows = text_attributions(text, cue="said")
    assert "I am glad" in text[rows.iloc[0].content_start : rows.iloc[0].content_end]


def test_a_statement_after_a_stop_survives_under_its_speaker():
    takes = [
        "Pc Jo Banks, 41, was today cleared of assault.<\n\n"
        "A council spokeswoman said: ``It is hoped that Jo Banks will return to her desk as soon as "
        "possible.''<\n"
    ]
    paper = (
        "A police officer was cleared of assault yesterday.\n\n"
        "A council spokesman said later. 'It is hoped that Jo Banks will return to her desk as soon as "
        "possible.'\n"
    )
    survival = speaker_survival(takes_and_paper(takes, paper, "1999-08-12"), source="PA")
    status = survival.set_index("speaker")["status"].to_dict()
    assert status == {"A council spokeswoman": "relabelled"}  # not dropped, nor kept unattributed


@pytest.mark.parametrize(
    "sentence",
    [
        "Jo Banks, 41, wept as a court accepted she acted in self-defence.",
        "The jury accepted that Jo Banks had acted in self-defence.",
    ],
)
def test_a_courts_acceptance_is_a_verdict_not_a_speaker(sentence):
    rows = speaker_rows(sentence + '\n\nShe said: "I am relieved."\n')
    assert [kind for _, kind, _ in rows] == ["person"]


def test_a_person_who_accepts_is_still_a_speaker():
    rows = speaker_rows("Tom Vale accepted that he had been wrong to drive.\n")
    assert [r[0] for r in rows] == ["Tom Vale"]


@pytest.mark.parametrize("rank", ["Pc", "PC", "WPC"])
def test_a_rank_before_the_surname_is_the_person_named_before(rank):
    text = (
        'Joy Hendry, 35, was cleared of assault yesterday. She said: "I am relieved."\n\n'
        f"{rank} Hendry said she wanted to go back to work.\n"
    )
    assert speaker_rows(text) == [["Joy Hendry", "person", 2]]


def test_a_rank_alone_is_a_person_not_an_institution():
    rows = speaker_rows('A policewoman was cleared of assault yesterday.\n\nThe WPC said: "I am relieved."\n')
    assert [kind for _, kind, _ in rows] == ["person"]


#: a trial story: the officer's claims, one naming a colleague, after a group's evidence
_CLAIMS = (
    "A policewoman who hit a colleague was cleared of assault today.\n\n"
    "Pc Joy Hendry, 35, told the court she was abused for years.\n\n"
    "But a series of witnesses on her behalf described her as a talented officer.\n\n"
    'She claimed that Sgt Vale called her "dodgy" while they were waiting for a raid.\n\n'
    "She claimed she acted in self-defence after suffering years of abuse from colleagues, "
    "including Sgt Vale, while on the team.\n"
)


def test_she_is_neither_a_group_nor_the_one_named_inside_her_claim():
    rows = text_attributions(_CLAIMS, cue="claimed")
    assert rows.speaker_label.tolist() == ["Pc Joy Hendry", "Pc Joy Hendry"]


@pytest.mark.parametrize(
    "text",
    [
        # to agree to do a thing is an act
        "The firm sold emus to savers. Investors were offered a chick for £500, and most who took up "
        "the offer agreed to part with their money within a week.\n",
        # what many of a group thought is a belief
        "The firm sold emus to savers. Many of those who invested in the birds thought they would "
        "double their money.\n",
    ],
)
def test_an_act_or_a_belief_of_a_group_is_no_statement(text):
    assert speaker_rows(text) == []


def test_agreeing_that_is_still_a_statement():
    rows = speaker_rows("Tom Vale agreed that the birds had been overpriced.\n")
    assert [r[0] for r in rows] == ["Tom Vale"]


def test_a_title_alone_in_a_later_take_is_the_name_with_its_spelling_note_dropped():
    takes = [
        "\x19A baker was cleared today of selling mouldy bread.<\n"
        "\x19But district judge Anwen (correct) Price said she was ``puzzled'' by the evidence.<\n"
        "\x19mfl<\n",
        "\x19The baker wept in the dock.<\n"
        "\x19The judge said the case should never have come to court.<\n"
        "\x19mfl<\n",
    ]
    rows = attributions(takes_and_paper(takes, "A baker was cleared.\n", "1999-08-12"))
    labels = set(rows[rows.doc_id.str.startswith("take")].speaker_label)
    assert len(labels) >= 1 and all(label.endswith("judge Anwen Price") for label in labels)


def test_she_after_a_defendants_account_told_by_the_prosecutor_is_the_defendant():
    text = (
        "Molly Adams, two, died in hospital three days later.\n\n"
        "Mr Morris said the defendant initially claimed she had no idea how Molly was hurt, but a "
        "week later told police that she dropped Molly while trying to comfort her. She said she did "
        "not tell anybody because she was scared.\n"
    )
    rows = text_attributions(text, cue="^said$")
    assert rows.speaker_label.tolist() == ["Mr Morris", "the defendant"]
