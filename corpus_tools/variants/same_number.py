"""Whether a number of a parent's sentence changed into a number of the paired sentence, for the
fact rows of :func:`corpus_tools.variants.fact_changes.fact_rows`: the same unit, in the same slot
of the word diff, in sentences that otherwise say the same (:func:`same_thing`). Moved out of
``fact_changes.py`` unchanged (round 19)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from corpus_tools.variants.facts import facts, word_keys

__all__ = ["SAME_THING", "same_thing"]

#: smallest Dice similarity of two sentences' words apart from their numbers for a number of
#: one to be read as changed into a number of the other (the sentence says the same thing)
SAME_THING = 0.7


def _tokens(s: str) -> list[str]:
    """Words, numbers ("1,229", "4.5") and marks; a full stop after a word or number dropped."""
    return [m.group() for m in re.finditer(r"\w+(?:[.,'’]\d+)*(?:[.'’]\w+)*|[^\w\s]", s)]


def same_thing(parent_sentence: str, sentence: str, old: str, new: str) -> bool:
    """Whether the number ``old`` of a parent's sentence and ``new`` of the paired sentence
    count the same thing: the same unit, in the same slot of the word diff, and sentences
    that apart from their numbers share at least :data:`SAME_THING` of their words (Dice).

    >>> same_thing("Two people were killed.", "Three people were killed.", "Two", "Three")
    True
    >>> same_thing("The index rose 1.8 pct after a 2.9 pct rise.",
    ...            "Gas prices rose 1.8 pct after a 4.2 pct rise.", "2.9 pct", "4.2 pct")
    False
    """
    keys = (_key(old), _key(new))  # the unit of a number; a day named in words has none
    unit = [re.sub(r"^[\W\d.,/-]+", "", k) if re.search(r"\d", k) else "" for k in keys]
    if unit[0] != unit[1]:
        return False
    ta, tb = _tokens(parent_sentence), _tokens(sentence)
    # the tokens that differ between the two facts ("3.6" of "3.6 pct" / "13.6 pct", "19" of
    # "October 19" / "October 22") must be replaced the one by the other in the word diff
    fa, fb = _tokens(old), _tokens(new)
    da, db = [t for t in fa if t not in fb], [t for t in fb if t not in fa]
    slot = False
    for op, i1, i2, j1, j2 in SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes():
        if op == "replace" and da and db:
            slot |= all(t in ta[i1:i2] for t in da) and all(t in tb[j1:j2] for t in db)
    if not slot:
        return False
    numbers = {
        k for f in (facts(parent_sentence) + facts(sentence)) if f[0] != "name" for k in word_keys(f[1])
    }
    wa, wb = set(word_keys(parent_sentence)) - numbers, set(word_keys(sentence)) - numbers
    return bool(wa and wb) and 2 * len(wa & wb) / (len(wa) + len(wb)) >= SAME_THING


def _key(text: str) -> str:
    found = [f for f in facts(text) if f[0] != "name"]
    return found[0][2] if found else text.lower()
