"""Readers written twice made one (round 20, branch dup20): each pair of readers disagreed at the
edges; these tests pin the shapes on which they disagreed, on invented text. Each merge's tests
fail on ``ccf94c0`` for at least one of the two callers unless they say they are a guard."""

from __future__ import annotations

from datetime import date

import pytest
from pairs import speaker_rows

from corpus_tools.attribution.couples import family_name, person_names
from corpus_tools.attribution.family_names import family_plural, family_surname, family_surnames
from corpus_tools.attribution.households import Household, household_of
from corpus_tools.attribution.quotes import quotations
from corpus_tools.attribution.shared_quotes import _nested, _run, _words
from corpus_tools.attribution.spouses import couple_surnames
from corpus_tools.reuse.derivation import body_words, is_fact
from corpus_tools.reuse.novelty import compounds, novel_lists
from corpus_tools.reuse.own_forms import date_keys, date_spans
from corpus_tools.variants.periods import held_as_period

# ---------------------------------------------------------------- 1. family names


@pytest.mark.parametrize(
    ("mention", "surname"),
    [
        ("the Joneses", "Jones"),
        ("The Davieses", "Davies"),
        ("the Grants", "Grant"),
        ("The Grant family", "Grant"),
        ("the Smiths'", "Smith"),
        ("the Foxes", "Fox"),
        ("The Grant family's", "Grant"),
        ("Grant", ""),
        ("the boy", ""),
        ("The family", ""),
    ],
)
def test_one_family_reader_for_both_callers(mention, surname):
    assert family_surname(mention) == surname
    assert household_of(mention) == (Household(surname) if surname else None)  # base: "Jonese", None
    assert (surname in family_name(mention)) == bool(surname)  # base: "The Grant family" read no family
    spoken = couple_surnames(type("M", (), {"text": mention}))
    assert family_name(mention) == spoken == set(family_surnames(mention))


def test_a_family_surname_the_text_names_otherwise_is_taken():
    assert family_surname("The Roses", {"Rose", "Tom"}) == "Rose"
    assert family_surname("the Hughes", {"Hughes"}) == "Hughes"
    assert household_of("The Roses", {"Rose"}) == Household("Rose")


def test_a_family_is_two_people_of_its_surname():
    assert person_names(["The Grant family"]) == ({"Grant"}, set(), 2)  # base: one person


def test_the_plural_label_reads_back_to_the_surname():
    for surname in ("Rudd", "Jones", "Davies", "Bush"):
        assert family_surname(f"The {family_plural(surname)}", {surname}) == surname
        assert Household(surname).label() == f"The {family_plural(surname)}"


def test_a_couple_and_the_family_by_its_plural_in_es_are_one_speaker():
    text = (
        "Ann Jones and Tom Jones today rejected the claims of the grocer that their son was a liar.\n\n"
        'The Joneses said in a statement: "Nobody who knew him would know the boy described."\n\n'
        'The couple added: "We feel this will be a fitting tribute to him."'
    )
    assert [r[:2] for r in speaker_rows(text)] == [["Ann Jones and Tom Jones", "person"]]


# ---------------------------------------------------------------- 2. single quotation marks


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Jo told him: `Leave the van where it is.' Then he left.", ["Leave the van where it is."]),
        ("'Why now?' she asked, and sat down.", ["Why now?"]),
        ("She said \u2018We stay\u2019 and left.", ["We stay"]),
        ("The Hales' van was seen at 'the old yard' (twice).", ["the old yard"]),
        ("He was said to shout `get out'\u2014and left.", ["get out"]),
    ],
)
def test_one_single_mark_reader_for_both_callers(text, quoted):
    assert [text[a:b] for a, b in quotations(text)] == quoted  # base: no backtick, none at the start
    assert _nested(text) == [_run(_words(q)) for q in quoted]  # base: none before a bracket or a dash


def test_a_mark_left_open_is_nested_in_no_quotation_but_runs_on_in_the_outer_reading():  # a guard
    text = "He said 'Run to the car and wait there."
    assert [text[a:b] for a, b in quotations(text)] == ["Run to the car and wait there."]
    assert _nested(text) == []


def test_pa_double_marks_hold_no_single_quotation():  # a guard: ``...'' is PA's double mark
    text = "``I was at home all night,'' he said, then added: ``Ask `the Hales'.''"
    assert [text[a:b] for a, b in quotations(text)] == ["I was at home all night,", "Ask `the Hales'."]
    assert _nested(text[text.rindex("``") + 2 : text.rindex("''")]) == [_run(_words("the Hales"))]


# ---------------------------------------------------------------- 3. month-day dates (periods.py)


_MAR21, _MAR22 = date(1987, 3, 21), date(1987, 3, 22)  # "yesterday" of the first is 20 March


@pytest.mark.parametrize(
    ("form", "other", "day", "other_day", "held"),
    [
        ("yesterday", "Talks on the 20th of March ended well.", _MAR21, _MAR22, True),  # base: unread
        ("yesterday", "Talks on 20 March ended well.", _MAR21, _MAR22, True),  # base: day first unread
        ("yesterday", "Talks on March 20 ended well.", _MAR21, _MAR22, True),
        ("20th of March", "The talks ended yesterday.", _MAR21, _MAR21, True),  # base: the form unread
        ("14th March", "The talks ended on Saturday.", date(1987, 3, 14), date(1987, 3, 16), True),
        ("yesterday", "Rates may 20 pct higher, it said.", date(1987, 5, 21), _MAR22, False),  # base: a day
        ("yesterday", "It sold March 20,000 tonnes.", _MAR21, _MAR22, False),  # base: "March 20" of 20,000
        ("yesterday", "Talks on March 21 ended well.", _MAR21, _MAR22, False),  # a guard: another day
    ],
)
def test_a_period_reads_its_days_of_a_month_as_the_one_date_reader(form, other, day, other_day, held):
    assert held_as_period(form, other, day, other_day) is held


# ---------------------------------------------------------------- 4. a text's own dates (own_forms)

_SHAPES = [
    "The hearing was put off until the 20th of March in Leeds.",
    "The hearing was put off until 20th March in Leeds.",
    "The hearing was put off until Mar. 20 in Leeds.",
    "The hearing was put off until March 20, 1998 in Leeds.",
    "Raids on December 14, 15 and 24, and on 3 and 4 May; they may 5 times say March 20,000.",
]


@pytest.mark.parametrize("text", _SHAPES)
def test_a_texts_own_dates_are_the_sources_reading(text):
    words = body_words(text)
    assert {d for d, _ in date_spans(words, [True] * len(words)).values()} == date_keys([text])


def _own_names(source: str, text: str) -> list:
    src = {k for k, _, _ in body_words(source)} | compounds([source])
    return novel_lists(body_words(text), src, is_fact)[1]


@pytest.mark.parametrize("text", _SHAPES[:3])
def test_the_sources_date_written_another_way_is_no_name_of_its_own(text):
    assert (
        _own_names("The hearing was put off until March 20 at the court in Leeds.", text) == []
    )  # base: "20th"


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("The hearing was put off until the 21st of March in Leeds.", [("21st", "march")]),  # base: ("21st",)
        ("The hearing was put off until Mar. 21 in Leeds.", [("mar", "21")]),  # base: ("21",)
        ("The hearing was put off until 21 March in Leeds.", [("21", "march")]),
    ],
)
def test_a_date_of_its_own_is_one_name_of_its_own(text, own):
    assert _own_names("The hearing was put off until March 20 at the court in Leeds.", text) == own


def test_a_nested_quotation_over_a_wrapped_line_is_one():  # the base's _NESTED read it (re.S)
    quoted = (
        "The accused was heard to hum a short song `Frozen fish fingers are\n"
        "bad, because they are full of sand,' which he denied."
    )
    assert _nested(quoted) == [_run(_words("Frozen fish fingers are bad, because they are full of sand,"))]
    text = f"``{quoted}<\n``He had a motive.<\n"
    assert [text[a:b] for a, b in quotations(text)] == [quoted + "<", "He had a motive.<"]
