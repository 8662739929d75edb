"""Issue 22, round 14: word-change counts a reader can check (``benchmarks/claims.md``, "Thirteenth
round, after the round's fixes": rc50, rc60, by19, by31).

One edit a reader sees is one row: an attribution written anew with another verb is one
attribution change, not a cut and an addition; a pronoun replaced by the name it stands for is one
replacement; a word moved and written as one word where the source has two is one rewording; a cut
clause is one cut even where the diff kept its possessive "'s"; "X of Y" written "Y's X" is no
change. Invented texts of the shapes the audit found; each case but the guards failed on
``9ff9331``."""

from __future__ import annotations

import pytest
from pairs import pair

from corpus_tools.variants.lexical import extract_variants
from corpus_tools.variants.pairs import pair_parts
from corpus_tools.variants.units import is_example

_LATER = (
    "The officer wept as she left the court with her friends and family.",
    "She said she was delighted with the verdict and would go back to work.",
)


def _rows(src: str, tgt: str) -> list[tuple[str, str, str]]:
    v = extract_variants(pair("\n\n".join((src, *_LATER)), "\n\n".join((tgt, *_LATER)), "tgt"), source="src")
    return [(r.category, r.source_form, r.form) for r in v.itertuples()]


# ------------------------------------------------------------------ an attribution written anew


@pytest.mark.parametrize(
    ("src", "tgt", "cut", "added"),
    [
        (
            "He said all the neighbours who claimed to see him breaking windows lied to the court.",
            "The boy told the court yesterday that all the neighbours lied to the court.",
            "He said",
            "The boy told the court yesterday that",
        ),
        (
            "The town council applied for the order because it said the courts should protect the estate.",
            "The town council applied for the order, saying the courts should protect the estate.",
            "because it said",
            ", saying",
        ),
    ],
)
def test_an_attribution_written_with_another_verb_is_one_attribution_change(src, tgt, cut, added):
    rows = _rows(src, tgt)
    assert ("attribution_change", cut, added) in rows
    assert not [r for r in rows if r[0] == "insertion"]


def _row(sent: int, start: int, form: str, src_start: int, src_form: str, category: str) -> tuple:
    """A variant row (``VARIANT_COLUMNS``) of version sentence ``sent`` read against source sentence 0."""
    return ("v", sent, start, start + len(form), form, "", "src", 0, src_start, src_start + len(src_form)) + (
        src_form,
        "",
        category,
        "rewritten",
    )


def test_a_long_addition_with_a_verb_beside_a_cut_attribution_stays_apart():
    """A clause of more than ``MAX_ATTRIBUTION_WORDS`` words with a reporting verb, added where an
    attribution was cut, is a change of its own."""
    added = "Officers who arrested the boy at his home last month were told that"
    version = f"{added} all the neighbours lied."
    source = "He said all the neighbours lied."
    rows = [_row(0, 0, "", 0, "He said", "attribution_change"), _row(0, 0, added, 7, "", "insertion")]
    assert len(pair_parts(rows, version, source, lambda raw, a, b: "")) == 2
    short = "The boy told the court that"
    rows[1] = _row(0, 0, short, 7, "", "insertion")
    assert [r[4] for r in pair_parts(rows, f"{short} all the neighbours lied.", source, lambda *_: "")] == [
        short
    ]


def test_two_cuts_with_a_word_between_stay_two():
    source = "Following today's decision the chief inspector said he was pleased."
    cuts = [_row(0, 0, "", 0, "Following today", "deletion"), _row(0, 0, "", 18, "decision the", "deletion")]
    version = "The chief inspector said he was pleased."
    assert len(pair_parts(cuts, version, source, lambda *_: "")) == 1
    other = source.replace("today's", "today at")
    cuts[1] = _row(0, 0, "", 19, "decision the", "deletion")
    assert len(pair_parts(cuts, version, other, lambda *_: "")) == 2


# ------------------------------------------------------------------ a pronoun named


def test_a_pronoun_replaced_by_the_name_is_one_replacement():
    rows = _rows(
        "She said she and her husband, who is ill, wanted to move back to Devon to be near family.",
        "Mrs Harper said she and her husband wanted to move back to Devon to be near family.",
    )
    assert ("word_substitution", "She", "Mrs Harper") in rows
    assert ("deletion", ", who is ill,", "") in rows
    assert len(rows) == 2


def test_a_pronoun_cut_and_a_name_added_elsewhere_stay_apart():
    rows = _rows(
        "She said the family wanted to move back to Devon to be near their old friends.",
        "Mrs Harper's family wanted to move back to Devon to be near their old friends, said Ann.",
    )
    assert not [r for r in rows if r[1] == "She" and r[2]]


# ------------------------------------------------------------------ a word moved and joined


def test_two_words_moved_and_written_as_one_are_one_rewording():
    rows = _rows(
        "The case against landlord Peter Hale and his post mistress wife Anne was dropped by the court.",
        "The case against landlord Peter Hale and his wife Anne, a postmistress, was dropped by the court.",
    )
    assert rows == [("word_substitution", "post mistress", ", a postmistress,")]


def test_two_other_words_are_no_compound():
    rows = _rows(
        "The case against landlord Peter Hale and his post office wife Anne was dropped by the court.",
        "The case against landlord Peter Hale and his wife Anne, a postmistress, was dropped by the court.",
    )
    assert ("deletion", "post office", "") in rows


# ------------------------------------------------------------------ one cut, one "of" reordered


def test_a_cut_clause_is_one_cut_across_its_possessive():
    rows = _rows(
        "Following today's decision the Chief Inspector of Lancashire, Mark Hobbs, said he was pleased.",
        "Lancashire's chief inspector, Mark Hobbs, said he was pleased.",
    )
    assert rows == [("deletion", "Following today's decision the", "")]


def test_of_cut_without_a_possessive_stays_a_cut():
    rows = _rows(
        "The Chief Inspector of Lancashire, Mark Hobbs, said he was pleased with the verdict.",
        "The chief inspector Lancashire, Mark Hobbs, said he was pleased with the verdict.",
    )
    assert ("deletion", "of", "") in rows


def test_a_pronoun_and_a_name_after_a_conjunction_stay_apart():
    """ "She" -> "But Mrs Harper": the example would pair "She" with "But"."""
    rows = _rows(
        "She said she and her husband wanted to move back to Devon to be near family.",
        "But Mrs Harper said she and her husband wanted to move back to Devon to be near family.",
    )
    assert ("word_substitution", "She", "But Mrs Harper") not in rows


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (["they"], ["Dumfries", ","], False),
        (["She"], ["Mrs", "Walters"], False),
        (["hearing"], ["trial"], True),
    ],
)
def test_a_pronoun_is_no_example_of_a_word_replaced(a, b, expected):
    assert is_example(a, b) is expected


# ------------------------------------------------------------------ the speaker's "I think"


def test_a_first_person_verb_cut_and_an_attribution_added_are_two_changes():
    """ "I think" is the quotation's words, "Joy said afterwards:" an attribution: no pair."""
    rows = _rows(
        'Outside court the officer said she was relieved.\n\n"I think this is obviously going to open '
        'a whole can of worms for the force."',
        'Outside court the officer said she was relieved.\n\nJoy said afterwards: "This is going to open '
        'a whole can of worms for the force."',
    )
    assert ("deletion", "I think", "") in rows
    assert ("attribution_change", "", "Joy said afterwards:") in rows


def test_a_first_person_verb_still_pairs_with_no_attribution():
    """ "I think" beside words that are no attribution stays apart from them, as before: the
    rule only keeps "I think" from pairing with an attribution."""
    rows = _rows(
        "Miss Hale, who was cleared of assault, said outside the court in central London: "
        '"I am very, very relieved.\n\n"I think this is obviously going to open a whole can of worms '
        'for the force."',
        'Outside the court, Miss Hale said she was relieved: "This is going to open a can of worms '
        'for the force."',
    )
    assert ("deletion", "I think", "") in rows
    # "relieved." -> "she was relieved:" holds its source whole: the addition of "she was"
    # (variants/row_units.contained, round 21)
    assert ("insertion", "", "she was") in rows
