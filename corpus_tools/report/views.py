"""Each version beside its source, and the reuse graph: HTML shared by the report and JupyterLab.

:func:`show_alignment` returns an :class:`AlignmentView` that JupyterLab displays
(``_repr_html_``); the report embeds the same HTML (:func:`alignment_html`). The
version's text is shown whole: every body sentence coloured by its reuse class,
the word-level variants marked inside it, the text that was not compared (page
chrome, headline, captions) in grey. Hovering or clicking a sentence shows its
source sentence(s) and score; the source text beside it greys out what the
version dropped. Plain HTML and CSS carry the view; a few lines of our own
JavaScript (``assets/report.js``) add the highlighting. Nothing loads from the network.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from importlib.resources import files

import pandas as pd

from corpus_tools.analysis import Analysis, analyze
from corpus_tools.report.labels import REUSE_LABELS, STATUS_LABELS, canonical, category_label, plain
from corpus_tools.report.moves import moved_sentences, shown_score
from corpus_tools.reuse.documents import source_groups, witness_docs

__all__ = ["AlignmentView", "alignment_html", "asset", "graph_layout", "reuse_graph_svg", "show_alignment"]

_ASSETS = files("corpus_tools.report") / "assets"


def asset(name: str) -> str:
    """The text of a packaged asset (``report.css``, ``report.js``)."""
    return (_ASSETS / name).read_text(encoding="utf-8")


def _esc(text: str) -> str:
    return html.escape(plain(text), quote=True)


def _ids(value) -> tuple[int, ...]:
    """Source sentence ids as a tuple, whether stored as a tuple or as "a; b" text."""
    if isinstance(value, tuple | list):
        return tuple(int(v) for v in value)
    if value is None or (isinstance(value, float) and pd.isna(value)) or str(value).strip() == "":
        return ()
    return tuple(int(v) for v in str(value).replace(",", ";").split(";") if v.strip())


def _markup(text: str, spans: list[tuple], marks: list[tuple], points: list[tuple]) -> str:
    """HTML of ``text``: ``spans`` (start, end, open, close) wrap sentences, ``marks`` (same
    shape) wrap variants inside them, ``points`` (pos, html) insert deletions; text outside
    every span is greyed as not compared."""
    out, pos = [], 0
    marks = sorted(marks)
    points = sorted(points, key=lambda p: p[0])
    for s, e, op, cl in sorted(spans):
        if s < pos or e <= s:
            continue
        if s > pos:
            out.append(f'<span class="ct-out">{_esc(text[pos:s])}</span>')
        out.append(op)
        cur = s
        inner = [(max(a, s), min(b, e), o, c) for a, b, o, c in marks if a < e and b > s]
        pts = [(p, h) for p, h in points if s <= p < e or (p == e and e == len(text))]
        events = sorted(
            [(a, 1, (a, b, o, c)) for a, b, o, c in inner] + [(p, 0, h) for p, h in pts],
            key=lambda x: (x[0], x[1]),
        )
        for at, kind, item in events:
            if at < cur:
                continue
            out.append(_esc(text[cur:at]))
            cur = at
            if kind == 0:
                out.append(item)
            else:
                a, b, o, c = item
                out.append(o + _esc(text[a:b]) + c)
                cur = b
        out.append(_esc(text[cur:e]) + cl)
        pos = e
    if pos < len(text):
        out.append(f'<span class="ct-out">{_esc(text[pos:])}</span>')
    return "".join(out)


def _variant_title(v) -> str:
    what = category_label(v["category"])
    src, form = plain(v.get("source_form", "")).strip(), plain(v.get("form", "")).strip()
    if src and form:
        return f"{what}: “{src}” → “{form}”"
    return f"{what}: “{src or form}” {'cut' if src else 'added'}"


def _version_side(text: str, rows: pd.DataFrame, variants: pd.DataFrame, prefix: str, base: dict) -> str:
    """The version's pane. ``base`` numbers the source sentences across the files of the source
    (file -> number of its first sentence), so that a sentence links to the right file's."""
    spans = []
    records = rows.to_dict("records")
    order = [
        min(base.get(str(r.get("source_doc_id", "")), 0) + i for i in _ids(r["source_sent_ids"]))
        if _ids(r["source_sent_ids"])
        else None
        for r in records
    ]
    moves = moved_sentences(order)
    for k, r in enumerate(records):
        ids = _ids(r["source_sent_ids"])
        f = str(r.get("source_doc_id", ""))
        gids = tuple(base.get(f, 0) + i for i in ids)
        cls = f"ct-s ct-{r['reuse_class']}"
        moved = moves.get(k, "")
        if moved:
            cls += " ct-moved"
        if ids:
            pop = (
                f"<b>Source sentence{'s' if len(ids) > 1 else ''} {', '.join(map(str, ids))}"
                f"{' of ' + _esc(f) if len(base) > 1 else ''}</b> "
                f"({REUSE_LABELS.get(r['reuse_class'], r['reuse_class'])}, similarity {shown_score(r)}"
                f"{'; ' + moved if moved else ''}): {_esc(r.get('source_text', ''))}"
            )
        else:
            pop = "<b>New</b>: no counterpart in the source."
        op = (
            f'<span class="{cls}" id="{prefix}-v{r["sent_id"]}" tabindex="0" '
            f'data-src="{" ".join(map(str, gids))}" data-score="{r["score"]:.2f}">'
        )
        spans.append((int(r["start"]), int(r["end"]), op, f'<span class="ct-pop">{pop}</span></span>'))
    marks, points = [], []
    for v in variants.to_dict("records"):
        title = _esc(_variant_title(v))
        cat = html.escape(str(v["category"]))
        start, end = int(v["start"]), int(v["end"])
        if end > start:
            tag = (
                "ins" if v["category"] == "insertion" or not str(v.get("source_form", "")).strip() else "mark"
            )
            marks.append((start, end, f'<{tag} class="ct-v" data-cat="{cat}" title="{title}">', f"</{tag}>"))
        elif str(v.get("source_form", "")).strip():
            points.append(
                (start, f'<del class="ct-v" data-cat="{cat}" title="{title}">{_esc(v["source_form"])}</del>')
            )
    return _markup(text, spans, marks, points)


def _source_side(
    text: str, cover: pd.DataFrame, variants: pd.DataFrame, prefix: str, first: int = 0, name: str = ""
) -> str:
    """One file of the source: its sentences numbered from ``first`` in the page's ids; ``name``
    (the file, when the source has several) in their titles."""
    spans = []
    of = f" of {name}" if name else ""
    for r in cover.to_dict("records"):
        targets = " ".join(str(t) for t in _ids(r.get("target_sent_ids", ())))
        status = str(r["status"])
        sid = int(r["source_sent_id"])
        op = (
            f'<span class="ct-s ct-{status}" id="{prefix}-s{first + sid}" '
            f'data-sid="{sid}" data-tgt="{targets}" '
            f'title="source sentence {sid}{_esc(of)}: {_esc(STATUS_LABELS.get(status, status))}">'
        )
        spans.append((int(r["source_start"]), int(r["source_end"]), op, "</span>"))
    marks = []
    for v in variants.to_dict("records"):
        s, e = int(v["source_start"]), int(v["source_end"])
        if e > s:
            cat = html.escape(str(v["category"]))
            marks.append(
                (s, e, f'<mark class="ct-v" data-cat="{cat}" title="{_esc(_variant_title(v))}">', "</mark>")
            )
    return _markup(text, spans, marks, [])


_LEGEND = (
    '<div class="ct-legend"><span class="ct-s ct-verbatim">verbatim</span> '
    '<span class="ct-s ct-near_verbatim">lightly edited</span> '
    '<span class="ct-s ct-rewritten">rewritten</span> <span class="ct-s ct-new">new</span> '
    '<span class="ct-s ct-moved">moved</span> · words: <mark class="ct-v">changed</mark> '
    '<ins class="ct-v">added</ins> <del class="ct-v">cut</del> · '
    '<span class="ct-s ct-dropped">dropped from the source</span> · '
    '<span class="ct-out">not compared (page furniture, headline)</span></div>'
)


def _source_files(corpus: pd.DataFrame, source: str, cover: pd.DataFrame) -> list[str]:
    """The files of the source, in corpus order: those its coverage rows come from (one file,
    or the takes of a group), else those ``source`` names (:func:`corpus_tools.reuse.documents.witness_docs`)."""
    named = set(cover["source_doc_id"].astype(str)) if len(cover) and "source_doc_id" in cover else set()
    return [str(d) for d in corpus.index if str(d) in named] if named else list(witness_docs(corpus, source))


def alignment_html(
    corpus: pd.DataFrame,
    *,
    doc_id: str,
    source: str,
    alignment: pd.DataFrame,
    coverage: pd.DataFrame,
    variants: pd.DataFrame | None = None,
    derivation: pd.DataFrame | None = None,
) -> str:
    """The side-by-side view of ``doc_id`` and ``source`` as an HTML fragment (no style, no script).

    Args:
        corpus: the corpus frame.
        doc_id: the version shown on the left.
        source: the source shown on the right (the alignment's source: a doc_id, or the
            name of a group, whose files are shown one after another).
        alignment, coverage, variants, derivation: the frames of :func:`corpus_tools.analyze`.

    Returns:
        ``<section class="ct-view" id="view-<doc_id>">``: a heading, a legend, the two texts.
    """
    doc_id, source = str(doc_id), str(source)
    al = canonical(alignment, "alignment")
    cov = canonical(coverage, "coverage")
    var = canonical(variants, "variants")
    rows = al[al["doc_id"].astype(str) == doc_id]
    cover = cov[cov["doc_id"].astype(str) == doc_id] if len(cov) else cov
    mine = var[var["doc_id"].astype(str) == doc_id] if len(var) else var
    prefix = "ct-" + "".join(ch if ch.isalnum() else "_" for ch in doc_id)
    texts = {str(d): t for d, t in corpus["text"].items()}
    outlet = lambda d: plain(corpus.loc[d, "outlet"]) if "outlet" in corpus else ""  # noqa: E731
    summary = ""
    der = canonical(derivation, "derivation")
    if len(der) and (der["doc_id"].astype(str) == doc_id).any():
        d = der[der["doc_id"].astype(str) == doc_id].iloc[0]
        summary = (
            f" — {category_label(d['derivation'])}: {int(d['novel_words'])} "
            f"word{'' if int(d['novel_words']) == 1 else 's'} of its own, "
            f"{d['derived_share']:.0%} of its words in sentences taken from {html.escape(source)}"
        )
    dropped = int((cover["status"] == "dropped").sum()) if len(cover) else 0
    files = _source_files(corpus, source, cover)
    base, n = {}, 0
    for f in files:  # number the sentences of the source's files one after another
        base[f] = n
        ids = cover.loc[cover["source_doc_id"].astype(str) == f, "source_sent_id"] if len(cover) else []
        n += int(max(ids)) + 1 if len(ids) else 0
    panes = []
    for k, f in enumerate(files):
        mine_f = mine[mine["source_doc_id"].astype(str) == f] if len(mine) else mine
        cover_f = cover[cover["source_doc_id"].astype(str) == f] if len(cover) else cover
        head = (
            f'<div class="ct-file">{html.escape(f)}: file {k + 1} of {len(files)}</div>'
            if len(files) > 1
            else ""
        )
        panes.append(
            head + _source_side(texts[f], cover_f, mine_f, prefix, base[f], f if len(files) > 1 else "")
        )
    several = f" ({len(files)} files)" if len(files) > 1 else ""
    return (
        f'<section class="ct-view" id="view-{html.escape(doc_id)}" data-doc="{html.escape(doc_id)}">'
        f"<h3>{html.escape(doc_id)} ({_esc(outlet(doc_id))}) beside its source {html.escape(source)}"
        f"{summary}</h3>{_LEGEND}"
        f'<div class="ct-panes"><div class="ct-pane ct-version"><h4>This version: {html.escape(doc_id)} '
        f"— {len(rows)} sentences compared</h4>"
        f'<div class="ct-text">{_version_side(texts[doc_id], rows, mine, prefix, base)}</div></div>'
        f'<div class="ct-pane ct-source"><h4>Source: {html.escape(source)}{several} — {dropped} of '
        f"{len(cover)} sentences dropped by this version (grey)</h4>"
        f'<div class="ct-text">{"".join(panes)}</div></div></div>'
        f'<p class="ct-info">Hover over or click a sentence on the left to see its source sentence.</p>'
        "</section>"
    )


@dataclass(frozen=True)
class AlignmentView:
    """A version beside its source; JupyterLab shows it, ``str()`` gives its HTML fragment.

    Attributes:
        doc_id: the version.
        source: its source.
        html: the fragment (without the style sheet and script, which ``_repr_html_`` adds).
    """

    doc_id: str
    source: str
    html: str

    def __str__(self) -> str:
        return self.html

    def _repr_html_(self) -> str:
        return f"<style>{asset('report.css')}</style>{self.html}<script>{asset('report.js')}</script>"


def show_alignment(
    analysis_or_corpus: Analysis | pd.DataFrame, doc_id: str, *, source: str | None = None
) -> AlignmentView:
    """The version ``doc_id`` beside its source, for JupyterLab (the report's central view).

    Args:
        analysis_or_corpus: an :class:`corpus_tools.Analysis`, or a corpus frame (then the
            alignment, coverage, variants and derivation are computed here).
        doc_id: the version to show.
        source: the source; None takes the analysis' source (the origin for a corpus).
            A source other than the analysis' own recomputes the frames.

    Returns:
        An :class:`AlignmentView`.

    Raises:
        ValueError: ``doc_id`` is not a document, or is the source itself.

    Example:
        >>> view = show_alignment(load_corpus("seeds"), "000")
        >>> view.source, 'id="view-000"' in view._repr_html_()
        ('001', True)
    """
    a = analysis_or_corpus
    if not isinstance(a, Analysis) or (source is not None and str(source) != a.source):
        corpus = a.corpus if isinstance(a, Analysis) else a
        a = analyze(corpus, source=source, only=["alignment", "coverage", "derivation", "variants"])
    doc_id = str(doc_id)
    if doc_id not in set(map(str, a.corpus.index)):
        raise ValueError(
            f"doc_id {doc_id!r} is not a document of the corpus (doc_ids: {list(a.corpus.index)})"
        )
    if doc_id == a.source:
        raise ValueError(f"{doc_id!r} is the source; pick another document, or pass source=")
    body = alignment_html(
        a.corpus,
        doc_id=doc_id,
        source=a.source,
        alignment=a.alignment,
        coverage=a.coverage,
        variants=a.variants,
        derivation=a.derivation,
    )
    return AlignmentView(doc_id, a.source, body)


# ----------------------------------------------------------------------------- reuse graph

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
    edges = canonical(origin, "origin")
    groups = origin.attrs.get("groups") or source_groups(corpus)
    meta = corpus.set_axis(corpus.index.astype(str))
    docs, members = list(groups), [list(m) for m in groups.values()]
    col = lambda c: meta[c].astype(str) if c in meta else pd.Series("unknown", index=meta.index)  # noqa: E731
    outlet, role = col("outlet"), col("role")
    stamp = col("published").map(lambda v: pd.to_datetime(v, errors="coerce", utc=True, format="ISO8601"))
    firsts = [stamp[m].dropna() for m in members]
    dates = ["" if t.empty else t.min().strftime("%Y-%m-%d") for t in firsts]
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
            "role": ["wire" if (role[m] == "wire").any() else role[m[0]] for m in members],
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


def _edge(x1: float, y1: float, x2: float, y2: float, width: int, style: str) -> str:
    """An arrow between two nodes, its ends outside their circles: straight between columns,
    bowed sideways (towards the middle of the figure) within one column, so it passes beside
    the nodes between the two rather than under them."""

    def toward(x, y, tx, ty, by):
        n = max(1.0, ((tx - x) ** 2 + (ty - y) ** 2) ** 0.5)
        return x + (tx - x) / n * by, y + (ty - y) / n * by

    if abs(x2 - x1) >= 1:
        (sx, sy), (ex, ey) = toward(x1, y1, x2, y2, 22), toward(x2, y2, x1, y1, 24)
        return f'<line x1="{sx:.0f}" y1="{sy:.0f}" x2="{ex:.0f}" y2="{ey:.0f}" {style}</line>'
    bow = min(160.0, 30 + 0.4 * abs(y2 - y1)) * (1 if x1 < width / 2 else -1)
    cx, cy = x1 + bow, (y1 + y2) / 2
    (sx, sy), (ex, ey) = toward(x1, y1, cx, cy, 22), toward(x2, y2, cx, cy, 24)
    return f'<path d="M{sx:.0f},{sy:.0f} Q{cx:.0f},{cy:.0f} {ex:.0f},{ey:.0f}" fill="none" {style}</path>'


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
    edges = canonical(origin, "origin")
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
    outlets = list(dict.fromkeys(layout["outlet"]))
    colour = {o: PALETTE[i % len(PALETTE)] for i, o in enumerate(outlets)}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="reuse graph">'
        '<defs><marker id="ct-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" '
        'markerWidth="12" markerHeight="12" '
        'orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#555"/></marker></defs>'
    ]
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
        parts.append(_edge(xs[a], ys[a], xs[b], ys[b], width, style))
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
            f"{'ORIGIN · ' if d == top else ''}{_esc(str(r['role'])[:24])}</text></g>"
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
