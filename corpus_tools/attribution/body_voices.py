"""A named body in one story and its spokesman in the next are one speaker for survival.

"A spokesman for IG Metall, the metalworkers' trade union, said the proposal seeks redundancy
payments ... The union estimates ..." in one story (one entry, the union, named); "A spokesman for
IG Metall said the joint proposal foresaw redundancy payments ..." in the next (an unnamed
spokesman). Identity kept the named union apart from the unnamed spokesman, so the survival called
the union "relabelled" as its own spokesman; and "Almaden spokesman Jesus Gallego" of one story was
"dropped" while the next quoted "Minas de Almaden" on the same conference. The audits read a body
and its spokesman as one speaker (``benchmarks/claims.md``'s gs13; the sweeps' check series,
``speaker_sweep35.md``'s 18186+18389, Texaco relabelled as "a spokesman for Texaco Inc.", and
``speaker_sweep36.md``'s 13052+13287). Found in round 38, branch survival38 (`benchmarks/survival38.md`,
the check series read for kinds).

The rule: a speaker whose label is a spokesman of a body by its name ("A spokesman for IG Metall",
"a spokesman for Texaco Inc.", "Almaden spokesman Jesus Gallego", "an IG Metall spokeswoman") is the
same speaker as a named institution of the other story with that name, its legal suffix aside, or
its short name (:func:`~.institution_names.same_institution`: "Texaco Inc." is "Texaco"). Only an institution
(never a government, whose spokesman is the government's by other rules, nor a news outlet) and only
by its whole name: "a spokesman for the ministry" names no body, and "a Foreign Ministry spokesman"
is not "the Trade Ministry".

* :func:`voiced_body`: the name of the body a spokesman's label speaks for, or "";
* :func:`voice_ids`: the version's speakers that are the source speaker so.
"""

from __future__ import annotations

import re

from corpus_tools.attribution.institution_names import same_institution

__all__ = ["voice_ids", "voiced_body"]

_NAME = r"[A-Z][\w'&.-]*(?:\s+(?:of\s+|and\s+|for\s+|de\s+|y\s+)?[A-Z][\w'&.-]*){0,5}"
_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.I)
#: "spokesman for IG Metall, the union", "a spokeswoman at Texaco Inc." (a leading article aside)
_FOR = re.compile(rf"^spokes(?:man|woman|person)\s+(?:for|of|at)\s+(?:the\s+)?({_NAME})")
#: "Almaden spokesman Jesus Gallego", "an IG Metall spokeswoman"
_BEFORE = re.compile(rf"^({_NAME})\s+spokes(?:man|woman|person)\b")


def voiced_body(label: str) -> str:
    """The name of the body a spokesman's label speaks for, or "" (no spokesman, or no name).

    Example:
        >>> voiced_body("A spokesman for IG Metall, the metalworkers' trade union")
        'IG Metall'
        >>> voiced_body("Almaden spokesman Jesus Gallego"), voiced_body("a Texaco spokeswoman")
        ('Almaden', 'Texaco')
        >>> voiced_body("a spokesman for the ministry"), voiced_body("IG Metall")
        ('', '')
    """
    text = " ".join(str(label).split())
    if "pokes" not in text:  # the cheap test first
        return ""
    text = _ARTICLE.sub("", text)
    m = _FOR.match(text) or _BEFORE.match(text)
    return m.group(1) if m else ""


def _speaks(spokesman, body) -> bool:
    """Whether the identity ``spokesman`` is a spokesman, by its label, of the named institution
    ``body`` (both :class:`~.speaker_identity._Who`-like: ``kind``, ``named``, ``names``, ``label``)."""
    if body.kind != "organisation" or not body.named or spokesman.kind in ("government", "media"):
        return False
    voiced = voiced_body(spokesman.label)
    if not voiced:
        return False
    return any(same_institution(voiced, n) for n in body.names)


def voice_ids(me, mine: dict) -> set:
    """The version's speakers (``mine``: speaker_id -> identity) that are the source speaker ``me``
    as a body and its spokesman, either way round (module docstring).

    Example:
        >>> from types import SimpleNamespace as W
        >>> union = W(kind="organisation", named=True, names={"ig metall"}, label="IG Metall")
        >>> spokesman = W(kind="anonymous", named=False, names=set(), label="spokesman for IG Metall")
        >>> other = W(kind="anonymous", named=False, names=set(), label="spokesman for the ministry")
        >>> sorted(voice_ids(union, {"v:S6": spokesman, "v:S7": other}))
        ['v:S6']
        >>> sorted(voice_ids(spokesman, {"v:S2": union}))
        ['v:S2']
    """
    if me.kind in ("government", "media"):
        return set()
    return {i for i, them in mine.items() if _speaks(them, me) or _speaks(me, them)}
