"""A bare "A statement said" right after a named body said something is that body's statement.

A wire gives a council's words in three sentences running: "Caradon council said it proposed to
serve a notice.", "A statement said it also proposed ...", "The authority said ...". The statement
names no body, so :func:`~.body_statements.body_statement` left it a document of its own, and the
council was counted twice (round 21's TUNE_21, 07.01.00/inqpool, inqpool1nl 11, kind K1 of
``benchmarks/claims_tune21.md``). A statement with no owner, in the sentence right after one whose
subject of "said" is a named body (a capitalised word before an organisation's head noun,
"Caradon council", "Westshire Health Authority"), is that body's.

* :func:`statement_of`: that body's name, or "".
"""

from __future__ import annotations

import re

from corpus_tools import lexicon

__all__ = ["body_said_before", "statement_of"]

#: "A statement", "The statement", "A written statement", "Its statement"
_BARE = re.compile(r"(?:[Aa]n?|[Tt]he|[Ii]ts) (?:(?:brief|short|written|later) )?statement")
#: a body's head noun, not a hearing's ("the court", "the House")
_HEADS = "|".join(
    sorted(lexicon.SPEAKER_WORDS["organisation"] - {"court", "house", "team", "group", "force"})
)
#: "Caradon council said", "the Westshire Health Authority, which runs the pool, said"
_NAMED = rf"(?!(?:The|A|An|Its|After|Later|But|And) )(?:[A-Z][\w&'-]* )+(?i:{_HEADS})"
_SAID = re.compile(rf"\b({_NAMED})(?:, [^,]{{1,80}},)? (?:said|announced|confirmed|added)\b")
#: a sentence's end before the next sentence's opening capital
_ENDS = re.compile(r"[.!?]['\"]?[\s<\x19]+(?=\W*[A-Z])")


def statement_of(label: str, text: str, start: int) -> str:
    """The named body a bare statement ``label`` (at offset ``start`` of ``text``) belongs to: the
    body that said something in the sentence right before it; "" when there is none.

    Example:
        >>> text = "Later, Brackley council said it would shut the pool. A statement said it was sorry."
        >>> statement_of("A statement", text, text.index("A statement"))
        'Brackley council'
        >>> text = "Tom Reed said he was sorry. A statement said it was sorry."
        >>> statement_of("A statement", text, text.index("A statement"))
        ''
    """
    if not _BARE.fullmatch(" ".join(str(label).split())):
        return ""
    return body_said_before(text, start)


def body_said_before(text: str, start: int, said: re.Pattern[str] = _SAID) -> str:
    """The named body that said something in the sentence right before offset ``start`` of
    ``text`` ("Brackley council said it would shut the pool."), or "" (also read by
    :mod:`~.spokesman_bodies`; :mod:`~.disputing_bodies` passes ``said``, a pattern with more
    verbs, whose group 1 is the body)."""
    before = text[:start].rstrip(" \t\r\n<\x19")  # a wire's paragraph marks ("<", "\x19")
    if not before.endswith((".", "'", '"')):
        return ""
    m = said.search(_ENDS.split(before[:-1])[-1])
    return m.group(1) if m else ""
