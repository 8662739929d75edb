"""A version's document labelled by a source speaker's name in the possessive is that speaker.

"The share holdings of the core companies should be equal," Watanabe said in a statement, in one
story; "Watanabe's latest proposals said that the eight core companies should have equal share
holdings", in the next. The later story's speaker is a document ("Watanabe's latest proposals",
unnamed), so identity kept it apart from the named man and the survival called Watanabe
"relabelled" as his own proposals (round 36, branch sweep36, the sweep's check series 12409+12454,
``benchmarks/speaker_sweep36.md``). A reader takes a person's or a body's proposals, statement or
report for that person or body.

The rule: a version's unnamed speaker whose label is a name in the possessive, at most two words
and a written text's noun ("Watanabe's latest proposals", "the Bank's annual report") is the source
speaker that name names (a surname of a person, or a named body's name), when no other speaker of
the source has that name.

* :func:`owned_ids`: the version's speakers that are such a document of the source speaker.
"""

from __future__ import annotations

import re

from corpus_tools.attribution.document_issuers import DOCUMENT_NOUNS

__all__ = ["owned_ids"]

_NOUN = "|".join(sorted(DOCUMENT_NOUNS | {"proposal", "plan", "offer"}))
#: "Watanabe's latest proposals", "the Treasury's report": the name, at most two words, the noun
_OWNED = re.compile(
    rf"^(?:the\s+)?((?:[A-Z][\w.&-]*\s+){{0,3}}[A-Z][\w.&-]*)'s\s+(?:[a-z-]+\s+){{0,2}}(?:{_NOUN})s?$"
)


def _owner(label: str) -> str:
    """The name a document label gives its owner by the possessive, lower case, or ""."""
    if "'s " not in label:  # the cheap test first
        return ""
    m = _OWNED.match(label)
    return " ".join(m.group(1).lower().split()) if m else ""


def owned_ids(me, mine: dict, rivals: list) -> set:
    """The version's speakers (``mine``: speaker_id -> identity with ``label``, ``named``) that are
    a document of the named source speaker ``me`` by its name in the possessive; none when a
    source speaker of ``rivals`` has that name too.

    Example:
        >>> from types import SimpleNamespace as W
        >>> me, doc = W(named=True, names={"Watanabe"}), W(named=False, label="Watanabe's latest proposals")
        >>> sorted(owned_ids(me, {"v:S3": doc}, []))
        ['v:S3']
        >>> owned_ids(me, {"v:S3": doc}, [W(named=True, names={"Watanabe"})])  # two of that name
        set()
    """
    if not me.named:
        return set()
    names = {n.lower() for n in me.names}
    taken = {n.lower() for r in rivals if r.named for n in r.names}
    found = set()
    for i, them in mine.items():
        owner = "" if them.named else _owner(them.label)
        if owner and {owner, owner.split()[-1]} & names and not {owner, owner.split()[-1]} & taken:
            found.add(i)
    return found
