"""A demand with its clause and a public appeal are statements: "The family demanded yesterday
that the driver be charged", "Kent Police appealed for witnesses to come forward", "Police have
appealed for information", "police appealed to women who ... to contact them". Neither verb is a
verb of saying in the lexicon, so neither was read; the audit counts both (the METER courts
stories 04.10.99/lynx and 28.09.99/inqshot, the claims audit's fourteenth round, S kind 4,
"statements not read"). An appeal at law ("appealed against his sentence", "appealed to the Court
of Appeal") asks no people, and stays no statement.

Two demands the narration tells are no statement either. A demand in the past perfect ("The
Saudis had demanded that Brazil get credit guarantees from leading international banks", told to
explain why a purchase was cancelled) is an act that came before the story's news, no statement
quoted; and a request in a relative clause whose pronoun a preposition governs ("about 290 items
on which Washington has asked Seoul to lower tariffs") describes the items, not a statement of the
one who asked. The findings had counted the Saudis an institution and Washington a government
among the speakers (round 38, branch debt38: round 37's held-out 5123+5125, ``benchmarks/claims.md``
pb4 and pb13, and round 36's held-out 17511, sk12).

* :func:`demand_or_appeal`: whether a verb that is no verb of saying is a demand or an appeal;
* :func:`narrated_request`: whether a verb of asking is a request told in such a relative clause.
"""

from __future__ import annotations

__all__ = ["demand_or_appeal", "narrated_request"]

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
    if lemma == "demand":  # "had demanded that": an act told before the news (module docstring)
        return any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children) and not _past_perfect(verb)
    if lemma != "appeal":
        return False
    fors = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "to")]  # "to women"
    asked = [g for c in fors for g in c.children if g.dep_ == "pobj"]
    clauses = [c for c in verb.children if c.dep_ == "advcl" and any(m.lower_ == "for" for m in c.children)]
    asked += [g for c in clauses for g in c.children if g.dep_ == "nsubj"]  # "for witnesses to come"
    return any(g.lemma_.lower() in _ASKED or g.lower_ in _ASKED for g in asked)


#: verbs of asking a request may be told with ("has asked Seoul to lower tariffs")
_ASKS = frozenset({"ask", "urge", "request", "press"})


def _past_perfect(verb) -> bool:
    """Whether ``verb`` is a past participle with "had" ("had demanded")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def narrated_request(verb) -> bool:
    """Whether ``verb`` (a spaCy token) is a request with an infinitive told in a relative clause
    whose pronoun a preposition governs ("items on which Washington has asked Seoul to lower
    tariffs"): it describes the noun, no one's statement (module docstring).

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("They cut duties on 90 goods on which Canada has asked Oslo to act.")
        >>> narrated_request(doc[10])
        True
        >>> narrated_request(load_model()("Canada has asked Oslo to act on 90 goods.")[2])
        False
    """
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in _ASKS:  # the cheap test first
        return False
    kids = list(verb.children)
    governed = any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" and g.tag_ in ("WDT", "WP") for g in c.children)
        for c in kids
    )
    return governed and any(c.dep_ == "xcomp" for c in kids)
