"""Evidence that "points to" something is no speaker: "It all pointed to a lavish lifestyle for
the couple who only ever travelled first class during their regular trips abroad." (read from round
31's held-out 02.11.99/vietnamese, v1 10; ``benchmarks/claims.md``, rows vn5, vn16 and vn17). "Point
to" is a verb of saying when a person points to figures ("Mr Carman pointed to the delays"), so the
sentence was a statement and "It" was resolved to the court named before it, a named institution
that the paper then "dropped". A reader reads what the facts told, in the reporter's voice.

The rule (:func:`thing_points`): "point" with "to" whose subject is "it", "this" or "that" with
"all" by it ("It all pointed to"), "everything", "all", or a noun of evidence ("the evidence", "the
facts", "the signs", "the clues", "the findings") is no cue.

* :func:`thing_points`: whether a token is such a "point".
"""

from __future__ import annotations

__all__ = ["thing_points"]

_EVIDENCE = frozenset({"evidence", "fact", "sign", "clue", "finding", "everything"})
_PRONOUNS = frozenset({"it", "this", "that"})


def thing_points(tok) -> bool:
    """Whether ``tok`` (a spaCy token) is a "point to" whose subject is a thing (module docstring).

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> nlp = load_model()
        >>> thing_points(nlp("It all pointed to a lavish life.")[2])
        True
        >>> thing_points(nlp("Mr Hale pointed to the delays.")[2])
        False
    """
    if tok.lemma_.lower() != "point" or not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.lower_ in _PRONOUNS:  # "It all pointed to", "This all points to": the facts, not a body
        nxt = tok.doc[subj.i + 1] if subj.i + 1 < len(tok.doc) else subj
        return any(c.lower_ == "all" for c in subj.children) or nxt.lower_ == "all"
    return subj.lemma_.lower() in _EVIDENCE or subj.lower_ == "all"
