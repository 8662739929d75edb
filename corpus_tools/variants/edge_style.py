"""The style row of each edge of a family tree, read from the variants of the version against its
parent (:func:`corpus_tools.variants.style.style_counts` in one line), and the edges themselves:
each witness and parent of a family frame, the variants rows of one edge, the near copies that
:func:`corpus_tools.analyze` sets aside (their style row says so, with the words changed).
Moved out of :mod:`~.changes` unchanged (round 26); :mod:`~.changes` re-exports
:data:`CHANGE_COLUMNS`, :func:`style_rows`, :func:`add_style` and :func:`near_copy_line`.
"""

from __future__ import annotations

import pandas as pd

from corpus_tools.lexicon import WORD_RE
from corpus_tools.reuse.family import body_text
from corpus_tools.variants.sentence_pairs import word_diff
from corpus_tools.variants.style import check_variants, style_counts, style_line

__all__ = [
    "CHANGE_COLUMNS",
    "add_style",
    "family_edges",
    "near_copies",
    "near_copy_line",
    "pair_slicer",
    "style_row",
    "style_rows",
]

#: columns of :func:`corpus_tools.variants.changes.changes` (its docstring says what each holds)
CHANGE_COLUMNS = [
    "doc_id",
    "parent_doc_id",
    "section",
    "kind",
    "change",
    "before",
    "after",
    "sentence",
    "parent_sentence",
]


def near_copy_line(text: str, parent_text: str) -> str:
    """The style line of a near copy set aside from the analysis (no variants of its own): "a near
    copy, N words changed (not analysed)", N the words of the body that differ from the parent's."""
    n = sum(
        max(len(WORD_RE.findall(a)), len(WORD_RE.findall(b)))
        for a, b in word_diff(body_text(parent_text), body_text(text))
    )
    return f"a near copy, {n} word{'s' if n != 1 else ''} changed (not analysed)"


def style_row(line: str) -> tuple:
    return ("style", "style", "changed", "", f"{line} changed (details: the variants table)", "", "")


def family_edges(fam: pd.DataFrame):
    """Each edge of a family frame: (witness, its doc_ids, parent, the parent's doc_ids, its row)."""
    missing = [
        c for c in ("doc_id", "witness", "parent_doc_id", "second_parent_doc_id") if c not in fam.columns
    ]
    if missing:
        raise ValueError(f"family_frame lacks column(s) {missing}; pass the frame of corpus_tools.family")
    members: dict[str, list[str]] = {}
    for d, w in zip(fam["doc_id"], fam["witness"], strict=True):
        members.setdefault(w, []).append(d)
    first = fam.drop_duplicates("witness").set_index("witness")
    for w, docs in members.items():
        row = first.loc[w]
        for parent in (row["parent_doc_id"], row["second_parent_doc_id"]):
            if isinstance(parent, str):
                yield w, docs, parent, members.get(parent, [parent]), row


def pair_slicer(variants: pd.DataFrame):
    """``(docs, parent docs)`` -> the rows of ``variants`` of those versions against those files."""
    ids, src = variants["doc_id"].astype(str).to_numpy(), variants["source_doc_id"].astype(str).to_numpy()
    rows = pd.Series(range(len(variants))).groupby(ids, sort=False).indices
    return lambda docs, pdocs: variants.iloc[
        sorted(i for d in docs for i in rows.get(str(d), ()) if src[i] in set(map(str, pdocs)))
    ]


def near_copies(copies: pd.DataFrame | None) -> set[str]:
    """The doc_ids of the near copies of a copies frame (those ``analyze`` sets aside)."""
    if copies is None or not len(copies):
        return set()
    return set(copies.loc[copies["kind"].eq("near"), "doc_id"].astype(str))


def style_rows(
    family_frame: pd.DataFrame,
    variants: pd.DataFrame,
    *,
    parents: set[str] | None = None,
    corpus: pd.DataFrame | None = None,
    copies: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The style row of each edge of ``family_frame`` (columns of :data:`CHANGE_COLUMNS`): the
    :func:`corpus_tools.variants.style.style_counts` of the rows of ``variants`` that are the
    version's (its files) against the parent's files, in one line; an edge without a style change
    has none. ``parents``: only the edges from these parents (those ``variants`` holds: the source,
    for a frame read against it), None: every edge. ``corpus``, ``copies``: the corpus and its
    copies frame (:func:`corpus_tools.reuse.copies.find_copies`) whose near copies ``variants``
    leave out: the edge of a near copy, from any parent, says so in its style row, with the words
    its text changed (:func:`near_copy_line`; issue #23)."""
    check_variants(variants, "style_rows")
    rows, cut, near = [], pair_slicer(variants), near_copies(copies)
    for w, docs, parent, pdocs, _row in family_edges(family_frame):
        if corpus is not None and near.intersection(docs):
            texts = [corpus.at[d, "text"] for d in (*docs, *pdocs)]
            line = near_copy_line("\n\n".join(texts[: len(docs)]), "\n\n".join(texts[len(docs) :]))
            rows.append((w, parent, "style", "style", "changed", "", line, "", ""))
            continue
        if parents is not None and parent not in parents:
            continue
        if line := style_line(style_counts(cut(docs, pdocs))):
            rows.append((w, parent, *style_row(line)))
    return pd.DataFrame(rows, columns=CHANGE_COLUMNS)


def add_style(frame: pd.DataFrame, family_frame: pd.DataFrame, style: pd.DataFrame) -> pd.DataFrame:
    """A frame of :func:`~.changes.changes` computed with ``style=False``, with the rows of
    :func:`style_rows` (``style``) each placed last in its edge, edges in the family frame's order."""
    order = {(w, p): k for k, (w, _, p, _, _) in enumerate(family_edges(family_frame))}
    both = pd.concat([frame[CHANGE_COLUMNS], style[CHANGE_COLUMNS]], ignore_index=True)
    key = [order.get(e, len(order)) for e in zip(both["doc_id"], both["parent_doc_id"], strict=True)]
    out = both.assign(_edge=key).sort_values("_edge", kind="stable").drop(columns="_edge")
    return out.reset_index(drop=True)
