"""A subject set off from its cue by an aside between dashes.

A report describes a body or a person between dashes before the verb: "The Kent Parents Support
Group - made up of parents, patients and friends - said: ...". The parse makes the subject the
subject of the aside's participle and leaves the cue without one, so the statement had no row
(read from 22.11.99/inqheart of round 15's tuning, ``benchmarks/claims_tune15.md``, kind T7).

The rule, read only where the cue's previous token is a dash with a space on each side (never a
hyphen inside a word, "Houghton-Jones"): the dash closes an aside opened by such a dash earlier in
the sentence with no verb of its own before the participle's clause (the
aside holds no full stop, colon or quotation mark), and the word right before the opening dash is
a noun or a proper noun: that word is the subject's head. A cue with its subject after it ("the
dough - the main part of the loaf - said Jane Roe, prosecuting") is that subject's: the noun
before the aside is what the speaker spoke of (round 19's 02.11.99/pancake, the mail 2, pk40).

* :func:`subject_before_dash`: that word, or None.
"""

from __future__ import annotations

from corpus_tools.attribution.doc_texts import token_sent

__all__ = ["subject_before_dash"]

_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
_STOPS = frozenset({".", ":", ";", '"', "'", "``", "''", "\u201c", "\u201d", "\u2018", "\u2019"})


def _spaced_dash(tok) -> bool:
    """A dash with a space on each side: an aside's, not a hyphen inside a word ("Houghton-Jones")."""
    return tok.text in _DASHES and bool(tok.whitespace_) and tok.i > 0 and bool(tok.nbor(-1).whitespace_)


def _named_after(verb) -> bool:
    """An inverted cue: its subject, a name or a noun, right after it ("- said Jane Roe")."""
    return any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children) or (
        verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].pos_ == "PROPN"
    )


def subject_before_dash(verb):
    """The head of the subject before an aside between dashes that ends right before the cue
    ("The Kent Parents Support Group - made up of parents - said": "Group"), else None.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("The Kent Support Group - made up of parents - said it was glad.")
        >>> subject_before_dash(next(t for t in doc if t.text == "said")).text
        'Group'
        >>> doc = load_model()("Nails were in the dough - the base of the loaf - said Jane Roe.")
        >>> subject_before_dash(next(t for t in doc if t.text == "said")) is None
        True
    """
    doc, start = verb.doc, token_sent(verb).start
    if verb.i - 1 <= start or not _spaced_dash(doc[verb.i - 1]) or _named_after(verb):
        return None
    k = verb.i - 2
    while k > start and not _spaced_dash(doc[k]):
        if doc[k].text in _STOPS:
            return None
        k -= 1
    if k <= start or k >= verb.i - 2:
        return None
    head = doc[k - 1]
    return head if head.pos_ in ("NOUN", "PROPN") else None
