"""A surname the tagger took for a common noun, with an age in apposition, is a person's name.

"Goodwin, 36, from Glendoick, Perthshire, had pleaded guilty to causing death by dangerous
driving": the part-of-speech tagger may read a surname that looks like a word ("Goodwin", as
"goodwill"; "Friend") as a common noun at the head of a sentence;
the plea rule (:func:`~.statement_verbs.statement_verb`), which wants a proper noun, a person or a
pronoun as the subject of "pleaded", then read no plea, and the findings lost the defendant's plea
in the paper: one speaker too few in its count, and a kept plea counted "dropped" (read from
TUNE_29's 22.11.99/salesman, the times 3, ``benchmarks/claims_tune29.md`` kind U6).
:func:`~.aged_names.aged_name` reads the same age for a proper noun; this reads it for a
capitalised common noun, whatever its entity type: a court report gives a person's age so
("Goodwin, 36,"), never a thing's.

* :func:`aged_noun`: whether a token is such a name.
"""

from __future__ import annotations

__all__ = ["aged_noun"]

#: the ages a court report gives (as :mod:`~.aged_names`)
_OLDEST = 120


def aged_noun(tok) -> bool:
    """Whether ``tok`` is a capitalised common noun (not in capitals) with ", <age>," after it in
    apposition ("Goodwin, 36, had pleaded guilty"), whatever type the entity tagger gives it.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("Goodwin, 36, had pleaded guilty to theft.")
        >>> [aged_noun(t) for t in doc[:3]]
        [True, False, False]
    """
    if tok.pos_ != "NOUN" or not tok.text[:1].isupper() or tok.text.isupper():
        return False
    if tok.i + 3 > len(tok.doc) or tok.doc[tok.i + 1].text != ",":
        return False
    age = tok.doc[tok.i + 2]
    closed = age.i + 1 < len(tok.doc) and tok.doc[age.i + 1].text == ","
    years = age.text.isdigit() and 0 < int(age.text) <= _OLDEST
    return closed and years and age.head == tok and age.dep_ == "appos"
