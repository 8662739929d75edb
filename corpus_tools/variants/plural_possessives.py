"""The apostrophe of a plural's possessive on a word both texts keep ("season ticket holders'
battle") is the word's grammar, not a quote mark.

Read on round 30's held-out football star (``benchmarks/claims.md``, "Thirtieth round", cause 2,
ft11: PA's "as season ticket holders" retold as the star's "the season ticket holders' battle":
the apostrophe added alone, "holders" kept, a ``quotation_or_apostrophe`` row of its own, so the
findings said "in style 1 quote mark"). :mod:`~.possessive_marks` joins such an apostrophe to the
cut or the addition of its word; when the word is kept there is nothing to join it to.
:func:`drop_kept_possessives` drops the row: one apostrophe, cut or added alone, written against
the end of a plural ("holders'") with a word after it, no single quote opened before it in its
sentence that it could close, no determiner or pronoun after it (the fraud times's "a committee of
Irish peers' the prosecution said", a comma misprinted), and the word after it not the one the
other text writes at the row's place ("holders' battle" for "holders battle" is a mark changed; a
singular's, "Iran’s missile" for a source's "Iran s missile" that strips its apostrophes, is left
as it is).
"""

from __future__ import annotations

import re

from corpus_tools.variants.possessive_marks import APOSTROPHES
from corpus_tools.variants.singular_nouns import DETERMINERS

__all__ = ["drop_kept_possessives", "is_possessive_mark"]

#: row positions (variants/lexical.py's VARIANT_COLUMNS)
_START, _FORM, _SRC_DOC, _SRC_START, _SRC_FORM, _CATEGORY = 2, 4, 6, 8, 10, 12
_WORD = re.compile(r"[A-Za-z0-9]+")
#: words no possessive stands before: a determiner, a pronoun or a verb of saying's subject
_NO_NOUN = DETERMINERS | frozenset("he she they we i you it said says and or but".split())
_SENTENCE_END = re.compile(r"[.!?]\s|\n\s*\n")


def _opened(raw: str, at: int) -> bool:
    """Whether a single quote opens between the start of ``at``'s sentence and ``at`` and is not
    closed before it (an apostrophe after a space or an opening mark, before a letter)."""
    start = max((m.end() for m in _SENTENCE_END.finditer(raw, 0, at)), default=0)
    depth = 0
    for k in range(start, at):
        if raw[k] not in APOSTROPHES:
            continue
        before, after = raw[k - 1] if k else " ", raw[k + 1] if k + 1 < len(raw) else " "
        if (before.isspace() or before in '("“[') and after.isalnum():
            depth += 1
        elif before.isalnum() and not after.isalnum() and depth:
            depth -= 1
    return depth > 0


def is_possessive_mark(raw: str, at: int) -> bool:
    """Whether the apostrophe at ``raw[at]`` closes a plural's possessive ("holders' battle") and
    can close no quotation (a singular's, "Sheffield's", is left to the other rules: a source that
    strips its apostrophes writes "Iran s", and the mark added is a style change).

    >>> is_possessive_mark("the season ticket holders' battle at noon.", 25)
    True
    >>> is_possessive_mark("He said 'we were his friends' and left.", 28)
    False
    >>> is_possessive_mark("he joined Irish peers' the prosecution said.", 21)
    False
    >>> is_possessive_mark("at Sheffield's ground", 12)  # a singular's: left to the other rules
    False
    """
    if raw[at : at + 1] not in APOSTROPHES or at < 1 or not raw[at - 1].isalpha():
        return False
    rest = raw[at + 1 : at + 4]
    if raw[at - 1] not in "sS" or not re.match(r" [A-Za-z]", rest) or _next(raw, at + 1) in _NO_NOUN:
        return False  # "peers' the prosecution said": a misprinted comma, no possessive
    return not _opened(raw, at)


def _next(raw: str, at: int) -> str:
    """The word after ``at``, lower-case ("" at the end)."""
    m = _WORD.search(raw, at, at + 60)
    return m.group(0).lower() if m else ""


def drop_kept_possessives(rows: list[tuple], version_raw: str, sources: dict[str, str]) -> list[tuple]:
    """The rows of one version without each ``quotation_or_apostrophe`` row that is one possessive
    apostrophe cut or added alone (module docstring); ``sources`` maps a source ``doc_id`` to its
    raw text.

    >>> raw = "the season ticket holders' battle"
    >>> row = ("p", 0, 25, 26, "'", "", "w", 0, 17, 17, "", "", "quotation_or_apostrophe", "")
    >>> drop_kept_possessives([row], raw, {"w": "as ticket holders"})
    []
    >>> drop_kept_possessives([row], raw, {"w": "as ticket holders battle"}) == [row]
    True
    >>> quote = ("p", 0, 19, 20, "'", "", "w", 0, 6, 6, "", "", "quotation_or_apostrophe", "")
    >>> drop_kept_possessives([quote], "He said 'no friends' then.", {"w": ""}) == [quote]
    True
    """
    out = []
    for r in rows:
        form, src = str(r[_FORM] or ""), str(r[_SRC_FORM] or "")
        if r[_CATEGORY] == "quotation_or_apostrophe" and (form.strip() == "") != (src.strip() == ""):
            one, raw, at = (form, version_raw, r[_START])
            if not form.strip():
                one, raw, at = src, sources.get(str(r[_SRC_DOC]), ""), r[_SRC_START]
            lead = len(one) - len(one.lstrip())
            other, there = (
                (sources.get(str(r[_SRC_DOC]), ""), r[_SRC_START])
                if form.strip()
                else (version_raw, r[_START])
            )
            at += lead
            if (
                one.strip() in APOSTROPHES
                and is_possessive_mark(raw, at)
                and _next(raw, at + 1) != _next(other, there)
            ):
                continue
        out.append(r)
    return out
