"""A hearing that hears a statement: the nouns of a hearing, a hearing at a sentence's end, and
the one decision that an attribution is a hearing's, not a person's.

* :func:`is_hearing`: whether attribution rows are a hearing's ("the court was told", "the jury
  heard", "The judge was told that ..."): who spoke is not given, so no later reading makes the
  hearing a judge or any named speaker (the guards of
  :func:`~.identities.refine_speakers`, :func:`~.judges.name_the_judge`,
  :func:`~.takes.name_across_takes` and the speaker features of :mod:`~.speakers` all ask it);
* :func:`as_hearing`: a hearing's speaker features: anonymous, no name, "the hearing" for a bench
  told;
* :func:`hearing_noun`: a noun that names a hearing ("the court heard", "Magistrates were told").
* :func:`told_bench`: "The judge was told that ...": the bench told, by no one named, a hearing;
  :func:`hearing_label` labels it "the hearing", never the judge who speaks elsewhere.
* :func:`finite_hearing`: "..., Exeter Crown Court was told yesterday." parsed as a clause hung
  on the one before: a hearing's passive with its own subject, no bare participle ("when told");
* :func:`trailing_hearing`: "X killed themselves, an inquest in Wakefield heard yesterday": the
  inquest at the sentence's end reports the clause before it, a place between commas after its
  noun or not ("..., Newport crown court, in south Wales, was told").

Split from :mod:`corpus_tools.attribution.reports` (no rule changed).
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from corpus_tools.attribution.pronouns import HEARING_KEY

__all__ = [
    "HEARD",
    "HEARING",
    "as_hearing",
    "finite_hearing",
    "hearing_label",
    "hearing_noun",
    "is_hearing",
    "told_bench",
    "trailing_hearing",
]

#: the ``resolved_from`` of an attribution whose cue is a hearing's (``cues.cue_kind`` "hearing")
HEARD = "hearing"

#: nouns of a hearing that "hears" evidence ("the court heard", "an inquest heard yesterday")
HEARING = {
    "court",
    "jury",
    "tribunal",
    "inquest",
    "hearing",
    "trial",
    "magistrates",
    "jurors",
    "committee",
    "lords",
    "inquiry",  # a public inquiry hears evidence: "The inquiry heard that ..." (TUNE_27's heart, K12)
}
_AFTER_HEARD = {"dobj", "ccomp", "xcomp", "attr", "prep", "advcl"}
#: the words of a trailing hearing's noun phrase before its noun ("the Truro Crown Court", "Merthyr
#: Tydfil crown court", whose town the parse may make a modifier of its own)
_BEFORE_HEARING = {"det", "amod", "compound", "nmod"}


def is_hearing(rows):
    """Whether attribution rows are a hearing's, not a person's: their cue is a hearing's ("the court
    was told", "the jury heard", "Magistrates were told", "The judge was told that ...",
    :func:`told_bench`), their ``resolved_from`` :data:`HEARD`. Who spoke is not given, so the
    hearing keeps its label: no reading of the document, its group or its takes makes it the judge
    who speaks elsewhere, nor gives it a name (claims_tune16.md, kind U2; "the court was told" of
    pinochet1nl).

    Args:
        rows: the attribution frame, or one row of it (a mapping, or a record with a
            ``resolved_from`` attribute).

    Returns:
        For a frame, a boolean Series on its index (all False without a ``resolved_from`` column);
        for one row, a bool.

    Example:
        >>> frame = pd.DataFrame({"resolved_from": ["hearing", "mention", None]})
        >>> is_hearing(frame).tolist(), is_hearing({"resolved_from": "hearing"}), is_hearing({})
        ([True, False, False], True, False)
    """
    if isinstance(rows, pd.DataFrame):
        if "resolved_from" not in rows.columns:
            return pd.Series(False, index=rows.index)
        return rows["resolved_from"].eq(HEARD)
    found = rows.get("resolved_from") if isinstance(rows, Mapping) else getattr(rows, "resolved_from", None)
    return found == HEARD


def as_hearing(f: dict) -> dict:
    """A hearing's speaker features (``f``, of :func:`~.speakers.speaker_features`, changed in
    place and returned) for an attribution that :func:`is_hearing`: an anonymous speaker, no name
    nor surname, the key :data:`~.pronouns.HEARING_KEY` (no "he" or "she" refers to it), and
    the label of :func:`hearing_label` ("The judge" told: "the hearing", its heads "hearing"), so
    that a later "The judge said" is no hearing's.

    Example:
        >>> f = {"type": "person", "named": False, "surname": "", "head": "judge", "label": "The judge"}
        >>> g = as_hearing(f)
        >>> g["type"], g["label"], g["heads"], g is f
        ('anonymous', 'the hearing', {'hearing'}, True)
        >>> as_hearing({"head": "court", "label": "the court"})["heads"]
        {'court'}
    """
    f.update(type="anonymous", named=False, surname="", heads={f["head"]}, key=HEARING_KEY)
    if (label := hearing_label(f["label"])) != f["label"]:  # "The judge was told": the hearing
        f.update(label=label, heads={"hearing"})  # a later "The judge said" is no hearing's
    return f


def hearing_noun(tok) -> bool:
    """Whether a noun names a hearing (:data:`HEARING`), by its lemma or its form: the lemma of
    "magistrates" is "magistrate", one magistrate, a person ("The magistrate ruled"); the plural is
    the bench, a hearing ("Magistrates were told that ...", "magistrates in Woking heard"). A town
    the parser took for a gerund with the court its object ("Reading Crown Court was told":
    "Reading" the subject, "Court" its object; TUNE_19's 12.07.99/axe, kind K4,
    ``benchmarks/claims_tune19.md``) is the court too."""
    if tok.tag_ == "VBG" and tok.text.istitle():
        return any(c.dep_ == "dobj" and c.text.istitle() and hearing_noun(c) for c in tok.children)
    if tok.lemma_.lower() in HEARING or tok.lower_ in HEARING:
        return True
    return tok.lower_ == "house" and any(  # "the House of Lords was told", a court of appeal
        c.lower_ == "of" and any(g.lower_ == "lords" for g in c.children) for c in tok.children
    )


def finite_hearing(verb) -> bool:
    """Whether a passive "told" is a hearing's finite clause with its own subject ("..., Exeter Crown
    Court was told yesterday.", which the parser may hang on the clause before as an adverbial
    clause), not a bare participle ("when told of the verdict"): its subject a hearing noun
    (:func:`hearing_noun`) and its "was" or "had been" its own (TUNE_21's farmer, kind K2,
    ``benchmarks/claims_tune21.md``)."""
    if not _passive_told(verb):
        return False
    return any(c.dep_ == "nsubjpass" and hearing_noun(c) for c in verb.children)


#: who presides over a hearing: told something with no teller named, the hearing heard it
_BENCH = ("judge", "coroner", "magistrate", "recorder", "sheriff")


def told_bench(verb) -> bool:
    """Whether a cue is "the judge was told that ...": a passive "told" whose subject is a bench
    without a name (:data:`_BENCH` with "the": "The judge", "the coroner"), with no agent and no
    "to" of an order ("The judge was told to stand down"). Who told it is not given: it is the
    hearing's, one anonymous speaker, as "the court was told" (17.04.00/vanessa of round 16's
    tuning, ``benchmarks/claims_tune16.md``, kind U2; the held-out audit's round 16,
    12.07.99/places, p2 4). "The judge was told by Mr Hale" is Mr Hale's (an agent); "Judge Smith
    was told" names the judge."""
    if not _passive_told(verb):
        return False
    if any(c.dep_ in ("agent", "xcomp") for c in verb.children):
        return False
    return any(_bench(c) for c in verb.children if c.dep_ == "nsubjpass")


def _bench(subject) -> bool:
    """ "The judge": a bench noun with "the" and no name hung on it."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in _BENCH:
        return False
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    named = any(c.dep_ in ("compound", "appos", "flat") for c in subject.children)
    return definite and not named


def hearing_label(label: str) -> str:
    """The label of a hearing: "the hearing" for a bench told (:func:`told_bench`: "The judge"),
    which a later reading would give to the judge by name; any other label as it is.

    Example:
        >>> hearing_label("The judge"), hearing_label("the court")
        ('the hearing', 'the court')
    """
    words = str(label).lower().split()
    return "the hearing" if len(words) == 2 and words[0] == "the" and words[1] in _BENCH else label


def _place_aside(between) -> set[int]:
    """The indices of a place set between commas after a hearing's noun (", in south Wales,"),
    which the parser hangs elsewhere: "in" or "at" and then only nouns, proper nouns, adjectives
    or "and" up to the closing comma (round 15's drink, ``benchmarks/claims_tune15.md``, kind T6).
    Empty for anything else."""
    words = list(between)
    if len(words) < 4 or words[0].text != "," or words[1].lower_ not in ("in", "at"):
        return set()
    close = next((k for k in range(2, len(words)) if words[k].text == ","), None)
    place = words[2:close] if close is not None else []
    if not place or any(w.pos_ not in ("PROPN", "NOUN", "ADJ", "CCONJ") for w in place):
        return set()
    return {w.i for w in words[1:close]}


def _passive_told(verb) -> bool:
    """A passive "told" ("were told", "had been told")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return verb.lemma_.lower() == "tell" and verb.tag_ == "VBN" and passive


def trailing_hearing(verb):
    """The hearing that ends a sentence and reports the clause before it ("..., an inquest in
    Wakefield, West Yorkshire, heard yesterday."; '... "please forgive us," an inquest heard
    today.'; "..., Truro Crown Court in Cornwall had been told."): its noun's token, or None. The
    parser hangs the hearing on the clause before; it is taken when the verb ("heard", a passive
    "told") has no object or clause after it, the hearing noun comes at most eight words before
    it, opened by a comma or a closing quote mark, with only its own modifiers (and the verb's
    auxiliaries) between."""
    doc, sent = verb.doc, verb.sent
    if not ((verb.lemma_.lower() == "hear" and verb.tag_ in ("VBD", "VBN")) or _passive_told(verb)):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and hearing_noun(c) for c in verb.children):
        return None
    if any(c.i > verb.i and c.dep_ in _AFTER_HEARD for c in verb.children):
        return None
    window = doc[max(sent.start, verb.i - 8) : verb.i]
    nouns = [t for t in window if hearing_noun(t) and t.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return None
    noun = nouns[-1]
    between = doc[noun.i + 1 : verb.i]
    aux = {c.i for c in verb.children if c.dep_ in ("aux", "auxpass")}
    aside = _place_aside(between)  # "Newport crown court, in south Wales, was told"
    if any(not (t.is_punct or noun.is_ancestor(t) or t.i in aux or t.i in aside) for t in between):
        return None
    lo = noun.i
    while lo - 1 > sent.start and noun.is_ancestor(doc[lo - 1]) and doc[lo - 1].dep_ in _BEFORE_HEARING:
        lo -= 1
    before = doc[lo - 1] if lo - 1 >= sent.start else None
    if before is None or lo - 1 - sent.start < 3 or not (before.text == "," or before.is_quote):
        return None
    return noun
