"""A lead's possessive description of someone's employee, named in the next sentence.

A court report often opens with what a witness said, describing him by whom he worked for, and
names him only in the sentence after: "Mr Lee is the biggest crook in town, his former head of
security told the High Court. Tom Dodd, a one-time soldier, told the jury ..."; "Ann Lee's former
bodyguard called her a liar yesterday. Tom Dodd, 62, said ...". A reader takes the description for
the man the next sentence opens with; the findings had counted it as one more, anonymous speaker
(and so one more speaker of the source in every version's survival sentence).

The rule, read from the four METER courts stories of round 12's tuning (`TUNE_12`,
``benchmarks/claims_tune12.md``, hamilton: five documents open so): a description that is
possessive ("his ...", "her ...", "Ann Lee's ...", "the Harrods owner's ...") and whose head word
is a job (:data:`EMPLOYEE_HEADS`, a word of an office, or a person's head word of
:data:`~.descriptions.PERSON_HEADS`) is the person whose full name the next sentence gives first,
when the text up to the end of the description's sentence has not named that person, and the
description stands in the lead: no sentence before it names a person ("Tom Dodd worked for Mr Lee.
... his former head of security told ...": Dodd, whom the other readings may find, not the next
sentence's).
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.descriptions import PERSON_HEADS, names_in, sentence_spans

__all__ = ["EMPLOYEE_HEADS", "employee_named"]

#: head words of a job held for someone (declarative; "bodyguard", "head of security" and "security
#: chief" read from the hamilton story of ``benchmarks/claims_tune12.md``, the rest their kind)
EMPLOYEE_HEADS = frozenset(
    """bodyguard minder chauffeur driver butler valet housekeeper nanny gardener cook maid servant
    employee worker assistant secretary aide deputy head chief boss manager guard doorman
    accountant agent partner""".split()
)
_POSSESSIVE = re.compile(r"^(?:(?:his|her|their)\s|.*?['\u2019]s\s)(.+)$", re.IGNORECASE)
#: how far into the next sentence its first name may stand ("During a long day in court, Tom
#: Dodd, a former soldier, said": a fronted phrase before the name)
_REACH = 100


def _head(description: str) -> str:
    """The head word of a description ("former head of security" -> "head"; "security chief")."""
    words = re.findall(r"[\w'-]+", description.lower())
    if "of" in words[1:]:
        return words[words.index("of") - 1]
    return words[-1] if words else ""


def employee_named(label: str, named: bool, before: str, after: str, surnames: set[str]) -> str:
    """The person a possessive description of an employee stands for (module docstring), else "".

    Args:
        label: the speaker's label ("his former head of security").
        named: whether the speaker is named (a named one is left as it is).
        before: the document's text before the mention.
        after: the document's text from the mention on.
        surnames: the surnames the text gives people (:func:`~.surnames.person_surnames`).

    Example:
        >>> text = ("Mr Lee is a crook, his former head of security told the court. "
        ...         "Tom Dodd, 62, told the jury he was sacked.")
        >>> at = text.index("his former")
        >>> employee_named("his former head of security", False, text[:at], text[at:], {"Dodd", "Lee"})
        'Tom Dodd'
        >>> employee_named("his mother", False, text[:at], text[at:], {"Dodd", "Lee"})
        ''
    """
    match = _POSSESSIVE.match(" ".join(str(label).split()))
    if named or not match:
        return ""
    head = _head(match.group(1))
    if head not in EMPLOYEE_HEADS | PERSON_HEADS | lexicon.SPEAKER_WORDS["official"]:
        return ""
    text, at = before + after, len(before)
    spans = sentence_spans(text)
    k = next((i for i, (a, b) in enumerate(spans) if a <= at < b), None)
    if k is None or k + 1 >= len(spans) or names_in(text[: spans[k][0]], surnames, text):
        return ""  # no lead: the text named people before the description's sentence
    a, b = spans[k + 1]
    names = [n for n in names_in(text[a:b], surnames, text) if len(n.split()) >= 2]
    if not names or text[a:b].find(names[0]) > _REACH:
        return ""
    person = names[0]
    return person if person.split()[-1] not in text[: spans[k][1]] else ""
