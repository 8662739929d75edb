"""Which of two undated versions reads as the earlier: the readings that pick a family's original.

Without dates, :func:`corpus_tools.reuse.family_order.text_order` walks the spanning tree of
smallest differences from a root, and the root decides the direction of every edge. Round 36
(branch tree36) found that the tree's median, the root when no witness is dated or marked wire,
starts from the wrong end of 78% of the planted families (``benchmarks/family.py``, seed 23): an
update series or a chain of copies is a path, and its median is its middle. Round 37 (branch
tree37, ``benchmarks/family_undated.py``) reads each edge of the tree as a reader reads two
versions of one story, and roots the tree at the witness from which most of it reads forward.

:func:`edge_lean` is positive when the first of two versions reads as the earlier, negative when
the second does, 0 when nothing tells. Three readings, each worth one:

- **What a version adds is foreign; what it cuts was the story's.** When one version is the other
  plus words of its own (the shorter has at most :data:`CONTAINED_WORDS` words the fuller lacks,
  the fuller at least :data:`EXTRA_WORDS`, and the fuller's lead is not its own: a new lead is the
  next reading's), the fuller's extra words name the story's own names and figures (capitalised
  words and numbers, stop words apart, found in the text both share) when the shorter cut them,
  and only another story's when the fuller added them (background from a related story). At
  least :data:`OWN_NAMES` of the extra's names the story's, or some of them and the extra the
  fuller's tail (a copy cuts from the bottom): the fuller is earlier; none of them, the extra
  inside the text: the fuller is later; else nothing tells. Example: "Acme said it would close
  the plant. / The plant employs 300." against the same two lines with "Zenith Corp of Ohio said
  its sales rose 5 pct" between them: the added line names none of the story's names, so the
  fuller is the later.
- **An update writes a new lead and keeps the old one lower down.** The share of each version's
  lead (its first paragraph, at most its first sentence) inside a passage shared with the other:
  when the first's lead is kept by the second at least :data:`LEAD_MARGIN` more than the second's
  lead by the first, the first is earlier, and the other way round.
- **A copy spells out the wire's abbreviations.** When the words one version holds and the other
  lacks write the wire's short units (:data:`WIRE_UNITS`: "pct", "mln", "dlrs") and the other's
  write them out ("percent", "million", "dollars"), and not the other way round, the abbreviated
  version is the wire's and the earlier: a paper printing wire copy spells its units out, and no
  wire abbreviates a paper's.

The readings are read only on the edges of the spanning tree of an undated family (one per
witness), never on all pairs.
"""

from __future__ import annotations

import re

import numpy as np

from corpus_tools.lexicon import STOP_WORDS

__all__ = [
    "CONTAINED_WORDS",
    "EXTRA_WORDS",
    "LEAD_MARGIN",
    "OWN_NAMES",
    "WIRE_UNITS",
    "edge_lean",
    "witness_lean",
]

#: most words of the shorter version not in a passage shared with the fuller, for the pair to
#: read as "one version plus words of its own"
CONTAINED_WORDS = 3
#: fewest words of its own the fuller version must hold (about a sentence)
EXTRA_WORDS = 10
#: share of the extra words' names found in the shared text at and above which the extra was the
#: story's own (cut by the shorter version), below which it was added by the fuller
OWN_NAMES = 0.35
#: the end of a lead: its first line, or its first sentence (a full stop after a small letter or a
#: figure, before a capital: not "U.S.")
_LEAD_END = re.compile(r"\n|(?<=[a-z0-9%)])[.!?][\"']?\s+(?=[\"A-Z])")
#: the wire's short units and the words a paper writes for them
WIRE_UNITS = {"pct": "percent", "mln": "million", "bln": "billion", "dlrs": "dollars", "cts": "cents"}
_SPELLED = frozenset(WIRE_UNITS.values())
#: how much more of one lead the other version keeps than the other way round
LEAD_MARGIN = 0.2


def _names(words: list[str]) -> list[str]:
    """Capitalised words and numbers of two figures or more, lower-cased, stop words left out (a
    lone figure is as often the part of "3.1" after its point)."""
    out = []
    for w in words:
        low = w.lower()
        if (w[:1].isupper() or (w[:1].isdigit() and len(w) > 1)) and low not in STOP_WORDS:
            out.append(low)
    return out


def _contained(wa: list[str], ma: np.ndarray, wb: list[str], mb: np.ndarray, n_lead: tuple[int, int]) -> int:
    """+1 when ``a`` is the fuller and its extra was the story's (``a`` earlier), -1 when ``a`` is
    the fuller and its extra reads as added, the same for ``b`` with the sign turned; 0 otherwise,
    and when the fuller's lead is mostly its own (a new lead: the lead reading decides)."""
    extra_a, extra_b = int((~ma).sum()), int((~mb).sum())
    if extra_b <= CONTAINED_WORDS and extra_a >= EXTRA_WORDS:
        full, words, mask, sign, lead = wa, wa, ma, 1, n_lead[0]
    elif extra_a <= CONTAINED_WORDS and extra_b >= EXTRA_WORDS:
        full, words, mask, sign, lead = wb, wb, mb, -1, n_lead[1]
    else:
        return 0
    if _lead_kept(mask, lead) < 0.5:
        return 0
    names = _names([w for w, k in zip(words, mask, strict=True) if not k])
    if not names:
        return 0
    shared = set(_names([w for w, k in zip(full, mask, strict=True) if k]))
    own = sum(n in shared for n in names) / len(names)
    tail = not (~mask[: int(np.flatnonzero(mask)[-1])]).any()  # the fuller's own words end it
    if own >= OWN_NAMES or (tail and own > 0):
        return sign  # the story's own words, or its tail: cut by the shorter
    return -sign if own == 0 and not tail else 0  # none of the story's names: added by the fuller


def _units(words: list[str], mask: np.ndarray) -> tuple[bool, bool]:
    """Whether the words outside the shared passages write a wire unit short, and spelled out."""
    own = {w.lower() for w, k in zip(words, mask, strict=True) if not k}
    return bool(own & WIRE_UNITS.keys()), bool(own & _SPELLED)


def _wire_style(wa: list[str], ma: np.ndarray, wb: list[str], mb: np.ndarray) -> int:
    """+1 when ``a`` writes the wire's units short where ``b`` spells them out, -1 the other way."""
    (short_a, spelled_a), (short_b, spelled_b) = _units(wa, ma), _units(wb, mb)
    if short_a and spelled_b and not (short_b or spelled_a):
        return 1
    if short_b and spelled_a and not (short_a or spelled_b):
        return -1
    return 0


def _lead_kept(mask: np.ndarray, n_lead: int) -> float:
    return float(mask[:n_lead].mean()) if n_lead else 0.0


def edge_lean(
    words: tuple[list[str], list[str]],
    masks: tuple[np.ndarray, np.ndarray],
    n_lead: tuple[int, int],
) -> int:
    """How far the first of two versions reads as the earlier: the sum of the three readings above.

    Args:
        words: each version's words, in order.
        masks: for each version, which of its words lie in a passage shared with the other.
        n_lead: the number of words of each version's lead (its first sentence).

    Returns:
        An integer in [-3, 3]: positive, the first reads as earlier; negative, the second; 0, no
        reading tells.

    Example:
        >>> a = "Acme said it would close the plant . The plant employs 300 .".split()
        >>> b = a[:8] + "Zenith Corp of Ohio said its sales rose 5 pct .".split() + a[8:]
        >>> ma = np.ones(len(a), dtype=bool)
        >>> mb = np.array([True] * 8 + [False] * 11 + [True] * 5)
        >>> edge_lean((a, b), (ma, mb), (8, 8))
        1
        >>> edge_lean((b, a), (mb, ma), (8, 8))
        -1
    """
    (wa, wb), (ma, mb), (la, lb) = words, masks, n_lead
    lean = _contained(wa, ma, wb, mb, n_lead) + _wire_style(wa, ma, wb, mb)
    kept = _lead_kept(ma, la) - _lead_kept(mb, lb)
    if kept >= LEAD_MARGIN:
        lean += 1
    elif kept <= -LEAD_MARGIN:
        lean -= 1
    return lean


def witness_lean(bodies: list[str], tokens, masks: dict):
    """``lean(a, b)`` on witnesses ``a`` and ``b`` of :func:`corpus_tools.reuse.family.family_edges`:
    :func:`edge_lean` of their bodies, word spans ``tokens``
    (:func:`corpus_tools.reuse.passages.hashed_tokens`) and shared-passage ``masks`` (``{(a, b):
    which words of a lie in a passage shared with b}``). Each witness's words are read once, when
    an edge first needs them."""
    seen: dict[int, tuple[list[str], int]] = {}

    def read(i: int) -> tuple[list[str], int]:
        if i not in seen:
            lo, hi = tokens.doc_first[i], tokens.doc_first[i + 1]
            text = bodies[i]
            starts, ends = tokens.start[lo:hi], tokens.end[lo:hi]
            end = _LEAD_END.search(text)
            n_lead = int((starts < end.start()).sum()) if end else len(starts)
            seen[i] = ([text[s:e] for s, e in zip(starts.tolist(), ends.tolist(), strict=True)], n_lead)
        return seen[i]

    def lean(a: int, b: int) -> int:
        (wa, la), (wb, lb) = read(a), read(b)
        ma = masks.get((a, b), np.zeros(len(wa), dtype=bool))
        mb = masks.get((b, a), np.zeros(len(wb), dtype=bool))
        return edge_lean((wa, wb), (ma, mb), (la, lb))

    return lean
