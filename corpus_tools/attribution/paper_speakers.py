"""Two shapes of a paper's sentence that made one speaker two (round 18's held-out audit,
``benchmarks/claims.md``, "Eighteenth round (branch `audit18`)", cause 6):

* "The latter" or "the former" (:func:`back_reference`) stands for one of two things the sentence
  before named ("his case against the Courier and the Echo. The latter had repeated the claims"):
  it was read as an anonymous speaker of its own kind, one more than the paper quotes. The
  package reads no antecedent for it, so it is left unresolved (no speaker), as an expletive "it";
* a name listed inside the subject's relative clause ("Mr Hale, who was in court with his wife Ann
  and their sons Tom, six, and Sam, four, told the jury"), which the parser may hang on the verb as
  a second subject (:func:`in_subject_clause`): the subject of "told" is Mr Hale, never the last
  name of the list (a coordinated subject, "Rattigan, 22, and Wyatt, 28, denied", stays two).
"""

from __future__ import annotations

__all__ = ["back_reference", "in_subject_clause"]


def back_reference(head) -> bool:
    """Whether a subject's head is "the latter" or "the former" standing alone.

    >>> from corpus_tools.text.nlp import load_model
    >>> doc = load_model()("The latter had repeated the claims. The former nurse said so.")
    >>> back_reference(doc[1]), back_reference(doc[9])
    (True, False)
    """
    return head.lower_ in ("latter", "former") and head.i > 0 and head.doc[head.i - 1].lower_ == "the"


def in_subject_clause(name, head) -> bool:
    """Whether the "and" before ``name`` (a second subject the parser gave the verb of ``head``)
    belongs to a relative or participle clause on ``head``: a list inside the clause, not a
    coordinated subject."""
    first = name.left_edge
    if first.i == 0 or name.doc[first.i - 1].lower_ != "and":
        return False
    t = name.doc[first.i - 1]
    while t.head.i != t.i and t != head:
        if t.dep_ in ("relcl", "acl") and t.head == head:
            return True
        t = t.head
    return False
