"""An opening description of a body's employee that speaks, and the person named after it.

"A Professional Golfers' Association manager who quit her job ... today insisted she was told ...
/ Judy Owen, who claims ..., told an employment tribunal ...": the description holds the body's
name, so :mod:`~.opening_speakers` (which reads a description with no name in it) leaves it an
anonymous speaker, one more than the story has (read from round 26's 02.11.99/trousers, trousers1 6
and the independent 0, ``benchmarks/claims.md`` tw5, tw18, tw28-29, tw33).

The rule: a label "A(n) Capitalised Body noun" (the body's name ending in an institution's word,
"Association", "Council", or its initials; a lower-case head after it: "A PGA manager", "A
PROFESSIONAL Golfers' Association manager"; not a place, "A Leeds man") whose own sentence says
something, and the first of the next two sentences that names anyone names a person in full whom
the text has not named before and who speaks under that name, is that person, when the head agrees
with her (:func:`~.opening_speakers._agrees`: the sex of a title; an office the text gives her, in
her sentence before the name or after it in her own clause: "Mrs Owen, who spent three weeks ...
as training manager").

* :func:`org_opener`: that person's full name, or "".
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.opening_pleas import named_after
from corpus_tools.attribution.opening_speakers import _SAID, _TITLES, _agrees, _spans
from corpus_tools.attribution.pronoun_speakers import pronoun_speaks
from corpus_tools.attribution.surnames import INSTITUTION_HEADS

__all__ = ["org_opener"]

#: "A PGA manager", "A Professional Golfers' Association training manager"
_LABEL = re.compile(r"^(?i:an?) ((?:[A-Z][\w'&.-]*\s+){1,5})([a-z][a-z-]*(?: [a-z][a-z-]*)?)$")


def _office_given(head: str, last: str, text: str) -> bool:
    """Whether the text gives the person of surname ``last`` the office ``head`` in her own clause
    ("Mrs Owen, who spent just three weeks in her post as training manager", "Owen, a manager")."""
    clause = rf"\b{re.escape(last)},? (?:\d+, )?"
    clause += r"(?:who\b[^.]{0,100}?|(?:an?|the|her|his) (?:[\w'-]+ ){0,3}?)"
    return bool(re.search(rf"{clause}{re.escape(head)}s?\b", text))


def org_opener(label: str, before: str, after: str, surnames: set[str]) -> str:
    """The full name an opening description of a body's employee stands for (module docstring), else "".

    Args:
        label: the speaker's label ("A Professional Golfers' Association manager").
        before: the document's text before the mention.
        after: the document's text from the mention on.
        surnames: the surnames the text gives people (:func:`~.surnames.person_surnames`).

    Example:
        >>> text = ("An Amber Anglers Association manager who quit today told a tribunal she was bullied. "
        ...         "Ann Hale, who spent a year as membership manager, said she was shouted at.")
        >>> org_opener("An Amber Anglers Association manager", "", text, {"Hale"})
        'Ann Hale'
        >>> plain = text.replace("as membership manager", "there")
        >>> org_opener("An Amber Anglers Association manager", "", plain, {"Hale"})
        ''
    """
    label = " ".join(str(label).split())
    m = _LABEL.match(label)
    body = m.group(1).split() if m else []
    acronym = len(body) == 1 and body[0].isupper() and len(body[0]) > 1  # "A PGA manager"
    if not body or not (body[-1].lower() in INSTITUTION_HEADS or acronym):
        return ""  # "A Leeds man": a place, no body
    head = m.group(2).split()[-1]
    found = named_after(before, after, surnames, _SAID, 2, _spans)
    if found is None:
        return ""
    text, spans, k, a, b, name = found
    words = [w for w in name.split() if w.lower().rstrip(".") not in _TITLES]
    if len(words) < 2 or re.search(rf"\b{re.escape(words[-1])}\b", text[: spans[k][1]]):
        return ""
    first, last = words[0], words[-1]
    said = rf"\b(?:{re.escape(last)}|{re.escape(first)})\b[^.]{{0,80}}?{_SAID.pattern}"
    if not (re.search(said, text[a:], re.IGNORECASE) or pronoun_speaks(text[b:], last, text)):
        return ""
    official = head in lexicon.SPEAKER_WORDS["official"]
    agrees = _agrees(head, name, text[a:b], text) or (official and _office_given(head, last, text))
    return " ".join(words) if agrees else ""
