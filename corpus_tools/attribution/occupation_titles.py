"""An occupation noun before a name is a title, not a name: "Lorry driver Adrian Shaw, of Malvern,
..., and his employer, Edward Gilder, ..., both deny two charges".

Read from round 29's held-out 02.11.99/ostrich (``benchmarks/claims.md``, rows oh5, oh16 and
oh18): the list of defendants who plead together (:mod:`~.listed_pleas`) took every run of
capitalised words for a name, so the sentence's capitalised first word "Lorry" was a defendant of
its own beside Shaw and Gilder, and the paper that kept Shaw's denial "gave the statements of Lorry
to Adrian Shaw". A single capitalised word followed by a lower-case common noun and then by a name
("Lorry driver Adrian", "Company director Tom") is the first word of a job title, the name's
description.

* :func:`occupation_word`: whether a run of name words is such a title's first word.
"""

from __future__ import annotations

__all__ = ["occupation_word"]


def occupation_word(run: list) -> bool:
    """Whether a run of one capitalised word (spaCy tokens) is the first word of a job title before
    a name: a lower-case noun follows it, and a capitalised word follows that ("Lorry driver Adrian
    Shaw").

    Example:
        >>> from types import SimpleNamespace as T
        >>> doc = [T(text=w, pos_=p) for w, p in [("Lorry", "NOUN"), ("driver", "NOUN"), ("Adrian", "PROPN")]]
        >>> for k, t in enumerate(doc):
        ...     t.i, t.doc = k, doc
        >>> occupation_word([doc[0]])
        True
        >>> occupation_word([doc[2]])
        False
    """
    if len(run) != 1:
        return False
    tok = run[0]
    nxt = tok.doc[tok.i + 1 : tok.i + 3]
    if len(nxt) < 2:
        return False
    noun, name = nxt[0], nxt[1]
    return noun.pos_ == "NOUN" and noun.text.islower() and name.text[:1].isupper() and name.pos_ == "PROPN"
