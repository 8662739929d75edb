"""Two or more named people who speak as one: a couple's joint statement across documents.

A court report gives a couple's denial as one statement in many forms: "Christopher Grant, 45, and
Meryl Grant, 43, denied", "Christopher and Meryl Grant denied", "Mr and Mrs Grant denied", "The
Grants, who denied". :mod:`corpus_tools.attribution.survival` follows a named person by surname and
given name; a joint statement of two named people is the statement of each of them, so:

* :func:`person_names`: the surnames, the given names and the number of people the mentions of one
  speaker name ("Christopher and Meryl Grant": Grant; Christopher, Meryl; two);
* :func:`member_of`: whether one named person (a speaker of the source) is one of the people a
  joint speaker of a version names: his statement kept by their joint one;
* :func:`owns`: :func:`~.namesakes.owns`, or a member of the version's joint speaker;
* :func:`joint_members`: the other way round, the version's people who are, together, the
  source's joint speaker ("Both men deny", the pair named, for "He and Sumer deny", one row each);
* :func:`parents_named`: "Richard's parents", "his parents" are the father and mother the text
  named before ("his father, businessman Christopher Grant, 45, and his stepmother Meryl Grant").
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.namesakes import owns as owns_alone
from corpus_tools.attribution.pairs import n_people, pair_label
from corpus_tools.attribution.speakers import given_name

__all__ = ["family_name", "joint_members", "member_of", "owns", "parents_named", "person_names"]

_NAME = re.compile(r"\b[A-Z][\w-]*[a-z][\w-]*\b")
#: "the Grants", "The Joneses": a family named by its plural surname
_TITLES = lexicon.MALE_TITLES | lexicon.FEMALE_TITLES
_FAMILY = re.compile(r"^[Tt]he ([A-Z][a-z][\w'-]*s)$")


def family_name(mention: str) -> set[str]:
    """The surnames a family mention ("the Grants", "The Joneses") may stand for, empty when the
    mention is no plural name after "the".

    Example:
        >>> sorted(family_name("the Grants")), sorted(family_name("The Joneses")), family_name("Grant")
        (['Grant', 'Grants'], ['Jones', 'Jonese', 'Joneses'], set())
    """
    m = _FAMILY.match(" ".join(str(mention).split()))
    if not m:
        return set()
    word = m.group(1)
    out = {word, word[:-1]}  # "the Grants": Grant
    return out | {word[:-2]} if word.endswith(("ses", "xes", "zes", "ches", "shes")) else out


def _description(mention: str) -> bool:
    """A mention that is a description of a named person ("The officer", "The WPC", which
    :mod:`~.role_descriptions` reads as the person): an article and no capitalised name after it."""
    words = mention.split()
    return (
        bool(words)
        and words[0].lower() in ("the", "a", "an", "this")
        and not any(w[:1].isupper() and not w.isupper() for w in words[1:])
    )


def person_names(mentions: list[str]) -> tuple[set[str], set[str], int]:
    """``(surnames, given names, people)`` of one named person's (or couple's) mentions: each
    mention's last capitalised word a surname and the word before it, a given name; a joint mention
    ("Christopher Grant and Meryl Grant", "Christopher and Meryl Grant", "Mr and Mrs Grant") gives
    every given name of its people and counts them, a family ("the Grants") its surname and two.

    Example:
        >>> names, firsts, people = person_names(["Christopher and Meryl Grant"])
        >>> sorted(names), sorted(firsts), people
        (['Grant'], ['Christopher', 'Meryl'], 2)
        >>> person_names(["Meryl Grant", "Mrs Grant"])
        ({'Grant'}, {'Meryl'}, 1)
    """
    names: set[str] = set()
    firsts: set[str] = set()
    people = 1
    for m in mentions:
        bare = " ".join(m.replace("\u2019s", "").replace("'s", "").split())
        if _description(bare):  # "The magistrate", "The WPC": no surname "The"
            continue
        family = family_name(bare)
        if family:
            names |= family
            people = max(people, 2)
            continue
        parts = re.split(r", | and ", bare) if n_people(bare) > 1 else [bare]
        people = max(people, len(parts))
        full_last = len([w for w in _NAME.findall(parts[-1]) if given_name(w)]) > 1  # "... Meryl Grant"
        for i, part in enumerate(parts):
            words = _NAME.findall(part)
            given = [w for w in words if given_name(w)]
            titled = bool({w.lower().rstrip(".") for w in part.split()} & _TITLES)
            if len(given) == 1 and not titled and i < len(parts) - 1 and full_last:
                firsts.add(given[0])  # "Christopher and Meryl Grant": Christopher a given name
                continue
            if not given and len(parts) > 1:  # "Mr and Mrs Grant": "Mr" names no one alone
                continue
            if words:
                names.add(words[-1])
            if len(words) > 1 and given_name(words[-2]):
                firsts.add(words[-2])
    return names, firsts, people


def member_of(me, other) -> bool:
    """Whether the named person ``me`` (an identity of :mod:`~.survival`: ``names``, ``firsts``,
    ``gender``, ``people``) is one of the people of the joint speaker ``other``: a shared surname,
    and his given name among theirs when both give one."""
    if me.people != 1 or other.people < 2 or me.kind != "person" or other.kind != "person":
        return False
    if not me.names & other.names:
        return False
    return not me.firsts or not other.firsts or bool(me.firsts & other.firsts)


def owns(me, other, rivals) -> bool:
    """Whether the source speaker ``me`` is the version's speaker ``other``
    (:func:`~.namesakes.owns`), or one of the people of its joint statement (:func:`member_of`)."""
    return owns_alone(me, other, rivals) or member_of(me, other)


def joint_members(me, others: dict) -> set:
    """The version's speakers (``others``: speaker_id -> identity) who are, together, the people of
    the source's joint speaker ``me`` (a pair named, "Herbert and Sumer", or read from "Both men
    deny"): a version that gives the pair's denial to each of them ("He and Sumer deny", "Herbert
    and Sumer deny", a row each) keeps it (12.07.99/informant of the claims audit, round 15,
    cause 7). Each is one named person of one of the pair's surnames (and, when both give them,
    given names); all of them, when they are as many different people as the pair has, else none
    (one of the two quoted alone is not the pair).

    Example:
        >>> from types import SimpleNamespace as W
        >>> pair = W(people=2, kind="person", named=True, names={"Hale", "Dunn"}, firsts=set())
        >>> hale = W(people=1, kind="person", named=True, names={"Hale"}, firsts={"Tom"})
        >>> dunn = W(people=1, kind="person", named=True, names={"Dunn"}, firsts=set())
        >>> sorted(joint_members(pair, {"v:S1": hale, "v:S2": dunn})), joint_members(pair, {"v:S1": hale})
        (['v:S1', 'v:S2'], set())
    """
    if me.people < 2 or me.kind != "person" or not me.named:
        return set()
    found = {
        sid: (frozenset(o.names & me.names), frozenset(o.firsts & me.firsts))
        for sid, o in others.items()
        if o.people == 1
        and o.kind == "person"
        and o.named
        and o.names & me.names
        and (not me.firsts or not o.firsts or o.firsts & me.firsts)
    }
    return set(found) if len(set(found.values())) >= me.people else set()


_PARENTS = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'-]*(?:'s|\u2019s)) (?:step-?)?parents")
#: "his father, businessman Christopher Grant", "his stepmother Meryl Grant", "mother Jo Hale"
_PARENT = re.compile(
    r"\b(?:step-?)?(father|dad|mother|mum)\b,? (?:[a-z][\w-]* ){0,3}([A-Z][\w'-]+(?: [A-Z][\w'-]+)+)"
)


def parents_named(label: str, before: str) -> str:
    """The joint label of the parents a plural kin description stands for ("Richard's parents", "his
    parents"): the last father and the last mother (or step-parents) the text ``before`` it names in
    full; "" when it names no two (02.11.99/chips of the claims audit, round 10: the mirror 35).

    Example:
        >>> before = "He was hit by his father, businessman Tom Hale, 45, and his stepmother Ann Hale. "
        >>> parents_named("Richard's parents", before), parents_named("his parents", "His father spoke.")
        ('Tom Hale and Ann Hale', '')
    """
    if not _PARENTS.fullmatch(" ".join(str(label).split())):
        return ""
    found = {("m" if w.lower() in ("father", "dad") else "f"): name for w, name in _PARENT.findall(before)}
    return pair_label([found["m"], found["f"]]) if len(found) == 2 else ""
