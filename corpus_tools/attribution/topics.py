"""The person a pronoun that opens its sentence goes on about: the named subject of the sentence just
before it in the same paragraph.

Pronoun resolution (:func:`corpus_tools.attribution.speakers.resolve_speakers`) prefers the people
who have spoken to those only named, so that "he said" after a paragraph about someone else is
still the speaker. Inside one paragraph the subject goes on: in "Judge Ann Cole also banned him
from running a company. He told him ..." the judge tells, not the saver quoted in the paragraph
before (express 13-15 of the claims audit's ostrich story, round 9). This module finds that
subject; the resolver puts it first among the pronoun's antecedents.

The module also gives the resolver the rest of what a pronoun may stand for (round 12 of issue 22,
fitted on the METER courts stories of ``TUNE_10`` in ``benchmarks/claims.py``,
``benchmarks/claims_tune10.md``):

* :func:`subject_candidates`: named subjects, a company described as one ("the firm, Hallam Gas,"),
  and a person described by a gendered noun who is named ("Mr Kim's widow, Min-Ji Park, left
  court"); never a name inside a quotation ("'Kim often cries,' ... He said": not Kim);
* :func:`deliberative_body`: "The committee approved the bill. They said": the committee;
* :func:`marked_woman`: whether "she" may be a woman the text marks as one ("Mr Kim's wife").
"""

from __future__ import annotations

from corpus_tools import lexicon
from corpus_tools.attribution import epithets
from corpus_tools.attribution.actors import described_actor
from corpus_tools.attribution.another_persons import another_person
from corpus_tools.attribution.companies import COMPANY_HEADS
from corpus_tools.attribution.doc_texts import doc_ents, doc_text, doc_tokens, span_sent, token_sent
from corpus_tools.attribution.paragraph_speakers import previous_speaker_first

__all__ = [
    "deliberative_body",
    "marked_woman",
    "quoted",
    "sentence_topic",
    "subject_candidates",
    "topic_first",
]

_PERSONAL = {"he", "she"}


def sentence_topic(att, seen: list[tuple]) -> dict | None:
    """The speaker entity of the named person who is the main-clause subject of the sentence just
    before the one ``att``'s pronoun opens, in the same paragraph; None when the pronoun does not
    open its sentence, the sentence before has no such subject, or it is not among ``seen``.

    Args:
        att: the attribution (``span``: cleaned offsets of its mention; ``para``; ``mention``:
            a spaCy Span in its paragraph's parse).
        seen: the resolved mentions so far, ``(position, paragraph, entity, is a speaker)``, with
            positions in cleaned offsets (the candidates of
            :func:`~corpus_tools.attribution.antecedents.subject_candidates` among them).
    """
    mention = att.mention
    sent = span_sent(mention)
    if mention.root.lower_ not in _PERSONAL or mention.start != sent.start or sent.start == 0:
        return None
    before = token_sent(mention.doc[sent.start - 1])
    names = [
        t
        for t in before
        if t.dep_ in ("nsubj", "nsubjpass")
        and t.head.dep_ == "ROOT"
        and (_person_named(t) or _person_described(t))
    ]
    if len(names) != 1:
        return None
    offset = att.span[0] - mention.start_char
    lo, hi = offset + names[0].left_edge.idx, offset + names[0].idx + len(names[0])
    found = [e for pos, para, e, _ in seen if para == att.para and lo <= pos < hi]
    return found[-1] if found else None


def _person_named(t) -> bool:
    return t.pos_ == "PROPN" and t.ent_type_ == "PERSON"


def _person_described(t) -> bool:
    """A person the subject describes by a gendered noun or names in apposition ("Mr Kim's widow,
    Min-Ji Park, left court. She had earlier complained": the widow; 16.07.99/manslaughter of
    ``benchmarks/claims_tune10.md``)."""
    appos = any(c.dep_ == "appos" and _person_named(c) for c in t.children)
    return t.pos_ == "NOUN" and (appos or bool(epithets.head_gender(t)))


def topic_first(att, seen: list[tuple], near: list) -> list:
    """``near`` (a pronoun's antecedents, nearest first) with :func:`sentence_topic` put first when
    it is among them ("Judge X banned her. He told her": the judge, in one paragraph)."""
    topic = sentence_topic(att, seen)
    if not any(e is topic for e in near):  # a paragraph's first "she": the speaker just before
        return previous_speaker_first(att, seen, near)
    return [topic, *(e for e in near if e is not topic)]


def quoted(span) -> bool:
    """Whether a span (of a paragraph's parse) lies inside quotation marks its paragraph opens
    before it: an odd number of straight double quotes, or more opening than closing curly ones."""
    before = doc_text(span.doc)[: span.start_char]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _named(appos: list) -> bool:
    """Whether an apposition names a person ("Mr Kim's wife Min-Ji", "his widow, Min-Ji Park"): an
    unnamed "the girl" or "her mother" is left to the speakers the text resolves."""
    return any(c.pos_ == "PROPN" for c in appos)


def _job_subject(t, appos: list) -> bool:
    """Whether a common noun opening its sentence as the main verb's subject has a person's name in
    apposition after a comma ("A pathologist, Tom Reed, gave the cause of death"): a later "He said"
    may be that person (round 20's zav, the guardian). Not "After the verdict Det Supt Tom Reed"."""
    first = token_sent(t)[0]
    return (
        t.head.dep_ == "ROOT"
        and first.dep_ == "det"
        and first.head == t
        and t.i + 1 < len(t.doc)
        and t.doc[t.i + 1].text == ","
        and any(c.ent_type_ == "PERSON" for c in appos)
    )


def _office(t) -> bool:
    """A definite office alone as the subject ("The judge also rejected other challenges.
    Referring to one, he said": the judge), one person whom a later "he" or "she" may be (round 12,
    08.12.99/lockerb of ``benchmarks/claims_tune11.md``, lockerb4sub 4-5)."""
    return (
        t.tag_ == "NN"
        and t.lemma_.lower() in lexicon.SPEAKER_WORDS["official"]
        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
    )


#: bodies that decide together and speak as "they" ("The committee approved the bill. They said")
_DELIBERATIVE = frozenset("committee subcommittee panel commission council board".split())


def deliberative_body(t) -> bool:
    """Whether a noun is a definite body that decides together as the subject of its verb ("The
    committee approved the legislation yesterday."): a later "They said", with no speaker before it
    that a "they" may be, is that body (round 37, branch debt37, round 36's held-out 9055+10101,
    ``benchmarks/claims.md`` vf12, where "They said its impact would be felt only by Japanese
    firms" had no speaker). "A committee", "committees" and "the committee's chairman" are none.

    >>> from corpus_tools.text.nlp import load_model
    >>> doc = load_model()("The panel approved the plan. A panel met.")
    >>> deliberative_body(doc[1]), deliberative_body(doc[7])
    (True, False)
    """
    return (
        t.tag_ == "NN"
        and t.lemma_.lower() in _DELIBERATIVE
        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
    )


def _place_named(e) -> bool:
    """A name the tagger takes for a person's that follows "the": a court or a building named
    for someone ("The Old Bailey was told ... She said to him": "She" is no "Bailey"; round 17's
    17.04.00/nurse, kind 1c). A person's name never opens with "the"."""
    return e.label_ == "PERSON" and any(c.dep_ == "det" and c.lower_ == "the" for c in e.root.children)


def _common_opening(e) -> bool:
    """A one-word organisation the tagger found at the start of a sentence whose verb is plural
    ("Criteria adopted by the council were unlawful. They ordered ...": a common noun capitalised
    because it opens the sentence, no body a later "They" stands for; round 17's 16.07.99/care,
    ``benchmarks/claims.md`` cause 4). Common nouns are no candidates (:func:`subject_candidates`)."""
    if e.label_ != "ORG" or len(e) != 1 or e.start != span_sent(e).start or not e.text[1:].islower():
        return False
    verb = e.root.head
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBP" or verb.lower_ in ("were", "are") or any(a in ("were", "are") for a in aux)


def subject_candidates(paragraphs) -> list[tuple]:
    """The subjects of a document's paragraphs a pronoun may refer to, as (offset, paragraph,
    span): named subjects, a company described as one ("the firm, Hallam Gas, offered ...":
    "It pleaded guilty" is the firm) and a person described by a gendered noun ("Mr Kim's widow,
    Min-Ji Park, left court": a "she" after it), a definite office alone ("The judge") and a
    definite body that decides together ("The committee approved", :func:`deliberative_body`); none
    inside a quotation, whose names are the speaker's words, not the people the text goes on about,
    nor a person's name after "the" (:func:`_place_named`), nor a common noun capitalised as the
    first word of its sentence (:func:`_common_opening`)."""
    out = [
        (offset + e.start_char, para, e)
        for para, offset, doc in paragraphs
        for e in doc_ents(doc)
        if e.label_ in ("PERSON", "ORG", "GPE", "NORP")
        and e.root.dep_ in ("nsubj", "nsubjpass")
        and not _place_named(e)
        and not _common_opening(e)
    ]
    for para, offset, doc in paragraphs:
        for t in doc_tokens(doc):
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "NOUN":
                continue
            appos = [c for c in t.children if c.dep_ == "appos"]
            described = epithets.head_gender(t) and (_named(appos) or described_actor(t))  # "The boy went"
            job = _job_subject(t, appos)  # "A pathologist, Tom Reed, gave"
            body = deliberative_body(t)  # "The committee approved the bill. They said"
            if (
                t.lemma_.lower() in COMPANY_HEADS
                or described
                or _office(t)
                or job
                or another_person(t)
                or body
            ):
                span = doc[t.left_edge.i : (appos[0].right_edge.i if appos else t.i) + 1]
                out.append((offset + span.start_char, para, span))
    return [c for c in out if not quoted(c[2])]


def marked_woman(e: dict, gender: str) -> bool:
    """Whether "she" (``gender`` "f") may be a speaker entity the text marks as a woman (a title,
    "wife", "widow"; not a pronoun resolved to her before): the resolver puts such a woman before
    the others of her kind. Only "she": a name the text gives no gender is, in these court stories,
    most often a man's, so "Mr Hart" is not put before "Recorder Alan Reed" for "he"
    (12.08.99/traveller), while "she" after "Mr Kim's wife Min-Ji ..., Marsh" is the wife."""
    return gender == "f" and e.get("marked", False) and e["gender"] == gender
