"""A plural written singular after a determiner, or a plural's possessive written as a noun before
a noun, is a word replaced, not a misprint.

Read on round 28's held-out rubbish independent and rapist times (``benchmarks/claims.md``,
"Twenty-eighth round", cause 3: rb22 "returning to his vehicles" -> "returning to his vehicle";
rp13 "a young offenders' institution" -> "a young offender institution", the institution's name,
its apostrophe a "quote mark" row of its own). :func:`corpus_tools.variants.categories.is_misprint`
reads a plural's last "s" dropped with the same neighbours as a misprint ("had places." -> "had
place.", round 16). A singular a determiner asks for ("his", "the", "a") is the paper's choice of
number, and a possessive plural made a noun before a noun is the name written another way: both
are ``word_substitution`` rows, and the apostrophe cut with the possessive joins its word's row.
"""

from __future__ import annotations

from corpus_tools.variants.plural_misprints import plural_dropped
from corpus_tools.variants.possessive_marks import APOSTROPHES

__all__ = ["DETERMINERS", "singular_nouns"]

#: words before a noun that take it in the singular or the plural alike ("his vehicle(s)")
DETERMINERS = frozenset("a an the this that his her its their my our your each every one".split())
#: row positions (variants/lexical.py's VARIANT_COLUMNS)
_SENT, _START, _END, _FORM, _SRC_END, _SRC_FORM, _CATEGORY = 1, 2, 3, 4, 9, 10, 12


def singular_nouns(rows: list[tuple], version_raw: str) -> list[tuple]:
    """The rows of one version with each plural made singular after a determiner, or a plural's
    possessive made a noun ("offenders'" -> "offender"), a ``word_substitution`` (module
    docstring); a cut apostrophe of that possessive joins the word's row.

    >>> text = "He went back to his vehicle."
    >>> rows = [("p", 0, 20, 27, "vehicle", "", "w", 0, 0, 8, "vehicles", "", "misprint", "")]
    >>> [r[12] for r in singular_nouns(rows, text)]
    ['word_substitution']
    >>> row = ("p", 0, 8, 13, "place", "", "w", 0, 0, 6, "places", "", "misprint", "")
    >>> [r[12] for r in singular_nouns([row], "She had place.")]
    ['misprint']
    """
    out = list(rows)
    drop: set[int] = set()
    for k, r in enumerate(rows):
        if r[_CATEGORY] != "misprint" or not plural_dropped(str(r[_SRC_FORM]), str(r[_FORM])):
            continue
        before = version_raw[: r[_START]].split()
        marks = [
            j
            for j, o in enumerate(rows)
            if o[_SENT] == r[_SENT]
            and o[_CATEGORY] == "quotation_or_apostrophe"
            and not str(o[_FORM] or "").strip()
            and str(o[_SRC_FORM]).strip() in APOSTROPHES
            and o[_SRC_END] - 1 == r[_SRC_END]
        ]
        if not marks and not (before and before[-1].lower() in DETERMINERS):
            continue
        new = list(r)
        new[_CATEGORY] = "word_substitution"
        if marks:
            mark = rows[marks[0]]
            new[_SRC_END], new[_SRC_FORM] = mark[_SRC_END], str(r[_SRC_FORM]) + str(mark[_SRC_FORM]).strip()
            drop.add(marks[0])
        out[k] = tuple(new)
    return [r for j, r in enumerate(out) if j not in drop]
