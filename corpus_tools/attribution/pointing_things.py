"""Evidence that "points to" something is no speaker: "It all pointed to a lavish lifestyle for
the couple who only ever travelled first class during their regular trips abroad." (read from round
31's held-out 02.11.99/vietnamese, v1 10; ``benchmarks/claims.md``, rows vn5, vn16 and vn17). "Point
to" is a verb of saying when a person points to figures ("Mr Carman pointed to the delays"), so the
sentence was a statement and "It" was resolved to the court named before it, a named institution
that the paper then "dropped". A reader reads what the facts told, in the reporter's voice.

The rule (:func:`thing_points`): "point" with "to" whose subject is "it", "this" or "that" with
"all" by it ("It all pointed to"), "everything", "all", or a noun of evidence ("the evidence", "the
facts", "the signs", "the clues", "the findings") is no cue.

Widened in round 37 (branch tune37, ``TUNE_37``'s 18050, kind V5 of
``benchmarks/claims_tune37.md``): figures that point are no speaker either, "May currency
reserves, out today, showed a record 4.8 billion stg rise, pointing to massive currency
intervention" (a noun of figures: "reserves", "figures", "data", "statistics", "indicators"), and
a participle "pointing to" hung on a clause takes that clause's subject (the parse gives the
participle none, and the cue reader had taken the reserves for its speaker).

The same figures announced ("Pointing to the record 4.8 billion stg rise in U.K. May currency
reserves announced today he said, "we have been ..."", 17980 of the same series, which the parse
cuts after "U.K.", so that the reserves became the subject of "announced" and the quotation's
speaker) are no speaker of "announced": a verb of publishing ("announce",
"release", "publish", "issue") right after a noun of figures, with no subject but them and no
object or clause of what was said, is the reduced passive of the figures ("reserves [that were]
announced today"), no cue.

* :func:`thing_points`: whether a token is such a "point".
* :func:`announced_figures`: whether a token is such an "announced".
"""

from __future__ import annotations

__all__ = ["announced_figures", "thing_points"]

_EVIDENCE = frozenset({"evidence", "fact", "sign", "clue", "finding", "everything"})
_PRONOUNS = frozenset({"it", "this", "that"})
#: nouns of figures, which are published and point to things but say nothing
_FIGURES = frozenset(
    {"reserve", "reserves", "figure", "data", "datum", "statistic", "indicator", "index", "survey"}
)
#: verbs of publishing whose reduced passive follows its figures ("reserves announced today")
_PUBLISHED = frozenset({"announce", "release", "publish", "issue"})


def thing_points(tok) -> bool:
    """Whether ``tok`` (a spaCy token) is a "point to" whose subject is a thing (module docstring).

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> nlp = load_model()
        >>> thing_points(nlp("It all pointed to a lavish life.")[2])
        True
        >>> thing_points(nlp("Mr Hale pointed to the delays.")[2])
        False
        >>> thing_points(nlp("March reserves showed a rise, pointing to heavy intervention.")[6])
        True
    """
    if tok.lemma_.lower() != "point" or not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ == "advcl" and tok.tag_ == "VBG":  # "Reserves rose, pointing to"
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.lower_ in _PRONOUNS:  # "It all pointed to", "This all points to": the facts, not a body
        nxt = tok.doc[subj.i + 1] if subj.i + 1 < len(tok.doc) else subj
        return any(c.lower_ == "all" for c in subj.children) or nxt.lower_ == "all"
    return subj.lemma_.lower() in _EVIDENCE | _FIGURES or subj.lower_ == "all"


def announced_figures(tok) -> bool:
    """Whether ``tok`` (a spaCy token) is a verb of publishing right after a noun of figures, with
    no subject but them and nothing said: their reduced passive ("reserves announced today"), no cue.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("Citing the rise in April reserves announced today he said, 'we act.'")
        >>> announced_figures(doc[6])
        True
        >>> announced_figures(load_model()("The bank announced today it would act.")[2])
        False
    """
    if (
        tok.lemma_.lower() not in _PUBLISHED
        or tok.i == 0
        or tok.doc[tok.i - 1].lemma_.lower() not in _FIGURES
    ):
        return False
    figures = tok.doc[tok.i - 1]  # the parse may make them its subject: "reserves announced today"
    kids = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp", "xcomp")]
    return all(c == figures for c in kids)
