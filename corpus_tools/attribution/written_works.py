"""To write a work (a book, a novel, a song) is an act, not a statement.

"Ann was studying music and had started writing a novel about the Fens": "writing" is among the
verbs of saying (one writes a letter to say something), but a person who writes a book, a poem or
a thesis, with no clause or quotation of content, tells the reader what she did, not what she
said. The findings had made a murdered woman one more speaker of the wire's (typed an
institution) and listed her as dropped by every paper (the claims audit's twenty-third round,
03.04.00/breeder, cause 3, ``benchmarks/claims.md``). "wrote a letter saying ...", "wrote that
..." and "wrote: '...'" stay statements: the rule needs a work as the object and no clause.

"wrote down the names", "wrote out a cheque" (a particle of copying) are acts too (informant's
guardian 18; the rule was in :mod:`~.reports`).

* :func:`written_act`: whether a "write" verb (no content clause) is a copying or a work written.
"""

from __future__ import annotations

__all__ = ["written_act"]

#: what one writes as a work, not as a message
_WORKS = frozenset({
    "book", "novel", "poem", "poetry", "play", "song", "memoir", "memoirs", "diary", "thesis",
    "dissertation", "autobiography", "biography", "screenplay", "script", "symphony", "opera",
    "music", "lyrics", "history", "guidebook", "textbook", "cookbook", "musical", "sonnet", "novella",
})  # fmt: skip


#: the particles of a copying ("wrote down the names")
_COPYING = frozenset({"down", "out", "up", "off"})


def written_act(verb) -> bool:
    """Whether ``verb`` (a spaCy token of "write") is written down or out, or takes a work as its
    direct object. The caller has ruled out a content clause or quotation."""
    kids = list(verb.children)
    if any(c.dep_ == "prt" and c.lower_ in _COPYING for c in kids):
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _WORKS for c in kids)
