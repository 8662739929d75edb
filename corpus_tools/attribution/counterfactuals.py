"""What someone could or would have done is no statement made.

"Dunn was a 'habitual cheat' who could have brought 'the rot of bribery' into the sport": a verb
with a quoted object was read as a cue, and the relative "who" made the quoted epithet ("habitual
cheat") a speaker, which then took counsel's "he added" (grobbelaar67_sun 0-2 of
16.07.99/grobbelaar, round 21). A modal with a perfect ("could have", "would have", "might have")
tells of a thing that did not happen, or may not have: nothing was said by it. A plain modal
("would say", a future or a habit) is left alone; a hearing's "would be told" is
``reports.not_a_report``'s ``modal``.

* :func:`counterfactual`: whether a cue verb is such a modal perfect, or a modal inference
  (:mod:`~.modal_inferences`: "the jury might conclude").
"""

from __future__ import annotations

from corpus_tools.attribution.modal_inferences import modal_inference

__all__ = ["counterfactual"]

#: modals that, with "have" and a past participle, tell of what did not (or may not) happen
_MODALS = frozenset({"could", "would", "might", "should", "may", "must"})


def counterfactual(verb, anchor=None) -> bool:
    """Whether the spaCy token ``verb`` is a past participle under a modal and "have" ("could have
    spread"); ``anchor`` (the speaker's head) is not read: the signature of ``reports``'s act rules."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if modal_inference(verb):  # "the jury might conclude that ...": no statement either
        return True
    return verb.tag_ == "VBN" and bool(aux & _MODALS) and "have" in aux
