"""Multi-witness collation: every version aligned word by word to one source.

CollateX aligns witnesses progressively, so its table can change with their
order; here every witness is aligned to the same hub (the source) through the
sentence alignment, and witnesses are sorted by doc_id, so the table is the same
whatever order the documents come in. The table is long (one row per witness and
position); :func:`collation_wide` pivots it to one column per witness for reading.
The word tokens and variant categories are those of :mod:`corpus_tools.variants.lexical`.
(textacy has no collation; CollateX, the usual tool, needs Java or its Python port's
progressive alignment, which is what makes its table depend on witness order.)
"""

from __future__ import annotations

import html
from difflib import SequenceMatcher
from pathlib import Path

import pandas as pd

from corpus_tools.io.corpus import require_columns
from corpus_tools.reuse.alignment import align_sentences
from corpus_tools.reuse.documents import find_origin, resolve_source
from corpus_tools.text.sentences import body_spans
from corpus_tools.text.sentences import sentences as split_sentences
from corpus_tools.variants.lexical import PHRASE_CATEGORIES, categorize, diff_tokens, token_range

__all__ = ["COLLATION_COLUMNS", "collate", "collation_to_html", "collation_wide"]

#: the columns of :func:`collate`'s long table
COLLATION_COLUMNS = [
    "position",
    "source_doc_id",
    "source_sent_id",
    "doc_id",
    "is_source",
    "form",
    "is_variant",
    "categories",
]


def collate(
    corpus: pd.DataFrame,
    *,
    source: str | None = None,
    alignment: pd.DataFrame | None = None,
    sentences: pd.DataFrame | None = None,
    docs: list[str] | None = None,
    sent_ids: list[int] | None = None,
    model=None,
) -> pd.DataFrame:
    """A multi-witness collation table, long: one row per witness and aligned position.

    Every witness is aligned to the source (the origin of the documents
    collated), sentence by sentence and token by token; the places where any
    witness differs are merged across witnesses into variant rows, and the runs
    where all agree form invariant rows. Because every witness is aligned to the
    same hub and columns are sorted by doc_id, the table does not depend on the
    order the documents are given in (CollateX's progressive alignment does).
    Target sentences with no counterpart in the source are not collated (see
    :func:`corpus_tools.reuse.alignment.align_sentences`, class ``new``).

    Args:
        corpus: the corpus frame.
        source: doc_id of the source (the hub every witness is aligned to); None
            takes the alignment's source, else the origin among ``docs``.
        alignment: the frame of :func:`corpus_tools.reuse.alignment.align_sentences`
            against ``source``; aligned here when not given.
        sentences: the frame of :func:`corpus_tools.text.sentences.sentences`; split here
            when not given.
        docs: the doc_ids to collate (default: all); ``source`` is always one.
        sent_ids: restrict to these source sentence ids.
        model: spaCy pipeline, used only for what is not given.

    Returns:
        One row per position and witness, positions in source order, at each the
        source first then the other doc_ids sorted: ``position`` (0-based),
        ``source_doc_id`` and ``source_sent_id`` (the source sentence: with a
        group source, its file), ``doc_id`` (the witness; the source under its
        name), ``is_source`` (the row is the source's reading), ``form`` (the
        witness's raw text at the position, "" where it has nothing),
        ``is_variant`` (the forms at the position differ beyond case) and
        ``categories`` (the distinct variant categories at the position,
        "; "-joined, "" for invariant positions). ``frame.attrs["source"]`` is the
        source's name. :func:`collation_wide` gives one column per witness;
        :func:`collation_to_html` an HTML table.

    Example:
        >>> table = collate(load_corpus("seeds"))
        >>> table.columns.tolist() == COLLATION_COLUMNS, table["doc_id"].unique().tolist()
        (True, ['001', '000', '002'])
    """
    require_columns(corpus, ["text"], "collate")
    known = set(map(str, corpus.index))
    if docs is not None:
        missing = [d for d in docs if str(d) not in known]
        if missing:
            raise ValueError(f"docs {missing} are not doc_ids of the corpus (doc_ids: {sorted(known)})")
    if source is None:
        source = _default_source(corpus, alignment, docs)
    name, src_docs = resolve_source(corpus, source)
    chosen = sorted({*map(str, docs if docs is not None else known)} - set(src_docs))
    if alignment is None:
        alignment = align_sentences(corpus, source=list(src_docs), sentences=sentences, model=model)
    align = alignment[alignment["doc_id"].isin(chosen) & alignment["source_doc_id"].isin(src_docs)]
    raw = {str(d): t for d, t in corpus["text"].items()}
    if sentences is None:
        sentences = split_sentences(corpus.loc[list(src_docs)], model=model)
    feeds = _feeds(align)
    rows = []
    for src in src_docs:
        for sent_id, start, end in body_spans(sentences, src):
            if sent_ids is None or sent_id in sent_ids:
                rows += _collate_sentence(raw, src, sent_id, start, end, chosen, feeds, name)
    for position, row in enumerate(rows):
        row["position"] = position
    return _long(rows, name, chosen)


def _default_source(corpus: pd.DataFrame, alignment: pd.DataFrame | None, docs: list[str] | None) -> str:
    """The source when none is given: the alignment's source, else the origin among ``docs``."""
    if alignment is not None and len(alignment):
        source = str(alignment["source_group"].iloc[0]) if "source_group" in alignment else None
        return source or str(alignment["source_doc_id"].iloc[0])
    return find_origin(corpus.loc[sorted(map(str, docs))] if docs is not None else corpus)


def _feeds(align: pd.DataFrame) -> dict[tuple[str, str, int], list[tuple[int, int]]]:
    """(witness, source file, source sentence) -> spans of the witness's sentences aligned to it."""
    feeds: dict[tuple[str, str, int], list[tuple[int, int]]] = {}
    cols = (align[c] for c in ("doc_id", "source_doc_id", "source_sent_ids", "start", "end"))
    for d, src, ids, a, b in zip(*cols, strict=True):
        for sid in ids:
            feeds.setdefault((d, str(src), int(sid)), []).append((int(a), int(b)))
    return feeds


def _long(rows: list[dict], name: str, chosen: list[str]) -> pd.DataFrame:
    """The positions (one dict each, a cell per witness) as the long table: the source first."""
    long = [
        {
            "position": row["position"],
            "source_doc_id": row["source_doc_id"],
            "source_sent_id": row["source_sent_id"],
            "doc_id": w,
            "is_source": w == name,
            "form": row[w],
            "is_variant": row["is_variant"],
            "categories": row["categories"],
        }
        for row in rows
        for w in (name, *chosen)
    ]
    table = pd.DataFrame(long, columns=COLLATION_COLUMNS)
    table.attrs["source"] = name
    return table


def collation_wide(table: pd.DataFrame) -> pd.DataFrame:
    """:func:`collate`'s long table with one column per witness, for reading.

    Args:
        table: the frame of :func:`collate`.

    Returns:
        One row per position: ``position``, ``source_doc_id``, ``source_sent_id``,
        ``is_variant``, one column for the source (named as the source) then one per
        other witness (sorted by doc_id) holding its text there, and ``categories``;
        ``attrs["source"]`` is kept.

    Example:
        >>> wide = collation_wide(collate(load_corpus("seeds")))
        >>> wide.columns.tolist()
        ['position', 'source_doc_id', 'source_sent_id', 'is_variant', '001', '000', '002', 'categories']
    """
    missing = [c for c in COLLATION_COLUMNS if c not in table.columns]
    if missing:
        raise KeyError(f"the collation frame has no column {missing[0]!r}; pass the frame of collate()")
    keys = ["position", "source_doc_id", "source_sent_id", "is_variant", "categories"]
    witnesses = list(dict.fromkeys(table["doc_id"]))
    wide = table.pivot(index="position", columns="doc_id", values="form")
    meta = table.drop_duplicates("position").set_index("position")[keys[1:]]
    out = meta.join(wide[witnesses]).reset_index()
    out = out[["position", "source_doc_id", "source_sent_id", "is_variant", *witnesses, "categories"]]
    out.columns.name = None
    out.attrs = dict(table.attrs)
    return out


def _collate_sentence(raw, src, sent_id, start, end, witnesses, feeds, name) -> list[dict]:
    """The rows of one source sentence: its runs, each with every witness's reading."""
    sa = diff_tokens(raw[src], start, end)
    # per witness: its tokens aligned to this source sentence, and the edit regions
    per: dict[str, tuple[list, list]] = {}
    for w in witnesses:
        sb = [t for a, b in feeds.get((w, src, sent_id), []) for t in diff_tokens(raw[w], a, b)]
        ops = SequenceMatcher(
            None, [t[2].lower() for t in sa], [t[2].lower() for t in sb], autojunk=False
        ).get_opcodes()
        per[w] = (sb, ops)
    rows = []
    for i1, i2, is_var in _merge_phrases(_cuts(per, len(sa)), sa, per, raw, src):
        cells = {name: token_range(raw[src], sa, i1, i2)[2] if i1 < i2 else ""}
        for w, (sb, ops) in per.items():
            j1, j2 = _map_range(ops, i1, i2, is_var)
            cells[w] = token_range(raw[w], sb, j1, j2)[2] if j1 < j2 else ""
        present = {w: f for w, f in cells.items() if w == name or per[w][0]}
        base = cells[name]
        cats = sorted({categorize(base, f) for f in present.values() if f.lower() != base.lower()})
        rows.append(
            {
                "source_doc_id": src,
                "source_sent_id": sent_id,
                "is_variant": len({f.lower() for f in present.values()}) > 1,
                **cells,
                "categories": "; ".join(cats),
            }
        )
    return rows


def _cuts(per: dict[str, tuple[list, list]], n: int) -> list[tuple[int, int, bool]]:
    """The source sentence's ``n`` tokens cut into (start, end, is_variant) runs: variant
    regions are the union of every witness's edits (insertions are points)."""
    regions = sorted([op[1], op[2]] for _, ops in per.values() for op in ops if op[0] != "equal")
    merged: list[list[int]] = []
    for i1, i2 in regions:
        if merged and i1 <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], i2)
        else:
            merged.append([i1, i2])
    cuts: list[tuple[int, int, bool]] = []
    pos = 0
    for i1, i2 in merged:
        if i1 > pos:
            cuts.append((pos, i1, False))
        cuts.append((i1, i2, True))
        pos = i2
    if pos < n:
        cuts.append((pos, n, False))
    return cuts


def _boundary(ops, i: int, after_insert: bool) -> int:
    """Target index at source boundary i; ``after_insert`` skips a target insertion at i."""
    for tag, a1, _a2, b1, b2 in ops:
        if tag == "insert" and a1 == i:
            return b2 if after_insert else b1
    for tag, a1, a2, b1, b2 in ops:
        if tag == "equal" and a1 <= i <= a2:
            return b1 + (i - a1)
        if tag != "equal" and a1 <= i <= a2:
            return b1 if i == a1 else b2
    return ops[-1][4] if ops else 0


def _map_range(ops, i1: int, i2: int, is_variant: bool) -> tuple[int, int]:
    """Target token range aligned to source range [i1, i2): a variant range takes the
    insertions at its edges, an invariant one leaves them to their variant rows."""
    if not ops:
        return 0, 0
    if is_variant:
        return _boundary(ops, i1, after_insert=False), _boundary(ops, i2, after_insert=True)
    return _boundary(ops, i1, after_insert=True), _boundary(ops, i2, after_insert=False)


def _merge_phrases(cuts, sa, per, raw, src_id):
    """Merge variant / one-token invariant / variant runs that form a date, number,
    time or attribution phrase in some witness ("Sept. 20" / "20 September")."""
    out = list(cuts)
    k = 0
    while k + 2 < len(out):
        (a1, _, v1), (b1, b2, v2), (_, c2, v3) = out[k : k + 3]
        if v1 and not v2 and v3 and b2 - b1 == 1:
            src_form = token_range(raw[src_id], sa, a1, c2)[2]
            for w, (sb, ops) in per.items():
                j1, j2 = _map_range(ops, a1, c2, True)
                if j1 < j2 and categorize(src_form, token_range(raw[w], sb, j1, j2)[2]) in PHRASE_CATEGORIES:
                    out[k : k + 3] = [(a1, c2, True)]
                    break
            else:
                k += 1
            continue
        k += 1
    return out


def collation_to_html(table: pd.DataFrame, path=None) -> str:
    """The collation table as an HTML table with variant rows highlighted.

    Args:
        table: the frame returned by :func:`collate` (long; pivoted here by
            :func:`collation_wide`).
        path: if given, also write the HTML there.

    Returns:
        The HTML (a ``<table class="collation">`` with its own ``<style>``).
    """
    src = table.attrs.get("source")
    table = collation_wide(table)
    fixed = ("position", "source_doc_id", "source_sent_id", "is_variant", "categories")
    docs = [c for c in table.columns if c not in fixed]
    head = "".join(f"<th>{html.escape(d)}{' (source)' if d == src else ''}</th>" for d in docs)
    body = []
    for rec in table.to_dict("records"):
        cls = ' class="variant"' if rec["is_variant"] else ""
        cells = "".join(f"<td>{html.escape(str(rec[d]))}</td>" for d in docs)
        body.append(
            f"<tr{cls}><td>{rec['source_sent_id']}</td>{cells}<td>{html.escape(rec['categories'])}</td></tr>"
        )
    out = (
        "<style>table.collation{border-collapse:collapse;font:13px sans-serif}"
        "table.collation td,table.collation th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}"
        "table.collation tr.variant td{background:#fff3c4}</style>\n"
        f'<table class="collation"><thead><tr><th>sentence</th>{head}<th>categories</th></tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>\n"
    )
    if path is not None:
        Path(path).write_text(out, encoding="utf-8")
    return out
