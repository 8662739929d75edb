"""A quotation in the first person that its source sentence gives only in reported speech.

A court report quotes a witness ("I thought he was going to hit me," said Bennett) where the wire
story reports the same evidence in the third person ("Bennett told the jury he thought he was
going to be attacked"). The two share the facts, so the paraphrase routes of
:func:`corpus_tools.reuse.matching.match` align them; but the words the paper puts in quotation
marks are words the source does not hold: the paper had them from the courtroom or from its own
reporter, and did not take them from the source. When a paper does turn the source's reported
speech into a quotation, it keeps the source's words, as a run ("I hope this ordeal is over and
you will be able to return to your country and rebuild your lives").

:func:`own_quotations` sets such a sentence, in place, to new: a ``rewritten`` sentence holding a
first-person word (:data:`FIRST_PERSON`) where none of its source sentences holds one, and sharing
no run of :data:`corpus_tools.reuse.derivation_words.RUN_WORDS` words with any of them (the run
that counts as taken from a source file in the derivation classes). A verbatim or near verbatim
sentence keeps its class; so does a sentence whose source sentence is itself in the first person
(a quotation quoted again). On METER courts, the rewritten sentences of this shape are four times
in five annotated new (``benchmarks/sentence_reuse.py``; benchmarks/README.md "#24 sentence reuse
precision, round 20").
"""

from __future__ import annotations

from difflib import SequenceMatcher

from corpus_tools.reuse.derivation_words import RUN_WORDS

__all__ = ["FIRST_PERSON", "longest_run", "own_quotation", "own_quotations"]

#: word keys of the first person (:func:`corpus_tools.text.sentences.match_key`): "us", "mine",
#: "we'll" and "we're" are left out, as their keys are other words too ("US", "a mine", "well",
#: "were")
FIRST_PERSON = frozenset({"i", "im", "ive", "me", "my", "myself", "we", "weve", "our", "ours", "ourselves"})


def _first_person(words) -> bool:
    return any(k in FIRST_PERSON for k in words.keys)


def longest_run(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """The longest run of word keys the two sequences share, in order.

    Example:
        >>> longest_run(("he", "was", "late", "again"), ("i", "was", "late", "again"))
        3
    """
    blocks = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return max((n for *_, n in blocks), default=0)


def own_quotation(target, sources) -> bool:
    """Whether the sentence ``target`` is a first-person quotation its ``sources`` (the source
    sentences it is aligned to, :class:`corpus_tools.reuse.matching.Sentence`) give only in the
    third person, sharing no run of :data:`RUN_WORDS` words with any of them."""
    if not sources or not _first_person(target.words) or any(_first_person(s.words) for s in sources):
        return False
    return all(longest_run(target.keys, s.keys) < RUN_WORDS for s in sources)


def own_quotations(rows: list[dict]) -> None:
    """Set, in place, every ``rewritten`` row of one text (the rows of
    :func:`corpus_tools.reuse.alignment._align_doc`) whose sentence is an :func:`own_quotation`
    of its chosen source sentences to new."""
    for r in rows:
        if r["cls"] == "rewritten" and own_quotation(r["t"], [m.src for m in r["chosen"]]):
            r.update(chosen=[], score=0.0, cls="new", route="")
