"""The family tree: nearest ancestors, identical copies, merges, dates and text order."""

from __future__ import annotations

import pandas as pd
import pytest

from corpus_tools import from_records
from corpus_tools.reuse.family import FAMILY_COLUMNS, family

BASE = [
    "Miners at the Kimberley lead and zinc mine voted on Monday to reject a three-year contract offer, "
    "the union said.",
    "The strike by 2,400 workers began on May 9 and has halted production at the smelter in Trail, "
    "British Columbia.",
    "Company spokesman John Hanson said talks had not resumed since May 21 and no new meeting was scheduled.",
    "The mine produces about 10 pct of the zinc sold in North America, according to industry analysts "
    "in Toronto.",
]
EXTRA = (
    "Union leader Mary Collins said members would meet again on Thursday to discuss a new strategy "
    "for the dispute."
)
OTHER = (
    "A federal mediator, Paul Dorval, has offered to join the talks if both sides agree to meet in "
    "Vancouver next week."
)


def _corpus(texts: dict[str, str], **meta) -> pd.DataFrame:
    records = []
    for i, (doc, text) in enumerate(texts.items()):
        r = {"doc_id": doc, "text": text, "outlet": "Wire"}
        for k, v in meta.items():
            r[k] = v[i]
        records.append(r)
    return from_records(records)


@pytest.fixture
def chain():
    a = "\n\n".join(BASE)
    b = "\n\n".join([*BASE, EXTRA])  # an update adds a paragraph
    c = "\n\n".join([*BASE[:2], BASE[2].replace("May 21", "May 19"), BASE[3], EXTRA])  # a date changed
    d = b  # an identical copy of b
    return {"a": a, "b": b, "c": c, "d": d}


def test_chain_with_dates(chain):
    stamps = ["1987-06-01T08:00", "1987-06-01T09:00", "1987-06-01T10:00", "1987-06-01T11:00"]
    f = family(_corpus(chain, published=stamps))
    assert list(f.columns) == FAMILY_COLUMNS
    got = dict(zip(f.doc_id, zip(f.parent_doc_id, f.relation, strict=True), strict=True))
    assert got == {
        "a": (None, "independent"),
        "b": ("a", "update"),
        "c": ("b", "update"),
        "d": ("b", "identical"),
    }
    row = f.set_index("doc_id").loc["b"]
    # the 19 words of the added paragraph are b's only words not from a
    assert (row.n_words, row.parent_n_words, row.n_new_words, row.n_cut_words) == (98, 79, 19, 0)
    assert (row.coverage, row.kept) == (round(79 / 98, 4), 1.0)
    assert f.family_id.tolist() == ["a"] * 4 and f.n_children.tolist() == [1, 2, 0, 0]
    assert set(f.direction.dropna()) == {"published"}


def test_dates_decide_against_corpus_order(chain):
    # the same texts listed latest first: the dates, not the order of rows, give the parents
    texts = {k: chain[k] for k in ("c", "b", "a")}
    f = family(_corpus(texts, published=["1987-06-03", "1987-06-02", "1987-06-01"]))
    assert dict(zip(f.doc_id, f.parent_doc_id, strict=True)) == {"c": "b", "b": "a", "a": None}


def test_merge_names_two_parents():
    a = "\n\n".join(BASE)
    b = "\n\n".join([*BASE, EXTRA])
    c = "\n\n".join([*BASE, OTHER])
    m = "\n\n".join([*BASE, EXTRA, OTHER])  # a paper combining both updates
    f = family(
        _corpus(
            {"a": a, "b": b, "c": c, "m": m},
            published=["1987-06-01", "1987-06-02", "1987-06-03", "1987-06-04"],
        )
    )
    row = f.set_index("doc_id").loc["m"]
    assert {row.parent_doc_id, row.second_parent_doc_id} == {"b", "c"}
    assert row.n_second_parent_words >= 12


def test_other_outlet_copy_and_rewrite():
    a = "\n\n".join(BASE)
    copy = "\n\n".join(BASE[:3])
    rewrite = (
        "Kimberley miners have rejected a three-year contract offer. "
        "The strike by 2,400 workers began on May 9. "
        "The company said talks had not resumed since May 21 and no new meeting was planned yet. The mine "
        "produces about 10 pct of the zinc sold in North America, analysts said."
    )
    f = family(_corpus({"a": a, "copy": copy, "rw": rewrite}, outlet=["Wire", "Paper", "Paper"]))
    got = dict(zip(f.doc_id, zip(f.parent_doc_id, f.relation, strict=True), strict=True))
    assert got["copy"] == ("a", "copy")
    assert got["rw"] == ("a", "rewrite")
    assert got["a"] == (None, "independent")


def test_unrelated_documents_are_independent():
    other = (
        "The central bank left its key interest rate unchanged on Tuesday, citing slowing growth in exports."
    )
    f = family(_corpus({"a": "\n\n".join(BASE), "z": other}))
    assert f.parent_doc_id.tolist() == [None, None] and f.relation.tolist() == ["independent"] * 2
    assert f.family_id.tolist() == ["a", "z"]


def test_group_is_one_witness():
    take1, take2 = "\n\n".join(BASE[:2]), "\n\n".join(BASE[2:])
    paper = "\n\n".join([BASE[0], BASE[2], BASE[3]])
    f = family(
        _corpus({"t1": take1, "t2": take2, "p": paper}, group=["PA", "PA", ""], outlet=["PA", "PA", "Sun"])
    )
    got = dict(zip(f.doc_id, zip(f.witness, f.parent_doc_id, strict=True), strict=True))
    assert got == {"t1": ("PA", None), "t2": ("PA", None), "p": ("p", "PA")}


def test_seeds_both_versions_have_parent_001(seeds):
    f = family(seeds).set_index("doc_id")
    assert f.loc["000", "parent_doc_id"] == "001" and f.loc["002", "parent_doc_id"] == "001"
    assert f.loc["001", "parent_doc_id"] is None and f.loc["001", "n_children"] == 2


def test_near_copies_join_the_tree_as_children_of_what_they_copy():
    """One story republished with a word changed: the near copies stay out of the tree's search
    (linear, not every pair) and are each a child of the version they copy."""
    from corpus_tools import analyze, from_records

    base = " ".join(f"Sentence {i} of the wire story says the mine was shut on day {i}." for i in range(40))
    docs = [{"doc_id": "w0", "text": base, "outlet": "Reuters"}]
    docs += [
        {"doc_id": f"w{k}", "text": base.replace(f"day {k}.", f"day {k + 50}."), "outlet": o}
        for k, o in ((1, "Reuters"), (2, "Gazette"))
    ]
    a = analyze(from_records(docs), only=["family"])
    rows = a.family.set_index("doc_id")
    assert a.copies["kind"].tolist() == ["near", "near"]
    assert rows["parent_doc_id"].to_dict() == {"w0": None, "w1": "w0", "w2": "w0"}
    assert rows["relation"].to_dict() == {"w0": "independent", "w1": "update", "w2": "copy"}
    assert rows.loc["w0", "n_children"] == 2 and 0.95 <= rows.loc["w1", "coverage"] < 1
