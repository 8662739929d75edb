"""Two named people of two joined clauses, and the "they" of the clause that follows them.

A court report gives two defendants' sentences in one sentence of two clauses and then what both
did: "A plumber, Mark Oldham, 31, was fined £900 and an apprentice, Peter Quince, 29, was fined
£500 after they admitted breaching safety rules." The "they" is the two named people: the reader
counts their admission as the pair's (or as each one's), never as an unresolved pronoun or an
anonymous speaker. :func:`~.pairs.named_pairs` lists only names coordinated as one subject ("A and
B were fined"), so the pronoun found no pair (round 23's TUNE_23 chemists' independent 1 and
chemists1sub 8, ``benchmarks/claims_tune23.md`` K1).

The rule, on the surface of one sentence: a plural subject "they" or "both" that opens a
subordinate clause ("after they", "when both") stands for the two people named before it in its
sentence, when exactly two people are named there (PERSON names, neither inside a quotation), the
text between the two names holds "and", and the two are not one person. Only such a sentence adds
a pair, so a later "They" elsewhere finds the pairs it found before.

* :func:`clause_pairs`: those pairs, ``(offset, paragraph, names)`` as :func:`~.pairs.named_pairs`
  gives them;
* :func:`with_clause_pairs`: a document's named pairs with its clause pairs, in text order.
"""

from __future__ import annotations

from corpus_tools.attribution.doc_texts import doc_text, doc_tokens

__all__ = ["clause_pairs", "with_clause_pairs"]

#: the plural subjects a pair of joined clauses may be ("after they admitted", "when both denied")
_PLURAL = frozenset({"they", "both"})
#: the words that open the subordinate clause of that subject
_MARKS = frozenset("after when because as since before until once although though while".split())
_QUOTES = frozenset({'"', "``", "''", "'", "\u201c", "\u201d", "\u2018"})


def _pair_in(sent, pronoun) -> list[str] | None:
    """The two people named in ``sent`` before ``pronoun`` (module docstring), or None."""
    names = [e for e in sent.ents if e.label_ == "PERSON" and e.end <= pronoun.i]
    if len(names) != 2 or any(t.text in _QUOTES for t in sent.doc[sent.start : pronoun.i]):
        return None
    first, second = names
    between = sent.doc[first.end : second.start]
    if not any(t.lower_ == "and" for t in between):
        return None
    labels = [" ".join(e.text.split()) for e in names]
    if labels[0].split()[-1] == labels[1].split()[-1] and labels[1] in labels[0]:
        return None  # one person named twice
    return labels


def clause_pairs(paragraphs) -> list[tuple[int, int, list[str]]]:
    """The pairs of joined clauses a "they" or "both" of the same sentence stands for (module
    docstring), as ``(offset, paragraph, names)``: the offset of the first name in the document's
    text. ``paragraphs``: ``(paragraph, offset, spaCy Doc)`` triples.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> text = "Tom Lowe was fined £90 and Kevin Dodd was fined £50 after they admitted theft."
        >>> clause_pairs([(0, 0, load_model()(text))])
        [(0, 0, ['Tom Lowe', 'Kevin Dodd'])]
    """
    out = []
    for para, offset, doc in paragraphs:
        low = doc_text(doc).lower()
        if " they " not in low and " both " not in low:  # the cue first: most paragraphs have neither
            continue
        for tok in doc_tokens(doc):
            if tok.lower_ not in _PLURAL or tok.i == 0 or doc[tok.i - 1].lower_ not in _MARKS:
                continue
            if names := _pair_in(tok.sent, tok):
                first = next(e for e in tok.sent.ents if " ".join(e.text.split()) == names[0])
                out.append((offset + first.start_char - doc[0].idx, para, names))
    return out


def with_clause_pairs(pairs: list, paragraphs) -> list:
    """``pairs`` (:func:`~.pairs.named_pairs`) with the :func:`clause_pairs` of the same paragraphs,
    in text order; a clause pair at the offset of a listed pair is that pair."""
    extra = [p for p in clause_pairs(paragraphs) if all(q[0] != p[0] for q in pairs)]
    return sorted([*pairs, *extra], key=lambda p: p[0]) if extra else pairs
