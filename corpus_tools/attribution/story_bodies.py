"""A business the story names, under its bare name or a description by its trade, is that business.

A wire names a business in full once, through its spokesman ("A spokesman for Harlow the Grocer
said"); the papers call it by the first word of that name ("Harlow said after the case that it
had tightened its procedures") or, after naming it as a modifier ("TWO Harlow assistants were
fined"), by a description ending in its trade ("The high street grocer said it had launched a
review"). The tagger types neither an institution (a plural-looking word, a common noun), so both
were counted anonymous speakers and survival could not keep the business the wire quotes
(01.03.00/chemists of the METER courts: the times 9, the express 1; ``benchmarks/claims_tune23.md``
K5, claims m33, m34, m36-m38, m40).

:func:`story_body`, asked once per speaker in :func:`~.identities.refine_speakers` with the
story's named institutions read so far: an unnamed speaker whose label is

* a capitalised word or words that open exactly one named institution's label of more words
  ("Harlow" of "Harlow the Grocer"), or
* a definite singular description whose head is the last word of exactly one named institution's
  label of more words ("The high street grocer" of "Harlow the Grocer") whose first word the
  document writes,

is that institution. The heads of public bodies (police, council, court, ...:
:data:`~corpus_tools.attribution.surnames.INSTITUTION_HEADS`) are left to their own rules
(:mod:`~.bare_bodies`, :mod:`~.qualified_bodies`).
"""

from __future__ import annotations

import re

from corpus_tools.attribution.spokesmen import spoken_for
from corpus_tools.attribution.surnames import INSTITUTION_HEADS

__all__ = ["story_body"]

_CAPITALISED = re.compile(r"^(?:[A-Z][\w&'-]*)(?: [A-Z][\w&'-]*)*$")


def _learn(orgs: dict, label: str) -> None:
    """Add a named institution's ``label`` to the story's ``orgs``, indexed by its first and last
    word when it has more than one."""
    words = label.split()
    if len(words) > 1 and label.lower() not in orgs:
        orgs.setdefault(("first", words[0]), []).append(label)
        orgs.setdefault(("last", words[-1].lower()), []).append(label)
    orgs.setdefault(label.lower(), label)


def story_body(s: dict, orgs: dict, text: str) -> dict:
    """``s`` (``speaker_label``, ``speaker_type``, ``named``) as the named institution of ``orgs``
    (the story's so far: lower-cased label -> label, and its labels of more words by first and
    last word) it stands for, else unchanged; a named institution ``s`` is added to ``orgs`` (the
    speakers are read in the corpus's order, a wire's takes before the papers that use them).

    Example:
        >>> orgs, named = {}, {"speaker_type": "organisation", "named": True}
        >>> for body in ("Harlow the Grocer", "Kent police"):
        ...     _ = story_body({**named, "speaker_label": body}, orgs, "")
        >>> s = {"speaker_label": "Harlow", "speaker_type": "anonymous", "named": False}
        >>> story_body(s, orgs, "Harlow said it was sorry.")["speaker_label"]
        'Harlow the Grocer'
        >>> s = {**s, "speaker_label": "The high street grocer"}
        >>> story_body(s, orgs, "Two Harlow assistants were fined.")["speaker_label"]
        'Harlow the Grocer'
        >>> story_body(s, orgs, "Two assistants were fined.")["speaker_label"]
        'The high street grocer'
    """
    label = " ".join(str(s["speaker_label"]).split())
    words = label.split()
    if s["named"] and s["speaker_type"] == "organisation":  # read in the loop: the story's so far
        _learn(orgs, label)
    elif "spokes" in label and (body := spoken_for(label)):  # a spokesman alone names his body
        _learn(orgs, body.removeprefix("the ").removeprefix("The "))
    if s["named"] or s["speaker_type"] != "anonymous" or not words:
        return s
    if _CAPITALISED.match(label) and words[0] not in ("The", "A", "An"):
        found = [v for v in orgs.get(("first", words[0]), []) if v.split()[: len(words)] == words]
        found = [v for v in found if len(v.split()) > len(words)]
    elif len(words) > 1 and words[0].lower() == "the" and not words[-1].lower().endswith("s"):
        head = words[-1].lower()
        found = [
            v
            for v in ([] if head in INSTITUTION_HEADS else orgs.get(("last", head), []))
            if re.search(rf"\b{re.escape(v.split()[0])}\b", text)
        ]
    else:
        return s
    if len(found) != 1:
        return s
    return {**s, "speaker_label": found[0], "speaker_type": "organisation", "named": True}
