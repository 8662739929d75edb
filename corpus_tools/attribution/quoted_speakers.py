"""Speakers beside a quotation, where the parser often loses them: after the verb that follows a
quotation ('"...," said Mr Vance'), between a closing quote mark and its verb ('"...," novelist Ann
Crewe wrote'), before an aside ('"...," Dan Reyes, a delegate, said'), and the subjects that lie
inside a quotation and so cannot be its speaker. All functions take spaCy tokens;
:mod:`corpus_tools.attribution.cues` calls them when the parse gives a cue no usable subject.
"""

from __future__ import annotations

from corpus_tools import lexicon

__all__ = [
    "DOUBLE_MARKS",
    "closes",
    "closes_speech",
    "name_before_aside",
    "object_after_content",
    "postposed_subject",
    "quoted_before",
    "subject_after_quote",
]

#: double quote marks as the tokenizer leaves them (apostrophes are not among them)
DOUBLE_MARKS = {'"', "\u201c", "\u201d", "''", "``"}
_NOT_IN_NAME = {"AUX", "SCONJ", "ADP", "ADV", "PART", "CCONJ", "PRON"}
_FINITE = {"VBD", "VBZ", "VBP", "VBG", "VBN", "MD"}


def object_after_content(verb):
    """The speaker after a reporting verb that follows its content with no comma, which the parser
    makes the verb's object ('Dodd was "shattered" by the death said his lawyer Tom Fenwick': the
    lawyer; round 23's TUNE_23 chemists' mirror 16, ``benchmarks/claims_tune23.md`` K4): the
    object's head when the verb's clausal content stands before it and the object is a named person
    or a noun phrase with one in apposition; else None."""
    if verb.tag_ != "VBD" or verb.lemma_.lower() not in lexicon.REPORTING_VERBS:
        return None
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.i - verb.i > 3 or any(t.is_punct for t in verb.doc[verb.i : obj.i]):
        return None
    named = obj.ent_type_ == "PERSON"
    named = named or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in obj.children)
    return obj if named else None


def quoted_before(subject, verb) -> bool:
    """Whether a subject before the verb lies inside a quotation that closes before it ('"They
    were rivals, but also friends," Dan Reyes said': "friends" is not the speaker)."""
    marks = sum(t.text in DOUBLE_MARKS for t in verb.doc[subject.i + 1 : verb.i])  # not apostrophes
    return subject.i < verb.i and marks % 2 == 1


def postposed_subject(verb):
    """The speaker after the verb that follows a quotation ('"...," said Mr Vance', '"...," added a
    Democrat'), which the parser often reads as an object or an adverb."""
    doc = verb.doc
    before = doc[verb.i - 1] if verb.i > 0 else None
    if before is None or not (
        before.is_quote or (before.text == "," and before.i > 0 and doc[before.i - 1].is_quote)
    ):
        return None
    speechlike = closes_speech(before if before.is_quote else doc[before.i - 1])
    if (
        verb.i + 1 >= len(doc)
        or not (verb.lemma_.lower() in lexicon.REPORTING_VERBS or speechlike)
        or verb.tag_ not in ("VBD", "VBZ", "VBP")
    ):
        return None
    tok = doc[verb.i + 1]
    while (
        tok.pos_ in ("DET", "ADJ", "NUM", "PROPN", "NOUN")
        and tok.head.i > tok.i
        and tok.head.i - verb.i <= 6
        and tok.head.pos_ in ("PROPN", "NOUN")
    ):
        tok = tok.head  # "a Vermont Democrat": the head noun
    name = tok.text[:1].isupper() and tok.is_alpha and tok.pos_ in ("ADV", "ADJ", "VERB")  # "said Brightly"
    if (tok.pos_ not in ("PROPN", "NOUN", "PRON") and not name) or tok.dep_ == "pobj":
        return None
    # '"...," said Tom Bell, a friend who runs ...': the parser may hang the name elsewhere
    return tok if tok.head == verb or (speechlike and tok.dep_ in ("nsubj", "nsubjpass", "dobj")) else None


def closes(quote) -> bool:
    """Whether a token is a closing quote mark (no space before it)."""
    return quote.is_quote and quote.i > 0 and not quote.doc[quote.i - 1].whitespace_


def closes_speech(quote) -> bool:
    """Whether a quote mark closes a spoken quotation: ',"' '?"' '!"' with no space before the
    mark (not a title, not a quotation that ends its sentence, not an opening mark)."""
    if quote.i == 0 or not quote.is_quote:
        return False
    last = quote.doc[quote.i - 1]
    return last.text in (",", "?", "!") and not last.whitespace_


def subject_after_quote(verb):
    """The speaker between a spoken quotation and its verb ('"...," novelist Ann Crewe
    wrote', '"...," Ms Hart answers'), when the parser gives the verb no subject: the last noun of
    at most five words that follow the closing quote mark."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    words = []
    for t in reversed(doc[max(0, verb.i - 6) : verb.i]):
        if t.is_quote or t.is_punct:
            break
        words.append(t)
    first = verb.i - len(words)
    if not words and verb.i > 0 and doc[verb.i - 1].text == ",":
        return name_before_aside(verb)
    if not words or len(words) > 5 or first < 2:
        return None
    if any(t.pos_ in _NOT_IN_NAME or t.tag_ in _FINITE for t in words):
        return None
    quote = doc[first - 1]
    if not (closes_speech(quote) or (quote.text == "," and closes_speech(doc[first - 2]))):
        return None
    nouns = [t for t in words if t.pos_ in ("PROPN", "NOUN", "PRON")]
    return nouns[-1] if nouns else None


def name_before_aside(verb, max_words: int = 30):
    """The speaker named after a quotation and described before the verb ('"...," Dan Reyes, a
    delegate from Ohio, said'), where the parser hangs the name elsewhere: the last noun of at most
    five words between the closing mark and the first comma, if no finite verb comes before the cue."""
    doc = verb.doc
    start = max(verb.sent.start, verb.i - max_words)
    quote = next((t for t in doc[start : verb.i] if closes_speech(t)), None)
    if quote is None:
        return None
    rest = [t for t in doc[quote.i + 1 : verb.i - 1]]
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in rest):
        return None
    name = []
    for t in rest[1:] if rest and rest[0].text == "," else rest:
        if t.text == ",":
            break
        name.append(t)
    if not name or len(name) > 5 or len(name) == len(rest) or any(t.pos_ in _NOT_IN_NAME for t in name):
        return None
    nouns = [t for t in name if t.pos_ in ("PROPN", "NOUN")]
    return nouns[-1] if nouns else None
