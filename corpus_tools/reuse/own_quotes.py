"""A quotation in the first or second person that keeps no phrase of the source sentence it is
aligned to.

A court report quotes a witness ("I thought he was going to hit me," said Bennett) where the wire
story reports the same evidence in the third person ("Bennett told the jury he thought he was
going to be attacked"; a judge's "you were forced to change your story" for "he was forced to
change his story"), or quotes the same speaker saying something else ("I know what he is
capable of" against "I don't know how anyone could be capable of such acts"). The two share the
facts or a few words, so the paraphrase routes of :func:`corpus_tools.reuse.matching.match` align
them; but the words the paper puts in the speaker's mouth are words the source does not hold: the
paper had them from the courtroom or from its own reporter. When a paper does take a quotation
from the source, or turns the source's reported speech into one, it keeps the source's words, a
phrase at least ("I have no doubt that he was not", "extremely dangerous to women").

:func:`own_quotations` sets such a sentence, in place, to new: a ``rewritten`` sentence holding a
word of direct speech, of the first or second person (:data:`SPEECH_PERSONS`), that shares no run of
:data:`corpus_tools.reuse.matching.RUN_WORDS` words (4, the run that makes a source sentence a
candidate for a short quotation) with any of its source sentences. A verbatim or near verbatim
sentence keeps its class. On METER courts, 44 rewritten sentences of this shape, 39 of them
annotated new (``benchmarks/sentence_reuse.py``; benchmarks/README.md "#24 sentence reuse
precision, round 20").
"""

from __future__ import annotations

from difflib import SequenceMatcher

from corpus_tools.reuse.matching import RUN_WORDS

__all__ = ["SPEECH_PERSONS", "longest_run", "own_quotation", "own_quotations"]

#: word keys (:func:`corpus_tools.text.sentences.match_key`) of the first and second person, which
#: a news report's own voice does not use: "us", "mine", "we'll" and "we're" are left out, as
#: their keys are other words too ("US", "a mine", "well", "were")
SPEECH_PERSONS = frozenset(
    {"i", "im", "ive", "me", "my", "myself", "we", "weve", "our", "ours", "ourselves"}
    | {"you", "youre", "youve", "your", "yours", "yourself", "yourselves"}
)


def longest_run(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """The longest run of word keys the two sequences share, in order.

    Example:
        >>> longest_run(("he", "was", "late", "again"), ("i", "was", "late", "again"))
        3
    """
    blocks = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return max((n for *_, n in blocks), default=0)


def own_quotation(target, sources) -> bool:
    """Whether the sentence ``target`` is a quotation (a word of :data:`SPEECH_PERSONS`) that shares no run of
    :data:`RUN_WORDS` words with any of ``sources`` (the source sentences it is aligned to,
    :class:`corpus_tools.reuse.matching.Sentence`)."""
    if not sources or not SPEECH_PERSONS.intersection(target.keys):
        return False
    return all(longest_run(target.keys, s.keys) < RUN_WORDS for s in sources)


def own_quotations(rows: list[dict], own=own_quotation) -> None:
    """Set, in place, every ``rewritten`` row of one text (the rows of
    :func:`corpus_tools.reuse.alignment._align_doc`) whose sentence is ``own(sentence, its chosen
    source sentences)`` (an :func:`own_quotation`; or another shape of the paper's own words, as
    :func:`corpus_tools.reuse.own_questions.own_question`) to new."""
    for r in rows:
        if r["cls"] == "rewritten" and own(r["t"], [m.src for m in r["chosen"]]):
            r.update(chosen=[], score=0.0, cls="new", route="")
