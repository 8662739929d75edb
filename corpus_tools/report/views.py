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
from corpus_tools.io.corpus import require_columns
from corpus_tools.report.labels import REUSE_LABELS, STATUS_LABELS, category_label, columns, plain
from corpus_tools.report.moves import moved_sentences, shown_score
from corpus_tools.report.takes import sent_order
from corpus_tools.reuse.alignment import ALIGNMENT_COLUMNS
from corpus_tools.reuse.documents import witness_docs

__all__ = ["AlignmentView", "alignment_html", "asset", "show_alignment"]

_ASSETS = files("corpus_tools.report") / "assets"

#: frame -> the columns the side-by-side view reads of it (:func:`alignment_html`)
VIEW_COLUMNS: dict[str, list[str]] = {
    # every column of the alignment but the version's own text and the source's group
    "alignment": [c for c in ALIGNMENT_COLUMNS if c not in ("text", "source_group")],
    "coverage": [
        "doc_id",
        "source_doc_id",
        "source_sent_id",
        "source_start",
        "source_end",
        "status",
        "sent_ids",
    ],
    "variants": [
        "doc_id",
        "source_doc_id",
        "start",
        "end",
        "source_start",
        "source_end",
        "category",
        "form",
        "source_form",
    ],
    "derivation": ["doc_id", "derivation", "novel_words", "word_containment", "derived_share"],
}


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
    src, form = plain(v["source_form"]).strip(), plain(v["form"]).strip()
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
        f = str(r["source_doc_id"])
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
                f"{'; ' + moved if moved else ''}): {_esc(r['source_text'])}"
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
            tag = "ins" if v["category"] == "insertion" or not plain(v["source_form"]).strip() else "mark"
            marks.append((start, end, f'<{tag} class="ct-v" data-cat="{cat}" title="{title}">', f"</{tag}>"))
        elif plain(v["source_form"]).strip():
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
        targets = " ".join(str(t) for t in _ids(r["sent_ids"]))
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
    """The files of the source: those its coverage rows come from (one file, or the takes of a
    group), else those ``source`` names (:func:`corpus_tools.reuse.documents.witness_docs`), in
    the order sent when each has a time (:func:`corpus_tools.report.takes.sent_order`), else in
    corpus order."""
    named = set(cover["source_doc_id"].astype(str))
    files = [str(d) for d in corpus.index if str(d) in named] if named else list(witness_docs(corpus, source))
    return sent_order(corpus, files)


def alignment_html(
    corpus: pd.DataFrame,
    *,
    doc_id: str,
    source: str,
    alignment: pd.DataFrame,
    coverage: pd.DataFrame,
    variants: pd.DataFrame | None = None,
    derivation: pd.DataFrame | None = None,
    view_id: str | None = None,
) -> str:
    """The side-by-side view of ``doc_id`` and ``source`` as an HTML fragment (no style, no script).

    Args:
        corpus: the corpus frame.
        doc_id: the version shown on the left.
        source: the source shown on the right (the alignment's source: a doc_id, or the
            name of a group, whose files are shown one after another).
        alignment, coverage, variants, derivation: the frames of :func:`corpus_tools.analyze`.
        view_id: the section's id (default ``view-<doc_id>``): another one when a page shows
            ``doc_id`` beside two sources (its origin, and its parent in the family tree).

    Returns:
        ``<section class="ct-view" id="view-<doc_id>">``: a heading, a legend, the two texts.
    """
    doc_id, source = str(doc_id), str(source)
    al = columns(alignment, "alignment", VIEW_COLUMNS["alignment"])
    cov = columns(coverage, "coverage", VIEW_COLUMNS["coverage"])
    # variants and derivation are optional: a view of the sentences alone when they were not run
    var = columns(
        variants if variants is not None else pd.DataFrame(columns=VIEW_COLUMNS["variants"]),
        "variants",
        VIEW_COLUMNS["variants"],
    )
    rows = al[al["doc_id"].astype(str) == doc_id]
    cover = cov[cov["doc_id"].astype(str) == doc_id] if len(cov) else cov
    mine = var[var["doc_id"].astype(str) == doc_id] if len(var) else var
    prefix = "ct-" + "".join(ch if ch.isalnum() else "_" for ch in (view_id or doc_id))
    texts = {str(d): t for d, t in corpus["text"].items()}
    require_columns(corpus, ["text", "outlet"], "alignment_html")
    outlet = lambda d: plain(corpus.loc[d, "outlet"])  # noqa: E731
    summary = ""
    der = columns(derivation, "derivation", VIEW_COLUMNS["derivation"]) if derivation is not None else None
    if der is not None and (der["doc_id"].astype(str) == doc_id).any():
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
    vid = html.escape(view_id or "view-" + doc_id)
    return (
        f'<section class="ct-view" id="{vid}" data-doc="{html.escape(doc_id)}">'
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
