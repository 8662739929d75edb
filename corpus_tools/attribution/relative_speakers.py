"""Who a relative clause is about, when its noun is not the speaker.

Three shapes the claims audit's round 16 found (``benchmarks/claims.md``, 12.07.99/places, cause
1: one speaker counted as two, and a phrase made a speaker):

* a quoted phrase before "which" is no speaker: "was criticised for a 'shambles' which means
  pupils lose out" has no speaker in its "which" clause (:func:`quoted_antecedent`);
* "who" after "NAME, appearing for ORGANISATION," is the person, never the organisation of his
  apposition: "the judge agreed with Mr Tim Ross, appearing for the Home Office, who argued ..."
  (:func:`relative_speaker`);
* a long name's last words before "which" are no speaker: "the Royal Commission on Rural
  Transport which called for" is the Commission's clause (:func:`_whole_name`);
* "who" after a quoted description is the sentence's subject, whom the quotation describes: "was
  described as ``a liar'' who admitted" (:func:`_quoted_description`);
* a "which" the parser hangs on a verb has no noun, so no speaker (:func:`no_antecedent`);
* a person named in a "whose" clause after another name is not the subject a later pronoun
  refers to: in "challenged by Mrs Ann Rowe, of Hull, whose daughter Amy has a place ... She
  accused ...", "She" is Mrs Rowe, never "whose daughter Amy" (:func:`whose_possessors`).
"""

from __future__ import annotations

from corpus_tools.attribution.employer_asides import person_of_apposition
from corpus_tools.attribution.subjects import relative_antecedent

__all__ = ["no_antecedent", "quoted_antecedent", "relative_speaker", "whose_possessors"]

_QUOTES = frozenset({'"', "'", "``", "''", "\u201c", "\u201d", "\u2018", "\u2019"})


def quoted_antecedent(pronoun, verb) -> bool:
    """Whether a relative pronoun ("which", "that") follows a closing quotation mark and its noun
    stands inside that quotation: a phrase the text quotes ("a 'shambles' which means"), no
    speaker. After a comma only before "means" ("a 'shambles', which means"): a quoted name set off
    by a comma may be a thing that is reported ("the 'Clean Air' bill, which would allow"; PolNeAR
    dev's gold holds two)."""
    if pronoun.lower_ not in ("which", "that"):
        return False
    doc, i = pronoun.doc, pronoun.i - 1
    comma = doc[i].text == ","  # "Labour's 'public option', which would allow": a thing named may speak
    i -= comma
    comma = comma or (i > pronoun.sent.start and doc[i - 1].text == ",")  # "the 'War On Drugs,' which"
    if doc[i].text not in _QUOTES or (comma and verb.lemma_.lower() != "mean"):
        return False
    opening = next((j for j in range(i - 1, pronoun.sent.start - 1, -1) if doc[j].text in _QUOTES), None)
    noun = relative_antecedent(pronoun, verb)
    return opening is not None and opening < noun.i < i


def no_antecedent(pronoun, verb) -> bool:
    """Whether a relative "which" or "that" has no noun to stand for: the parser hangs it on a
    verb ("It was his pride, he claimed, which led him to ... accuse": the cleft's "which" is the
    subject of the sentence's own verb), so its label was the clause itself (the claims audit's
    round 20, 16.07.99/informant, cause 1): no speaker."""
    if pronoun.lower_ not in ("which", "that"):
        return False
    return relative_antecedent(pronoun, verb).pos_ in ("VERB", "AUX")


def _person_before(participle):
    """The person named before the comma that opens a participle's apposition ("Mr Tim Ross,
    appearing for ..."), or None."""
    doc, i = participle.doc, participle.i
    if i < 2 or doc[i - 1].text != ",":
        return None
    name = doc[i - 2]
    return name if name.pos_ == "PROPN" and name.ent_type_ == "PERSON" else None


def _unattached_person(pronoun):
    """The person before the participle's apposition that ends just before a "who" the parser did
    not attach to a noun ("the judge agreed with Mr Tim Ross, appearing for the ministry of
    transport, who argued": "who argued" a clause of "agreed", so its noun would be the judge's
    clause; the guardian's 12.07.99/places 20, ``benchmarks/claims.md`` round 16's cause 4), or None."""
    doc, sent = pronoun.doc, pronoun.sent
    if pronoun.i - 1 < sent.start or doc[pronoun.i - 1].text != ",":
        return None
    for j in range(pronoun.i - 2, sent.start, -1):
        t = doc[j]
        if t.tag_ == "VBG":
            return _person_before(t)
        if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":"):
            return None
    return None


def _quoted_description(pronoun, noun):
    """The subject of the sentence when the noun of its "who" stands in a quotation that closes
    right before it: "The gardener was described in court as ``a liar and a thief'' who admitted
    ..." is about the gardener, never "a thief" (the claims audit's round 20, 16.07.99/informant,
    cause 1); else None."""
    doc, sent = pronoun.doc, pronoun.sent
    if pronoun.i < 1 or doc[pronoun.i - 1].text not in _QUOTES:
        return None
    opening = next((j for j in range(pronoun.i - 2, sent.start - 1, -1) if doc[j].text in _QUOTES), None)
    if opening is None or not opening < noun.i < pronoun.i:
        return None
    return next(
        (t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head == sent.root and t.i < opening), None
    )


def _whole_name(noun):
    """The head of a long name whose last words the parser takes for the noun of a "which" clause:
    "the Royal Commission on Rural Transport which called for free buses" is the Commission's
    clause, never "Rural Transport"'s (round 17's care, kind 1c): a noun after "on", "of" or
    "for" that opens with a capital, right after a capitalised name; else ``noun``."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("on", "of", "for") or prep.i < 1:
        return noun
    name = noun.doc[prep.i - 1]
    words = noun.doc[prep.i + 1 : noun.i + 1]
    if name.pos_ == "PROPN" and name.text[:1].isupper() and words[0].text[:1].isupper():
        return name
    return noun


def relative_speaker(pronoun, verb):
    """The noun a relative pronoun subject stands for (:func:`~.subjects.relative_antecedent`),
    but for "who" after an organisation named in a participle's apposition to a person ("Mr Tim
    Ross, appearing for the Home Office, who argued"): the person."""
    noun = relative_antecedent(pronoun, verb)
    if pronoun.lower_ in ("which", "that"):
        return _whole_name(noun)
    if pronoun.lower_ != "who" or noun.ent_type_ == "PERSON":
        return noun
    if (described := _quoted_description(pronoun, noun)) is not None:
        return described  # "The man was described as ``a liar'' who admitted": the man
    if pronoun.head.dep_ != "relcl" and (person := _unattached_person(pronoun)) is not None:
        return (
            person  # "agreed with Mr Ross, appearing for the ministry of X, who argued": parsed as a clause
        )
    participle = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    if participle is None or participle.tag_ != "VBG" or participle.i > noun.i:
        return person_of_apposition(noun) or noun  # "X, the manager responsible for the farm, who"
    return _person_before(participle) or noun


def _possessor(span):
    """The person a "whose" clause opening ``span`` hangs on: the last person named before it in
    the sentence, outside an address ("of Oak House, Hull"), or None."""
    doc = span.doc
    names = [
        e
        for e in doc.ents
        if e.label_ == "PERSON"
        and span.sent.start <= e.start
        and e.end <= span.start
        and not (e.root.dep_ == "pobj" and e.root.head.lower_ in ("of", "from", "at", "in"))
        and e.root.dep_ != "appos"
    ]
    return names[-1] if names else None


def whose_possessors(candidates: list[tuple]) -> list[tuple]:
    """The resolver's subject candidates (``(offset, paragraph, span)``) with a subject that opens
    with "whose" ("whose 11-year-old son Tom") given to the person the clause hangs on ("Mrs Ann
    Rowe, of Hull, whose ... son Tom has"), or left out when none is named before it."""
    out = []
    for offset, para, span in candidates:
        if span[0].lower_ != "whose":
            out.append((offset, para, span))
            continue
        owner = _possessor(span)
        if owner is not None:
            out.append((offset - (span.start_char - owner.start_char), para, owner))
    return out
