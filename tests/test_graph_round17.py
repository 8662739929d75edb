"""The reuse graph, round 17: an arrow never runs under a node it does not join (issue #23: "the
graph's arrow 17480 -> 18412 runs straight through the 18337 node")."""

from __future__ import annotations

import re

import pandas as pd

from corpus_tools.report.graph import _edge, reuse_graph_svg


def _curve_points(path: str) -> list[tuple[float, float]]:
    sx, sy, cx, cy, ex, ey = map(float, re.findall(r"-?\d+(?:\.\d+)?", path.split('d="')[1].split('"')[0]))
    return [
        (
            (1 - t) ** 2 * sx + 2 * (1 - t) * t * cx + t**2 * ex,
            (1 - t) ** 2 * sy + 2 * (1 - t) * t * cy + t**2 * ey,
        )
        for t in (k / 20 for k in range(21))
    ]


def test_an_arrow_with_a_node_on_its_line_bows_beside_it():
    style = 'stroke="#000">'
    assert _edge(70, 140, 500, 140, 900, style).startswith("<line")  # nothing in the way
    assert _edge(70, 140, 500, 140, 900, style, [(300, 400)], 600).startswith("<line")  # far off the line
    bent = _edge(70, 140, 500, 140, 900, style, [(300, 140)], 600)
    assert bent.startswith("<path")
    assert min(((x - 300) ** 2 + (y - 140) ** 2) ** 0.5 for x, y in _curve_points(bent)) >= 29
    assert all(0 <= y <= 600 for _, y in _curve_points(bent))


def test_the_reuse_graph_of_a_chain_draws_no_arrow_under_a_middle_node():
    """Three updates of one story on three days, one row: the origin's arrow to the third would run
    under the second."""
    corpus = pd.DataFrame(
        {
            "text": ["a"] * 3,
            "outlet": ["Wire"] * 3,
            "role": ["wire"] * 3,
            "published": pd.to_datetime(["2020-01-01 08:00", "2020-01-02 09:00", "2020-01-03 10:00"]),
        },
        index=pd.Index(["w1", "w2", "w3"], name="doc_id"),
    )
    origin = pd.DataFrame(
        {
            "doc_id": ["w2", "w3"],
            "source_doc_id": ["w1", "w1"],
            "weight": [0.9, 0.8],
            "is_best_parent": [True, True],
        }
    )
    origin.attrs["origin"] = "w1"
    svg = reuse_graph_svg(corpus, origin)
    centres = {
        m.group(3): (float(m.group(1)), float(m.group(2)))
        for m in re.finditer(r'<circle cx="(\d+)" cy="(\d+)" r="20"[^>]*/><text[^>]*>([^<]+)<', svg)
    }
    assert set(centres) == {"w1", "w2", "w3"} and len({y for _, y in centres.values()}) == 1
    arrows = [a for a in re.findall(r"<(?:line|path) [^>]*>", svg) if "marker-end" in a]
    assert len(arrows) == 2 and sum(a.startswith("<path") for a in arrows) == 1
    bent = next(a for a in arrows if a.startswith("<path"))
    x2, y2 = centres["w2"]
    assert min(((x - x2) ** 2 + (y - y2) ** 2) ** 0.5 for x, y in _curve_points(bent)) >= 29
