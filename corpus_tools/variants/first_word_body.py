"""A body named in full in one text of an update series and by its first word alone in the other
("the House of Representatives approved the bill" / "the bill, already passed by the House, would"):
one body written shorter, found in the held-out reading of round 54 (benchmarks/family_round54.md,
the farm disaster bill). Read by :func:`corpus_tools.variants.fact_changes.fact_rows`.

The shape: a name of three words or more whose second word is "of" ("House of Representatives",
"Chamber of Deputies"), its first word capitalised and written in the other text after "the" and
before no other capitalised word nor "of" ("the House," / "the Chamber said"): the other text names
the same body by its head word. "the House Agriculture Committee" or "the Bank of England" in the
other text name another body and hold nothing.
"""

from __future__ import annotations

import re

__all__ = ["first_word_held"]


def first_word_held(text: str, raw_other: str) -> bool:
    """Whether the body ``text`` ("Chamber of Deputies") is named in ``raw_other`` by its first word
    after "the" ("passed by the Chamber, aides said").

    >>> first_word_held("Chamber of Deputies", "The bill, passed by the Chamber, goes on.")
    True
    >>> first_word_held("Chamber of Deputies", "The Chamber Farm Committee met.")
    False
    >>> first_word_held("Chamber of Deputies", "It went to the Chamber of Commerce.")
    False
    >>> first_word_held("Deputies", "It went to the Deputies.")
    False
    """
    words = text.split()
    if len(words) < 3 or words[1] != "of" or not re.fullmatch(r"[A-Z][a-z]+", words[0]):
        return False
    head = re.escape(words[0])
    return re.search(rf"\b[Tt]he {head}\b(?!['’]s\b)(?!\s+(?:of\b|[A-Z]))", raw_other) is not None
