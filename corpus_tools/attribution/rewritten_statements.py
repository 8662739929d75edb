"""A statement a version gives its speaker in words of its own: kept, not "another statement".

A version that names a speaker of its source and gives him a statement the alignment does not tie to
any of his source statements read as quoting him "only on another statement". Read against the
texts, that claim was wrong in most rows the claims audits marked (rounds 11-21: 66 of 80): the
version had rewritten one of his statements ("told how Adam ... had been 'very excited'" for "how his
son was excited at the prospect of flying", claims_tune21.md's K6), or matched his sentence to
another witness's sentence sharing more words (the paper's naming decides: "Driver [name] said
[victim] struck first" for her "the younger man hit the older man in the face", claims.md's ny22).
:func:`rewritten` is asked by :func:`~.survival_status.one_version` only where the speaker's status
would be ``kept_other_statement``: one of the version's statements of him sharing at least
:data:`MIN_SHARED` of its content words beyond the story's stock (and :data:`MIN_SHARE` of them) with
one of his source statements keeps that statement, unless a statement of another source speaker
shares more of them and at least :data:`MIN_OTHER` (then it is that speaker's statement, given to
him); never one naming another thing of the same kind (:mod:`~.other_entities`: a seat on another
exchange, another savings and loan association).
"""

from __future__ import annotations

from corpus_tools.attribution.other_entities import other_entity

__all__ = ["MIN_OTHER", "MIN_SHARE", "MIN_SHARED", "rewritten"]

#: the fewest own content words (beyond the story's stock) a version statement shares with the statement
MIN_SHARED = 1
#: the least share of the version statement's own content words that the source statement holds
MIN_SHARE = 0.2
#: the fewest own words another source speaker's statement must share, more than his, to tell it instead
MIN_OTHER = 3


def rewritten(stmts: list[dict], mine: list[dict], same: set, source_recs: list[dict]) -> bool:
    """Whether a statement of ``mine`` (the version's statement records, each with ``keys``, the
    :func:`~.paraphrase.content_keys` of its content) by a speaker in ``same`` tells one of ``stmts``
    (the source speaker's statement records, with ``part_keys`` and the story's ``stock``) in other
    words: it shares at least :data:`MIN_SHARED` content keys beyond the stock with one of them, and
    :data:`MIN_SHARE` of its own (a fifth: "trusted the man like a son and was now afraid to open her
    door" is no retelling of "he gained her trust and then he betrayed it"), and
    no statement of another source speaker (``source_recs``) shares more of them, and at least
    :data:`MIN_OTHER` (the paper's naming decides, unless another witness's statement plainly holds it).

    Example:
        >>> src = {"speaker_id": "a", "part_keys": [{"son", "excit", "fly"}], "stock": frozenset({"fly"})}
        >>> other = {"speaker_id": "b", "part_keys": [{"plan", "crash"}], "stock": frozenset({"fly"})}
        >>> told = {"speaker_id": "v", "keys": {"adam", "excit", "trip"}}
        >>> rewritten([src], [told], {"v"}, [src, other])
        True
        >>> rewritten([src], [{"speaker_id": "v", "keys": {"plan", "crash", "fly"}}], {"v"}, [src, other])
        False
        >>> other["part_keys"] = [{"plan", "crash", "field", "son"}]  # another's statement, given to him
        >>> given = {"speaker_id": "v", "keys": {"plan", "crash", "field", "son"}}
        >>> rewritten([src], [given], {"v"}, [src, other])
        False
    """
    stock, sid = (stmts[0]["stock"], stmts[0]["speaker_id"]) if stmts else (frozenset(), None)
    others = [k for s in source_recs if s["speaker_id"] != sid for k in s["part_keys"]]
    for t in mine:
        if t["speaker_id"] not in same:
            continue
        own = t["keys"] - stock
        told = [s for s in stmts if not other_entity(str(t.get("content", "")), str(s.get("content", "")))]
        his = max((len(own & k) for s in told for k in s["part_keys"]), default=0)  # :mod:`~.other_entities`
        theirs = max((len(own & k) for k in others), default=0)
        if his >= max(MIN_SHARED, MIN_SHARE * len(own)) and (theirs < MIN_OTHER or theirs <= his):
            return True
    return False
