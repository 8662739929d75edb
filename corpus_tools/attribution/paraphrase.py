"""One statement told in other words: the tests that follow a speaker's statement into a version
that paraphrases it ("denied assaulting both women" -> "pleaded not guilty to indecently
assaulting two women"), used by :mod:`corpus_tools.attribution.survival`.

A statement is compared on its content words keyed by :func:`corpus_tools.lexicon.lemma_key`
(inflections and spellings meet: "denies strangling" = "denied strangling"); names and numbers
count as content words. The sentence match of the alignment is not needed: a version often
fuses two source sentences, and the statement sits in the one the alignment did not pick.
"""

from __future__ import annotations

import re

from corpus_tools import lexicon

__all__ = [
    "MIN_OTHER_SPEAKER",
    "MIN_SAME_SPEAKER",
    "MIN_UNATTRIBUTED",
    "SPEECH_FORMS",
    "content_keys",
    "fact_keys",
    "keeps_keys",
    "keeps_statement",
    "names_in",
]

#: the least share of the source statement's content keys a version passage must hold, and the
#: least number of shared keys, to be the same statement when the version gives it to the same
#: speaker (a loose test: the speaker is the same, only the words are followed)
MIN_SAME_SPEAKER = (0.3, 2)
#: the same, when the version gives it to another speaker or to none (a strict test: a
#: re-attribution or an unattributed statement is claimed only on most of the statement's words)
MIN_OTHER_SPEAKER = (0.6, 3)
#: the same, for a version sentence that tells it without a speaker (the strictest: a story's
#: topic words, "talks on the missile programme", recur in many sentences); a shared name or
#: number (:func:`fact_keys`) is needed too
MIN_UNATTRIBUTED = (0.6, 4)
#: the words of a version sentence that report a named speaker's plea or denial where the
#: attributions read no cue ("Ian Beckett, 53, the Deputy Chief Constable of Surrey, pleaded not
#: guilty"), lower case; "said" and "told" are not here: the attributions read those
SPEECH_FORMS: frozenset[str] = lexicon.reporting_forms({"plead", "deny", "admit", "confess"}) | {"pled"}
_WORD = re.compile(r"[\w'\u2019.-]+")


def content_keys(text: str) -> set[str]:
    """The content words of a passage as :func:`corpus_tools.lexicon.lemma_key` keys (stop words
    out, names and numbers in).

    Example:
        >>> sorted(content_keys("denied strangling her and dumping her body in the bath"))
        ['bath', 'body', 'deny', 'dump', 'strangl']
    """
    words = (w.strip(".-'\u2019") for w in _WORD.findall(text))
    return {lexicon.lemma_key(w) for w in words if w and w.lower() not in lexicon.STOP_WORDS}


def fact_keys(text: str) -> set[str]:
    """The names and numbers of a passage as :func:`corpus_tools.lexicon.lemma_key` keys: words
    with a digit, and capitalised words after its first that are not stop words.

    Example:
        >>> sorted(fact_keys("that his trial would start on March 27 next year"))
        ['27', 'march']
    """
    words = [w.strip(".-'\u2019") for w in _WORD.findall(text)]
    return {
        lexicon.lemma_key(w)
        for i, w in enumerate(words)
        if w
        and (
            any(ch.isdigit() for ch in w)
            or (i > 0 and w[0].isupper() and w.lower() not in lexicon.STOP_WORDS)
        )
    }


def keeps_statement(version: str, source: str, *, same_speaker: bool, least: tuple | None = None) -> bool:
    """Whether a version passage tells the source statement, in any words: it holds at least
    :data:`MIN_SAME_SPEAKER` (same speaker) or :data:`MIN_OTHER_SPEAKER` (another speaker or
    none), or ``least`` (share, number) when given, of the statement's :func:`content_keys`.

    Example:
        >>> src = "strangling her and dumping her body in the bath"
        >>> version = "strangling Ann Lee, 50, and dumping her body in the bath"
        >>> keeps_statement(version, src, same_speaker=False)
        True
        >>> keeps_statement("the bath was cold", src, same_speaker=False)
        False
    """
    return keeps_keys(
        content_keys(version),
        content_keys(source),
        same_speaker=same_speaker,
        least=least,
        source_facts=fact_keys(source) if least is MIN_UNATTRIBUTED else frozenset(),
    )


def keeps_keys(
    version: set[str],
    source: set[str],
    *,
    same_speaker: bool,
    least: tuple | None = None,
    source_facts: frozenset[str] | set[str] = frozenset(),
) -> bool:
    """:func:`keeps_statement` on passages already read: the :func:`content_keys` of the version
    passage and of the source statement, and (for ``least=MIN_UNATTRIBUTED``) the source's
    :func:`fact_keys`; a statement compared with many passages is read once.

    Example:
        >>> src = content_keys("strangling her and dumping her body in the bath")
        >>> keeps_keys(content_keys("dumping her body in the bath"), src, same_speaker=False)
        True
    """
    if not source:
        return False
    share, fewest = least or (MIN_SAME_SPEAKER if same_speaker else MIN_OTHER_SPEAKER)
    n = len(source & version)
    if least is MIN_UNATTRIBUTED and not source_facts & version:
        return False
    return n >= min(fewest, len(source)) and n / len(source) >= share


def names_in(text: str) -> set[str]:
    """The capitalised words of a text, lower case, for finding a named speaker's name in a
    version ("Mr Beckett, of Chertsey" -> beckett, chertsey, mr).

    Example:
        >>> sorted(names_in("Ian Beckett, 53, pleaded not guilty."))
        ['beckett', 'ian']
    """
    return {w.lower() for w in re.findall(r"\b[A-Z][\w-]*[a-z][\w-]*\b", text)}
