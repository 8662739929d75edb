"""Every analysis on one corpus folder: data files and a self-contained HTML report.

:func:`run_analyses` computes the tables; :func:`write_tables` writes one data
file per table; :func:`write_report` renders ``report.html`` (no external
resources, no scripts: figures are embedded PNGs) with the corpus table, the
figures, the alignment, variant and source tables, and a summary paragraph per
document written from the numbers.
"""

from __future__ import annotations

import base64
import html
import io
import sys
from collections.abc import Callable
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from PIL import Image
from tqdm import tqdm

from corpus_tools import overlap, plots, sources, variants
from corpus_tools.output import FORMATS, OutputDir
from corpus_tools.text import clean

__all__ = ["FORMATS", "run_analyses", "summaries", "write_report", "write_tables"]

#: table name -> (analysis, what it is)
_STEPS: list[tuple[str, Callable, str]] = [
    (
        "cleaning",
        lambda c, s, m: clean(c),
        "What cleaning found: chrome, datelines, quote marks, stripped apostrophes",
    ),
    ("outlets", lambda c, s, m: sources.outlet_counts(c), "Documents, words and roles per outlet"),
    (
        "scores",
        lambda c, s, m: overlap.document_scores(c),
        "Word 3-gram Jaccard and containment of every pair",
    ),
    ("origin", lambda c, s, m: overlap.origin(c), "Directed reuse graph (doc_a is the source)"),
    ("passages", lambda c, s, m: overlap.shared_passages(c), "Shared passages (greedy string tiling)"),
    ("alignment", lambda c, s, m: overlap.align_sentences(c, source=s, model=m), "Sentence alignment"),
    (
        "coverage",
        lambda c, s, m: overlap.source_coverage(c, source=s, model=m),
        "What each version kept of the source",
    ),
    (
        "derivation",
        lambda c, s, m: overlap.classify_documents(c, source=s, model=m),
        "METER derivation classes",
    ),
    ("variants", lambda c, s, m: variants.extract_variants(c, source=s, model=m), "Lexical variants"),
    ("house_style", lambda c, s, m: variants.house_style(c, source=s, model=m), "House style per document"),
    ("collation", lambda c, s, m: variants.collate(c, model=m), "Collation table"),
    ("attributions", lambda c, s, m: sources.attributions(c, model=m), "Every attribution"),
    ("sources", lambda c, s, m: sources.source_table(c, model=m), "Distinct sources per document"),
    ("source_summary", lambda c, s, m: sources.source_summary(c, model=m), "Sources per document"),
    (
        "source_survival",
        lambda c, s, m: sources.source_survival(c, source=s, model=m),
        "Sources of the original",
    ),
]
STEP_NAMES = [name for name, _, _ in _STEPS]


def run_analyses(
    corpus: pd.DataFrame,
    *,
    source: str | None = None,
    model=None,
    only: list[str] | None = None,
    progress: bool = True,
) -> dict[str, pd.DataFrame]:
    """Run the analyses and return their tables by name (see :data:`STEP_NAMES`).

    Args:
        corpus: the corpus frame.
        source: doc_id of the original; None picks :func:`corpus_tools.overlap.find_origin`.
        model: spaCy pipeline name.
        only: run only these tables.
        progress: a progress bar on stderr.

    Raises:
        ValueError: an unknown table name or source.
    """
    unknown = sorted(set(only or []) - set(STEP_NAMES))
    if unknown:
        raise ValueError(f"unknown table(s) {unknown}; choose from {STEP_NAMES}")
    source = source if source is not None else overlap.find_origin(corpus)
    steps = [s for s in _STEPS if only is None or s[0] in only]
    tables: dict[str, pd.DataFrame] = {}
    with tqdm(steps, desc="analyses", unit="table", disable=not progress, file=sys.stderr) as bar:
        for name, fn, _ in bar:
            bar.set_postfix_str(name)
            tables[name] = fn(corpus, source, model)
    return tables


def _flat(frame: pd.DataFrame) -> pd.DataFrame:
    """Tuples become "a; b" strings so every format stores them alike."""
    out = frame.copy()
    for col in out.columns:
        if out[col].map(lambda v: isinstance(v, tuple)).any():
            out[col] = out[col].map(lambda v: "; ".join(map(str, v)) if isinstance(v, tuple) else v)
    return out


def write_tables(
    tables: dict[str, pd.DataFrame],
    outdir: str | Path | OutputDir,
    *,
    format: str = "csv",  # noqa: A002
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
        CorpusError: OUTDIR refused or not writable (see :mod:`corpus_tools.output`).
    """
    if format not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, got {format!r}")
    if not isinstance(outdir, OutputDir):
        with OutputDir(outdir, overwrite=overwrite, safe_csv=safe_csv) as out:
            return write_tables(tables, out, format=format)
    return [outdir.write_table(name, _flat(frame), format=format) for name, frame in tables.items()]


# ----------------------------------------------------------------------------- summaries


def _n(frame: pd.DataFrame, **eq) -> int:
    mask = pd.Series(True, index=frame.index)
    for col, value in eq.items():
        mask &= frame[col] == value
    return int(mask.sum())


def summaries(corpus: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> dict[str, str]:
    """One plain-language paragraph per document, written from the tables."""
    src = tables["alignment"]["source_doc_id"].iloc[0] if len(tables.get("alignment", [])) else None
    edges = tables.get("origin")
    origin_id = edges.attrs.get("origin") if edges is not None else src
    src = src or origin_id
    out = {}
    meta = corpus.reset_index()
    for row in meta.itertuples():
        doc = str(row.doc_id)
        who = ", ".join(
            str(getattr(row, c)) for c in ("outlet", "role") if c in meta and str(getattr(row, c)) != ""
        )
        parts = [f"{doc} ({who}, {row.n_words} words)." if who else f"{doc} ({row.n_words} words)."]
        if doc == src:
            score = edges.attrs.get("origin_scores", {}).get(doc) if edges is not None else None
            parts.append(
                "It is the source the other versions are compared with"
                + (f" (most likely original, origin score {score:+.2f})." if score is not None else ".")
            )
        else:
            derivation = tables.get("derivation")
            if derivation is not None and (derivation["doc_id"] == doc).any():
                d = derivation[derivation["doc_id"] == doc].iloc[0]
                al = tables["alignment"]
                a = al[al["doc_id"] == doc]
                by_class = {
                    c: _n(a, reuse_class=c) for c in ("verbatim", "near_verbatim", "rewritten", "new")
                }
                parts.append(
                    f"It is {d['derivation'].replace('_', ' ')} from {src}: of its {len(a)} sentences, "
                    f"{by_class['verbatim']} verbatim, {by_class['near_verbatim']} near-verbatim, "
                    f"{by_class['rewritten']} rewritten and {by_class['new']} new; it reuses "
                    f"{d['source_kept']:.0%} of {src}'s sentences (containment {d['containment']:.2f})."
                )
            v = tables.get("variants")
            if v is not None and (v["doc_b"] == doc).any():
                counts = v[v["doc_b"] == doc]["category"].value_counts()
                top = ", ".join(f"{k.replace('_', ' ')} {n}" for k, n in counts.head(4).items())
                parts.append(f"Its {int(counts.sum())} word-level variants are mostly: {top}.")
        s = tables.get("source_summary")
        if s is not None and (s["doc_id"] == doc).any():
            r = s[s["doc_id"] == doc].iloc[0]
            parts.append(
                f"It attributes {r['attributions']} statements to {r['sources']} distinct sources "
                f"({r['named_sources']} named, {r['anonymous_sources']} anonymous), "
                f"{r['agency_attributions']} of them through a news agency."
            )
        sv = tables.get("source_survival")
        if sv is not None and doc != src and (sv["doc_id"] == doc).any():
            x = sv[sv["doc_id"] == doc]
            parts.append(
                f"Of {src}'s {len(x)} sources it keeps {_n(x, status='kept')}, re-attributes "
                f"{_n(x, status='re_attributed')} and drops {_n(x, status='dropped')}."
            )
        out[doc] = " ".join(parts)
    return out


# ----------------------------------------------------------------------------- HTML

_CSS = """
body{font:15px/1.45 system-ui,sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{border-bottom:2px solid #08519c;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;font-size:13px;margin:.5em 0 1.5em}
td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top;text-align:left}
th{background:#f0f4f8}tr.variant td{background:#fff3c4}
figure{margin:1em 0}img{max-width:100%;border:1px solid #eee}
.summary p{background:#f7f9fb;border-left:4px solid #4292c6;padding:.5em .8em}
details{margin:.5em 0 1.5em}summary{cursor:pointer;color:#08519c}
.note{color:#555;font-size:13px}
"""


def _figure(fig, alt: str) -> str:
    """The figure as an embedded PNG: at most 12 x 10 inches at 80 dpi, 256 colours."""
    width, height = fig.get_size_inches()
    fig.set_size_inches(min(width, 12), min(height, 10))
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=80)
    plt.close(fig)
    small = io.BytesIO()
    Image.open(buf).convert("RGB").quantize(256).save(small, format="png", optimize=True)
    data = base64.b64encode(small.getvalue()).decode("ascii")
    return (
        f'<figure><img alt="{html.escape(alt)}" src="data:image/png;base64,{data}"><figcaption>'
        f"{html.escape(alt)}</figcaption></figure>"
    )


def _table(frame: pd.DataFrame, *, max_rows: int = 100, cols: list[str] | None = None, link: str = "") -> str:
    """An HTML table of at most ``max_rows`` rows (100: a screenful or two); the rest is in ``link``."""
    shown = _flat(frame[cols] if cols else frame)
    note = ""
    if len(shown) > max_rows:
        where = f'<a href="{html.escape(link)}">{html.escape(link)}</a>' if link else "the data file"
        note = f'<p class="note">First {max_rows} of {len(shown)} rows; all rows are in {where}.</p>'
        shown = shown.head(max_rows)
    return shown.to_html(index=False, escape=True, border=0, na_rep="") + note


def write_report(
    corpus: pd.DataFrame,
    tables: dict[str, pd.DataFrame],
    outdir: str | Path | OutputDir,
    *,
    title: str = "corpus_tools report",
    format: str = "csv",  # noqa: A002
    overwrite: bool = False,
    safe_csv: bool = False,
    max_alignment_figures: int = 30,
) -> Path:
    """Write ``OUTDIR/report.html`` and one data file per table (those not written yet).

    Args:
        corpus: the corpus frame.
        tables: the tables of :func:`run_analyses`.
        outdir: a folder (written as one transaction) or an open :class:`OutputDir`.
        title: the page title.
        format: data file format, ``csv``, ``parquet`` or ``json``.
        overwrite, safe_csv: as in :class:`OutputDir` (used when ``outdir`` is a path).
        max_alignment_figures: draw the sentence alignment of at most this many versions,
            those that reuse the most sentences (default 30: each figure is 20-60 kB as a
            256-colour PNG, so they stay under about 2 MB; every sentence is in the data file).

    Returns:
        The final path of the report.

    Raises:
        CorpusError: OUTDIR refused or not writable (see :mod:`corpus_tools.output`).
    """
    if not isinstance(outdir, OutputDir):
        with OutputDir(outdir, overwrite=overwrite, safe_csv=safe_csv) as out:
            return write_report(
                corpus, tables, out, title=title, format=format, max_alignment_figures=max_alignment_figures
            )
    todo = {n: f for n, f in tables.items() if f"{n}.{format}" not in outdir.written}
    write_tables(todo, outdir, format=format)
    t = tables
    data_format = format
    parts = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
        f"<style>{_CSS}</style></head><body><h1>{html.escape(title)}</h1>"
    ]
    meta_cols = [
        c
        for c in ("file", "outlet", "role", "headline", "published", "n_words", "n_paragraphs")
        if c in corpus
    ]
    parts.append("<h2 id='corpus'>Corpus</h2>" + _table(corpus.reset_index()[["doc_id", *meta_cols]]))
    if "outlets" in t:
        parts.append("<h3>Documents per outlet</h3>" + _table(t["outlets"]))
    parts.append("<h2 id='summary'>Summary per document</h2><div class='summary'>")
    parts += [
        f"<p><b>{html.escape(d)}</b>{html.escape(s[len(d) :] if s.startswith(d) else ': ' + s)}</p>"
        for d, s in summaries(corpus, t).items()
    ]
    parts.append("</div>")
    if "scores" in t and len(t["scores"]):
        parts.append("<h2 id='overlap'>Overlap</h2>")
        parts.append(
            _figure(
                plots.plot_containment(t["scores"]).figure,
                "Containment: share of the row document's word 3-grams found in the column document",
            )
        )
        parts.append(
            "<h3>Origin and reuse graph</h3>" + _table(t["origin"], link=f"origin.{data_format}")
            if "origin" in t
            else ""
        )
    if "coverage" in t and len(t["coverage"]):
        parts.append(
            _figure(
                plots.plot_coverage(t["coverage"]).figure,
                "What each version kept of the source, sentence by sentence",
            )
        )
    if "alignment" in t and len(t["alignment"]):
        al = t["alignment"]
        reused = al[al["reuse_class"] != "new"].groupby("doc_id", sort=False).size()
        docs = list(dict.fromkeys(al["doc_id"]))
        shown = sorted(docs, key=lambda d: -reused.get(d, 0))[:max_alignment_figures]
        for doc in [d for d in docs if d in set(shown)]:
            parts.append(
                _figure(
                    plots.plot_alignment(al, t["coverage"], doc_id=doc).figure,
                    f"Sentence alignment of {doc} with the source",
                )
            )
        if len(docs) > len(shown):
            parts.append(
                f'<p class="note">Alignment figures for the {len(shown)} of {len(docs)} versions that reuse '
                f"the most sentences; every sentence is in alignment.{data_format}.</p>"
            )
        parts.append("<h3>Derivation classes</h3>" + _table(t.get("derivation", pd.DataFrame())))
        parts.append(
            "<h3>Sentence alignment</h3>"
            + _table(
                t["alignment"],
                cols=["doc_id", "sent_id", "source_sent_ids", "score", "reuse_class", "text"],
                link=f"alignment.{data_format}",
            )
        )
    if "passages" in t:
        parts.append(
            "<details><summary>Shared passages</summary>"
            + _table(t["passages"], link=f"passages.{data_format}")
            + "</details>"
        )
    if "variants" in t and len(t["variants"]):
        parts.append("<h2 id='variants'>Lexical variants</h2>")
        parts.append(
            _figure(plots.plot_variant_categories(t["variants"]).figure, "Variant categories per version")
        )
        counts = t["variants"].groupby(["category", "doc_b"]).size().unstack(fill_value=0).reset_index()
        parts.append("<h3>Counts per category</h3>" + _table(counts))
        parts.append(
            "<h3>Variants</h3>"
            + _table(
                t["variants"],
                cols=["doc_b", "sent_id_b", "form_a", "form_b", "category", "context_b"],
                link=f"variants.{data_format}",
            )
        )
    if "house_style" in t and len(t["house_style"]):
        hs = t["house_style"]
        styled = hs[hs["dimension"] != "variants"].assign(
            reading=lambda d: d["n"].astype(str) + " of " + d["of"].astype(str)
        )
        pivot = styled.pivot_table(
            index=["dimension", "style"], columns="doc_id", values="reading", aggfunc="first"
        )
        parts.append("<h3>House style</h3>" + pivot.reset_index().to_html(index=False, border=0))
    if "collation" in t and len(t["collation"]):
        col = t["collation"]
        parts.append("<h3>Collation (variant positions)</h3>")
        shown = col[col["is_variant"]].head(100).copy()
        shown.attrs = dict(col.attrs)
        parts.append(variants.collation_to_html(shown))
        parts.append(f'<p class="note">First 100 variant positions; all are in collation.{data_format}.</p>')
    if "attributions" in t:
        parts.append("<h2 id='sources'>Sources</h2>")
        if "source_summary" in t and len(t["source_summary"]):
            parts.append(
                _figure(
                    plots.plot_named_anonymous(t["source_summary"]).figure,
                    "Named and anonymous sources per version",
                )
            )
            parts.append(_table(t["source_summary"]))
        if "source_survival" in t and len(t["source_survival"]):
            parts.append(
                _figure(
                    plots.plot_source_survival(t["source_survival"]).figure,
                    "What each version did with the sources of the original",
                )
            )
            parts.append(
                "<h3>Source survival</h3>"
                + _table(t["source_survival"], link=f"source_survival.{data_format}")
            )
        parts.append(
            "<h3>Attributions</h3>"
            + _table(
                t["attributions"],
                cols=[
                    "doc_id",
                    "sent_id",
                    "source_text",
                    "cue",
                    "quote_type",
                    "named",
                    "source_type",
                    "affiliation",
                    "via_agency",
                ],
                link=f"attributions.{data_format}",
            )
        )
    files = ", ".join(f'<a href="{n}.{data_format}">{n}.{data_format}</a>' for n in tables)
    parts.append(f"<h2 id='data'>Data files</h2><p>Every table, in full: {files}.</p></body></html>")
    return outdir.write_text("report.html", "\n".join(p for p in parts if p))
