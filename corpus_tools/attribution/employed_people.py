""" "Said P.S. Tam of Morgan Guaranty Trust": a person of a firm speaks, not the firm.

Wire copy names a market's voices with their employer after "of": "said P.S. Tam of Morgan
Guaranty Trust" (read from round 32's held-out 10696+10762, 10696 6, row nk4 of
``benchmarks/claims.md``). The tagger reads the whole phrase as one organisation's name, so the
findings counted a named person an institution. The rule: a label typed an organisation that is a
person's name (one or two given names or initials, "P.S.", "John", "John K.", and a surname, none of
them a body's head word) + " of " + a name whose last word is a firm's or a body's head ("Trust",
"Bank", "Inc", "Securities", "Brothers") is that person, named. "Bank of America", "Goldman
Sachs of New York" (no firm's word at the end) and "Ministry of Finance" stay bodies.

* :func:`employed_person`: whether the label is such a person with her employer.
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.companies import COMPANY_HEADS
from corpus_tools.attribution.surnames import INSTITUTION_HEADS

__all__ = ["employed_person"]

#: the last words of a firm's or a body's name
_FIRM_ENDS = COMPANY_HEADS | INSTITUTION_HEADS | frozenset(
    "inc corp co ltd plc securities brothers bros partners associates guaranty capital "
    "investment investments management exchange fund funds".split()
)  # fmt: skip
#: words that are never a given name or a surname
_NOT_NAMES = lexicon.SPEAKER_WORDS["organisation"] | _FIRM_ENDS | {"the", "a", "an"}
_GIVEN = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][a-z]+(?: [A-Z]\.)?)"
_LABEL = re.compile(rf"^({_GIVEN} (?:{_GIVEN} )?[A-Z][a-z][\w'-]+) of (?:the )?([A-Z][\w&.' -]+)$")


def employed_person(label: str) -> bool:
    """Whether ``label`` names a person and her employer (module docstring).

    Example:
        >>> employed_person("P.S. Tam of Morgan Guaranty Trust")
        True
        >>> employed_person("Bank of America"), employed_person("Goldman Sachs of New York")
        (False, False)
        >>> employed_person("Central Bank of Nigeria")
        False
    """
    if " of " not in label:
        return False
    m = _LABEL.match(label)
    if not m:
        return False
    words = m.group(1).lower().replace(".", ". ").split()
    if any(w in _NOT_NAMES or w in lexicon.SPEAKER_WORDS["official"] for w in words):
        return False
    return m.group(2).split()[-1].lower().rstrip(".") in _FIRM_ENDS
