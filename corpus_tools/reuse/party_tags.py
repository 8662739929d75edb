"""A lawmaker's party-and-state tag is the source's when the source names the party and the state
(issue #22, round 35, branch rkind35).

Wire copy labels a member of Congress either way: "Bill Frenzel, R-MI.", "Rep. Ed Jenkins (D-GA.)",
or "Republican Bill Frenzel of Michigan", "Dan Rostenkowski, an Illinois Democrat". An update that
restyles the labels adds no fact: TUNE_35's 5561, 5376 edited and cut, had "4 names or numbers
that 5376 does not have" ("R-MI.", "D-IL.", "D-MO.", "D-GA."), every one a lawmaker's label whose
party and state 5376 gives in words, and it was called partially derived for them
(``benchmarks/claims_tune35_r.md``, cause F).

* :func:`party_tag_known`: a party's initial ("D", "R", "I") joined by a hyphen to a state's postal
  code, abbreviation or one-word name ("IL", "Mich", "Ohio": :data:`corpus_tools.lexicon.STATE_CODES`
  and :data:`~corpus_tools.lexicon.STATE_ABBREVIATIONS`) is the source's when the source has the
  party's word ("Democrat" or "Democratic", "Republican", "Independent") and every word of the
  state's name. A tag whose party or state the source does not give stays a fact of the text's own.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from corpus_tools.lexicon import STATE_ABBREVIATIONS, STATE_CODES
from corpus_tools.reuse.number_words import gap

__all__ = ["party_tag_known"]

#: a party's initial in a tag -> the words the source may name the party with
PARTY_INITIALS: dict[str, tuple[str, ...]] = {
    "d": ("democrat", "democratic"),
    "r": ("republican",),
    "i": ("independent",),
}
#: a state in a tag, its code, abbreviation or one-word name ("IL", "Ill", "Ohio") -> its name
_STATES = STATE_CODES | STATE_ABBREVIATIONS | {s: s for s in STATE_CODES.values() if " " not in s}


def party_tag_known(words: Sequence[tuple[str, str, bool]], i: int, source: Container[str]) -> bool:
    """Whether word ``i`` is the party's initial or the state of a tag ("D-IL") whose party and
    state ``source`` (the source's word keys) both name.

    Args:
        words: ``(key, word, sentence_initial)`` of the text
            (:func:`corpus_tools.reuse.derivation.body_words`, whose ``gap`` is what stands before
            each word).
        i: the word's index.
        source: the source's word keys.

    Example:
        >>> from corpus_tools.reuse.derivation import body_words
        >>> ws = body_words("Rep. Al Vey, D-Ohio., and Jo Pim (R-TX) said so.")
        >>> src = {"democrat", "ohio", "republican"}
        >>> [party_tag_known(ws, j, src) for j in (3, 4)], [party_tag_known(ws, j, src) for j in (8, 9)]
        ([True, True], [False, False])
    """
    k = words[i][0]
    if len(k) == 1:
        j = i  # the party's initial
    elif gap(words[i]) == "-":
        j = i - 1  # the state after the hyphen
    else:
        return False
    if j < 0 or j + 1 >= len(words) or gap(words[j + 1]) != "-":
        return False
    party, state = PARTY_INITIALS.get(words[j][0]), _STATES.get(words[j + 1][0])
    if party is None or state is None or not words[j][1].isupper():
        return False
    return any(p in source for p in party) and all(w in source for w in state.split())
