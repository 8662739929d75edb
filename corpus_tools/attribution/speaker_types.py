"""A speaker mention's type, and whether a word before a surname is a given name.

* :func:`speaker_type`: ``person``, ``official``, ``organisation``, ``document``, ``media`` or
  ``anonymous`` from the head noun (:data:`corpus_tools.lexicon.SPEAKER_WORDS`), titles and
  spaCy entities; a person (a PERSON entity, a titled name, a name with an age) is never an
  organisation; "" for a pronoun.
* :func:`given_name`: "Janet" before a surname is a given name; "Mr", "Det", "Insp" are titles.

Split from :mod:`corpus_tools.attribution.speakers` (no rule changed), which re-exports both.
"""

from __future__ import annotations

from corpus_tools import lexicon
from corpus_tools.attribution.companies import COMPANY_HEADS
from corpus_tools.attribution.cues import coordinated_names, own_apposition
from corpus_tools.attribution.plural_bodies import plural_body
from corpus_tools.attribution.pronouns import PRONOUNS
from corpus_tools.attribution.the_names import the_name
from corpus_tools.lexicon import POLICE_RANKS

__all__ = ["given_name", "speaker_type"]

#: short forms of titles ("Det Insp Hewitt")
_TITLE_SHORT = frozenset(
    "det insp supt sgt con cllr rev prof gen col capt cmdr sen rep gov pres hon atty".split()
)
#: heads of a news agency's name ("Kyodo News Service", "the New China News Agency": media)
_NEWS_HEADS = frozenset({"agency", "service"})
#: words that make such a head a news agency's ("News Agency", "Press Agency")
_NEWS_WORDS = frozenset({"news", "press"})
#: words before a name that are no given name ("Mr", "Judge")
_TITLE_WORDS = lexicon.MALE_TITLES | lexicon.FEMALE_TITLES | lexicon.SPEAKER_WORDS["official"] | POLICE_RANKS


def speaker_type(mention, outlets: frozenset[str]) -> str:
    """``person``, ``official``, ``organisation``, ``document``, ``media`` or ``anonymous`` for a
    spaCy Span; "" for a pronoun (it takes the type of what it refers to)."""
    root, lemma = mention.root, mention.root.lemma_.lower()
    words = {t.lower_.rstrip(".") for t in mention} | {lemma}
    kinds = lexicon.SPEAKER_WORDS
    if root.lower_ in PRONOUNS:
        return ""
    if lemma in kinds["anonymous"] or root.lower_ in kinds["anonymous"]:
        return "anonymous"
    if " ".join(mention.text.lower().split()).removeprefix("the ") in outlets:  # "The  Sun"
        return "media"
    if _news_outlet(mention, lemma, words):  # "the official People's Daily": a paper, not a person
        return "media"
    titled = words & _TITLE_WORDS
    aged = root.pos_ == "PROPN" and _has_age(root)  # "Robina Hashim, 29," that the NER took for an ORG
    if root.pos_ == "PROPN" and root.text.isupper() and len(root) > 2 and not titled:  # "The RSPB"
        return "organisation"  # an initialism is an institution (12.07.99/gamekeeper, claims_tune10.md)
    if (
        root.ent_type_ == "PERSON"
        or aged
        or (root.pos_ == "PROPN" and titled and lemma not in kinds["organisation"] | kinds["media"])
    ):
        return "official" if words & kinds["official"] else "person"  # a person is never an organisation
    if plural_body(mention):  # "Australian trade unions said": no body named, anonymous
        return "anonymous"
    for kind in ("official", "media", "document", "organisation", "anonymous"):
        if lemma in kinds[kind]:
            return kind
    if root.ent_type_ in ("ORG", "GPE", "NORP", "FAC") or lemma in COMPANY_HEADS:  # "the hospital trust"
        return "organisation"
    return ("organisation" if the_name(mention) else "person") if root.pos_ == "PROPN" else "anonymous"


def _news_outlet(mention, lemma: str, words: set[str]) -> bool:
    """Whether a mention names a news outlet: "the" before a name whose head is a paper's
    ("the official People's Daily", which the tagger takes for a person) or a news agency's ("the New
    China News Agency", "Kyodo News Service"). Round 34, branch audit34, Reuters-21578 5147+5158.
    A news agency's description before the agency's initials or a name the lexicon knows as an
    agency's is one too ("The Iranian news agency IRNA", typed an institution beside "IRNA said", a
    news outlet: round 37, branch audit37, Reuters-21578 15650 1, ``benchmarks/claims.md`` ir4).
    A press agency is a news agency, and its name before its initials too ("the official Saudi
    Press Agency SPA said", typed a named person for "official" and its initials: round 39, branch
    tune39, Reuters-21578 248 0, ``benchmarks/claims_tune39.md`` K2)."""
    news = bool(words & _NEWS_WORDS)
    if mention.root.pos_ != "PROPN":  # "The Iranian news agency IRNA": an agency's initials after
        return lemma in _NEWS_HEADS and news and any(_agency_name(t, mention.root) for t in mention)
    if lemma in _NEWS_HEADS:
        return news
    if news and any(t.lower_ in _NEWS_HEADS and _agency_name(mention.root, t) for t in mention):
        return True  # "the official Saudi Press Agency SPA": the agency's initials after its name
    return lemma in lexicon.SPEAKER_WORDS["media"] and mention[0].lower_ == "the"


def _agency_name(token, head) -> bool:
    """Whether a token after a description's head is a news agency's name: its initials ("IRNA",
    "CNA") or a name the lexicon knows as an agency's ("Xinhua")."""
    name = token.pos_ == "PROPN" and token.i > head.i
    return name and (token.text.isupper() and len(token.text) > 1 or token.lower_ in lexicon.AGENCIES)


def _has_age(root) -> bool:
    """Whether a name has an age in apposition ("Robina Hashim, 29, had reported"), is coordinated
    with a person's name ("Rattigan, of Canada Grove, Bognor, and Wyatt, of South Terrace, denied
    murder", which the NER reads as an organisation and a person) or is the second of such a list,
    with its own ", of PLACE" ("and Pike, of Quay Road"): a person."""
    listed = root.dep_ == "conj" and own_apposition(root) and root.doc[root.left_edge.i - 1].lower_ == "and"
    return (
        listed
        or any(t.ent_type_ == "PERSON" for t in coordinated_names(root))
        or any(
            c.dep_ in ("appos", "npadvmod", "amod")
            and c.like_num
            and c.text.isdigit()
            and 0 < int(c.text) < 120
            for c in root.children
        )
    )


def given_name(word: str) -> bool:
    """Whether a word before a surname is a given name ("Janet"), not a title or its short form
    ("Mr", "Det", "Insp", "DI")."""
    bare = word.lower().rstrip(".")
    return (
        word.isalpha()
        and len(word) > 2
        and not word.isupper()
        and bare not in _TITLE_WORDS
        and bare not in _TITLE_SHORT
        and bare not in ("the", "his", "her", "their")
    )
