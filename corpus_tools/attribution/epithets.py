"""Descriptions a report uses for a person it has named, and parties that are no "he" or "she".

A reporter names a speaker once and then varies the reference: "Mrs Field said ... The
mother-of-two said ...". Such a kin epithet with its number of children, definite and singular, is
the named person of its gender who spoke last, as an age alone is. A kin word alone is a relation
to someone else ("The father claimed", after "the boy's father"; "the mother of the victim") and
stays a description. A side of a case or a body ("The prosecution", "the court", "the jury") is
never the "she" of a barrister's statements.

* :func:`epithet_gender`: the gender an epithet gives its person ("f" for "The mother-of-two"),
  None for a mention that is no epithet;
* :func:`collective`: whether a speaker's head words make it a side or a body, no "he" or "she";
* :func:`reporting_subject`: whether a named subject is the subject of a verb of saying the
  attributions did not read as a statement ("Recorder Iain McLaren ruled against Mr Gedge"): the
  "He said" that follows is that person's.
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.content_clauses import in_content_clause
from corpus_tools.attribution.doc_texts import doc_text

__all__ = [
    "COLLECTIVE_HEADS",
    "EPITHETS",
    "JOB_GENDERS",
    "collective",
    "epithet_gender",
    "head_gender",
    "order_report",
    "reporting_subject",
    "title_genders",
    "titled_name",
]

#: kin nouns a report uses for a person it has named, and the gender each gives (a declarative
#: table). Not "the girl", "the teenager", "the victim": a court story's defendant or victim, whom
#: :mod:`corpus_tools.attribution.defendant` reads.
EPITHETS: dict[str, str] = {
    **dict.fromkeys("mother mum grandmother wife widow".split(), "f"),
    **dict.fromkeys("father dad grandfather husband widower".split(), "m"),
}
#: head nouns that give an unnamed person a gender ("a second woman" is no "he"; a declarative table)
GENDERED_HEADS: dict[str, str] = {
    **EPITHETS,
    **dict.fromkeys("woman girl lady daughter sister niece aunt grandmother".split(), "f"),
    **dict.fromkeys("man boy son brother nephew uncle grandfather".split(), "m"),
}
#: job nouns that give their holder a gender ("a spokesman" is no "she"; a declarative table). They
#: exclude a pronoun of the other gender only: a "she" is not put first on a "spokeswoman" as on a
#: woman the text marks by a title or "wife" (spk18 tried that and it took three of a paper's
#: "She" from the named officer; 12.08.99/snooker, ``benchmarks/README.md``, branch spk18)
JOB_GENDERS: dict[str, str] = {
    **dict.fromkeys(
        "spokeswoman policewoman headmistress businesswoman postwoman postmistress "
        "councilwoman sportswoman saleswoman waitress actress landlady".split(),
        "f",
    ),
    **dict.fromkeys(
        "spokesman policeman headmaster businessman postman postmaster councilman sportsman "
        "salesman fireman barman landlord".split(),
        "m",
    ),
}
#: titles that give a gender ("Mr", "Miss")
GENDER_TITLES = lexicon.MALE_TITLES | lexicon.FEMALE_TITLES
#: sides of a case and bodies that speak as one: no "he" or "she"
COLLECTIVE_HEADS = frozenset("prosecution defence defense crown court jury police".split())
#: a group told by a noun of quantity ("a series of witnesses", "a number of officers"): its head is
#: singular, yet no "he" or "she" (12.08.99/snooker, claims audit round 12, S kind 3); nor is "the
#: pair" or "the couple" (round 15's informant1 22)
_GROUP_HEADS = frozenset("series number string succession host panel group line pair couple trio duo".split())
#: verbs of a ruling or a plea, said in court though no verb of saying
_RULINGS = frozenset({"rule", "plead"})
_HEADS = "|".join(sorted(EPITHETS, key=len, reverse=True))
_NUMBERS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+"
_EPITHET = re.compile(rf"^the (?:[\w-]+ ){{0,2}}?({_HEADS})-of-(?:{_NUMBERS})$")


def epithet_gender(mention) -> str | None:
    """The gender ("m" or "f") of a definite kin epithet with its number of children ("The
    mother-of-two", "the father-of-three"), None for any other mention ("The father", "the mother
    of the victim", "a woman", "Mrs Field", "the girl").

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("en")
        >>> texts = ("The mother-of-two", "the father-of-3", "The father", "the mother of the boy")
        >>> [epithet_gender(nlp(t)[:]) for t in texts]
        ['f', 'm', None, None]
    """
    after = re.match(r"-of-\w+", doc_text(mention.doc)[mention.end_char :])  # "The mother" + "-of-two"
    found = _EPITHET.match(" ".join(mention.text.lower().split()) + (after.group(0).lower() if after else ""))
    return EPITHETS[found.group(1)] if found else None


def collective(e: dict) -> bool:
    """Whether a speaker (its resolved entity: ``heads``, ``named``) is a side of a case or a body
    ("The prosecution", "the court"), which a "he" or "she" never stands for."""
    return not e["named"] and bool(e["heads"] & (COLLECTIVE_HEADS | _GROUP_HEADS))


def reporting_subject(span) -> bool:
    """Whether a named subject (a spaCy Span) is the subject of a verb of saying ("Recorder Iain
    McLaren ruled against Mr Gedge", "Smith denied the charges"): it spoke there, though no
    statement was read, so a pronoun after it may be that person before an earlier speaker."""
    verb = span.root.head
    lemma = verb.lemma_.lower()
    saying = lemma in lexicon.REPORTING_VERBS or lemma in _RULINGS
    person = span.root.ent_type_ == "PERSON"  # not "Kent" of "Whitstable, Kent admitted"
    saying = saying and not in_content_clause(verb)  # "the conclusion that Cromwell had ordered"
    return person and span.root.dep_ == "nsubj" and verb.pos_ == "VERB" and saying


def titled_name(tok) -> bool:
    """A name with a title that gives a gender ("Miss Nicola Davies")."""
    return tok.pos_ == "PROPN" and any(t.lower_.rstrip(".") in GENDER_TITLES for t in tok.lefts)


def title_genders(atts: list) -> dict[str, str]:
    """surname -> the gender a title gives it in any mention of the document ("Mr Morris"), so an
    earlier mention without a title ("Anthony Morris") is no "she"."""
    out: dict[str, str] = {}
    for att in atts:
        words = {t.lower_.rstrip(".") for t in att.mention}
        gender = "m" if words & lexicon.MALE_TITLES else "f" if words & lexicon.FEMALE_TITLES else ""
        titled = [t for t in att.mention if t.lower_.rstrip(".") in GENDER_TITLES]
        name = att.mention.doc[titled[-1].i + 1 : att.mention.end] if titled else None
        if name is not None and any(t.text in ("'s", "\u2019s") for t in name):
            continue  # "Mrs Pike's neighbour Alan Rudd": the possessor's title (round 31's doctor3 4)
        if gender and name is not None and len(name) and name[-1].pos_ == "PROPN":
            out.setdefault(name[-1].text, gender)
    return out


def head_gender(root) -> str:
    """The gender a description's head noun gives (a spaCy Token): "f" for "a second woman", "m"
    for "the boy's father"; "" for any other word."""
    return GENDERED_HEADS.get(root.lemma_.lower(), "") if root.pos_ == "NOUN" else ""


def order_report(att) -> bool:
    """Whether a nested report (an attribution inside another's statement) states no clause of its
    own: an order or a request ("Mr Al Fayed had told him to throw ..."), a source ("according to
    the Harrods chairman"). Its speaker is named inside another's account, not a speaker a later
    "he" or "she" prefers; one who "claimed she had no idea" or "told police that ..." is."""
    if att.cue == "according to":
        return True
    verb = att.mention.root.head if att.mention is not None else None
    return verb is not None and not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
