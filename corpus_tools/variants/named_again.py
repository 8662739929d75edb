"""A noun phrase cut and another added at its place: one replacement, the same thing named
again.

Read on the claims audit's round 19 (``benchmarks/claims.md``, "Nineteenth round", cause 3: dr48's
"seven men and five women" cut and "jurors" added; dr27's "The judge" cut and "Mr Justice Forbes"
added). Issue 22 asks that a variant pair be a minimal whole unit with the same thing on both
sides; a diff that cuts a description and adds a name or another description at the same place
(the rest of the sentence kept around them) counts one thing named again as two changes.

:func:`named_again`: in one version sentence read against one source sentence, a cut and an
addition at one place (nothing but spaces and punctuation between them on either side) that are
both short noun phrases in one frame (the words before and after them the same on both sides,
or a sentence's start or end; up to :data:`MAX_WORDS` words: names, titles, numbers, nouns and
adjectives, with articles, possessives, "of" and "and"; no auxiliary, pronoun, verb of saying or
word of time; not a thing someone owns for a name, "His shop" / "Tom Rudd, 52,") are one
replacement ("the seven women and five men" -> "jurors", "The judge" -> "Mr Justice Cole"). A
pronoun for a description is :func:`corpus_tools.variants.crossed.phrase_replaced`'s.
"""

from __future__ import annotations

from corpus_tools.lexicon import NUMBER_WORDS, RELATIVE_DAYS, STOP_WORDS, WEEKDAYS, tokenize
from corpus_tools.variants.categories import ATTRIBUTION_WORDS
from corpus_tools.variants.joined_rows import at_its_place, join_rows

__all__ = ["MAX_WORDS", "is_noun_phrase", "named_again"]

_SENT, _START, _END, _FORM = 1, 2, 3, 4
_SRC_SENT, _SRC_START, _SRC_END, _SRC_FORM, _CATEGORY = 7, 8, 9, 10, 12
#: the most words of either side
MAX_WORDS = 5
#: function words a noun phrase may hold
_NP_GLUE = frozenset("the a an and of his her their its this that these those".split())
_TIMES = WEEKDAYS | RELATIVE_DAYS
_POSSESSIVES = frozenset("his her their its my our your".split())


def is_noun_phrase(text: str) -> bool:
    """Whether ``text`` reads as a short noun phrase (module docstring).

    Example:
        >>> is_noun_phrase("seven men and five women"), is_noun_phrase("Mr Justice Forbes")
        (True, True)
        >>> is_noun_phrase("was told"), is_noun_phrase("he"), is_noun_phrase("yesterday")
        (False, False, False)
    """
    words = [w for _, _, w in tokenize(text) if w.isalnum()]
    if not words or len(words) > MAX_WORDS or all(w.lower() in _NP_GLUE for w in words):
        return False
    for w in words:
        key = w.lower()
        if key in _TIMES or key in ATTRIBUTION_WORDS:
            return False
        if key in STOP_WORDS and key not in _NP_GLUE and key not in NUMBER_WORDS:
            return False
    return words[-1].lower() not in _NP_GLUE and words[0].lower() not in {"of", "and"}


def _inside(raw: str, pos: int) -> bool:
    return 0 < pos < len(raw) and raw[pos - 1].isalnum() and raw[pos].isalnum()


def _word_before(raw: str, pos: int) -> str | None:
    """The word just before ``pos`` (lower case), None at a sentence's start; "\\0" inside a word."""
    if _inside(raw, pos):
        return "\0"
    k = pos
    while k > 0 and not raw[k - 1].isalnum():
        if raw[k - 1] in ".!?" or raw[k - 1] == "\n" and "\n" in raw[max(0, k - 3) : k - 1]:
            return None
        k -= 1
    j = k
    while j > 0 and (raw[j - 1].isalnum() or raw[j - 1] == "'"):
        j -= 1
    return raw[j:k].lower() or None


def _word_after(raw: str, pos: int) -> str | None:
    """The word just after ``pos`` (lower case), None at a sentence's end; "\\0" inside a word."""
    if _inside(raw, pos):
        return "\0"
    k = pos
    while k < len(raw) and not raw[k].isalnum():
        if raw[k] in ".!?":
            return None
        k += 1
    j = k
    while j < len(raw) and (raw[j].isalnum() or raw[j] == "'"):
        j += 1
    return raw[k:j].lower() or None


def _same_frame(cut: tuple, add: tuple, version_raw: str, source_raw: str) -> bool:
    """Whether the words around the addition are those around the cut (a word swapped in a kept
    frame: "The [judge] told" / "[Mr Justice Cole] told" at a sentence's start)."""
    lo, hi = min(cut[_START], add[_START]), max(cut[_END], add[_END])
    before = _word_before(version_raw, lo) == _word_before(source_raw, cut[_SRC_START]) != "\0"
    return before and _word_after(version_raw, hi) == _word_after(source_raw, cut[_SRC_END]) != "\0"


def _owned(cut: tuple, add: tuple) -> bool:
    """Whether one side is a thing someone owns ("His shop") and the other a name ("Tom Rudd, 52,"):
    not the same thing."""
    sides = [[w for _, _, w in tokenize(t) if w.isalnum()] for t in (cut[_SRC_FORM], add[_FORM])]
    owned = [bool(ws) and ws[0].lower() in _POSSESSIVES for ws in sides]
    named = [
        bool(ws) and all(w[:1].isupper() or w.isdigit() or w.lower() in _NP_GLUE for w in ws) for ws in sides
    ]
    return (owned[0] and named[1]) or (owned[1] and named[0])


def named_again(rows: list[tuple], version_raw: str, source_raw: str) -> list[tuple]:
    """The rows with each noun phrase cut and noun phrase added at its place joined into one
    replacement (module docstring); the joined row takes the addition's place."""

    def cut_phrase(cut: tuple) -> bool:
        return cut[_CATEGORY] == "deletion" and not cut[_FORM].strip() and is_noun_phrase(cut[_SRC_FORM])

    def named_here(cut: tuple, add: tuple) -> bool:
        return (
            is_noun_phrase(add[_FORM])
            and at_its_place(cut, add, version_raw, source_raw)
            and _same_frame(cut, add, version_raw, source_raw)
            and not _owned(cut, add)
        )

    return join_rows(rows, cut_phrase, named_here)
