"""A sentence after a quotation closed by its own full stop is no tag of it.

'"...," he continued' and '"...!" the crowd cried out' make any verb after a quotation a verb of
saying: the quotation is its content. A quotation closed after a full stop ends its sentence, and
the next begins on its own: 'She was heard saying: "I will never find another home." Neighbours
also noticed bruises on her arms.' The findings had made "Neighbours" a speaker of "noticed", a
perception (round 19's 02.11.99/pancake, the times 18, pk44 of ``benchmarks/claims.md``). A verb of
saying after such a quotation is read by its own rules (it has a cue of its own: "He added that").

* :func:`stopped_before`: whether the quotation ending at an offset closed after a full stop.
"""

from __future__ import annotations

__all__ = ["stopped_before"]


def stopped_before(verb, text: str, end: int) -> bool:
    """Whether the quotation whose inside ends at ``end`` (an offset of ``text``, where its closing
    mark stands) closes after a full stop before the word ``verb`` (a spaCy token): 'home."
    Neighbours noticed', not 'home," he said'. A dash the tagger takes for the verb is a
    signature, whatever the stop ('... the end." ― Ann Lee'): never stopped.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()('She said: "I will go." Neighbours noticed it.')
        >>> stopped_before(doc[-3], doc.text, doc.text.index('." ') + 1)
        True
        >>> doc = load_model()('"I will go," he said.')
        >>> stopped_before(doc[-2], doc.text, doc.text.index(',"') + 1)
        False
    """
    return verb.is_alpha and 0 < end <= len(text) and text[end - 1] == "."
