"""A definite description marked as a person's (an age, "who"), right after a lead that names one
person, is that person:
"BABY killer Sally Clarke protested her innocence yesterday from her prison cell. / The shamed
solicitor, 35, who faces life for murdering her two sons, said: 'I loved them ...'".

A paper's lead names its person with a tag before the name; the next sentence calls her by a
description with her age, as a reader is meant to take for the same woman. The findings had
counted "The shamed solicitor" as one more, anonymous, speaker: the paper "quoted no named person
but one", "dropped" the woman it quotes, and her quotations were another speaker's (read from
TUNE_29's 22.11.99/babies, the mirror 0-1, ``benchmarks/claims_tune29.md`` kind U1). The age in
apposition (", 35,") or a relative "who"/"whose" marks a person described ("The anorexic singer,
whose weight once plunged", "The child killer, who is challenging": the same shape in two more METER
courts papers), and "the" points back to the one person the lead names; :mod:`~.definite_openers`
reads a "the" description that opens a report, before any name.

The rule (:func:`aged_lead_person`): an unnamed label of "the" and one to three lower-case words
(its head no judge's, victim's, kin's or other party's word: :data:`_OTHERS`), with ", <age>,",
", who" or ", whose" right after it in the text, standing at the start of the document's second
sentence, is the person the first sentence (the lead; a wire take's header, headline and byline
have no full stop) names, when it names exactly one, within its first five words after any tag
("BABY killer Sally Clarke").

* :func:`aged_lead_person`: that person's name, or "".
"""

from __future__ import annotations

import re

from corpus_tools.attribution.descriptions import names_in
from corpus_tools.attribution.sentence_ends import SENTENCE_BREAK

__all__ = ["aged_lead_person"]

#: "The shamed solicitor": "the" and one to three lower-case words
_LABEL = re.compile(r"^[Tt]he((?:\s+[a-z][\w-]*){1,3})$")
#: a person's mark right after the label: an age in apposition, or a relative "who"/"whose"
_AGED = re.compile(r"^,\s+(?:\d{1,3},|who\b|whose\b)")
#: a sentence's end inside the lead (a stop, then white space): more than one sentence before
_STOP = re.compile(SENTENCE_BREAK.pattern + r"\S")
#: head words of someone other than the lead's person (the victim, a relative, the bench, a witness)
_OTHERS = frozenset(
    """victim judge magistrate recorder coroner prosecutor witness officer policeman policewoman
    constable detective mother father wife husband son daughter brother sister widow widower
    girlfriend boyfriend partner friend neighbour parent grandmother grandfather uncle aunt
    cousin child baby boy girl""".split()
)


def aged_lead_person(label: str, named: bool, before: str, after: str, people: set[str]) -> str:
    """The person a marked description after a one-person lead stands for (module docstring), else "".

    Args:
        label: the speaker's label ("The shamed solicitor").
        named: whether the speaker is named (a named one is left as it is).
        before: the document's text before the mention.
        after: the document's text from the mention on.
        people: the surnames the text gives people (:func:`~.surnames.person_surnames`).

    Example:
        >>> lead = "CHILD killer Mary Dunn protested her innocence yesterday.\\n\\n"
        >>> after = "The disgraced nurse, 35, said: 'I did not harm them.'"
        >>> aged_lead_person("The disgraced nurse", False, lead, after, {"Dunn"})
        'Mary Dunn'
        >>> aged_lead_person("The victim", False, lead, "The victim, 35, said it.", {"Dunn"})
        ''
    """
    found = _LABEL.match(" ".join(label.split()))
    if named or found is None or found.group(1).split()[-1] in _OTHERS:
        return ""
    if not _AGED.match(after[len(label) :]):
        return ""
    lead = before.rstrip(" \t\r\n\x00\x1f<")
    if not lead.endswith((".", "!", "?", "'", '"', "\u2019", "\u201d")) or _STOP.search(lead):
        return ""  # the label does not open the second sentence
    lead = re.split(r"\n[\s\x00-\x1f]*\n|<\n", lead)[-1]  # the lead's paragraph, not a header line
    names = list(dict.fromkeys(names_in(lead, people, before + after)))
    if len(names) != 1 or len(lead[: lead.find(names[0])].split()) > 5:
        return ""
    return names[0]
