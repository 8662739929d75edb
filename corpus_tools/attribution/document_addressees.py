"""'MTS's proxy statement to Caesars World shareholders describing its offer': the addressees speak not.

Wire copy tells what a document says by a participle after the document and the people it is sent
to: "The estimate came in MTS Acquisition's proxy statement to Caesars World shareholders
describing its offer of 28 dlrs a share" (round 39, branch debt39, round 38's held-out 3320 1,
``benchmarks/claims.md`` cw15). The parser reads "Caesars World shareholders describing its offer"
as a gerund clause inside "to ...", its subject the shareholders, and the findings counted the
shareholders a speaker. A reader takes the participle for the document's: it describes the offer;
the shareholders are whom it is sent to.

The rule (:func:`addressee_participle`): a verb of saying in "-ing" that heads a clause governed by
"to" (or "for") hanging on, or right after, a document's noun
(:data:`~.document_issuers.DOCUMENT_NOUNS`, "proxy" among them) is no statement of its subject.
"""

from __future__ import annotations

from corpus_tools.attribution.document_issuers import DOCUMENT_NOUNS

__all__ = ["addressee_participle"]


def addressee_participle(tok) -> bool:
    """Whether the verb ``tok`` (a spaCy Token) is such a participle (module docstring)."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp":  # the cheap test first
        return False
    prep = tok.head  # the parser hangs "to" on the document or on the verb before it
    if prep.lower_ not in ("to", "for") or prep.i < 1:
        return False
    return prep.head.lemma_.lower() in DOCUMENT_NOUNS or prep.doc[prep.i - 1].lemma_.lower() in DOCUMENT_NOUNS
