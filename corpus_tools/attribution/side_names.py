"""A barrister named with his side between commas right before the cue.

A court report ends a sentence of the case against the defendant with the barrister who put it:
"Officers followed him but lost sight of him when he sped off, Mr Alan Pritt, prosecuting, told
Ashford Crown Court"; "They followed him and he sped off, Alan Pritt, prosecuting, told the
court". The parse hangs the name and the side on the clause before, so the cue either has no
subject (no row) or inherits the clause's ("They"). The name is who spoke (read from
27.01.00/drink of round 15's tuning, ``benchmarks/claims_tune15.md``, kind T3: the telegraph's
prosecutor lost, PA's sentence of the same shape without a row).

The rule: the words right before the cue are ", NAME, SIDE," where SIDE is one word of
:data:`~corpus_tools.lexicon.COURT_SIDES` in its participle ("prosecuting", "defending") and
NAME ends with a proper noun (its letters after the name, "QC", skipped): that proper noun is the
speaker mention's head. Read only where the cue's previous token is a comma and the one before it
a side word, so nothing else is searched.

The speaker mention is then the name alone: the parse may hang the clause before on it ("lost
sight of him ..., Mr Alan Pritt").

* :func:`side_name`: that name's head token, or None;
* :func:`name_start`: where the mention of such a name starts;
* :func:`name_ending_at`: the head of a name that ends at a token (also read by :mod:`~.client_sides`).
"""

from __future__ import annotations

from corpus_tools import lexicon

__all__ = ["name_ending_at", "name_start", "side_name"]

#: the participles of :data:`~corpus_tools.lexicon.COURT_SIDES` ("prosecuting", "defending")
_SIDES = frozenset(w for w in lexicon.COURT_SIDES if w.endswith("ing"))


def side_name(verb):
    """The head of the name set with its side between commas right before the cue ("...,
    Mr Alan Pritt, prosecuting, told the court": "Pritt"), else None.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("They followed him and he sped off, Alan Pritt, prosecuting, told the court.")
        >>> side_name(next(t for t in doc if t.text == "told")).text
        'Pritt'
    """
    doc, k = verb.doc, verb.i - 1
    start = verb.sent.start
    if k - 3 < start or doc[k].text != "," or doc[k - 1].lower_ not in _SIDES or doc[k - 2].text != ",":
        return None
    return name_ending_at(doc, k - 3, start)


def name_ending_at(doc, k: int, start: int):
    """The head of the name that ends at token ``k`` (a name's letters after it, "QC", and commas
    skipped: "Alan Pritt, QC,"), the sentence starting at ``start``; None when no capitalised
    proper noun ends there."""
    end = k
    while k > start and (doc[k].text == "," or doc[k].lower_.replace(".", "") in lexicon.POST_NOMINALS):
        k -= 1  # "Alan Pritt, QC, prosecuting"
    name = doc[k]
    if k < name.head.i <= end and name.head.pos_ == "PROPN":
        name = name.head  # "Ian Grant QC, prosecuting,": the parse heads the name with "QC"
    return name if name.pos_ == "PROPN" and name.text[:1].isupper() else None


def _side_after(head) -> bool:
    """Whether the head of a name is followed by its side between commas (", QC, prosecuting,")."""
    doc, k = head.doc, head.i + 1
    end = head.sent.end
    while k < end and (doc[k].text == "," or doc[k].lower_.replace(".", "") in lexicon.POST_NOMINALS):
        k += 1
    return k > head.i + 1 and k + 1 < end and doc[k].lower_ in _SIDES and doc[k + 1].text == ","


def name_start(head, lo: int) -> int:
    """The first token of a speaker mention (``lo``, the start the parse gives) cut to the name
    when the name is set with its side between commas (module docstring)."""
    if head.pos_ != "PROPN" or not _side_after(head):
        return lo
    k = head.i
    while k - 1 >= lo and head.doc[k - 1].pos_ == "PROPN":
        k -= 1
    return k
