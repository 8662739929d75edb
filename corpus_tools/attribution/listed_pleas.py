"""A joint plea of a list of named defendants ("A, 66, of PLACE; B, 25, of PLACE; and Dr C, 48, of
PLACE, all deny manslaughter"; "A, B and C, all of PLACE, and D, from PLACE, all deny"; "A and B,
from PLACE and C, of PLACE, all plead not guilty") is a plea of each name in the list: one speaker
a name, as :mod:`~corpus_tools.attribution.joint` makes of two names joined by "and".

The parse of a list that long hangs the names on one another, on the places of their addresses or
on nothing, so :func:`~corpus_tools.attribution.subjects.coordinated_names` found some of them only
(the first name's mention running to the next semicolon, or the names next to the verb), and none
when the first name was not the verb's subject. Here the list is read from its words: the quantifier
"all" or "both" right before the plea is the cue, and each run of proper nouns before it that does
not stand in an address ("of Mill Lane, Hexham", "from Alnwick") is a name (round 17's reading of
04.10.99/patient, ``benchmarks/claims_tune17.md``, kind W1).
"""

from __future__ import annotations

from corpus_tools.attribution.each_pleas import list_end
from corpus_tools.attribution.occupation_titles import occupation_word
from corpus_tools.attribution.pleas import plea

__all__ = ["across_items", "listed_names", "listed_plea", "plea_object"]

#: words that open an address in a list of defendants: what follows is a place until the next item
_ADDRESS = {"of", "from", "in", "at"}
#: entity types of a place the tagger may find outside an address
_PLACES = {"GPE", "LOC", "FAC"}
#: words that close an item of the list
_ITEM_ENDS = {";", "and"}


def _name_word(t) -> bool:
    """A word of a name: a proper noun, or a capitalised word the tagger took for another part of
    speech ("Usher and Haswell ... plead": "Usher" an adjective), not a function word."""
    return t.pos_ == "PROPN" or (t.is_alpha and t.text[:1].isupper() and not t.is_stop and t.pos_ != "PRON")


def _aged(tok) -> bool:
    """Whether a name is followed by its age set off by a comma ("Bramble, 30,"): a person, whatever
    the tagger calls it."""
    nxt = tok.doc[tok.i + 1 : tok.i + 3]
    return len(nxt) == 2 and nxt[0].text == "," and nxt[1].like_num


def _runs(tokens) -> list[list]:
    """The runs of proper nouns among ``tokens`` outside an address, each a list of tokens."""
    runs, run, address = [], [], False
    for k, t in enumerate(tokens):
        if _name_word(t):
            end = next((u for u in tokens[k:] if not _name_word(u)), None)
            if address and not run and end is not None and _aged(end.nbor(-1)):  # "..., Tina Rowe, 31,"
                address = False  # a name after an address set off by a comma: its age follows it
            if not address:
                run.append(t)
            continue
        if run:
            runs.append(run)
            run = []
        if t.lower_ in _ADDRESS:
            address = True
        elif t.text in _ITEM_ENDS or t.lower_ in _ITEM_ENDS:
            address = False
    if run:
        runs.append(run)
    return runs


def listed_names(verb) -> list | None:
    """The mentions (spaCy Spans) of the names of a list of defendants who make one plea together,
    each a speaker, when the word right before the plea ``verb`` is "all", "both" or "each", or an
    aside ", all from PLACE," stands before it (:func:`~.each_pleas.list_end`), and two or more
    names stand before it in its sentence; None otherwise (the caller's rows stand). The caller
    tests that ``verb`` is a plea (:func:`~corpus_tools.attribution.pleas.plea`)."""
    doc = verb.doc
    i = list_end(verb)  # "all have denied", "each pleaded", "..., all from Leeds, deny"
    if i is None:
        return None
    runs = _runs(doc[verb.sent.start : i])
    runs = [r for r in runs if _aged(r[-1]) or not any(t.ent_type_ in _PLACES for t in r)]
    runs = [r for r in runs if not occupation_word(r)]  # "Lorry driver Adrian Shaw": no "Lorry"
    if len(runs) < 2:
        return None
    return [doc[r[0].i : r[-1].i + 1] for r in runs]


def across_items(a, b) -> bool:
    """Whether a semicolon stands between tokens ``a`` and ``b``: two items of a list ("A, 66, of
    PLACE; B, 25, ..."), so the parse's apposition of ``b`` to ``a`` is another person, not ``a``'s
    name (:func:`~corpus_tools.attribution.speakers.speaker_features` keeps the label to ``a``)."""
    lo, hi = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[lo:hi])


def plea_object(verb) -> tuple[int, int]:
    """The token range of what a listed plea pleads: the words after ``verb`` to the end of its
    sentence, its closing punctuation left out ("manslaughter", "not guilty"; the parse of a list
    may hang the names on the verb as a clause, which the content must not be)."""
    hi = verb.sent.end
    while hi > verb.i + 1 and verb.doc[hi - 1].is_punct:
        hi -= 1
    return verb.i + 1, hi


def listed_plea(verb, mention, others: list, content: tuple[int, int]) -> tuple:
    """``(mention, others, content)`` of a cue ``verb``'s rows: for a plea of a list of named
    defendants (:func:`listed_names`), the first name, the other names and what is pleaded
    (:func:`plea_object`); the caller's own three otherwise."""
    listed = listed_names(verb) if plea(verb.text) else None
    return (listed[0], listed[1:], plea_object(verb)) if listed else (mention, others, content)
