"""A plural written singular after a changed determiner is a word replaced, not a misprint.

Read on the claims audit's round 27 (``benchmarks/claims.md``, "Twenty-seventh round", cause 3:
kn11): PA's "one of their clothes lines" is the star's "a clothes line"; the determiner's change
("one of their" -> "a") asks for the singular, so "lines" -> "line" is the same word in the form
its new neighbours need, no misprint. :func:`corpus_tools.variants.categories.is_misprint` calls a
plural's last "s" dropped a misprint when the neighbours are the same ("had places." -> "had
place.", round 16); it reads the row alone, so :func:`plural_after_change` reads the rows of the
version together: a ``misprint`` row whose source word is its word and an "s" with another change
of the same version sentence ending at most one word before it becomes a ``word_substitution``.
"""

from __future__ import annotations

__all__ = ["plural_after_change", "plural_dropped"]

#: row positions (variants/lexical.py's VARIANT_COLUMNS)
_SENT, _START, _END, _FORM, _SRC_FORM, _CATEGORY = 1, 2, 3, 4, 10, 12
_MARKS = frozenset({"quotation_or_apostrophe", "punctuation_other"})


def plural_dropped(a: str, b: str) -> bool:
    """Whether ``b`` is the lower-case word ``a`` with its plural "s" dropped ("lines" -> "line")."""
    return a.islower() and b.islower() and b.isalpha() and a == b + "s"


def plural_after_change(rows: list[tuple], version_raw: str) -> list[tuple]:
    """The rows of one version with a plural's "s" dropped next to another change one replacement.

    >>> text = "He stole a clothes line."
    >>> rows = [("p", 0, 9, 10, "a", "", "w", 0, 0, 12, "one of their", "", "word_substitution", "")]
    >>> rows.append(("p", 0, 19, 23, "line", "", "w", 0, 0, 0, "lines", "", "misprint", ""))
    >>> [r[12] for r in plural_after_change(rows, text)]
    ['word_substitution', 'word_substitution']
    """
    out = []
    for r in rows:
        if r[_CATEGORY] == "misprint" and plural_dropped(str(r[_SRC_FORM]), str(r[_FORM])):
            near = (
                o
                for o in rows
                if o is not r
                and o[_SENT] == r[_SENT]
                and o[_CATEGORY] not in _MARKS
                and o[_END] <= r[_START]
                and len(version_raw[o[_END] : r[_START]].split()) <= 1
            )
            if next(near, None) is not None:
                r = (*r[:_CATEGORY], "word_substitution", *r[_CATEGORY + 1 :])
        out.append(r)
    return out
