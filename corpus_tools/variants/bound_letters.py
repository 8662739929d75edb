"""A letter bound to a word by a hyphen ("A-level", "U-turn") is no article: its own key in the diff.

Read on the claims audit's round 22 (``benchmarks/claims.md``, ps28: "a 17-year-old A-level student"
written "17 and a virgin"). The tokenizer splits "A-level" into "A", "-" and "level", and the diff
compares lower-case words, so the "A" of "A-level" matches the article of the other side's "a
virgin": "-level student" -> "virgin" is read as a replacement, the article of the source cut.
:func:`bound_keys` gives such a letter the key of a letter with its hyphen ("a-"), which matches
the same compound on the other side ("A-levels" / "A-level") and never a free-standing "a".
"""

from __future__ import annotations

__all__ = ["bound_keys"]


def bound_keys(toks: list[tuple[int, int, str]], idx: list[int], keys: list[str]) -> list[str]:
    """``keys`` (the compared key of ``toks[k]`` for each ``k`` of ``idx``, as
    :func:`corpus_tools.variants.marks.word_keys` gives them) with each one-letter word written
    against a hyphen and a word after it, no space between ("A-level"), keyed ``"a-"``.

    Example:
        >>> from corpus_tools.lexicon import tokenize
        >>> t = tokenize("a A-level pupil", marks=True)
        >>> bound_keys(t, list(range(len(t))), [x[2].lower() for x in t])
        ['a', 'a-', '-', 'level', 'pupil']
    """
    out = list(keys)
    for n, k in enumerate(idx):
        word = toks[k][2]
        if len(word) != 1 or not word.isalpha() or k + 2 >= len(toks):
            continue
        (_, end, _), (h0, h1, hyphen), (w0, _, after) = toks[k], toks[k + 1], toks[k + 2]
        if hyphen in "-–" and end == h0 and h1 == w0 and after[:1].isalpha():
            out[n] = keys[n] + "-"
    return out
