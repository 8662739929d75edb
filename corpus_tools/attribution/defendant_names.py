"""A description the story ties to the person on trial is the one defendant the document names.

The shape: a court report opens on the defendant by a description ("A village shopkeeper strangled
a 12-year-old ..., a court heard yesterday"), names him ("Kevan Roberts, 52, ..."; "Roberts denies
a charge of murder") and later lets the description speak again: "..., the shopkeeper told police
in interviews"; "But the shopkeeper insisted he had never ...". A reader takes the description for
the man on trial; the findings had counted an anonymous "the shopkeeper" beside Roberts, or (when
no age or word tied it) given it to the named person who opened the sentence before (the
prosecutor). Read from the METER courts story 22.11.99/thomas (round 25's held-out pair,
``benchmarks/claims.md`` th97: the guardian's "the shopkeeper told police in interviews"; the
mirror's "But the shopkeeper insisted", given to Charles Wide).

The rule (:func:`named_defendant`): a definite description ("the shopkeeper", "The defendant")
whose head the story ties to the person on trial (:func:`~.defendant.defendant_heads`, read over
all the story's texts: "A gay shopkeeper ... allegedly killed") is the one person the document
names as the subject of a verb of the trial ("Roberts denies murder", "Roberts, who ran a store,
denies murder", "Tom Hale, 48, was charged with ..."), under the fullest form of that name the
document writes; "" when the document names no defendant so, or several (a trial of two).
"""

from __future__ import annotations

import functools
import re

from corpus_tools.attribution.defendant import defendant_heads, is_defendant

__all__ = ["named_defendant"]

#: a capitalised surname, an optional aside in commas, then a verb of the trial of its subject
_ON_TRIAL = re.compile(
    r"\b([A-Z][a-z][\w'-]+)(?:, [^.;:!?\n]{1,80},)? (?:who )?"
    r"(?:denies|denied|admits|admitted|pleaded|pleads|(?:is|was|has been|had been) (?:charged|accused|"
    r"convicted|jailed|sentenced|cleared|acquitted|remanded|found guilty)|(?:went|goes|stood|stands) on trial"
    r"|(?:stood|stands) trial|is accused of|was accused of)\b"
)


_NOT_GIVEN = re.compile(r"(?:The|A|An|But|And|Then|When|Mr|Mrs|Ms|Miss|Dr)\b")


@functools.lru_cache(maxsize=64)
def _heads(story: str) -> frozenset[str]:
    return frozenset(defendant_heads(story))


def named_defendant(label: str, named: bool, story: str, text: str, people: set[str]) -> str:
    """The name of the one defendant ``text`` (the document) names, for a definite ``label``, not
    ``named``, that describes the person on trial of ``story`` (the story's texts); else "".
    ``people``: the surnames the group gives people (:func:`~.surnames.person_surnames`).

    Example:
        >>> story = "A gay baker allegedly killed a girl of 11, a jury heard. Tom Hale, 48, denies murder."
        >>> named_defendant("the baker", False, story, story + " But the baker insisted.", {"Hale"})
        'Tom Hale'
        >>> two = story + " Ann Cole, 39, denies helping him."
        >>> named_defendant("the baker", False, story, two, {"Hale", "Cole"})
        ''
        >>> named_defendant("the jury", False, story, story, {"Hale"})
        ''
    """
    if named or not str(label).lower().startswith("the ") or not people:
        return ""
    if not is_defendant(label, _heads(story)):
        return ""
    text = " ".join(str(text).split())
    found = {m.group(1) for m in _ON_TRIAL.finditer(text)} & set(people)
    if len(found) != 1:
        return ""
    name = found.pop()
    forms = re.findall(rf"\b([A-Z][a-z][\w'-]+ ){re.escape(name)}\b", text)
    given = [f + name for f in forms if not _NOT_GIVEN.match(f)]  # "Kevan Roberts", never "But Roberts"
    return given[0] if given else name
