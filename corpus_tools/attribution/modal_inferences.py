"""What someone may conclude is no statement made: "the jury might conclude that ...".

Counsel puts a reading to the jury as a possibility: "Despite his age, the jury might conclude
that 'he was streetwise enough to know what he was getting into,' Mr Roe suggested." The jury
says nothing there; the words are counsel's. The findings had made "the jury" a speaker of the
paper and given it counsel's quotation, so the paper had one speaker too many and the
shared-quotation figure left the words out (read from round 25's held-out thomas/informant,
22.11.99/thomas, the guardian 11, ``benchmarks/claims.md`` th97, th101). A modal perfect ("could
have spread") is :mod:`~.counterfactuals`'s; this is the plain modal of a verb of inference.

The rule: a cue verb of inference or judgment of :data:`INFERENCE_VERBS` ("conclude", "decide")
under "may", "might" or "could" is no statement.

* :func:`modal_inference`: whether a cue verb is such a modal inference.
"""

from __future__ import annotations

__all__ = ["INFERENCE_VERBS", "modal_inference"]

#: verbs of reaching a view, not of telling it (a declarative table: "conclude" read from round
#: 25's thomas, the rest its kind)
INFERENCE_VERBS = frozenset({"conclude", "infer", "decide", "deduce", "think", "suppose", "accept"})
_MODALS = frozenset({"may", "might", "could"})


def modal_inference(verb) -> bool:
    """Whether the spaCy token ``verb`` is a verb of inference under "may", "might" or "could"
    ("the jury might conclude"), with no perfect ("could have", :mod:`~.counterfactuals`)."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.lemma_.lower() in INFERENCE_VERBS and bool(aux & _MODALS) and "have" not in aux
