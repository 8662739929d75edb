"""Who speaks, round 16's tuning stories after the round's merges (branch spk30,
``benchmarks/claims_tune16.md``, kind U7: a person named in an apposition read as another or as
anonymous). Invented texts of the same shapes."""

from __future__ import annotations

import pytest
from pairs import speaker_rows, text_attributions

from corpus_tools.attribution.appositions import kin_given_name, name_before_description


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title and a surname, the description's comma never closed
        (
            "The council lost its case.\n\nMrs Ann Tilley, 60, brought the claim. "
            'Mrs Tilley, a retired teacher said last night: "Nobody listened to us for years."\n',
            "Mrs Tilley",
        ),
        (
            "A tractor driver lost his appeal yesterday.\n\nMr Tom Pullen, 52, had sued the council.\n\n"
            'Mr Pullen, a retired farmer said last night: "I am very disappointed with the ruling."\n',
            "Mr Pullen",
        ),
    ],
)
def test_the_name_before_an_unclosed_description_speaks(text, speaker):
    rows = text_attributions(text, cue="said")
    assert rows[["speaker", "speaker_label", "named"]].values.tolist() == [
        [rows.speaker.iloc[0], speaker, True]
    ]
    assert rows.speaker.iloc[0].startswith("a retired")  # the parse's subject, the description
    assert speaker_rows(text) == [[speaker, "person", 1]]


def test_a_full_name_before_the_description_is_the_person_already_speaking():
    text = (
        "The council lost its case.\n\nAnn Tilley told the court she was ignored. "
        'Ann Tilley, a retired teacher said last night: "Nobody listened to us for years."\n'
    )
    assert speaker_rows(text) == [["Ann Tilley", "person", 2]]


@pytest.mark.parametrize(
    ("label", "before", "people", "name"),
    [
        ("a retired teacher", "It was over. Mrs Tilley, ", set(), "Mrs Tilley"),
        ("a retired teacher", "Ann Tilley, ", {"Tilley"}, "Ann Tilley"),
        # no title and a surname the group gives no one: a time, no name
        ("a spokesman", "Last Tuesday, ", {"Tilley"}, ""),
        # the name not opening its sentence: an object, not the subject
        ("a retired teacher", "The court heard from Mrs Tilley, ", set(), ""),
        # a definite description or a name: not this shape
        ("the retired teacher", "Mrs Tilley, ", set(), ""),
    ],
)
def test_name_before_description(label, before, people, name):
    assert name_before_description(label, before, people) == name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the given name alone: a named person, not an anonymous description
        (
            "A van driver was fined yesterday.\n\nAfter the hearing, cyclist Ben Farrow's mother, "
            'Lucy, said: "We are pleased with the verdict."\n',
            "Lucy",
        ),
        # the text writes the full name: that name
        (
            "A van driver was fined yesterday.\n\nAfter the hearing, cyclist Ben Farrow's mother, "
            'Lucy, said: "We are pleased with the verdict."\n\nLucy Farrow wept in court.\n',
            "Lucy Farrow",
        ),
    ],
)
def test_a_relative_named_by_a_given_name_in_apposition_is_named(text, speaker):
    assert text_attributions(text, cue="said").speaker_label.tolist() == [speaker]
    assert speaker_rows(text) == [[speaker, "person", 1]]


@pytest.mark.parametrize(
    ("label", "text", "name"),
    [
        ("cyclist Ben Farrow's mother, Lucy", "", "Lucy"),
        ("Mrs Farrow's sister Jane", "Jane Farrow cried.", "Jane Farrow"),
        ("Mr Farrow's solicitor", "", ""),
        ("Ben Farrow", "", ""),
    ],
)
def test_kin_given_name(label, text, name):
    assert kin_given_name(label, text) == name
