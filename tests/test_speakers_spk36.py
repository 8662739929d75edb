"""Who speaks, round 18 of issue 22 (branch spk36): the speaker kinds audit17 found in round 17's
held-out stories and spk35 left (``benchmarks/claims.md``, "Seventeenth round (branch
`audit17`)", causes 1, 4 and 11). Invented texts of the same shapes; each test fails on
``71c9677`` unless it says it is a guard."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions
from wire_takes import takes_and_paper

from corpus_tools.attribution.accounting import speaker_survival


def _labels(text: str, cue: str | None = None) -> list[str]:
    rows = text_attributions(text, cue)
    return rows.loc[rows.role == "speaker", "speaker_label"].tolist()


# ---------------------------------------------------------------- 1. a joint subject is each member


def test_a_joint_subject_of_two_groups_is_two_speakers():
    text = "However, farmers and water boards said the situation needed to be clarified."
    assert speaker_rows(text) == [["farmers", "anonymous", 1], ["water boards", "organisation", 1]]


def test_a_list_of_a_body_and_two_groups_is_three_speakers():
    text = "The Ramblers' Association, farmers and water boards have all called for a new law."
    assert sorted(_labels(text)) == ["The Ramblers' Association", "farmers", "water boards"]


def test_two_bodies_named_as_one_subject_are_two_speakers():
    text = "The Farmers' Union and the Water Board said the plan was unfair."
    assert sorted(_labels(text)) == ["The Farmers' Union", "the Water Board"]


def test_calls_from_two_groups_are_calls_of_each():
    text = "There were immediate calls from farmers and local water boards for a new law."
    assert sorted(_labels(text)) == ["farmers", "local water boards"]


def test_both_after_a_dash_aside_is_the_joint_subject():
    text = (
        "John Harker, the Farming Minister, and the Farmers' Union - who backed opposite sides in "
        "the case - both expressed delight at the outcome."
    )
    assert sorted(_labels(text)) == ["John Harker", "the Farmers' Union"]


def test_a_named_pair_that_says_something_stays_a_pair():  # a guard: pairs.py reads the pair
    assert _labels("Tom Rattigan and Jack Wyatt said they were innocent.")[0] == "Tom Rattigan and Jack Wyatt"


def test_a_joint_label_is_no_speaker_of_its_own_across_takes():
    takes = [
        "The Court of Appeal ruled today that the closure of the farm was unlawful.\n\n"
        "However, farmers and water boards said the situation needed to be clarified.",
        "Water boards warned the bill could reach 200 million pounds a year.",
    ]
    s = speaker_survival(takes_and_paper(takes, "A ruling was given yesterday.", "2001-03-05"), source="PA")
    assert sorted(s["speaker"]) == ["The Court of Appeal", "farmers", "water boards"]  # one "water boards"
