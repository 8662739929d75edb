"""A cut and an addition in two places of one aligned group that are one named change ("today" in a
cut clause, "yesterday" added in the other sentence): the pair, narrowed to the words that make
the change, the rest of the cut and the addition apart. Read by :mod:`~.lexical` after each
group's regions are cut into units; moved out of :mod:`~.lexical` unchanged (round 26).
"""

from __future__ import annotations

from corpus_tools.lexicon import RELATIVE_DAYS, STOP_WORDS, WEEKDAYS
from corpus_tools.variants.categories import categorize
from corpus_tools.variants.categories import words as _words
from corpus_tools.variants.units import MAX_UNIT_WORDS

__all__ = ["cross_pairs", "narrowed", "sub_pair"]

#: the categories a cut and an addition in two places of a group can form together
_CROSS = {"time_reference", "date_format", "number_format", "abbreviation", "spelling_uk_us", "name_spelling"}


def cross_pairs(units: list, sa: list, sb: list, name_similarity: float) -> list[tuple[int, int, int, int]]:
    """An addition and a few words of a cut elsewhere in the group that are one named change
    ("today" in a cut clause, "yesterday" added in the other sentence): the pair, the rest of
    the cut around it."""
    out = list(units)
    for u in units:
        words = [t[2] for t in sb[u[2] : u[3]]]
        if u[0] != u[1] or not 0 < len(words) <= MAX_UNIT_WORDS:
            continue
        for d in [d for d in out if d[2] == d[3] and d[0] < d[1]]:
            hit = sub_pair(sa, d, " ".join(words), name_similarity)
            if hit:
                lo, hi = hit
                out.remove(d)
                out.remove(u)
                out += [p for p in ((d[0], lo, d[2], d[2]), (d[1], d[1], d[2], d[2])) if p[0] < p[1]][:1]
                out += [(hi, d[1], d[2], d[2])] if hi < d[1] else []
                x, y = narrowed(sa[lo:hi], words, name_similarity)  # "by a magistrate" added apart
                out += [(u[0], u[0], u[2] + p, u[2] + q) for p, q in ((0, x), (y, len(words))) if p < q]
                out.append((lo, hi, u[2] + x, u[2] + y))
                break
    return sorted(out)


def narrowed(cut: list, words: list[str], name_similarity: float) -> tuple[int, int]:
    """The part of an added phrase that makes the named change with a cut's words: the shortest
    run of the same category (for a time, one holding a time word), widened over the function
    words beside it ("on Monday"); the whole phrase when a run of content words is all it has
    beside ("today" -> "by a magistrate yesterday": "yesterday", "by a magistrate" an addition)."""
    times = WEEKDAYS | RELATIVE_DAYS
    sub = " ".join(t[2] for t in cut)
    whole = categorize(sub, " ".join(words), name_similarity=name_similarity)
    for n in range(1, len(words)):
        for lo in range(len(words) - n + 1):
            part = words[lo : lo + n]
            if categorize(sub, " ".join(part), name_similarity=name_similarity) != whole:
                continue
            if whole == "time_reference" and not {w.lower() for w in part} & times:
                continue
            glue = lambda w: w.lower() in STOP_WORDS or not w[:1].isalnum()  # noqa: E731
            x, y = lo, lo + n
            while x > 0 and glue(words[x - 1]):
                x -= 1
            while y < len(words) and glue(words[y]):
                y += 1
            return x, y
    return 0, len(words)


def sub_pair(sa: list, d: tuple, form: str, name_similarity: float) -> tuple[int, int] | None:
    times = WEEKDAYS | RELATIVE_DAYS
    for n in range(1, MAX_UNIT_WORDS + 1):
        for lo in range(d[0], d[1] - n + 1):
            sub = " ".join(t[2] for t in sa[lo : lo + n])
            category = categorize(sub, form, name_similarity=name_similarity)
            if category not in _CROSS:
                continue
            if category != "time_reference" or set(_words(sub)) & times and set(_words(form)) & times:
                return lo, lo + n
    return None
