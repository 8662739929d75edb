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
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from corpus_tools import plots
from corpus_tools.analysis import STAGES, Options, analyze
from corpus_tools.collation import collation_to_html

__all__ = ["FORMATS", "TABLES", "run_analyses", "summaries", "write_report", "write_tables"]

FORMATS = ("csv", "parquet", "json")

#: table name -> what it holds (every stage of :func:`corpus_tools.analyze` but the parses)
TABLES: dict[str, str] = {name: what for name, what in STAGES.items() if name != "parses"}


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


def _flat(frame: pd.DataFrame) -> pd.DataFrame:
    """Tuples become "a; b" strings so every format stores them alike."""
    out = frame.copy()
    for col in out.columns:
        if out[col].map(lambda v: isinstance(v, tuple)).any():
            out[col] = out[col].map(lambda v: "; ".join(map(str, v)) if isinstance(v, tuple) else v)
    return out


def write_tables(
    tables: dict[str, pd.DataFrame],
    outdir: str | Path,
    *,
    format: str = "csv",  # noqa: A002 - the name every writer of this package uses
) -> list[Path]:
    """Write one data file per table: ``OUTDIR/<name>.<format>``.

    Raises:
        ValueError: an unknown format.
    """
    fmt = format
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, got {fmt!r}")
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, frame in tables.items():
        path = outdir / f"{name}.{fmt}"
        flat = _flat(frame)
        if fmt == "csv":
            flat.to_csv(path, index=False)
        elif fmt == "parquet":
            flat.to_parquet(path, index=False)
        else:
            flat.to_json(path, orient="records", indent=1, force_ascii=False)
        paths.append(path)
    return paths


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
            if v is not None and (v["doc_id"] == doc).any():
                counts = v[v["doc_id"] == doc]["category"].value_counts()
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
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight")
    plt.close(fig)
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    return (
        f'<figure><img alt="{html.escape(alt)}" src="data:image/png;base64,{data}"><figcaption>'
        f"{html.escape(alt)}</figcaption></figure>"
    )


def _table(frame: pd.DataFrame, *, max_rows: int = 200, cols: list[str] | None = None) -> str:
    shown = _flat(frame[cols] if cols else frame)
    note = ""
    if len(shown) > max_rows:
        note = f'<p class="note">First {max_rows} of {len(shown)} rows; all rows are in the data file.</p>'
        shown = shown.head(max_rows)
    return shown.to_html(index=False, escape=True, border=0, na_rep="") + note


def write_report(
    corpus: pd.DataFrame,
    tables: dict[str, pd.DataFrame],
    outdir: str | Path,
    *,
    title: str = "corpus_tools report",
    format: str = "csv",  # noqa: A002 - the name every writer of this package uses
) -> Path:
    """Render ``OUTDIR/report.html`` from the tables of :func:`run_analyses`.

    Returns:
        The path of the report.
    """
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    t = tables
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
        parts.append("<h3>Origin and reuse graph</h3>" + _table(t["origin"]) if "origin" in t else "")
    if "coverage" in t and len(t["coverage"]):
        parts.append(
            _figure(
                plots.plot_coverage(t["coverage"]).figure,
                "What each version kept of the source, sentence by sentence",
            )
        )
    if "alignment" in t and len(t["alignment"]):
        for doc in dict.fromkeys(t["alignment"]["doc_id"]):
            parts.append(
                _figure(
                    plots.plot_alignment(t["alignment"], t["coverage"], doc_id=doc).figure,
                    f"Sentence alignment of {doc} with the source",
                )
            )
        parts.append("<h3>Derivation classes</h3>" + _table(t.get("derivation", pd.DataFrame())))
        parts.append(
            "<h3>Sentence alignment</h3>"
            + _table(
                t["alignment"], cols=["doc_id", "sent_id", "source_sent_ids", "score", "reuse_class", "text"]
            )
        )
    if "passages" in t:
        parts.append("<details><summary>Shared passages</summary>" + _table(t["passages"]) + "</details>")
    if "variants" in t and len(t["variants"]):
        parts.append("<h2 id='variants'>Lexical variants</h2>")
        parts.append(
            _figure(plots.plot_variant_categories(t["variants"]).figure, "Variant categories per version")
        )
        counts = t["variants"].groupby(["category", "doc_id"]).size().unstack(fill_value=0).reset_index()
        parts.append("<h3>Counts per category</h3>" + _table(counts))
        parts.append(
            "<h3>Variants</h3>"
            + _table(
                t["variants"],
                cols=["doc_id", "sent_id", "source_form", "form", "category", "context"],
                max_rows=300,
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
        shown = col[col["is_variant"]].head(200).copy()
        shown.attrs = dict(col.attrs)
        parts.append(collation_to_html(shown))
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
            parts.append("<h3>Source survival</h3>" + _table(t["source_survival"]))
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
            )
        )
    files = ", ".join(f"<code>{n}.{format}</code>" for n in tables)
    parts.append(f"<h2 id='data'>Data files</h2><p>Every table, in full: {files}.</p></body></html>")
    path = outdir / "report.html"
    path.write_text("\n".join(p for p in parts if p), encoding="utf-8")
    return path
