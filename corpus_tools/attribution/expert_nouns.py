"""A definite job noun for the named person the report gave that job to, before or after the name.

A report names an expert with his job in front of the name or in apposition ("consultant
neurosurgeon Dr Tom Hale said ...", "Tom Hale, a neurosurgeon, said ...") and goes on with a
noun for him: "But the specialist insisted that ...", "The surgeon said ...". The claims audit's
round 20 (``benchmarks/claims.md``, 08.12.99/zav, causes 1 and 3) found such a noun counted as one
more, anonymous speaker beside the named one; :mod:`~.job_nouns` reads only a job the text gave
with an indefinite ("A cook who ... Ann Roe").

The rule (:func:`expert_holder`): a definite label of one lower-case noun ("the surgeon") is the
nearest named person before it whose job words (up to three lower-case words before the name, or
", a/an ... NOUN," after it) hold a word that ends in that noun ("neurosurgeon" ends in
"surgeon"); "the specialist" and "the expert", which name no job of their own, are the named
person of the sentence before or the one before that, when a job was given to him there.

The description must agree with the person it is read as (round 34, branch spk72, from round 33's
held-out 20891+20719 and 8427+8499, rows sb14, bv4 and bv13 of ``benchmarks/claims.md``): a body's
or a paper's noun is no person's job, a document's only when it is "by" the name ("The study said"
after "a feasibility study of its Sunbeam Mine" is no "Sunbeam Mine", 7823; "the government of
president Victor Paz Estenssoro ... The government ... has called": the government, not its
president), and a name that
carries an office title of its own is no holder of another noun ("The prince met Vice President
George Bush ... the prince ... replied": the prince, not the Vice President, though "prince" stands
in the words before that name).
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.descriptions import PERSON_HEADS
from corpus_tools.attribution.epithets import GENDERED_HEADS

__all__ = ["expert_holder"]

_LABEL = re.compile(r"^[Tt]he ([a-z]{4,})$")
#: nouns of expertise that name no job of their own: the expert the report has just named
_EXPERTS = frozenset({"specialist", "expert"})
#: heads read elsewhere: offices, persons, sexes, bodies ("the woman" is no "policewoman")
_NOT_JOBS = lexicon.SPEAKER_WORDS["anonymous"] | PERSON_HEADS | frozenset(GENDERED_HEADS)
#: a body's, a document's or a paper's noun: never a person's job ("The government", "the study")
_BODIES = frozenset().union(*(lexicon.SPEAKER_WORDS[k] for k in ("organisation", "media")))
#: a document's noun: the body or person it is "by" only ("The statement by the Iranian High Command")
_DOCUMENTS = lexicon.SPEAKER_WORDS["document"]
_NOT_JOBS = _NOT_JOBS | _BODIES
_OFFICES = lexicon.SPEAKER_WORDS["official"]
_TITLE = r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir)\.? )?"
_PERSON = rf"({_TITLE}[A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*){{0,2}})"
#: "consultant neurosurgeon Dr Tom Hale": job words before the name
_BEFORE = re.compile(rf"\b((?:[a-z][a-z-]+ ){{1,3}}){_PERSON}")
#: "Tom Hale, a neurosurgeon,": job words in apposition after the name
_AFTER = re.compile(rf"{_PERSON}, an? ((?:[a-z][a-z-]+ ?){{1,3}})[,.]")
#: lower-case words before a name that are no job ("said", "told", "by")
_NOT_JOB = frozenset("said says told by and of to the a an as with from giving evidence that".split())
#: a month or a weekday is no person: "a police statement in December 1997" gave "December" the job
#: "police", and "the police" was read as that month (TUNE_27's 02.11.99/reel, reel1 14,
#: ``benchmarks/claims_tune27.md`` K9)
_CALENDAR = frozenset(lexicon.MONTHS) | frozenset(lexicon.WEEKDAYS)
#: months that are given names too ("June Brown"): a date only with a number after ("May 1998")
_GIVEN_MONTHS = frozenset({"april", "may", "june", "august"})


def _jobs(text: str) -> list[tuple[int, str, set[str]]]:
    """``(offset, name, job words)`` of each name ``text`` gives a job, in order."""
    out = []
    for m in _BEFORE.finditer(text):
        first = m.group(2).split()[0].lower()
        dated = re.match(r"\s*\d", text[m.end(2) : m.end(2) + 4]) is not None
        if first in _CALENDAR and (first not in _GIVEN_MONTHS or dated):
            continue  # "a police statement in December 1997": a date, no person
        words = {w for w in m.group(1).split() if w not in _NOT_JOB}
        if words:
            out.append((m.start(2), m.group(2), words))
    for m in _AFTER.finditer(text):
        out.append((m.start(1), m.group(1), set(m.group(2).split()) - _NOT_JOB))
    return sorted(out)


def expert_holder(label: str, named: bool, before: str) -> str:
    """The named person a definite job noun stands for (module docstring), else "".

    Args:
        label: the speaker's label ("the surgeon").
        named: whether the speaker is named (a named speaker is never read so).
        before: the document's text before the mention.

    Example:
        >>> text = "Consultant surgeon Dr Ann Hale said she was keen. "
        >>> expert_holder("the specialist", False, text), expert_holder("The surgeon", False, text)
        ('Dr Ann Hale', 'Dr Ann Hale')
        >>> expert_holder("the nurse", False, text)
        ''
    """
    m = _LABEL.match(" ".join(str(label).split()))
    if named or not m or m.group(1) in _NOT_JOBS - _EXPERTS:
        return ""
    head = m.group(1)
    if head in _EXPERTS:
        ends = [x.end() for x in re.finditer(r"[.!?]['\u2019`\"]*(?:\s|$)", before)]
        before = before[ends[-3] if len(ends) >= 3 else 0 :]  # the two sentences before
    jobs = [n for _, n, words in _jobs(before) if head in _EXPERTS or any(w.endswith(head) for w in words)]
    jobs = [n for n in jobs if _agrees(n, head)]
    if head in _DOCUMENTS:  # "a feasibility study of its Sunbeam Mine": no job, no holder
        jobs = [n for n in jobs if re.search(rf"\b{head}\s+by\s+(?:the\s+)?{re.escape(n)}", before)]
    return jobs[-1] if jobs else ""


def _agrees(name: str, head: str) -> bool:
    """Whether ``name`` may hold the job ``head``: a name that opens with an office title of its own
    ("Vice President George") holds that office, not ``head`` ("prince")."""
    titles = {w.lower() for w in name.split() if w[:1].isupper()} & _OFFICES
    return not titles or any(t.endswith(head) for t in titles)
