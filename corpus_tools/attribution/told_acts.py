"""A verb of saying that tells a deed or a measure, with no clause or quotation of content: its
subject made no statement, so it is no speaker. Three shapes of wire copy, each with the verb's own
sign of the deed:

* **a quantity added**: "add" whose object is a number ("while foreign trade added 0.2", "the
  index added 12.5 points", "Shares of Acme added 1/4"): a part of a sum or a price's move, not a
  remark added (round 39, branch survival39: the read series' 5805+5807, where "foreign trade"
  was a speaker "dropped" by the next story);
* **a response by a deed**: "respond" or "react" with "by" and what was done ("Indonesia ... has
  responded to the oil slump by cutting spending, devaluing its currency"): the country acted
  (the check series' 8069+8606+8703+8747, three rows of a speaker that never spoke);
* **a call that summons**: "call" with the particle "in", "out", "off" or "up" and an object
  ("The Canadian government has called in a labor conciliator", "called off the strike",
  "called up reserves"): an act; "called for", "called on" and "called it" stay statements, as
  ``reports._act`` keeps "called for an inquiry" (seen while marking ``HELD_OUT_38``'s
  8009+11385 rows in ``benchmarks/survival39.md``, so its gain there is not held out).

A clause of content (``ccomp``, ``parataxis``; ``xcomp`` too but for "call", whose infinitive is
its purpose) or a quotation in the sentence keeps the verb a statement: "He added 20 mln dlrs would
be spent", "responded that the plan was sound", "added: \"We expect 0.5 pct\"".
"""

from __future__ import annotations

from corpus_tools.attribution.doc_texts import token_sent

__all__ = ["called_in", "told_act"]

#: the verbs whose deed shapes this module reads (a set lookup before any walk of the parse)
_VERBS = frozenset(("add", "respond", "react", "call"))
#: particles of "call" that summon or cancel, not speak ("called in a conciliator", "called off")
_SUMMONS = frozenset(("in", "out", "off", "up"))


def told_act(verb, anchor=None) -> bool:
    """Whether the cue ``verb`` tells a deed or a measure of its subject (``anchor``, unused: the
    signature of ``reports.not_a_report``'s act rules) and no statement: see the module's shapes.

    Example (the parse of "while foreign trade added 0.2"): "added" with the number "0.2" for its
    object and no clause is a measure, so ``told_act`` is True; "He added that 0.2 was low" has a
    clause of content, and is False."""
    lemma = verb.lemma_.lower()
    if lemma not in _VERBS:
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("ccomp", "parataxis") for c in kids) or any(t.is_quote for t in token_sent(verb)):
        return False
    if lemma == "call":
        return called_in(verb)
    if any(c.dep_ == "xcomp" for c in kids):
        return False
    if lemma == "add":
        return any(c.dep_ in ("dobj", "npadvmod") and _quantity(c) for c in kids)
    return any(c.dep_ == "prep" and c.lower_ == "by" and _deed(c) for c in kids)


def called_in(verb) -> bool:
    """Whether ``verb`` is "call" with a particle of :data:`_SUMMONS` and an object, no clause of
    content ("has called in a labor conciliator to try to ...": the infinitive is its purpose).
    The parser tags "in" a preposition with no object of its own as often as a particle; ``cues``
    asks this before it reads "called X to ..." as a naming."""
    if verb.lemma_.lower() != "call":
        return False
    kids = list(verb.children)
    summons = any(
        c.lower_ in _SUMMONS and (c.dep_ == "prt" or c.dep_ == "prep" and not any(c.children)) for c in kids
    )
    return summons and any(c.dep_ == "dobj" for c in kids) and not any(c.dep_ == "ccomp" for c in kids)


def _quantity(token) -> bool:
    """A number, or a noun counted by one ("0.2", "12.5 points", "1/4")."""
    return token.like_num or token.tag_ == "CD" or any(c.dep_ == "nummod" for c in token.children)


def _deed(by) -> bool:
    """ "by" with what was done: a gerund ("by cutting spending")."""
    return any(c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG" for c in by.children)
