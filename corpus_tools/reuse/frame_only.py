"""A sentence that shares only the attribution frame with its source sentence is not aligned.

A court report names counsel the same way in every paper and in the wire: "Charles Wide QC,
prosecuting, told the jury". A paper that writes "Roberts began to feel at a disadvantage, Charles
Wide QC, prosecuting, told the jury" holds the wire's frame word for word ("Charles Wide QC,
prosecuting, told the jury of eight men and four women that Thomas was strangled ..."), so the
words route of :func:`corpus_tools.reuse.matching.match` reads it as a compression of that
sentence; but what the paper reports (Roberts's feeling at a disadvantage) is nowhere in it. Issue
22: "A match that rests on stock phrases alone is not an alignment" (read on METER courts,
22.11.99/thomas, the guardian's sentence 9; benchmarks/claims.md, audit25's cause 1).

:func:`without_frame` chooses such a sentence's source sentences again among its other candidates
when the alignment first reads it (so a sentence that also retells another source sentence may
take that one), and :func:`frame_only` is the test of
:func:`corpus_tools.reuse.own_quotes.own_quotations`, which sets such a sentence left by the later
passes, in place, to new. The shape: a ``rewritten`` sentence every content word of which that its
source sentences hold is a **frame word** (:data:`FRAME_WORDS`: counsel's role, the court or the
jury told, a title, "yesterday"; a verb of saying is no content word here) or a name or a number,
among them the frame's audience (:data:`AUDIENCE`, "jury" or "court"), the teller's role or a
hearing (:data:`TELLING`: "prosecuting", "counsel", "heard"; "at the Supreme Court in Sydney, a
jury" is a place, and "Mr Wide told the jury: ..." shares a verb of saying only, which the words
of :class:`~.similarity.SentenceWords` leave out) and a name both write as one
(a frame names its teller; "'Precisely what, the prosecution cannot say", which names nobody, is a
quotation of the source's), while at least
:data:`MIN_OWN` words of what happened (content words that are no frame word, name or number) are
in none of them. A sentence sharing one word of what happened with its source sentences ("the
bead", "strangled"), or a word of what the court did ("adjourned", "five years"), keeps them: a
first, broader list of frame words (every court word of :data:`~.retellings.COURT_WORDS`, offices)
took six sentences of METER courts that its annotators mark reused for one false
(benchmarks/README.md "Round 26, branch sent26").
"""

from __future__ import annotations

from collections.abc import Sequence

from corpus_tools.lexicon import HONORIFICS
from corpus_tools.reuse.similarity import lemma

__all__ = ["AUDIENCE", "FRAME_WORDS", "MIN_OWN", "TELLING", "frame_only", "without_frame"]

#: words of counsel's attribution frame: who told the court, in what role, and when ("Ann Roe QC,
#: prosecuting, told the jury yesterday", "the court heard"), as lemma keys too; never a word of
#: what a court did ("adjourned", "bail", "jailed"), of how long ("years") nor a participant
#: ("officers")
FRAME_WORDS: frozenset[str] = HONORIFICS | frozenset(
    """qc prosecuting defending prosecution defence counsel prosecutor barrister solicitor lawyer
    jury court tell told hear heard yesterday today""".split()
)
FRAME_WORDS |= frozenset(map(lemma, FRAME_WORDS))
#: the frame's audience: a frame is counsel telling the court, one of these shared ...
AUDIENCE: frozenset[str] = frozenset({"jury", "court"})
#: ... and one of these, the telling or the teller's role ("at the Supreme Court in Sydney, a jury"
#: is a place, no frame)
TELLING: frozenset[str] = FRAME_WORDS - AUDIENCE - HONORIFICS - {"yesterday", "today"}
#: the fewest words of what happened the sentence holds beyond its source sentences (a frame
#: beside one word of its own, "the jury was told", is too little to call the sentence the paper's)
MIN_OWN = 2


def frame_only(target, sources: Sequence) -> bool:
    """Whether ``target`` (a :class:`corpus_tools.reuse.matching.Sentence`) shares only frame
    words, names and numbers with ``sources`` (the source sentences it is aligned to) and holds at
    least :data:`MIN_OWN` words of what happened that none of them holds.

    Example:
        >>> from corpus_tools.reuse.matching import Sentence
        >>> from corpus_tools.reuse.similarity import sentence_words
        >>> def s(text):
        ...     words = sentence_words(text.split(), lemmas=True, names=frozenset({"ann", "roe", "qc"}))
        ...     return Sentence("d", 0, 0, 0, tuple(text.lower().split()), words)
        >>> src = s("Ann Roe QC prosecuting told the jury the van was stolen")
        >>> frame_only(s("Lee began to feel cornered Ann Roe QC prosecuting told the jury"), [src])
        True
        >>> frame_only(s("Lee stole the van Ann Roe QC prosecuting told the jury"), [src])
        False
    """
    if not sources:
        return False
    held = frozenset().union(*(s.words.content for s in sources))
    words = target.words
    shared = words.topical & held
    named = frozenset().union(*(s.words.names for s in sources))
    if (
        not AUDIENCE & shared
        or not TELLING & shared
        or not words.names & named
        or any(k not in FRAME_WORDS and k not in words.numbers for k in shared)
    ):
        return False
    own = [k for k in words.topical - held if k not in FRAME_WORDS and not k.isdigit()]
    return len(own) >= MIN_OWN


def without_frame(row: dict, again) -> dict:
    """``row`` (a row of :func:`corpus_tools.reuse.alignment._align_doc`), or, when it is a
    ``rewritten`` sentence that shares only a frame with its chosen source sentences
    (:func:`frame_only`), ``again(rest)``: the row chosen among its other candidates (``every``
    without the source sentences chosen), which may be new."""
    if row["cls"] != "rewritten" or not frame_only(row["t"], [m.src for m in row["chosen"]]):
        return row
    taken = {(m.src.doc_id, m.src.sent_id) for m in row["chosen"]}
    return again([m for m in row["every"] if (m.src.doc_id, m.src.sent_id) not in taken])
