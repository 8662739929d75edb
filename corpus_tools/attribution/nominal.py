"""Who a noun of saying belongs to when a name or a side stands before it as its modifier.

"He also rejected defence claims that the allegations were irrelevant": the claims are the
defence's, not the judge's who rejected them (a noun of saying that is a verb's object was given
to the verb's subject). "According to Dawkins account, ...": the account is Dawkins's, the
possessive written without its apostrophe; the label was "Dawkins account", a second speaker typed
anonymous. Read from the METER courts stories 08.12.99/lockerb (express 3, round 11's reading in
``benchmarks/claims_tune11.md``, lk56-lk59) and 18.02.00/bridge (bridge4sub 6, ``benchmarks/claims.md``,
"Eleventh round, after the round's fixes").
"""

from __future__ import annotations

from corpus_tools import lexicon

__all__ = [
    "ACCOUNT_NOUNS",
    "MEASURE_NOUNS",
    "SIDE_MODIFIERS",
    "account_holder",
    "modifier_speaker",
    "named_object",
]

#: the sides of a court case (and the police) that a bare noun before a noun of saying names
SIDE_MODIFIERS = frozenset({"defence", "defense", "prosecution", "police", "crown"})
#: nouns of a person's telling that "according to" takes ("according to Dawkins account")
ACCOUNT_NOUNS = frozenset({"account", "version", "evidence", "testimony", "statement", "story"})
#: nouns of a measure that "according to" sets a thing by ("charged according to the patient's
#: means", "paid according to their needs"): a proportion, no one's telling (round 17's
#: 16.07.99/care, ``benchmarks/claims.md`` cause 4: "the patient's means" made a speaker); and a
#: scale or rule a price or grade is set by ("The cocoa will be priced according to a fixed set of
#: differentials": a price scale, no source; round 34, branch tune34, 10505 of ``TUNE_34``, U3)
MEASURE_NOUNS = frozenset(
    {"means", "need", "needs", "income", "ability", "size", "circumstances"}
    | {"set", "scale", "scales", "formula", "schedule", "differential", "differentials", "grade", "grades"}
    | {"type", "types", "kind", "kinds", "category", "categories", "class", "classes", "sort"}
)
# "type" and its kin, and a thing named by a participle that closes the clause ("These are set at
# three rates ... according to the type of paper transacted"; "according to the security
# transacted"): what a rate is set by, no source (round 37, branch audit37, Reuters-21578 12640 7
# and 12847 6, ``benchmarks/claims.md`` be4 and be12, where "the type of paper" and "the security"
# were anonymous speakers)


def _name_or_side(c) -> bool:
    if c.dep_ != "compound" or c.i > c.head.i:
        return False
    if c.pos_ == "PROPN":
        return c.ent_type_ in ("PERSON", "ORG", "") and c.text[:1].isupper()
    return c.lower_ in SIDE_MODIFIERS


def modifier_speaker(noun):
    """The modifier (a spaCy Token) that names whose a noun of saying is: a side ("defence
    claims") or a name ("Smith claims"), its nearest such compound; None when there is none or a
    possessor or a "by" phrase names someone else."""
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in noun.children):
        return None
    found = [c for c in noun.children if _name_or_side(c)]
    return found[-1] if found else None


#: the kinds of speaker a bare noun may name ("according to police", "according to spokesman X")
_WHO = ("official", "organisation", "media", "anonymous")
#: collective nouns of people that the speaker lexicon does not hold ("according to management")
_PEOPLE = frozenset({"management", "staff", "industry", "leadership", "opposition", "intelligence"})
#: what makes a noun more than bare: an article, a possessor, a modifier, a phrase or a list
_MODIFIERS = frozenset({"det", "poss", "compound", "amod", "nummod", "prep", "conj"})


def _bare_manner(pobj) -> bool:
    """A lower-case singular noun with no article, possessor or modifier that names no speaker:
    "regulate according to function", "according to plan": a manner, no source (round 36, branch
    tune36, ``benchmarks/claims_tune36.md`` kind U3, Reuters-21578 11869 5, where "function" was an
    anonymous speaker)."""
    return (
        pobj.tag_ == "NN"
        and pobj.text.islower()
        and pobj.lower_ not in _PEOPLE
        and not any(c.dep_ in _MODIFIERS for c in pobj.children)
        and not any(pobj.lemma_.lower() in lexicon.SPEAKER_WORDS[k] for k in _WHO)
    )


def _sorted_by(pobj) -> bool:
    """A thing named by a participle that closes its clause, "according to the security
    transacted": what something is set by (:data:`MEASURE_NOUNS`' note), when the noun names no
    speaker or document."""
    doc, after = pobj.doc, pobj.i + 1
    if after >= len(doc) or doc[after].tag_ != "VBN":  # the cheap test first
        return False
    if after + 1 < len(doc) and not doc[after + 1].is_punct:
        return False
    return not any(pobj.lemma_.lower() in words for words in lexicon.SPEAKER_WORDS.values())


def account_holder(pobj):
    """The object of "according to" (a spaCy Token), or the name before it when it is a noun of
    a person's telling ("Dawkins account" -> "Dawkins"); None for None and for a measure
    (:data:`MEASURE_NOUNS`: "according to the patient's means") or a bare noun of manner
    ("according to function")."""
    if pobj is not None and (pobj.lower_ in MEASURE_NOUNS or _bare_manner(pobj) or _sorted_by(pobj)):
        return None
    if pobj is None or pobj.lemma_.lower() not in ACCOUNT_NOUNS:
        return pobj
    names = [
        c for c in pobj.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" and c.i < pobj.i
    ]
    return names[-1] if names else pobj


def named_object(inner, outer) -> bool:
    """Whether a noun of saying with a side or a name before it (``inner``, an attribution: ``span``,
    ``cue_span``, ``mention``) is the object of another attribution's verb (``outer``): "He rejected
    defence claims that ...": the claims are the defence's own statement, which the judge's ruling
    names, not words inside his."""
    mention = inner.mention
    own = modifier_speaker(mention.root.head) if mention is not None else None
    if own is None or own.i != mention.root.i:
        return False
    noun = mention.root.head
    if noun.dep_ != "dobj" or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    at = inner.span[0] - mention.start_char + noun.head.idx  # the verb, in cleaned offsets
    return outer.cue_span[0] <= at < outer.cue_span[1]
