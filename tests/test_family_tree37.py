"""Which end of an undated family is the original (#23, tree37).

Invented texts of the shapes of ``benchmarks/family.py``'s planted families (round 37,
``benchmarks/family_undated.py``): a story told three times without dates, each version the one
before it plus a paragraph of background from another story (the chain's middle, round 36's root,
is no original: the version with no foreign paragraph is), or each version the one before it less
a paragraph of the story's own (the fullest is the original). :mod:`corpus_tools.reuse.family_lean`
reads each edge; dated, the dates decide as before.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools.reuse.family_lean import edge_lean

STORY = [
    "Harwick Foods Inc said its workers at the Dunmore cannery voted 412 to 95 to accept a two-year "
    "contract, ending a strike that began on May 4.",
    "The contract raises pay at the Dunmore cannery by 4.5 pct in the first year and 3.5 pct in the "
    "second, Harwick Foods spokeswoman Ellen Marsh said.",
    "Marsh said the Dunmore cannery would reopen on Monday and Harwick Foods expected to ship its first "
    "canned peaches from the plant within ten days.",
    "The Dunmore workers are represented by Local 218 of the Food and Cannery Workers Union, whose "
    "president Tom Kell called the Harwick Foods offer fair.",
    "Harwick Foods had warned that the strike at Dunmore would cut its quarterly sales by 12 mln dlrs, "
    "Marsh said.",
]
#: paragraphs of other stories, naming none of the story's names
BACKGROUND = [
    "Separately, Ostrava Canning Co of Lisbon reported second quarter profit of 3.1 mln dlrs against "
    "2.2 mln a year earlier on sales up 9 pct.",
    "Canned fruit prices in Europe fell by about 6 pct last month as Greek and Turkish growers sold "
    "record stocks, traders in Rotterdam said.",
]


def _corpus(versions: dict[str, list[str]], dated: bool) -> pd.DataFrame:
    records = []
    for k, (name, ps) in enumerate(versions.items()):
        rec = {"doc_id": name, "text": "\n\n".join(ps), "outlet": "Wire"}
        if dated:
            rec["published"] = f"1991-05-2{k}T10:00:00"
        records.append(rec)
    return ct.from_records(records[::-1])  # the latest first: no help from the input order


def _parents(corpus: pd.DataFrame) -> dict[str, str | None]:
    f = ct.family(corpus)
    return dict(zip(f["doc_id"], f["parent_doc_id"], strict=True))


ADDED = {
    "first": STORY,
    "second": STORY[:3] + BACKGROUND[:1] + STORY[3:],
    "third": STORY[:3] + BACKGROUND[:1] + STORY[3:4] + BACKGROUND[1:] + STORY[4:],
}
CUT = {
    "first": STORY,
    "second": STORY[:2] + STORY[3:],
    "third": STORY[:2] + STORY[3:4],
}


@pytest.mark.parametrize("versions", [ADDED, CUT], ids=["added-background", "cut-own-paragraphs"])
def test_an_undated_chain_is_rooted_at_its_original(versions):
    got = _parents(_corpus(versions, dated=False))
    assert got == {"first": None, "second": "first", "third": "second"}


@pytest.mark.parametrize("versions", [ADDED, CUT], ids=["added-background", "cut-own-paragraphs"])
def test_dates_still_decide_when_given(versions):
    reversed_dates = dict(reversed(list(versions.items())))  # the third filed first
    got = _parents(_corpus(reversed_dates, dated=True))
    assert got == {"third": None, "second": "third", "first": "second"}


def test_the_lean_reads_a_new_lead_and_the_old_one_kept_lower_down():
    old = "Acme said it would close its Leeds plant next year .".split()
    new = "Acme workers walked out on Friday at the Leeds plant .".split()
    later = new + old
    m_old = np.ones(len(old), dtype=bool)
    m_later = np.array([False] * len(new) + [True] * len(old))
    assert edge_lean((old, later), (m_old, m_later), (len(old), len(new))) > 0
    assert edge_lean((later, old), (m_later, m_old), (len(new), len(old))) < 0


def test_nothing_tells_on_two_versions_each_with_words_of_its_own():
    a = "Acme said sales rose 5 pct in May and would rise again in June .".split()
    b = "Acme said sales rose 7 pct in May and might fall in July , analysts said .".split()
    ma = np.array([w in b for w in a])
    mb = np.array([w in a for w in b])
    assert edge_lean((a, b), (ma, mb), (len(a), len(b))) == 0
