"""A minister's title made of two portfolios joined by "and" is one person, not two subjects.

The shape: "..., Indonesian Mines and Energy Minister Subroto told reporters"; "Trade and Industry
Minister Tan Wee said". The parser makes the first portfolio ("Mines") the subject and hangs the
title ("Minister") or the name ("Wee") on it as a conjunct, so the findings counted "Indonesian
Mines and Energy Minister Subroto", a second speaker "Energy Minister" of the same cue, and the bare
"Subroto" of the next sentences as a third person (a subject headed by a portfolio has no surname).
A reader reads one minister. Read from round 35's tuning series 13275+14844 (branch tune35,
``benchmarks/claims_tune35.md`` T1). :data:`corpus_tools.lexicon.PORTFOLIOS` already reads
"Posts and Telecommunications Minister" as one title in the fact rows; "Yeutter and Agriculture
Secretary Richard Lyng" stays two people (the word before "and" is no portfolio).

* :func:`portfolio_name`: the name token such a subject stands for, or None.
"""

from __future__ import annotations

from corpus_tools import lexicon

__all__ = ["portfolio_name"]

_TITLES = lexicon.SPEAKER_WORDS["official"]


def portfolio_name(root):
    """The last word of the name ending a coordinated minister's title whose first portfolio the
    parser made the head (``root``, a spaCy token): "Subroto" for "Mines and Energy Minister
    Subroto", whether the conjunct is the title or the name; else None. Every word between the head
    and the title is a portfolio, "and" or a comma ("Agriculture, Forestry and Fisheries")."""
    if root.lower_ not in lexicon.PORTFOLIOS or root.pos_ != "PROPN" or root.ent_type_ == "PERSON":
        return None
    doc = root.doc
    for c in root.children:
        if c.dep_ != "conj" or c.i <= root.i or c.pos_ != "PROPN":
            continue
        title = c.i
        while title > root.i and doc[title].lower_ not in _TITLES and doc[title].pos_ == "PROPN":
            title -= 1  # "Industry Minister Tan Wee": back from the name to its title
        if doc[title].lower_ not in _TITLES or title <= root.i + 1 or title + 1 >= len(doc):
            return None
        between = doc[root.i + 1 : title]
        if not any(t.lower_ == "and" for t in between) or not all(
            t.lower_ in lexicon.PORTFOLIOS or t.lower_ == "and" or t.text == "," or t.is_space
            for t in between
        ):
            return None
        end = max(c.i, title + 1)
        while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].head.i in (root.i, end):
            end += 1  # "Minister Subroto": the name the parser hung on the first portfolio
        return doc[end] if doc[title + 1].pos_ == "PROPN" else None
    return None
