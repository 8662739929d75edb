"""A "he" or "she" that nothing else resolves is the one person the text just described by a noun
of that gender: "The CCTV video showed Paul Frew attacking the 24-year-old woman, who had been
celebrating ... She had been drinking and had no memory of the assault ... / She told the Old
Bailey: ``I was shocked ...''" (09.08.99/camera, the times 1-3, round 31's held-out cr13, cr14,
cr16: the woman, anonymous, whose words the times quotes from PA).

The resolver's candidates are subjects, so a woman the text names only as an object ("attacking
the 24-year-old woman") was no antecedent; the "She" was left unresolved and the times "quoted 1
speaker" and "dropped The woman herself". The rule, tried last (after
:func:`~.lone_names.lone_name` and :func:`~.lone_names.subject_before`), when a "he" or "she" has
no antecedent at all: the noun phrases within :data:`REACH` characters before it whose head is a
noun of the pronoun's gender (:data:`~.epithets.GENDERED_HEADS`: "woman", "girl", "man", "son",
...) that is a subject or an object (no possessive, "the woman's car"; no predicate, "on becoming a
grandmother"), no name in apposition (a named person is the name rules'),
outside quotation marks, none owned ("her son and daughter"); the nearest, when all of them share
its head word (two different persons described there, "a man ... a girl", leave the pronoun
unresolved), and when it is definite and no conjunct ("the 24-year-old woman"): an indefinite
opener ("A woman broke down today as she told a court", 17.04.00/nurse) is
:mod:`~.opening_speakers`' to name, and it took the first name of the next sentence, the accused.

:func:`described_before`: that description as the pronoun's antecedent, ``[]`` otherwise.
"""

from __future__ import annotations

from corpus_tools.attribution.doc_texts import doc_tokens
from corpus_tools.attribution.epithets import head_gender
from corpus_tools.attribution.topics import quoted

__all__ = ["REACH", "described_before"]

#: how far back (characters of cleaned text) the description may stand: about two sentences of
#: copy (the camera times: "the 24-year-old woman" stands 230 characters before "She told")
REACH = 300
_GENDERS = {"he": "m", "she": "f"}
#: the parts a person described may play: subject, object, object of a preposition, a conjunct ("on
#: becoming a grandmother" predicates a noun of her, no second person: 14.12.99/inqbryant, inqbryant1 22-23)
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})


def _owned(t) -> bool:
    """Whether a noun is owned ("her daughter", "her son and daughter": the conjunct's head's too)."""
    heads = [t, t.head] if t.dep_ == "conj" else [t]
    return any(c.dep_ == "poss" for h in heads for c in h.children)


def _descriptions(paragraphs, lo: int, hi: int, gender: str) -> list[tuple[int, object]]:
    """``(offset, span)`` of the nouns of persons of ``gender`` between cleaned offsets ``lo`` and
    ``hi``: a subject, an object or a conjunct, no name in apposition, none owned, outside quotation
    marks."""
    out = []
    for _, offset, doc in paragraphs:
        if offset >= hi or offset + len(doc.text) < lo:
            continue
        for t in doc_tokens(doc):
            if head_gender(t) != gender or t.dep_ not in _ROLES or not lo <= offset + t.idx < hi:
                continue
            if _owned(t) or any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in t.children):
                continue
            span = doc[t.left_edge.i : t.i + 1]
            if not quoted(span) and not any(w.ent_type_ == "PERSON" for w in span):
                out.append((offset + span.start_char, span))
    return out


def described_before(att, pronoun: str, paragraphs, join, outlets, leaders) -> list:
    """``[entity]`` of the description a "he" or "she" with no antecedent stands for (module
    docstring), joined to the document's speakers by ``join`` (the resolver's) from its
    :func:`~.speakers.speaker_features`; ``[]`` when there is none or two persons are described there.

    Args:
        att: the pronoun's attribution (``span``: cleaned offsets of its mention).
        pronoun: the pronoun, lower case.
        paragraphs: the document's ``(paragraph, offset, spaCy Doc)``.
        join: the resolver's ``join(features, label) -> (entity, joined)``.
        outlets, leaders: the resolver's, for :func:`~.speakers.speaker_features`.
    """
    gender = _GENDERS.get(pronoun)
    if gender is None or not paragraphs:
        return []
    found = _descriptions(paragraphs, att.span[0] - REACH, att.span[0], gender)
    if not found or len({span.root.lemma_.lower() for _, span in found}) != 1:
        return []
    span = max(found, key=lambda d: d[0])[1]
    if span[0].lower_ != "the" or span.root.dep_ == "conj":  # "A woman broke down as she told": an opener's
        return []
    # labelled by the head alone, "the woman": "the 33-year-old woman" was taken by the label rules for
    # an aged lead and named after the court before it ("The Old Bailey was told that ...", 17.04.00/nurse)
    from corpus_tools.attribution.speakers import speaker_features  # the resolver's module imports this one

    f = speaker_features(span, outlets, leaders=leaders)
    f = {**f, "key": span.root.lower_, "label": f"the {span.root.text}"}
    return [join(f, f["label"])[0]]
