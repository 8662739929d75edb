"""A joint plea of two people named apart ("Alleyne and Matthews pleaded not guilty") is a plea of
each: two speakers, never a third, the pair, beside them. Other joint mentions of people keep
their span (a named pair, :mod:`~corpus_tools.attribution.pairs`), which PolNeAR's Source spans
are (``benchmarks/polnear.py``), but a joint subject with a body or a group among its members
("charities and health authorities said", "The Union, charities and councils have all called",
"Tom Hale, the Minister, and the Farmers' Union both expressed") is a statement of each member,
never of a third speaker made of the members' text (round 17's 16.07.99/care,
``benchmarks/claims.md``, causes 1 and 4: the joint labels counted as speakers of their own).

The attribution reader makes a row for each name of a coordinated subject
(:func:`~corpus_tools.attribution.subjects.coordinated_names`); the first row's mention is the
first name's subtree, which holds the others too, so the pair was a speaker of its own and the
second name counted in it and again alone (round 11's reading of 18.02.00/bridge,
``benchmarks/claims.md``, "Eleventh round, after the round's fixes": "Alleyne and Matthews" beside
"Matthews" among PA's speakers). A couple named with one surname ("Christopher and Meryl Grant",
"Mr and Mrs Grant") stays one joint mention (:mod:`~corpus_tools.attribution.couples`): its first
name is no name alone.
"""

from __future__ import annotations

import re

from corpus_tools import lexicon

__all__ = ["cut_members", "joint_bodies", "own_conjunct"]

#: entity types of a place: no body that speaks
_PLACES = {"GPE", "LOC", "FAC"}


def _words(span) -> int:
    return sum(1 for t in span if t.pos_ == "PROPN")


def _two_word_surname(own, text: str) -> bool:
    """Whether a two-word name is a surname of two words the text gives in full with a first name
    before it ("Taylor Lloyd and Kattab denied" after "Lisa Taylor Lloyd, 27"): named by surname
    like the one-word surname beside it, not in full (round 23's TUNE_23 chemists1 9,
    ``benchmarks/claims_tune23.md`` K1)."""
    name = " ".join(own.text.split())
    if len(name.split()) != 2 or not text:
        return False
    pattern = r"\b([A-Z][a-z]+)\s+" + re.escape(name).replace(r"\ ", r"\s+") + r"\b"
    titles = lexicon.MALE_TITLES | lexicon.FEMALE_TITLES | lexicon.HONORIFICS
    return any(m.group(1).lower() not in titles for m in re.finditer(pattern, text))  # not "Mr Tom Hale"


def _firm(mention, head, text: str) -> bool:
    """Whether the tagger reads the coordination as one organisation's name ("Marks and Spencer")
    and the text never names its first name without it."""
    if head.ent_type_ != "ORG" or head.ent_iob_ != "B":
        return False
    words = re.findall(rf"\b{re.escape(head.text)}\b", text)
    return len(words) <= text.count(mention.text)


def _group(t) -> bool:
    """A body or a group as a member of a joint subject: a plural common noun ("charities") or an
    organisation's name ("the Farmers' Union")."""
    return t.tag_ == "NNS" or (t.pos_ == "PROPN" and t.ent_type_ == "ORG")


def joint_bodies(head) -> list:
    """The other members (their head tokens) of a joint subject of groups or bodies whose first
    member is ``head`` ("charities and health authorities said"; "The Royal College of Nursing,
    charities and health authorities have all called"): the conjuncts of the head and theirs, the
    last joined by "and", each a plural common noun or a name, one of them a plural common noun
    (names alone are :func:`~.subjects.coordinated_names`'). Empty otherwise, and when a
    possessive pronoun ties the members to one possessor ("Cruz and his aides", "his fans and
    critics", "the lorries and their drivers")."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return []
    chain, stack = [], [head]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in _PLACES:
                chain.append(c)
                stack.append(c)
    members = [head, *sorted(chain, key=lambda t: t.i)]
    doc = head.doc
    joined = any(doc[t.left_edge.i - 1].lower_ == "and" for t in chain if t.left_edge.i > 0)
    if not joined or not all(_group(t) or t.pos_ == "PROPN" for t in members):
        return []
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for t in members for c in t.children):
        return []  # "Cruz and his aides", "his fans and critics": one possessor's, one joint source
    return members[1:] if any(t.tag_ == "NNS" for t in members) else []


def cut_members(others: list) -> list:
    """The mentions of a joint subject's other members (spaCy Spans), each cut before the next
    member ("farmers and water boards" of "The Union, farmers and water boards": "farmers")."""
    out = []
    for k, m in enumerate(others):
        end = min((o.start for o in others[k + 1 :] if m.start < o.start < m.end), default=m.end)
        while end > m.start + 1 and (m.doc[end - 1].dep_ == "cc" or m.doc[end - 1].is_punct):
            end -= 1
        out.append(m if end == m.end else m.doc[m.start : end])
    return out


def own_conjunct(mention, head, others: list, text: str = "", plea: bool = True):
    """The first name's own mention (a spaCy Span) when the subject coordinates it with other
    names (``others``, their mentions) and each is named alike: both by a surname alone
    ("Alleyne and Matthews") or both in full ("Tom Alleyne, 19, and Ben Matthews"); ``mention``
    otherwise (a couple: "Christopher and Meryl Grant"; a firm the tagger names as one and ``text``,
    the story, never names apart, "Marks and Spencer"). Of a cue that is no plea (``plea`` false),
    only a joint subject with a body or a group among its members (:func:`_group`) is cut, whether
    or not its members are named alike.

    Args:
        mention: the first name's mention, which may run over the others.
        head: the first name's head token.
        others: the mentions of the other names (spaCy Spans of the same parse).
        text: the text of the story (or the document).
        plea: whether the cue is a plea (:func:`~corpus_tools.attribution.pleas.plea`).
    """
    doc = mention.doc
    bodies = bool(others) and any(_group(t) for t in [head, *(o.root for o in others)])
    if not (plea or bodies):
        return mention  # "Rattigan and Wyatt said": a named pair
    if others and head.lower_ in ("he", "she") and mention.start == head.i:  # "He and Sumer deny"
        return doc[head.i : head.i + 1]
    if not others or (head.pos_ != "PROPN" and not bodies) or _firm(mention, head, text):
        return mention  # "Marks and Spencer said": one firm
    end = min(o.start for o in others)
    if not (mention.start <= head.i < end <= mention.end):
        return mention
    cut = end
    while cut > head.i + 1 and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
        cut -= 1
    own = doc[mention.start : cut]
    full = [_words(own) > 1 and not _two_word_surname(own, text), *(_words(o) > 1 for o in others)]
    alike = bodies or len(set(full)) == 1
    return own if alike and head.text not in {o.root.text for o in others} else mention
