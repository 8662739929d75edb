"""A thing hailed or welcomed "as a sign that ..." by someone who speaks: a statement of theirs.

"Brazilian newspapers today hailed these agreements as a sign that the national strike could soon
come to an end": the papers said what the agreements meant; "hail" was no verb of saying, so the
statement and its speaker were missed (round 37, branch debt37, round 36's held-out 3869+4953,
4953 8, ``benchmarks/claims.md`` bs6). The same shape with "welcome" or "praise": "Unions welcomed
the offer as a step towards a settlement".

The rule: the verb "hail", "welcome" or "praise" with a subject (not a passive), a direct object
and an "as" phrase with its noun ("as a sign", "as a step", "as proof"), the subject one that
speaks: a name the tagger takes for a person, an organisation, a country or a nationality, or a
noun of the speakers' lexicon ("newspapers", "officials", "the union"). "Crowds hailed the team"
(no "as") and "The plan was welcomed as a step" (no subject) say nothing here.

* :func:`hailed_as`: whether a verb is such a judgement told.
"""

from __future__ import annotations

from corpus_tools import lexicon

__all__ = ["hailed_as"]

#: verbs of a public judgement with "as": "hailed X as a sign that"
_VERBS = frozenset({"hail", "welcome", "praise"})
#: the nouns of a subject that speaks
_SPEAKING = frozenset().union(*(lexicon.SPEAKER_WORDS[k] for k in ("organisation", "official", "media")))


def hailed_as(verb) -> bool:
    """Whether ``verb`` (a spaCy Token) is a judgement told (module docstring).

    >>> from corpus_tools.text.nlp import load_model
    >>> doc = load_model()("Local newspapers hailed the accord as a sign that the dispute was over.")
    >>> hailed_as(doc[2])
    True
    >>> doc = load_model()("Crowds hailed the team in the square.")
    >>> hailed_as(doc[1])
    False
    """
    if verb.lemma_.lower() not in _VERBS or verb.pos_ != "VERB":  # the cheap test first
        return False
    kids = list(verb.children)
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.dep_ == "dobj" for c in kids):
        return False
    if not any(
        c.dep_ == "prep" and c.lower_ == "as" and any(x.dep_ == "pobj" for x in c.children) for c in kids
    ):
        return False
    return subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subject.lemma_.lower() in _SPEAKING
