"""Subjects of a verb of saying that the parse misses (:func:`missed_subject`).

A rare surname the tagger reads as an adverb: "Bradly told the court he stayed in the car",
where the name is ``advmod`` of the verb and the verb has no subject, so its statement gets no
speaker (or inherits the subject of the clause before: "Cole had drunk eight pints, but Bradly
told the court ..."). Found on the METER courts story 18.02.00/bridge (the claims audit's
eleventh round, its S kind 1): a common surname in the same frame is ``nsubj``.

The rule is kept narrow: the word opens its sentence or follows a conjunction (with only
auxiliaries between it and the verb), is capitalised, and the document elsewhere writes it as a
person's name (after a given name or a title: "Tom Bradly", "Mr Bradly"), never in lower case.

A name set off by commas after a fronted participle clause ("Passing sentence, Mrs Justice Hale,
said: ..."), which the parser hangs on the participle: the verb has no subject, the name ends
right before its comma (22.11.99/pregnant of the METER courts, the same audit's S kind 8), or
before an age set off by commas ("Writing from his home, Mr Penrose, 63, said": 02.11.99/boat of
``claims_tune13.md``) A role and the name in apposition after the participle clause ("Sentencing
them, the judge, Sir Tom Lee, said", which the parser may hang on a comma: 29.03.00/stepmother's
guardian of ``claims_tune20.md``, kind K3) is the same shape.
"""

from __future__ import annotations

import re

import pandas as pd

from corpus_tools.attribution.interposed_participles import interposed_subject
from corpus_tools.attribution.set_off_names import adverb_set_off, as_speaker
from corpus_tools.lexicon import STOP_WORDS
from corpus_tools.reuse.documents import source_groups

__all__ = [
    "adverb_surname",
    "colon_name",
    "gerund_object",
    "group_texts",
    "last_name_before",
    "missed_subject",
    "name_span",
    "participle_name",
]

_TITLES = r"(?:Mr|Mrs|Ms|Miss|Dr)\.?"
_AUX = ("aux", "auxpass", "neg")


def _named_elsewhere(word: str, text: str) -> bool:
    """``word`` follows a title or a capitalised given name somewhere in ``text`` and never appears
    in lower case: "Tom Bradly" or "Mr Bradly", not "Yesterday" (also "yesterday")."""
    if re.search(rf"\b{re.escape(word.lower())}\b", text):
        return False
    for m in re.finditer(rf"\b({_TITLES}|[A-Z][a-z]+) {re.escape(word)}\b", text):
        if m.group(1).lower() not in STOP_WORDS:
            return True
    return False


def _own_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)


def adverb_surname(verb, text: str):
    """The capitalised ``advmod`` token that is the subject of ``verb`` (or of the verb it is joined
    to, "Bradly was cleared ... and has admitted"), or None. ``text`` is the whole document."""
    hosts = [verb]
    if verb.dep_ == "conj" and verb.head.i != verb.i and not _own_subject(verb):
        hosts.append(verb.head)  # the first conjunct carries the name
    for host in hosts:
        if _own_subject(host):
            return None
        doc = host.doc
        for c in host.children:
            if c.dep_ != "advmod" or c.i > host.i or not c.is_alpha or len(c) < 3:
                continue
            if not (c.text[0].isupper() and c.text[1:].islower()) or c.lower_ in STOP_WORDS:
                continue
            if any(doc[k].dep_ not in _AUX for k in range(c.i + 1, host.i)):
                continue  # only auxiliaries between the name and its verb
            before = doc[c.i - 1] if c.i > c.sent.start else None
            if before is not None and not (before.dep_ == "cc" or before.pos_ == "CCONJ"):
                continue
            if _named_elsewhere(c.text, text):
                return c
    return None


def group_texts(corpus: pd.DataFrame) -> dict[str, str]:
    """The text of each document's witness (a wire story's takes joined,
    :func:`~corpus_tools.reuse.documents.source_groups`), where :func:`adverb_surname` looks for the
    name written as a person's: a later take may use the surname alone."""
    texts = {str(d): str(t) for d, t in corpus["text"].items()}
    out: dict[str, str] = {}
    for docs in source_groups(corpus).values():
        joined = "\n\n".join(texts[m] for m in docs)  # one string a group
        out.update(dict.fromkeys(docs, joined))
    return out


def last_name_before(verb):
    """The token before ``verb``'s comma, or before an age set off by commas after it ("Mr Penrose,
    63, said": "Penrose"; 02.11.99/boat of ``benchmarks/claims_tune13.md``), or None when the
    sentence has no comma there."""
    doc, end = verb.doc, verb.i - 1
    if end < 1 or doc[end].text != ",":
        return None
    end -= 1
    if doc[end].like_num and end >= 2 and doc[end - 1].text == ",":
        end -= 2  # the age in apposition
    return doc[end]


def participle_name(verb):
    """The name between the comma that closes a fronted participle clause and the comma right
    before ``verb`` ("Passing sentence, Mrs Justice Hale, said"), hung on the participle; None
    when ``verb`` has a subject or the sentence has no such shape."""
    doc = verb.doc
    if _own_subject(verb) or verb.i < 4 or doc[verb.i - 1].text != ",":
        return None
    name = last_name_before(verb)
    if name is None or name.pos_ != "PROPN":
        return None
    while name.dep_ == "compound" and name.head.i > name.i and name.head.i < verb.i - 1:
        name = name.head
    left = name.left_edge.i
    opening = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i == verb.sent.start]
    # the name hung on the participle, or in apposition to a role ("..., the judge, Sir Tom Lee, said")
    if not opening or doc[left - 1].text != "," or not (opening[0].is_ancestor(name) or name.dep_ == "appos"):
        return None
    return name if name.right_edge.i == verb.i - 2 else None


def missed_subject(verb, text: str):
    """:func:`adverb_surname`, else :func:`participle_name`: the speaker the parse left without a
    subject's role, or None."""
    found = adverb_surname(verb, text)
    found = found if found is not None else participle_name(verb)
    found = found if found is not None else relative_clause_name(verb)
    found = found if found is not None else gerund_object(verb)
    found = found if found is not None else interposed_subject(verb)  # "X, jailing Y, said"
    found = found if found is not None else adverb_set_off(verb) or as_speaker(verb)  # "X, however said"
    return found if found is not None else colon_name(verb)


def gerund_object(verb):
    """The subject the parse made the object of an opening "At the London hearing" read as a gerund:
    "At the London hearing the judge, although critical of X, ruled that ..." ("hearing" a verb with
    "the judge" its object, or of the place before it, the cue with no subject; 12.07.99/places, the
    express 11 of the claims audit; "Following today's hearing the brother of X, 39-year-old Neil,
    said of Hobbs": TUNE_19's 12.07.99/axe, kind K4). A determiner or a possessive ("today's")
    before the "-ing" word makes it a noun; a name set in commas right before the cue ("..., the
    Chief Constable of Kent, Ann Hale, said", "..., 39-year-old Neil, said") is the speaker, not the
    object; None for
    any other shape ("After hearing the evidence, the judge ruled" has its subject)."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    doc = verb.doc
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i == verb.sent.start):
        for ing in (t for t in prep.subtree if t.dep_ in ("pcomp", "acl") and t.tag_ == "VBG"):
            noun = any(t.dep_ == "det" or t.tag_ == "POS" for t in doc[prep.i + 1 : ing.i])  # "today's"
            obj = next((c for c in ing.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
            if noun and obj is not None and obj.i < verb.i:
                name = doc[verb.i - 2] if doc[verb.i - 1].text == "," else obj  # "..., Ann Hale, said"
                return name if name.pos_ == "PROPN" and name.text.istitle() and name.i > obj.i else obj
    return None


def relative_clause_name(verb):
    """The name before "said" when the parse made it the subject of a clause before the cue:
    "Mark Dennis, Assistant Chief Constable of Avon Police, which co-ordinated the search, said
    ..." (a hyphenated verb in the "which" clause split, 04.10.99/lynx, the claims audit's
    fourteenth round, S kind 4). The name, a person's, heads a relative clause; None otherwise."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.i < verb.i):
        for name in (c for c in clause.children if c.dep_ == "nsubj"):
            rel = any(c.dep_ == "relcl" for c in name.children)
            if rel and name.pos_ == "PROPN" and name.ent_type_ == "PERSON" and name.i < clause.i:
                return name
    return None


def name_span(tok):
    """The mention of a subject found here: the token with the words before it that hang on it
    ("Mrs Justice Hale"), from after a dash set off by spaces ("a family called Hollins - Garrow
    allegedly boasted": "Garrow")."""
    lo = tok.left_edge.i
    dash = [j for j in range(lo, tok.i) if tok.doc[j].text in ("-", "--") and tok.doc[j - 1].whitespace_]
    return tok.doc[(dash[-1] + 1 if dash else lo) : tok.i + 1]


def colon_name(verb):
    """The name right before a verb of saying that has no subject and opens a quotation with a
    colon, an adverb or two between them allowed: "... a family called Hollins - Garrow allegedly
    boasted: '...'" (the parse made "Garrow" part of the clause before; the telegraph's
    12.07.99/informant, ``benchmarks/claims.md`` in63). None otherwise."""
    doc = verb.doc
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].text != ":" or not doc[verb.i + 2].is_quote:
        return None
    i = verb.i - 1
    while i > verb.sent.start and doc[i].tag_ == "RB" and doc[i].lower_.endswith("ly"):
        i -= 1  # "allegedly", "reportedly"
    name = doc[i]
    return (
        name if name.pos_ == "PROPN" and name.text[:1].isupper() and name.lower_ not in STOP_WORDS else None
    )
