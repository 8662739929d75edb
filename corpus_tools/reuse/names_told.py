"""The earlier lead's names as a later story writes them: opening a sentence, or one letter apart.

The shape, read in round 35 (branch tree35) on the missed edges of ``benchmarks/family_edges.csv``:
the lead rule (:mod:`corpus_tools.reuse.retold_lead`) reads a story's names by their capitals
(:func:`corpus_tools.reuse.retold_across.particulars`), skipping the word that opens a sentence,
which is capitalised whatever it is; so a later story whose sentence opens with the earlier lead's
name ("International Corona Resources Ltd said its board ...", 16232 <- 11602; "Finance Minister
Edouard Balladur announced on March 10 ...", 7403 <- 4130) does not tell that name again. And a
later story that tells five of the earlier story's figures again writes its place "Bahia" where the
earlier lead wrote "Bahian" (11459 <- 4470, a crop estimate cut two weeks on).

:func:`opening_names`: the capitalised words that open a story's sentences; a name of the earlier
lead among them is told again. :func:`respelled`: the earlier lead's names of
:data:`RESPELT_MIN` letters or more that the later story writes one letter apart, the same first
letter ("Bahian" / "Bahia", "Leucadia" / "Lucadia"); the lead rule counts them only when the later
story also tells two of the earlier story's own figures again
(:mod:`corpus_tools.reuse.figures_told`): round 32 (branch tree32) found a respelling alone joins
a country's stories with its adjective's ("Brazil" / "Brazilian") on the dated archive.
"""

from __future__ import annotations

from functools import lru_cache

from corpus_tools.reuse.misprints import one_edit
from corpus_tools.reuse.retold_across import _WORD
from corpus_tools.variants.facts import split_sentences

__all__ = ["RESPELT_MIN", "opening_names", "respelled"]

#: the shortest name read as respelled one letter apart: shorter names one letter apart are often
#: two names ("Iran" / "Iraq")
RESPELT_MIN = 5


@lru_cache(maxsize=4096)
def opening_names(text: str) -> frozenset[str]:
    """The capitalised words opening ``text``'s sentences, as the lead rule's names write them
    (lower-cased, without a possessive "'s").

    Example:
        >>> sorted(opening_names("International Corona Ltd said it agreed. The board met. 40 pct voted."))
        ['international', 'the']
    """
    out = set()
    for s in split_sentences(text):
        first = _WORD.findall(s)[:1]
        if first and first[0][0].isupper():
            out.add(first[0].lower().removesuffix("'s"))
    return frozenset(out)


def respelled(lead_names: frozenset[str], names: frozenset[str]) -> frozenset[str]:
    """The names of ``lead_names`` (not figures) of :data:`RESPELT_MIN` letters or more that are
    not in ``names`` but are one letter from one of them with the same first letter.

    Example:
        >>> sorted(respelled(frozenset({"bahian", "2.0", "salvador"}), frozenset({"bahia", "brazil"})))
        ['bahian']
    """
    out = set()
    for n in lead_names - names:
        if len(n) < RESPELT_MIN or n[0].isdigit():
            continue
        if any(m[:1] == n[:1] and len(m) >= RESPELT_MIN - 1 and one_edit(n, m) for m in names):
            out.add(n)
    return frozenset(out)
