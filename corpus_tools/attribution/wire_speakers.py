"""The hook of round 32's wire kinds: a title, a body's head or a company's short name told again.

:func:`~.identities.speaker_identities` asks :func:`wire_speaker` with one line, after its other
readings of a speaker. It reads shapes of Reuters' business copy, each its own module (the first three read
from TUNE_32's 17126+17138, 16220+16242 and 5526+5564, kinds W1 and W2 of
``benchmarks/claims_tune32.md``):

* :mod:`~.repeated_titles`: "The Treasury Secretary" after "Treasury Secretary James Baker";
* :mod:`~.chief_nouns`: "the UAW chief" after "United Automobile Workers (UAW) president Owen Bieber";
* :mod:`~.company_short_names`: "Levon" after "Levon Resources Ltd", a company, not a person;
* :mod:`~.company_word_spokesmen`: "A Halcor spokesman" after "Halcor Industries Inc" (round 33);
* :mod:`~.said_in_statements`: "The statement", "a spokesman" after "X said in a statement" (round 33).

* :func:`wire_speaker`: the speaker (``speaker_label``, ``speaker_type``, ``named``) read so.
"""

from __future__ import annotations

from corpus_tools.attribution.chief_nouns import chief_holder
from corpus_tools.attribution.company_short_names import short_company
from corpus_tools.attribution.company_word_spokesmen import spokesman_company
from corpus_tools.attribution.repeated_titles import repeated_title_holder
from corpus_tools.attribution.said_in_statements import statement_company
from corpus_tools.attribution.tickers import ticker_named

__all__ = ["wire_speaker"]


def wire_speaker(s: dict, text: str, start: int) -> dict:
    """``s`` as the person or company its label tells again (module docstring), else as it is.

    Args:
        s: a speaker (``speaker_label``, ``speaker_type``, ``named``).
        text: the document's text.
        start: the offset of the speaker's first mention in ``text``.

    Example:
        >>> s = {"speaker_label": "Levon", "speaker_type": "person", "named": True}
        >>> wire_speaker(s, "Levon Resources Ltd said assays were higher.", 44)["speaker_type"]
        'organisation'
        >>> s = {"speaker_label": "The Treasury Secretary", "speaker_type": "official", "named": True}
        >>> wire_speaker(s, "Treasury Secretary James Baker said it.", 39)["speaker_label"]
        'James Baker'
    """
    label, before = " ".join(str(s["speaker_label"]).split()), text[:start]
    if label[:4].lower() == "the ":
        person = repeated_title_holder(label, before) or chief_holder(label, before)
        if person or ("spokes" not in label and "statement" not in label):
            return {**s, "speaker_label": person, "speaker_type": "person", "named": True} if person else s
    company = short_company(label, before, text) if s["speaker_type"] in ("person", "organisation") else ""
    company = company or spokesman_company(label, before, text)  # "A Halcor spokesman": Halcor Industries
    company = company or statement_company(label, before, text)  # "X said in a statement ... The statement"
    if not company and s["speaker_type"] in ("person", "official") and ticker_named(label, text, start):
        return {**s, "speaker_type": "organisation", "named": True}  # "NV Philips ... <PGLO.AS>": a company
    return {**s, "speaker_label": company, "speaker_type": "organisation", "named": True} if company else s
