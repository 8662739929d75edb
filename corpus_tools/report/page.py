"""One :class:`corpus_tools.Analysis` as data files and one self-contained HTML report.

:func:`write_report` renders ``report.html`` for people who read rather than code, as a
view of one Analysis: findings first (one paragraph per document, each figure a link),
the reuse graph, each version beside its source, readable tables (sortable,
filterable, paged; every row is in the page), a methods section and glossary, and how
the report was made (the Analysis' corpus, source, model and options, the tool version,
date and command) with its data files, written by :meth:`corpus_tools.Analysis.to_files`.
Style sheet and script are the package's own (``corpus_tools/report/assets``), inlined:
the page works offline.
"""

from __future__ import annotations

import html
from dataclasses import fields, is_dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from corpus_tools.analysis import STAGES, Analysis, parent_frames
from corpus_tools.io.output import FORMATS, OutputDir
from corpus_tools.options import Options
from corpus_tools.report.family_view import family_html
from corpus_tools.report.findings import findings, overview, segments
from corpus_tools.report.forked import ForkedParts
from corpus_tools.report.glossary import glossary_html
from corpus_tools.report.graph import reuse_graph_svg
from corpus_tools.report.labels import columns
from corpus_tools.report.pages import pages_html
from corpus_tools.report.tables import tables_html
from corpus_tools.report.views import alignment_html, asset
from corpus_tools.text.nlp import processes

__all__ = ["FORMATS", "TABLES", "findings", "option_values", "overview", "provenance_html", "write_report"]


#: table name -> what it holds (every stage of :func:`corpus_tools.analyze` but the parses)
TABLES: dict[str, str] = {name: what for name, what in STAGES.items() if name != "parses"}

try:
    VERSION = metadata.version("corpus_tools")
except metadata.PackageNotFoundError:  # run from a source tree that was not installed
    VERSION = "unknown"


def option_values(options: Options) -> dict[str, object]:
    """Every field of ``options`` by its dotted name (``reuse.min_score``, ``derivation.min_passage``).

    Example:
        >>> option_values(Options(min_tokens=20))["min_tokens"], option_values(Options())["reuse.min_score"]
        (20, 0.4)
    """
    out: dict[str, object] = {}
    for f in fields(options):
        value = getattr(options, f.name)
        if is_dataclass(value):
            out |= {f"{f.name}.{k}": v for k, v in option_values(value).items()}
        else:
            out[f.name] = value
    return out


# ----------------------------------------------------------------------------- HTML


def _para(segs, doc: str) -> str:
    out = []
    for i, s in enumerate(segs):
        if isinstance(s, str):
            text = html.escape(s)
            out.append(f"<b>{text}</b>" if i == 0 and s.startswith(doc) else text)
        else:
            out.append(f'<a href="#{html.escape(s[1])}">{html.escape(s[0])}</a>')
    return f'<p id="finding-{html.escape(doc)}">{"".join(out)}</p>'


def _views(a: Analysis) -> str:
    if a.alignment is None or a.coverage is None or not len(a.alignment):
        return "<p>No version was aligned with a source (the alignment was not run).</p>"
    src = str(a.source)
    aligned = list(dict.fromkeys(columns(a.alignment, "alignment", ["doc_id"])["doc_id"].astype(str)))
    if a.derivation is not None:
        der = columns(a.derivation, "derivation", ["doc_id", "derivation"])
        derived = der[der["derivation"] != "non_derived"]["doc_id"].astype(str).tolist()
    else:  # the derivation was not run: every aligned version is shown
        derived = aligned
    others = [d for d in aligned if d not in derived]
    derived, left_out = _most_taken(a, derived)
    parts = [
        f"<p>Each derived version on the left, its source {html.escape(src)} on the right. Hover over or "
        "click a sentence of the version to see the source sentence(s) it was taken from and how similar "
        "they are; hover over a marked word to see the change. In the source, the sentences this version "
        "dropped are grey; click one to see the sentences of the version that use it.</p>"
    ]
    if left_out:
        parts.append(
            f"<p class='ct-note'>{len(derived) + left_out} versions are derived from {html.escape(src)}: "
            f"the {len(derived)} that took the most words from it are shown side by side, the other "
            f"{left_out} are not drawn (a page of every view would be too large to open); every sentence "
            "of every version is in <a href='#t-alignment'>the alignment table</a> and its data file.</p>"
        )
    parts += [
        alignment_html(
            a.corpus,
            doc_id=d,
            source=src,
            alignment=a.alignment,
            coverage=a.coverage,
            variants=a.variants,
            derivation=a.derivation,
        )
        for d in derived
    ]
    if others:
        links = ", ".join(f"<code>{html.escape(d)}</code>" for d in others)
        parts.append(
            f"<p class='ct-note'>Not derived from {html.escape(src)}, so not shown side by side: {links} "
            "(their sentences are in the alignment table).</p>"
        )
    return "\n".join(parts)


#: at most this many versions are drawn beside their source in the report (those that took the most)
MAX_VIEWS = 100


def _most_taken(a: Analysis, derived: list[str]) -> tuple[list[str], int]:
    """The derived versions to draw (at most :data:`MAX_VIEWS`: those with the most words in
    sentences taken from the source, ``derived_share`` x ``n_words``), in their order; and how
    many are left out."""
    if len(derived) <= MAX_VIEWS or a.derivation is None:
        return derived, 0
    der = columns(a.derivation, "derivation", ["doc_id", "derived_share"])
    share = dict(zip(der["doc_id"].astype(str), der["derived_share"], strict=True))
    words = {str(d): n for d, n in a.corpus["n_words"].items()}
    taken = sorted(derived, key=lambda d: -share.get(d, 0.0) * words.get(d, 0))[:MAX_VIEWS]
    keep = set(taken)
    return [d for d in derived if d in keep], len(derived) - MAX_VIEWS


def _conflicts(a: Analysis) -> str:
    """Where a document's date or role decided a direction its wording contradicts (the origin's
    ``conflict`` edges, explained in its ``attrs["conflicts"]``)."""
    edges = columns(a.origin, "origin", ["source_doc_id", "doc_id", "conflict"])
    notes = a.origin.attrs.get("conflicts", [])
    if not edges["conflict"].astype(bool).any() and not notes:
        return ""
    items = "".join(f"<li>{html.escape(n)}</li>" for n in notes)
    return (
        "<div class='ct-note ct-conflicts'><b>Dates or roles against the wording.</b> INDEX.md's "
        "publication dates or roles set these directions although the texts say the reverse; check "
        "the dates, or read these arrows with care (edges marked in the "
        f"<a href='#t-origin'>table of the reuse graph</a>):<ul>{items}</ul></div>"
    )


def _heatmap(a: Analysis) -> str:
    """Containment of every ordered pair as a coloured HTML grid (at most 40 documents)."""
    if a.scores is None or not len(a.scores):
        return ""
    s = columns(a.scores, "scores", ["doc_id", "source_doc_id", "containment"])
    docs = sorted(set(s["doc_id"].astype(str)) | set(s["source_doc_id"].astype(str)))
    if len(docs) > 40:
        return ""
    cell = {
        (str(a), str(b)): v for a, b, v in zip(s["doc_id"], s["source_doc_id"], s["containment"], strict=True)
    }
    head = "".join(f"<th>{html.escape(d)}</th>" for d in docs)
    rows = []
    for a in docs:
        cells = []
        for b in docs:
            v = 1.0 if a == b else cell.get((a, b), 0.0)
            fg = "#fff" if v > 0.6 else "#222"
            cells.append(
                f'<td class="ct-num" style="background:rgba(8,81,156,{v:.2f});color:{fg}" '
                f'title="{v:.0%} of {html.escape(a)}\'s word triples are in {html.escape(b)}">{v:.2f}</td>'
            )
        rows.append(f"<tr><th>{html.escape(a)}</th>{''.join(cells)}</tr>")
    return (
        "<details><summary>Overlap of every pair of documents (grid)</summary>"
        "<p class='ct-note'>Row document's word triples found in the column document (0 to 1). A high "
        "value in row B, column A with a low one in row A, column B says B was taken from A.</p>"
        f"<table class='ct-grid ct-table-plain'><thead><tr><th></th>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></details>"
    )


def _code(value: str | None, missing: str) -> str:
    return f"<code>{html.escape(value)}</code>" if value is not None else missing


def provenance_html(a: Analysis, *, command: str, now: str, fmt: str) -> str:
    """ "How this report was made": exactly the Analysis' corpus, source, model and options, the
    tool version, date and command, and the data files beside the page."""
    docs = ", ".join(map(str, a.corpus.index[:20])) + (", …" if len(a.corpus) > 20 else "")
    rows = "".join(
        f"<tr><td><code>{html.escape(k)}</code></td><td>{html.escape(str(v))}</td></tr>"
        for k, v in option_values(a.options).items()
    )
    files = "".join(
        f"<li><a href='{html.escape(n)}.{fmt}'>{html.escape(n)}.{fmt}</a> — {html.escape(TABLES[n])}</li>"
        for n in a.tables()
    )
    return (
        "<h2 id='provenance'>How this report was made; data files</h2>"
        f"<p>corpus_tools {VERSION}, {now}. Command: <code>{html.escape(command)}</code>.</p>"
        f"<ul class='ct-provenance'><li>Corpus: {len(a.corpus)} documents ({html.escape(docs)})</li>"
        f"<li>Source: {_code(a.source, 'none (no stage compared the versions with a source)')}</li>"
        f"<li>Model: {_code(a.model, 'none (no stage parsed the texts)')}</li></ul>"
        "<table class='ct-table-plain ct-options'><thead><tr><th>option</th><th>value</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        f"<p>Every table in full, beside this page:</p><ul>{files}</ul>"
        "<p class='ct-note'>The files do not repeat what another holds: a claim's sentences in "
        "<code>changes</code> are its before and after, the version's sentence in <code>alignment</code> "
        "is in <code>sentences</code>; CSV floats have 6 significant digits. "
        "<code>corpus_tools.io.data_files.restore</code> reads a file back whole (docs/frames.md).</p>"
    )


def _contents_html() -> str:
    """The page's table of contents: one link per section."""
    toc = [
        ("findings", "Findings"),
        ("graph", "Who took from whom: the reuse graph"),
        ("family", "The family tree: what each version changed from its parent"),
        ("views", "Each version beside its source"),
        ("tables", "Tables"),
        ("methods", "Methods and glossary"),
        ("provenance", "How this report was made; data files"),
    ]
    return (
        "<nav class='ct-toc'><b>Contents</b><ol>"
        + "".join(f"<li><a href='#{i}'>{html.escape(n)}</a></li>" for i, n in toc)
        + "</ol></nav>"
    )


def _shown(a: Analysis) -> dict[str, str]:
    """``{doc_id: source}`` of the versions the page shows beside the source (derived ones)."""
    if a.against == "parent" or a.alignment is None or a.source is None:
        return {}
    docs = set(columns(a.alignment, "alignment", ["doc_id"])["doc_id"].astype(str))
    if a.derivation is not None:
        der = columns(a.derivation, "derivation", ["doc_id", "derivation"])
        docs &= set(der.loc[der["derivation"] != "non_derived", "doc_id"].astype(str))
    return dict.fromkeys(sorted(docs), str(a.source))


#: the frames the side-by-side view of a version and its parent reads
PAIR_FRAMES = ("alignment", "coverage", "derivation", "variants")


def _graph_and_family(a: Analysis) -> list[str]:
    """The reuse graph and its conflicts (if origins were found), the heatmap, and the family tree."""
    parts: list[str] = []
    if a.origin is not None:
        parts.append(reuse_graph_svg(a.corpus, a.origin))
        parts.append(_conflicts(a))
    parts.append(_heatmap(a))
    if a.family is not None and a.changes is not None:
        parts.append(
            "<h2 id='family'>The family tree: what each version changed from its parent</h2>"
            "<p class='ct-note'>Each version against its nearest ancestor (what changed), where the graph "
            "above and the views below compare it with the origin (how much was taken).</p>"
            + family_html(
                a.corpus, a.family, a.changes, pair_frames=parent_frames(a, PAIR_FRAMES), shown=_shown(a)
            )
        )
    return parts


def _page_html(title: str, body: list[str]) -> str:
    """The whole self-contained HTML page: ``body`` with the package's style sheet and script inlined."""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{html.escape(title)}</title><style>{asset('report.css')}</style></head>"
        f"<body class='ct-report'>{''.join(body)}<script>{asset('report.js')}</script></body></html>"
    )


def write_report(
    analysis: Analysis,
    outdir: str | Path | OutputDir,
    *,
    title: str = "corpus_tools report",
    format: str = "csv",  # noqa: A002 - the name every writer of this package uses
    command: str | None = None,
    overwrite: bool = False,
    safe_csv: bool = False,
    corpus_dir: str | Path | None = None,
) -> Path:
    """Write ``OUTDIR/report.html`` and one data file per frame of ``analysis``, put in place as a whole.

    Args:
        analysis: the :class:`corpus_tools.Analysis` shown; the page's provenance section
            prints its corpus, source, model and options.
        outdir: a folder (written as one transaction: a reader sees the previous
            complete report or the new one, never a mix) or an open :class:`OutputDir`.
        title: the page title.
        format: the format of the data files the page links to.
        command: the command that made the report, shown in the page (the CLI passes its own).
        overwrite, safe_csv: as in :class:`OutputDir` (used when ``outdir`` is a path).
        corpus_dir: the folder the corpus was loaded from: documents read from web pages link
            to their original file (:func:`corpus_tools.report.pages.pages_html`).

    Returns:
        The final path of the report.

    Raises:
        TypeError: ``analysis`` is not an Analysis.
        CorpusError: OUTDIR refused or not writable (see :mod:`corpus_tools.io.output`).
    """
    if not isinstance(analysis, Analysis):
        raise TypeError(f"expected a corpus_tools.Analysis (from analyze()), got {type(analysis).__name__}")
    if format not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, got {format!r}")
    if not isinstance(outdir, OutputDir):
        with OutputDir(outdir, overwrite=overwrite, safe_csv=safe_csv) as out:
            page = write_report(
                analysis, out, title=title, format=format, command=command, corpus_dir=corpus_dir
            )
        return page
    a = analysis
    # the tables, the graph and the tree are built in a forked worker on a large run, while this
    # process writes the data files and builds the rest (the same page: each part reads only the
    # analysis). Round 32: the worker built the findings and the tables, the longer side (news3000's
    # first 1,200 stories, CPU s: findings 2.5 once their rows are read as slices, tables 1.7, graph
    # and tree 1.7, data files 0.8)
    parts = {"graph": lambda: _graph_and_family(a), "tables": lambda: tables_html(a, fmt=format)}
    with ForkedParts(parts, parallel=processes(int(a.corpus["text"].str.len().sum())) > 1) as forked:
        a.to_files(outdir, format=format)
        return outdir.write_text(
            "report.html", _page_html(title, _body(a, forked, title, format, command, corpus_dir, outdir))
        )


def _body(a: Analysis, forked: ForkedParts, title: str, fmt: str, command, corpus_dir, outdir) -> list[str]:
    """The page's parts in order (:func:`write_report`), the graph, tree and tables from ``forked``."""
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    command = command or "corpus_tools.write_report(...) called from Python"
    views = _views(a)  # built here while the worker builds its parts
    findings = [_para(s, d) for d, s in segments(a).items()]
    body = [
        f"<h1>{html.escape(title)}</h1>",
        f"<p class='ct-meta'>Made by corpus_tools {VERSION} on {now}. Command: "
        f"<code>{html.escape(command)}</code></p>",
        _contents_html(),
        "<h2 id='findings'>Findings</h2><div class='ct-findings'>",
        f"<p class='ct-lead'>{html.escape(overview(a))} Each figure below links to the view or "
        "table it comes from; the <a href='#methods'>glossary</a> defines every measure.</p>",
        *findings,
        pages_html(a.corpus, corpus_dir=corpus_dir, report_dir=outdir.final_path("report.html").parent),
        "</div>",
        "<h2 id='graph'>Who took from whom: the reuse graph</h2>",
    ]
    body += forked.take("graph")
    body.append("<h2 id='views'>Each version beside its source</h2>" + views)
    body.append(forked.take("tables"))
    body.append(glossary_html(a.options))
    body.append(provenance_html(a, command=command, now=now, fmt=fmt))
    return body
