"""A question a speaker left unanswered is no statement: a verb of saying, negated, whose clause is
an indirect question ("Boren and other proponents of an across-the-board buydown did not say how
much the broad approach would cost", "The company did not say when the plant would reopen",
"Officials would not say whether the talks would resume"). Nothing was said, so its subject is no
speaker by it (a refusal, "declined to comment", is the same: ``entities._REFUSALS``); the row
stays a mention (PolNeAR annotates such cues). A negated verb with a statement for its clause
("did not say that he would resign") is left alone: it reports what was not said, a reader's call.
Found in round 39 (branch survival39) in the read series' 10138+10195 (round 36's sweep: "other
proponents ... did not say" kept in the next story).
"""

from __future__ import annotations

__all__ = ["unsaid_question"]

#: verbs of saying that can leave a question unanswered
_VERBS = frozenset(("say", "disclose", "specify", "reveal", "indicate", "explain", "elaborate", "comment"))
#: the first word of an indirect question
_WH = frozenset(("how", "when", "what", "where", "why", "which", "who", "whom", "whether", "if"))


def unsaid_question(verb) -> bool:
    """Whether ``verb`` is a negated verb of saying whose clause is an indirect question.

    Example (the parse of "The company did not say when the plant would reopen"): "say" with "not"
    and the clause "when the plant would reopen" is True; "did not say that it would" is False."""
    if verb.lemma_.lower() not in _VERBS:
        return False
    kids = list(verb.children)
    if not any(c.dep_ == "neg" or c.lower_ == "never" for c in kids):
        return False
    clauses = [c for c in kids if c.dep_ == "ccomp"]
    return any(next(c.subtree).lower_ in _WH for c in clauses)
