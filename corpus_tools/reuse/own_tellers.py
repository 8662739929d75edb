"""A sentence told by an unnamed teller of the paper's own, whom the source never mentions.

A paper that sends its own reporter prints what the people around the story told him: "One friend
says that when she called round the only other thing in the kitchen was chip wrappers." The wire
story gives its own account of the same scene ("The only food kept in the kitchen was bread,
butter and jam"), so the two share the scene's words and a stock phrase ("in the kitchen was"),
and the words route of :func:`corpus_tools.reuse.matching.match` aligns them; but the sentence is
the paper's own fact from the paper's own source. On METER courts, seven papers of one story print
that sentence, all seven aligned and all annotated new (benchmarks/README.md "#24 sentence reuse,
round 25"), and no other aligned sentence has the shape.

:func:`corpus_tools.reuse.own_quotes.own_quotations`, given :func:`own_teller` bound to the source
sentences, sets such a sentence, in place, to new: a ``rewritten`` sentence that opens a telling by
an unnamed teller of :data:`TELLERS` ("one friend says", "a neighbour told", "another relative
said": :func:`teller`) when that noun is in **no** source sentence of the story (a friend the wire
names or quotes is the wire's friend) and the sentence shares no run of more than
:data:`corpus_tools.reuse.matching.RUN_WORDS` (4) words with any source sentence it is aligned to
(a run of four is a stock phrase's length, "in the kitchen was"; five or more keep a phrase of the
source's, which the paper took whoever it names).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from corpus_tools.reuse.matching import RUN_WORDS
from corpus_tools.reuse.own_quotes import longest_run

__all__ = ["TELLERS", "own_teller", "teller"]

#: nouns of a person close to a story whom a paper quotes without a name
TELLERS = frozenset(
    {"friend", "neighbour", "neighbor", "relative", "pal", "colleague", "acquaintance", "onlooker"}
    | {"friends", "neighbours", "neighbors", "relatives", "pals", "colleagues", "acquaintances"}
)
_ARTICLES = frozenset({"one", "a", "an", "another"})
_LINKS = frozenset({"close", "old", "family", "former"})  # "a close friend", "an old neighbour"
_SAYING = frozenset({"says", "said", "say", "told", "tells", "recalled", "recalls", "added", "claimed"})
#: words after the teller before the verb of saying ("One friend, who asked not to be named, said")
_REACH = 8


def teller(norms: Sequence[str]) -> str | None:
    """The teller noun of an unnamed teller's telling in ``norms`` (a sentence's lower-case
    words): an article ("one", "a", "an", "another"), maybe "close", "old", "family" or "former",
    a noun of :data:`TELLERS`, and a verb of saying within :data:`_REACH` words; else None.

    Example:
        >>> teller("one friend says the kitchen was bare".split())
        'friend'
        >>> teller("a close neighbour who asked not to be named said".split())
        'neighbour'
        >>> print(teller("his friend said".split()), teller("a friend of the family".split()))
        None None
    """
    for k, word in enumerate(norms):
        if word not in TELLERS or k == 0:
            continue
        j = k - 1
        while j > 0 and norms[j] in _LINKS:
            j -= 1
        if norms[j] in _ARTICLES and _SAYING.intersection(norms[k + 1 : k + 1 + _REACH]):
            return word
    return None


def own_teller(source_sentences: Sequence) -> Callable:
    """The test of :func:`corpus_tools.reuse.own_quotes.own_quotations` for sentences told by a
    teller of the paper's own, against the story's ``source_sentences``
    (:class:`corpus_tools.reuse.matching.Sentence`): ``test(target, sources)`` is True when
    :func:`teller` finds a teller in ``target``, no source sentence holds that noun, and ``target``
    shares no run of more than :data:`RUN_WORDS` words with any of ``sources`` (those it is aligned
    to). The source's words are read only for a sentence with a teller."""

    def test(target, sources) -> bool:
        noun = teller(target.norms)
        if noun is None or not sources:
            return False
        forms = {noun, noun + "s", noun.removesuffix("s")}  # the wire's "friends" is a friend too
        if any(forms.intersection(s.norms) for s in source_sentences):
            return False
        return all(longest_run(target.keys, s.keys) <= RUN_WORDS for s in sources)

    return test
