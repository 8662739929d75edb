"""A phrase of time or place after a speaker's name is when or where it spoke, not part of the name.

"Michigan General in March had said that the offer would be conditioned on ...": the parse hangs
"in March" on "General", and :func:`~.cues.speaker_mention` keeps a preposition right after the
head ("Spokesman for Armco"), so the speaker was "Michigan General in March", a second speaker
apart from the "Michigan General Corp" of the lead, typed a person. "On Friday, the Federal Home
Loan Bank Board in Washington said it approved ...": "in Washington" kept the board apart from
"The Bank Board said" of the next paragraph. (Round 37, branch tune37, ``TUNE_37``'s 13659 and
3009, kind V1 of ``benchmarks/claims_tune37.md``.)

The rule (:func:`setting_phrase`): a preposition of time or place ("in", "on", "at", "during")
right after the head is the statement's setting, not the speaker's name, when its object is a
date (a month, a weekday, a year, or a date the tagger marks) or, after a name the tagger marks
an organisation, a place it marks a city, state or country ("the Bank Board in Washington"). A
person's place stays ("a spokesman in Tokyo", "the ambassador in Paris": who the person is), and
so does any other preposition ("Spokesman for Armco", "the Bank of England").
"""

from __future__ import annotations

from corpus_tools import lexicon

__all__ = ["setting_phrase"]

#: prepositions that set a statement in time or place
_SETTING = frozenset({"in", "on", "at", "during"})
#: calendar words that date a statement ("in March", "on Friday")
_CALENDAR = frozenset(lexicon.MONTHS) | lexicon.WEEKDAYS


def setting_phrase(head, prep) -> bool:
    """Whether ``prep``, a preposition right after a speaker's ``head`` (spaCy tokens), is the
    statement's setting in time or place rather than part of the speaker's name (see the module
    docstring).

    >>> from corpus_tools.text.nlp import load_model
    >>> doc = load_model()("Acme Corp in April said it would sell the unit.")
    >>> setting_phrase(doc[1], doc[2])
    True
    >>> doc = load_model()("A spokesman for Acme said it would sell the unit.")
    >>> setting_phrase(doc[1], doc[2])
    False
    """
    if prep.lower_ not in _SETTING:
        return False
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objs) != 1:
        return False
    obj = objs[0]
    if obj.ent_type_ in ("DATE", "TIME") or obj.lower_ in _CALENDAR:
        return True
    return head.ent_type_ == "ORG" and obj.ent_type_ == "GPE" and obj.pos_ == "PROPN"
