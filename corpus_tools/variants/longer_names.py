"""A body's or place's name the other text writes longer or shorter, read by :mod:`~.name_forms`
(:func:`~.name_forms.holds_name`): its leading words as their initials ("European Community
Commission" / "EC Commission"), a geographic noun, a qualifier or a country's initials before or
after it, any word before an accord's name, a word inside left out, a programme's last word, a
head noun's synonym. The stories each shape was read from are in the docstrings. Moved out of
:mod:`~.name_forms` unchanged (round 26).
"""

from __future__ import annotations

from corpus_tools.lexicon import GEOGRAPHIC_FEATURES, INSTITUTION_SYNONYMS
from corpus_tools.text.name_initials import EVERY_WORD, initials_of
from corpus_tools.variants.name_parts import name_words
from corpus_tools.variants.name_spans import COUNTRY_INITIALS

__all__ = ["BODIES", "leading_initials_held", "longer_form_held"]


def leading_initials_held(key: str, names: set[str], has) -> bool:
    """A body's name whose leading words the other text writes as their initials, or the other way
    round: "European Community Commission" / "EC Commission" (at least two leading words, and the
    rest of the name the same).

    >>> leading_initials_held("european community commission", set(), lambda k: k == "ec commission")
    True
    >>> leading_initials_held("ec commission", {"european community commission"}, lambda k: False)
    True
    >>> leading_initials_held("ec commission", {"export credit bank"}, lambda k: False)
    False
    """
    words = key.split()

    def short(lead: list[str]) -> str:  # the initials :func:`as_initials` reads
        return initials_of(name_words(" ".join(lead)), EVERY_WORD)

    if any(
        len(short(words[:i])) >= 2 and has(short(words[:i]) + " " + " ".join(words[i:]))
        for i in range(2, len(words))
    ):
        return True
    if len(words) < 2 or not 2 <= len(words[0]) <= 4:
        return False
    rest = words[1:]
    return any(
        len(n.split()) >= len(rest) + 2
        and n.split()[-len(rest) :] == rest
        and short(n.split()[: -len(rest)]) == words[0]
        for n in names
    )


#: a word before a body's name that makes no other body: "Federal Environmental Protection Agency"
#: is the "Environmental Protection Agency"
_QUALIFIERS = frozenset({"federal", "national", "state", "u.s.", "us", "royal"})
#: the last word of a public body's name (not a company's: "National Steel Corp" is no "Steel Corp")
BODIES = frozenset(
    "agency commission committee board council ministry department authority office service "
    "administration bureau court reserve subcommittee organisation organization".split()
)


#: an accord named for its subject, any word before: "International Cocoa Agreement" where the
#: text says "the current cocoa agreement"
_ACCORDS = frozenset({"agreement", "accord", "pact", "treaty", "convention"})


def longer_form_held(key: str, names: set[str], has) -> bool:
    """A name written longer than the text writes it: with a geographic common noun after it
    ("Mississippi River" where the text names "the Mississippi", a name of its ``names``) or a
    qualifier before a body's name of two words or more ("Federal Environmental Protection Agency"),
    or a country's initials before a name of two words or more the text names ("U.S. House Ways"),
    or any word before an accord's ("International Cocoa Agreement" / "the cocoa agreement"), or
    a body's name without a word inside ("Toronto Stock Exchange" / "the Toronto exchange"), or a
    name of four words or more that the text names without one word inside, its first and last
    kept ("VMS Short Term Income Trust" / "VMS Short Term Trust"; a name of three words is not
    read so: "First Chicago Corp" is no "First Corp"), or a programme's name of three words or
    more that the text names without its last word ("Export Enhancement Program" / "Export
    Enhancement wheat"), or a body's name whose head noun the text writes as its synonym, the two
    words or more before it the same (``lexicon.INSTITUTION_SYNONYMS``: "Higher Labour Tribunal" /
    "Higher Labour Court"; benchmarks/family_round38.md), or a firm's or a publication's name with
    "International" after it ("Newsweek International" where the text names "Newsweek magazine",
    benchmarks/family_round61.md).

    >>> longer_form_held("mississippi river", {"mississippi"}, lambda k: False)
    True
    >>> longer_form_held("red sea", set(), lambda k: k == "red")
    False
    >>> longer_form_held("higher labour tribunal", set(), lambda k: k == "higher labour court")
    True
    """
    head, _, last = key.rpartition(" ")
    if head and last in GEOGRAPHIC_FEATURES and head in names:
        return True
    if head and last == "international" and head in names:
        return True  # "Newsweek International" where the text names "Newsweek" (family_round61.md)
    words = key.split()
    if len(words) >= 3 and last in ("program", "programme") and " ".join(words[:-1]) in names:
        return True  # "Export Enhancement Program" where the text names "Export Enhancement wheat"
    if len(words) >= 3 and any(
        last in group and any(has(" ".join(words[:-1]) + " " + o) for o in group - {last})
        for group in INSTITUTION_SYNONYMS
    ):
        return True  # "Higher Labour Tribunal" / "Higher Labour Court" (benchmarks/family_round38.md)
    shorter = [" ".join(words[:i] + words[i + 1 :]) for i in range(1, len(words) - 1)]
    if len(words) >= 3 and last in BODIES | {"exchange", "program", "programme"} and any(map(has, shorter)):
        return True  # "Toronto Stock Exchange" / "the Toronto exchange", "Conservation Reserve Program"
    if len(words) >= 4 and any(k in names for k in shorter):
        return True  # "Santa Barbara Biltmore Hotel" where the text names the "Santa Barbara Hotel"
    first, _, rest = key.partition(" ")
    if len(rest.split()) < 2 or not has(rest):
        return False
    if first in COUNTRY_INITIALS and rest in names:
        return True  # "U.S. House Ways" where the text names the "House Ways" (benchmarks/family_round40.md)
    return (first in _QUALIFIERS and rest.split()[-1] in BODIES) or rest.split()[-1] in _ACCORDS
