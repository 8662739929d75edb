"""A married pair named as one subject: "Frank Hill, 51, and his wife Sandra, 52, say ...".

The parser reads "his wife Sandra" as a noun joined to the name, so the subject would be the
husband alone, and the later "The couple", "They" and "Mr and Mrs Hill" other speakers (the claims
audit's round 13, 12.08.99/racism: S kind 1 (a)). :func:`spouse_names` gives the pair's names
("Frank Hill", "Sandra Hill": the spouse takes the name's surname), so
:func:`~.pairs.named_pairs` lists the pair and :func:`~.pairs.pair_for` makes it the speaker of the
statement and of the plural descriptions and pronouns after it; a later "Mr and Mrs Hill" in the
same document, or "the Hills", is that pair again (:func:`couple_surnames`).
"""

from __future__ import annotations

import re

from corpus_tools.attribution.family_names import family_surnames

__all__ = ["TITLED_COUPLE", "couple_surnames", "spouse_names", "spouse_subject"]

#: the nouns of a spouse or partner joined to a name ("and his wife Sandra")
SPOUSES = frozenset({"wife", "husband", "partner", "widow", "widower", "fiancee", "fiancé", "fiancée"})
#: the title of a married spouse the text leaves unnamed ("and his wife, a part-time teacher,"): she
#: shares the name's surname
_UNNAMED = {"wife": "Mrs", "widow": "Mrs", "husband": "Mr", "widower": "Mr"}


def _joined(tok) -> list:
    """The words joined to the name ``tok`` by "and": its conjuncts, and a second subject of its verb
    (the parser may make the spouse one: "and his wife Sandra say")."""
    joined = [c for c in tok.children if c.dep_ == "conj"]
    joined += [c for c in tok.head.children if c.dep_ == tok.dep_ and c.i > tok.i and tok.head.i != tok.i]
    return joined


def _spouse(tok):
    """The spouse's name token joined to the name ``tok`` ("and his wife Sandra": "Sandra"), or None."""
    for c in _joined(tok):
        if c.lower_ not in SPOUSES or tok.doc[c.left_edge.i - 1].lower_ != "and":
            continue
        name = next((x for x in c.children if x.dep_ in ("appos", "compound") and x.pos_ == "PROPN"), None)
        if name is None and c.i + 1 < len(tok.doc) and tok.doc[c.i + 1].pos_ == "PROPN":
            name = tok.doc[c.i + 1]  # "his wife Sandra" with the name hung elsewhere
        if name is not None:
            return name
    return None


def _unnamed(tok) -> str:
    """The title of a married spouse joined to the name ``tok`` without a name of her own ("Tom
    Hill, who ..., and his wife, a part-time cook, said": "Mrs"), else ""."""
    for c in _joined(tok):
        wed = c.lower_ in _UNNAMED and c.left_edge.lower_ in ("his", "her")
        named = any(x.pos_ == "PROPN" for x in c.subtree)
        if wed and tok.doc[c.left_edge.i - 1].lower_ == "and" and not named:
            return _UNNAMED[c.lower_]
    return ""


def spouse_names(tok) -> list[str]:
    """``[name, spouse's name]`` when the name ``tok`` (its last word, a proper noun) is joined to
    "his wife NAME" or "her husband NAME", the spouse given the name's surname when it has none;
    an unnamed wife or husband ("and his wife, a part-time cook,") is "Mrs"/"Mr" and the surname
    (round 20, known debt 4); [] otherwise."""
    if tok.pos_ != "PROPN":
        return []
    spouse = _spouse(tok)
    title = _unnamed(tok) if spouse is None else ""
    if spouse is None and not title:
        return []
    lo = tok.i
    while lo > 0 and tok.doc[lo - 1].pos_ == "PROPN" and tok.doc[lo - 1].head.i == tok.i:
        lo -= 1
    first = " ".join(t.text for t in tok.doc[lo : tok.i + 1])
    if title:  # "and his wife, a part-time cook,": "Mrs Hill", by the name's surname
        return [first, f"{title} {first.split()[-1]}"] if " " in first else []
    hi, at = spouse.i + 1, spouse.i  # "his wife Sandra Ann Jones": the words compounded before too
    while hi < len(tok.doc) and tok.doc[hi].pos_ == "PROPN" and tok.doc[hi].head.i == spouse.i:
        hi += 1
    while (w := tok.doc[at - 1]).pos_ == "PROPN" and w.dep_ == "compound" and w.head.i == spouse.i:
        at -= 1
    second = " ".join(t.text for t in tok.doc[at:hi])
    if " " not in second and " " in first:
        second = f"{second} {first.split()[-1]}"
    return [first, second] if second != first else []


def spouse_subject(mention) -> bool:
    """Whether a speaker mention (a spaCy Span) is a name joined to its spouse ("Frank Hill, 51, and
    his wife Sandra"): the pair speaks."""
    return bool(spouse_names(mention.root))


#: "Mr and Mrs Hill", "Mr Hill and Mrs Hill": a couple by its titles
TITLED_COUPLE = re.compile(
    r"^(?:Mr|Mrs|Ms)\.?(?: (?P<a>[A-Z][\w'-]+))? and (?:Mr|Mrs|Ms)\.? (?P<b>[A-Z][\w'-]+)$"
)


def couple_surnames(mention) -> set[str]:
    """The surnames a couple's other label may stand for: the titles' ("Mr and Mrs Hill", "Mr Hill
    and Mrs Hill": Hill) or a family's ("the Grants": Grant, Grants; "the Grant family": Grant),
    empty for any other mention.

    Example:
        >>> sorted(couple_surnames(type("M", (), {"text": "Mr and Mrs Hill"})))
        ['Hill']
        >>> sorted(couple_surnames(type("M", (), {"text": "the Grants"})))
        ['Grant', 'Grants']
    """
    text = " ".join(str(mention.text).split())
    m = TITLED_COUPLE.match(text)
    if m is not None:
        return {m.group("b")} if not m.group("a") or m.group("a") == m.group("b") else set()
    return set(family_surnames(text))  # the one reader of "the Grants" (:mod:`~.family_names`)
