"""A phrase of time or place that opens the sentence is no part of its speaker.

Round 18's tuning stories (``benchmarks/claims_tune18.md``, kind T4) hold two shapes where a
fronted "Outside court" or "Earlier" became the speaker or the head of its label:

* "Outside court, his fiancee, Connie Casey, a property developer, said": the parser makes
  "court" the subject ("Outside" its modifier) and the fiancee and her name its conjunct and
  apposition, so the speaker was "Outside court", an institution, beside "Miss Casey"; the
  speaker is the person named in that subject (:func:`person_after_fronted`);
* "Earlier the judge at Norwich Crown Court warned the jury": the label kept "Earlier" ("Earlier
  the judge Norwich Crown Court", a named institution); the adverb is cut from the label
  (:func:`fronted_adverb`).

* "After the verdict Detective Inspector Tom Reed said", "Days after the crash Ann, 35, asked":
  the parser takes the fronted time phrase's noun into the subject, so the label began "the
  verdict" or "Days after the crash" (the claims audit's round 20, ``benchmarks/claims.md``,
  16.07.99/informant and 08.12.99/zav); the phrase is cut from the label (:func:`fronted_time`).

Each reads a few tokens at the start of the subject the cue already has.
"""

from __future__ import annotations

from corpus_tools.attribution.doc_texts import span_sent, token_sent

__all__ = ["fronted_adverb", "fronted_time", "person_after_fronted"]

#: words of time or place that open a sentence before its subject
FRONTED = frozenset(
    """outside inside earlier later afterwards afterward yesterday today tonight then meanwhile
    previously""".split()
)


def person_after_fronted(head):
    """The person named inside a subject that opens with a fronted word of time or place and a
    comma ("Outside court, his fiancee, Jane Rourke, said": "Rourke"); ``head`` otherwise.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> text = "Outside court, his fiancee, Jane Rourke a shop manager from Leeds, said that she was sad."
        >>> doc = load_model()(text)
        >>> person_after_fronted(next(t for t in doc if t.text == "court")).text
        'Rourke'
    """
    if head is None or head.ent_type_ == "PERSON":
        return head
    first = head.left_edge
    if first.lower_ not in FRONTED or first.i != token_sent(head).start or first.head != head:
        return head
    comma = next((t for t in head.doc[head.i + 1 : head.right_edge.i] if t.text == ","), None)
    if comma is None or comma.i != head.i + 1:
        return head
    names = [t for t in head.subtree if t.i > comma.i and t.ent_type_ == "PERSON" and t.dep_ != "compound"]
    return names[0] if names else head


def fronted_adverb(mention) -> bool:
    """Whether a speaker mention (a spaCy Span) opens with a fronted adverb of time that is no
    word of its name ("Earlier the judge"): the label starts after it."""
    first = mention[0] if len(mention) > 1 else None
    return (
        first is not None
        and first.lower_ in FRONTED
        and first.pos_ == "ADV"
        and first.i == token_sent(first).start
        and mention[1].pos_ in ("DET", "NOUN", "PROPN", "ADJ")
    )


_TIME_PREPS = frozenset("after before following since during until".split())
_SPANS = frozenset("days weeks hours months years minutes moments shortly soon".split())


def fronted_time(mention) -> int:
    """How many opening tokens of a speaker mention (a spaCy Span) are a fronted phrase of time
    with no comma ("[After] the verdict Tom Reed", "Days after the crash Ann"), cut before the
    name that follows them; 0 otherwise."""
    doc, start = mention.doc, mention.start
    sent_start = span_sent(mention).start
    before = [t.lower_ for t in doc[sent_start:start]]
    opening = len(before) == 1 or len(before) == 2 and before[0] in _SPANS
    if before[-1:] and before[-1] in _TIME_PREPS and opening:
        skip = 0  # "After the verdict Tom Reed", "Days after the crash Ann": the phrase before the mention
    elif (
        start == sent_start
        and len(mention) > 2
        and mention[0].lower_ in _SPANS
        and mention[1].lower_ in _TIME_PREPS
    ):
        skip = 2  # "Days after the crash Ann"
    else:
        return 0
    words = list(mention)[skip:]
    name = next((k for k, t in enumerate(words) if t.pos_ == "PROPN" and t.text[:1].isupper()), None)
    if not name or words[0].pos_ != "DET" or any(not t.text.islower() for t in words[:name]):
        return 0
    return skip + name
