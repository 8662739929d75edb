"""A speaker known only by a generic head word is not "quoted on something else" by that word alone.

"Chrysler is aiming for the mainstream European buyer, ..., officials said" in one story; "Opel/
Vauxhall ... accounted for most of GM's sales in Europe ..., officials said" in the next. Identity
joins two unnamed speakers whose descriptions are the same words, so the bare "officials" of the one
were "the same speaker" as the bare "officials" of the other, and the survival said the later story
quotes them "on something else" (``kept_other_statement``), though nothing but the word "officials"
ties the two. Issue 22 asks that speaker identity never rest on a generic head word ("official",
"officials", "source"); a reader cannot check such a claim, and it is mostly false (the officials of
another company, another ministry).

The rule, read only where a source speaker would be ``kept_other_statement`` (none of its statements
told in the version, so identity alone makes the claim): when the source speaker is unnamed and its
label is a generic head alone (:data:`~.told_parties.GENERIC_HEADS`, an article or "the" aside:
"officials", "the sources", "a spokesman"), and every version speaker identity joins to it is so
too, the row is ``dropped``. A kept statement still keeps such a speaker (the statement is the
evidence), and "U.S. officials" or "Chrysler officials" say whose they are.

Found in round 38, branch survival38 (issue 22's rule; its one case known here is a held-out row,
``HELD_OUT_37``'s 627+1539, seen while marking it: its gain there is not held out,
``benchmarks/survival38.md``). Branch debt38 wrote the same rule for the same row (``claims.md``'s
ch13) as a twin module; the lead kept this one, which runs after a statement retold in other words
has kept its speaker, and debt38's tests (``tests/test_speakers_debt38.py``) pass on it.

* :func:`bare_head`: whether a label is a generic head alone;
* :func:`only_bare_heads`: whether a source speaker's "same" speakers rest on that alone.
"""

from __future__ import annotations

from corpus_tools import lexicon
from corpus_tools.attribution.told_parties import GENERIC_HEADS

__all__ = ["bare_head", "only_bare_heads"]

_ARTICLES = ("a ", "an ", "the ", "some ", "other ")


def bare_head(label: str) -> bool:
    """Whether ``label`` is a generic head word alone, an article aside.

    Example:
        >>> bare_head("officials"), bare_head("The sources"), bare_head("a spokesman")
        (True, True, True)
        >>> bare_head("Chrysler officials"), bare_head("U.S. officials"), bare_head("analysts")
        (False, False, False)
    """
    text = " ".join(str(label).split()).lower()
    text = next((text[len(a) :] for a in _ARTICLES if text.startswith(a)), text)
    return " " not in text and lexicon.lemma_key(text) in GENERIC_HEADS


def only_bare_heads(label: str, same_labels: list[str]) -> bool:
    """Whether the source speaker ``label`` and every label of the version speakers identity joins
    to it (``same_labels``) are generic heads alone: no identity a reader can check.

    Example:
        >>> only_bare_heads("officials", ["officials"]), only_bare_heads("officials", ["GM officials"])
        (True, False)
        >>> only_bare_heads("Chrysler officials", ["officials"])
        False
    """
    return bare_head(label) and bool(same_labels) and all(bare_head(x) for x in same_labels)
