"""A named person after a description of the office (no comma): "BA director for sales Dale
Moss", "the bank's head of lending Ann Lee". The parse heads such a label with the office noun,
so it read an anonymous official; the name at its end makes the speaker a named person. Read on
14.07.99/ba, a METER courts story of round 14's tuning (``benchmarks/claims_tune14.md``, kind K5),
where PA's "BA director for sales Dale Moss" was an anonymous speaker and so apart from the
papers' "Dale Moss".

The description must hold an office word (``lexicon.SPEAKER_WORDS["official"]``: director,
spokesman, chairman ...), nothing in it may start a clause ("who", "which", "that"), and the word
just before the name may not be a preposition ("a spokesman for Virgin Atlantic" names the body
he speaks for, not himself), nor the noun of a body or an article's noun ("a spokesman for the
charity Well Being": the charity's name, 26.01.00/daughter).

Also the other side, an office word with no name (:func:`office_alone`, :func:`letters_alone`:
"Counsel for the daughter argued", "The QC repeated"), read by :mod:`~.speakers`; and an office
word after "a" or "an" (:func:`indefinite_office`), which names no one however the wire capitalises
it: "..., a U.S. Spokesman said" (round 38, branch audit38, ``HELD_OUT_38``'s 628 0,
``benchmarks/claims.md`` co12: the capital S made the tagger's organisation, so a named person, and
the findings said "1 named person" of a story whose speakers are all anonymous). A nationality
before the word is no name of its own either ("a Canadian Spokesman": no surname "Spokesman").

* :func:`office_name`: the full name at the end of such a label, else "".
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.companies import COMPANY_HEADS
from corpus_tools.attribution.surnames import INSTITUTION_HEADS

__all__ = ["indefinite_office", "letters_alone", "office_alone", "office_name"]

_NAME_WORD = re.compile(r"[A-Z][a-z][\w'-]*$")
_NOT_BEFORE = frozenset("for of at in from with to on by and or the a an".split())
_CLAUSE = frozenset("who which that whose whom".split())
#: a witness named right after the word ("Another witness Ann Hale, said": round 21's noye, the telegraph)
_WITNESS = frozenset("witness eye-witness eyewitness".split())


def office_name(label: str) -> str:
    """The full name (two or three capitalised words) that ends a description of an office with
    no comma before it, else "".

    Example:
        >>> office_name("BA director for sales Dale Moss")
        'Dale Moss'
        >>> office_name("a spokesman for Virgin Atlantic"), office_name("the man who hit Tom Bell")
        ('', '')
        >>> office_name("Patricia Yates"), office_name("A spokesman for the charity Well Being")
        ('', '')
        >>> office_name("Another witness Ann Hale")
        'Ann Hale'
    """
    words = str(label).split()
    name: list[str] = []
    while words and _NAME_WORD.match(words[-1]) and len(name) < 3:
        name.insert(0, words.pop())
    if len(name) < 2 or not words or "," in " ".join(words):
        return ""
    before = [w.lower().strip(".'’") for w in words]
    if before[-1] in _NOT_BEFORE or _CLAUSE & set(before) or not words[-1][:1].islower():
        return ""
    if before[-1] in INSTITUTION_HEADS | COMPANY_HEADS | {"charity"} or "the" in before[-3:-1]:
        return ""  # "for the charity Well Being": a body's name
    return " ".join(name) if set(before) & lexicon.SPEAKER_WORDS["official"] or before[-1] in _WITNESS else ""


def office_alone(root) -> bool:
    """An office word the tagger took for a name at a sentence start, with no name or title of its
    own ("Counsel for the daughter argued": no surname "Counsel"; 26.01.00/daughter's mail,
    ``benchmarks/claims_tune13.md``), or letters after a name (:func:`letters_alone`). An
    abbreviation before it is no name of its own: Reuters-21578 capitalises the word after "U.S."
    ("a senior U.S. Official, who declined to be identified": no surname "Official"; round 34,
    branch audit34, 17376), unless a person is named in the mention ("U.S. Attorney for Manhattan
    Rudolph<newline>Giuliani", Reuters-21578 12194: the lead's fix after the merge of round 34)."""
    own = any(
        c.dep_ in ("compound", "appos", "flat") and not _abbreviation(c) and c.ent_type_ != "NORP"
        for c in root.children
    )  # "a Canadian Spokesman": a nationality is no name
    own = own or any(t.ent_type_ == "PERSON" for t in root.subtree)  # "U.S. Attorney for X Rudolph Giuliani"
    return (root.lower_ in lexicon.SPEAKER_WORDS["official"] and not own) or letters_alone(root)


def indefinite_office(mention) -> bool:
    """Whether a mention is "a" or "an" before an office word with no name of its own ("a U.S.
    Spokesman", "an EC Official"): an unnamed official, never a named person (module docstring)."""
    return mention[0].lower_ in ("a", "an") and office_alone(mention.root)


def _abbreviation(tok) -> bool:
    """Whether a token is an abbreviation with full stops ("U.S.", "U.N."), no name."""
    return len(tok) > 2 and tok.text.endswith(".") and tok.text[:-1].replace(".", "").isupper()


def letters_alone(root) -> bool:
    """Letters after a name with no name of their own ("The QC repeated", "the MP said"): no
    surname "QC", and no name, though the tagger may take them for an organisation (the label
    would leave the name "The"; 08.12.99/hamilton, ``benchmarks/claims_tune15.md`` h41)."""
    own = any(c.dep_ in ("compound", "appos", "flat") for c in root.children)
    return root.lower_.replace(".", "") in lexicon.POST_NOMINALS and not own
