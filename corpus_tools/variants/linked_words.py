"""Words a version sentence adds that another source sentence it is aligned to writes: a sentence
fused from two source sentences, read against one.

Read on the claims audit's round 20 (``benchmarks/claims.md``, "Held out (round 20)", cause 4). A
version sentence built on two source sentences ("Smith, of Elm Row, Hull, was described as ``a
bully''", told from "Described as ``a bully'', Smith ..." and "Smith, 60, formerly of Elm Row, in
Hull, stood in the dock ...") is diffed against the sentence the alignment chose; the alignment
names the other (another of its ``source_sent_ids``, or one of its ``other_source_sents``, in
the same file or another take), but its words would be counted added. :func:`told_in_linked`: an
addition whose opening or closing run of words holds two content words or more (or a number of two
digits), every one written in one other source sentence the version sentence is aligned to, is
that sentence's: the addition goes when nothing else is in it, and is narrowed to the rest
otherwise ("Smith 60, formerly of Elm Row, Hull, went to the police" keeps "went to the police"),
its head and its tail each read against every such sentence.
Called by :func:`corpus_tools.variants.followed.settle_version`; it only removes or narrows rows,
so no count rises.
"""

from __future__ import annotations

import pandas as pd

from corpus_tools.lexicon import STOP_WORDS, tokenize

__all__ = ["told_in_linked"]

_SENT, _START, _END, _FORM, _CONTEXT = 1, 2, 3, 4, 5
_SRC_DOC, _SRC_SENT, _SRC_FORM, _CATEGORY = 6, 7, 10, 12
#: words of an age that are not its content
_AGE = frozenset({"year", "years", "old", "aged"})


def _keys(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    return [(a, b, w.lower()) for a, b, w in tokenize(text, offset=offset) if w.isalnum()]


def _content(key: str) -> bool:
    return key not in STOP_WORDS and key not in _AGE


def _enough(words: list[str]) -> bool:
    """Two content words or more, or a number of two digits: too much to be written by chance."""
    return len(words) >= 2 or (len(words) == 1 and words[0].isdigit() and len(words[0]) >= 2)


def _held_run(toks: list[tuple[int, int, str]], held: set[str]) -> int:
    """How many of ``toks`` open a run whose content words ``held`` has, ending on a content word."""
    end = 0
    for k, (_, _, w) in enumerate(toks):
        if not _content(w):
            continue
        if w not in held:
            break
        end = k + 1
    return end


def told_in_linked(
    rows: list[tuple], alignment: pd.DataFrame, every: dict, version_raw: str, context=None
) -> list[tuple]:
    """The rows without the words an addition takes from another source sentence its version
    sentence is aligned to (module docstring). ``alignment``: the version's rows; ``every``:
    ``(source file, sent_id)`` -> text; ``context``: ``context(raw, a, b)``, for a narrowed row
    (without it an addition holding more is kept whole)."""
    links: dict[int, set[tuple[str, int]]] = {}
    for r in alignment.itertuples():
        keys = {(str(r.source_doc_id), int(i)) for i in r.source_sent_ids}
        links.setdefault(int(r.sent_id), set()).update(
            keys | {(str(d), int(i)) for d, i in r.other_source_sents}
        )
    words = {k: {w for _, _, w in _keys(t) if _content(w)} for k, t in every.items()}
    out = []
    for row in rows:
        if row[_CATEGORY] != "insertion" or row[_SRC_FORM].strip() or not row[_FORM].strip():
            out.append(row)
            continue
        own = (str(row[_SRC_DOC]), int(row[_SRC_SENT]))
        toks = _keys(row[_FORM], row[_START])
        head = tail = 0  # the words at the head and at the tail one linked sentence holds
        for key in sorted(links.get(int(row[_SENT]), set()) - {own}):
            held = words.get(key, set())
            at_head, at_tail = _held_run(toks, held), _held_run(toks[::-1], held)
            if _enough([w for _, _, w in toks[:at_head] if _content(w)]):
                head = max(head, at_head)
            if _enough([w for _, _, w in toks[len(toks) - at_tail :] if _content(w)]):
                tail = max(tail, at_tail)
        if not (head or tail):
            out.append(row)
            continue
        rest = toks[head : max(head, len(toks) - tail)]
        if not any(_content(w) for _, _, w in rest):
            continue  # every word of the addition is the linked sentence's
        if context is None:
            out.append(row)
            continue
        a, b = rest[0][0], rest[-1][1]
        out.append(row[:_START] + (a, b, version_raw[a:b], context(version_raw, a, b)) + row[_CONTEXT + 1 :])
    return out
