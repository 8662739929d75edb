"""A definite job noun for the one person the report introduced by that job.

A report opens on a person by her job and names her in the next sentence: "A THEATRE cook who
developed asthma at work was awarded damages yesterday. / Ann Roe, 58, had to retire ..."; "She
woke to see a male porter standing by her bed. / The 30-year-old recalled seeing 40-year-old Tom
Pyle ...". When it goes on with "The former cook said ..." or "But the porter denied it", a reader
takes the job noun for that person; the findings had counted it as one more, anonymous, speaker
(round 17's held-out 17.04.00/nurse, ``benchmarks/claims.md``, causes 1 and 4: "the nurse" of the
PA take and "The former nurse" of the telegraph, each apart from the person named before).

The rule (:func:`job_holder`): a definite label ("the", "The former", "the male": up to two
lower-case words before the head) whose head is a singular common noun no other rule reads (no
office, no age, no kin) is the person the text names first in full in the sentence after the one
where an indefinite "a/an ... HEAD" of the same head stands (or later in that sentence), an
indefinite marked as a person's by "who" after it or a word of sex or age before the head ("A
THEATRE cook who ...", "a male porter", never "an article in the paper"), when
every such indefinite of the text ties the head to that one person and the "he" or "she" of the
label's sentence does not rule out the person's title ("Mrs Roe" is no "he").
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.descriptions import PERSON_HEADS, names_in, sentence_spans
from corpus_tools.attribution.epithets import GENDERED_HEADS
from corpus_tools.attribution.namesakes import title_gender

__all__ = ["job_holder", "opening_holder"]

_LABEL = re.compile(r"^[Tt]he ((?:[a-z][\w-]* ){0,2})([a-z][\w-]*)$")
#: heads that are no one person's job: offices, parties, bodies and plain persons read elsewhere
_NOT_JOBS = (
    lexicon.SPEAKER_WORDS["official"]
    | lexicon.SPEAKER_WORDS["anonymous"]
    | PERSON_HEADS
    | frozenset(GENDERED_HEADS)
    | frozenset("court jury judge family couple pair hearing inquest prosecution defence police".split())
)
_HE_SHE = re.compile(r"\b(he|she)\b", re.IGNORECASE)
#: words that make an indefinite job noun a person's ("a male nurse", "a 40-year-old porter")
_PERSON_WORDS = re.compile(r"\b(?:male|female|former|retired|young|\d+-year-old)\b", re.IGNORECASE)


def _gender(name: str, text: str) -> str:
    surname = re.escape(name.split()[-1])
    return title_gender(
        re.findall(rf"\b(Mr|Mrs|Ms|Miss|Sir|Lady|Lord)\.? (?:[A-Z][\w'-]* )?{surname}\b", text)
    )


def job_holder(label: str, named: bool, before: str, after: str, people: set[str]) -> str:
    """The person a definite job noun stands for (module docstring), or the named person who opens
    the sentence it tags (:func:`opening_holder`), else "".

    Args:
        label: the speaker's label ("The former cook").
        named: whether the speaker is named (a named speaker is never read so).
        before: the document's text before the mention.
        after: the document's text from the mention on.
        people: the surnames the group gives people (:func:`~.surnames.person_surnames`).

    Example:
        >>> text = "A THEATRE cook who fell ill was awarded damages. Ann Roe, 58, had to retire. "
        >>> job_holder("The former cook", False, text, "The former cook said she was ill.", {"Roe"})
        'Ann Roe'
        >>> job_holder("The former cook", False, "Ann Roe, 58, retired. ", "The former cook said", {"Roe"})
        ''
    """
    m = _LABEL.match(" ".join(str(label).split()))
    if named or not m or m.group(2) in _NOT_JOBS or m.group(2).endswith("s"):
        return ""
    return _introduced(m.group(2), before, after, people) or opening_holder(label, named, before, people)


def _introduced(head: str, before: str, after: str, people: set[str]) -> str:
    """The person the text introduced by the job ``head`` ("A cook who ... / Ann Roe, 58,"), else ""."""
    spans = sentence_spans(before)
    holders = []
    for k, (a, b) in enumerate(spans):
        at = re.search(rf"\b(?:a|an) ((?:[\w-]+ ){{0,2}}){re.escape(head)}\b(,? who\b)?", before[a:b], re.I)
        if at is None or not (at.group(2) or _PERSON_WORDS.search(at.group(1))):
            continue  # "an article in the paper": no person the text introduces by a job
        rest = [x for x in names_in(before[a + at.end() : b], set(people), before) if " " in x]
        nxt = names_in(before[slice(*spans[k + 1])], set(people), before) if k + 1 < len(spans) else []
        first = (rest or [x for x in nxt if " " in x])[:1]
        if not first:
            return ""  # an indefinite the text ties to no one: another person of that job
        holders.append(first[0])
    if len({x.split()[-1] for x in holders}) != 1:
        return ""  # none, or two people of that job
    name = max(holders, key=len)
    said = _HE_SHE.search(after[: (re.search(r"[.!?](\s|$)", after) or re.search(r"$", after)).start()])
    gender = _gender(name, before + after)
    if said and gender and gender != ("m" if said.group(1).lower() == "he" else "f"):
        return ""
    return name


def opening_holder(label: str, named: bool, before: str, people: set[str]) -> str:
    """The person named in full who opens the sentence of a definite job noun that tags it after a
    comma ("MARCO Pierre White was shocked when two papers accused him ..., the chef told the High
    Court": Marco Pierre White; round 18's held-out 03.04.00/marco, mc57 of ``benchmarks/claims.md``),
    else "" (a one-word name is none: "Health authorities can ..., the judgment said", 16.07.99/care).
    ``before``: the document's text before the mention; ``people`` as :func:`job_holder`'s.

    Example:
        >>> before = "TOM Hale was angry when a paper accused him of theft, "
        >>> opening_holder("the cook", False, before, {"Hale"})
        'Tom Hale'
        >>> opening_holder("the cook", False, "Tom Hale left. ", {"Hale"})
        ''
    """
    m = _LABEL.match(" ".join(str(label).split()))
    if (
        named
        or not m
        or m.group(2) in _NOT_JOBS
        or m.group(2).endswith("s")
        or not before.rstrip().endswith(",")
    ):
        return ""
    spans = sentence_spans(before)
    sentence = before[spans[-1][0] :].lstrip() if spans else ""
    sentence = re.sub(r"^[A-Z]{2,}\b", lambda w: w.group(0).title(), sentence)  # "MARCO Pierre White"
    names = names_in(sentence, set(people), before)
    full = names[0] if names and " " in names[0] else ""  # a full name: "Health authorities can" is none
    return full if full and sentence.startswith(full) else ""
