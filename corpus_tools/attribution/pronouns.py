"""What a pronoun, an age alone or an epithet stands for: the speakers it may refer to.

* :data:`PRONOUNS`: personal and possessive pronouns and what they agree with.
* :func:`compatible`: whether a speaker may be a pronoun (number, gender, person or not).
* :func:`antecedents`: the speakers a pronoun (or "the 58-year-old") may stand for, nearest first.
* :func:`bound_subject`: the named subject a pronoun of a clause of time or manner is bound to.
* :func:`compound_name`: a name's last word and the words compounded on it before it.
* :func:`take_antecedent`: a pronoun resolved to its nearest antecedent.

Split from :mod:`corpus_tools.attribution.speakers` (which calls these while it walks a document's
mentions) so each module stays one shape.
"""

from __future__ import annotations

from corpus_tools.attribution import epithets
from corpus_tools.attribution.institution_names import LEGAL_SUFFIXES
from corpus_tools.attribution.topics import marked_woman

__all__ = [
    "HEARING_KEY",
    "PRONOUNS",
    "aged",
    "antecedents",
    "bound_subject",
    "compatible",
    "compound_name",
    "fits",
    "named_person",
    "take_antecedent",
]

#: Personal and possessive pronouns and what they agree with: m(ale), f(emale), n(euter), p(lural), s(peaker).
PRONOUNS: dict[str, str] = {
    **dict.fromkeys(("he", "him", "his"), "m"),
    **dict.fromkeys(("she", "her"), "f"),
    **dict.fromkeys(("it", "its"), "n"),
    **dict.fromkeys(("they", "their", "we", "our"), "p"),
    **dict.fromkeys(("i", "my", "you", "your"), "s"),
}
#: the key of a hearing's mention ("the court heard"): who spoke is not given
HEARING_KEY = "(the hearing)"
#: the heads of a group of kin spoken of as one ("the family", "the couple"): a "he" or "she" is one
#: of them, never the group (28.09.99/inqshot's telegraph, remark14's cause 6: "Mr Stanley's son,
#: Jason, issued a statement in which the family called for ... he said" had given Jason's words
#: to "the family")
_KIN_GROUPS = frozenset("family families couple pair parents relatives household".split())


def compatible(pronoun: str, e: dict) -> bool:
    gender = PRONOUNS[pronoun]
    if gender in ("m", "f"):  # a hearing ("the court heard") is no "he" or "she"
        person = e["type"] in ("person", "official", "anonymous") and HEARING_KEY not in e["keys"]
        group = not e["named"] and bool(e["heads"] & _KIN_GROUPS)  # "the family": no "he"
        return (
            e["number"] == "s"
            and person
            and e["gender"] in ("", gender)
            and not epithets.collective(e)
            and not group
        )
    if gender == "n":
        body = e["type"] in ("organisation", "document", "media", "government") or _suffixed(e)
        return e["number"] == "s" and body
    return gender == "p" and (e["number"] == "p" or e["type"] in ("organisation", "government", "media"))


def _suffixed(e: dict) -> bool:
    """A speaker the tagger typed a person whose name ends with a company's legal suffix ("Crazy
    Eddie Inc said its board has adopted ... It said"): a company, which "it" stands for, before a
    part of it told inside its statement ("its board"; round 37, branch debt37, the round-35 sweep's
    16211+16409, ``benchmarks/speaker_sweep35.md``, where "It" went to "its board")."""
    words = str(e.get("label", "")).replace(".", "").split()
    return e["type"] == "person" and len(words) > 1 and words[-1].lower() in LEGAL_SUFFIXES


def antecedents(att, f: dict, seen: list[tuple], window: int) -> list[dict]:
    """The speakers a pronoun (or an age or epithet alone) may stand for, speakers first, then the
    nearest, those the text gives the pronoun's gender before the others of each kind ("As Mr
    Kim's wife tried to help him, Marsh went on. She told police": the wife, 16.07.99/manslaughter
    of ``benchmarks/claims_tune10.md``); an epithet ("The mother-of-two") only a named person of its
    gender, an age alone ("The 29-year-old") a named person of either (a "he" that took Garry Delany
    gave him his gender: round 30's 07.10.99/punch, pu14)."""
    g = epithets.epithet_gender(att.mention) or ""
    gp = PRONOUNS.get(f["pronoun"], "")  # among speakers, then others: "she" the wife before Marsh
    return [
        e
        for pos, para, e, _ in sorted(seen, key=lambda s: (s[3], marked_woman(s[2], gp), s[0]), reverse=True)
        if att.para - para <= window
        and (compatible(f["pronoun"], e) if f["pronoun"] else named_person(e) and _of_gender(e, g))
    ]


def _of_gender(e: dict, gender: str) -> bool:
    """Whether an entity may be an age or epithet of ``gender`` ("" for an age alone: either)."""
    return not gender or e["gender"] in ("", gender)


def fits(fb: dict | None, pronoun: str) -> bool:
    """Whether the named subject of a main clause (its features) may be the pronoun of its clause."""
    return (
        fb is not None
        and fb["number"] == "s"
        and fb["gender"] in ("", PRONOUNS.get(pronoun, ""))
        and fb["type"] in ("person", "official")
    )


def bound_subject(att):
    """The named subject of the main clause (a spaCy Span) when a pronoun is the subject of a
    clause of time or manner hung on it ("Molly's mother Annette Adams wept as she told the jury",
    "Miss Adams, 26, wept as she told"): the pronoun is that person, whoever spoke last. None
    otherwise."""
    root = att.mention.root
    verb = root.head
    if (
        root.lower_ not in PRONOUNS
        or verb.dep_ != "advcl"
        or not any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in verb.children)
    ):
        return None
    names = [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i < root.i]
    if not names:
        return None
    return compound_name(names[-1])


def compound_name(tok):
    """The name (a spaCy Span) whose last word is ``tok``: it and the words before it the parse
    compounds on it ("Annette Adams", "Mr Tom Hale"; "Mr" too, whose title
    :func:`~.clause_names.governing_name` reads), up to the first word that is not.

    >>> from corpus_tools.text.nlp import load_model
    >>> doc = load_model()("Molly's mother Annette Adams wept.")
    >>> compound_name(doc[4]).text, compound_name(doc[5]).text
    ('Annette Adams', 'wept')
    """
    lo = tok.i
    while lo > 0 and tok.doc[lo - 1].dep_ == "compound" and tok.doc[lo - 1].head == tok:
        lo -= 1
    return tok.doc[lo : tok.i + 1]


def aged(mention) -> bool:
    """An age alone ("the 58-year-old pleaded not guilty") or an epithet ("The mother-of-two said",
    :func:`~.epithets.epithet_gender`): it describes a person the text named."""
    root = mention.root
    aged = root.lower_ == "old" and any(c.lower_ == "year" for c in root.children) and root.pos_ != "NOUN"
    return aged or epithets.epithet_gender(mention) is not None


def named_person(e: dict) -> bool:
    """Whether a speaker is one named person, whom an age alone ("the 58-year-old") may describe."""
    return e["number"] == "s" and e["type"] in ("person", "official") and e["named"]


def take_antecedent(att, pronoun: str, near: list[dict], aged: bool) -> None:
    """A pronoun (or an age alone) is its nearest antecedent, which takes the pronoun's gender."""
    att.entity = near[0] if near else None
    att.resolved_from = ("description" if aged else "pronoun") if near else "unresolved"
    if near and PRONOUNS.get(pronoun) in ("m", "f"):
        near[0]["gender"] = near[0]["gender"] or PRONOUNS[pronoun]
