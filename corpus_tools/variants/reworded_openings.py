"""A sentence's opening reworded, with the words it rewords cut just after it, is one replacement
of the whole clause, not an opening paired with a fragment and a cut.

Read on round 28's held-out rubbish independent (``benchmarks/claims.md``, "Twenty-eighth round",
cause 3, rb22): PA's "Agreeing to defer sentence to December 10, ..." told as "Sentencing was
deferred to 10 ...": the diff pairs "Agreeing" with "Sentencing was deferred" (both open their
sentences, so :mod:`~.whole_pairs` keeps the pair) and cuts "defer sentence to" after the "to" the
two share, though the paper's words are those cut words in other forms. Issue 22: "Never a
fragment of one sentence paired with a fragment of another". :func:`join_reworded_openings`
widens such a replacement's source side over the cut (at most :data:`GAP` words between) when the
cut holds a content word of the version side in another form that the replacement's source side
does not.
"""

from __future__ import annotations

from corpus_tools.lexicon import lemma_key

__all__ = ["GAP", "join_reworded_openings"]

#: the most words between a replacement and the cut it rewords ("Agreeing [to] defer sentence")
GAP = 2
#: row positions (variants/lexical.py's VARIANT_COLUMNS)
_SENT, _START, _FORM, _SRC_DOC, _SRC_SENT = 1, 2, 4, 6, 7
_SRC_START, _SRC_END, _SRC_FORM, _SRC_CONTEXT, _CATEGORY = 8, 9, 10, 11, 12
_FUNCTION = frozenset(
    "the a an of to for in on at by with was were is are be been has have had and or".split()
)


def _keys(text: str) -> set[str]:
    words = (w.strip(".,;:!?\"'`‘’“”()") for w in text.split())
    return {lemma_key(w) for w in words if len(w) > 3 and w.lower() not in _FUNCTION}


def _opens(raw: str, start: int) -> bool:
    """Whether ``raw[start:]`` opens a sentence or a paragraph: before it, past spaces, quote
    marks, control characters and METER's "<" paragraph marks, a full stop or a line break."""
    head = raw[max(0, start - 200) : start]
    before = head.rstrip(" \t`'\"‘“<>\x00\x01\x02\x03\x19\x1a\x1c\x1d\x1e\x1f\r\n")
    return not before or before[-1] in ".!?" or "\n" in head[len(before) :]


def join_reworded_openings(
    rows: list[tuple], version_raw: str, sources: dict[str, str], context
) -> list[tuple]:
    """The rows of one version with each replacement opening both sentences widened over the cut
    just after it that its version side rewords (module docstring); ``context(raw, start, end)``
    writes a row's context, ``sources`` maps a source ``doc_id`` to its raw text.

    >>> from corpus_tools.variants.lexical import _context
    >>> src = "Agreeing to defer sentence to May 10, the judge said."
    >>> ver = "Sentencing was deferred to May 10."
    >>> rows = [("p", 0, 0, 23, "Sentencing was deferred", "", "w", 0, 0, 8, "Agreeing", "")]
    >>> rows[0] += ("word_substitution", "")
    >>> rows.append(("p", 0, 26, 26, "", "", "w", 0, 12, 29, "defer sentence to", "", "deletion", ""))
    >>> [(r[10], r[4]) for r in join_reworded_openings(rows, ver, {"w": src}, _context)]
    [('Agreeing to defer sentence to', 'Sentencing was deferred')]
    """
    drop: set[int] = set()
    out = list(rows)
    for k, r in enumerate(rows):
        if r[_CATEGORY] != "word_substitution" or not str(r[_SRC_FORM] or "").strip():
            continue
        raw = sources[str(r[_SRC_DOC])]
        if not (_opens(raw, r[_SRC_START]) and _opens(version_raw, r[_START])):
            continue
        wanted = _keys(str(r[_FORM])) - _keys(str(r[_SRC_FORM]))
        for j, o in enumerate(rows):
            if j in drop or o[_CATEGORY] != "deletion" or o[_SENT] != r[_SENT] or o[_SRC_DOC] != r[_SRC_DOC]:
                continue
            gap = raw[r[_SRC_END] : o[_SRC_START]]
            if o[_SRC_START] < r[_SRC_END] or len(gap.split()) > GAP or any(m in gap for m in ".,;:"):
                continue
            if not wanted & _keys(str(o[_SRC_FORM])):
                continue
            new = list(r)
            new[_SRC_END], new[_SRC_FORM] = o[_SRC_END], raw[r[_SRC_START] : o[_SRC_END]]
            new[_SRC_CONTEXT] = context(raw, r[_SRC_START], o[_SRC_END])
            out[k] = tuple(new)
            drop.add(j)
            break
    return [r for j, r in enumerate(out) if j not in drop]
