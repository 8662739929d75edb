"""The words of a name and the forms each word is held in, read by :mod:`~.name_forms` (whether
another text holds a name in some form): a name key's words without connecting words, company
endings and honorifics, a text's capitalised words in order, a word's plural, singular, country
adjective and other spelling, a typo fixed (one letter in a word of six or more), the titles a
person's name starts with, and a word that is the start of another. Moved out of
:mod:`~.name_forms` unchanged (round 26); :mod:`~.name_forms` re-exports them.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from corpus_tools.lexicon import COMPANY_ENDS, HONORIFICS
from corpus_tools.variants.facts import norm_text
from corpus_tools.variants.name_aliases import CONNECTORS as _CONNECTORS

__all__ = ["TITLE_WORDS", "is_typo", "name_words", "named_words", "shares_stem", "untitled", "word_forms"]


def name_words(key: str) -> list[str]:
    """The words of a name key (:func:`corpus_tools.variants.facts.fact_key`) that a text
    must hold for the name: split at spaces and hyphens, without connecting words, company
    endings and honorifics. ``"cooper-eromanga" -> ["cooper", "eromanga"]``."""
    words = [w for w in re.split(r"[\s-]+", key) if w]
    return [w for w in words if w not in _CONNECTORS | COMPANY_ENDS | HONORIFICS]


def named_words(text: str) -> list[str]:
    """The words of a text in order, lower case, dots and possessives dropped ("U.S." ->
    "us", "Cominco's" -> "cominco"); a word written without a capital is ``""``, so that
    positions stay those of the text."""
    return [
        norm_text(m.group()) if m.group()[0].isupper() else ""
        for m in re.finditer(r"(?:[A-Za-z]\.){2,}|[\w'’]+", text)
    ]


def word_forms(word: str) -> set[str]:
    """A word, its plural or singular, and a country's adjective or the country."""
    out = {word, word + "s", word + "es"}
    if word.endswith("s") and len(word) > 4:
        out.add(word[:-1])
    for end, back in (("ese", ""), ("ian", ""), ("ian", "a"), ("an", "o"), ("n", ""), ("i", "")):
        if word.endswith(end) and len(word) - len(end) >= 3:
            out.add(word[: len(word) - len(end)] + back)
    out |= {word + "ese", word + "ian", word + "i", word + "n", word[:-1] + "ian", word[:-1] + "an"}
    return out | _spellings(word)


#: British and American spellings of one word's ending: "organisation" / "organization", "labour" /
#: "labor", "centre" / "center" (benchmarks/family_round41.md)
_SPELLINGS = (("isation", "ization"), ("ise", "ize"), ("ised", "ized"), ("our", "or"), ("tre", "ter"))


def _spellings(word: str) -> set[str]:
    """A word of six letters or more in its other spelling, and the plural of each: "organisation" ->
    "organization", "organizations"."""
    if len(word) < 6:
        return set()
    stem = word[:-1] if word.endswith("s") else word
    out = {stem[: -len(a)] + b for x, y in _SPELLINGS for a, b in ((x, y), (y, x)) if stem.endswith(a)}
    return out | {w + "s" for w in out}


def is_typo(word: str, named: set[str]) -> bool:
    """One letter changed, added or dropped in a word of six letters or more: a typo fixed."""
    return len(word) >= 6 and any(
        abs(len(w) - len(word)) <= 1 and w[0] == word[0] and SequenceMatcher(None, w, word).ratio() >= 0.83
        for w in named
    )


#: titles written before a person's name, and their abbreviations: "Sen. Don Nickles" is
#: "Senator Don Nickles" ("General" is not among them: "General Motors")
TITLE_WORDS = frozenset(
    "sen senator rep representative gov governor gen lt col sgt president chairman minister secretary "
    "judge justice prime deputy vice chief director ambassador premier chancellor mayor".split()
)


def untitled(key: str) -> list[str]:
    """:func:`name_words` without the titles it starts with, or all of them when it is only titles."""
    words = name_words(key)
    i = 0
    while i < len(words) and words[i] in TITLE_WORDS:
        i += 1
    return words[i:] or words


def shares_stem(a: str, b: str) -> bool:
    """One word the start of the other, six letters shared: "congress" / "congressional"."""
    return min(len(a), len(b)) >= 6 and (a.startswith(b) or b.startswith(a))
