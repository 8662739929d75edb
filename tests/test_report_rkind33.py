"""Issue 22, round 33 (branch rkind33, round 32's debt): the change sentence's added words named
apart from the class sentence's "words of its own", and one change told as one
(``corpus_tools/report/change_words.py``: ``not_all_new``, ``told``). Invented texts of the shapes
of HELD_OUT_32's 11920 (a wire update adding passages whose words the first story has elsewhere)
and of a one-change version; both fail on ``ab22652`` (it prints "words added (2 places, 14 words)"
and "is mostly")."""

from __future__ import annotations

from test_report_rkind30 import _sentence

import corpus_tools as ct
from corpus_tools.report.findings import findings

_WIRE = (
    "Ore reserves\n\nKoral Mining Ltd said proven reserves at its Ridge mine rose to 54 mln tonnes "
    "at the end of 1986.\n\n"
    "The Ridge mine produced 2.1 mln ounces of silver last year, the company said."
)
# the update adds two passages; "the Ridge mine" and "silver" are the wire's words, said elsewhere
_UPDATE = (
    "Ore reserves\n\nKoral Mining Ltd said proven reserves at its Ridge mine, its largest silver "
    "property, rose to 83 mln tonnes at the end of 1986.\n\n"
    "The Ridge mine produced 2.1 mln ounces of silver last year, up from the output of the Ridge mine "
    "in 1985, the company said."
)


def test_added_passages_say_their_words_are_not_all_new():
    corpus = ct.from_records([{"doc_id": "w", "text": _WIRE}, {"doc_id": "u", "text": _UPDATE}])
    told = findings(ct.analyze(corpus, source="w"))
    text = told["u"]
    assert "it adds only 3 words and 2 names or numbers that w does not have" in text
    # the class sentence's figure counts words the wire never uses; the change sentence's counts
    # every word of the added passages, some of them the wire's: the sentence says so
    assert "words added (2 places, 14 words, not all new to w)" in text


def test_one_change_is_told_as_one():
    wire = (
        "Dog case\n\nThe dog was put down after the attack in Hull, the court heard.\n\nThe case continues."
    )
    paper = "Dog case\n\nThe dog was put down after the attack, the court heard.\n\nThe case continues."
    rows, told = _sentence(wire, paper)
    assert rows == ["deletion"]
    assert told == " Its 1 word-level change: words cut (1 place, 2 words)."
