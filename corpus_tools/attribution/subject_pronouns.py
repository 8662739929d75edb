"""A "he" or "she" that opens a sentence is the named subject of the sentence before it.

"McKay, from Wark, was arrested in February last year. / He denies five charges." The resolver
ranks a pronoun's antecedents speakers first, so "He denies" went to counsel, quoted in the
paragraph before, over the defendant who is the subject of the sentence just before it (round
19's held-out 02.11.99/pancake, pk20 of ``benchmarks/claims.md``); the tagger had also typed the
lone "McKay" an organisation, which no "he" may be. A reader takes the subject of the sentence just
before: a named person whose gender the text does not contradict (when the text gives none, no
other named person may be the subject of a verb of that sentence: "Ann Lee was spared jail after
husband Tom pleaded for mercy. / He said" is either).

:func:`subject_first`: the pronoun's antecedents with that person first. The subject is a proper
noun, the subject of its sentence's main verb, in the sentence just before (the last sentence of the
paragraph before when the pronoun opens its paragraph); a lone name the tagger typed a body is the
person the text names with it (its surname or given name), when there is one.
"""

from __future__ import annotations

from corpus_tools.attribution.another_persons import another_first
from corpus_tools.attribution.pairs import n_people

__all__ = ["subject_first"]

_GENDERS = {"he": "m", "she": "f"}


def _subject(span) -> bool:
    """Whether a mention is a proper noun, the subject of its sentence's main verb."""
    root = span.root
    named = root.pos_ == "PROPN" or _named_appos(root) is not None  # "A pathologist, Tom Reed, gave"
    return named and root.dep_ in ("nsubj", "nsubjpass") and root.head.i == span.sent.root.i


def _named_appos(root):
    """The person's name in apposition to a common noun ("A pathologist, Tom Reed,"), or None."""
    if root.pos_ != "NOUN":
        return None
    return next((c for c in root.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)


def _just_before(att, para: int, span) -> bool:
    """Whether ``span`` (a mention of paragraph ``para``) stands in the sentence just before the
    pronoun mention of ``att``."""
    sent = att.mention.sent
    if para == att.para and span.doc is att.mention.doc:
        return span.sent.end == sent.start  # the sentence before, in one paragraph
    last = span.sent.end == len(span.doc) or all(t.is_space or t.is_punct for t in span.doc[span.sent.end :])
    return para == att.para - 1 and sent.start == 0 and last


def _person(e: dict | None, seen: list[tuple], tok) -> dict | None:
    """The person entity ``e`` (the entity of the subject ``tok``, None when it has none) is: itself
    when a person, else (a lone name typed a body, or untagged) the one named person of ``seen``
    whose surnames or given names hold the word, else the one entity of ``seen`` labelled by the word
    alone when the tagger gave the word no other type ("Connie, 27, says": a body by the tagger)."""
    if e is not None and e["type"] in ("person", "official"):
        return e
    word = tok.text
    people = {id(x): x for _, _, x, _ in seen if x["type"] in ("person", "official")}
    found = [x for x in people.values() if x["number"] == "s" and word in x["surnames"] | x["firsts"]]
    if len(found) == 1:
        return found[0]
    alone = {id(x): x for _, _, x, _ in seen if x["label"] == word and x["number"] == "s"}
    return next(iter(alone.values())) if len(alone) == 1 and tok.ent_type_ in ("PERSON", "") else None


def subject_first(att, pronoun: str, seen: list[tuple], near: list, candidates: list) -> list:
    """``near`` (a pronoun's antecedents) with the named subject of the sentence before first.

    Args:
        att: the pronoun's attribution (``span``, ``para``, ``mention``: a spaCy Span).
        pronoun: the pronoun, lower case.
        seen: the resolver's ``(position, paragraph, entity, is a speaker)`` so far.
        near: the antecedents, in the resolver's order.
        candidates: the resolver's ``(offset, paragraph, span)`` mentions.

    Returns:
        ``near`` with that person first, or ``near`` itself.
    """
    near = another_first(att, pronoun, seen, near)  # "Another witness saw a car. He recalled"
    gender = _GENDERS.get(pronoun, "")
    mention = att.mention
    if not gender or mention is None or mention.start != mention.sent.start:
        return near
    before = [c for c in candidates if c[0] < att.span[0] and att.para - c[1] <= 1]
    subjects = [c for c in before if _subject(c[2]) and _just_before(att, c[1], c[2])]
    word = None
    if subjects:
        pos, _, span = min(subjects, key=lambda c: c[0])
        e, word = next((x for p, _, x, _ in seen if p == pos), None), span.root
    elif mention.sent.start > 0:  # a name the tagger left untagged: no candidate ("Connie - who ... - made")
        root = mention.doc[mention.sent.start - 1].sent.root
        name = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"]
        e, word = None, name[0] if name else None
    e = _person(e, seen, word) if word is not None else None
    # an entity a joint subject made first ("Kate and Brian were walking ... Kate, 27, says") is
    # plural; its label names one person, the one this name is
    one = e is not None and (e["number"] == "s" or n_people(e["label"]) == 1)
    if not one or e["gender"] not in ("", gender) or not e["named"]:
        return near
    if not e["gender"] and _other_subject(word):
        return near  # "Ann Lee was spared jail after her husband Tom pleaded for her. He said": either
    return [e, *(x for x in near if x is not e)]


def _other_subject(tok) -> bool:
    """Whether the sentence of the subject ``tok`` has another named person who acts in it: a
    proper noun subject of any of its verbs (the tagger may call him a place: "husband Clifford")."""
    return any(t.i != tok.i and t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass") for t in tok.sent)
