"""Where a sentence's words stand: which tell its own event and which only describe a thing.

A retelling (:mod:`corpus_tools.reuse.retellings`) tells the same event as its source sentence.
Three positions of a word tell no event of the sentence's own, read from the written form (no
parse), as round 23's reading of a story the rule was not developed on showed (benchmarks/README.md
"Issue 22, retellings on unseen stories"):

* a word inside a relative clause of place, from "where" to the next punctuation mark or
  conjunction: "found in the room *where the women were killed*" names a place by an event, it
  does not tell it (a clause opened by "who" or "which" often runs on into the sentence's own
  verb, unmarked: "a profiler who examined the case found it hard ...", and is left alone);
* an "-ed" form between a determiner or a possessive and the next word: "the *isolated*
  cottage", "a *battered* car" is an adjective, not an act;
* a verb of knowing or finding out (:data:`KNOWING`: "police *established*", "trying to
  *establish* whether") says how something is known, like a verb of saying.

And a word two sentences share is no shared word of what happened when it modifies other nouns in
each ("a *double* killer" and "a *double* agent"), and cannot be the one shared word that is no
verb (what or where) when it modifies, in one sentence only, a noun the other lacks: "*house*
burglaries" and "in the *house*" (:func:`modifies`, :func:`same_use`; a noun in "-ing" or "-ed"
is read as a verb form, so "double glazing" modifies nothing).
"""

from __future__ import annotations

import re

from corpus_tools.lexicon import STOP_WORDS
from corpus_tools.reuse.event_words import _verb_key
from corpus_tools.reuse.similarity import lemma
from corpus_tools.text.sentences import match_key

__all__ = ["KNOWING", "background_keys", "modifies", "same_use"]

#: the verbs of knowing and finding out of English (lemma keys are taken of these): they say how
#: a fact is known, never what happened
KNOWING: frozenset[str] = frozenset(
    """establish discover learn suspect understand realise realize determine ascertain
    investigate examine""".split()
)
_KNOWING_KEYS = KNOWING | frozenset(lemma(match_key(w)) for w in KNOWING)
_TOKEN_RE = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*['\u2019]?|[^\w\s]")
_RELATIVE = frozenset(["where"])
_CLAUSE_ENDS = frozenset("and but then before after while because".split())
#: prepositions and adverbs of place and time a noun stands before without modifying
_NOT_HEAD = frozenset("near ago away out up down off over under around inside outside".split())
_DETERMINERS = frozenset("the a an his her their its this that these those our my your".split())


def _key(word: str) -> str:
    return lemma(match_key(word.lower()))


def _tokens(text: str) -> list[str]:
    return _TOKEN_RE.findall(text)


def background_keys(text: str) -> frozenset[str]:
    """The keys of words that tell no event of the sentence's own (the module's doc): verbs of
    knowing, and words found only inside relative clauses or as "-ed" adjectives.

    Example:
        >>> sorted(background_keys("He was caught in the flat where the man was robbed."))
        ['man', 'rob']
    """
    toks = _tokens(text)
    inside, outside = set(), set()
    relative = False
    for i, tok in enumerate(toks):
        low = tok.lower()
        if not tok[:1].isalnum() or low in _CLAUSE_ENDS:
            relative = False
            continue
        if low in _RELATIVE:
            relative = True
            continue
        k = _key(tok)
        before = toks[i - 1].lower() if i else ""
        after = toks[i + 1] if i + 1 < len(toks) else ""
        adjective = (
            low.endswith("ed")
            and (before in _DETERMINERS or before.endswith(("'s", "s'", "\u2019s", "s\u2019")))
            and after[:1].isalpha()
        )
        (inside if relative or adjective or k in _KNOWING_KEYS else outside).add(k)
    return frozenset(inside - outside) | (_KNOWING_KEYS & (inside | outside))


def _plain(word: str) -> bool:
    """A lower-case content word that is no verb form, adverb in "-ly" nor grammar word."""
    low = word.lower()
    return (
        word[:1].isalpha()
        and word[:1].islower()
        and low not in STOP_WORDS
        and low not in _NOT_HEAD
        and not low.endswith("ly")
        and _verb_key(low) is None
    )


def modifies(text: str) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """``(heads, keys)``: each word's key -> the keys of the nouns it stands right before (a noun
    modifier's head: "house burglaries" gives ``{"hous": {"burglary"}}``; a word before a mark, a verb
    form or a grammar word has no entry; a verb form modifies nothing), and every word's key."""
    toks = _tokens(text)
    out: dict[str, set[str]] = {}
    for tok, nxt in zip(toks, toks[1:], strict=False):
        if _plain(tok) and _plain(nxt):
            out.setdefault(_key(tok), set()).add(_key(nxt))
    keys = frozenset(_key(t) for t in toks if t[:1].isalnum())
    return {k: frozenset(v) for k, v in out.items()}, keys


def same_use(word: str, a: tuple, b: tuple) -> int:
    """How alike two sentences use ``word`` (:func:`modifies` of each): 2 as no modifier in
    either, or before a noun the other sentence has too ("isolated cottage" and "the cottage,
    isolated"); 1 before a noun in one only, the other lacking that noun ("house burglaries" and
    "in the house", "pavilion roof" and "the pavilion": the same word, but in one it only says
    which kind of another thing); 0 before other nouns in both ("a double killer", "a double
    agent": no shared word).

    Example:
        >>> same_use("hous", modifies("Two house burglaries."), modifies("He slept in the house."))
        1
    """
    (ha, ka), (hb, kb) = a, b
    heads_a, heads_b = ha.get(word, frozenset()), hb.get(word, frozenset())
    if (not heads_a and not heads_b) or heads_a & kb or heads_b & ka:
        return 2
    return 1 if not heads_a or not heads_b else 0
