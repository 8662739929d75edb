"""'said Ben Williams of Paris brokerage house Fauchier-Magnan': the man speaks, named without his house.

Wire copy closes a quotation with the speaker's name and his firm after "of": "The reform was
inevitable given the European Community directive, said Ben Williams of Paris brokerage house
Fauchier-Magnan.", and then calls him "Williams" (read from TUNE_33's 4130+7403, 4130 10-18, kind T6
of ``benchmarks/claims_tune33.md``). The parser hangs the name on the firm ("Williams" a modifier of
"Magnan", the firm the subject of "said"), so the firm was made the speaker, typed a person, and
"Williams said" a second person; when the parse is right, the label ran on through the firm ("Tom
Wardle of Kemp and Dawes") and its last word was read as the surname, so "Wardle said" was a second
person all the same. "said NAME NAME of" stands in 52 documents of Reuters-21578.

The shape: a person's name of two words or more (a given name and a surname, as the tagger reads
them) followed by "of" and what he belongs to.

* :func:`person_before_of`: the person's last name word when the parser made the firm after his
  "of" the subject and hung him on it, else the subject;
* :func:`name_before_of`: a mention cut before the "of" that follows such a name.
"""

from __future__ import annotations

__all__ = ["name_before_of", "person_before_of"]


def _named_of(t) -> bool:
    """Whether token ``t`` ends a person's name of two words or more and has an "of" after it."""
    given = t.i > 0 and t.doc[t.i - 1].ent_type_ == "PERSON" and t.doc[t.i - 1].head == t
    after = t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "of" and t.doc[t.i + 1].head == t
    return t.ent_type_ == "PERSON" and given and after


def person_before_of(head):
    """The person the parser hung on the subject ``head`` (a spaCy token) as a modifier, with his
    "of" after him ("Ben Williams of Paris brokerage house Fauchier-Magnan"), else ``head``."""
    if head is None:
        return head
    found = [c for c in head.lefts if c.dep_ == "nmod" and _named_of(c)]
    return found[0] if found else head


def name_before_of(mention):
    """``mention`` (a spaCy Span) cut before the "of" right after its root, when the root ends a
    person's name of two words ("Tom Wardle of Kemp and Dawes": "Tom Wardle"); else unchanged."""
    root = mention.root
    if root.i + 1 >= mention.end or not _named_of(root):  # the cheap test first
        return mention
    return mention.doc[mention.start : root.i + 1]
