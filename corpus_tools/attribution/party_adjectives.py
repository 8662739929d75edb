"""A party's adjective or a capitalised office in a description is no name in it.

A report of a politician's trial opens with his past office and his party, and names him in the
next sentence: "A former Tory Minister accused of punching a girl in the face today admitted in
court to having a conviction for violence. / Rod Richards also admitted to a jury ...", and the
papers the same way ("A FORMER Tory minister admitted yesterday ...", "A MARRIED former Tory
minister admitted ..."). The opening descriptions (:mod:`~.opening_pleas`,
:mod:`~.opening_speakers`) take a description with a capitalised word for one with a name in it
("A Leeds man", "A friend of Tom Hale") and so never for the man named next: the description was
counted one more speaker, and every paper then "relabelled" it (read from TUNE_25's
21.06.00/richards, kind K1 of ``benchmarks/claims_tune25.md``: richards1nl and four papers).

The rule: a capitalised word of a description is no name when it is the adjective of a political
party (:data:`PARTIES`: "Tory", "Labour", "Conservative" ...) or an office word of
``lexicon.SPEAKER_WORDS["official"]`` written with a capital ("Minister"). A place ("A Leeds
man") or a person ("A friend of Tom Hale") is still a name.

* :func:`party_word`: whether a capitalised word of a description is such a word.
"""

from __future__ import annotations

from corpus_tools import lexicon

__all__ = ["PARTIES", "party_word"]

#: the adjectives of the parties a British or American report names a politician by
PARTIES = frozenset(
    "tory labour conservative liberal democrat democratic republican unionist nationalist "
    "socialist communist green ukip snp".split()
)


def party_word(word: str) -> bool:
    """Whether ``word``, capitalised in a description, is a party's adjective or an office word.

    Example:
        >>> party_word("Tory"), party_word("Minister"), party_word("Leeds"), party_word("Hale")
        (True, True, False, False)
    """
    w = word.lower()
    return w in PARTIES or w in lexicon.SPEAKER_WORDS["official"]
