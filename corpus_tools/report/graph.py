"""The reuse graph as inline SVG for the report, and the layout the plots share.

:func:`graph_layout` places each witness (a document, or a group of files) by date or by
steps from the origin; :func:`reuse_graph_svg` draws it with an arrow from each
witness's strongest source. :func:`corpus_tools.report.plots.plot_reuse_graph` draws the
same layout with matplotlib.
"""

from __future__ import annotations

import html

import numpy as np
import pandas as pd

from corpus_tools.report.labels import columns, plain
from corpus_tools.reuse.documents import source_groups

__all__ = ["EDGE_COLUMNS", "PALETTE", "graph_layout", "outlet_colours", "reuse_graph_svg"]

#: the columns the graph reads of the origin frame
EDGE_COLUMNS = ["source_doc_id", "doc_id", "weight", "is_best_parent"]


def _esc(text: str) -> str:
    return html.escape(plain(text), quote=True)


#: one colour per outlet (ColorBrewer's Dark2, then four more): METER's PA and nine papers, and most
#: days' press, get a colour each before they repeat
PALETTE = [
    "#1b9e77",
    "#d95f02",
    "#7570b3",
    "#e7298a",
    "#66a61e",
    "#e6ab02",
    "#a6761d",
    "#666666",
    "#1f78b4",
    "#e31a1c",
    "#6a3d9a",
    "#17becf",
]


def outlet_colours(outlets) -> dict[str, str]:
    """One colour per outlet, the outlets in alphabetical order: the reuse graph and the family
    tree give an outlet the same colour whatever order their nodes are drawn in."""
    names = sorted({str(o) for o in outlets})
    return {o: PALETTE[i % len(PALETTE)] for i, o in enumerate(names)}


def graph_layout(corpus: pd.DataFrame, origin: pd.DataFrame) -> pd.DataFrame:
    """Where each witness sits in the reuse graph.

    A witness is a document, or the documents of one ``group`` (the takes of a wire
    story), drawn as one node as :func:`corpus_tools.origin` reads them. Witnesses are
    placed left to right by publication date when INDEX.md gives at least two distinct
    ones (undated last; a group at its earliest document's date), otherwise by steps
    from the origin along each witness's strongest source (unconnected ones last);
    ``row`` spreads the witnesses of one column.

    Args:
        corpus: the corpus frame.
        origin: the frame of :func:`corpus_tools.origin` (its ``attrs["groups"]``, else
            the corpus's ``group`` column, say which documents form one witness).

    Returns:
        One row per witness: ``doc_id`` (the witness's name: the doc_id, or the group
        name, as in the origin frame's ``doc_id`` and ``source_doc_id``), ``outlet``,
        ``role`` (of its first document; ``wire`` when any is), ``date`` (ISO day or
        ""), ``documents`` (its doc_ids joined by ", "), ``column``, ``row``;
        ``attrs["by"]`` is "date" or "role".
    """
    edges = columns(origin, "origin", EDGE_COLUMNS)
    groups = origin.attrs.get("groups") or source_groups(corpus)
    meta = corpus.set_axis(corpus.index.astype(str))
    docs, members = list(groups), [list(m) for m in groups.values()]
    col = lambda c: meta[c].astype(str) if c in meta else pd.Series("unknown", index=meta.index)  # noqa: E731
    outlet, role = col("outlet"), col("role")
    stamp = col("published").map(lambda v: pd.to_datetime(v, errors="coerce", utc=True, format="ISO8601"))
    at = dict(zip(stamp.index, stamp, strict=True))  # read per witness from dicts: a Series lookup each
    firsts = [[at[d] for d in m if not pd.isna(at[d])] for m in members]  # costs more than the layout
    dates = [min(t).strftime("%Y-%m-%d") if t else "" for t in firsts]
    outlet, role = (dict(zip(x.index, x, strict=True)) for x in (outlet, role))
    known = sorted({d for d in dates if d})
    if len(known) >= 2:
        by = "date"
        column = [known.index(d) if d else len(known) for d in dates]
    else:
        by = "role"
        parent = {}
        if len(edges):
            best = edges[edges["is_best_parent"].astype(bool)]
            parent = {str(b): str(a) for a, b in zip(best["source_doc_id"], best["doc_id"], strict=True)}
        top = origin.attrs.get("origin")
        if len(edges):  # on a tie, the origin is the parent
            ties = best[best["source_doc_id"].astype(str) == str(top)]
            parent |= {str(b): str(top) for b in ties["doc_id"]}
        depth: dict[str, int] = {}
        for d in docs:
            seen, cur, n = set(), d, 0
            while cur != top and cur in parent and cur not in seen:
                seen.add(cur)
                cur, n = parent[cur], n + 1
            depth[d] = n if cur == top else -1
        last = max([v for v in depth.values() if v >= 0], default=0) + 1
        column = [depth[d] if depth[d] >= 0 else last for d in docs]
    frame = pd.DataFrame(
        {
            "doc_id": docs,
            "outlet": [outlet[m[0]] for m in members],
            "role": ["wire" if any(role[d] == "wire" for d in m) else role[m[0]] for m in members],
            "date": dates,
            "documents": [", ".join(m) for m in members],
            "column": column,
        }
    )
    # close the gaps between used columns, then number the documents of each column
    frame["column"] = frame["column"].rank(method="dense").astype(int) - 1
    frame["row"] = frame.groupby("column").cumcount()
    frame.attrs["by"] = by
    return frame


def _clear(points, others, gap: float = 30.0) -> bool:
    """Whether every point keeps ``gap`` pixels from every other node's centre (arrays of x, y)."""
    if not len(others):
        return True
    d = np.asarray(points, dtype=float)[:, None, :] - np.asarray(others, dtype=float)[None, :, :]
    return bool(((d**2).sum(-1) >= gap**2).all())


def _bent(x1: float, y1: float, x2: float, y2: float, others, height: float) -> tuple[float, float] | None:
    """The control point of a curve from (x1, y1) to (x2, y2) that passes beside every node of
    ``others`` (a straight line would run under one), bowed as little as will do, kept inside the
    figure (0 to ``height``); None when the straight line is clear."""
    t = np.arange(3, 18) / 20
    if _clear(np.column_stack([x1 + (x2 - x1) * t, y1 + (y2 - y1) * t]), others):
        return None
    n = max(1.0, ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5)
    nx, ny = -(y2 - y1) / n, (x2 - x1) / n  # the normal of the line
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    for bow in (50, 80, 110, 140, 170):
        for sign in (-1, 1):
            cx, cy = mx + sign * bow * nx, my + sign * bow * ny
            xs = (1 - t) ** 2 * x1 + 2 * (1 - t) * t * cx + t**2 * x2
            ys = (1 - t) ** 2 * y1 + 2 * (1 - t) * t * cy + t**2 * y2
            if ys.min() >= 8 and ys.max() <= height - 20 and _clear(np.column_stack([xs, ys]), others):
                return cx, cy
    return mx - 110 * nx, my - 110 * ny


def _edge(
    x1: float, y1: float, x2: float, y2: float, width: int, style: str, others=(), height: float = 1e9
) -> str:
    """An arrow between two nodes, its ends outside their circles: straight between columns unless
    it would run under another node (``others``: the other nodes' centres), then bowed beside them
    (:func:`_bent`); bowed sideways (towards the middle of the figure) within one column, so it
    passes beside the nodes between the two rather than under them."""

    def toward(x, y, tx, ty, by):
        n = max(1.0, ((tx - x) ** 2 + (ty - y) ** 2) ** 0.5)
        return x + (tx - x) / n * by, y + (ty - y) / n * by

    if abs(x2 - x1) >= 1:
        bent = _bent(x1, y1, x2, y2, others, height)
        if bent is None:
            (sx, sy), (ex, ey) = toward(x1, y1, x2, y2, 22), toward(x2, y2, x1, y1, 24)
            return f'<line x1="{sx:.0f}" y1="{sy:.0f}" x2="{ex:.0f}" y2="{ey:.0f}" {style}</line>'
        cx, cy = bent
    else:
        bow = min(160.0, 30 + 0.4 * abs(y2 - y1)) * (1 if x1 < width / 2 else -1)
        cx, cy = x1 + bow, (y1 + y2) / 2
    (sx, sy), (ex, ey) = toward(x1, y1, cx, cy, 22), toward(x2, y2, cx, cy, 24)
    return f'<path d="M{sx:.0f},{sy:.0f} Q{cx:.0f},{cy:.0f} {ex:.0f},{ey:.0f}" fill="none" {style}</path>'


def _near(centres: np.ndarray, x1: float, y1: float, x2: float, y2: float, pad: float = 200.0) -> np.ndarray:
    """The node centres inside the box of an arrow from (x1, y1) to (x2, y2), widened by ``pad``
    (the widest bow and a node's size), without the arrow's own two ends."""
    x, y = centres[:, 0], centres[:, 1]
    box = (
        (x >= min(x1, x2) - pad)
        & (x <= max(x1, x2) + pad)
        & (y >= min(y1, y2) - pad)
        & (y <= max(y1, y2) + pad)
    )
    ends = ((x == x1) & (y == y1)) | ((x == x2) & (y == y2))
    return centres[box & ~ends]


def reuse_graph_svg(corpus: pd.DataFrame, origin: pd.DataFrame, *, width: int = 900) -> str:
    """The reuse graph as inline SVG: documents placed by date (or by distance from the origin),
    an arrow from each document's strongest source to it, as thick as the reuse; colours = outlets.

    Args:
        corpus: the corpus frame.
        origin: the frame of :func:`corpus_tools.origin` (``attrs["origin"]`` marks the origin).
        width: width in pixels.

    Returns:
        ``<figure class="ct-graph"><svg>...</svg><figcaption>...</figcaption></figure>``.
    """
    edges = columns(origin, "origin", EDGE_COLUMNS)
    layout = graph_layout(corpus, origin)
    top = origin.attrs.get("origin")
    cols = int(layout["column"].max()) + 1 if len(layout) else 1
    rows = int(layout["row"].max()) + 1 if len(layout) else 1
    height = 100 + 90 * rows
    xs = {
        d: 70 + c * (width - 140) / max(1, cols - 1)
        for d, c in zip(layout["doc_id"], layout["column"], strict=True)
    }
    ys = {d: 50 + r * 90 for d, r in zip(layout["doc_id"], layout["row"], strict=True)}
    colour = outlet_colours(layout["outlet"])
    outlets = list(colour)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="reuse graph">'
        '<defs><marker id="ct-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" '
        'markerWidth="12" markerHeight="12" '
        'orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#555"/></marker></defs>'
    ]
    centres = np.array([(xs[d], ys[d]) for d in xs], dtype=float).reshape(-1, 2)
    best = edges[edges["is_best_parent"].astype(bool)] if len(edges) else edges
    if len(best):  # one arrow per document: on a tie, the origin, else the first
        best = best.assign(_o=best["source_doc_id"].astype(str) != str(top)).sort_values("_o", kind="stable")
        best = best.drop_duplicates("doc_id")
    for e in best.to_dict("records"):
        a, b = str(e["source_doc_id"]), str(e["doc_id"])
        if a not in xs or b not in xs:
            continue
        from_origin = a == top
        dash = "" if from_origin else ' stroke-dasharray="6 4"'
        stroke = "#08519c" if from_origin else "#d95f02"
        style = (
            f'stroke="{stroke}" stroke-width="{1 + 7 * e["weight"]:.1f}"{dash} marker-end="url(#ct-arrow)" '
            f'opacity="0.8"><title>{html.escape(a)} → {html.escape(b)}: {e["weight"]:.0%} of '
            f"{html.escape(b)}'s word triples are in {html.escape(a)}</title>"
        )
        near = _near(centres, xs[a], ys[a], xs[b], ys[b])  # the other nodes an arrow could run under
        parts.append(_edge(xs[a], ys[a], xs[b], ys[b], width, style, near, height))
    for r in layout.to_dict("records"):
        d = str(r["doc_id"])
        ring = (
            f'<circle cx="{xs[d]:.0f}" cy="{ys[d]:.0f}" r="26" fill="none" stroke="#222" stroke-width="2"/>'
            if d == top
            else ""
        )
        parts.append(
            f'<g class="ct-node"><title>{_esc(d)}: {_esc(r["outlet"])}, {_esc(r["role"])}'
            f"{', published ' + _esc(r['date']) if r['date'] else ''}"
            f"{'; documents ' + _esc(r['documents']) if r['documents'] != d else ''}</title>{ring}"
            f'<circle cx="{xs[d]:.0f}" cy="{ys[d]:.0f}" r="20" fill="{colour[r["outlet"]]}"/>'
            f'<text x="{xs[d]:.0f}" y="{ys[d] + 34:.0f}" text-anchor="middle" font-size="11" '
            f'font-weight="bold">{_esc(d[:18])}</text>'
            f'<text x="{xs[d]:.0f}" y="{ys[d] + 47:.0f}" text-anchor="middle" font-size="10" fill="#555">'
            f"{_esc(' · '.join(_subtitle(d == top, str(r['role']))))}</text></g>"
        )
    axis = "publication date" if layout.attrs.get("by") == "date" else "steps from the origin"
    parts.append(
        f'<text x="10" y="{height - 8}" font-size="11" fill="#555">left to right: {axis} →</text></svg>'
    )
    legend = " ".join(
        f'<span class="ct-key" style="background:{colour[o]}"></span>{_esc(o)}' for o in outlets
    )
    caption = (
        f"<figcaption>Colours: {legend}. The ringed node is the most likely original. An arrow runs from "
        "a document's strongest source to it, thicker when more of its wording is found there (hover for "
        "the figure). <b>Dashed orange arrows join two versions</b>: the second holds more of the first "
        "than the reverse, but two papers can share a source rather than copy each other.</figcaption>"
    )
    return f'<figure class="ct-graph">{"".join(parts)}{caption}</figure>'


def _subtitle(origin: bool, role: str) -> list[str]:
    """A node's second line: ORIGIN for the most likely original, then its role when INDEX.md
    gives one (an unknown role is left out, so it never reads as an unknown outlet)."""
    return (["ORIGIN"] if origin else []) + ([role[:24]] if role and role != "unknown" else [])
