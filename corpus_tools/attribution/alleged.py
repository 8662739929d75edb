"""A "he" or "she" whose words are alleged: the person the account is about, not the one who gives it.

In a court report the prosecutor tells what the accused did and said: "Mr Hale, prosecuting, said
Dunn had bragged to friends. He allegedly told them: '...'". The pronoun's words are Dunn's, as the
prosecution reports them; a barrister does not "allegedly" say anything in his own speech. The
resolver (:func:`corpus_tools.attribution.speakers.resolve_speakers`) puts the speakers first, so
such a "he" went to the barrister who had spoken last (12.07.99/informant of the claims audit,
round 15, cause 5: informant2 9 and 12, the mail 21). A pronoun is alleged when its verb is
"allegedly" said or told, "is alleged to have" told, or "was heard to" say; it then stands for the
nearest person the text names in its sentence or the sentence before, never a lawyer of either
side, and one who gives an account (the subject of a verb of saying) only when no one else is
named there. "Mr Hale, prosecuting, said ... He added ..." is no allegation and keeps the barrister.

* :func:`is_alleged`: whether a pronoun's statement is told as alleged.
* :func:`person_mentions`: every person a document's paragraphs name, outside quotations.
* :func:`alleged_person`: the name an alleged pronoun stands for, or None.
"""

from __future__ import annotations

from corpus_tools import lexicon
from corpus_tools.attribution.doc_texts import doc_tokens
from corpus_tools.attribution.namesakes import full_names
from corpus_tools.attribution.topics import quoted

__all__ = ["alleged_person", "is_alleged", "person_mentions"]

_GENDERS = {"he": "m", "she": "f"}
#: the words of a lawyer's office: the one who tells the allegation
_LAWYERS = frozenset("prosecutor prosecutors counsel barrister barristers qc kc lawyer".split())


def is_alleged(mention) -> bool:
    """Whether a "he" or "she" (a spaCy Span) is the subject of a statement told as alleged: "he
    allegedly told them", "He is alleged to have said", "she was heard to say".

    >>> from corpus_tools.text.nlp import load_model
    >>> nlp = load_model()
    >>> is_alleged(nlp("He allegedly told them it was over.")[0:1]), is_alleged(nlp("He told them.")[0:1])
    (True, False)
    """
    root = mention.root
    if root.lower_ not in _GENDERS:
        return False
    verb = root.head
    end = min(verb.i + 3, mention.sent.end)  # "was heard to say", "is alleged to have"
    between = mention.doc[root.i + 1 : end] if verb.i > root.i else mention.doc[0:0]
    words = [t.lower_ for t in between] + [c.lower_ for c in verb.children if c.dep_ == "advmod"]
    lemmas = {t.lemma_.lower() for t in between}
    heard_to = "heard" in words and "to" in words
    return "allegedly" in words or ("allege" in lemmas and "to" in words) or heard_to


def person_mentions(paragraphs) -> list[tuple]:
    """``(offset, paragraph, span)`` of every person a document names (a PERSON entity, a proper
    name after a title, "Mr Dunn", or the surname of a person it names in full, "Dunn" after "Colin
    Dunn", whatever the tagger made of it), in text order, outside quotation marks; subjects,
    objects and names inside clauses alike ("approached Dunn near his home")."""
    titles = lexicon.MALE_TITLES | lexicon.FEMALE_TITLES
    surnames = {surname for _, _, surname in full_names(paragraphs)}
    out = []
    for para, offset, doc in paragraphs:
        for t in doc_tokens(doc):
            if t.pos_ != "PROPN" or (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN"):
                continue  # the last word of a name only
            lo = t.i
            while lo > 0 and doc[lo - 1].pos_ == "PROPN":
                lo -= 1
            titled = doc[lo].lower_.rstrip(".") in titles and lo < t.i
            if t.ent_type_ == "PERSON" or titled or t.text in surnames:
                span = doc[lo : t.i + 1]
                if not quoted(span):
                    out.append((offset + span.start_char, para, span))
    return out


def _sentence_no(span) -> int:
    return sum(1 for s in span.doc.sents if s.start <= span.start) - 1


def _near_before(att, names: list[tuple]) -> list:
    """The names in the pronoun's sentence before it or in the sentence just before (the last of
    the paragraph before, when the pronoun's sentence opens its paragraph), nearest first."""
    mention = att.mention
    mine = _sentence_no(mention)
    out = []
    for pos, para, span in names:
        if pos >= att.span[0]:
            continue
        if para == att.para and span.doc is mention.doc:
            near = _sentence_no(span) >= mine - 1
        else:
            last = _sentence_no(span) == len(list(span.doc.sents)) - 1
            near = para == att.para - 1 and mine == 0 and last
        out += [span] if near else []
    return out[::-1]


def _lawyer(span, features: dict, seen: list[tuple]) -> bool:
    """Whether a name is a lawyer of either side ("Victor Hale QC, prosecuting"; "Mr Hale", his
    later mention): its own words or a speaker seen before with its surname and a court side."""
    sides = set(lexicon.COURT_SIDES.values())
    after = next((t for t in span.doc[span.end : span.end + 3] if not t.is_punct), None)
    silk = after is not None and after.lower_.replace(".", "") in ("qc", "kc")  # "Victor Hale QC"
    own = bool(set(features["affiliation"].split("; ")) & sides) or silk
    earlier = any(
        features["surname"] in e["surnames"]
        and (bool(set(e["affiliation"].split("; ")) & sides) or bool(e["heads"] & _LAWYERS))
        for *_, e, _ in seen
    )
    return own or (bool(features["surname"]) and earlier)


def _reporter(span, cued: set) -> bool:
    """Whether a name is the subject of a verb of saying ("Mr Hale said that Dunn ...")."""
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and (id(span.doc), root.head.i) in cued


def alleged_person(att, pronoun: str, names: list[tuple], seen: list[tuple], cued: set, features, genders):
    """The span of the person an alleged "he" or "she" (:func:`is_alleged`) stands for, or None.

    Args:
        att: the pronoun's attribution (``span``: cleaned offsets of its mention; ``para``; ``mention``).
        pronoun: the pronoun, lower case.
        names: :func:`person_mentions` of the document.
        seen: the resolver's ``(position, paragraph, entity, is a speaker)`` before ``att``.
        cued: ``(id(doc), token index)`` of the verbs the attributions read as statements.
        features: a name's features as a person's (``span -> dict`` with ``surname``, ``gender``
            and ``affiliation``: :func:`~.speakers.speaker_features`).
        genders: surname -> the gender the text gives it.
    """
    gender = _GENDERS.get(pronoun, "")
    if not gender or att.mention is None or not is_alleged(att.mention):
        return None
    found = []
    for span in _near_before(att, names):
        f = features(span)
        g = f["gender"] or genders.get(f["surname"], "")
        if g not in ("", gender):
            continue
        if not _lawyer(span, f, seen):
            found.append(span)
    told = [s for s in found if not _reporter(s, cued)]  # "Mr Hale said that Dunn ...": Dunn
    return (told or found or [None])[0]
