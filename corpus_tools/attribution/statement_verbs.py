"""A verb whose object is a statement, and a plea or a ruling with its clause: a statement made.

:func:`statement_verb`: "Prosecutors detailed 35 separate allegations", "The Home Office rejected
claims by Lord Lamont that ..."; a ruling with its clause ("The House of Lords ruled that ..."); a
finding accepted ("The judge accepted that ..."); feelings or condolences expressed or offered
("expressed his shock at the sentence", "offered her condolences"); a reference to a need with its
clause ("had referred to the need to protect ..."); a plea, an institution's or a named person's
("It pleaded guilty to the charges", "Dr Shipman has pleaded not guilty", "He pleaded guilty").

Split from :mod:`corpus_tools.attribution.reports` (no rule changed), which re-exports
:func:`statement_verb` and reads :data:`STATEMENT_NOUNS`.
"""

from __future__ import annotations

from corpus_tools import lexicon
from corpus_tools.attribution.aged_names import aged_name
from corpus_tools.attribution.aged_nouns import aged_noun
from corpus_tools.attribution.aged_pleas import aged_description
from corpus_tools.attribution.clause_pleas import conjunct_subjects
from corpus_tools.attribution.group_pleas import group_subject
from corpus_tools.attribution.listed_pleas import listed_names
from corpus_tools.attribution.missed_subjects import gerund_object
from corpus_tools.attribution.subjects import fronted_name

__all__ = ["STATEMENT_NOUNS", "statement_verb"]

#: the words of a plea ("It pleaded guilty to the charges", "He pleaded not guilty")
_PLEAS = {"guilty", "innocent"}
#: verbs that make a statement of their object ("detailed 35 allegations", "made the remarks")
_STATEMENT_VERBS = {"detail", "outline", "reject", "dismiss", "dispute", "make"}
STATEMENT_NOUNS = {
    "allegation", "accusation", "claim", "complaint", "suggestion", "charge", "explanation", "remark",
    "version", "reply", "retort", "riposte", "comment",
}  # fmt: skip
# "comment": "His comments echoed those made last week by ... Baker, who also warned" (round 39,
# branch tune39, Reuters-21578 17268 2, ``benchmarks/claims_tune39.md`` K4): a statement, no speaker
#: feelings a person expresses ("expressed his shock and surprise at the sentence"): a statement of
#: them (12.07.99/gamekeeper, 12.08.99/traveller of the METER courts, ``claims_tune10.md``)
_EXPRESSED = {
    "shock", "surprise", "disappointment", "regret", "sympathy", "concern", "anger", "relief", "sorrow",
    "delight", "satisfaction", "condolence", "condolences", "remorse", "dismay", "outrage", "gratitude",
    "astonishment", "amazement", "disbelief", "horror",  # "Investigators expressed astonishment that"
}  # fmt: skip
#: words a person offers or conveys by saying them ("offered her condolences to the families":
#: the judge's statement, which a paper writes "expressed her sympathy"; round 18's bondi, T7)
_OFFERED_VERBS = {"offer", "convey", "extend"}
_OFFERED = {"condolence", "condolences", "sympathy", "sympathies", "apology", "apologies", "congratulations"}


def _institution_subject(tok) -> bool:
    """A subject that is no person: "it", an institution's head word ("The company"), a name the
    tagger gives no person, with no determiner ("Thames Water"; not "A former radio DJ"). A
    person's plea is read where the survival of their statements is
    (:mod:`corpus_tools.attribution.survival`)."""
    if tok.lower_ == "it":
        return True
    if tok.pos_ == "NOUN":
        return tok.lemma_.lower() in lexicon.SPEAKER_WORDS["organisation"]
    return (
        tok.pos_ == "PROPN"
        and tok.ent_type_ in ("ORG", "")
        and not any(c.dep_ == "det" for c in tok.children)
    )


def _named(tok) -> bool:
    """A named person or a personal pronoun as a plea's subject ("Dr Shipman", "He", "Hale, 47,")."""
    person = tok.pos_ == "PROPN" and (tok.ent_type_ == "PERSON" or aged_name(tok))  # an aged name
    return person or tok.lower_ in ("he", "she") or aged_noun(tok)  # "Goodwin, 36," tagged a noun


def _named_by_who(tok) -> bool:
    """The "who" of a relative clause on a name ("Jones, who had pleaded not guilty"): the person named,
    whom the tagger may not mark a person when the surname stands alone (12.07.99/gamekeeper of the
    METER courts, ``benchmarks/claims_tune10.md``)."""
    if tok.lower_ != "who" or tok.head.dep_ != "relcl" or tok.head.head.pos_ != "PROPN":
        return False
    place = tok.head.head
    while place.dep_ in ("appos", "conj") and place.head != place:
        place = place.head
    return not (place.dep_ == "pobj" and place.head.lower_ in ("of", "from"))  # "from Bracknell, Berks, who"


def _shared_subject(tok) -> bool:
    """A verb joined to the verb before it that shares its subject ("Producers have resisted ... and
    have expressed concern that ...": the producers' statement; round 36, branch debt36, round 35's
    ``TUNE_35`` 4405, ``benchmarks/claims_tune35.md`` r2)."""
    return tok.dep_ == "conj" and any(c.dep_ == "nsubj" for c in tok.head.children)


#: nouns whose clause is what a speaker who "referred to" them argued ("the need to protect ...")
_ARGUED = frozenset({"need", "fact", "danger", "risk", "importance", "possibility", "likelihood"})


def _referred_clause(tok) -> bool:
    """ "Colin Boyd QC had referred to the need to protect serving officers": a reference to a need,
    a fact or a danger with its clause is an argument made (08.12.99/lockerb, guardian 3, round 11's
    reading in ``benchmarks/claims_tune11.md``, lk82-lk86); "referred to the case" is none."""
    to = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"]
    nouns = [x for c in to for x in c.children if x.dep_ == "pobj" and x.lemma_.lower() in _ARGUED]
    return any(c.dep_ in ("acl", "ccomp", "relcl") or c.lower_ == "that" for n in nouns for c in n.children)


#: every verb :func:`statement_verb` reads; any other token is no statement verb, read at once
_READ_VERBS = frozenset(
    {"plead", "rule", "continue", "accept", "express", "refer"} | _OFFERED_VERBS | _STATEMENT_VERBS
)


def statement_verb(tok) -> bool:
    """A verb whose object is a statement ("Prosecutors detailed 35 separate allegations", "The
    Home Office rejected claims by Lord Lamont that ..."): the subject makes a statement about it;
    a ruling with its clause ("The House of Lords, in an earlier judgment, ruled that ..."); and a
    finding accepted ("The judge accepted that she had played a menial role", "He accepted the
    mother had been misled": ostrich2 16 of the claims audit, round 9); a reference to a need with
    its clause (:func:`_referred_clause`)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _READ_VERBS:
        return False  # the cheap test first: a verb of one of the readings below
    subject = any(c.dep_ == "nsubj" for c in tok.children) or fronted_name(tok) is not None
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "plead":  # "It pleaded guilty to the charges"
        pleas = [c for c in tok.children if c.dep_ in ("acomp", "oprd", "advmod") and c.lower_ in _PLEAS]
        pleas = pleas or [t for t in tok.doc[tok.i + 1 : tok.i + 3] if t.lower_ in _PLEAS]  # parsed as amod
        subjects = [c for c in tok.children if c.dep_ == "nsubj"] or conjunct_subjects(tok)
        named = [c for c in subjects if _institution_subject(c) or _named(c) or _named_by_who(c)]
        named = named or listed_names(tok) is not None  # "A, of X, and B, of Y, all plead not guilty"
        named = named or group_subject(subjects)  # "All 28 defendants have pleaded not guilty"
        named = named or aged_description(subjects)  # "A 28-year-old man ... has pleaded not guilty"
        return bool(pleas) and bool(named)  # "Dr Shipman has pleaded not guilty": a statement of his
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "rule":  # "The House of Lords ruled that ..."
        participle = tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj")  # ", ruling that ..."
        subject = subject or gerund_object(tok) is not None  # "At the London hearing the judge ruled"
        ruling = any(c.dep_ == "ccomp" and (c.i > tok.i or subject) for c in tok.children)  # "..., X ruled."
        return (subject or participle) and ruling
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "continue":  # "it was sad, he continued, that X ..."
        return subject and any(c.dep_ == "ccomp" and c.i > tok.i and _that_clause(c) for c in tok.children)
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "accept":  # "The judge accepted that ..."
        return (subject or tok.dep_ == "conj") and _accepted_clause(tok)
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "express":  # "expressed his shock at the sentence"
        subject = subject or _shared_subject(tok)  # "Producers have resisted ... and have expressed concern"
        return subject and any(c.dep_ == "dobj" and c.lemma_.lower() in _EXPRESSED for c in tok.children)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _OFFERED_VERBS:  # "offered her condolences to X"
        return subject and any(c.dep_ == "dobj" and c.lower_ in _OFFERED for c in tok.children)
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "refer":  # "had referred to the need to protect"
        return subject and _referred_clause(tok)
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _STATEMENT_VERBS:
        return False
    return subject and any(
        c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS and c.i > tok.i for c in tok.children
    )


def _that_clause(clause) -> bool:
    """A clause opened by "that" ("he continued, that Mr X has to explain"): what is said."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _accepted_clause(tok) -> bool:
    """The verb "accepted" with a clause after it ("accepted that she had been misled", "accepted
    the mother had been misled"): a finding stated; "accepted the plea", "accepted an offer" take
    a thing."""
    return any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)
