"""Aligned groups: the version sentences and the source sentences the alignment links, diffed as one.

A version sentence fused from two or three source sentences, or a source sentence split over two
version sentences, is one group: :func:`corpus_tools.variants.lexical.extract_variants` diffs the
group's version sentences, as one sequence, against all its source sentences, so a clause is never
counted cut from one partner and added in the other.
"""

from __future__ import annotations

import pandas as pd

from corpus_tools.lexicon import tokenize
from corpus_tools.text.cleaning import clean_text
from corpus_tools.text.once import read_once

__all__ = ["at", "groups", "sentence_end", "side"]


def groups(alignment: pd.DataFrame) -> list[tuple[list, list[int]]]:
    """The aligned groups of one version against one source document: the version sentences
    (alignment rows) and the source sentences linked through the alignment, each group closed
    (a source sentence aligned to two version sentences brings both, a version sentence fused
    from three source sentences brings the three). Rows of one ``doc_id`` and ``source_doc_id``.
    The source sentences come in the order the version uses them (by the first version sentence
    aligned to each), so a version that tells the story in another order is diffed in its own."""
    owner: dict[int, int] = {}  # union-find over source sentence ids, one root per group
    root = lambda k: k if owner.setdefault(k, k) == k else root(owner[k])  # noqa: E731
    rows = [r for r in alignment.itertuples() if len(r.source_sent_ids)]
    for r in rows:
        ids = sorted(r.source_sent_ids)
        for sid in ids[1:]:
            owner[root(sid)] = root(ids[0])
        root(ids[0])
    out: dict[int, tuple[list, set]] = {}
    for r in rows:
        g = out.setdefault(root(min(r.source_sent_ids)), ([], set()))
        g[0].append(r)
        g[1].update(r.source_sent_ids)
    first: dict[int, int] = {}
    for r in sorted(rows, key=lambda r: r.sent_id):
        for sid in r.source_sent_ids:
            first.setdefault(sid, r.sent_id)
    return [
        (sorted(rs, key=lambda r: r.sent_id), sorted(ids, key=lambda sid: (first[sid], sid)))
        for rs, ids in out.values()
    ]


def side(raw: str, spans: list[tuple[int, int, int]]) -> tuple[list, list]:
    """The tokens of several sentences (id, start, end) in order, and the sentence of each, read as
    the cleaned sentences read (``text_clean``): a "#" that cleaning reads as "£" (PA's wire code,
    rule ``hash_pound``) is compared as "£", its offsets kept, so "#300" against "£300" is no
    change; the words of a note cleaning drops (an edit read as nothing, PA's checked-spelling
    "(correct)") are no tokens, so a version that leaves the note out changes nothing."""
    toks, owner = [], []
    pounds, dropped = read_once(("variant_tokens",), raw, _read_as)
    for sid, a, b in spans:
        t = tokenize(raw[a:b], marks=True, offset=a)
        if pounds:
            t = [(x, y, "\u00a3" if x in pounds else w) for x, y, w in t]
        if dropped:
            t = [(x, y, w) for x, y, w in t if not any(p <= x and y <= q for p, q in dropped)]
        toks += t
        owner += [sid] * len(t)
    return toks, owner


def _read_as(raw: str) -> tuple[frozenset[int], tuple[tuple[int, int], ...]]:
    """The raw offsets of the "#" signs that :func:`corpus_tools.text.cleaning.clean_text` reads as
    "£", and the raw spans of the words it drops (an edit whose reading is empty and whose raw
    text holds a letter or a digit: a wire note, not a space)."""
    edits = clean_text(raw).edits
    pounds = frozenset(e.start for e in edits if e.rule == "hash_pound")
    dropped = tuple(
        (e.start, e.end) for e in edits if not e.replacement and any(ch.isalnum() for ch in e.original)
    )
    return pounds, dropped


def sentence_end(toks: list, owner: list, i: int, j: int) -> bool:
    """Whether a token range is only the closing mark of its sentence, with another sentence of
    the group after it or before it."""
    if j != i + 1 or toks[i][2] not in (".", "!", "?"):
        return False
    last = j == len(toks) or owner[j] != owner[i]
    return last and len(set(owner)) > 1


def at(owner: list, i: int, j: int) -> int:
    """The sentence of a token range; of an empty range, the sentence of the token before it."""
    k = i if i < j else i - 1
    return owner[min(max(k, 0), len(owner) - 1)] if owner else -1
