"""Who a pronoun may stand for, besides the speakers: the subjects of a document's sentences.

* :func:`marked_woman`: whether "she" may be a woman the text marks as one ("Mr Kim's wife").
* :func:`subject_candidates`: named subjects, a company described as one ("the firm, Hallam Gas,"),
  and a person described by a gendered noun ("Mr Kim's widow, Min-Ji Park, left court": "she" after
  it is first that woman, :mod:`corpus_tools.attribution.speakers`); never a name inside a
  quotation ("'Kim often cries,' ... He said": not Kim).

The last two were fitted on the METER courts stories read for speaker kinds in round 10 of issue 22
(``TUNE_10`` in ``benchmarks/claims.py``; ``benchmarks/claims_tune10.md``): 16.07.99/manslaughter
(a wife named in a subordinate clause, then "She later told police") and 26.01.00/dancer (a name
inside the counsel's quotation taken for his "He said").
"""

from __future__ import annotations

from corpus_tools.attribution import epithets
from corpus_tools.attribution.companies import COMPANY_HEADS

__all__ = ["marked_woman", "quoted", "subject_candidates"]


def quoted(span) -> bool:
    """Whether a span (of a paragraph's parse) lies inside quotation marks its paragraph opens
    before it: an odd number of straight double quotes, or more opening than closing curly ones."""
    before = span.doc.text[: span.start_char]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _named(appos: list) -> bool:
    """Whether an apposition names a person ("Mr Kim's wife Min-Ji", "his widow, Min-Ji Park"): an
    unnamed "the girl" or "her mother" is left to the speakers the text resolves."""
    return any(c.pos_ == "PROPN" for c in appos)


def subject_candidates(paragraphs) -> list[tuple]:
    """The subjects of a document's paragraphs a pronoun may refer to, as (offset, paragraph,
    span): named subjects, a company described as one ("the firm, Hallam Gas, offered ...":
    "It pleaded guilty" is the firm) and a person described by a gendered noun ("Mr Kim's widow,
    Min-Ji Park, left court": a "she" after it); none inside a quotation, whose names are the
    speaker's words, not the people the text goes on about."""
    out = [
        (offset + e.start_char, para, e)
        for para, offset, doc in paragraphs
        for e in doc.ents
        if e.label_ in ("PERSON", "ORG", "GPE", "NORP") and e.root.dep_ in ("nsubj", "nsubjpass")
    ]
    for para, offset, doc in paragraphs:
        for t in doc:
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "NOUN":
                continue
            appos = [c for c in t.children if c.dep_ == "appos"]
            if t.lemma_.lower() in COMPANY_HEADS or (epithets.head_gender(t) and _named(appos)):
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
