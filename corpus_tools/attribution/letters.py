"""A letter read out in court is its writer's statement: "The letter ended: '...'" is the writer's.

Round 18's tuning story 03.04.00/gm (``benchmarks/claims_tune18.md``, kind T8): "Lord Melchett
wrote to Mr Brigham on July 15 ... The letter ended: '...'" made "The letter" a speaker of its
own, an institution, beside its writer, in two PA takes and a paper, and one more speaker among
PA's (the drop lists named it apart from the man kept). A definite "the letter" (or "his
letter", "the note", "the e-mail") whose writer the text names just before it, by "NAME wrote",
"NAME had written" or "a letter from NAME" or "a letter ... in which NAME", is that writer; a
letter with no writer named near it stays a document.

* :func:`letter_writer`: the writer's name, else "".
"""

from __future__ import annotations

import re

__all__ = ["letter_writer"]

_LETTER = re.compile(r"(?i)^(?:the|this|that|his|her|their) (?:letter|note|e-?mail)$")
_NAME = r"((?:(?:Lord|Lady|Mr|Mrs|Ms|Miss|Dr|Sir)\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
#: "NAME wrote", "NAME had written", "a letter from NAME", "a letter ... in which NAME"
_WRITER = re.compile(
    rf"{_NAME},?(?: [a-z]+){{0,2}} (?:wrote|had written|has written)\b"
    rf"|\bletter (?:[a-z]+ ){{0,3}}(?:from|by) {_NAME}"
    rf"|\bletter [^.]{{0,60}}?\bin which {_NAME}"
)
#: "The letter was from NAME and claimed ...": the writer named right after the letter
_FROM = re.compile(
    r"^\s*(?:was|is|had been|has been|came)\s+(?:sent\s+|signed\s+)?(?:from|by)\s+"
    r"((?:(?:bin|al|el|van|von|de|du|da|le|la)\s+)?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
)
#: how far before the letter's first mention its writer may be named (about two sentences)
_REACH = 400


def letter_writer(label: str, before: str, people: set[str], after: str = "") -> str:
    """The name of the person who wrote the letter ``label`` stands for, when the text before it
    (``before``, the document's text before the first mention) names its writer near it, or the
    text from the mention on (``after``) says whom it is from ("The letter was from Reed and
    claimed ...": round 22's held-out bombings, kind 7), and ``people`` (the surnames the text
    gives people) holds that surname; else "".

    Example:
        >>> text = "Lord Tarn wrote to Mr Hale on May 5. The hearing went on. "
        >>> letter_writer("The letter", text, {"Tarn", "Hale"})
        'Lord Tarn'
        >>> letter_writer("The report", text, {"Tarn", "Hale"})
        ''
        >>> letter_writer("The note", "", {"Reed"}, "The note was from Reed and claimed it.")
        'Reed'
    """
    if not _LETTER.match(" ".join(str(label).split())):
        return ""
    m = _FROM.match(after[len(label) :] if after.startswith(label) else "")
    if m and m.group(1).split()[-1] in people:
        return m.group(1)
    found = ""
    for m in _WRITER.finditer(before[-_REACH:]):
        name = next(g for g in m.groups() if g)
        if name.split()[-1] in people:
            found = name
    return found
