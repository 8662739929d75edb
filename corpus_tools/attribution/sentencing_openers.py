"""A sentence that opens with a judge's act on a named defendant, then the judge who speaks:
"Sentencing Drummond, Peter Ward, the stipendiary magistrate at Kendal, said that ...".

Read from round 29's leftover kinds (``benchmarks/README.md``, "End of round 29", known debt (2):
"Sentencing X, Mr Justice Y ... said", about 20 METER courts files have the shape) and first seen
wrong in 12.07.99/gamekeeper's telegraph: the parser reads "Sentencing Drummond" as a name run,
the subject of "said", and the magistrate after the comma as its conjunct, so the defendant
being sentenced became the speaker of the magistrate's words. The person an opening participle
of a judge's act ("Sentencing", "Jailing", "Fining", "Remanding") takes as
its object is never the subject of the main verb: when a cue's subject is that name, the speaker
is the name coordinated with it ("Peter Ward"), else there is none from the parse (the chain's
name readers look further).

* :func:`sentenced_subject`: the cue's subject token with that object set aside.
"""

from __future__ import annotations

__all__ = ["sentenced_subject"]

#: opening participles of a judge's act on a defendant, the name right after them ("Passing sentence
#: Mr Justice Owen told Cotterell", 03.04.00/breeder, has the judge there: no act of this shape)
_ACTS = frozenset({"sentencing", "jailing", "fining", "remanding", "detaining", "gaoling"})


def _sentenced(head) -> bool:
    """Whether a token is the name an opening participle of a judge's act takes as its object
    ("Sentencing Drummond", "Jailing Tom Pike"): a look at the five tokens before it, no more."""
    doc = head.doc
    for j in range(head.i - 1, max(-1, head.i - 6), -1):
        t = doc[j]
        if t.lower_ in _ACTS:
            return bool(t.is_sent_start)
        if not (t.text[:1].isupper() and t.is_alpha):
            return False
    return False


def sentenced_subject(verb, head):
    """The subject token of a cue ``verb`` whose found subject ``head`` is the defendant an opening
    judge's act names ("Sentencing Drummond, Peter Ward, ..., said": "Ward", the conjunct; None
    when no name is coordinated with it); else ``head`` itself.

    Example:
        >>> from types import SimpleNamespace as T
        >>> first = T(lower_="sentencing", is_sent_start=True, text="Sentencing", is_alpha=True)
        >>> ward = T(dep_="conj", pos_="PROPN")
        >>> dunmore = T(i=1, children=[ward], doc=[first])
        >>> sentenced_subject(None, dunmore) is ward
        True
        >>> first.lower_, first.text = "after", "after"  # "after Drummond, Ward said": Drummond
        >>> sentenced_subject(None, dunmore) is dunmore
        True
    """
    if head is None or not _sentenced(head):
        return head
    return next((c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
