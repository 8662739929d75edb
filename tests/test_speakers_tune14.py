"""Who speaks, round 14's tuning stories (``benchmarks/claims_tune14.md``, 14.07.99/ba): a company
typed a person (kind K1) and one institution under two of its names (kind K2). Invented texts of
the same shapes."""

from __future__ import annotations

import pytest
from pairs import speaker_rows

from corpus_tools.attribution.companies import company_names
from corpus_tools.attribution.institution_names import same_institution


@pytest.mark.parametrize(
    ("a", "b", "others", "expected"),
    [
        ("The Commission", "The European Commission", (), True),  # the full name's last words
        ("the commission", "The European Commission", (), True),  # in another case
        ("NTL", "Northern Trust Lines", (), True),  # its initials
        ("BA", "BRITISH AIRWAYS", (), True),  # initials of a name in headline capitals
        ("the Home Office", "the Foreign Office", (), False),  # two bodies with one head
        ("the Council", "Brecon Town Council", ("the Parish Council",), False),  # two it could be
        ("BT", "British Airways", (), False),  # other initials
        ("the Commission", "the Commission for Racial Equality", (), False),  # not its last words
    ],
)
def test_same_institution(a, b, others, expected):
    assert same_institution(a, b, others) is expected


def test_a_short_name_of_an_institution_is_the_one_named_in_full():
    rows = speaker_rows(
        "The European Commission said the airline had broken the rules.\n\n"
        "Northfield Airways said it would appeal.\n\n"
        "The Commission said the scheme was clearly illegal.\n\n"
        "NA added that it had done nothing wrong.\n"
    )
    expected = [["Northfield Airways", "organisation", 2], ["The European Commission", "organisation", 2]]
    assert sorted(rows) == expected


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # an airline named as such elsewhere in the story, then by its first word alone
        (
            "The fine followed complaints from Tom Reed's airline, Harmon Atlantic.\n\n"
            "Harmon said the rival was paying agents to sell its seats.\n",
            "Harmon Atlantic",
        ),
        # a name whose last word says it is an airline
        ("But Kenworth Airlines said the fine was fair.\n", "Kenworth Airlines"),
        # an owner's possessive before the company's name
        (
            "The ruling followed complaints from the airline, Harmon Atlantic.\n\n"
            "Mr Reed's Harmon Atlantic claimed the payments were illegal.\n",
            "Harmon Atlantic",
        ),
    ],
)
def test_an_airline_is_an_institution(text, company):
    rows = speaker_rows(text)
    assert [company, "organisation", 1] in rows, rows
    assert not [r for r in rows if r[1] == "person"], rows


def test_company_names_of_airlines():
    text = "Tom Reed's airline, Harmon Atlantic, complained. But Kenworth Airlines was fined. Its rival grew."
    assert company_names(text) == {"Harmon Atlantic", "Kenworth Airlines"}


def test_a_name_after_a_description_of_the_office_is_a_named_person():
    rows = speaker_rows(
        "Kenworth Airlines was fined today.\n\n"
        "Kenworth director for sales Tom Reed said: ``This is normal business practice.''\n"
    )
    reed = [r for r in rows if r[0].endswith("Tom Reed")]
    assert len(reed) == 1 and reed[0][1] == "person", rows


@pytest.mark.parametrize(
    ("a", "b", "kind", "expected"),
    [
        ({"commission"}, {"european commission"}, "organisation", True),  # a take's short name
        ({"british airways"}, {"ba"}, "organisation", True),  # its initials
        ({"home office"}, {"foreign office"}, "organisation", False),
        ({"commission"}, {"european commission"}, "person", False),  # only institutions
    ],
)
def test_same_names_of_institutions_across_takes(a, b, kind, expected):
    from types import SimpleNamespace

    from corpus_tools.attribution.misprints import same_names

    who = [SimpleNamespace(names=frozenset(n), firsts=frozenset(), kind=kind) for n in (a, b)]
    assert same_names(*who) is expected


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("BA director for sales Dale Moss", "Dale Moss"),
        ("A spokesman for the charity Well Being", ""),  # the charity's name (26.01.00/daughter)
        ("the union's spokesman for the Hull Branch", ""),
        ("the man who hit Tom Bell", ""),
    ],
)
def test_office_name(label, name):
    from corpus_tools.attribution.office_names import office_name

    assert office_name(label) == name
