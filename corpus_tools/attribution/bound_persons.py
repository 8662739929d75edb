"""A one-word name the tagger took for an organisation, shown a person by the pronoun of its own clause.

"Dunn pleaded not guilty to all the charges, claiming he acted in self-defence. / He said the fight
began ..." The tagger may read a lone surname as an organisation; an organisation is no "he", so
the next paragraph's "He said" was left unresolved (``benchmarks/claims_tune18.md``, kind T5:
bondi's independent 10-11). A participle clause of the name's own verb whose subject is "he" or
"she", with no other name between ("claiming he acted", "saying she had"), shows the name a person.

:func:`bound_person`: whether a subject is such a name.
"""

from __future__ import annotations

__all__ = ["bound_person"]

_PERSONAL = {"he", "she"}


def bound_person(root) -> bool:
    """Whether ``root`` (a token: the root of a speaker mention) is a one-word proper noun, the
    subject of a verb whose participle clause ("claiming he acted") has "he" or "she" as a subject,
    no other proper noun between the name and that pronoun.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("Dunn pleaded not guilty, claiming he acted in self-defence.")
        >>> bound_person(doc[0]), bound_person(doc[1])
        (True, False)
    """
    if root.pos_ != "PROPN" or root.dep_ != "nsubj" or any(c.dep_ == "compound" for c in root.children):
        return False
    verb = root.head
    for c in verb.children:
        if c.tag_ != "VBG" or c.i < root.i or c.dep_ not in ("advcl", "xcomp", "conj"):
            continue
        subjects = [t for t in c.subtree if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in _PERSONAL]
        if subjects and not any(t.pos_ == "PROPN" for t in root.doc[root.i + 1 : subjects[0].i]):
            return True
    return False
