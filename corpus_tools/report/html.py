"""Every analysis on one corpus folder: data files and one self-contained HTML report.

:func:`run_analyses` computes the tables; :func:`write_tables` writes one data
file per table; :func:`write_report` renders ``report.html`` for people who read
rather than code: findings first (one paragraph per document, each figure a link),
the reuse graph, each version beside its source, readable tables (sortable,
filterable, paged; every row is in the page), a methods section and glossary,
and the tool version, date, command and data files. Style sheet and script are
the package's own (``corpus_tools/report/assets``), inlined: the page works offline.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

import pandas as pd

from corpus_tools.analysis import STAGES, Options, analyze
from corpus_tools.report.family_view import family_html
from corpus_tools.report.findings import findings, overview, segments
from corpus_tools.report.labels import canonical
from corpus_tools.io.output import FORMATS, OutputDir, flat_tuples
from corpus_tools.report.tables import glossary_html, tables_html
from corpus_tools.report.views import alignment_html, asset, reuse_graph_svg

__all__ = [
    "FORMATS",
    "TABLES",
    "findings",
    "overview",
    "run_analyses",
    "summaries",
    "write_report",
    "write_tables",
]


#: table name -> what it holds (every stage of :func:`corpus_tools.analyze` but the parses)
TABLES: dict[str, str] = {name: what for name, what in STAGES.items() if name != "parses"}

try:
    VERSION = metadata.version("corpus_tools")
except metadata.PackageNotFoundError:  # run from a source tree that was not installed
    VERSION = "unknown"


def run_analyses(
    corpus: pd.DataFrame,
    *,
    source: str | None = None,
    model=None,
    options: Options | None = None,
    only: list[str] | None = None,
    progress: bool = True,
) -> dict[str, pd.DataFrame]:
    """Run the chain (:func:`corpus_tools.analyze`) and return its tables by name.

    Args:
        corpus: the corpus frame.
        source: doc_id of the original; None takes the origin.
        model: spaCy pipeline name.
        options: the chain's :class:`corpus_tools.Options`.
        only: these tables (names of :data:`TABLES`) and what they need.
        progress: a progress bar on stderr.

    Raises:
        ValueError: an unknown table name or source.
    """
    unknown = sorted(set(only or []) - set(TABLES))
    if unknown:
        raise ValueError(f"unknown table(s) {unknown}; choose from {list(TABLES)}")
    a = analyze(corpus, source=source, model=model, options=options, only=only, progress=progress)
    tables = a.tables()
    return {n: f for n, f in tables.items() if only is None or n in only}


def write_tables(
    tables: dict[str, pd.DataFrame],
    outdir: str | Path | OutputDir,
    *,
    format: str = "csv",  # noqa: A002 - the name every writer of this package uses
    overwrite: bool = False,
    safe_csv: bool = False,
) -> list[Path]:
    """Write one data file per table: ``OUTDIR/<name>.<format>``, through :class:`OutputDir`.

    Args:
        tables: the tables of :func:`run_analyses`.
        outdir: a folder (written as one transaction) or an open :class:`OutputDir`.
        format: ``csv``, ``parquet`` or ``json``.
        overwrite, safe_csv: as in :class:`OutputDir` (used when ``outdir`` is a path).

    Raises:
        ValueError: an unknown format.
        CorpusError: OUTDIR refused or not writable (see :mod:`corpus_tools.io.output`).
    """
    if format not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, got {format!r}")
    if not isinstance(outdir, OutputDir):
        with OutputDir(outdir, overwrite=overwrite, safe_csv=safe_csv) as out:
            return write_tables(tables, out, format=format)
    return [outdir.write_table(name, flat_tuples(frame), format=format) for name, frame in tables.items()]


def summaries(corpus: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> dict[str, str]:
    """One plain-language paragraph per document, written from the tables (see :func:`findings`)."""
    return findings((corpus, tables))


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


def _views(corpus: pd.DataFrame, t: dict[str, pd.DataFrame]) -> str:
    al = canonical(t.get("alignment"), "alignment")
    if not len(al) or "coverage" not in t:
        return "<p>No version was aligned with a source (the alignment was not run).</p>"
    src = str(al["source_group" if "source_group" in al else "source_doc_id"].iloc[0])
    der = canonical(t.get("derivation"), "derivation")
    derived = (
        der[der["derivation"] != "non_derived"]["doc_id"].astype(str).tolist()
        if len(der)
        else list(dict.fromkeys(al["doc_id"].astype(str)))
    )
    others = [d for d in dict.fromkeys(al["doc_id"].astype(str)) if d not in derived]
    parts = [
        f"<p>Each derived version on the left, its source {html.escape(src)} on the right. Hover over or "
        "click a sentence of the version to see the source sentence(s) it was taken from and how similar "
        "they are; hover over a marked word to see the change. In the source, the sentences this version "
        "dropped are grey.</p>"
    ]
    parts += [
        alignment_html(
            corpus,
            doc_id=d,
            source=src,
            alignment=t["alignment"],
            coverage=t["coverage"],
            variants=t.get("variants"),
            derivation=t.get("derivation"),
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


def _heatmap(t: dict[str, pd.DataFrame]) -> str:
    """Containment of every ordered pair as a coloured HTML grid (at most 40 documents)."""
    s = canonical(t.get("scores"), "scores")
    if not len(s):
        return ""
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


def write_report(
    corpus: pd.DataFrame,
    tables: dict[str, pd.DataFrame],
    outdir: str | Path | OutputDir,
    *,
    title: str = "corpus_tools report",
    format: str = "csv",  # noqa: A002 - the name every writer of this package uses
    command: str | None = None,
    options: Options | None = None,
    overwrite: bool = False,
    safe_csv: bool = False,
) -> Path:
    """Write ``OUTDIR/report.html`` and one data file per table, put in place as a whole.

    Args:
        corpus: the corpus frame.
        tables: the tables of :func:`run_analyses`.
        outdir: a folder (written as one transaction: a reader sees the previous
            complete report or the new one, never a mix) or an open :class:`OutputDir`.
        title: the page title.
        format: the format of the data files the page links to.
        command: the command that made the report, shown in the page (the CLI passes its own).
        options: the :class:`corpus_tools.Options` the tables were computed with (defaults otherwise).
        overwrite, safe_csv: as in :class:`OutputDir` (used when ``outdir`` is a path).

    Returns:
        The final path of the report.

    Raises:
        CorpusError: OUTDIR refused or not writable (see :mod:`corpus_tools.io.output`).
    """
    if not isinstance(outdir, OutputDir):
        with OutputDir(outdir, overwrite=overwrite, safe_csv=safe_csv) as out:
            page = write_report(
                corpus, tables, out, title=title, format=format, command=command, options=options
            )
        return page
    write_tables(tables, outdir, format=format)
    t = tables
    options = options or Options()
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    command = command or "corpus_tools.report.html.write_report(...) called from Python"
    paras = segments(corpus, t)
    toc = [
        ("findings", "Findings"),
        ("graph", "Who took from whom: the reuse graph"),
        ("family", "The family tree: what each version changed from its parent"),
        ("views", "Each version beside its source"),
        ("tables", "Tables"),
        ("methods", "Methods and glossary"),
        ("provenance", "How this report was made; data files"),
    ]
    body = [
        f"<h1>{html.escape(title)}</h1>",
        f"<p class='ct-meta'>Made by corpus_tools {VERSION} on {now}. Command: "
        f"<code>{html.escape(command)}</code></p>",
        "<nav class='ct-toc'><b>Contents</b><ol>"
        + "".join(f"<li><a href='#{i}'>{html.escape(n)}</a></li>" for i, n in toc)
        + "</ol></nav>",
        "<h2 id='findings'>Findings</h2><div class='ct-findings'>",
        f"<p class='ct-lead'>{html.escape(overview((corpus, t)))} Each figure below links to the view or "
        "table it comes from; the <a href='#methods'>glossary</a> defines every measure.</p>",
        *(_para(s, d) for d, s in paras.items()),
        "</div>",
        "<h2 id='graph'>Who took from whom: the reuse graph</h2>",
    ]
    if "origin" in t:
        body.append(reuse_graph_svg(corpus, t["origin"]))
    body.append(_heatmap(t))
    if "family" in t and "changes" in t:
        body.append(
            "<h2 id='family'>The family tree: what each version changed from its parent</h2>"
            "<p class='ct-note'>Each version against its nearest ancestor (what changed), where the graph "
            "above and the views below compare it with the origin (how much was taken).</p>"
            + family_html(corpus, t["family"], t["changes"])
        )
    body.append("<h2 id='views'>Each version beside its source</h2>" + _views(corpus, t))
    body.append(tables_html(corpus, t, fmt=format))
    body.append(glossary_html(options))
    files = "".join(
        f"<li><a href='{html.escape(n)}.{format}'>{html.escape(n)}.{format}</a> — "
        f"{html.escape(TABLES.get(n, ''))}</li>"
        for n in t
    )
    body.append(
        "<h2 id='provenance'>How this report was made; data files</h2>"
        f"<p>corpus_tools {VERSION}, {now}. Command: <code>{html.escape(command)}</code>. Options: "
        f"{html.escape(repr(options))}.</p>"
        f"<p>Every table in full, beside this page:</p><ul>{files}</ul>"
    )
    page = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{html.escape(title)}</title><style>{asset('report.css')}</style></head>"
        f"<body class='ct-report'>{''.join(body)}<script>{asset('report.js')}</script></body></html>"
    )
    return outdir.write_text("report.html", page)
