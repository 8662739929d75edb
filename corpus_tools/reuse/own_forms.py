"""A source's words that a text writes another way, and a text's dates, as the count of a text's
words and names of its own reads them (:func:`corpus_tools.reuse.novelty.novel_lists`): a
standard news abbreviation of a source word ("HQ" for "headquarters", "£1bn" for "#1 billion":
:data:`corpus_tools.lexicon.NEWS_ABBREVIATIONS`) and one word's other British spelling ("inquiry"
for "enquiry": :data:`corpus_tools.lexicon.SPELLING_VARIANTS`) are the source's; a word of a name
one or two letters off the source's word in the same place of the same name ("the Evening Herald
Tribunal" for the source's "Tribune") is the source's misprinted; a date, a day number and a month
side by side ("20 March", "March 20"), is the source's only when the source has that date. Split
from :mod:`corpus_tools.reuse.novelty` (round 18, issue 22) to keep that module under 500 lines.
"""

from __future__ import annotations

import re
from bisect import bisect
from collections.abc import Iterable, Mapping, Sequence
from itertools import accumulate

from rapidfuzz.distance import Levenshtein

from corpus_tools.lexicon import NEWS_ABBREVIATIONS, SPELLING_VARIANTS, lemma_key
from corpus_tools.reuse.number_words import gap as _gap
from corpus_tools.text.dates import days_of_months

__all__ = [
    "NAME_MISPRINT_MIN",
    "date_keys",
    "date_spans",
    "known_forms",
    "name_misprint",
    "name_neighbours",
]

#: a word of a name this long or longer is read for a misprint of the source's word in its place
#: (:func:`name_misprint`); one letter off from this length, two letters off from one more
NAME_MISPRINT_MIN = 5
_SPELLINGS = tuple((lemma_key(a), lemma_key(b)) for a, b in SPELLING_VARIANTS)


def known_forms(keys_: Iterable[str], known: Iterable[str], figure_units: Iterable[str] = ()) -> set[str]:
    """The keys a text may write for the source's words ``keys_`` (``known``: their lemmas) by a
    news abbreviation or by another British spelling: "hq" when the source has "headquarters",
    "headquarters" when it has "HQ"; "bn" when it has "billion", "billion" when it writes "1bn"
    (``figure_units``: the units of the source's figures, "bn" of "1bn"; a one-letter abbreviation,
    "m" for "million", is read only there); "inquiry" when it has "enquiry".

    Example:
        >>> sorted(known_forms({"headquarters", "enquiry"}, {"headquarter", "enquiry"}))
        ['hq', 'inquiry']
        >>> sorted(known_forms({"1bn"}, {"1bn"}, {"1", "bn"}))
        ['billion']
    """
    keys_, known, units = set(keys_), set(known), set(figure_units)
    out: set[str] = set()
    for short, long in NEWS_ABBREVIATIONS.items():
        if lemma_key(long) in known or long in keys_:
            out.add(short)
        if short in units or (len(short) > 1 and short in keys_):
            out.update((long, lemma_key(long)))
    for a, b in _SPELLINGS:
        if a in known:
            out.add(b)
        if b in known:
            out.add(a)
    return out


def name_neighbours(keys_: Sequence[str]) -> dict[tuple[str, str], set[str]]:
    """The source's words of :data:`NAME_MISPRINT_MIN` letters or more by the word before them
    (``(">", before)``) and by the word after them (``("<", after)``), so that a word of a text's
    name can be read against the source's word in its place (:func:`name_misprint`); added to
    :func:`corpus_tools.reuse.misprints.misprint_contexts`.

    Example:
        >>> sorted(name_neighbours(["the", "herald", "tribune", "said"]).items())[:2]
        [(('<', 'said'), {'tribune'}), (('<', 'tribune'), {'herald'})]
    """
    out: dict[tuple[str, str], set[str]] = {}
    for i, k in enumerate(keys_):
        if len(k) < NAME_MISPRINT_MIN or not k.isalpha():
            continue
        if i:
            out.setdefault((">", keys_[i - 1]), set()).add(k)
        if i + 1 < len(keys_):
            out.setdefault(("<", keys_[i + 1]), set()).add(k)
    return out


def name_misprint(
    words: Sequence[tuple[str, str, bool]],
    i: int,
    group: Sequence[int],
    contexts: Mapping[tuple[str, ...], Iterable[str]],
) -> bool:
    """Whether word ``i`` of a name of several words (``group``: the indices of its words) is the
    source's word in its place misprinted: the source has a word of the same first letter right
    after the name's word before it, or right before the name's word after it (:func:`name_neighbours`),
    one letter off (a word of :data:`NAME_MISPRINT_MIN` letters or more) or two letters off (one
    letter longer): "Herald Tribunal" for the source's "Herald Tribune".

    Example:
        >>> words = [("herald", "Herald", False), ("tribunal", "Tribunal", False)]
        >>> name_misprint(words, 1, [0, 1], {(">", "herald"): {"tribune"}})
        True
        >>> name_misprint(words, 1, [0, 1], {(">", "herald"): {"tribute"}})
        False
    """
    k = words[i][0]
    if not contexts or len(k) < NAME_MISPRINT_MIN or not k.isalpha():
        return False
    near: set[str] = set()
    if i - 1 in group and _gap(words[i]).isspace():
        near.update(contexts.get((">", words[i - 1][0]), ()))
    if i + 1 in group and _gap(words[i + 1]).isspace():
        near.update(contexts.get(("<", words[i + 1][0]), ()))
    most = 1 if len(k) == NAME_MISPRINT_MIN else 2
    return any(s != k and s[:1] == k[:1] and _edits(k, s, most) <= most for s in near)


def _edits(a: str, b: str, most: int) -> int:
    """The edit distance of two words (letters added, dropped or changed), or ``most + 1`` when
    it is more than ``most`` (rapidfuzz's Levenshtein, as :mod:`corpus_tools.variants.categories`)."""
    return Levenshtein.distance(a, b, score_cutoff=most)


def date_keys(texts: Iterable[str]) -> set[str]:
    """The dates of raw texts as keys "day/month" ("20 March", "20th of March", "March 20" ->
    "20/3"), which no word has (the word pattern splits at "/"): a source's keys, so that a text's
    date is read against the source's dates (:func:`date_spans`). Read by the one date reader,
    :func:`corpus_tools.text.dates.days_of_months`, as the fact changes read them.

    Example:
        >>> sorted(date_keys(["On 20th of March and on Mar. 3 at 10.30, not March 2000 nor may 5."]))
        ['20/3', '3/3']
        >>> sorted(date_keys(["Assaults on December 14, 15 and 24."]))
        ['14/12', '15/12', '24/12']
    """
    return {f"{d.day}/{d.month}" for text in texts for d in days_of_months(text) if 1 <= d.day <= 31}


def date_spans(words: Sequence[tuple[str, str, bool]], fact: Sequence[bool]) -> dict[int, tuple[str, list]]:
    """The dates of a text's words (:func:`date_keys`' reader over the words and their gaps): a
    date's first word -> its key and its day and month words ("of", a year out), each a name or
    number (``fact``).

    Example:
        >>> words = [(w.lower(), w, False) for w in "on the 20th of March".split()]
        >>> date_spans(words, [False, False, True, False, True])
        {2: ('20/3', [2, 4])}
    """
    at = list(accumulate((len(_gap(w) or "\u00b6") + len(w[1]) for w in words), initial=0))  # ¶: a paragraph
    text = "".join((_gap(w) or "\u00b6") + w[1] for w in words)
    out: dict[int, tuple[str, list]] = {}
    for d in days_of_months(text):
        day = [
            j
            for j in range(bisect(at, d.start) - 1, bisect(at, d.end - 1))
            if not re.fullmatch(r"of|\d{4}", words[j][0])
        ]
        if day and 1 <= d.day <= 31 and all(fact[j] for j in day):
            out[day[0]] = (f"{d.day}/{d.month}", day)
    return out
