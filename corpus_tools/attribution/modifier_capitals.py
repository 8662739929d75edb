"""A capitalised word before a lower-case noun in a description is a modifier, not a name.

"The former Navy communications engineer also admitted five charges of indecent assault" (after
"Mein, of Havant, Hants, pleaded guilty to ..."): the description is the defendant, Mein, told again
in the agency's voice; "Navy" qualifies the former trade "communications engineer".
The package took "Navy" for a name in the label, so the description was never the person on trial,
and it missed the trial's verb after "also"; PA's take counted an anonymous second speaker beside
Mein, and both papers were said to drop him twice (09.08.99/porn of the METER courts, porn1 14, rows
po5, po15, po25 of round 27's held-out audit in ``benchmarks/claims.md``; read from round 27's
held-out porn). :func:`name_words` gives the words of a label that are names: capitalised, not all
capitals, and not a modifier of a former trade ("former" before it, a lower-case word after it; "the
teenager Tom Hale": "Tom", "Hale"). Without "former" a capital stays a name: "The Leeds defender"
after "Northam FC manager Dave Kerridge" is no description of the manager (TUNE_20's guard, kind K1,
``benchmarks/claims_tune20.md``: a former trade is no bar to the office held now, a trade now is).
The defendant's descriptions (:mod:`~.defendant`) read "also" before the trial's verb as they read
"later".
"""

from __future__ import annotations

import functools
import re

__all__ = ["ADVERBS", "name_words"]

#: adverbs that may stand between a description and its verb of the trial ("also admitted")
ADVERBS = r"\w+ly|yesterday|today|now|later|also"

#: a label's words and punctuation
_WORDS = re.compile(r"[\w'-]+|[^\w\s]")


@functools.lru_cache(maxsize=4096)
def _names(label: str) -> tuple[str, ...]:
    words = _WORDS.findall(label)[1:]
    names = []
    for i, w in enumerate(words):
        if not (w[:1].isupper() and not w.isupper()):
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        former = any(x.lower() == "former" for x in words[:i])  # "The former Navy ... engineer"
        if not (former and after[:1].islower()):
            names.append(w)
    return tuple(names)


def name_words(label: str) -> list[str]:
    """The words of ``label`` after its first that are names: capitalised, not all capitals, and not
    a modifier of a former trade ("former" before it, a lower-case word after it).

    Example:
        >>> name_words("The former Navy communications engineer")
        []
        >>> name_words("the teenager Tom Hale"), name_words("The Leeds defender")
        (['Tom', 'Hale'], ['Leeds'])
    """
    return list(_names(str(label)))  # a pure function of the label, asked for every speaker
