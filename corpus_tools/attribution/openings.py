"""An opening indefinite description of a pair that the next sentence names.

A report often opens a story or a paragraph with a description of the people it is about and
names them only in the sentence after: "AN Irish couple who claimed bigots drove them out of a
village accepted a settlement yesterday. / Tom Rogers, 52, and his wife Ann, 53, are believed to
have agreed £9,000"; "A fight for damages by an English couple who claimed they were victims of
abuse ended today. Tom Rogers, 52, and his wife Ann, 53, said ...". A reader takes the
description for the pair named next; the findings had counted it as one more, anonymous speaker,
and every version then "dropped" it (the claims audit's round 13, 12.08.99/racism, remark13's
cause 1: PA's 1sub and five papers open so, ``benchmarks/claims.md``).

The rule: a speaker mention (or the noun phrase of its "who") that is an indefinite plural
description of people ("a couple", "an English couple", "two brothers": a determiner "a", "an" or
a number word and a head of :data:`~.pairs.PAIR_HEADS`, no name in it) is the first pair
:func:`~.pairs.named_pairs` lists after it, when that pair stands in the sentence after the
description's (in its paragraph, or opening the next paragraph when the description's sentence
ends its own) and no other pair is named between. A pair named before the description is
:func:`~.pairs.pair_for`'s, not this module's. A description counted by a number word may have any
plural head, a trade or a business before it ("Two chemists today admitted ...", "Two Boots the
Chemist pharmacists were fined after admitting ...", the number before a business name the parser
splits off), when the pair named next is that many people (round 23's TUNE_23 chemists1 6,
chemists1nl 7, ``benchmarks/claims_tune23.md`` K1).

* :func:`opening_pair`: the names of that pair, or None.
"""

from __future__ import annotations

from corpus_tools.attribution.pairs import PAIR_HEADS, MetPair

__all__ = ["opening_pair"]

#: the determiners of an indefinite description of people ("a couple", "two men")
_INDEFINITE = frozenset("a an two three four".split())


#: number words that count the people of a description ("Two chemists")
_NUMBERS = {"two": 2, "three": 3, "four": 4}


def _counted(span) -> int:
    """How many people a plural description counts with a number word: "Two chemists" 2, "TWO
    Boots pharmacists" 2, "the Chemist pharmacists" after "Two Boots" opening the sentence (the
    parser's split) 2; 0 when no number word counts it or a person is named in it."""
    root = span.root
    if root.tag_ != "NNS" or any(t.ent_type_ == "PERSON" for t in span):
        return 0
    first = span[0]
    i = span.start - 1
    while i >= span.sent.start and span.doc[i].pos_ in ("PROPN", "NOUN") and span.doc[i].text[:1].isupper():
        i -= 1  # a business name the parser took apart: "Two Boots | the Chemist pharmacists"
    if first.lower_ not in _NUMBERS and i >= span.sent.start and i < span.start - 1:
        first = span.doc[i] if span.doc[i].i == span.sent.start else first
    return _NUMBERS.get(first.lower_, 0)


def _indefinite_plural(span) -> bool:
    """Whether a spaCy Span is an indefinite description of people spoken of together ("an English
    couple", "AN Irish couple", "two brothers"), with no name in it."""
    words = [t.lower_ for t in span]
    root = span.root
    return (
        bool(words)
        and words[0] in _INDEFINITE
        and root.lemma_.lower() in PAIR_HEADS | {"man", "woman", "brother", "sister"}
        and (root.tag_ == "NNS" or root.lower_ in ("pair", "couple") or words[0] != "a")
        and not any(t.pos_ == "PROPN" and not t.is_upper for t in span[1:])
        and not any(t.ent_type_ == "PERSON" for t in span)
    )


def opening_pair(att, pairs: list) -> list[str] | None:
    """The names of the pair an opening indefinite description stands for (module docstring), or
    None. ``att``: the attribution (``span``, ``para``, ``mention``, ``antecedent``: the noun
    phrase of its "who"); ``pairs``: :func:`~.pairs.named_pairs` of the document, ``(offset,
    paragraph, names)``.

    Example:
        >>> from types import SimpleNamespace
        >>> from corpus_tools.text.nlp import load_model
        >>> text = "An English couple said they were abused. Tom Rogers, 52, and his wife Ann, 53, left."
        >>> doc = load_model()(text)
        >>> att = SimpleNamespace(span=(0, 17), para=0, mention=doc[0:3], antecedent=None)
        >>> opening_pair(att, [(41, 0, ["Tom Rogers", "Ann Rogers"])])
        ['Tom Rogers', 'Ann Rogers']
    """
    mention = getattr(att, "antecedent", None) or att.mention
    counted = 0 if _indefinite_plural(mention) else _counted(mention)
    if not counted and not _indefinite_plural(mention):
        return None
    sent = mention.sent
    doc = mention.doc
    # the mention's sentence, in the document's offsets: the attribution's span is its mention's
    base = att.span[0] - (att.mention.start_char - doc[0].idx)
    sent_end = base + (sent.end_char - doc[0].idx)
    later = [s for s in doc.sents if s.start >= sent.end]
    next_end = base + (later[0].end_char - doc[0].idx) if later else None
    after = [p for p in pairs if p[0] >= att.span[0] and not isinstance(p[2], MetPair)]
    if not after:
        return None
    pos, para, names = after[0]
    if not names or len(names) < 2 or (counted and len(names) != counted):
        return None
    if para == att.para:
        return names if next_end is not None and sent_end <= pos < next_end else None
    # the description's sentence ends its paragraph: the pair opens the next one
    return names if para == att.para + 1 and not later and _first_of(pairs, pos, para) else None


def _first_of(pairs: list, pos: int, para: int) -> bool:
    """Whether the pair at ``pos`` is the first named in its paragraph."""
    return all(p[0] >= pos for p in pairs if p[1] == para)
