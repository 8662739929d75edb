"""Who speaks, round 17 of issue 22 (branch spk35): the held-out audit's speaker kinds
(``benchmarks/claims.md``, "Seventeenth round (branch `audit17`)", causes 1, 4 and 9). Invented
texts of the same shapes; each test fails on ``ec3998a`` unless it says it is a guard."""

from __future__ import annotations

import pytest
from pairs import speaker_rows, text_attributions
from wire_takes import takes_and_paper

from corpus_tools.attribution.accounting import speaker_survival
from corpus_tools.attribution.benches import bench_court, same_bench


def _source_speakers(takes: list[str], paper: str = "A ruling was given yesterday.") -> list[str]:
    s = speaker_survival(takes_and_paper(takes, paper, "2001-03-05"), source="PA")
    return sorted(s["speaker"])


def test_the_woman_of_two_takes_is_one_speaker():
    take1 = (
        "A woman wept today as she told a court how a driver attacked her.\n\n"
        'The woman said: "I could not move at all."'
    )
    take2 = "The woman said the driver laughed at her.\n\nA 40-year-old porter said he heard the screams."
    assert _source_speakers([take1, take2]) == ["A 40-year-old porter", "The woman"]


def test_one_unnamed_body_in_three_takes_is_one_speaker():
    takes = [
        "Water boards say the cost of the new pipes will be passed to customers.",
        "Charities have said the ruling is a victory for the old.\n\nWater boards said they would study it.",
        "Water boards warned the bill could reach 200 million pounds a year.",
    ]
    assert _source_speakers(takes) == ["Charities", "Water boards"]


@pytest.mark.parametrize(
    ("label", "court"),
    [
        ("the Court of Appeal", "appeal"),
        ("Three Appeal Court judges", "appeal"),
        ("The appeal judges", "appeal"),
        ("Their judgment", ""),
        ("the ruling", ""),
        ("the High Court", "high"),
        ("the judge", None),
        ("High Court judge Mr Justice Hale", None),
        ("a council against the ruling", None),
        ("the Royal Court Theatre", None),
    ],
)
def test_a_bench_is_read_from_its_label(label, court):  # a guard of the two below
    assert bench_court(label) == court


def test_a_bench_and_its_judgment_of_several_takes_are_one_speaker():
    takes = [
        "The Court of Appeal ruled today that the closure of the home was unlawful.",
        "Three Appeal Court judges said the council had broken its promise.",
        "Their judgment said the council must think again.\n\n"
        "The appeal judges said the home must stay open.",
    ]
    assert _source_speakers(takes) == ["The Court of Appeal"]


def test_two_courts_named_apart_are_two_benches():  # a guard
    assert not same_bench("the High Court", "the Court of Appeal")
    assert same_bench("the Court of Appeal", "the judgment")


def test_a_bench_under_two_labels_in_one_paper_is_one_speaker():
    text = (
        "The Court of Appeal ruled yesterday that the closure of the home was unlawful.\n\n"
        "The appeal judges said the council had broken its promise to the residents."
    )
    assert speaker_rows(text) == [["The Court of Appeal", "organisation", 2]]


def test_who_had_been_promised_a_thing_says_nothing():
    text = (
        "Ms Roe moved to Lindon Lodge near Carford in 1990. She had lived there since then and "
        "had been promised a home for life.\n\nThe council said it would appeal."
    )
    rows = text_attributions(text)
    assert "promised" not in " ".join(rows.loc[rows.role == "speaker", "cue"])


def test_she_after_a_court_named_for_someone_is_no_part_of_its_name():
    text = (
        "The woman said she was taken to the ward of a clinic in Leeds in March.\n\n"
        "Pyle, of Otley, who worked at the clinic, is accused of drugging women.\n\n"
        "The Old Hartley was told that the 30-year-old woman woke later as the porter had his back "
        "to her.\n\n"
        "She said to him: 'What were you doing?'"
    )
    rows = text_attributions(text, "said")
    assert "Hartley" not in rows["speaker_label"].tolist()  # unresolved rather than a court's name


def test_a_relative_after_a_long_name_is_the_names_head():
    text = (
        "Charities want the Government to implement the recommendations of the Royal Commission "
        "on Long Distance travel which called for free buses in every county."
    )
    rows = text_attributions(text, "called")
    assert rows["speaker_label"].tolist() == ["Royal Commission"]


def test_patients_charged_for_help_are_charged_a_price():
    text = (
        "The difference is that the state provision is free but patients in council homes can be "
        "means-tested and charged for social services' help and accommodation."
    )
    assert text_attributions(text, "charged").empty


def test_an_appeal_against_a_ruling_is_a_step_at_law():
    text = (
        "But today the Wessex Water Board, backed by the Government, won its appeal against a case "
        "brought by a farmer last year.\n\nThe council said it would pay."
    )
    assert text_attributions(text, "appeal").empty


def test_she_is_never_the_man_a_later_he_opens_after():
    text = (
        "A woman wept today as she told a court how she woke in a clinic.\n\n"
        "The 30-year-old sobbed as she recalled seeing 40-year-old Darren Pyle by her bed.\n\n"
        "She told the court she was unable to move.\n\n"
        "Pyle, of Leeds, who worked at the clinic, is accused of drugging women.\n\n"
        "He has pleaded not guilty to nine charges."
    )
    rows = text_attributions(text, "told the court")
    assert "Darren Pyle" not in rows["speaker_label"].tolist()


def test_an_appeal_against_a_ruling_that_is_a_step_at_law():
    text = (
        "But the three judges dismissed the appeal by a water board against the ruling that its "
        "closure of a pumping station was unlawful.\n\nThe council said it would pay."
    )
    assert text_attributions(text, "appeal").empty


_CLOSURE = "the closure of the Elm Lodge home was unlawful."


@pytest.mark.parametrize(
    ("takes", "paper"),
    [
        (  # the takes call the court its judges; the paper names it
            [
                "Three Appeal Court judges said " + _CLOSURE,
                "The Court of Appeal ruled today that the council must pay the residents' costs.",
            ],
            "The Court of Appeal said " + _CLOSURE,
        ),
        (  # the paper calls the court its judges
            [
                "The Court of Appeal ruled today that " + _CLOSURE,
                "The council must pay the residents' costs, the court added.",
            ],
            "The appeal judges said " + _CLOSURE,
        ),
        (  # one court named two ways
            [
                "The Court of Appeal ruled today that " + _CLOSURE,
                "The Court of Appeal said the council must pay the residents' costs.",
            ],
            "The Appeal Court ruled that " + _CLOSURE,
        ),
    ],
)
def test_a_paper_keeps_the_court_under_another_of_its_labels(takes, paper):
    s = speaker_survival(takes_and_paper(takes, paper, "2001-03-05"), source="PA")
    assert list(zip(s["speaker"], s["status"], strict=True)) == [("The Court of Appeal", "kept")]


def test_a_label_that_starts_with_of_is_no_bench():
    """A speaker label cut before its head ("of the appeal court") is no bench; it crashed the
    3,000-document report when round 17's branches were merged (an index into an empty list)."""
    from corpus_tools.attribution.benches import bench_court, same_bench

    assert bench_court("of the appeal court") is None
    assert bench_court("Of Appeal") is None
    assert not same_bench("of the court", "the Court of Appeal")
