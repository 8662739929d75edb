"""The one speaker of the paragraph just before: the first "he" or "she" of a paragraph goes on with him.

The resolver (:func:`~.speakers.resolve_speakers`) ranks a pronoun's antecedents speakers first,
a woman the text marks as one ("Ms Rudd") before a speaker of unknown gender, then the nearest. A
court report that gives a judge's words in two paragraphs ("Justice Ann Cole offered her
condolences to the families. / 'I hope this ordeal is over for you,' she said.") had its "she" given
to "Ms Rudd", quoted three paragraphs before, over the judge whose first name gives no gender to the
reader's rules (``benchmarks/claims_tune18.md``, kind T5, bondi5 10-11).

:func:`previous_speaker_first`: when a "he" or "she" is the first mention of its paragraph and the
paragraph just before has one speaker, that speaker, if the pronoun may stand for it, goes first.
"""

from __future__ import annotations

__all__ = ["previous_speaker_first"]

_PERSONAL = {"he", "she"}


def previous_speaker_first(att, seen: list[tuple], near: list) -> list:
    """``near`` (a pronoun's antecedents) with the one speaker of the paragraph just before first.

    Args:
        att: the pronoun's attribution (``span``: cleaned offsets of its mention; ``para``;
            ``mention``: a spaCy Span).
        seen: the resolved mentions so far, ``(position, paragraph, entity, is a speaker)``.
        near: the antecedents, in the resolver's order.

    Returns:
        ``near`` reordered, or ``near`` itself.
    """
    mention = att.mention
    if mention is None or mention.root.lower_ not in _PERSONAL or len(near) < 2:
        return near
    if any(para == att.para and pos < att.span[0] for pos, para, _, _ in seen):
        return near  # another mention opens the paragraph: its own subject may go on
    before = {id(e): e for pos, para, e, spoke in seen if spoke and para == att.para - 1}
    if len(before) != 1:
        return near
    (e,) = before.values()
    return [e, *(x for x in near if x is not e)] if any(x is e for x in near) else near
