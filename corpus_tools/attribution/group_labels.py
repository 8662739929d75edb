"""One unnamed speaker under two labels that differ only in what does not identify it, and a source's
bare back-reference to a group it described in full.

Survival (:mod:`~.survival_status`) follows an unnamed speaker by every word of its description
(:meth:`~.speaker_identity._Who.same`), so a later story that tells the same statements under the
same group's label with a word of no identifying weight changed called the group "relabelled", and
a reader saw a change of source where there is none. Read in round 37 (branch survival37) from the
sweeps' series re-marked in ``benchmarks/survival37.md`` (kind 3 of the read series): "one western
diplomat" -> "a Western diplomat" (12750+12879 of ``claims.swept_33``); "EC foreign ministers
meeting here" -> "EC foreign ministers" (5752+5786+5895, twice); "Agency officials" (after "the
Economic Planning Agency") -> "Economic Planning Agency officials" (5805+5807); and the source's
"The officials" after "U.S. Officials", or "Ministers" after "EC foreign ministers meeting here",
"relabelled" as the version's "U.S. officials" or "EC foreign ministers" (4055+4158 of
``swept_35``; 5752 twice).

The rules, each on the labels alone and never on a generic head word:

* :func:`same_group`: the same words once a leading "one" (a numeral used as "a") and a
  participle's or "here"'s tail after a plural head ("ministers meeting here", "officials
  attending") are set aside; or one label is the other with capitalised words before it that
  complete the proper name it starts with ("Agency officials", "Economic Planning Agency
  officials"). What is left must identify the group by more than its head: two words or more, one
  of them proper (capitalised after the first word, an acronym), or three words.
* :func:`back_reference_ids`: a source speaker labelled by a bare head ("The officials",
  "Ministers") that is the head of exactly one other source speaker's fuller label is that
  speaker's split: it is every version speaker that fuller speaker is.
"""

from __future__ import annotations

import re

__all__ = ["back_reference_ids", "group_core", "same_group"]

#: a participle's (or "here"'s) tail after a plural head: "ministers meeting here"
_TAIL = re.compile(r"(?<=[a-z]s) (?:[a-z]+ing\b.*|here|there)$")
_WORD = re.compile(r"[A-Za-z][\w.'-]*")


def group_core(label: str) -> str:
    """An unnamed group's label form (:func:`~.label_cases.label_form`) with a leading "one" and a
    participle's or "here"'s tail after a plural head set aside; its case kept.

    Example:
        >>> group_core("EC foreign ministers meeting here"), group_core("one western diplomat")
        ('EC foreign ministers', 'western diplomat')
        >>> group_core("South Korea's ruling party")  # no plural head before "ruling"
        "South Korea's ruling party"
    """
    text = " ".join(str(label).split())
    text = text[4:] if text.lower().startswith("one ") else text
    return _TAIL.sub("", text)


def _identifies(words: list[str]) -> bool:
    """Whether a group's words say more than its head: three, or two with a proper one."""
    proper = any(
        (i > 0 and w[:1].isupper()) or (len(w) > 1 and w.replace(".", "").isupper())
        for i, w in enumerate(words)
    )
    return len(words) >= 3 or (len(words) == 2 and proper)


def same_group(a: str, b: str) -> bool:
    """Whether two unnamed speakers' label forms (:func:`~.label_cases.label_form`) name one group
    (the module docstring).

    Example:
        >>> same_group("one western diplomat", "Western diplomat")
        True
        >>> same_group("EC foreign ministers meeting here", "EC foreign ministers")
        True
        >>> same_group("Agency officials", "Economic Planning Agency officials")
        True
        >>> same_group("one source", "source"), same_group("officials meeting here", "officials")
        (False, False)
        >>> same_group("agency officials", "Economic Planning agency officials")  # no proper name
        False
    """
    if not a or not b or a == b:
        return False
    ca, cb = group_core(a), group_core(b)
    if (ca != a or cb != b) and ca.lower() == cb.lower():
        words = _WORD.findall(ca)
        if _TAIL.search(a) or _TAIL.search(b):  # a tail cut: the rest must name the group
            return _identifies(words) or _identifies(_WORD.findall(cb))
        return len(words) >= 2  # "one" for "a": the description's words, as identity reads them
    wa, wb = _WORD.findall(a), _WORD.findall(b)
    short, long = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    extra = len(long) - len(short)
    if not short or extra < 1 or [w.lower() for w in long[extra:]] != [w.lower() for w in short]:
        return False
    # capitalised words before the short label's first word, itself capitalised in the long one
    return all(w[:1].isupper() for w in long[: extra + 1]) and len(short) >= 2


def _head(label: str) -> str:
    words = _WORD.findall(group_core(label).lower())
    return words[-1] if words else ""


def back_reference_ids(me, mine: dict, rivals: list) -> set:
    """The version's speakers (``mine``: speaker_id -> identity) that the source speaker ``me`` is
    through the one fuller source speaker of ``rivals`` its bare label refers back to (the module
    docstring); ``me`` and the rivals are :class:`~.speaker_identity._Who` identities.

    Example:
        >>> from types import SimpleNamespace as W
        >>> class Who(W):
        ...     def same(self, other):
        ...         return self.label.lower() == other.label.lower()
        >>> bare = Who(named=False, label="officials", description=frozenset({"officials"}))
        >>> us = frozenset({"officials", "united states"})
        >>> full = Who(named=False, label="U.S. Officials", description=us)
        >>> later = Who(named=False, label="U.S. officials", description=us)
        >>> sorted(back_reference_ids(bare, {"v:S1": later}, [full]))
        ['v:S1']
        >>> back_reference_ids(bare, {"v:S1": later}, [full, full])  # two groups: none
        set()
    """
    if me.named or len(me.description) != 1 or len(_WORD.findall(me.label)) != 1:
        return set()  # the cheap test first: a bare head alone
    head = next(iter(me.description))
    fuller = [r for r in rivals if len(r.description) > 1 and _head(r.label) == head]
    if len(fuller) != 1:
        return set()
    return {i for i, them in mine.items() if fuller[0].same(them)}
