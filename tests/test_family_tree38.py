"""Which of two undated wire stories is the earlier (#23, tree38): the text's own words.

Invented texts of the shapes read on the real update series of ``benchmarks/family_edges.csv``
(rounds 7-52; round 38, ``benchmarks/family_undated.py``): a later update that points back to the
report before it ("Earlier today, ... said"), and a later update that leads with the new
development and trims the earlier story's detail (each version tells words of its own, the earlier
far more). Fed latest first, so the input order does not help; dated, the dates decide as before.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools.reuse.family_lean import edge_lean, points_back

COMMON = [
    "The Marlow plant makes rolled steel for carmakers in the Midlands and employs 1,150 people, "
    "most of them members of the Iron and Steel Trades Confederation.",
    "Brenton Steel shares closed 14 pence lower at 212 pence on the London Stock Exchange, where "
    "dealers said the closure had been expected since the autumn.",
]
#: the first story: the closure announced, its detail
FIRST = [
    "Brenton Steel Plc said it would close its Marlow rolling mill by the end of June, cutting "
    "about 800 jobs, because of falling orders from carmakers.",
    *COMMON,
    "The company said it would move part of the mill's work to its plant at Hexley, where it plans "
    "to spend 12 mln stg on a new finishing line over two years.",
]
#: the update: the union's answer in the lead, the announcement pointed back to
POINTED = [
    "The Iron and Steel Trades Confederation said its members at the Marlow mill would vote next "
    "week on a strike against the closure planned by Brenton Steel.",
    *COMMON,
    "Earlier today, Brenton Steel said the mill would close by the end of June with the loss of 800 jobs.",
]
#: the update: a new lead, the earlier story's detail trimmed
TRIMMED = [
    "Union leaders at Brenton Steel's Marlow mill said they would fight the closure.",
    *COMMON,
]


def _corpus(versions: dict[str, list[str]], dated: bool) -> pd.DataFrame:
    records = []
    for k, (name, ps) in enumerate(versions.items()):
        rec = {"doc_id": name, "text": "\n\n".join(ps), "outlet": "Wire"}
        if dated:
            rec["published"] = f"1991-05-20T1{k}:00:00"
        records.append(rec)
    return ct.from_records(records[::-1])  # the latest first: no help from the input order


def _parents(corpus: pd.DataFrame) -> dict[str, str | None]:
    f = ct.family(corpus)
    return dict(zip(f["doc_id"], f["parent_doc_id"], strict=True))


@pytest.mark.parametrize("later", [POINTED, TRIMMED], ids=["points-back", "trimmed"])
def test_an_undated_update_is_read_as_the_later(later):
    assert _parents(_corpus({"first": FIRST, "update": later}, dated=False)) == {
        "first": None,
        "update": "first",
    }


@pytest.mark.parametrize("later", [POINTED, TRIMMED], ids=["points-back", "trimmed"])
def test_dates_still_decide_when_given(later):
    got = _parents(_corpus({"update": later, "first": FIRST}, dated=True))  # the update filed first
    assert got == {"update": None, "first": "update"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Acme bid 5 dlrs.\nEarlier, Zenith said no.", ["Earlier"]),
        ('He left. "It is over," she said. Earlier today the board met.', ["Earlier"]),
        ("The board said earlier today it would sell.", ["earlier"]),
        ("Sales rose.\nEarlier this year the unit lost money. Earlier in 1986 it grew.", []),
        ("Sales rose from 4.1 mln a year earlier.", []),
    ],
    ids=["opening", "after-quote", "earlier-today", "background", "a-year-earlier"],
)
def test_points_back(text, found):
    starts = np.array([m.start() for m in re.finditer(r"\w+", text)])
    words = re.findall(r"\w+", text)
    assert [words[i] for i in points_back(text, starts)] == found


def test_pointing_back_on_both_sides_tells_nothing():
    a = "Acme said it would close . Earlier today Zenith bid .".split()
    b = "Acme said it would close . Earlier today Brill bid for it .".split()
    ma, mb = np.array([w in b for w in a]), np.array([w in a for w in b])
    back = (np.array([6]), np.array([6]))
    assert edge_lean((a, b), (ma, mb), (6, 6), back) == 0  # both inside the shared text
    ma[6] = mb[6] = False  # each pointer among its version's own words
    assert edge_lean((a, b), (ma, mb), (6, 6), back) == 0
    mb[6] = True  # only the first's own words point back: the first is the later
    assert edge_lean((a, b), (ma, mb), (6, 6), back) == -1
