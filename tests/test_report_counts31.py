"""Issue 22, round 31 (the lead, from audit31's lv11/dx19/vn13): the findings' change sentence
counted a pair told as a cut and an addition twice in its parts but once in its total ("Its 47
word-level changes are, in substance, mostly words cut (27); words added (17); word replaced (5)":
49 parts of 47). The total now counts the changes as the parts do. Invented text; fails on
``fc55a60``."""

from __future__ import annotations

import re

from test_report_rkind30 import _sentence


def test_the_parts_add_up_to_the_total():
    wire = (
        "Camp case\n\nThe boys were hurt during a Navy cadet camp on the moors in Devon.\n\n"
        "The instructor was questioned by detectives and released.\n\nThe case continues."
    )
    paper = (
        "Camp case\n\nThe boys were hurt during a three-day camp on the moors in Devon.\n\n"
        "The instructor was quizzed by detectives and released.\n\nThe case continues."
    )
    _, told = _sentence(wire, paper)  # the rows and the findings' sentence of the paper
    total = int(re.search(r"Its (\d+) word-level change", told).group(1))
    parts = [int(n) for n in re.findall(r"\((\d+)", told)]
    assert told.startswith(" Its 3 word-level changes are mostly ")
    assert sorted(parts) == [1, 1, 1] and sum(parts) == total
