"""Other names of one thing: a country, a state or a body under another name ("United Kingdom" /
"British", "Neb" / "Nebraska", "Fed" / "Federal Reserve Board"), a lawmaker's party and state written
two ways, and the full name a text gives for an initialism it uses (:func:`alias_of`). Read by
:mod:`corpus_tools.variants.name_forms`."""

from __future__ import annotations

import re

from corpus_tools.lexicon import (
    BODY_ALIASES,
    COUNTRY_OTHER_NAMES,
    IRREGULAR_DEMONYMS,
    STATE_ABBREVIATIONS,
    STATE_CODES,
)

__all__ = ["CONNECTORS", "alias_held", "alias_of", "party_state", "state_held"]

#: words that join the words of a name: not asked for in the other text, nor initialled
CONNECTORS = frozenset("of and for on de del la van von al bin the do da dos das du des".split())


def alias_held(key: str, has) -> bool:
    """Whether the text (``has``) holds another name of the same country, state or body: "United
    Kingdom" / "British", "U.K" / "Britain", "America" / "United States", "Fed" / "Federal Reserve
    Board" ("the Fed": "fed" is a verb too), "Neb" / "Nebraska", and the other way round."""
    return (
        any(key in c and has(a) for a, c in IRREGULAR_DEMONYMS.items())
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
        if len(name.split()) >= 2 and "".join(w[0] for w in name.split() if w not in CONNECTORS) == want:
            return name
    return None
