"""A question the report asks in its own words, no statement of the people it names.

A court report gives counsel's questions without quotation marks: "Had he ever complained to the
Courier? asked Mr Hale."; "Why blame that council rather than others which had warned him?"; "Did
Mr Dodd not claim the mayor feared a rival?". What such a question holds is asked, not said:
"others which had warned", "the mayor feared" and "Mr Dodd not claim" are no statements
(TUNE_22's 22.11.99/hamilton, PA's hamilton1 16 and the mail 11-13, kind K3 of
``benchmarks/claims_tune22.md``); the verb of asking ("asked Mr Hale", "Mr Hale had wondered") is
counsel's statement.

The rule (:func:`asked_question`): the cue's sentence opens with an auxiliary or a question word
(no quotation mark before it), holds a "?" after the cue that closes no quotation, and the cue is
no verb of asking.
"""

from __future__ import annotations

from corpus_tools.attribution.doc_texts import token_sent

__all__ = ["asked_question"]

#: the words an English question opens with, an inverted auxiliary or a question word
_OPENERS = frozenset(
    """had has have did do does was were is are could would should will can why what how where whom
    whose hadn't hasn't didn't doesn't wasn't weren't isn't""".split()
)
_ASKING = frozenset({"ask", "wonder", "query", "inquire", "enquire", "question", "demand", "put"})
_CLOSING = ("'", '"', "\u2019", "\u201d", "`")


def asked_question(verb) -> bool:
    """Whether the cue ``verb`` (a spaCy token) stands inside a question the report asks in its own
    words (module docstring): what it holds is asked, no statement."""
    if verb.lemma_.lower() in _ASKING:
        return False
    sent = token_sent(verb)
    first = sent[0]
    if first.lower_ not in _OPENERS or verb.i == first.i:
        return False
    text = verb.doc.text
    mark = text.find("?", verb.idx, sent.end_char)
    return mark > 0 and not text[mark + 1 : mark + 3].lstrip().startswith(_CLOSING)
