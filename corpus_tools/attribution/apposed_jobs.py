"""A definite description whose head noun the text gave one named person before, in apposition
or as a title, is that person:
"John Skermer, 51, a teacher at King Henry VIII School ... / The grey-haired teacher who resigned
from his post in May admitted ..."; "the school's headmaster Terence Vardon, 50, was fined ... /
The head resigned from his position at the school telling police ...".

A report names a person once with his job ("Name, age, a JOB at ...", "JOB Name") and later calls
him by that job with "the" and a word or two of colour. A reader takes the description for the
person the job was given to; the findings had counted it as one more, anonymous, speaker, and the
paper that kept the person by name "dropped" the description (read from TUNE_30's
16.07.99/teacher, teacher1sub 7, 10-11 and 17, ``benchmarks/claims_tune30.md`` kind T2). The
rules before it read a job noun from a fixed list (:mod:`~.named_before`) or from an indefinite
opener named in the next sentence (:mod:`~.job_nouns`); this one reads the job from the text's own
apposition, so any job noun will do.

The rule (:func:`apposed_job`): an unnamed label of "the", up to two lower-case words and a
lower-case head ("The grey-haired teacher", "The head"; no company's or institution's head: "Enzon
Inc, a pharmaceutical company" does not make "The company" a person) is the person the text before it ties to
that head, when it ties it to exactly one surname the text gives a person: "Name, [age,] a/an [up
to three words] HEAD" or "HEAD Name" (a title before the name: "headmaster Terence Vardon"). The
head "head" also answers to "headmaster", "headmistress" and "headteacher" (a school's head: the
language's words, no story's).

* :func:`apposed_job`: that person's name, or "".
"""

from __future__ import annotations

import re

from corpus_tools.attribution.companies import COMPANY_HEADS
from corpus_tools.attribution.surnames import INSTITUTION_HEADS

__all__ = ["apposed_job"]

#: "The grey-haired teacher": "the", up to two lower-case words, a lower-case head
_LABEL = re.compile(r"^[Tt]he ((?:[a-z][\w-]* ){0,2})([a-z][a-z-]+)$")
#: a person's name: two to four capitalised words
_NAME = r"((?:[A-Z][a-z][\w'-]* ){1,3}[A-Z][a-z][\w'-]*)"
#: a body's head words, never a person's job ("Enzon Inc, a pharmaceutical company ... The company")
_BODIES = COMPANY_HEADS | INSTITUTION_HEADS
#: the other words a head answers to
_SYNONYMS = {"head": ("head", "headmaster", "headmistress", "headteacher")}


def apposed_job(label: str, named: bool, before: str, people: set[str]) -> str:
    """The one person the text before ties to the label's head noun (module docstring), else "".

    Args:
        label: the speaker's label ("The grey-haired teacher").
        named: whether the speaker is named (a named one is left as it is).
        before: the document's text before the mention.
        people: the surnames the text gives people (:func:`~.surnames.person_surnames`).

    Example:
        >>> before = "Tom Hale, 44, a plumber from Leeds, was cleared. The jury was out for an hour. "
        >>> apposed_job("The bearded plumber", False, before, {"Hale"})
        'Tom Hale'
        >>> apposed_job("The head", False, "The school's headmistress Ann Lee, 50, left. ", {"Lee"})
        'Ann Lee'
        >>> apposed_job("The bearded plumber", False, before + "Ian Roe, a plumber, spoke. ", {"Hale", "Roe"})
        ''
    """
    found = _LABEL.match(" ".join(str(label).split()))
    if named or found is None or found.group(2).endswith("s") or found.group(2) in _BODIES:
        return ""  # "The company": a body's word, read in companies
    heads = _SYNONYMS.get(found.group(2), (found.group(2),))
    if not any(h in before for h in heads):
        return ""  # the cheap test first: the head is nowhere before
    words = "|".join(map(re.escape, heads))
    flat = " ".join(before.split())
    apposed = rf"{_NAME}, (?:\d{{1,3}}, )?(?:a|an) (?:[\w-]+ ){{0,3}}(?:{words})\b"
    titled = rf"\b(?:{words}) {_NAME}\b"
    names = [m.group(1) for m in re.finditer(apposed, flat)] + [m.group(1) for m in re.finditer(titled, flat)]
    names = [n for n in names if n.split()[-1] in people]
    if len({n.split()[-1] for n in names}) != 1:
        return ""  # none, or the job given to two people
    return max(names, key=len)
