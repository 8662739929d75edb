"""A case "heard by" a judge is no hearing that speaks: "The trial will be heard by Mr Justice Forbes".

"hear" is read as a hearing's cue ("Preston Crown Court heard that ..."), and a subject that names
a hearing ("The trial", "The case", "The appeal") made it one: the paper's note of who will try the
case ("The trial will be heard by Mr Justice Forbes who has been the presiding judge of the Northern
Circuit since 1995") was an anonymous speaker, "The trial", in its count (TUNE_31's
04.10.99/doctor, doctor233_express 14; ``benchmarks/claims_tune31.md``, kind K5). A passive "hear"
with its agent ("was heard by", "will be heard by") tells who tries a case, never what a court was
told: no statement.

* :func:`heard_by`: whether a token is such a passive.
"""

from __future__ import annotations

__all__ = ["heard_by"]


def heard_by(tok) -> bool:
    """Whether ``tok`` is a passive "heard" with an agent ("will be heard by Mr Justice Forbes").

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> nlp = load_model()
        >>> heard_by(nlp("The trial will be heard by Mr Justice Ross.")[4])
        True
        >>> heard_by(nlp("The court heard that she fled.")[2])
        False
    """
    if tok.lemma_.lower() != "hear":
        return False
    deps = {c.dep_ for c in tok.children}
    return "auxpass" in deps and "agent" in deps
