"""A company's spokesman is the company when the document also quotes it as "the company".

A paper quotes a firm as "The company argued that ..." and then "A Rockwater spokesman said that
the company had no comment to make" (read from ``TUNE_30``'s 01.03.00/diver, the guardian, claims
dv2 and dv4 of ``benchmarks/claims_tune30.md``). The story names one company ("his former
employer, Aberdeen-based Rockwater"), so "The company" is Rockwater (:mod:`~.employers`); but
:mod:`~.spokesmen` makes a spokesman his body only when the body speaks in the document under its
name, and here it speaks as "the company": the spokesman stayed an anonymous official beside the
company he speaks for, two speakers for one, and the paper "relabelled" Rockwater as its own
spokesman. A body and the spokesman who speaks for it are one speaker (the audits' convention).

The shape: a spokesman's label naming one of the story's companies ("A Rockwater spokesman", "a
spokeswoman for Rockwater"), in a document whose speakers include an unnamed description of a
company ("the company", "the firm") that the story's one company makes that company.

* :func:`company_spokesman`: the speaker (``speaker_label``, ``speaker_type``, ``named``) read so.
"""

from __future__ import annotations

from corpus_tools.attribution.companies import company_description
from corpus_tools.attribution.spokesmen import spoken_for

__all__ = ["company_spokesman"]


def company_spokesman(s: dict, companies: set[str], speakers: set[str]) -> dict:
    """``s`` as the company its spokesman speaks for, when ``companies`` (the story's company
    names) is that one company and ``speakers`` (the document's speaker labels, lower case,
    without "the") holds a company description; else ``s`` as it is.

    Example:
        >>> s = {"speaker_label": "A Rockwater spokesman", "speaker_type": "official", "named": False}
        >>> company_spokesman(s, {"Rockwater"}, {"company", "mr binney"})["speaker_label"]
        'Rockwater'
        >>> company_spokesman(s, {"Rockwater"}, {"mr binney"})["speaker_label"]
        'A Rockwater spokesman'
    """
    if "spokes" not in str(s["speaker_label"]) or len(companies) != 1:  # the cheap tests first
        return s
    body = spoken_for(s["speaker_label"]).removeprefix("the ")
    if body not in companies or not any(company_description("the " + x) for x in speakers):
        return s
    return {**s, "speaker_label": body, "speaker_type": "organisation", "named": True}
