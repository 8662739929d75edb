"""Issue 22, round 18: word-change shapes of round 17's held-out audit (``benchmarks/claims.md``,
"Seventeenth round", cause 3: nu17, nu29, ca45).

A question-and-answer take's "Q:" and "A:" labels are layout, not words cut; a clause a version
moves into the next sentence ("of Harlow, Berkshire" cut from one sentence, "Dent, of Harlow,
Berks, denies" in the next) is neither cut nor added; "has pleaded not guilty to" -> "denies" is
one replacement, as is "the 45-year-old baker" -> "she". Invented texts of the shapes the audit
found; each case but the guards fails on ``71c9677``."""

from __future__ import annotations

import pytest
from pairs import pair

from corpus_tools.variants.crossed import layout_labels, moved_across, phrase_replaced
from corpus_tools.variants.lexical import _context, extract_variants

_LATER = (
    "The baker wept as she left the court with her friends and family beside her.",
    "Her lawyer said she was glad of the verdict and would appeal against the sentence.",
)


def _variants(src: str, tgt: str) -> list[tuple[str, str, str]]:
    """(category, source form, form) of each variant of ``tgt`` against ``src``, spaces folded."""
    v = extract_variants(pair(src, tgt, "tgt"), source="src")
    return [(r.category, " ".join(r.source_form.split()), " ".join(r.form.split())) for r in v.itertuples()]


def _rows(src: str, tgt: str) -> list[tuple[str, str, str]]:
    return _variants("\n\n".join((src, *_LATER)), "\n\n".join((tgt, *_LATER)))


# ------------------------------------------------------------------ interview labels

_QA = (
    "A QUESTION OF REPAIRS\nBy Ann Teller, Housing Correspondent\n\n"
    "Q: What does the tribunal ruling mean for tenants in the borough?\n\n"
    "A: It says that the council has to pay for every repair to the flats it owns.\n\n"
    "Q: So who pays for the repairs to the private flats along the river?\n\n"
    "A: The landlords pay for them, unless the tenants caused the damage themselves."
)
_QA_PAPER = (
    "What does the tribunal ruling mean for tenants in the borough?\n\n"
    "It says that the council has to pay for every repair to the flats it owns.\n\n"
    "Who pays for the repairs to the private flats along the river?\n\n"
    "The landlords pay for them, unless the tenants caused the damage themselves."
)


def test_interview_labels_are_no_words_cut():
    rows = _rows(_QA, _QA_PAPER)
    cut = [r for r in rows if r[0] == "deletion"]
    assert not [r for r in cut if r[1].startswith(("Q:", "A:"))]
    assert ("deletion", "So", "") in cut  # the word after a label is a word cut


def test_a_label_added_by_the_version_is_no_word_added():
    rows = _rows(_QA_PAPER, _QA.split("\n\n", 1)[1])
    assert not [r for r in rows if r[0] == "insertion" and r[2].startswith(("Q:", "A:"))]


def test_a_colon_inside_a_line_is_no_label():
    text = "The rule is plain: tenants pay nothing. Rent: none is due."
    row = ("v", 0, 0, 0, "", "", "s", 0, 19, 30, "Rent: none", "", "deletion", "")
    assert layout_labels([row], "", text, _context) == [row]  # "Rent:" not at a line's start
    line = "\nRent: none is due."
    row = ("v", 0, 0, 0, "", "", "s", 0, 1, 11, "Rent: none", "", "deletion", "")
    assert [r[10] for r in layout_labels([row], "", line, _context)] == ["none"]


# ------------------------------------------------------------------ a clause moved to the next sentence

_MOVED_SRC = (
    "Dent, of Harlow, Berkshire, who drove a lorry for the depot for ten years, is accused of "
    "stealing diesel from his employer.\n\n"
    "He has pleaded not guilty to six charges including theft and fraud at the depot.\n\n"
    + "\n\n".join(_LATER)
)


def _moved(moved: str) -> list[tuple[str, str, str]]:
    """The rows of a version that writes the place in the charges' sentence, two sentences on."""
    tgt = (
        "Dent, who drove a lorry for the depot for ten years, is accused of stealing diesel from his "
        "employer.\n\n"
        + "\n\n".join(_LATER)
        + f"\n\nDent, {moved} denies six charges including theft and fraud at the depot."
    )
    return _variants(_MOVED_SRC, tgt)


@pytest.mark.parametrize("moved", ["of Harlow, Berks,", "from Harlow, Berks,"])
def test_a_clause_moved_to_the_next_sentence_is_neither_cut_nor_added(moved):
    rows = _moved(moved)
    assert not [r for r in rows if "Harlow" in r[1]]  # no cut of the place
    assert rows == [("word_substitution", "He has pleaded not guilty to", f"Dent, {moved} denies")]


def test_a_clause_cut_and_another_place_added_next_stay_changes():
    rows = _moved("of Harlow, Hants,")  # another county: the place is not the one cut
    assert ("deletion", ", of Harlow, Berkshire", "") in rows


def test_moved_words_far_from_the_cut_stay_a_cut():
    cut = ("v", 0, 5, 5, "", "", "s", 0, 10, 31, "of Harlow, Berkshire,", "", "deletion", "")
    add = ("v", 4, 40, 61, "of Harlow, Berkshire,", "", "s", 4, 90, 90, "", "", "insertion", "")
    vr = " " * 40 + "of Harlow, Berkshire,"
    sr = " " * 10 + "of Harlow, Berkshire,"
    rows, inside = moved_across([cut, add], vr, sr, _context)
    assert rows == [cut, add] and not inside  # four sentences apart on both sides


# ------------------------------------------------------------------ a phrase for one word


def test_a_verb_phrase_replaced_by_one_verb_is_one_replacement():
    rows = _rows(
        "The lorry driver has pleaded not guilty to careless driving on the ring road near the depot.",
        "The lorry driver denies careless driving on the ring road near the depot.",
    )
    assert rows == [("word_substitution", "has pleaded not guilty to", "denies")]


def test_a_description_replaced_by_a_pronoun_is_one_replacement():
    rows = _rows(
        "The jury was told that the 45-year-old baker fainted in the shop after the blow to her head.",
        "The jury was told that she fainted in the shop after the blow to her head.",
    )
    assert rows == [("word_substitution", "the 45-year-old baker", "she")]


def test_a_verb_phrase_cut_and_a_noun_added_stay_apart():
    cut = ("v", 0, 10, 10, "", "", "s", 0, 10, 35, "has pleaded not guilty to", "", "deletion", "")
    add = ("v", 0, 10, 22, "the old fund", "", "s", 0, 35, 35, "", "", "insertion", "")
    vr = " " * 10 + "the old fund"
    sr = " " * 10 + "has pleaded not guilty to"
    assert phrase_replaced([cut, add], vr, sr) == [cut, add]


def test_an_attribution_moved_a_sentence_up_is_one_attribution_change():
    vr = "Mr Hale said Dent, a baker's son, was in debt. There he met Sumer, who worked for the Roes."
    sr = "Dent told police he was in debt. He met Sumer, who worked for the Roes, Mr Hale claimed."
    add = ("v", 0, 0, 12, "Mr Hale said", "", "s", 0, 0, 0, "", "", "attribution_change", "")
    cut = ("v", 1, 93, 93, "", "", "s", 1, 70, 87, ", Mr Hale claimed", "", "attribution_change", "")
    rows, _ = moved_across([add, cut], vr, sr, _context)
    assert [(r[1], r[7], r[4], r[10], r[12]) for r in rows] == [
        (0, 1, "Mr Hale said", ", Mr Hale claimed", "attribution_change")
    ]
