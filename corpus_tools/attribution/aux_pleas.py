"""A plea the parser reads as an auxiliary: "Hale admits knifing Reed during the brawl.".

Before a gerund, spaCy's small model may tag "admits" or "denies" an auxiliary of the gerund, as
"is" in "is knifing": the gerund is the root and the plea verb has no children but, at most, the
subject. No cue was read, so the defendant's admission had no speaker, and "He claims he acted in
self-defence" after it went to the witness named before (03.04.00/noye, the sun 10-12; claims.md's
round 21, ny19, ny21). A reader takes the plea verb for the cue, the name before it for its
speaker and the gerund's clause for what he admits.

* :func:`aux_plea`: whether a token is such a plea verb;
* :func:`aux_plea_subject`: its speaker (the gerund's subject), or None;
* :func:`aux_plea_content`: the token range of what is admitted or denied, or None.
"""

from __future__ import annotations

__all__ = ["aux_plea", "aux_plea_content", "aux_plea_subject"]

#: the plea verbs the parser may read as an auxiliary before a gerund (an auxiliary keeps its form
#: as its lemma: "admits")
_PLEAS = frozenset("admit admits admitted deny denies denied confess confesses confessed".split())


def aux_plea(tok) -> bool:
    """Whether ``tok`` is a plea verb tagged an auxiliary of a gerund that has a subject before it.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("Hale admits knifing Reed during the brawl in May 1996.")
        >>> [t.text for t in doc if aux_plea(t)]
        ['admits']
    """
    if tok.dep_ != "aux" or tok.lower_ not in _PLEAS or tok.head.tag_ != "VBG":
        return False
    return aux_plea_subject(tok) is not None


def aux_plea_subject(tok):
    """The nominal subject before the plea verb ("Hale" of "Hale admits knifing"), its own or the
    gerund's, or None."""
    if tok.dep_ != "aux" or tok.lower_ not in _PLEAS:
        return None
    kids = [*tok.children, *tok.head.children]  # the parser hangs it on either
    return next((c for c in kids if c.dep_ == "nsubj" and c.i < tok.i), None)


def aux_plea_content(tok) -> tuple[int, int] | None:
    """The token range of the gerund's clause after the plea verb ("knifing Reed during the
    brawl in May 1996"), without its closing punctuation; None for any other token."""
    if not aux_plea(tok):
        return None
    head = tok.head
    end = max(t.i for t in head.subtree if not t.is_punct) + 1
    return head.i, end
