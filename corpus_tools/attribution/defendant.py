"""The person on trial in a court story: one speaker under every description the story gives them.

A court report has one defendant, whom a paper that cannot name them calls by turns "the
defendant", "the teenager", "the girl", "the babysitter". The descriptions that are that person:
the roles ("the defendant", "the accused") and every description the story ties to the charge, as
the subject of a verb of the trial that opens its clause ("A 13-year-old babysitter went on trial
today accused of murdering ...", "A GIRL of 13 was yesterday accused in court of ...", "The
teenager, who denies the charge, ...", "The schoolgirl, who cannot be named for legal reasons,
allegedly killed ..."). "Cannot be named" alone is no evidence: it is said of victims too.
A description is evidence only where the text writes it so; a description with a name in
apposition ("the girl, Amy Shaw") is that named person, never the defendant.

* :func:`description_head`: the head word of an unnamed description ("A GIRL of 13" -> "girl");
* :func:`defendant_heads`: the head words a text ties to the person on trial;
* :func:`is_defendant`: whether a speaker label is a description of that person.
"""

from __future__ import annotations

import functools
import re

from corpus_tools import lexicon
from corpus_tools.attribution.modifier_capitals import ADVERBS, name_words

__all__ = ["DEFENDANT_ROLES", "defendant_heads", "description_head", "is_defendant"]

#: roles that are the person on trial whatever the text says around them
DEFENDANT_ROLES = frozenset({"defendant", "accused"})
#: head words that never stand for the person on trial (the court, its people, the charge)
_NOT_DEFENDANT = frozenset(
    """court jury judge trial hearing case crown prosecution prosecutor police charge charges
    child baby toddler victim mother father sister brother aunt uncle family witness doctor
    doctors inquest coroner magistrate magistrates bench""".split()
)
_DETERMINERS = ("a", "an", "the")
#: words after a description's head that end it ("the accused at Manchester")
_ENDS = frozenset("of at in from for with who which aged".split())
#: a verb phrase of the trial, said of its subject
_TRIAL = (
    r"(?:(?:went|goes|go|stood|stands|stand) on trial|(?:stood|stands) trial|appeared in court"
    r"|(?:is|was|has been|had been)\s+(?:\w+\s+)?(?:charged|accused|convicted|jailed|sentenced|"
    r"cleared|acquitted|found guilty|remanded|on trial)"
    r"|accused (?:in court )?of|denies|denied|admits|admitted|pleaded|allegedly\s+\w+)\b"
)
#: a description (a determiner, up to three modifiers, the head), then an age or an aside, then
#: the verb of the trial
_CHARGED = re.compile(
    r"(?:^\W*|[.!?:;]['\"\u2019\u201d]?\s+\W*|\bthat\s+)"  # the subject opens its sentence or clause
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?([a-z]+)"
    r"(?:\s+(?:of|aged)\s+\d+)?"
    r"(?:\s*,\s*(?:who\s+)?|\s*,[^,.;\n]{1,80},\s*|\s+)"
    r"(?:who\s+)?(?:(?:" + ADVERBS + r")\s+)?" + _TRIAL,
    re.IGNORECASE | re.MULTILINE,
)


#: words that make a description someone other than the one on trial ("another man", "his co-accused")
_OTHER = re.compile(r"\b(?:another|other|second|third|fellow|co-\w+)\b", re.IGNORECASE)
#: a description with a full name in apposition ("The boy, Tom Hale, denies")
_NAMED = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?([a-z]+),?\s+[A-Z][a-z]+\s+[A-Z][a-z]+")


def description_head(label: str) -> str:
    """The head word of a description, lower-cased: the last word before "of", "at", a comma or a
    relative clause; "" for a label that opens with no determiner (a name, "Doctors").

    Example:
        >>> description_head("A GIRL of 13"), description_head("the accused at"), description_head("Doctors")
        ('girl', 'accused', '')
    """
    words = re.findall(r"[\w'-]+|,", str(label).lower())
    if not words or words[0] not in _DETERMINERS:
        return ""
    head = ""
    for w in words[1:]:
        if w == "," or w in _ENDS:
            break
        head = w
    return head if head.isalpha() else ""


def defendant_heads(text: str) -> set[str]:
    """The head words of the descriptions a text ties to the person on trial, with the roles
    (:data:`DEFENDANT_ROLES`); a head the text also gives a name in apposition ("the girl, Amy
    Shaw") is left out.

    Example:
        >>> text = ("A 15-year-old boy went on trial today accused of arson. "
        ...         "The schoolboy, who cannot be named for legal reasons, denies the charge. "
        ...         "The fire officer, Dan Moss, said the flat burned for hours.")
        >>> sorted(defendant_heads(text))
        ['accused', 'boy', 'defendant', 'schoolboy']
    """
    return set(_heads(str(text)))


@functools.lru_cache(maxsize=4)
def _heads(text: str) -> frozenset[str]:
    """:func:`defendant_heads`, read once per text (the speaker survival and the grouping of
    speakers both read the whole story's)."""
    heads = [m.group(1) for m in _CHARGED.finditer(text)]
    # a head in lower case, or a headline's capitals ("A GIRL of 13"), never a name ("Ryan")
    found = {h.lower() for h in heads if h.islower() or h.isupper()}
    found -= _NOT_DEFENDANT | lexicon.STOP_WORDS
    named = {w.lower() for w in _NAMED.findall(text)}
    return frozenset((found - named) | DEFENDANT_ROLES)


def is_defendant(label: str, heads: set[str] | frozenset[str]) -> bool:
    """Whether a speaker label is an unnamed description of the person on trial: a definite
    determiner and a head word of ``heads`` (:func:`defendant_heads`), no name in it, nobody else
    ("another man"); an indefinite one only with the role itself ("a defendant").

    Example:
        >>> heads = {"defendant", "accused", "teenager"}
        >>> [is_defendant(x, heads) for x in ("The teenager", "the defendant", "Doctors", "the jury")]
        [True, True, False, False]
    """
    head = description_head(label)
    if _OTHER.search(str(label)):  # "another man", "a second defendant": someone else
        return False
    if str(label).lower().startswith(("a ", "an ")) and head not in DEFENDANT_ROLES:
        return False  # "a senior police officer said": an indefinite description is someone new
    names = name_words(label)  # "The former Navy communications engineer": no name (modifier_capitals)
    return bool(head) and head in heads and head not in _NOT_DEFENDANT and not names
