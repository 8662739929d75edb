"""A named person's group and "the 61-year-old's" group right after that person are one group.

A wire story names a group once by its client ("Mayor Tom Reed's lawyers urged the tribunal ...")
and in a later take by a description of the person the sentence before named ("Mayor Tom Reed was
not at the hearing, a tribunal heard. The 61-year-old's lawyers told the tribunal ..."): one group
of lawyers, counted two of the wire's speakers, listed both kept and dropped by a paper
(28.09.99/pinochet of the METER courts: "General Augusto Pinochet's lawyers" in pinochet1sub and
"The 83-year-old's lawyers" in pinochet1nl 6, rows pt32, pt33 of round 24's held-out audit in
``benchmarks/claims.md``).

* :func:`same_client_group`: whether two labels of a wire's takes are one such group.
"""

from __future__ import annotations

import re

__all__ = ["same_client_group"]

#: "Tom Reed's lawyers", "The 61-year-old's lawyers": a possessor and a plural group noun
_GROUP = re.compile(r"^(.+?)'s? ([a-z]+s)$")
#: a definite description of a person, no name in it: "The 61-year-old", "the former mayor"
_DESCRIBED = re.compile(r"^[Tt]he(?: [a-z0-9][\w-]*){1,3}$")
#: the end of a sentence in a raw wire take (PA ends its paragraphs with "<")
_END = re.compile(r"(?:[.!?]['\"`]*\s+|<\s*)")


def _opening_names(sentence: str) -> set[str]:
    """The capitalised words a sentence opens with ("General Augusto Pinochet was": all three)."""
    words = sentence.split()
    out = set()
    for w in words[:5]:
        w = w.removesuffix("'s").strip(",")
        if not w[:1].isupper():
            break
        out.add(w)
    return out


def _described_before(desc: str, name_words: set[str], text: str) -> bool:
    """Whether ``text`` writes "``desc``'s" right after a sentence that opens with a name sharing a
    capitalised word with ``name_words`` other than a title."""
    for m in re.finditer(re.escape(desc) + r"'s? ", text):
        lo = max(0, m.start() - 600)
        ends = ([0] if lo == 0 else []) + [e.end() for e in _END.finditer(text, lo, m.start())]
        if len(ends) >= 2 and ends[-1] == m.start():
            words = _opening_names(text[ends[-2] : ends[-1]]) - {"The", "A", "An", "Mr", "Mrs", "Ms"}
            if words & name_words:
                return True
    return False


def same_client_group(a: str, b: str, text: str) -> bool:
    """Whether labels ``a`` and ``b`` are one group of one person: the same plural group noun, one
    possessor a name and the other a definite description written right after a sentence that
    opens with that name, in the takes' ``text``.

    Example:
        >>> text = "Mayor Tom Reed was not there, a tribunal heard. The 61-year-old's lawyers told it so."
        >>> same_client_group("Mayor Tom Reed's lawyers", "The 61-year-old's lawyers", text)
        True
        >>> same_client_group("Ann Hale's lawyers", "The 61-year-old's lawyers", text)
        False
    """
    ma, mb = _GROUP.match(" ".join(str(a).split())), _GROUP.match(" ".join(str(b).split()))
    if not ma or not mb or ma.group(2) != mb.group(2):
        return False
    for desc, name in ((ma.group(1), mb.group(1)), (mb.group(1), ma.group(1))):
        name_words = {w for w in name.split() if w[:1].isupper()} - {"The", "A", "An"}
        if _DESCRIBED.match(desc) and name_words and _described_before(desc, name_words, text):
            return True
    return False
