"""A business's trade noun read as a second subject: "Two pharmacists who worked for Boots the
chemist were today fined after admitting ..." (01.03.00/chemists, chemists1sub 7; claims_tune23.md,
"Left"): the parser ends the relative clause at the business's name ("Boots") and takes its
apposition ("the chemist") for a second subject of "fined", nearer the verb, so the statement was
given to "the chemist". The rule: a subject whose first word follows a proper noun of the relative
clause of the verb's earlier subject is that clause's tail; the speaker is the earlier subject.

* :func:`relative_tail`: the subject put right.
"""

from __future__ import annotations

__all__ = ["relative_tail"]

_SUBJECTS = ("nsubj", "nsubjpass")


def relative_tail(head):
    """``head`` (a speaker token), or the earlier subject of its verb when ``head`` is the tail of
    that subject's relative clause (module docstring).

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("Two nurses who worked for Hallam the grocer were today fined after "
        ...     "admitting selling a faulty syrup to a toddler who later fell ill.")
        >>> [relative_tail(t).text for t in doc if t.dep_ == "nsubjpass"]
        ['nurses', 'nurses']
    """
    if head is None or head.dep_ not in _SUBJECTS or head.left_edge.i == 0:
        return head
    prev = head.doc[head.left_edge.i - 1]
    if prev.pos_ != "PROPN":
        return head
    for other in head.head.children:
        if other.dep_ in _SUBJECTS and other.i < head.i:
            clauses = [c for c in other.children if c.dep_ == "relcl"]
            if any(prev in c.subtree for c in clauses):
                return other
    return head
