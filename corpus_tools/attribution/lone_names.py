"""A "he" or "she" with no antecedent in its document is the one person the text named in full just
before it: "The family of Joy Hendricks cheered when the verdict was announced. She said later
that ..." (a PA take that opens on a name inside a phrase, no subject and no speaker before it:
12.08.99/snooker, PA 4sub 4-5 of the claims audit, round 12, left by spk18 as "She said later").

The resolver (:func:`corpus_tools.attribution.speakers.resolve_speakers`) calls :func:`lone_name`
(and, when it finds none, :func:`subject_before`: the named subject a few paragraphs back) only
when a pronoun has no antecedent at all and no one has spoken before it in its document, so a
pronoun that any speaker or named subject may stand for never changes (after other speakers, a
"she" went to a man whose gender the text does not give: snooker's times 11, round 14). After other
speakers it calls :func:`lone_name` ``strict``: the one person named there whose gender a title
gives ("The test case came from Rachel Begbie ... Her daughter Heather ... She accused", "Mrs
Begbie" later: 12.07.99/places, the express 8-10, round 16's cause 4).
"""

from __future__ import annotations

import re

from corpus_tools.attribution.doc_texts import doc_ents, doc_text
from corpus_tools.attribution.namesakes import full_names
from corpus_tools.attribution.pronouns import antecedents
from corpus_tools.attribution.surnames import person_surnames

__all__ = ["REACH", "SUBJECT_REACH", "lone_name", "name_features", "person_names", "subject_before"]

#: how far back (characters of cleaned text) the full name may stand: about two sentences of wire
#: copy (fitted on 12.08.99/snooker, PA 4sub, where the name stands 90 characters before "She")
REACH = 300
_GENDERS = {"he": "m", "she": "f"}


def lone_name(
    att, pronoun: str, names: list[tuple[int, str, str]], genders: dict[str, str], *, strict: bool = False
):
    """``(given name, surname)`` of the one person named in full within :data:`REACH` characters
    before a "he" or "she" (``att.span``), whose gender (``genders``: surname -> m or f) is not the
    other one; None when there is none, or two people are named there. ``strict``: the one person
    named there whom the text gives the pronoun's gender by a title (others named there whose
    gender it does not give, or gives as the other, are passed over).

    Args:
        att: the pronoun's attribution (``span``: cleaned offsets of its mention).
        pronoun: the pronoun, lower case.
        names: :func:`~.namesakes.full_names` of the document, ``(offset, given, surname)``.
        genders: surname -> the gender the text gives it.

    Example:
        >>> class A: span = (120, 123)
        >>> lone_name(A(), "she", [(30, "Joy", "Hendricks")], {})
        ('Joy', 'Hendricks')
        >>> lone_name(A(), "she", [(30, "Joy", "Hendricks"), (60, "Tom", "Bell")], {}) is None
        True
        >>> lone_name(A(), "she", [(30, "Joy", "Hendricks")], {}, strict=True) is None
        True
        >>> names = [(30, "Joy", "Hendricks"), (60, "Tom", "Bell")]
        >>> lone_name(A(), "she", names, {"Hendricks": "f"}, strict=True)
        ('Joy', 'Hendricks')
    """
    gender = _GENDERS.get(pronoun, "")
    start = att.span[0]
    found = {(given, surname) for pos, given, surname in names if start - REACH <= pos < start}
    found = {n for n in found if genders.get(n[1], "") == gender} if strict else found
    if not gender or len(found) != 1:
        return None
    given, surname = found.pop()
    return (given, surname) if genders.get(surname, "") in ((gender,) if strict else ("", gender)) else None


#: how many paragraphs back :func:`subject_before` looks: a feature's opening paragraphs about its
#: subject, "he" carrying him on (01.03.00/francis, the sun 7-10, fr8 of the claims audit's fifteenth
#: round: Francis named in 7, "he" the subject of 8 and 9, "He pleaded guilty" in 10)
SUBJECT_REACH = 4


def subject_before(att, pronoun: str, seen: list[tuple]) -> list[dict]:
    """The named subjects a "he" or "she" with no antecedent in the resolver's window and no speaker
    before it in its document may stand for, within :data:`SUBJECT_REACH` paragraphs: the nearest
    first (:func:`~.pronouns.antecedents` of a wider window); [] for any other pronoun.

    Args:
        att: the pronoun's attribution (``span``, ``para``, ``mention``).
        pronoun: the pronoun, lower case.
        seen: the resolver's ``(position, paragraph, entity, is a speaker)`` before ``att``.
    """
    if pronoun not in _GENDERS:
        return []
    return antecedents(att, {"pronoun": pronoun}, seen, SUBJECT_REACH)


def person_names(paragraphs) -> list[tuple[int, str, str]]:
    """``(offset, given name, surname)`` of every person named in full in a document's paragraphs
    (``(paragraph, offset, spaCy Doc)``): :func:`~.namesakes.full_names`, and two capitalised words
    the tagger took for an organisation ("family of Joy Hendricks") that
    :func:`~.surnames.person_surnames` reads as a person's name (no "Scotland Yard"); in text order."""
    out = full_names(paragraphs)
    for _, offset, doc in paragraphs:
        for ent in doc_ents(doc):
            words = [t.text for t in ent]
            titled = len(words) == 2 and all(w.isalpha() and w.istitle() for w in words)
            if ent.label_ == "ORG" and titled and words[1] in person_surnames(ent.sent.text):
                out.append((offset + ent.start_char, words[0], words[1]))
    texts = [(offset, doc_text(doc)) for _, offset, doc in paragraphs]
    return sorted(n for n in out if not _dead(n[0], texts))


#: a name after a noun of a death ("the manslaughter of junior sister Ann Roe"): no later speaker
_DEAD = re.compile(r"\b(?i:murder|manslaughter|death|killing)s? of (?:[a-z][\w-]* ){0,3}$")


def _dead(pos: int, texts: list[tuple[int, str]]) -> bool:
    """Whether the name at ``pos`` is the one whose death a noun before it names ("charges
    including the manslaughter of junior sister Ann Roe. ... She said to him": not Roe, who died;
    round 17's 17.04.00/nurse, nurse1 17-18, the take's "She said" given to the dead woman)."""
    for offset, text in texts:
        if offset <= pos <= offset + len(text):
            return bool(_DEAD.search(text[max(0, pos - offset - 80) : pos - offset]))
    return False


def name_features(given: str, surname: str) -> dict:
    """The features of a person's full name (the keys of :func:`~.speakers.speaker_features`)."""
    label = f"{given} {surname}"
    return {
        "government": "",
        "surname": surname,
        "first": given,
        "head": surname.lower(),
        "heads": {surname.lower()},
        "mods": {given.lower()},
        "number": "s",
        "gender": "",
        "type": "person",
        "named": True,
        "affiliation": "unknown",
        "definite": False,
        "key": label.lower(),
        "label": label,
        "pronoun": "",
    }
