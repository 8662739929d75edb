"""Who speaks, round 15 of issue 22 (round 14's stories after its fixes, remark14's causes 3 and
6-8, ``benchmarks/claims.md``): the defendant under the opening description that pleads, one
speaker with his name; a time and a place before the subject kept in the label. Invented texts
of the same shapes."""

from __future__ import annotations

import pytest
from pairs import text_attributions

from corpus_tools.attribution.opening_pleas import pleading_opener


@pytest.mark.parametrize(
    "opening",
    [
        "A van driver today admitted a series of burglaries spanning six years.",
        "A SERIAL burglar faces a long jail term after admitting a six-year spree.",
        "A BURGLAR who raided forty homes is facing jail today after admitting the thefts.",
        "One of the most prolific burglars in northern England yesterday admitted forty offences.",
    ],
)
def test_an_opening_description_that_pleads_is_the_man_named_next(opening):
    text = (
        opening + "\n\nDerek Munby was caught after a camera at a petrol station filmed his van.\n\n"
        "Munby, 51, of Ripon Road, Harrogate, pleaded guilty at York Crown Court.\n"
    )
    rows = text_attributions(text)
    first = rows[rows.sent_id == 0]
    assert first.speaker_label.tolist() == ["Derek Munby"]
    assert first.named.tolist() == [True]
    assert rows.speaker_id.nunique() == 1  # one speaker: the description and the name


def test_the_name_may_come_after_a_sentence_that_names_no_one():
    text = (
        "A LORRY driver yesterday admitted a series of thefts that led to the biggest hunt since the "
        "search for the Black Panther.\n\n"
        "Operation Magpie was launched in 1997 after cameras linked thefts in Hull and York.\n\n"
        "Derek Munby, 51, of Harrogate, yesterday pleaded guilty at York Crown Court to nine thefts.\n"
    )
    rows = text_attributions(text)
    assert rows.speaker_label.tolist()[:2] == ["Derek Munby", "Derek Munby"]
    assert rows.speaker_id.nunique() == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no plea: a description that does something else is no defendant
        ("A van driver today robbed a bank. Derek Munby was caught. Munby pleaded guilty.", ""),
        # the man named next was named before: someone else
        ("Derek Munby saw it. A van driver today admitted theft. Derek Munby admitted it too.", ""),
        # an institution's head
        ("A council today admitted failings. Derek Munby, its leader, admitted them too.", ""),
        # a name in the description
        ("A Leeds man today admitted theft. Derek Munby was caught. Munby pleaded guilty.", ""),
        # the first person named after it makes no plea: a victim
        ("A van driver today admitted theft. Jane Cole was robbed. Derek Munby pleaded guilty.", ""),
        (
            "A van driver today admitted theft. Police said so. Derek Munby was caught. Munby pleaded.",
            "Derek Munby",
        ),
    ],
)
def test_a_pleading_opener_needs_the_plea_and_the_first_name_after_it(text, expected):
    assert pleading_opener(text.split(" today")[0], "", text, {"Munby", "Cole"}) == expected


def test_a_time_and_a_place_before_the_subject_are_cut_from_the_label():
    text = (
        "Derek Munby, 51, was jailed for six years.\n\n"
        "Yesterday at York Crown Court, Munby, a van driver from Harrogate, admitted stealing from "
        "nine homes.\n"
    )
    rows = text_attributions(text, cue="admitted")
    assert rows.speaker_label.tolist() == ["Munby"]
    assert rows.named.tolist() == [True]


def test_a_relative_clause_of_belief_inside_the_subjects_phrase_is_cut_from_the_label():
    text = (
        "The family of a unarmed man shot dead by police who believed he had a gun yesterday called for "
        "an independent inquiry into his death.\n"
    )
    rows = text_attributions(text, cue="called")
    assert rows.speaker_label.tolist() == ["The family of a unarmed man shot dead by police"]


def test_a_relative_clause_that_reports_nothing_stays_in_the_label():
    text = "The sister of a woman who died in the fire said the house had no alarm.\n"
    rows = text_attributions(text, cue="said")
    assert rows.speaker_label.tolist() == ["The sister of a woman who died in the fire"]


def test_he_after_a_family_and_a_named_son_is_the_son_not_the_family():
    text = (
        "Det Supt Alan Ward, of Kent police, told the inquest that police received a call.\n\n"
        "Armed officers were called to the area. Two officers called out to Mr Bell as he turned.\n\n"
        "The two officers then fired. Mr Bell was pronounced dead at the scene.\n\n"
        "The inquest was adjourned and Mr Bell's son, Mark, issued a statement in which the family "
        "called for an independent inquiry.\n\n"
        "Describing the shooting as 'very disturbing', he said 'We have major concerns about the way "
        "my father was killed.'\n"
    )
    rows = text_attributions(text)
    said = rows[rows.cue == "said"]
    assert said.speaker_label.tolist() == ["Mr Bell's son, Mark"]
    assert said.named.tolist() == [True]
