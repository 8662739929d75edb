"""The organisations, places and court side a speaker mention names: its ``affiliation``.

* :func:`entity_at`: the named entity holding a token, read from the IOB tags around it;
* :func:`affiliation`: the organisations, places and groups named in a mention and its
  appositive or "for X" phrase, with its court side, "; "-joined, or ``unknown``;
* :func:`court_side`: ``prosecution`` or ``defence`` for a lawyer in a court report ("Alan Frost,
  QC, prosecuting, said", "Jane Roe, for the defence, said").

Split from :mod:`corpus_tools.attribution.speakers` (no rule changed).
"""

from __future__ import annotations

from corpus_tools import lexicon

__all__ = ["affiliation", "court_side", "entity_at"]


def entity_at(tok):
    """The named entity holding ``tok`` (a spaCy Span), or None. It is read from the IOB tags
    around the token, so it costs the entity's length, not a walk over ``doc.ents`` (which
    spaCy rebuilds on each access: once per mention, a long paragraph would cost its square)."""
    if tok.ent_iob_ not in ("B", "I"):
        return None
    doc, lo, hi = tok.doc, tok.i, tok.i + 1
    while lo > 0 and doc[lo].ent_iob_ == "I":
        lo -= 1
    while hi < len(doc) and doc[hi].ent_iob_ == "I":
        hi += 1
    return doc[lo:hi]


def affiliation(mention) -> str:
    """Organisations, places and groups named in the mention and its appositive or "for X" phrase."""
    root, found = mention.root, []
    scope = set(mention) | {
        t for c in root.children if c.dep_ in ("appos", "prep", "poss") for t in c.subtree
    }
    starts = sorted((t for t in scope if t.ent_iob_ == "B"), key=lambda t: t.i)
    for ent in (entity_at(t) for t in starts):  # the entities that start in the scope
        if (
            ent.root.ent_type_ in ("ORG", "GPE", "NORP")
            and root not in ent
            and ent.text.lower().replace(".", "") not in lexicon.POST_NOMINALS
        ):
            found.append(ent.text)
    side = court_side(mention)
    return "; ".join(dict.fromkeys([*found, *([side] if side else [])])) or "unknown"


def court_side(mention) -> str:
    """``prosecution`` or ``defence`` for a lawyer in a court report ("Alan Frost, QC,
    prosecuting, said", "Jane Roe, for the defence, said"), else ""."""
    root = mention.root
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "for"):
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lower_ in lexicon.COURT_SIDES:
                return lexicon.COURT_SIDES[obj.lower_]
    for t in root.doc[mention.end : mention.end + 4]:  # ", QC, prosecuting," after the name
        if t.lower_ in ("prosecuting", "defending"):
            return lexicon.COURT_SIDES[t.lower_]
        if not (t.is_punct or t.lower_.replace(".", "") in lexicon.POST_NOMINALS):
            break
    return ""
