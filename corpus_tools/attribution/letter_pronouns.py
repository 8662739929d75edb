"""A letter's "It", the paragraph after the letter's writer is named, is the writer: "He was
referred to an August 1992 letter from Trust pathologist Dr Jem Berry to surgeon Janardan Dhasmana
... / It pointed out that organs should not be held unless ...".

Read from round 29's held-out 12.07.99/heart (``benchmarks/claims.md``, row ht7): "It" found no
antecedent (a pronoun of a thing, and the letter no speaker), so the letter's words had no speaker
and PA's heart2 counted two speakers where a reader counts Berry too. Round 26's rule (the words of
a letter are its writer's when the text says who wrote it; :mod:`~.letters` reads "The letter
ended:") is read here for the pronoun: an "It" that opens its paragraph and speaks, right after a
paragraph that names "a letter from NAME" (or "by NAME") and no other letter, is NAME.

* :func:`letter_writers`: moves such an "It" to the writer's name in the paragraph before.
"""

from __future__ import annotations

__all__ = ["letter_writers"]

_LETTERS = frozenset({"letter", "note", "e-mail", "email", "memo", "memorandum"})
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "miss", "sir", "lord", "lady", "professor", "prof"})


def _writer(doc):
    """The name (a spaCy Span) of the writer of the one letter a paragraph names "from NAME" or
    "by NAME", its title with it ("Dr Jem Berry"), else None."""
    letters = [t for t in doc if t.lemma_.lower() in _LETTERS and t.pos_ == "NOUN"]
    if len(letters) != 1:
        return None
    prep = next((c for c in letters[0].children if c.dep_ == "prep" and c.lower_ in ("from", "by")), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None or pobj.ent_type_ != "PERSON":
        return None
    ent = next((e for e in doc.ents if e.start <= pobj.i < e.end and e.label_ == "PERSON"), None)
    if ent is None:
        return None
    lo = ent.start - 1 if ent.start and doc[ent.start - 1].lower_.rstrip(".") in _TITLES else ent.start
    return doc[lo : ent.end]


def letter_writers(atts: list, previous) -> None:
    """Give each attribution of a paragraph whose speaker is an "It" opening the paragraph the
    writer the paragraph before names (``previous``: its ``(paragraph, offset, doc)``, or None), to
    be resolved as a mention of its own (module docstring)."""
    if previous is None:
        return
    for att in atts:
        mention = att.mention
        if mention is None or mention.text.lower() != "it" or mention.root.dep_ != "nsubj":
            continue
        if any(not t.is_space for t in mention.doc[: mention.start]):
            continue  # not the paragraph's first word
        name = _writer(previous[2])
        if name is not None:
            att.mention, att.resolve = name, True
            att.span = (previous[1] + name.start_char, previous[1] + name.end_char)
