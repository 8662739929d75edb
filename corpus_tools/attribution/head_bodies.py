"""A body's bare head noun and its spokesman in one document are one speaker: the body.

A wire story opens "... charged with manslaughter, police said" and goes on "..., an Essex Police
spokesman said": one force, speaking twice. The lead's round-19 ruling makes an unnamed spokesman
of a named body the body; the findings had counted "police" (an institution) and "an Essex Police
spokesman" (an anonymous official) as two speakers of the take, and so as two PA speakers in every
paper's survival rows, one of them always "dropped" (round 24's TUNE_24 21.02.00/home, kind K2 of
``benchmarks/claims_tune24.md``). :mod:`~.spokesmen` makes the spokesman the body when the body
speaks under its own name ("Mencap said"), :mod:`~.bare_bodies` counts a bare "Police" once beside
"Norfolk police"; this is the bare noun beside the body's spokesman. The rule: a document whose
only body named for a spokesman with that head noun is "Essex Police" reads both its bare
"police" and that spokesman as "Essex Police", an institution; with two such bodies ("a Kent
Police spokesman", "an Essex Police spokesman") the bare noun is left as it is.

* :func:`headed_body`: a speaker (``speaker_label``, ``speaker_type``, ``named``) read so.
"""

from __future__ import annotations

import re

from corpus_tools.attribution.surnames import INSTITUTION_HEADS

__all__ = ["headed_body"]

_SPOKES = r"(?:spokes(?:man|woman|person)|press officer)"
_WORDS = r"((?:[A-Z][\w'&-]* ){1,3}[A-Z][\w'&-]*)"
#: "an Essex Police spokesman", "a spokesman for Essex Police": a body of two words or more
_NAMED = re.compile(rf"\b(?:[Aa]n?|[Tt]he) {_WORDS} {_SPOKES}\b|\b{_SPOKES} (?:for|from) (?:the )?{_WORDS}")


def _bodies(text: str, head: str) -> set[str]:
    """The names of two words or more ``text`` gives a spokesman, ending with ``head``."""
    found = (m.group(1) or m.group(2) for m in _NAMED.finditer(text))
    return {b for b in found if b.split()[-1].lower() == head}


def headed_body(s: dict, text: str, speakers=frozenset()) -> dict:
    """``s`` read as the one body its document ``text`` names for a spokesman, when ``s`` is that
    spokesman and the body's bare head noun speaks in the document too (``speakers``: the lower-case
    labels of the document's speakers, without "the"), or ``s`` is that bare noun and the spokesman
    speaks; anything else is returned as it is.

    Example:
        >>> text = "He was charged, police said. He is held, an Essex Police spokesman said."
        >>> speakers = {"police", "an essex police spokesman"}
        >>> s = {"speaker_label": "police", "speaker_type": "organisation", "named": False}
        >>> headed_body(s, text, speakers)["speaker_label"]
        'Essex Police'
        >>> s = {"speaker_label": "an Essex Police spokesman", "speaker_type": "official", "named": False}
        >>> headed_body(s, text, speakers)["speaker_type"]
        'organisation'
        >>> headed_body(s, text, {"an essex police spokesman"}) is s
        True
    """
    if s["named"] or "spokes" not in text and "press officer" not in text:  # the cheap test first
        return s
    label = " ".join(str(s["speaker_label"]).split())
    key = label.lower().removeprefix("the ")
    if key in INSTITUTION_HEADS:  # "police": the spokesman of the one body of that head must speak
        bodies = _bodies(text, key)
        body = bodies.pop() if len(bodies) == 1 else ""
        body = body if any(body.lower() in x and "spokes" in x for x in speakers) else ""
    else:  # the spokesman: his body's head noun must speak bare
        found = [m.group(1) or m.group(2) for m in _NAMED.finditer(label)] if "spokes" in label else []
        body = found[0] if len(found) == 1 else ""
        head = body.split()[-1].lower() if body else ""
        body = (
            body if head in INSTITUTION_HEADS and head in speakers and len(_bodies(text, head)) == 1 else ""
        )
    return {**s, "speaker_label": body, "speaker_type": "organisation", "named": True} if body else s
