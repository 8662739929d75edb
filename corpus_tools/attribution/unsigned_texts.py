"""Statistics and a resolution no one signs are no speaker.

Business wire copy cites texts with no author as the source of a figure or a goal: "Full-time adult
ordinary time weekly earnings are 453.00 dlrs a week ..., according to latest official statistics"
(TUNE_32's 3432+3436, 3432 2), "A master resolution stating UAW goals notes that the union's
membership ... has fallen by 200,000" (16220+16242, 16220 10). The findings had counted each as an
anonymous speaker (kind W5 of ``benchmarks/claims_tune32.md``); the audits' rule is that a document
is no speaker. As :mod:`~.printed_matter` reads unsigned leaflets, a text with its author named
before it ("Treasury statistics", "the UAW's resolution", "Labor Department statistics") still
speaks for that author.

* :func:`unsigned_text`: whether a subject's head is such a text.
"""

from __future__ import annotations

__all__ = ["UNSIGNED", "unsigned_text"]

#: texts of figures or goals that wire copy cites without their author
UNSIGNED = frozenset({"statistics", "resolution", "resolutions"})
#: dependants that name an author before the head ("Treasury statistics", "the UAW's resolution")
_AUTHOR = frozenset({"compound", "poss", "amod", "nmod"})


def unsigned_text(anchor) -> bool:
    """Whether the subject's head ``anchor`` is a noun of :data:`UNSIGNED` with no capitalised
    word (an author) among its dependants before it, a sentence's capitalised first word aside.

    >>> from corpus_tools.text.nlp import load_model
    >>> doc = load_model()("Latest official statistics show a rise. It cited Treasury statistics.")
    >>> unsigned_text(doc[2]), unsigned_text(doc[10])
    (True, False)
    """
    if anchor.lower_ not in UNSIGNED or anchor.pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(
        c.dep_ in _AUTHOR and c.text[:1].isupper() and c.sent.start < c.i < anchor.i  # not "Latest"
        for c in anchor.children
    )
