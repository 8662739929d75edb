"""An opening "as" clause that credits the clause it modifies ('As the Courier revealed, the council
agreed ...'): :func:`as_reported`, a cue of :mod:`corpus_tools.attribution.cues` (moved here as
it stands, so that module keeps under 500 lines)."""

from __future__ import annotations

__all__ = ["as_reported"]


def as_reported(verb) -> bool:
    """'As the Courier revealed, the council agreed ...': an "as" clause that opens its sentence with a
    subject and a verb of saying and nothing else before its comma credits the clause it
    modifies. "As" is more often temporal ("as he spoke to X", "as he noted how ..."), so any
    object, complement or preposition, or a word between the verb and the comma, rules it out."""
    doc = verb.doc
    kids = list(verb.children)
    if verb.dep_ != "advcl" or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return False
    mark = [c for c in kids if c.dep_ == "mark" and c.lower_ == "as"]
    if not mark or not any(c.dep_ == "nsubj" for c in kids):
        return False
    if any(c.dep_ not in ("mark", "nsubj", "aux", "advmod", "punct") or c.i > verb.i for c in kids):
        return False
    first = mark[0].i
    return first == verb.sent.start or doc[first - 1].dep_ == "cc" or doc[first - 1].is_quote
