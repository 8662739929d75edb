"""The family tree drawn, the timeline, and each version beside its parent.

:func:`family_tree_svg` draws the tree of :func:`corpus_tools.family` (a DAG where a
version has two parents): one column per version, left to right in ``published``
order when dates are given (in text order otherwise), a lane per line of descent.
Each edge carries its relation and a one-line summary of the change, facts first
(:func:`corpus_tools.variants.changes.edge_summary`); an edge that would pass
through another version's node is bent around it (checked against every node);
clicking an edge opens the side-by-side view of that pair
(:func:`pair_view_html`). :func:`timeline` is the table, :func:`timeline_svg` the
figure. :func:`show_family` gives all of it to JupyterLab; the HTML report embeds
:func:`family_html`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from corpus_tools.report.family_pairs import (
    _anchor,
    _by_edge,
    _e,
    _witnesses,
    edge_findings,
    pair_view_html,
)
from corpus_tools.report.graph import outlet_colours
from corpus_tools.report.views import asset
from corpus_tools.reuse.family import family
from corpus_tools.variants.changes import changes, edge_summary

__all__ = [
    "FamilyView",
    "edge_findings",
    "family_html",
    "family_layout",
    "family_tree_svg",
    "pair_view_html",
    "show_family",
    "timeline",
    "timeline_svg",
]

_R = 16  # node radius, px
_MAX_NODES = 80
#: the narrowest column, px: two lines of an edge's summary (about 5 px a character at 9 px) fit
#: between two nodes; a tree of more columns than the width holds at this step is scaled down
_MIN_STEP = 130
#: the report's text column is 1,250 px wide, less its margins: the tree is drawn to fit it
_WIDTH = 1180
#: a white outline under an edge's label: readable where it crosses a line
_HALO = ' stroke="#fff" stroke-width="3" paint-order="stroke"'


def timeline(corpus: pd.DataFrame, family_frame: pd.DataFrame, changes_frame: pd.DataFrame) -> pd.DataFrame:
    """Each version in time order with its parent, headline change and fact changes.

    Args:
        corpus: the corpus frame.
        family_frame: the frame of :func:`corpus_tools.family`.
        changes_frame: the frame of :func:`corpus_tools.changes`.

    Returns:
        One row per witness, sorted by ``published`` (undated last) then corpus order:
        ``doc_id`` (the witness), ``published``, ``outlet``, ``parent_doc_id``,
        ``second_parent_doc_id``, ``relation``, ``headline`` (the version's, "" when
        unknown), ``headline_change`` ("old → new" or ""), ``fact_changes`` (one line,
        numbers changed first), ``summary`` (the edge's one line).
    """
    w = _witnesses(family_frame)
    by_edge, empty = _by_edge(changes_frame)
    heads = corpus["headline"].astype(str) if "headline" in corpus.columns else pd.Series(dtype=str)
    rows = []
    for r in w.itertuples(index=False):
        edge = by_edge.get((r.witness, r.parent_doc_id), empty)
        rec = list(zip(edge["section"], edge["change"], edge["before"], edge["after"], strict=True))
        head = [(b, a) for sec, _, b, a in rec if sec == "headline"]
        facts = [f"{b} → {a}" for sec, c, b, a in rec if sec == "fact" and c == "changed"]
        facts += [f"+{a}" for sec, c, _, a in rec if sec == "fact" and c == "added"]
        facts += [f"−{b}" for sec, c, b, _ in rec if sec == "fact" and c == "cut"]
        own = heads.get(r.witness, "")
        rows.append(
            (
                r.witness,
                r.published,
                r.outlet,
                r.parent_doc_id,
                r.second_parent_doc_id,
                r.relation,
                "" if own in ("unknown", "nan") else own,
                f"{head[0][0]} → {head[0][1]}" if head else "",
                "; ".join(facts),
                edge_summary(edge) if r.parent_doc_id is not None else "",
            )
        )
    cols = "doc_id published outlet parent_doc_id second_parent_doc_id relation headline headline_change"
    out = pd.DataFrame(rows, columns=[*cols.split(), "fact_changes", "summary"])
    position = {d: i for i, d in enumerate(out["doc_id"])}
    key = pd.to_datetime(out["published"], utc=True, errors="coerce")
    out = out.assign(_k=key, _p=out["doc_id"].map(position)).sort_values(["_k", "_p"], na_position="last")
    return out.drop(columns=["_k", "_p"]).reset_index(drop=True)


def family_layout(family_frame: pd.DataFrame) -> pd.DataFrame:
    """Where each witness sits: ``doc_id``, ``column`` (its rank in time, or in text order
    when undated), ``lane`` (a line of descent: a first child continues its parent's lane,
    later children open new ones)."""
    w = _witnesses(family_frame)
    dated = w["published"].notna().sum() >= 2
    parent = dict(zip(w["witness"], w["parent_doc_id"], strict=True))
    depth = {}
    for d in w["witness"]:
        n, cur, seen = 0, d, set()
        while parent.get(cur) is not None and cur not in seen:
            seen.add(cur)
            cur, n = parent[cur], n + 1
        depth[d] = n
    key = pd.to_datetime(w["published"], utc=True, errors="coerce") if dated else w["witness"].map(depth)
    order = (
        w.assign(_k=key, _p=range(len(w))).sort_values(["_k", "_p"], na_position="last")["witness"].tolist()
    )
    column = {d: i for i, d in enumerate(order)}
    children: dict[str, list[str]] = {}
    for d in order:
        if parent.get(d) is not None:
            children.setdefault(parent[d], []).append(d)
    lane: dict[str, int] = {}
    next_lane = 0
    for d in order:
        if d not in lane:
            lane[d] = next_lane
            next_lane += 1
        for k, c in enumerate(children.get(d, [])):
            if c not in lane:
                if k == 0:
                    lane[c] = lane[d]
                else:
                    lane[c] = next_lane
                    next_lane += 1
    return pd.DataFrame(
        {"doc_id": order, "column": [column[d] for d in order], "lane": [lane[d] for d in order]}
    )


def _clear(points: list[tuple[float, float]], nodes: dict, ends: tuple[str, str]) -> bool:
    for d, (x, y) in nodes.items():
        if d in ends:
            continue
        if any((px - x) ** 2 + (py - y) ** 2 < (_R + 8) ** 2 for px, py in points):
            return False
    return True


def _route(a: tuple[float, float], b: tuple[float, float], nodes: dict, ends: tuple[str, str]):
    """A straight or bent path from a to b that passes no other node: ``(d, label_x, label_y)``."""
    (x1, y1), (x2, y2) = a, b
    for off in (0, 45, -45, 90, -90, 135, -135, 180, -180, 240, -240):
        cx, cy = (x1 + x2) / 2, (y1 + y2) / 2 + off
        pts = [
            (
                (1 - t) ** 2 * x1 + 2 * (1 - t) * t * cx + t * t * x2,
                (1 - t) ** 2 * y1 + 2 * (1 - t) * t * cy + t * t * y2,
            )
            for t in (i / 40 for i in range(41))
        ]
        if _clear(pts, nodes, ends):
            mx, my = pts[20]
            return f"M{x1:.0f},{y1:.0f} Q{cx:.0f},{cy:.0f} {x2:.0f},{y2:.0f}", mx, my
    return f"M{x1:.0f},{y1:.0f} L{x2:.0f},{y2:.0f}", (x1 + x2) / 2, (y1 + y2) / 2


def _label_lines(text: str, n_chars: int) -> list[str]:
    """An edge's summary in at most two lines of ``n_chars``, cut at a word, "…" when cut short.

    Example:
        >>> _label_lines("2 → 3; −Oman; +1 quote; +2/−4 sentences", 16)
        ['2 → 3; −Oman; +1', 'quote; +2/−4…']
    """
    lines = [""]
    for word in text.split():
        if lines[-1] and len(lines[-1]) + 1 + len(word) > n_chars:
            lines.append("")
        lines[-1] = f"{lines[-1]} {word}".strip()
    shown = [x if len(x) <= n_chars else x[: n_chars - 1] + "…" for x in lines[:2]]
    if len(lines) > 2 and not shown[-1].endswith("…"):
        shown[-1] = shown[-1][: n_chars - 1] + "…"
    return shown


def family_tree_svg(
    corpus: pd.DataFrame,
    family_frame: pd.DataFrame,
    changes_frame: pd.DataFrame,
    *,
    width: int = _WIDTH,
    links: dict[tuple[str, str], str] | None = None,
) -> str:
    """The family tree as inline SVG (see the module docstring); at most 80 witnesses are drawn
    (the first in time), the family table holds every edge. ``links``: ``{(doc_id, parent):
    element id}`` an edge opens instead of its pair section.

    The columns share ``width`` (at least :data:`_MIN_STEP` px apart); the figure shrinks to its
    box when it is wider (a tree of more than eight versions at the default width)."""
    lay = family_layout(family_frame).head(_MAX_NODES)
    by_edge, empty = _by_edge(changes_frame)
    w = _witnesses(family_frame).set_index("witness")
    cols = max(int(lay["column"].max()) + 1, 1) if len(lay) else 1
    step = max(_MIN_STEP, (width - 120) / max(cols - 1, 1))
    width = int(max(width, 120 + step * (cols - 1)))
    n_chars = int((min(step, 280) - 2 * _R - 12) / 5)  # a summary line's characters between two nodes
    lanes = int(lay["lane"].max()) + 1 if len(lay) else 1
    height = 90 + 120 * lanes
    pos = {
        d: (60 + c * step, 50 + 120 * ln)
        for d, c, ln in zip(lay["doc_id"], lay["column"], lay["lane"], strict=True)
    }
    colour = outlet_colours(str(w.at[d, "outlet"]) for d in lay["doc_id"])
    outlets = list(colour)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" style="max-width:100%;height:auto" '
        'role="img" aria-label="family tree"><defs><marker id="ct-farrow" viewBox="0 0 10 10" '
        'refX="10" refY="5" '
        'markerWidth="9" markerHeight="9" orient="auto"><path d="M0,0L10,5L0,10z" fill="#555"/>'
        "</marker></defs>"
    ]
    for d in lay["doc_id"]:
        for k, col in enumerate(("parent_doc_id", "second_parent_doc_id")):
            p = w.at[d, col]
            if not isinstance(p, str) or p not in pos:
                continue
            line = edge_summary(by_edge.get((d, p), empty))
            rel = w.at[d, "relation"] if k == 0 else "merged from"
            path, mx, my = _route(pos[p], pos[d], pos, (p, d))
            summary = "".join(
                f'<tspan x="{mx:.0f}" dy="{0 if i == 0 else 11}">{_e(x)}</tspan>'
                for i, x in enumerate(_label_lines(line, n_chars))
            )
            dash = ' stroke-dasharray="5 4"' if k else ""
            parts.append(
                f'<a href="#{(links or {}).get((d, p)) or _anchor(d, p)}"><g class="ct-fedge">'
                f"<title>{_e(p)} → {_e(d)}: {_e(rel)}; {_e(line)}"
                f" (click: the two side by side)</title>"
                f'<path d="{path}" fill="none" stroke="#777" stroke-width="2"{dash} '
                'marker-end="url(#ct-farrow)"/>'
                f'<text x="{mx:.0f}" y="{my - 6:.0f}" text-anchor="middle" font-size="10" '
                f'fill="#333"{_HALO}>'
                f"<tspan font-weight='bold'>{_e(rel)}</tspan></text>"
                f'<text x="{mx:.0f}" y="{my + 7:.0f}" text-anchor="middle" font-size="9" '
                f'fill="#555"{_HALO}>{summary}</text>'
                "</g></a>"
            )
    for d in lay["doc_id"]:
        x, y = pos[d]
        r = w.loc[d]
        when = "" if pd.isna(r["published"]) else pd.Timestamp(r["published"]).strftime("%Y-%m-%d %H:%M")
        parts.append(
            f'<g class="ct-fnode"><title>{_e(d)}: {_e(r["outlet"])} {_e(when)}; '
            f"{_e(r['relation'])}</title>"
            f'<circle cx="{x:.0f}" cy="{y:.0f}" r="{_R}" fill="{colour[str(r["outlet"])]}" '
            'stroke="#222"/>'
            f'<text x="{x:.0f}" y="{y + _R + 13:.0f}" text-anchor="middle" font-size="11" '
            'font-weight="bold">'
            f"{_e(str(d)[:16])}</text>"
            f'<text x="{x:.0f}" y="{y + _R + 25:.0f}" text-anchor="middle" font-size="9" '
            f'fill="#555">{_e(when)}</text></g>'
        )
    axis = "publication time" if w["published"].notna().sum() >= 2 else "text order (no dates)"
    parts.append(
        f'<text x="10" y="{height - 8}" font-size="11" fill="#555">left to right: {axis} →</text></svg>'
    )
    key = '<span class="ct-key" style="background:{}"></span>{}'
    legend = " ".join(key.format(colour[o], _e(o)) for o in outlets)
    more = f" The first {_MAX_NODES} of {len(w)} versions are drawn." if len(w) > _MAX_NODES else ""
    return (
        f'<figure class="ct-family">{"".join(parts)}<figcaption>Colours: {legend}. '
        "An arrow runs from each "
        "version's parent (the earlier text that explains most of it) to it, "
        "labelled with the relation and the "
        f"change, facts first; dashed: the second parent of a merge. Click an arrow to see the pair.{more}"
        "</figcaption></figure>"
    )


def timeline_svg(table: pd.DataFrame, *, width: int = 900) -> str:
    """The timeline as inline SVG: one row per outlet, each version at its time,
    its fact changes beside it."""
    t = table.assign(when_=pd.to_datetime(table["published"], utc=True, errors="coerce")).dropna(
        subset=["when_"]
    )
    if len(t) < 2:
        return "<p class='ct-note'>No timeline: fewer than two versions are dated.</p>"
    colour = outlet_colours(t["outlet"].astype(str))
    lo, hi = t["when_"].min(), t["when_"].max()
    span = max((hi - lo).total_seconds(), 1.0)
    height = 60 + 26 * len(t)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}">'
    ]
    for i, r in enumerate(t.itertuples()):
        x = 150 + (r.when_ - lo).total_seconds() / span * (width / 2 - 170)
        y = 30 + 26 * i
        c = colour[str(r.outlet)]
        note = r.headline_change or r.fact_changes or r.summary or "first version"
        note = note if len(note) <= 70 else note[:69] + "…"
        parts.append(
            f'<line x1="150" y1="{y}" x2="{width / 2 - 20:.0f}" y2="{y}" stroke="#eee"/>'
            f'<text x="10" y="{y + 4}" font-size="10">{_e(r.doc_id)} · {_e(str(r.outlet)[:14])}</text>'
            f'<circle cx="{x:.0f}" cy="{y}" r="6" fill="{c}"><title>{_e(r.when_)}</title></circle>'
            f'<text x="{width / 2:.0f}" y="{y + 4}" font-size="10" fill="#333">{_e(note)}</text>'
        )
    parts.append(
        f'<text x="150" y="{height - 8}" font-size="10" fill="#555">'
        f"{_e(lo.strftime('%Y-%m-%d %H:%M'))}</text>"
        f'<text x="{width / 2 - 20:.0f}" y="{height - 8}" font-size="10" fill="#555" text-anchor="end">'
        f"{_e(hi.strftime('%Y-%m-%d %H:%M'))}</text></svg>"
    )
    return (
        f'<figure class="ct-timeline">{"".join(parts)}<figcaption>'
        "Each version at its time (UTC), with its headline or fact changes.</figcaption></figure>"
    )


def family_html(
    corpus: pd.DataFrame,
    family_frame: pd.DataFrame | None = None,
    changes_frame: pd.DataFrame | None = None,
    *,
    pair_frames: dict[str, pd.DataFrame] | None = None,
    shown: dict[str, str] | None = None,
) -> str:
    """The tree, the timeline (table and figure) and each version beside its parent, as one
    fragment (``pair_frames``: see :func:`pair_view_html`'s ``frames``). ``shown``: ``{doc_id:
    source}`` of the versions the page already shows beside their source (``#view-<doc_id>``):
    an edge from that source opens that view, not a second copy of it."""
    fam = family_frame if family_frame is not None else family(corpus)
    ch = changes_frame if changes_frame is not None else changes(corpus, family_frame=fam)
    table = timeline(corpus, fam, ch)
    head = "".join(f"<th>{_e(c)}</th>" for c in table.columns)
    body = "".join(
        "<tr>"
        + "".join(
            f"<td>{_e('' if v is None or (isinstance(v, float) and pd.isna(v)) else v)}</td>" for v in r
        )
        + "</tr>"
        for r in table.head(200).itertuples(index=False)
    )
    w = _witnesses(fam)
    edges = [
        (d, p, p1)
        for d, p1, p2 in zip(w["witness"], w["parent_doc_id"], w["second_parent_doc_id"], strict=True)
        for p in (p1, p2)
        if isinstance(p, str)
    ]
    same = set(w.loc[w["relation"] == "identical", "witness"])
    links = {(d, p): f"view-{d}" for d, p, _ in edges if (shown or {}).get(d) == p}
    pairs = [
        f'<section class="ct-pair" id="{_anchor(d, p)}">'
        f"<h3>{_e(d)} is an identical copy of {_e(p)}</h3></section>"
        if d in same and p == parent
        else pair_view_html(corpus, d, p, ch, frames=pair_frames, view_link=links.get((d, p)))
        for d, p, parent in edges[:_MAX_NODES]
    ]
    paras = "".join(f"<p>{_e(p)}</p>" for p in edge_findings(fam, ch, limit=_MAX_NODES).values())
    return (
        family_tree_svg(corpus, fam, ch, links=links)
        + f"<div class='ct-findings'>{paras}</div>"
        + timeline_svg(table)
        + "<details><summary>Timeline table</summary>"
        f"<table class='ct-table-plain'><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table></details>" + "".join(pairs)
    )


@dataclass(frozen=True)
class FamilyView:
    """The family tree, timeline and pair views; JupyterLab shows it, ``str()`` gives its HTML."""

    html: str = field(repr=False)

    def __str__(self) -> str:
        return self.html

    def _repr_html_(self) -> str:
        return f"<style>{asset('report.css')}</style>{self.html}"


def show_family(corpus: pd.DataFrame, *, family_frame: pd.DataFrame | None = None) -> FamilyView:
    """The family tree of a corpus, its timeline and each version beside its parent, for JupyterLab.

    Example:
        >>> view = show_family(load_corpus("seeds"))
        >>> 'href="#pair-002_001"' in str(view)
        True
    """
    return FamilyView(family_html(corpus, family_frame))
