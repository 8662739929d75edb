"""An opening indefinite description that pleads, and the person named after it.

A court report often opens with a description of the defendant and a plea, and names him only in
a later sentence: "A lorry driver today admitted a series of rapes. / Tom Hale was caught after
...", "A SERIAL rapist faces life after admitting a reign of terror.", "One of the most prolific
burglars in the county yesterday admitted 40 offences." A reader takes the description for the
man named next; the findings had counted it as one more speaker (anonymous, or "named" when the
tagger took a word of it for a name), and every version then "dropped" it (the claims audit's
round 14, 04.10.99/lynx, remark14's cause 3: PA's first take and five papers open so,
``benchmarks/claims.md``). It is the singular kind of :mod:`~.openings`' pair ("An English couple
who claimed ...") and the plea kind of :mod:`~.descriptions`' "A teenager told ... / Richard Lowe
claimed", which reads only the next sentence and only heads of
:data:`~.descriptions.PERSON_HEADS`.

The rule: a speaker label that is an indefinite description ("a", "an" or "one of" and a head
word that is no institution's, no name in it: capitals of a headline allowed), whose own sentence
makes a plea (admit, deny, plead, confess, in any form: "faces life after admitting"), is the
person the first of the next three sentences that names anyone opens with, in full (a given name
and a surname), when the text has not named that surname up to the end of the description's
sentence (a person the description's sentence names, "the search for the Yorkshire Ripper", is
someone else) and makes a plea under that surname itself from that sentence on ("Hale, 42,
pleaded guilty"; a victim named first makes none).

* :func:`pleading_opener`: that person's name, or "";
* :func:`description_head`: the head word of such a description ("A lorry driver": "driver").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from corpus_tools.attribution.descriptions import names_in, sentence_spans
from corpus_tools.attribution.kin_openers import same_relative
from corpus_tools.attribution.party_adjectives import party_word
from corpus_tools.attribution.surnames import INSTITUTION_HEADS
from corpus_tools.attribution.wire_slugs import without_slugs

__all__ = ["description_head", "pleading_opener"]

#: the determiners of an indefinite description of one person ("a", "an", "one of the ...")
_INDEFINITE = re.compile(r"^(?:an?|one of(?: the| his| her| their)?)\s+", re.IGNORECASE)
#: words that end the description's own noun phrase ("A RAPIST who ...", "... offenders in Britain")
_ENDS = frozenset("who whom which that in of from at on with for after ,".split())
#: a plea, in any form ("admitted", "after admitting", "pleaded guilty", "denies")
_PLEA = re.compile(
    r"\b(?:admit(?:s|ted|ting)?|den(?:y|ies|ied|ying)|plead(?:s|ed|ing)?|pled|confess(?:es|ed|ing)?)\b",
    re.IGNORECASE,
)
#: how many sentences after the description's the name may come
_REACH = 3


def _description(label: str) -> str:
    """The head word of an indefinite description with no name in its own noun phrase, lower
    case, or ""."""
    m = _INDEFINITE.match(label)
    if not m:
        return ""
    words = []
    for w in re.findall(r"[\w'-]+|,", label[m.end() :]):
        if w.lower() in _ENDS:
            break
        words.append(w)
    if not words or any(w[:1].isupper() and not w.isupper() and not party_word(w) for w in words):
        return ""  # "A Leeds man", "A friend of Tom Hale": a name in it; "A former Tory Minister" none
    head = words[-1].lower()
    return head if head.replace("-", "").isalpha() and head not in INSTITUTION_HEADS else ""  # "eye-witness"


def pleading_opener(label: str, before: str, after: str, surnames: set[str]) -> str:
    """The full name an opening indefinite description that pleads stands for (module docstring),
    else "".

    Args:
        label: the speaker's label ("A lorry driver", "A SERIAL rapist").
        before: the document's text before the mention.
        after: the document's text from the mention on.
        surnames: the surnames the text gives people (:func:`~.surnames.person_surnames`).

    Example:
        >>> text = "A van driver today admitted six burglaries. Tom Hale, 42, pleaded guilty at York."
        >>> pleading_opener("A van driver", "", text, {"Hale"})
        'Tom Hale'
        >>> pleading_opener("A van driver", "", text.replace("admitted", "robbed"), {"Hale"})
        ''
    """
    label = " ".join(str(label).split())
    if not _description(label):
        return ""
    found = named_after(before, after, surnames, _PLEA, _REACH)  # "A van driver robbed ...": no plea
    if found is None:
        return ""  # or no name yet: "Operation Lynx was launched ..."
    text, spans, k, a, b, name = found
    opens = text[a:b].find(name.split()[-1]) < 60
    last = name.split()[-1]
    if not opens or len(name.split()) < 2 or last in without_slugs(text[: spans[k][1]]):  # no header line
        return ""
    pleads = re.search(rf"\b{re.escape(last)}\b[^.]{{0,80}}?{_PLEA.pattern}", text[a:], re.IGNORECASE)
    pleads = pleads or same_relative(text[len(before) : spans[k][1]], text[a:b], name)  # "X and her son"
    return name if pleads else ""  # "Jane Cole was found dead": the victim, who made no plea


def sentence_at(spans: list[tuple[int, int]], at: int) -> int | None:
    """The index of the sentence span holding character ``at``, or None."""
    return next((i for i, (a, b) in enumerate(spans) if a <= at < b), None)


def named_after(
    before: str,
    after: str,
    surnames: set[str],
    cue: re.Pattern,
    reach: int,
    spans_of: Callable[[str], list[tuple[int, int]]] = sentence_spans,
) -> tuple[str, list[tuple[int, int]], int, int, int, str] | None:
    """The first person named after an opening description whose own sentence says ``cue`` (a
    plea, a statement) from the mention on (the end of ``before``; a wire take's headline and
    byline stand before it), in the first of the ``reach`` sentences after it that names anyone
    (:func:`~.descriptions.names_in`; the sentences those ``spans_of`` reads): the document's
    text (``before + after``), its sentence spans, the index of the description's sentence, the
    start and end of the naming sentence and the first name it gives; None when the description's
    sentence does not say ``cue`` or none of them names anyone. Shared by the opening descriptions
    that plead (here) and that speak (:mod:`~.opening_speakers`).

    Example:
        >>> text = "A van driver admitted theft. Tom Hale, 42, was held."
        >>> named_after("", text, {"Hale"}, _PLEA, 3)[2:]
        (0, 29, 52, 'Tom Hale')
        >>> named_after("", text.replace("admitted", "robbed"), {"Hale"}, _PLEA, 3) is None
        True
    """
    text, at = before + after, len(before)
    spans = spans_of(text)
    k = sentence_at(spans, at)
    if k is None or not cue.search(text[at : spans[k][1]]):
        return None
    for a, b in spans[k + 1 : k + 1 + reach]:
        if names := names_in(text[a:b], surnames, text):
            return text, spans, k, a, b, names[0]
    return None


#: the head word of an indefinite description with no name ("A lorry driver": "driver"), or ""
description_head = _description
