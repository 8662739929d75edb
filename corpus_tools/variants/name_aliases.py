"""Other names of one thing: a country, a state or a body under another name ("United Kingdom" /
"British", "Neb" / "Nebraska", "Fed" / "Federal Reserve Board", "the Islamic Republic" / "Iran"), a
lawmaker's party and state written two ways, the full name a text gives for an initialism it uses
(:func:`alias_of`), a body without its chamber or its country ("the Ways and Means committee"), a
legislature under its adjective ("Congressional sources") and a person under his surname ("the
Obama administration"). Read by :mod:`corpus_tools.variants.name_forms`."""

from __future__ import annotations

import re

from corpus_tools.lexicon import (
    BODY_ALIASES,
    CAPITALS,
    COMPANY_ENDS,
    COUNTRY_ENDS,
    COUNTRY_OTHER_NAMES,
    GEOGRAPHIC_FEATURES,
    GOVERNMENT_NAMES,
    HONORIFICS,
    IRREGULAR_DEMONYMS,
    SPEAKER_WORDS,
    STATE_ABBREVIATIONS,
    STATE_CODES,
    STOP_WORDS,
)
from corpus_tools.text.name_initials import stand_for
from corpus_tools.variants.name_facts import fact_key
from corpus_tools.variants.name_spans import COUNTRY_INITIALS, INSTITUTION_ENDS

__all__ = [
    "CONNECTORS",
    "LEGISLATURES",
    "alias_held",
    "alias_of",
    "country_word",
    "held_as_adjective",
    "held_as_members",
    "held_as_surname",
    "held_without_qualifier",
    "party_state",
    "state_held",
]

#: words that join the words of a name: not asked for in the other text, nor initialled
CONNECTORS = frozenset("of and for on de del la van von al bin the do da dos das du des".split())


#: a country's name of state, fact key -> the country: an other name of ``lexicon.GOVERNMENT_NAMES``
#: whose last word is a state's common noun ("islamic republic" -> "iran"; not a capital nor a seat)
_STATE_NAMES = {
    alias: country
    for country, aliases in GOVERNMENT_NAMES.items()
    for alias in aliases
    if " " in alias and alias.split()[-1] in COUNTRY_ENDS
}


def alias_held(key: str, has) -> bool:
    """Whether the text (``has``) holds another name of the same country, state or body: "United
    Kingdom" / "British", "U.K" / "Britain", "America" / "United States", "Fed" / "Federal Reserve
    Board" ("the Fed": "fed" is a verb too), "Neb" / "Nebraska", "the Islamic Republic" / "Iran"
    (a name of state), and the other way round."""
    return (
        (key in _STATE_NAMES and has(_STATE_NAMES[key]))
        or any(c == key and has(a) for a, c in _STATE_NAMES.items())
        or any(key in c and has(a) for a, c in IRREGULAR_DEMONYMS.items())
        or any(key in c and any(has(o) for o in c if o != key) for c in IRREGULAR_DEMONYMS.values())
        or any(key in c and any(has(o) for o in c if o != key) for c in COUNTRY_OTHER_NAMES)
        or any(has(o) for o in BODY_ALIASES.get(key, ()))
        or any(any(o in key for o in c) and has("the " + a) for a, c in BODY_ALIASES.items())
        or bool(STATE_ABBREVIATIONS.get(key) and has(STATE_ABBREVIATIONS[key]))
        or any(full == key and has(short) for short, full in STATE_ABBREVIATIONS.items())
    )


def state_held(state: str, has) -> bool:
    """Whether a text holds a U.S. state in a lawmaker's tag ("R-MI" for Michigan) or its abbreviation."""
    codes = [c for c, s in (STATE_CODES | STATE_ABBREVIATIONS).items() if s == state]
    return any(has(f"{p}-{c}") for c in codes for p in "dr") or any(has(c) for c in codes if len(c) > 2)


def party_state(key: str, has) -> bool:
    """A lawmaker's party and state written two ways: "D-IL" / "D-Ill." (a party's initial and the
    state's code or abbreviation) and "an Illinois Democrat"; ``has`` says whether the text holds a key."""
    states = STATE_CODES | STATE_ABBREVIATIONS
    code = re.fullmatch(r"([dr])-([a-z]{2,5})", key)
    if code:
        return code.group(2) in states and has(states[code.group(2)])
    state, _, party = key.rpartition(" ")
    if party not in ("democrat", "republican") or state not in states.values():
        return False
    return any(has(f"{party[0]}-{c}") for c, s in states.items() if s == state)


def alias_of(short: str, text: str, names: set[str]) -> str | None:
    """The full name a text gives for an initialism it uses, or ``None``: the name written just
    before it in brackets ("The Socialist Party (PS)" -> "Socialist Party"; initials of another
    language are common), else the text's name (``names``, keys of
    :func:`corpus_tools.variants.facts.fact_key`) whose capitalised words' initials it is
    ("FCC" for "federal communications commission"). A text that names a body in full and by its
    initials says nothing new with the initials when the other text holds the full name.

    >>> alias_of("PS", "The Socialist Party (PS) voted.", set())
    'Socialist Party'
    >>> alias_of("FCC", "The FCC ruled.", {"federal communications commission", "rko"})
    'federal communications commission'
    """
    if not re.fullmatch(r"[A-Z][A-Z&-]{1,6}", short):
        return None
    m = re.search(
        r"((?:[A-Z][\w.'’&-]*\s+(?:(?:of|and|the|for|de)\s+)*)*[A-Z][\w.'’&-]*)\s*\(\s*"
        + re.escape(short)
        + r"\s*\)",
        text,
    )
    if m:
        words = m.group(1).split()
        return " ".join(words[1:] if words[0] in ("The", "A", "An") else words)
    want = short.lower().replace("-", "").replace("&", "")
    for name in sorted(names):
        if len(name.split()) >= 2 and stand_for(want, name.split(), skip=CONNECTORS):
            return name
    return None


#: a legislature's name of one word: "Congress", "Parliament" (benchmarks/family_round42.md)
LEGISLATURES = frozenset("congress parliament senate assembly diet".split())
#: a chamber's word before a body's name: "House Ways and Means Committee"
_CHAMBERS = frozenset({"house", "senate"})
#: a lower-case name -> its country (``lexicon.GOVERNMENT_NAMES``, its names of state aside)
_NATION = {
    name: country
    for country, aliases in GOVERNMENT_NAMES.items()
    for name in (country, *aliases)
    if name not in CAPITALS and not name.endswith(" government")
}


def _nation(word: str) -> str:
    """The country a word names, as its name, initials or adjective ("american", "us", "british",
    "japanese" -> that country), or ''."""
    country = IRREGULAR_DEMONYMS[word][0] if word in IRREGULAR_DEMONYMS else ""
    word = country or word
    for end, back in (("", ""), ("n", ""), ("ese", ""), ("ian", "a"), ("ian", ""), ("i", "")):
        if word.endswith(end) and word[: len(word) - len(end)] + back in _NATION:
            return _NATION[word[: len(word) - len(end)] + back]
    return country  # "soviet": the Soviet Union, a country with no government's name listed (round 47)


def country_word(word: str) -> bool:
    """Whether a word (lower case, no dots) is a country's initials, name or adjective: "us",
    "american", "british", "japanese", "ruritanian" (an adjective by its ending)."""
    return (
        word in COUNTRY_INITIALS
        or bool(_nation(word))
        or re.fullmatch(r"[a-z]{3,}(?:ian|ese|ish)", word) is not None
    )


def held_without_qualifier(key: str, text: str) -> bool:
    """Whether a text (raw) holds a body's name without its first word, a chamber or a country's
    initials, name or adjective: "House Ways and Means Committee" / "the Ways and Means committee",
    "American Congress" / "Congress" (benchmarks/family_round42.md). The rest ends in a body's or a
    legislature's word; the word before it in the text is no capitalised word of another name
    ("the Senate Finance Committee" holds no "House Finance Committee", "New York Stock Exchange"
    no "American Stock Exchange"), unless it names the same country ("(U.S.) Congress").

    >>> held_without_qualifier("house ways and means committee", "However, the Ways and Means committee")
    True
    >>> held_without_qualifier("house finance committee", "the Senate Finance Committee said")
    False
    """
    first, _, rest = key.partition(" ")
    words = rest.split()  # or a body's word before "of": "Indonesian Ministry of Trade" (family_round45.md)
    if not words or not (
        words[-1] in INSTITUTION_ENDS | LEGISLATURES
        or (words[0] in INSTITUTION_ENDS and words[1:2] == ["of"])
    ):
        return False
    if not (first in _CHAMBERS or country_word(first)) or rest.split()[0] not in text.lower():
        return False
    for m in re.finditer(r"\b" + r"\s+".join(map(re.escape, rest.split())) + r"\b", text, re.I):
        before = re.sub(r"[^\w.]", "", (text[max(0, m.start() - 30) : m.start()].split() or [""])[-1])
        prev = fact_key(before)
        if not before[:1].isupper() or prev in STOP_WORDS or prev == first:
            return True
        if country_word(first) and _nation(prev) and _nation(prev) == _nation(first):
            return True
    return False


#: the endings of an adjective made from a legislature's name: "Congressional", "Parliamentary"
_ADJECTIVE_ENDS = ("ional", "ary", "al")


def held_as_adjective(key: str, text_lower: str) -> bool:
    """Whether a text (lower case) writes a legislature of one word as its adjective, or the
    legislature of an adjective: "Congress" / "Congressional sources", "Parliament" / "parliamentary"
    (one fact, as a place and its adjective; benchmarks/family_round42.md).

    >>> held_as_adjective("congress", "the bill, congressional sources said")
    True
    """
    if key in LEGISLATURES:
        return any(
            key + end in text_lower and re.search(rf"\b{key}{end}\b", text_lower) for end in _ADJECTIVE_ENDS
        )
    body = next((key[: -len(end)] for end in _ADJECTIVE_ENDS if key.endswith(end)), "")
    return body in LEGISLATURES and re.search(rf"\b{body}\b", text_lower) is not None


def held_as_members(key: str, text_lower: str) -> bool:
    """Whether a text (lower case) names a party by its members: "Socialist Party" / "the
    Socialists", "Christian Democratic Party" / "the Christian Democrats" (its last word before
    "party" in the plural, an "-ic" adjective as its noun; round 34, branch facts34, Reuters-21578
    1900 and 3113).

    >>> held_as_members("christian democratic party", "sole candidate of the christian democrats")
    True
    >>> held_as_members("socialist party", "a socialist government")
    False
    """
    words = key.split()
    if len(words) < 2 or words[-1] != "party" or "party" not in key:
        return False
    last = words[-2]
    plurals = {last + "s", last[:-2] + "s"} if last.endswith("ic") else {last + "s"}
    lead = " ".join(words[:-2])
    return any(re.search(rf"\b{re.escape((lead + ' ' + p).strip())}\b", text_lower) for p in plurals)


#: words that make a name no person's: a title, a body's or a company's word, a country's common
#: noun, a river or a sea, a connector, a compass point or "new" ("New York" / "York")
_NOT_PERSONAL = (
    SPEAKER_WORDS["official"]
    | HONORIFICS
    | INSTITUTION_ENDS
    | LEGISLATURES
    | COMPANY_ENDS
    | COUNTRY_ENDS
    | GEOGRAPHIC_FEATURES
    | CONNECTORS
    | frozenset("north south east west new saint st san santa los las el le fort port mount".split())
)


def held_as_surname(key: str, names: set[str]) -> bool:
    """Whether a person's name of two or three words is held by a text that names its last word
    alone (``names``: the text's name keys): "Barack Obama" where the text writes "the Obama
    administration" or "Obama said" (a person whose surname the text still names is not cut).
    The name is a person's by its shape: words of letters, none a title, a body's, a company's or
    a place's word (:data:`_NOT_PERSONAL`), none a country's or a state's name or adjective; and the
    text names no other person of that surname ("Sam Antar" where the name is "Eddie Antar").

    >>> held_as_surname("barack obama", {"obama", "iran"}), held_as_surname("arno kolbe", {"mara kolbe"})
    (True, False)
    >>> held_as_surname("continental illinois", {"illinois"})
    False
    >>> held_as_surname("eddie antar", {"antar", "sam antar"})
    False
    """
    words = key.split()
    return (
        2 <= len(words) <= 3
        and words[-1] in names
        and len(words[-1]) >= 3
        and all(re.fullmatch(r"[a-z][a-z'’-]+", w) for w in words)
        and not set(words) & _NOT_PERSONAL
        and not any(country_word(w) or w in STATE_CODES.values() or w in CAPITALS for w in words)
        and not any(_namesake(n, words) for n in names)
    )


def _namesake(name: str, words: list[str]) -> bool:
    """Whether a name key is another person of the same surname: "sam antar" for "eddie antar" (the
    text's "Antar" is then not his; benchmarks/family_round14.md), not "president obama"."""
    other = name.split()
    return (
        len(other) >= 2
        and other[-1] == words[-1]
        and other[-2] != words[-2]
        and other[-2] not in SPEAKER_WORDS["official"] | HONORIFICS
    )
