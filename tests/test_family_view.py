"""The family tree drawn, the timeline, the findings per edge, and analyze(against="parent")."""

from __future__ import annotations

import re

import pytest
from strike_story import P, X, Y, wire_corpus

from corpus_tools import Options, analyze
from corpus_tools.report.family_view import (
    edge_findings,
    family_layout,
    family_tree_svg,
    show_family,
    timeline,
)
from corpus_tools.reuse.family import family
from corpus_tools.variants.changes import changes


@pytest.fixture(scope="module")
def story():
    texts = {
        "a": P,
        "b": [*P, X],  # update of a
        "c": [*P, X, Y],  # update of b
        "d": [P[0], P[1].replace("2,400", "2,600"), P[2], P[3]],  # a number changed, from a
        "e": [*P, X, Y],  # an identical copy of c
    }
    corpus = wire_corpus(texts)
    fam = family(corpus)
    return corpus, fam, changes(corpus, family_frame=fam)


def test_layout_by_time_and_lanes(story):
    _, fam, _ = story
    lay = family_layout(fam).set_index("doc_id")
    assert lay["column"].to_dict() == {"a": 0, "b": 1, "c": 2, "d": 3, "e": 4}
    # b continues a's lane, c continues b's; d (a's second child) and e (c's copy... of c) open lanes
    assert lay.loc["a", "lane"] == lay.loc["b", "lane"] == lay.loc["c", "lane"] == lay.loc["e", "lane"]
    assert lay.loc["d", "lane"] != lay.loc["a", "lane"]


def _curve_points(d: str) -> list[tuple[float, float]]:
    nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", d)]
    if "Q" in d:
        x1, y1, cx, cy, x2, y2 = nums
    else:
        x1, y1, x2, y2 = nums
        cx, cy = (x1 + x2) / 2, (y1 + y2) / 2
    pts = []
    for i in range(101):
        t = i / 100
        pts.append(
            (
                (1 - t) ** 2 * x1 + 2 * (1 - t) * t * cx + t * t * x2,
                (1 - t) ** 2 * y1 + 2 * (1 - t) * t * cy + t * t * y2,
            )
        )
    return pts


def test_no_edge_passes_through_a_node(story):
    corpus, fam, ch = story
    svg = family_tree_svg(corpus, fam, ch)
    nodes = [(float(x), float(y)) for x, y in re.findall(r'<circle cx="(\d+)" cy="(\d+)" r="16"', svg)]
    paths = re.findall(r'<path d="(M[^"]+)" fill="none"', svg)
    assert len(nodes) == 5 and len(paths) == 4  # a is the root: four edges
    # the edge a -> d skips three columns on a's lane: it must bend around b, c and e
    for d in paths:
        pts = _curve_points(d)
        ends = {pts[0], pts[-1]}
        for node in nodes:
            if any(abs(node[0] - e[0]) < 1 and abs(node[1] - e[1]) < 1 for e in ends):
                continue
            assert min((px - node[0]) ** 2 + (py - node[1]) ** 2 for px, py in pts) > 16**2
    # every edge links to the side-by-side view of its pair, which the page holds
    html = str(show_family(corpus))
    for doc, parent in [("b", "a"), ("c", "b"), ("d", "a"), ("e", "c")]:
        assert f'href="#pair-{doc}_{parent}"' in html and f'id="pair-{doc}_{parent}"' in html


def test_edge_labels_and_findings_lead_with_facts(story):
    _, fam, ch = story
    paras = edge_findings(fam, ch)
    assert list(paras) == ["b", "c", "d", "e"]
    assert paras["d"].startswith("d is an update of a, 3 days later: it takes")
    assert "Facts: 2,400 became 2,600." in paras["d"]
    assert paras["e"] == "e is an identical copy of c: the same text after cleaning, 2 days later."
    assert "Headline: “STRIKE STORY 0” became “STRIKE STORY 3”." in paras["d"]


def test_timeline_in_time_order(story):
    corpus, fam, ch = story
    t = timeline(corpus, fam, ch)
    assert t["doc_id"].tolist() == ["a", "b", "c", "d", "e"]
    assert t.loc[3, "fact_changes"] == "2,400 → 2,600"
    assert t.loc[1, "headline_change"] == "STRIKE STORY 0 → STRIKE STORY 1"
    assert t.loc[2, "parent_doc_id"] == "b"


def test_analyze_against_parent_compares_each_version_with_its_parent(story):
    corpus, _, _ = story
    a = analyze(corpus, against="parent", only=["alignment", "derivation"])
    pairs = a.alignment.groupby("doc_id")["source_doc_id"].first().to_dict()
    # e, an identical copy of c, is analysed once, as c (the copies frame says so)
    assert pairs == {"b": "a", "c": "b", "d": "a"}
    assert a.copies.set_index("doc_id")["copy_of"].to_dict() == {"e": "c"}
    full = analyze(corpus, against="parent", only=["alignment"], options=Options(collapse_copies=False))
    assert full.alignment.groupby("doc_id")["source_doc_id"].first().to_dict()["e"] == "c"
    assert a.source == "a" and a.against == "parent"
    origin = analyze(corpus, only=["alignment"])
    assert set(origin.alignment["source_doc_id"]) == {"a"}
    with pytest.raises(ValueError, match="against must be one of"):
        analyze(corpus, against="sibling")
