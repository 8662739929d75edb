""""Reporting restrictions" is a court's order, never a verb of saying:
"No application for bail was made and reporting restrictions were not lifted." (read from TUNE_30's
15.03.00/shooting, the mail 9, ``benchmarks/claims_tune30.md`` kind T8).

The parser may take "reporting" before "restrictions" for a participle with the clause before it
as its subject, so "No application for bail" was a speaker, "reporting" its cue and the restriction
its statement: the mail "quoted one anonymous speaker" where it quotes none. The words close a
great many court reports ("Reporting restrictions were lifted", "reporting restrictions were
imposed").

The rule (:func:`reporting_restriction`): the word "reporting" followed by "restriction(s)",
"curbs" or "ban" is no cue.

* :func:`reporting_restriction`: whether a token is such a "reporting".
"""

from __future__ import annotations

__all__ = ["reporting_restriction"]

#: the nouns that make "reporting" a court's order
_ORDERS = frozenset({"restriction", "restrictions", "curbs", "ban"})


def reporting_restriction(tok) -> bool:
    """Whether ``tok`` (a spaCy token) is the "reporting" of "reporting restrictions".

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("No bail was sought and reporting restrictions were not lifted.")
        >>> reporting_restriction(doc[5]), reporting_restriction(doc[6])
        (True, False)
    """
    if tok.lower_ != "reporting" or tok.i + 1 >= len(tok.doc):
        return False
    return tok.doc[tok.i + 1].lower_ in _ORDERS
