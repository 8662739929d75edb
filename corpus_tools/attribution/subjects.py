"""The speaker a cue's subject stands for, where the parser takes the wrong noun: a dateline before
the name ("DENVER (Reuters) - Senator Ruth Dale said"), a topic before a comma ("The governor, a senior
aide said, ..."), an inverted subject ("The charges, said Alun Jones QC, were ..."), a county at the
end of an address, and the other names of a coordinated subject ("Rattigan and Wyatt denied").
Used by :mod:`corpus_tools.attribution.cues`.
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.doc_texts import doc_tokens, token_sent
from corpus_tools.attribution.missed_subjects import last_name_before
from corpus_tools.attribution.paper_speakers import in_subject_clause
from corpus_tools.attribution.portfolio_titles import portfolio_name
from corpus_tools.attribution.side_names import side_subject

__all__ = [
    "address_tail",
    "after_and",
    "after_comma",
    "after_dateline",
    "coordinated_names",
    "fronted_name",
    "fronted_participle_name",
    "participle_opening",
    "participle_trim",
    "ing_surname",
    "object_of_fronted_passive",
    "inverted_after_comma",
    "own_apposition",
    "parenthetical_subject",
    "participle_subject",
    "relative_antecedent",
    "without_measure",
]

_DASHES = {"-", "--", "\u2013", "\u2014"}


def address_tail(tok, subjects) -> bool:
    """Whether a subject is the last place of another subject's address ("Roger Pond, 46, of St
    Mary's Road, Gillingham, Kent admitted"): the parser takes the county for a second subject;
    the word before its comma belongs to the ", of PLACE" phrase of an earlier subject."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "," or tok.pos_ != "PROPN":
        return False
    before = doc[tok.i - 2]
    return any(
        s.i < tok.i
        and any(p.dep_ == "prep" and p.lower_ in ("of", "from") and before in p.subtree for p in s.children)
        for s in subjects
        if s != tok
    )


def after_dateline(head, verb):
    """The subject after a dateline ("DENVER (Reuters) - Senator Ruth Dale said"):
    the parser often takes the place for the subject."""
    dashes = [
        t.i
        for t in verb.doc[head.i + 1 : verb.i]
        if t.text in _DASHES and t.whitespace_ and t.nbor(-1).whitespace_
    ]
    if not dashes:
        return head
    rest = verb.doc[dashes[-1] + 1 : verb.i]
    # the first noun hung outside the words after the dash ("Denver (AFP) - Senator Ruth Dale on Monday
    # hit": the span's root is "on")
    heads = [t for t in rest if not rest.start <= t.head.i < rest.end and t.pos_ in ("PROPN", "NOUN", "PRON")]
    # "X and Y - who backed opposite sides - both expressed": the quantifier is the subject's own
    heads = [t for t in heads if not (t.lower_ in ("both", "all", "each") and t.head == head)]
    return heads[0] if heads else head


def after_comma(head, verb):
    """The speaker between a comma and the verb ("The governor, a senior aide said, is confident",
    "Or maybe Dan Cole, consultant Ray Stone says."): the parser takes the topic before the
    comma for the subject. Only a bare noun phrase (no preposition, verb or date) before the verb."""
    if head.i >= verb.i - 1 or verb.lemma_.lower() not in lexicon.REPORTING_VERBS:
        return head
    commas = [t.i for t in verb.doc[head.i + 1 : verb.i] if t.text == ","]
    if not commas or any(  # "Pond, 46, of St Mary's Road, Gillingham, Kent admitted": an address
        c.dep_ == "prep" and c.lower_ in ("of", "from") and c.nbor(-1).text == "," and c.i < commas[-1]
        for c in head.children
    ):
        return head
    rest = verb.doc[commas[-1] + 1 : verb.i]
    if (
        not len(rest)
        or rest[-1].pos_ not in ("PROPN", "NOUN")
        or any(
            t.pos_ not in ("DET", "ADJ", "PROPN", "NOUN", "PUNCT", "NUM") or t.ent_type_ in ("DATE", "TIME")
            for t in rest
        )
    ):
        return head
    return rest[-1]


def inverted_after_comma(head, verb):
    """The speaker after ', said' (only "say": "Any honest reading, said Laura Chen, a professor, would
    ...", "And Miller, said Perez, never forgets"): the parser takes the topic before the comma for the
    subject. A noun phrase with a name or a determiner, closed by a comma or the sentence's end."""
    doc = verb.doc
    if (
        head.i >= verb.i - 1
        or doc[verb.i - 1].text != ","
        or verb.tag_ not in ("VBD", "VBZ")
        or verb.lemma_.lower() != "say"  # "X, an aide, told AFP": the name after is the hearer
        or any(c.dep_ in ("relcl", "appos", "acl") for c in head.children)  # "An official, who ..., said"
    ):
        return head
    end = verb.i + 1
    while end < len(doc) and _in_phrase(doc[end]) and end - verb.i < 10:
        end += 1
    np = doc[verb.i + 1 : end]
    if (
        not len(np)
        or np[-1].pos_ not in ("PROPN", "NOUN")
        or (end < len(doc) and doc[end].text not in (",", ".", "("))
        or not (np[0].pos_ in ("PROPN", "DET") or any(t.pos_ == "PROPN" for t in np))
        or any(t.ent_type_ in ("DATE", "TIME") for t in np)
    ):
        return head
    return next((t for t in np if t.pos_ in ("PROPN", "NOUN") and not np.start <= t.head.i < np.end), np[-1])


def coordinated_names(head) -> list:
    """The other names of a coordinated subject ("Patrick Rattigan, 22, and Terence Wyatt, 28,
    denied murder"; "Rattigan, of Canada Grove, Bognor, and Wyatt, of South Terrace, denied"):
    each is a speaker of its own. A name joined by "and" to the subject, or, inside the subject's
    apposition, a name after "and" followed by its own ", of PLACE" or ", AGE," (the parser hangs
    it on the last place of the first one's address). A singular personal pronoun joined to a name
    is a subject of the same kind: "He and Sumer deny the charges" is the man "He" stands for and
    Sumer (round 15's informant, ``benchmarks/claims.md``)."""
    if head.pos_ != "PROPN" and head.lower_ not in ("he", "she") or portfolio_name(head) is not None:
        return []  # "Mines and Energy Minister Subroto": one minister
    out = [  # the parser may take the second name for a second subject of the verb
        s
        for s in head.head.children
        if s.dep_ == head.dep_
        and s.i > head.i
        and s.pos_ == "PROPN"
        and after_and(s)
        and s != head
        and not in_subject_clause(s, head)  # "Mr Hale, who was in court with ... and Sam, four, told"
    ]
    for t in head.subtree:
        place = t.ent_type_ in ("GPE", "LOC", "FAC") and not _body_and_country(head, t)
        if t == head or t.dep_ != "conj" or t.pos_ != "PROPN" or place:
            continue
        if after_and(t) and (t.head == head or own_apposition(t)) and not in_subject_clause(t, head):
            out.append(t)
    return out


def _body_and_country(head, t) -> bool:
    """Whether ``t`` is a country joined by "and" to a body's name ``head`` ("Citibank and
    Argentina said in a joint statement"): the country's government speaks with the body, two
    speakers, where a place after a person's name is the person's address ("Rattigan, of Canada
    Grove, Bognor, and Wyatt"). Round 37, branch tune37, ``TUNE_37``'s 18843 (kind V4 of
    ``benchmarks/claims_tune37.md``: the bank and the government one institution)."""
    return t.ent_type_ == "GPE" and t.head == head and head.ent_type_ == "ORG" and after_and(t)


def after_and(tok) -> bool:
    """Whether a name comes right after "and" (its first word does)."""
    first = tok.left_edge
    return first.i > 0 and tok.doc[first.i - 1].lower_ == "and"


def own_apposition(tok) -> bool:
    """Whether a name is followed by its own ", of PLACE" or ", AGE," ("and Wyatt, of South Terrace")."""
    after = tok.doc[tok.i + 1 : tok.i + 3]
    return len(after) == 2 and after[0].text == "," and (after[1].lower_ == "of" or after[1].like_num)


def _in_phrase(tok) -> bool:
    """A word of an inverted subject's noun phrase, a possessive "'s" included ("the Spanish
    Government's English barrister")."""
    return tok.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "CCONJ") or tok.tag_ == "POS"


def participle_subject(head, verb):
    """The name at the end of a participle clause the parser took for the subject ("Recording a
    verdict of suicide West Yorkshire coroner David Hinchliff said"): the name before the verb; and
    the name before a bare participle set off by commas ("Mr Huw Lloyd Pryce, prosecuting, said":
    the parser may make "prosecuting" the subject and the name its own; ostrich2 12 of the claims
    audit, round 9): the name."""
    named = side_subject(head)
    if named is not None:
        return named
    if head.dep_ not in ("csubj", "nsubj") or head.tag_ != "VBG" or verb.i < 1:
        return head
    last = verb.doc[verb.i - 1]
    if last.text == ",":  # "Writing from his home, Mr Penrose, 63, said" (claims_tune13.md T5)
        last = last_name_before(verb) or last
    named = last.pos_ == "PROPN" and head.dep_ == "csubj"
    return last if (named or _second_apposition(last)) and last in head.subtree else head


def _second_apposition(tok) -> bool:
    """A common noun the parse hung on the participle's object as a second apposition, beside the
    first or on it: "Praising Ann Lee, the park warden, the judge, said" (the first, "the park
    warden", is the object's; the last before the verb's comma is the subject: round 17's rape
    telegraph 14, ``benchmarks/claims_tune17.md`` W4)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "appos":
        return False
    return tok.head.dep_ == "appos" or any(c.dep_ == "appos" and c.i < tok.i for c in tok.head.children)


#: a legislator's party and state after the name ("R-Idaho", "D-Okla.", "I-Vt")
_PARTY_TAG = re.compile(r"[RDI]\s?-\s?[A-Z][\w.]*")


def relative_antecedent(pronoun, verb):
    """The noun phrase a relative pronoun subject stands for: the noun its relative clause modifies
    ("Two sweethearts who could not bear to be apart killed themselves after leaving a note
    saying": "sweethearts", not the clause the participle hangs on). A party tag in apposition is
    the name's ("Sen. James McClure, R-Idaho, who agreed that": McClure, not "R-Idaho"; round 37,
    branch debt37, the round-36 sweep's 10138, ``benchmarks/speaker_sweep36.md``)."""
    clause = pronoun.head
    noun = clause.head if clause.dep_ == "relcl" and clause.head != clause else verb.head
    place = noun
    while place.dep_ == "appos" and place.head != place:
        place = place.head
    if place is not noun and _PARTY_TAG.fullmatch(noun.doc[noun.left_edge.i : noun.i + 1].text):
        return place  # "McClure, R-Idaho, who agreed": McClure
    if (  # "Denning, 58, from Bracknell, Berkshire, who admitted": the person, not the address
        pronoun.lower_ == "who"
        and place.dep_ == "pobj"
        and place.ent_type_ in ("GPE", "LOC", "FAC")
        and place.head.lower_ in ("of", "from")
        and place.head.head.i < place.i
        and place.head.head.text[:1].isupper()
    ):
        return place.head.head
    return noun


def parenthetical_subject(verb):
    """The subject before a parenthetical cue ("Pinochet, DI Hewitt told the court, replied: ...";
    "Morales, Sgt Price told the jury, replied"): the parser makes the second verb a conjunct of the
    cue and gives it the cue's subject. The noun phrase that opens the sentence before the comma
    (at most six words, no verb) is its subject; None when the sentence has no such shape."""
    doc, head = verb.doc, verb.head
    if verb.dep_ != "conj" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if head.lemma_.lower() not in lexicon.REPORTING_VERBS or any(
        c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children
    ):
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubj" and c.i < head.i]
    if not subjects:
        return None
    comma = max(subjects, key=lambda c: c.i).left_edge.i - 1
    start = token_sent(verb).start
    if comma <= start or doc[comma].text != "," or comma - start > 6:
        return None
    words = doc[start:comma]
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in words) or not words[-1].text[:1].isupper():
        return None
    return words[-1]


def fronted_name(verb):
    """The name in apposition inside a phrase that opens the sentence, when the verb has no subject
    of its own ("In his opening speech Anthony Morris QC, for the prosecution, rejected the
    explanation and said ..."): the parser hangs the name on the phrase's noun; it is the subject.
    So is a name that ends the phrase without a comma, made the object of its last preposition ("In
    a statement read out in court Mrs Jackson said:", METER 21.06.00/campbell3 4)."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    start, last = token_sent(verb).start, verb.doc[verb.i - 1]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i and c.left_edge.i == start):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            names = [c for c in obj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
            if names:
                return names[0]
        if last.dep_ == "pobj" and last.ent_type_ == "PERSON" and last.pos_ == "PROPN" and last != prep:
            return last if prep.right_edge == last else None
    return None


def object_of_fronted_passive(verb):
    """The name that ends a fronted clause without a comma ("After his wife was sentenced Richard
    Amor, 68, said: ..."), where the parser made it the object of the clause's passive verb and
    left the cue without a subject: a passive participle takes no object, so the name (its age or
    apposition between it and the cue) is the subject. None for any other shape."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children) or verb.i < 2:
        return None
    tok = verb.doc[verb.i - 1]
    while tok.i > token_sent(verb).start and (tok.is_punct or tok.dep_ in ("appos", "nummod", "amod")):
        tok = verb.doc[tok.i - 1] if tok.is_punct else tok.head
        if tok.i >= verb.i:
            return None
    clause = tok.head
    return (
        tok
        if tok.pos_ == "PROPN"
        and tok.dep_ == "dobj"
        and clause.tag_ == "VBN"
        and clause.dep_ == "advcl"
        and clause.head == verb
        and any(c.dep_ == "auxpass" for c in clause.children)
        else None
    )


def ing_surname(verb, text: str):
    """A surname ending in "-ing" that opens the sentence ("Denning claimed he had been set up"),
    which the tagger reads as a verb and makes the cue hang on it: the subject, when the text
    elsewhere uses the word as a name (after a given name or a title: "Chris Denning", "Mr
    Denning"). None otherwise."""
    head = verb.head
    if (
        head is verb
        or head.i != token_sent(head).start
        or head.i > verb.i
        or head.tag_ != "VBG"
        or not head.text[:1].isupper()
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    ):
        return None
    before = r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?|[A-Z][a-z]+)"
    return head if re.search(rf"\b{before} {re.escape(head.text)}\b", text) else None


def fronted_participle_name(head, verb):
    """The speaker after a fronted participle clause the parser made part of the subject
    ("Sentencing Jones, Peter Hill, the magistrate, said": "Sentencing" a compound of "Jones" and
    Hill its apposition; "Cross questioning, Tom Reed, defending, challenged"): the last person
    named in apposition before the verb. The subject itself when the sentence does not open with
    such a participle or names no one after it, as with a surname in "-ing" ("Denning claimed").
    Fitted on 16.07.99/manslaughter and 12.07.99/gamekeeper of the METER courts
    (``benchmarks/claims_tune10.md``)."""
    end = _participle_end(head, own=True)
    names = [
        t
        for t in head.subtree
        if end is not None
        and end < t.i < verb.i
        and t.dep_ == "appos"
        and t.pos_ == "PROPN"
        and t.ent_type_ == "PERSON"
    ]
    return names[-1] if names else head


def participle_opening(head) -> int | None:
    """The first token after a fronted participle the parser hung on a name as a compound
    ("Sentencing Jones, who denied the charges, ...": "Jones"), so the name's mention leaves it out
    and stops at its own comma; None when the name does not open so."""
    return _participle_end(head, own=False)


def participle_trim(head, lo: int, hi: int) -> tuple[int, int]:
    """A mention's token range without a fronted participle before its name and without what
    follows the name's comma (:func:`participle_opening`); the range itself otherwise."""
    start = participle_opening(head)
    if start is None:
        return lo, hi
    comma = next((t.i for t in head.doc[head.i : hi] if t.is_punct), hi)
    return max(lo, start), min(hi, comma)


def _participle_end(head, *, own: bool) -> int | None:
    doc, start = head.doc, token_sent(head).start
    opening = doc_tokens(doc)[start : head.i + 1]  # the paragraph's tokens, made once
    ing = [  # the participle is the name's compound or the (common noun) head; the NER may call it a PERSON
        t
        for t in opening
        if len(t) > 4
        and t.lower_.endswith("ing")
        and (t == head and t.text.islower() or t.dep_ == "compound" and t.head == head)  # not "Denning"
        and (t.i == start or not t.text[:1].isupper())  # "But Downing Street rejected": a name's word
    ]
    if not ing or any(t.is_punct for t in doc[start : ing[0].i + 1]) or not doc[start].text[:1].isupper():
        return None
    return ing[0].i + 1 if own or ing[0].i < head.i else None


#: units of a person's height and weight ("6ft 1in", "13st 7lb", "1.85m")
_UNITS = frozenset("ft foot feet in inch inches st stone stones lb lbs cm kg m".split())


def _measure(tok) -> bool:
    """A unit with its number ("6ft", "11st", "1.85m"); never a number alone ("one of the family's
    attorneys")."""
    return tok.lower_ in _UNITS and any(c.like_num for c in tok.children)


def without_measure(head, verb):
    """The subject of ``verb`` with a measure read for it put right: "Mr Jones, 5ft 9in and 11st
    7lb, said the 6ft 1in, 13st England ace jumped out" (the parser takes "6ft" for a second subject
    of "said", nearer the verb): a height or weight is no speaker; the verb's other subject, or
    None (22.11.99/guscott of the claims audit, round 10: the mirror 2). Any other ``head`` as it is."""
    if head is None or not _measure(head):
        return head
    others = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c != head and not _measure(c)]
    return min(others, key=lambda c: abs(c.i - verb.i)) if others else None
