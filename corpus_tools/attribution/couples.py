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
* :func:`same_people`: two named speakers' identities are one: a shared surname
  (:func:`~.misprints.same_names`), and for two joint speakers the same people ("Sumer and Isaacs"
  is not "Herbert and Sumer");
* :func:`pair_words`, :func:`named_in`: the words "the pair" the source wrote for a pair it names
  (a version's "the pair" is that pair), and a pair named in a version only when both are;
* :func:`parents_named`: "Richard's parents", "his parents" are the father and mother the text
  named before ("his father, businessman Christopher Grant, 45, and his stepmother Meryl Grant").
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.family_names import family_surnames
from corpus_tools.attribution.member_pairs import apposed_pair
from corpus_tools.attribution.misprints import same_names
from corpus_tools.attribution.namesakes import owns as owns_alone
from corpus_tools.attribution.pairs import PAIR_HEADS, PAIR_WORDS, n_people, pair_label
from corpus_tools.attribution.speakers import given_name

__all__ = [
    "family_name",
    "joint_members",
    "member_of",
    "owns",
    "parents_named",
    "person_names",
    "named_in",
    "pair_words",
    "same_people",
]

_NAME = re.compile(r"\b[A-Z][\w-]*[a-z][\w-]*\b")
#: the hyphen of a double-barrelled surname ("Taylor-Lloyd"), read as the space another take writes
_BARREL = re.compile(r"(?<=[a-z])-(?=[A-Z])")
_TITLES = lexicon.MALE_TITLES | lexicon.FEMALE_TITLES


def family_name(mention: str) -> set[str]:
    """The surnames a family mention ("the Grants", "The Joneses", "The Grant family") may stand
    for (:func:`~.family_names.family_surnames`, the one reader), empty when it names no family.

    Example:
        >>> sorted(family_name("the Grants")), sorted(family_name("The Joneses")), family_name("Grant")
        (['Grant', 'Grants'], ['Jones', 'Jonese', 'Joneses'], set())
    """
    return set(family_surnames(mention))


def _description(mention: str) -> bool:
    """A mention that is a description of a named person ("The officer", "The WPC", which
    :mod:`~.role_descriptions` reads as the person): an article and no capitalised name after it."""
    words = mention.split()
    return (
        bool(words)
        and words[0].lower() in ("the", "a", "an", "this", "both")  # "Both men": no surname "Both"
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
        >>> person_names(["Meryl Grant and Tom Grant", "Meryl", "Mr Grant"])[0]
        {'Grant'}
    """
    names: set[str] = set()
    firsts: set[str] = set()
    people = 1
    joint: set[str] = set()  # the surnames of the joint mentions: a member's "Carol" is no surname
    singles: list[tuple[set[str], set[str]]] = []  # the names and given names of one-person mentions
    joint_firsts: set[str] = set()
    for m in mentions:
        bare = " ".join(m.replace("\u2019s", "").replace("'s", "").split())
        bare = _BARREL.sub(" ", bare)  # "Lisa Taylor-Lloyd": the spelling "Lisa Taylor Lloyd" reads
        bare = apposed_pair(bare)  # "The two, Omar Haddadi, 25, and Anna Mercer, 27": the two names
        if _description(bare):  # "The magistrate", "The WPC": no surname "The"
            continue
        family = family_name(bare)
        if family:
            names |= family
            joint |= family
            people = max(people, 2)
            continue
        parts = re.split(r", | and ", bare) if n_people(bare) > 1 else [bare]
        people = max(people, len(parts))
        here, given_here = set(), set()  # this mention's names and given names
        full_last = len([w for w in _NAME.findall(parts[-1]) if given_name(w)]) > 1  # "... Meryl Grant"
        for i, part in enumerate(parts):
            words = _NAME.findall(part)
            given = [w for w in words if given_name(w)]
            titled = bool({w.lower().rstrip(".") for w in part.split()} & _TITLES)
            if len(given) == 1 and not titled and i < len(parts) - 1 and full_last:
                given_here.add(given[0])  # "Christopher and Meryl Grant": Christopher a given name
                continue
            if not given and len(parts) > 1:  # "Mr and Mrs Grant": "Mr" names no one alone
                continue
            if words:
                here.add(words[-1])
            if len(words) > 1 and given_name(words[-2]):
                given_here.add(words[-2])
                # a middle name: "Kevin Joseph Morrison" is "Kevin Morrison" (16.07.99/informant)
                middle = len(words) > 2 and given_name(words[-3]) and " ".join(words[-3:]) in m  # one run
                given_here |= {words[-3]} if middle else set()
        names, firsts = names | here, firsts | given_here
        if len(parts) > 1:
            joint |= here
            joint_firsts |= given_here
        else:
            singles.append((here, given_here))
    if people < 2 or not joint:
        return names, firsts, people
    # a member's label ("Librarians John" of "John and Carol") gives the joint speaker no given name
    stray = {f for here, fs in singles if not here & joint or not joint_firsts for f in fs}
    return joint, firsts - stray, people


def _surnames(names) -> set[str]:
    """A joint speaker's surnames without the family's plural forms ("the Grants": Grant)."""
    return {n for n in names if not any(n != m and n.startswith(m) and len(n) - len(m) <= 2 for m in names)}


def same_people(a, b) -> bool:
    """Whether two named speakers' identities (``names``, ``firsts``, ``people``, ``kind``) are one:
    a shared surname (:func:`~.misprints.same_names`), and, when they name two or more people
    together, the same surnames ("the Grants" is "Mr and Mrs Grant"; "Sumer and Isaacs", whom
    the source's "the pair" names, is not "Herbert and Sumer", its "Both men").

    Example:
        >>> from types import SimpleNamespace as W
        >>> one = W(kind="person", names={"Hale", "Dunn"}, firsts=set(), people=2)
        >>> two = W(kind="person", names={"Dunn", "Reed"}, firsts=set(), people=2)
        >>> grants = W(kind="person", names={"Grant", "Grants"}, firsts=set(), people=2)
        >>> mr_and_mrs = W(kind="person", names={"Grant"}, firsts=set(), people=2)
        >>> same_people(one, two), same_people(grants, mr_and_mrs)
        (False, True)
        >>> given = W(kind="person", names={"Tom", "Ann"}, firsts=set(), people=2)
        >>> same_people(given, W(kind="person", names={"Hale"}, firsts={"Ann", "Tom"}, people=2))
        True
    """
    if _given_only(a, b) or _given_only(b, a):  # "John and Carol" is "John Marshall and Carol Marshall"
        return True
    if not same_names(a, b):
        return False
    return a.people < 2 or b.people < 2 or _surnames(a.names) == _surnames(b.names)


def _given_only(a, b) -> bool:
    """Whether a joint speaker named by given names alone (``a``: "John and Carol", read as names)
    is the joint speaker ``b`` whose given names are exactly those."""
    return a.people == b.people > 1 and not a.firsts and bool(b.firsts) and set(a.names) == set(b.firsts)


def member_of(me, other) -> bool:
    """Whether the named person ``me`` (an identity of :mod:`~.survival`: ``names``, ``firsts``,
    ``gender``, ``people``) is one of the people of the joint speaker ``other``: a shared surname,
    and his given name among theirs when both give one."""
    if me.people != 1 or other.people < 2 or me.kind != "person" or other.kind != "person":
        return False
    if not me.names & other.names:
        return False
    return not me.firsts or not other.firsts or bool(me.firsts & other.firsts)


def pair_words(mentions: list[str]) -> frozenset[str]:
    """The words of the mentions of a pair that describe it as two people, no names ("the pair",
    "the two men": :data:`~.pairs.PAIR_WORDS` and the head after them), lower case.

    Example:
        >>> sorted(pair_words(["Hale and Dunn", "the two men"])), sorted(pair_words(["two U.S. officials"]))
        (['men', 'two'], [])
    """
    words = [set(m.lower().split()) for m in mentions if not _NAME.search(m.split(" ", 1)[-1])]
    words = [ws for ws in words if PAIR_WORDS & ws and PAIR_HEADS & ws]  # not "two U.S. officials"
    return frozenset(w for ws in words for w in ws if w not in ("the", "both"))


def _described(me, other) -> bool:
    """A version's unnamed "the pair" is the source's named pair the source also called so."""
    if me.people < 2 or other.named or other.kind not in ("anonymous", "person"):
        return False
    return bool(other.description & PAIR_WORDS) and other.description <= me.description


def owns(me, other, rivals) -> bool:
    """Whether the source speaker ``me`` is the version's speaker ``other``
    (:func:`~.namesakes.owns`), one of the people of its joint statement (:func:`member_of`), or
    the version's "the pair" for the pair the source names and calls "the pair" (:func:`pair_words`)."""
    return owns_alone(me, other, rivals) or member_of(me, other) or _described(me, other)


def named_in(me, names: set[str]) -> bool:
    """Whether a version's capitalised words (``names``, lower case) name the source speaker ``me``:
    one of its names, or every one of a pair's ("Sumer" alone does not name "Sumer and Isaacs")."""
    mine = {n.lower() for n in me.names}
    return bool(mine & names) and (me.people < 2 or mine <= names)


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
