"""A question and its answer, and a quoted part of a text, as the speaker rows read them.

Three shapes of a court report where the parse gives words to the wrong one (round 18's held-out
audit, ``benchmarks/claims.md``, "Eighteenth round (branch `audit18`)", causes 2 and 5):

* a part of a text is no speaker (:func:`text_part`): "Counsel told the court that the 'crucial'
  paragraph in the leaflet alleged that she had stolen" reports what the leaflet says inside
  counsel's statement; the paragraph (a sentence, a passage, a headline of a text) says nothing of
  its own, as "The allegations include claims that ..." has no speaker
  (:func:`~corpus_tools.attribution.reports.not_a_report`'s ``statement``), and a "He said:" after
  it is counsel's. A whole document that speaks ("the report said", "the article claimed") is
  left alone;
* an open question is no statement of the asker (:func:`open_question`): "Mr Stone asked Mrs Hale
  for her reaction to the claim", "asked her how she felt": it asks, it tells nothing (a question
  that puts a proposition to the one asked, "asked her if she had not been cleared when she
  heard that the paper had accepted ...", stays a statement: it carries what it puts);
* the answer is the one asked's (:func:`answer`): a quotation with no cue that follows a question
  ("Mr Stone asked Mrs Hale for her reaction ... ``All I wanted was an apology.''") is her reply,
  not more of his words, and a "She told the jury" after it is hers;
* a quotation with no cue after a belief the text gives a "he" or "she" ("His mother had died
  and he believed his father drank. ``I saw what it did to us.''") is that person's: a belief
  is no statement and has no speaker row (:mod:`~corpus_tools.attribution.beliefs`), so the
  quotation had gone to no one (03.04.00/marco, PA 2 11-12, the audit's cause 5).
"""

from __future__ import annotations

from dataclasses import replace

from corpus_tools.attribution.beliefs import BELIEFS

__all__ = ["TEXT_PARTS", "answer", "asked_person", "continuation", "open_question", "text_part"]

#: nouns of a part of a text: what it says is the text's writer's, never a speaker of its own
TEXT_PARTS = frozenset("sentence paragraph passage headline phrase excerpt extract caption".split())
#: words that open an open question's clause ("asked him how he felt")
_WH = frozenset("how what why when where who whom which".split())
#: prepositions of what one asks for ("asked her for her reaction", "asked him about the money")
_ASKED_FOR = frozenset(("for", "about"))
_OBJECT_PRONOUNS = frozenset(("him", "her"))


def text_part(anchor) -> bool:
    """Whether the subject's head ``anchor`` is a common noun of :data:`TEXT_PARTS` ("the
    'crucial' paragraph in the leaflet alleged"): no speaker.

    >>> from corpus_tools.text.nlp import load_model
    >>> doc = load_model()("The paragraph alleged that she stole. The report alleged that she stole.")
    >>> text_part(doc[1]), text_part(doc[7])
    (True, False)
    """
    return anchor.pos_ == "NOUN" and anchor.lemma_.lower() in TEXT_PARTS


def asked_person(verb):
    """The person ``verb`` ("ask") asks: its object or dative, a name or "him"/"her" (a spaCy
    Token), or None when it is no question put to a person ("asked for bail", "asked the court")."""
    if verb.lemma_.lower() != "ask":
        return None
    for c in verb.children:
        person = c.ent_type_ == "PERSON" or c.pos_ == "PROPN" or c.lower_ in _OBJECT_PRONOUNS
        if c.dep_ in ("dobj", "dative") and person:
            return c
    return None


def open_question(verb) -> bool:
    """Whether ``verb`` asks a person an open question, with no proposition of its own: "asked Mrs
    Hale for her reaction", "asked him about the money", "asked her how she felt". A question with
    "if" or "whether" puts a proposition to the one asked and stays a statement.

    >>> from corpus_tools.text.nlp import load_model
    >>> nlp = load_model()
    >>> doc = nlp("Mr Stone asked Mrs Hale for her reaction to the claim.")
    >>> open_question(doc[2])
    True
    >>> doc = nlp("Mr Lowe asked Mrs Hale if she had not felt cleared.")
    >>> open_question(doc[2])
    False
    """
    asked = asked_person(verb)
    if asked is None:
        return False
    kids = [c for c in verb.children if c.i > asked.i]  # not "Mr Lowe, for the paper, asked"
    if any(c.dep_ == "prep" and c.lower_ in _ASKED_FOR for c in kids):
        return True
    clauses = [c for c in kids if c.dep_ in ("ccomp", "xcomp", "advcl")]
    return any(c.left_edge.lower_ in _WH for c in clauses)  # "if", "whether": a proposition put


def answer(cont, last):
    """``cont``, a quotation with no cue that continues ``last``, as the answer of the one ``last``
    asks when ``last`` is a question put to a person in reported speech ("Mr Stone asked Mrs Hale
    for her reaction ..."): its mention that person, resolved as a mention of its own
    (``resolved_from`` ``answer``), no longer the asker's words. Else ``cont`` unchanged."""
    if last.mention is None or last.quote_type == "direct" or last.resolved_from == "continuing_quote":
        return cont
    verb = last.mention.root.head
    asked = asked_person(verb)
    if asked is None or last.mention.root.dep_ != "nsubj":
        return cont
    lo = asked.i
    while lo > verb.i + 1 and asked.doc[lo - 1].dep_ == "compound" and asked.doc[lo - 1].head == asked:
        lo -= 1
    mention = asked.doc[lo : asked.i + 1]
    offset = last.span[0] - last.mention.start_char
    span = (offset + mention.start_char, offset + mention.end_char)
    return replace(cont, span=span, mention=mention, resolved_from="answer", continues=None)


def continuation(cont, last):
    """``cont``, a quotation with no cue that continues ``last``, as whose it is: the one asked's
    after a question (:func:`answer`); the believer's after a "he believed ..." (a pronoun
    resolved as a mention of its own, ``resolved_from`` ``pronoun``); else ``cont`` unchanged."""
    if last.resolve or last.role != "mention" or last.mention is None:
        return answer(cont, last)
    root = last.mention.root
    believes = root.head.lemma_.lower() in BELIEFS and root.dep_ == "nsubj"
    if not believes or root.lower_ not in ("he", "she"):
        return cont
    return replace(cont, resolved_from="mention", continues=None, resolve=True)
