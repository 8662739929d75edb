"""A sentence that echoes a source sentence another sentence of the text copies whole is new
(issue #22, round 35, branch rkind35).

An update often repeats its first take word for word and adds a paragraph that answers a new
question in the first take's words: TUNE_35's 8670 is 8588 verbatim plus "Asked if major nations
were now negotiating on what measures to take, Miyazawa said they were not as measures had already
been agreed in Paris", aligned at 0.74 to 8588's "Miyazawa would not say what specific measures
major nations would take, but told reporters the measures had been discussed in Paris", which
8670's third sentence already copies verbatim. The findings then said "0% is new" and "adds 0 new
sentences", and counted the new paragraph as 25 words added to a kept sentence
(``benchmarks/claims_tune35_r.md``, cause D; round 34's 10586 was of the same kind).

* :func:`echoes`: a ``rewritten`` row every one of whose source sentences another row of the same
  text copies whole (``verbatim``, that sentence alone) takes nothing the text
  has not taken already: its words of the source are a repetition, its news its own. It is read
  as new by :func:`corpus_tools.reuse.own_quotes.own_quotations`. A sentence the source splits in
  two stays aligned (no part is copied whole elsewhere), and so does a second copy near word for
  word (``near_verbatim``, not ``rewritten``), and so does a sentence sharing fewer than
  :data:`MIN_SHARED` evidence words with the source sentence (a stock phrase: the alignment's
  own reading decides it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["echoes"]

#: the class of a row that copies its one source sentence whole: word for word (a paper's near
#: copy beside a retelling of the same sentence is read as before: on METER courts such retellings
#: are reused as often as not, ``benchmarks/README.md``, round 35, rkind35)
WHOLE = frozenset({"verbatim"})
#: the evidence words an echo shares with its source sentences at least: one sharing a stock
#: phrase alone ("in the witness box") is left as the alignment read it
MIN_SHARED = 3


def echoes(rows: list[dict]) -> Callable[[object, Sequence], bool]:
    """``own(sentence, sources)`` for :func:`~corpus_tools.reuse.own_quotes.own_quotations`:
    whether every source sentence is one that a row of ``rows`` (the rows of one text, as
    :func:`corpus_tools.reuse.alignment._align_doc` builds them) copies whole.

    Example:
        >>> from types import SimpleNamespace as N
        >>> words = N(content=frozenset({"steps", "nations", "take", "oslo"}), numbers=frozenset())
        >>> a, b = N(doc_id="w", sent_id=0, words=words), N(doc_id="w", sent_id=1, words=words)
        >>> rows = [dict(cls="verbatim", chosen=[N(src=a)]), dict(cls="rewritten", chosen=[N(src=b)])]
        >>> own, t = echoes(rows), N(evidence=frozenset({"asked", "steps", "nations", "oslo"}))
        >>> own(t, [a]), own(t, [a, b]), own(t, []), own(N(evidence=frozenset({"oslo"})), [a])
        (True, False, False, False)
    """
    whole = {
        (r["chosen"][0].src.doc_id, r["chosen"][0].src.sent_id)
        for r in rows
        if r["cls"] in WHOLE and len(r["chosen"]) == 1
    }

    def own(t, sources: Sequence) -> bool:
        if not sources or not all((s.doc_id, s.sent_id) in whole for s in sources):
            return False
        held = t.evidence & frozenset().union(*(s.words.content | s.words.numbers for s in sources))
        return len(held) >= MIN_SHARED

    return own
