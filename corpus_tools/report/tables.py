"""The report's human tables (used by :mod:`corpus_tools.report.page`; its glossary is in
:mod:`corpus_tools.report.glossary`).

Every table is drawn by :func:`table_html`: readable headers and category labels
(:mod:`corpus_tools.report.labels`), numbers right-aligned with their raw value kept for
sorting, multi-line text shown as text, control characters removed, and every
row in the page (the page's script sorts, filters and pages them; a table longer
than :data:`MAX_ROWS` says so and links its data file).
"""

from __future__ import annotations

import html
import re

import pandas as pd

from corpus_tools.analysis import Analysis
from corpus_tools.attribution.accounting import SUMMARY_COLUMNS
from corpus_tools.report.exploration import keyness_table, text_stats_table
from corpus_tools.report.labels import category_label, column_label, columns, plain
from corpus_tools.reuse.derivation import DERIVATION_COUNTS, DERIVATION_SHARES
from corpus_tools.variants.collation import COLLATION_COLUMNS, collation_wide
from corpus_tools.variants.lexical import CATEGORIES

__all__ = ["MAX_ROWS", "TABLE_COLUMNS", "Html", "table_html", "tables_html", "word_context"]

#: rows drawn per table; longer tables say how many rows are left out and link the data file
#: (1,000 rows a table keep the report of 50 documents of 5,000 words at 12 MB: benchmarks/robustness.py)
MAX_ROWS = 1000

_SHARES = {*DERIVATION_SHARES, "source_kept", "named_share"}
_CODES = {"category", "reuse_class", "status", "derivation", "speaker_type", "quote_type", "kind"}
_LONG = {"text", "source_text", "context", "became", "original", "headline", "speaker", "form", "source_form"}


class Html(str):
    """A cell value that is already HTML (escaped where needed)."""


def _cell(col: str, value) -> str:
    if isinstance(value, Html):
        return f'<td class="ct-long">{value}</td>'
    if col in _SHARES and isinstance(value, int | float) and not pd.isna(value):
        bar = f'<span class="ct-bar" style="width:{40 * float(value):.0f}px"></span>'
        return f'<td class="ct-num" data-sort="{float(value):.6f}">{bar}{float(value):.0%}</td>'
    if isinstance(value, bool):
        return f"<td>{'yes' if value else 'no'}</td>"
    if isinstance(value, int | float) and not isinstance(value, bool) and not pd.isna(value):
        return f'<td class="ct-num" data-sort="{value}">{html.escape(plain(value))}</td>'
    text = category_label(value) if col in _CODES else plain(value)
    cls = ' class="ct-long"' if col in _LONG and ("\n" in text or len(text) > 40) else ""
    return f"<td{cls}>{html.escape(text.replace(chr(13), ''))}</td>"


def table_html(frame: pd.DataFrame, *, labels: dict[str, str] | None = None) -> str:
    """A sortable, filterable, paged table: ``<div class="ct-tablebox"><table class="ct-table">``.

    Args:
        frame: the rows to show (column names of the shared vocabulary).
        labels: headers for columns :data:`corpus_tools.report.labels.COLUMN_LABELS` does not name.
    """
    labels = labels or {}
    cols = [c for c in frame.columns if not str(c).startswith("__")]
    head = "".join(f"<th>{html.escape(labels.get(c, column_label(c)))}</th>" for c in cols)
    shown = frame.head(MAX_ROWS)
    diffs = shown["__diff__"].tolist() if "__diff__" in shown else [()] * len(shown)
    rows = []
    for rec, diff in zip(shown[cols].itertuples(index=False, name=None), diffs, strict=True):
        cells = [_cell(c, v) for c, v in zip(cols, rec, strict=True)]
        cells = [
            c.replace("<td", '<td class="ct-diff"', 1) if col in diff and "class=" not in c[:12] else c
            for c, col in zip(cells, cols, strict=True)
        ]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    note = ""
    if len(frame) > MAX_ROWS:
        note = f"<p class='ct-note'>{MAX_ROWS} of {len(frame)} rows drawn; every row is in the data file.</p>"
    return (
        f"<div class='ct-tablebox'>{note}<table class='ct-table'><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def word_context(text: str, start: int, end: int, *, width: int = 40) -> Html:
    """``…left [form] right…`` around ``text[start:end]``: up to ``width`` characters either side,
    cut at a word boundary and at a line break, the form in bold.

    Example:
        >>> str(word_context("The disputed programme, officials said.", 13, 22, width=10))
        '…disputed <b>[programme]</b>, …'
    """
    left = text[max(0, start - width) : start].split("\n")[-1]
    right = text[end : end + width].split("\n")[0]
    if start - width > 0 and "\n" not in text[max(0, start - width) : start] and " " in left:
        left = "…" + left[left.index(" ") + 1 :]
    if end + width < len(text) and "\n" not in text[end : end + width] and " " in right:
        right = right[: right.rindex(" ") + 1] + "…"
    esc = lambda s: html.escape(plain(s))  # noqa: E731
    return Html(f"{esc(left)}<b>[{esc(text[start:end])}]</b>{esc(right)}")


def _variants(corpus: pd.DataFrame, v: pd.DataFrame) -> pd.DataFrame:
    texts = {str(d): t for d, t in corpus["text"].items()}
    out = v[["doc_id", "sent_id", "category", "source_form", "form"]].copy()
    out["context"] = [
        word_context(texts[str(d)], int(s), int(e))
        for d, s, e in zip(v["doc_id"], v["start"], v["end"], strict=True)
    ]
    return out


def _collation(long: pd.DataFrame) -> pd.DataFrame:
    col = collation_wide(long)
    src = col.attrs["source"]
    fixed = ("position", "source_doc_id", "source_sent_id", "is_variant", "categories")
    docs = [c for c in col.columns if c not in fixed]
    order = ([src] if src in docs else []) + [d for d in docs if d != src]
    out = col[["source_sent_id", *order, "categories"]].copy()
    norm = lambda s: re.sub(r"\s+", " ", str(s)).strip().lower()  # noqa: E731
    out["__diff__"] = [
        tuple(d for d in order if d != src and norm(r[d]) != norm(r[src])) if src in docs else ()
        for r in col.to_dict("records")
    ]
    out["categories"] = out["categories"].map(
        lambda c: "; ".join(category_label(x) for x in str(c).split("; ") if x)
    )
    return out.rename(columns={src: f"{src} (source)"} if src else {})


#: frame -> the columns its table in the report shows (the variants, house style and collation
#: tables are drawn from the columns listed here too)
TABLE_COLUMNS: dict[str, list[str]] = {
    "outlets": ["outlet", "n_documents", "n_words", "mean_words", "roles", "doc_ids"],
    "derivation": [
        "doc_id",
        "source_doc_id",
        "derivation",
        *DERIVATION_COUNTS,
        *DERIVATION_SHARES,
        "source_kept",
        "containment",
        "n_sentences",
    ],
    "alignment": ["doc_id", "sent_id", "reuse_class", "score", "text", "source_sent_ids", "source_text"],
    "coverage": ["doc_id", "source_sent_id", "status", "sent_ids", "score"],
    "variants": ["doc_id", "sent_id", "category", "source_form", "form", "start", "end"],
    "house_style": ["doc_id", "dimension", "style", "n", "n_total"],
    "collation": COLLATION_COLUMNS,
    # the summary's columns but news outlets as speakers, nested reports and mentions of speech
    "speaker_summary": [c for c in SUMMARY_COLUMNS if c not in ("n_media", "n_nested", "n_mentions")],
    "speaker_survival": [
        "doc_id",
        "speaker",
        "speaker_kind",
        "named",
        "status",
        "became",
        "agency_credit_dropped",
    ],
    "attributions": [
        "doc_id",
        "sent_id",
        "speaker",
        "cue",
        "quote_type",
        "named",
        "speaker_type",
        "affiliation",
        "via_agency",
    ],
    "passages": ["source_doc_id", "doc_id", "n_tokens", "source_text", "text", "reordered"],
    "origin": ["source_doc_id", "doc_id", "weight", "is_best_parent", "conflict"],
    "scores": ["doc_id", "source_doc_id", "containment", "jaccard"],
    "cleaning": ["doc_id", "kind", "rule", "original"],
}


def _specs(a: Analysis) -> list[tuple[str, str, str, pd.DataFrame | None]]:
    """(table name, heading, one sentence on what it shows, frame to draw) for every table present."""
    corpus = a.corpus
    c = {n: columns(f, n, TABLE_COLUMNS[n]) for n, f in a.tables(TABLE_COLUMNS).items()}
    meta = corpus.reset_index()
    # outlet is always there; the other columns are optional in INDEX.md
    cols = [
        x
        for x in ("doc_id", "outlet", "role", "headline", "published", "n_words", "n_paragraphs")
        if x in meta
    ]
    specs = [
        ("corpus", "Documents", "The documents analysed, as INDEX.md describes them.", meta[cols]),
        (
            "outlets",
            "Documents per outlet",
            "How many documents and words each outlet has.",
            c.get("outlets"),
        ),
        (
            "derivation",
            "How much of each version comes from the source",
            "What a version adds of its own and how many of its words the source holds decide its "
            "class (see the glossary); the shares by sentence class show how it was taken.",
            c.get("derivation"),
        ),
        (
            "alignment",
            "Every sentence of every version and its source sentence",
            "Each sentence of a version, the source sentence(s) it matches, and how similar they are.",
            c.get("alignment"),
        ),
        (
            "coverage",
            "What each version did with each source sentence",
            "For every sentence of the source: kept verbatim, kept with edits, rewritten or dropped.",
            c.get("coverage"),
        ),
    ]
    if "variants" in c and len(c["variants"]):
        v = c["variants"]
        counts = v.groupby(["category", "doc_id"]).size().unstack(fill_value=0)
        counts = counts.reindex(
            [k for k in CATEGORIES if k in counts.index] + [k for k in counts.index if k not in CATEGORIES]
        )
        counts["all versions"] = counts.sum(axis=1)
        counts = counts.reset_index()
        counts.columns.name = None
        specs += [
            (
                "variants",
                "Word-level changes",
                "Every word or phrase a version changed, by kind, in context.",
                _variants(corpus, v),
            ),
            (
                "variant_counts",
                "Changes per kind and version",
                "How many changes of each kind each version made.",
                counts,
            ),
        ]
    if "house_style" in c and len(c["house_style"]):
        hs = c["house_style"][c["house_style"]["dimension"] != "variants"]
        hs = hs.assign(reading=hs["n"].astype(str) + " of " + hs["n_total"].astype(str))
        pivot = hs.pivot_table(
            index=["dimension", "style"], columns="doc_id", values="reading", aggfunc="first"
        )
        pivot.columns.name = None
        pivot = pivot.reset_index()
        for col in ("dimension", "style"):
            pivot[col] = pivot[col].str.replace("_", " ")
        specs.append(
            (
                "house_style",
                "House style",
                "How often each document uses each style (uses of the style of all uses in that dimension).",
                pivot,
            )
        )
    specs += _exploration_specs(a)
    if "collation" in c and len(c["collation"]):
        specs.append(
            (
                "collation",
                "Collation: every position of the source in every version",
                "Cells that differ from the source are highlighted.",
                _collation(c["collation"]),
            )
        )
    specs += [
        (
            "speaker_summary",
            "Speakers per document",
            "Attributions, distinct speakers, named and anonymous.",
            c.get("speaker_summary"),
        ),
        (
            "speaker_survival",
            "What each version did with the source's speakers",
            "Kept, re-attributed (another label, anonymised, agency credit removed) or dropped.",
            c.get("speaker_survival"),
        ),
        (
            "attributions",
            "Attributions: who is said to have said what",
            "Every attribution the parser found.",
            c.get("attributions"),
        ),
        (
            "passages",
            "Shared passages",
            "Runs of at least the minimum number of words two documents share.",
            c.get("passages"),
        ),
        (
            "origin",
            "Edges of the reuse graph",
            "From the fuller text to the one cut from it.",
            c.get("origin"),
        ),
        (
            "scores",
            "Overlap of every pair of documents",
            "Shared word triples, in both directions.",
            c.get("scores"),
        ),
        (
            "cleaning",
            "What cleaning set aside",
            "Page furniture, datelines and quote marks found in the raw text.",
            c.get("cleaning"),
        ),
    ]
    return [s for s in specs if s[3] is not None]


def _exploration_specs(a: Analysis) -> list[tuple[str, str, str, pd.DataFrame]]:
    """The text statistics and keyness tables of the house-style section (#27)."""
    specs = []
    t = a.tables(["text_stats", "keyness"])
    if "text_stats" in t and len(t["text_stats"]):
        what = "Length and readability of each document's body; each version's difference from the source."
        table = text_stats_table(t["text_stats"], a.source)
        specs.append(("text_stats", "House style: text statistics", what, table))
    if "keyness" in t and len(t["keyness"]):
        what = (
            "The words each version uses most over its source, and least (log-likelihood G2 in brackets; "
            "above 3.84 is significant at p < 0.05). Words are compared as the alignment matches them."
        )
        table = keyness_table(t["keyness"])
        specs.append(("keyness", "House style: the words each version prefers", what, table))
    return specs


_HEADERS = {
    "origin": {
        "source_doc_id": "from",
        "doc_id": "to",
        "weight": "share of “to”'s word triples in “from”",
        "is_best_parent": "strongest source of “to”",
        "conflict": "dates or roles against the wording",
    },
    "scores": {
        "doc_id": "document",
        "source_doc_id": "compared with",
        "containment": "share of its word triples in the other",
    },
    "passages": {
        "source_doc_id": "first document",
        "doc_id": "second document",
        "source_text": "text in the first",
        "text": "text in the second",
    },
    "coverage": {"source_sent_id": "source sentence", "sent_ids": "version sentence(s)"},
    "speaker_summary": {"n_speakers": "distinct speakers"},
    "keyness": {"source_doc_id": "source", "more": "uses more", "less": "uses less"},
}


def tables_html(analysis: Analysis, *, fmt: str = "csv") -> str:
    """The report's "Tables" section: a heading, a sentence and a table per frame, with its data file."""
    specs = _specs(analysis)
    written = analysis.tables()
    toc = "".join(f"<li><a href='#t-{n}'>{html.escape(h)}</a></li>" for n, h, _, _ in specs)
    out = [
        f"<h2 id='tables'>Tables</h2><p class='ct-note'>Click a column header to sort; type in the "
        f"box to filter. Long tables are paged.</p><ol class='ct-note'>{toc}</ol>"
    ]
    for name, heading, what, frame in specs:
        link = f" Data file: <a href='{name}.{fmt}'>{name}.{fmt}</a>." if name in written else ""
        out.append(
            f"<h3 id='t-{name}'>{html.escape(heading)}</h3><p class='ct-note'>{html.escape(what)}{link}</p>"
            + table_html(frame, labels=_HEADERS.get(name))
        )
    return "\n".join(out)
