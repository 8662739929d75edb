"""Issue 22, round 32 (branch rkind32, from TUNE_32's Reuters update series,
benchmarks/claims_tune32_r.md): the findings' change sentence in figures a reader can add up.

A wire update cutting the trailing detail of every sentence printed "Its 5 word-level changes are
mostly words cut (5)" while 51 words were gone; a sentence with four kinds of change named three
("mostly words cut (7); words added (3); word replaced (2 ...)": 12 of 13 substance changes, the
time reference counted but never named). report/change_words.py tells a cut's or an addition's
words beside its places, names the kinds past the third as "other" and says "all" for one kind.
Invented texts of the shapes; the end-to-end cases fail on ``45c6468`` (it prints "mostly words
cut (3)" and no "other")."""

from __future__ import annotations

import re

import pandas as pd
from test_report_rkind30 import _sentence

from corpus_tools.report.change_words import measured, others

_WIRE = (
    "Mine assays\n\nKoral Mining Ltd said its drill holes at the Ridge property yielded higher silver "
    "grades than reported in May.\n\n"
    "It said hole one averaged 4.2 ounces of silver a ton over a 30 foot section with an average width "
    "of 5.1 feet.\n\n"
    "Koral said hole two averaged 3.9 ounces of silver a ton over a 75 foot section with average width "
    "of 3.4 feet.\n\n"
    "The company also said it found another vein 60 feet east of hole two, which assayed 2.7 ounces of "
    "silver a ton across a width of 2.2 feet."
)
_UPDATE = (
    "Mine assays\n\nKoral Mining Ltd said its drill holes at the Ridge property yielded higher silver "
    "grades than reported in May.\n\n"
    "It said hole one averaged 4.2 ounces of silver a ton.\n\n"
    "Koral said hole two averaged 3.9 ounces of silver a ton.\n\n"
    "The company also said it found another vein 60 feet east of hole two, which assayed 2.7 ounces of "
    "silver a ton."
)


def _parts(told: str) -> tuple[int, list[int]]:
    total = int(re.search(r"Its (\d+) word-level change", told).group(1))
    return total, [int(n) for n in re.findall(r"\((\d+)", told)]


def test_cut_passages_say_their_words():
    rows, told = _sentence(_WIRE, _UPDATE)
    assert rows == ["deletion"] * 3
    # 12 + 11 + 6 words in three cut passages, not "words cut (3)"; one kind: "all", not "mostly"
    assert told == " Its 3 word-level changes are all words cut (3 places, 29 words)."


def test_a_fourth_kind_is_named_and_the_parts_add_up():
    wire = (
        "Plant strike\n\nMembers of the Allied Packers union, local 41, voted Sunday to go on strike against "
        "Prairie Meats Inc's Omaha plant.\n\n"
        "The company submitted their latest offer to the union and said they would end the lockout as of "
        "tomorrow.\n\n"
        "Members rejected the latest company offer that was submitted to the union last week."
    )
    paper = (
        "Plant strike\n\nThe Allied Packers union, local 41, said its members voted Sunday to strike the "
        "Prairie Meats Inc's Omaha plant.\n\n"
        "The company said it submitted its latest offer to the union and said it would end a lockout on "
        "Tuesday.\n\n"
        "Members rejected the latest company offer that was submitted to the union last week."
    )
    rows, told = _sentence(wire, paper)
    assert "time_reference" in rows
    assert told.endswith("; other (1: time reference 1).")
    total, parts = _parts(told)
    assert total == 12 and sum(parts) == total


def test_one_word_rows_keep_their_count():
    rows = pd.DataFrame(
        {"category": ["deletion"] * 3 + ["insertion"], "source_form": ["Corp.", "<F>", "the", ""],
         "form": ["", "", "", "said its members"]}
    )  # fmt: skip
    assert measured("deletion", rows) == "3"  # a word a row: the count is the words
    assert measured("insertion", rows) == "1 place, 3 words"  # an addition reads the version's side
    assert measured("word_substitution", rows) == "0"


def test_no_other_part_for_three_kinds():
    assert others(pd.Series({"deletion": 4, "insertion": 2, "misprint": 1})) == ""
    assert others(pd.Series({"deletion": 4, "insertion": 2, "misprint": 1, "a_b": 2, "c_d": 1})) == (
        "other (3: a b 2, c d 1)"
    )
