"""The words of what happened in a sentence: its verbs of events and their nominalisations.

A retelling (:mod:`corpus_tools.reuse.retellings`) tells the same event as its source sentence:
the two share a verb of what happened ("stabbed", "stole", "was convicted") or the verb and its
noun ("stole" and "theft", "convicted" and "conviction", "exploded" and "explosion"). Nouns that
are no event ("smelter", "revenue", "mln": a business wire repeats them in every sentence) are
none; verbs of saying, light verbs ("take", "make", "get", "be") and the stock verbs of a court
report ("appeared", "heard") are none.

Read from the word's written form, not a parse (no spaCy pass): a word is *verbal* when it is an
irregular past form of the lexicon ("stole", "struck") or ends in "-ed" or "-ing" (five letters
or more, not one of the few words that end so and are no verbs: "hundred", "during",
"morning"), an "-ing" form only where it tells an act (after "be" or a preposition, or before
its object's "the", "a", "him": "was staggering", "for appointing", "seeking an injunction",
not "a betting syndicate", "match fixing"); *nominal* when it ends in an English noun-forming
suffix of verbs ("-tion", "-sion",
"-ment", "-ance", "-ence", "-ery", "-ury") or is one of the few irregular event nouns
of English (:data:`EVENT_NOUNS`: "death", "theft", "sale", "loss").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from corpus_tools.lexicon.words import _LEMMA_IRREGULAR
from corpus_tools.reuse.similarity import _REPORTING, lemma
from corpus_tools.text.sentences import match_key

__all__ = ["EVENT_NOUNS", "Events", "events", "shared_events"]

#: the irregular event nouns of English and the verbs (lemma keys) they name the event of; the
#: regular ones ("conviction", "robbery", "payment") are found by their suffix
EVENT_NOUNS: dict[str, tuple[str, ...]] = {
    "death": ("die", "kil"),
    "dead": ("die", "kil"),
    "theft": ("steal",),
    "thief": ("steal",),
    "sale": ("sell",),
    "loss": ("lose",),
    "flight": ("flee", "fly"),
    "proof": ("prove",),
    "choice": ("choose",),
    "admission": ("admit",),
    "birth": ("bear",),
}
#: forms of "die" the light lemma key leaves whole
_DIE = {"died": "die", "dies": "die", "dying": "die"}
#: verbs that carry no event of their own: being, having, doing, moving a story on, and the
#: light verbs that take their meaning from a noun ("took action", "made a decision")
_LIGHT = frozenset(
    """be have do make take get go come give put keep hold set begin start continue become seem
    use want try know think see look let leave find need mean include follow accord regard
    concern remain appear hear tell ask""".split()
)
_LIGHT_KEYS = _LIGHT | frozenset(map(lemma, _LIGHT))
#: words that end in "-ed" or "-ing" and are no verb form
_NOT_VERBAL = frozenset(
    """hundred sacred naked wicked kindred rugged ragged jagged alleged aged during morning evening
    nothing something anything everything thing things king ring string spring wing ceiling
    sibling darling pudding wedding earnings savings""".split()
)
_BE_OR_PREPOSITION = frozenset(
    """is are was were be been being am of for by after before from in on with without about
    while when into against over""".split()
)
_OBJECT_OPENERS = frozenset("the a an his her their its this that these those him them it me us".split())
_NOMINAL_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ery", "ury")
_IRREGULAR_FORMS = frozenset(_LEMMA_IRREGULAR) - {"men", "women", "children", "people"}


@dataclass(frozen=True)
class Events:
    """A sentence's event words as lemma keys: ``verbal`` (verb forms), ``nominal`` (the
    nominalisations, with the verbs an irregular one names in ``named``)."""

    verbal: frozenset[str]
    nominal: frozenset[str]
    named: frozenset[str]


def _verb_key(word: str) -> str | None:
    w = word.lower()
    if w in _DIE:
        return _DIE[w]
    if w in _IRREGULAR_FORMS:
        return lemma(_LEMMA_IRREGULAR[w])
    if len(w) >= 5 and w.isalpha() and w.endswith(("ed", "ing")) and w not in _NOT_VERBAL:
        return lemma(match_key(w))
    return None


def _acts(tokens: list[str], i: int) -> bool:
    """An "-ing" form tells an act after a form of "be" or a preposition ("was staggering", "for
    appointing") or before an object's determiner or pronoun ("seeking an injunction"); else it
    names a thing ("a betting syndicate", "match fixing", "a glittering career")."""
    if not tokens[i].lower().endswith("ing"):
        return True
    before = tokens[i - 1].lower() if i else ""
    after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
    return before in _BE_OR_PREPOSITION or after in _OBJECT_OPENERS


def events(tokens: Iterable[str], skip: frozenset[str] = frozenset()) -> Events:
    """The event words of a sentence's tokens (its words as written), but for the keys in
    ``skip`` (a caller's stock words: a court report's "adjourned", "sentenced").

    Example:
        >>> e = events("The man was convicted of the theft and stabbed a guard".split())
        >>> sorted(e.verbal), sorted(e.nominal), sorted(e.named)
        (['convict', 'stab'], ['theft'], ['steal'])
    """
    verbal, nominal, named = set(), set(), set()
    tokens = list(tokens)
    for i, tok in enumerate(tokens):
        if not tok.isalpha() or (i and tok[:1].isupper()):  # a name ("Reading", "Stocking")
            continue
        v = _verb_key(tok)
        if v is not None:
            if v not in _LIGHT_KEYS and v not in _REPORTING and v not in skip and _acts(tokens, i):
                verbal.add(v)
            continue
        w = tok.lower()
        if w in EVENT_NOUNS:
            nominal.add(w)
            named.update(EVENT_NOUNS[w])
        elif len(w) >= 6 and w.endswith(_NOMINAL_SUFFIXES):
            k = lemma(match_key(w))
            if k not in _REPORTING and k not in skip:
                nominal.add(k)
    return Events(frozenset(verbal), frozenset(nominal), frozenset(named))


def _verb_names(verb: str, noun: str) -> bool:
    """``noun`` (a nominal key) is the event of ``verb``: it starts with the verb's key, or
    both start with the same five letters and more ("collid"/"collision", "explod"/"explosion")."""
    if len(verb) >= 3 and noun.startswith(verb):
        return True
    n = max(5, len(verb) - 1)
    return len(verb) >= 5 and noun[:n] == verb[:n]


def shared_events(a: Events, a_keys: frozenset[str], b: Events, b_keys: frozenset[str]) -> frozenset[str]:
    """The events two sentences share, as verb keys (or the nominal key both use): a verb form
    of one whose key the other has in any form ("attacked" and "the attack") or a verb of one the
    other's nominalisation names ("stole" and "theft", "convicted" and "conviction"); a noun in
    both is no event shared ("production workers" and "production staff").

    Example:
        >>> a, b = "He stole the van".split(), "The theft of the van".split()
        >>> sorted(shared_events(events(a), frozenset(), events(b), frozenset()))
        ['steal']
    """
    out = set((a.verbal & (b_keys | b.verbal)) | (b.verbal & a_keys))
    for verbs, nouns, named in ((a.verbal, b.nominal, b.named), (b.verbal, a.nominal, a.named)):
        out |= verbs & named
        out |= {v for v in verbs for n in nouns if _verb_names(v, n)}
    return frozenset(out)
