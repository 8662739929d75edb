"""A participle clause between a speaker and the verb: "Judge Hale, jailing Reed for six years, said:".

The parser hangs the name on the participle as its subject ("Hale" ``nsubj`` of "jailing", the
participle ``advcl`` of "said"), so the verb of saying has no subject and its statement no speaker
(the claims audit's twenty-third round, 03.04.00/breeder's independent 8-9, cause 6: "Mr Justice
..., sentencing ... to two life terms, said:" missed, then listed as dropped and its shared
quotation left out). A reader takes the name before the participle's comma as the speaker of the
verb after the clause. The rule needs: the verb has no subject; a participle (``VBG``) before it is
its ``advcl``; the participle's subject comes before it, set off by a comma, and is a name or a
noun of a person. The parse may also make the participle the verb's complement (``ccomp``)
when a place follows its object (TUNE_26's torture star: "Judge X, sentencing Y, from Z, said:").

Round 36 (branch tune36, ``benchmarks/claims_tune36.md`` kind U2, Reuters-21578 6177 15): the
parse may instead make the participle the sentence's root and hang the verb of saying on it as a
``dep`` ("Fadhil Al-Chalabi, OPEC Deputy Secretary General, also addressing the seminar, added
that ..."), and an adverb may open the clause after its comma ("also"): the same shape, the same
speaker.

* :func:`interposed_subject`: the speaker token, or None.
"""

from __future__ import annotations

__all__ = ["interposed_subject"]

#: how the parse hangs the participle on the verb: a clause of it, or its complement ("Judge Ann
#: Hale, sentencing Reed, from Leeds, said:" -- TUNE_26's 16.07.99/torture, the star 5, kind K7 of
#: ``benchmarks/claims_tune26.md``: "sentencing" made the ``ccomp`` of "said")
_CLAUSES = ("advcl", "ccomp")


def interposed_subject(verb):
    """The subject the parse gave to a participle clause set between it and ``verb`` (a spaCy token
    of a verb of saying), or None."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    doc = verb.doc
    ings = [c for c in verb.children if c.dep_ in _CLAUSES and c.tag_ == "VBG" and c.i < verb.i]
    head = verb.head
    if verb.dep_ == "dep" and head.tag_ == "VBG" and head.i < verb.i:  # the participle made the root
        ings.append(head)
    for ing in ings:
        subj = [c for c in ing.children if c.dep_ == "nsubj" and c.i < ing.i]
        if subj and _set_off(ing) and doc[verb.i - 1].text == "," and subj[0].pos_ in ("PROPN", "NOUN"):
            return subj[0]
    return None


def _set_off(ing) -> bool:
    """Whether a comma comes right before the participle, or before the adverbs that open its
    clause ("..., also addressing the seminar, added")."""
    doc, k = ing.doc, ing.i - 1
    while k > ing.sent.start and doc[k].dep_ == "advmod" and doc[k].head.i == ing.i:
        k -= 1
    return doc[k].text == ","
