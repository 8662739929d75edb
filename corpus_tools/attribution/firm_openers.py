"""An indefinite description of a firm is the one company the story names, when the document
names it after the description:
"A family timber firm will be sentenced today after admitting liability for an accident ... /
The company, Wenban-Smith, of Newlands Road, Worthing, West Sussex, pleaded guilty last month";
"A family-run timber merchants was today fined #30,000 after admitting liability ... / ... at the
firm, Wenban-Smith, of Newlands Road".

A court report on a company opens on its trade ("A family timber firm", "A building contractors")
and names the company in the next sentence. A reader takes the description for that company; the
findings had counted it as one more speaker, anonymous, or a person named after the first
capitalised words of the next sentence ("Newlands Road", the firm's street), and the paper that
kept the company by name "gave its statements" to it or "dropped" the description (read from
TUNE_30's 12.07.99/arm, arm1 3-4 and arm1sub 6-7, ``benchmarks/claims_tune30.md`` kind T1). The
people's rule of the same shape is :mod:`~.opening_pleas`; "the company" of a story naming one
company is read in :mod:`~.companies`.

The rule (:func:`firm_opener`): a label of "a" or "an", up to three lower-case words ("family",
"family-run", "timber"; no "of", "and") and a head that is a company's word
(:data:`~.companies.COMPANY_HEADS`, "business", "chain"), or a plural noun after the singular
article (a trading name: "A family-run timber merchants"; not people's plurals, "A pair of ..."),
is the company, when the story names exactly one company and the document names it from the
description on.

* :func:`firm_opener`: the speaker read so (``speaker_label``, ``speaker_type``, ``named``), or
  the speaker unchanged.
"""

from __future__ import annotations

import re

from corpus_tools.attribution.companies import COMPANY_HEADS

__all__ = ["firm_opener"]

#: "A family-run timber merchants": "a"/"an", up to three lower-case words, a lower-case head
_LABEL = re.compile(r"^[Aa]n? ((?:[a-z][\w-]* ){0,3})([a-z][a-z-]+)$")
#: a firm's heads besides a company's words
_HEADS = COMPANY_HEADS | frozenset({"business", "chain"})
#: plural heads that are people, never a trading name
_PEOPLE = frozenset("people men women children brothers sisters parents families couples friends".split())


def firm_opener(s: dict, label: str, companies: set[str], after: str) -> dict:
    """The speaker ``s`` read as the story's one company when ``label`` (the label as the tagger
    gave it) is an indefinite description of a firm (module docstring), else ``s``.

    Args:
        s: the speaker's ``speaker_label``, ``speaker_type`` and ``named``.
        label: the speaker's label before any reading ("A family timber firm").
        companies: the story's company names (:func:`~.same_speakers.story_companies`).
        after: the document's text from the mention on.

    Example:
        >>> s = {"speaker_label": "Tower Lane", "speaker_type": "person", "named": True}
        >>> after = "A family building firm admitted it. The firm, Hale Bros, of Tower Lane, was fined."
        >>> firm_opener(s, "A family building firm", {"Hale Bros"}, after)["speaker_label"]
        'Hale Bros'
        >>> firm_opener(s, "A pair of brothers", {"Hale Bros"}, after) is s
        True
    """
    if len(companies) != 1:
        return s  # the cheap test first: no company, or several
    found = _LABEL.match(" ".join(str(label).split()))
    if found is None or {"of", "and"} & set(found.group(1).split()):
        return s
    head = found.group(2)
    if head not in _HEADS and not (head.endswith("s") and not head.endswith("ss") and head not in _PEOPLE):
        return s
    name = next(iter(companies))
    if name not in " ".join(after.split()):  # a wire take's name may run over a line
        return s  # the document does not name the company: another firm, perhaps
    return {**s, "speaker_label": name, "speaker_type": "organisation", "named": True}
