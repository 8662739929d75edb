"""Two parents named with one surname, the first given name a month's word: "his parents, June
and Steven Warren". The tagger reads "June" as a date, so :func:`~.namesakes.full_names` gives
"Steven Warren" alone, and a later "Mrs Warren said" joins the one full name with that surname
named before her parents: their son "Luke Warren" (read from round 28's 27.01.00/damages, PA's
damages1: "the loss of earnings of his parents, June and Steven Warren ... After the hearing,
Mrs Warren said"). Given the first name back, :func:`~.namesakes.title_apart` keeps a titled
surname alone apart from the son, as it does for "Peter and Mary Holt".

* :func:`with_joint_given`: the full names with the first of two joined given names added.
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.doc_texts import doc_text

__all__ = ["with_joint_given"]

#: a capitalised word, "and", a given name and a surname: "June and Steven Warren"
_JOINT = re.compile(r"\b([A-Z][a-z]{2,}) and ([A-Z][a-z]+)\s+([A-Z][a-z][\w'-]+)\b")
#: words that are never a given name before "and": titles, offices, words of a sentence's start
_NOT_GIVEN = (
    lexicon.STOP_WORDS | lexicon.MALE_TITLES | lexicon.FEMALE_TITLES | lexicon.SPEAKER_WORDS["official"]
)


def with_joint_given(names: list[tuple[int, str, str]], paragraphs, raw: str) -> list[tuple[int, str, str]]:
    """``names`` (:func:`~.namesakes.full_names`: ``(offset, given name, surname)``, text order)
    with ``(offset, first, surname)`` added for every "<First> and <Given> <Surname>" of the
    paragraphs (``(paragraph, offset, spaCy Doc)``) whose "<Given> <Surname>" is one of
    ``names`` at that place and whose first word is no title, office or stop word: the two
    share the surname. ``names`` itself when ``raw``, the document's text, has no such words.

    Example:
        >>> class Doc:  # a paragraph's parse; only its text is read
        ...     text = "His parents, Joan and Tom Reed, wept."
        >>> with_joint_given([(22, "Tom", "Reed")], [(0, 0, Doc())], Doc.text)
        [(13, 'Joan', 'Reed'), (22, 'Tom', 'Reed')]
        >>> with_joint_given([(22, "Tom", "Reed")], [(0, 0, Doc())], "No joint names here.")
        [(22, 'Tom', 'Reed')]
    """
    if " and " not in raw or not _JOINT.search(raw):
        return names
    have = set(names)
    at = {n[0] for n in names}
    added = []
    for _, offset, doc in paragraphs:
        for m in _JOINT.finditer(doc_text(doc)):
            first, given, last = m.groups()
            start = offset + m.start(1)
            named = (offset + m.start(2), given, last) in have  # "Steven Warren", a person's name
            if named and start not in at and first.lower() not in _NOT_GIVEN:
                added.append((start, first, last))
    return sorted([*names, *added]) if added else names
