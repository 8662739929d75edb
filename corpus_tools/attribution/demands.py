"""A demand with its clause and a public appeal are statements: "The family demanded yesterday
that the driver be charged", "Kent Police appealed for witnesses to come forward", "Police have
appealed for information", "police appealed to women who ... to contact them". Neither verb is a
verb of saying in the lexicon, so neither was read; the audit counts both (the METER courts
stories 04.10.99/lynx and 28.09.99/inqshot, the claims audit's fourteenth round, S kind 4,
"statements not read"). An appeal at law ("appealed against his sentence", "appealed to the Court
of Appeal") asks no people, and stays no statement."""

from __future__ import annotations

__all__ = ["demand_or_appeal"]

#: what a public appeal asks for ("appealed for witnesses", "for information", "for calm")
_ASKED = frozenset(
    "witnesses witness information help calm anyone people public victims women men relatives".split()
)


def demand_or_appeal(verb) -> bool:
    """Whether ``verb``, with a subject, is a demand with a "that" clause after it or an appeal
    for witnesses, information or help (module docstring)."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "demand":
        return any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    if lemma != "appeal":
        return False
    fors = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "to")]  # "to women"
    asked = [g for c in fors for g in c.children if g.dep_ == "pobj"]
    clauses = [c for c in verb.children if c.dep_ == "advcl" and any(m.lower_ == "for" for m in c.children)]
    asked += [g for c in clauses for g in c.children if g.dep_ == "nsubj"]  # "for witnesses to come"
    return any(g.lemma_.lower() in _ASKED or g.lower_ in _ASKED for g in asked)
