"""A state's dotted initials after a town ("Atlantic City, N.J.") where the other text spells the
state out ("the New Jersey Casino Control Commission"): one state, written two ways
(benchmarks/family_round51.md). Read by :func:`corpus_tools.variants.fact_changes.fact_rows`."""

from __future__ import annotations

import re

__all__ = ["dotted_state_held"]

#: two or three dotted capitals: "N.J.", "N.Y.", "B.C."
_DOTTED = re.compile(r"(?:[A-Z]\.){2,3}")


def dotted_state_held(text: str, sentence: str, other_raw: str) -> bool:
    """Whether ``text`` is a place's dotted initials written after a capitalised town and a comma
    in ``sentence`` and the other text writes capitalised words with those initials, one after
    another ("N.J." and "New Jersey").

    >>> dotted_state_held("N.J.", "It runs a hotel in Tarn City, N.J.", "the New Jersey gaming board")
    True
    >>> dotted_state_held("N.J.", "It runs a hotel in Tarn City, N.J.", "the New York gaming board")
    False
    >>> dotted_state_held("N.J.", "N.J. Gas said", "the New Jersey gaming board")
    False
    """
    if not _DOTTED.fullmatch(text) or not re.search(rf"\b[A-Z][\w.'-]*,\s+{re.escape(text)}", sentence):
        return False
    letters = text.replace(".", "")
    spelled = r"\s+".join(c + r"[a-z]+" for c in letters)
    return re.search(rf"\b{spelled}\b", other_raw) is not None
