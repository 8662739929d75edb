"""A body's name run into the party word of the title after it: "U.S. Senate Republican leader
Robert Dole" names the Senate (and, apart, the person), not a "U.S. Senate Republican"
(benchmarks/family_round51.md). Read by :func:`corpus_tools.variants.name_facts.names`."""

from __future__ import annotations

import re

from corpus_tools.lexicon import SPEAKER_WORDS

__all__ = ["party_word_cut"]

#: a party's adjective or member, written before a title ("Republican leader", "Labour chairman")
PARTY_WORDS = frozenset(
    "republican democratic democrat labour liberal conservative socialist communist tory".split()
)
#: the title word in lower case just after the run: "leader", "whip", "senator", "chairman"
_TITLE_AFTER = re.compile(r"\s+([a-z]+)\b")
_TITLES = SPEAKER_WORDS["official"] | {"whip"}
#: the body whose party members the title is of: "Senate", "House", "Parliament", "Council"
BODIES = SPEAKER_WORDS["organisation"]


def party_word_cut(words: list[str], text: str, after: str) -> tuple[list[str], str]:
    """A run's words and name without its last word when that word is a party's, the word before
    it a body's (:data:`BODIES`: "Senate", "House") and a lower-case title follows the run ("Senate
    Republican" before "leader"); a party's own name stays ("Liberal Democratic leader", "Social
    Democratic leader"). Any other run as it is.

    >>> party_word_cut(["Tarn", "Senate", "Democratic"], "Tarn Senate Democratic", " whip Al Vey said")
    (['Tarn', 'Senate'], 'Tarn Senate')
    >>> party_word_cut(["Liberal", "Democratic"], "Liberal Democratic", " leader said")[1]
    'Liberal Democratic'
    >>> party_word_cut(["Senate", "Republican"], "Senate Republican", " votes")[1]
    'Senate Republican'
    """
    if len(words) < 2 or words[-1].lower() not in PARTY_WORDS or words[-2].lower() not in BODIES:
        return words, text
    m = _TITLE_AFTER.match(after)
    if m is None or m.group(1) not in _TITLES:
        return words, text
    return words[:-1], text[: text.rfind(words[-1])].rstrip()
