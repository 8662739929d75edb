"""The gender a text gives a named person by a rank word or by the pronoun of its own sentence.

A title ("Mr", "Miss") gives a surname its gender wherever it stands
(:func:`~.antecedents.text_genders`); a report that writes "Pc Ann Okafor" or "Joy Okafor" gives
none, and the first "he" or "she" a speaker took then fixed it, right or wrong: "Pc Okafor told
the court Sgt Bell called her names, he said" made her a man, and every later "She admitted" went
to the sergeant (12.08.99/snooker of the claims audit, round 12, S kind 2, ``benchmarks/claims.md``).
A reader knows her gender from the text before any pronoun is resolved:

* a gendered rank or job word before the name ("WPC", "policewoman"; :data:`RANK_GENDERS`);
* the subject pronoun of a sentence whose main verb has the name as its subject, in the name's
  own clause or the clause it reports ("Pc Ann Okafor was asked what she wore"; "During the
  trial, Joy Okafor claimed she was abused"), when the sentence names no other person after it
  and has no "he" or "she" before it ("and she said she hit him once; Sgt Bell said she punched
  him": the sergeant's account of her);
* the "he" or "she" that opens the sentence after one whose subject is the name and which names
  no one else ("Tom Cobb, of Leeds, is accused of theft. He denies it": round 17's
  17.04.00/nurse, kind 9, where "She told the court" had gone to the man named before her).

A surname given both genders gets none; a title's gender wins (it is merged after this one).

* :func:`said_genders`: surname -> ``m`` or ``f`` for a document's paragraphs.
"""

from __future__ import annotations

from corpus_tools.attribution.doc_texts import doc_tokens

__all__ = ["RANK_GENDERS", "said_genders"]

#: rank and job words before a name that give its gender (a declarative table)
RANK_GENDERS: dict[str, str] = {
    **dict.fromkeys("wpc wdc policewoman businesswoman actress".split(), "f"),
    **dict.fromkeys("policeman businessman".split(), "m"),
}
_SUBJECTS = {"he": "m", "she": "f"}
#: the parts of a sentence where a name is a person who acts or is acted on
_ACTING = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "appos", "conj", "attr"})


def _subject_name(sent):
    """The name (its last token) that is the subject of a sentence's main verb, or None."""
    subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    name = subjects[0] if subjects else None
    return name if name is not None and name.pos_ == "PROPN" and name.ent_type_ == "PERSON" else None


def _lone_subject(sent) -> str | None:
    """The name (its last word) that is the subject of a sentence's main verb, a surname alone
    the tagger may not tag ("Cobb, of Leeds, is accused"), when the sentence names no other person."""
    subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    name = subjects[0] if subjects else None
    if (
        name is None
        or name.pos_ != "PROPN"
        or name.ent_type_ not in ("PERSON", "")
        or not name.text[:1].isupper()
    ):
        return None
    if any(c.dep_ == "det" for c in name.children):  # "The Old Bailey was told": no person
        return None
    # another person who acts in it ("Cobb, who hit Tom Hale, ..."); not a name inside a place ("of St Ann's")
    others = [
        e
        for e in sent.ents
        if e.label_ == "PERSON" and not e.start <= name.i < e.end and e.root.dep_ in _ACTING
    ]
    return None if others else name.text


def _add_person(found: dict, name, gender: str) -> None:
    """Record ``gender`` under ``(given name, surname)`` too, for a name of two words or more ("Sandra
    Cole ... she"): a surname a husband and wife share has both genders, or a title's ("Mr Cole", her
    husband), and only the full name tells them apart (TUNE_19's 27.01.00/wife, kind K2b, where "Mr
    Jones told the court" joined "Sandra Jones": ``benchmarks/claims_tune19.md``)."""
    given = name.doc[name.i - 1] if name.i > 0 else None
    if given is not None and given.pos_ == "PROPN" and given.dep_ == "compound" and given.text.istitle():
        found.setdefault((given.text, name.text), set()).add(gender)


def said_genders(paragraphs) -> dict[str, str]:
    """surname -> ``m`` or ``f`` from a rank word before a person's name or the pronoun of the
    sentence the name opens (module docstring), and ``(given name, surname)`` -> the same for a full
    name (:func:`~.namesakes.person_gender` reads it first), for ``(para, offset, doc)`` paragraphs
    (:func:`~corpus_tools.text.sentences.paragraph_docs`).

    >>> from corpus_tools.text.nlp import load_model
    >>> nlp = load_model()
    >>> doc = nlp("Pc Ann Okafor was asked what she wore. Later, Tom Bell said he left. WPC Jo Dale agreed. "
    ...           "She said she hit him; Sgt Sam Hurst said she kicked him.")
    >>> sorted((k, g) for k, g in said_genders([(0, 0, doc)]).items() if isinstance(k, str))
    [('Bell', 'm'), ('Dale', 'f'), ('Okafor', 'f')]
    >>> said_genders([(0, 0, nlp("Sandra Cole wept as she was jailed."))])[("Sandra", "Cole")]
    'f'
    """
    found: dict[str, set[str]] = {}
    before = None  # the name that is the subject of the sentence before, which names no one else
    for _, _, doc in paragraphs:
        for t in doc_tokens(doc):
            if t.lower_ in RANK_GENDERS and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN":
                end = t.i + 1
                while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper():
                    end += 1
                found.setdefault(doc[end].text, set()).add(RANK_GENDERS[t.lower_])
                _add_person(found, doc[end], RANK_GENDERS[t.lower_]) if end > t.i + 1 else None
        for sent in doc.sents:
            name = _subject_name(sent)
            opening = sent[0]
            if before is not None and opening.lower_ in _SUBJECTS and opening.dep_ in ("nsubj", "nsubjpass"):
                found.setdefault(before, set()).add(_SUBJECTS[opening.lower_])  # "Cobb is accused ... He has"
            before = _lone_subject(sent)
            if name is None:
                continue
            others = [t for t in sent if t.ent_type_ == "PERSON" and t.i > name.i and t.dep_ != "compound"]
            others += [t for t in sent if t.i < name.i and t.lower_ in _SUBJECTS]  # "she said; X said she"
            verb = name.head
            said = next(
                (
                    t
                    for t in sent
                    if t.i > name.i and t.lower_ in _SUBJECTS and t.dep_ in ("nsubj", "nsubjpass")
                ),
                None,
            )
            if said is None or others or not (said.head.i == verb.i or said.head.head.i == verb.i):
                continue
            found.setdefault(name.text, set()).add(_SUBJECTS[said.lower_])
            _add_person(found, name, _SUBJECTS[said.lower_])
    return {name: g.pop() for name, g in found.items() if len(g) == 1}
