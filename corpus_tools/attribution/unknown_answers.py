"""A reply nobody reports: "It was not known how Nakasone responded to the suggestion".

A verb of saying inside a "how", "whether" or "if" clause that is what is not known or not clear
tells no statement: the writer says the reply is not known. The cue's subject had been made a
speaker who says nothing ("Prime Minister Yasuhiro Nakasone was advised to ... officials said. ...
It was not known how Nakasone responded to the suggestion": a named person beside the officials;
round 39, branch tune39, Reuters-21578 17304 3, ``benchmarks/claims_tune39.md`` K5).

The rule, on the parse: the cue is the clausal complement (``ccomp``) of "know" or of "be" with
"clear", "certain" (or "unclear", "uncertain") as its complement, opened by "how", "whether" or
"if"; and that predicate is denied ("not", "never"; "nobody" or "no one" as its subject) or is
"unclear" or "uncertain". "He said how the plan would work" and "It is known that he agreed" stay statements.

* :func:`unknown_answer`: whether a cue verb is such a reply.
"""

from __future__ import annotations

__all__ = ["unknown_answer"]

#: the words that open a clause of what is not known
_OPENERS = frozenset({"how", "whether", "if"})
#: predicates of knowing: "known", "knew"; "clear", "certain" after "be"
_KNOWING = frozenset({"know"})
_CLEAR = frozenset({"clear", "certain"})
_UNCLEAR = frozenset({"unclear", "uncertain"})
#: words that deny the predicate
_DENIALS = frozenset({"not", "n't", "never", "nobody"})


def unknown_answer(verb) -> bool:
    """Whether the cue ``verb`` (a spaCy Token) is a reply the writer says is not known (module
    docstring).

    >>> from corpus_tools.text.nlp import load_model
    >>> nlp = load_model()
    >>> unknown_answer(nlp("It was not known how Berg responded to the plan.")[6])
    True
    >>> unknown_answer(nlp("It was known that Berg responded to the plan.")[5])
    False
    """
    if verb.dep_ != "ccomp" or not any(c.lower_ in _OPENERS and c.i < verb.i for c in verb.children):
        return False
    head = verb.head
    kids = list(head.children)
    words = {head.lemma_.lower()} | {c.lower_ for c in kids if c.dep_ == "acomp"}
    if words & _UNCLEAR:
        return True
    denied = any(
        c.lower_ in _DENIALS
        or c.dep_ == "nsubj"
        and c.lower_ == "one"
        and any(g.lower_ == "no" for g in c.children)
        for c in kids
    )  # "No one knew how"
    return denied and bool(words & (_KNOWING | _CLEAR))
