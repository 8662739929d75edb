"""A replacement with a mark at a side's edge, or the same word in another form on both sides, is
one replacement, not a cut and an addition.

Read on the rows :mod:`~.whole_pairs` split wrongly in round 28 (``benchmarks/README.md``, "Round
28, branch rkind28", its 30 METER courts stories: pinochetcharge, sergeant, breeder): "by depriving
her" -> "- deprived", "and point" -> "- and pointed", "him, causing" -> "that caused", "by tying
him, confining him" -> "- confined", "accused obtaining" -> "; obtained", "invented" -> ",
inventing" (the same verb in another form, a dash, comma or semicolon of the clause around it at a
side's edge or before it); "was ordered to undergo" -> "has been sent for" (two verb phrases, each
opening on an auxiliary); "causing" -> "led to" (a participle for a verb and its particle);
"security services," -> "secret police" (a comma closing a noun phrase: strip the mark, then
judge). Issue 22: "A variant pair is a minimal whole unit ... with the same thing on both sides".

:func:`one_replacement` keeps such a row whole. A row whose sides share no word form is judged on
its sides with one edge mark stripped only when the mark closes a side (a leading comma or dash
opens an apposition or a new clause: "we" -> ", Cambridgeshire" stays a cut and an addition).
"""

from __future__ import annotations

import re

from corpus_tools.lexicon import lemma_key

__all__ = ["AUX", "CLAUSE", "DANGLING", "one_replacement", "same_word_other_form"]

#: one mark of the clause around a side, at its edge: a dash, a comma, a semicolon
_EDGE = "-–—,;"
#: clause punctuation inside a side: a comma not inside a number, a semicolon, a colon, a bracket,
#: a dash between spaces ("prize-winning" and "240,000" hold none; :mod:`~.whole_pairs` reads it here)
CLAUSE = re.compile(r"[;:()\[\]]|,(?!\d)|(?:^|\s)[-–—]+(?:\s|$)")
#: the most words a side may have for the same word in another form to make it one replacement
_MOST = 5
#: words a whole phrase does not stop on: articles, prepositions, relative pronouns, conjunctions
#: (:mod:`~.whole_pairs` reads them from here)
DANGLING = frozenset(
    "a an the of for in on at to with by from about into against over after before through upon as "
    "than who which whom whose and or but".split()
)
#: particles a verb takes before its object ("led to", "passed to"): the second word of a two-word
#: verb; not "in" ("making" -> "kept in" pairs "making threats" with "kept in insanitary
#: conditions", pinochetcharge)
_PARTICLES = frozenset("to for into".split())
#: auxiliary verbs: a verb phrase opens with one ("was ordered to"; :mod:`~.whole_pairs` reads them here)
AUX = frozenset(
    "has have had was were is are be been will would could should can may might do does did".split()
)
_SHORT = frozenset("he she it they we him her them his its their that this and or but not".split())


def _words(text: str) -> list[str]:
    words = (w.strip(".,;:!?\"'`‘’“”()[]-–—") for w in text.split())
    return [w for w in words if any(ch.isalnum() for ch in w)]


def same_word_other_form(a: str, b: str) -> bool:
    """Whether a content word of ``a`` and one of ``b`` are one word in two forms (their
    :func:`~corpus_tools.lexicon.lemma_key` equal, the words not equal), each side at most five
    words and neither stopping on a preposition, an article, a relative pronoun or a conjunction
    ("year" -> "years at" is a cut and an addition).

    >>> same_word_other_form("by depriving her", "- deprived")
    True
    >>> same_word_other_form("invented", ", inventing")
    True
    >>> same_word_other_form("year", "years at"), same_word_other_form("the court", "- the court")
    (False, False)
    >>> same_word_other_form("rape, between", "raped his first")
    False
    """
    if _marked(a) and _marked(b):
        return False  # marks on both sides: two clauses' fragments (", I believe," / "sheep, is believed")
    wa, wb = _words(_after_mark(a)), _words(_after_mark(b))
    if not wa or not wb or max(len(_words(a)), len(_words(b))) > _MOST:
        return False
    if any(ws[-1].lower() in DANGLING for ws in (wa, wb)):
        return False
    ka = {lemma_key(w): w.lower() for w in wa if len(w) > 3 and w.lower() not in _SHORT}
    return any(lemma_key(w) in ka and ka[lemma_key(w)] != w.lower() for w in wb if len(w) > 3)


def _marked(side: str) -> bool:
    """Whether a side holds a mark of a clause inside it or closing it (a mark opening it, "-
    confined", is the clause around it)."""
    core = side.strip().lstrip(_EDGE).strip()
    return bool(CLAUSE.search(core)) or core[-1:] in _EDGE


def _after_mark(side: str) -> str:
    """A side's words after its last mark of a clause inside it ("him, causing": "causing"): the
    words before it end the clause before ("rape, between" -> "raped his first" keeps no "rape")."""
    core = side.strip().strip(_EDGE).strip()
    cuts = list(CLAUSE.finditer(core))
    return core[cuts[-1].end() :] if cuts else core


def _verb_phrases(wa: list[str], wb: list[str]) -> bool:
    """Two verb phrases of one role: both opening on an auxiliary ("was ordered to undergo" ->
    "has been sent for"), or one participle against a verb and its particle ("causing" -> "led to")."""
    if len(wa) > 1 and len(wb) > 1 and wa[0].lower() in AUX and wb[0].lower() in AUX:
        return max(len(wa), len(wb)) <= _MOST
    one, two = (wa, wb) if len(wa) == 1 else (wb, wa)
    if len(one) != 1 or len(two) != 2 or not one[0].islower() or not one[0].endswith(("ing", "ed")):
        return False
    return two[0].islower() and two[0] not in DANGLING | AUX and two[1] in _PARTICLES


def one_replacement(a: str, b: str, is_whole_pair) -> bool:
    """Whether a row replacing ``a`` (the source's words) by ``b`` (the version's), which the
    rules of :mod:`~.whole_pairs` would cut in two, is one replacement: the same word in another
    form (:func:`same_word_other_form`), two verb phrases of one role, or a pair of whole units
    (``is_whole_pair``) once a comma or semicolon closing one side is stripped.

    >>> from corpus_tools.variants.whole_pairs import is_whole_pair
    >>> one_replacement("security services,", "secret police", is_whole_pair)
    True
    >>> one_replacement("was ordered to undergo", "has been sent for", is_whole_pair)
    True
    >>> one_replacement("causing", "led to", is_whole_pair)
    True
    >>> one_replacement("we", ", Cambridgeshire", is_whole_pair)
    False
    """
    if same_word_other_form(a, b):
        return True
    sa, sb = a.strip(), b.strip()
    if sa[:1] in _EDGE or sb[:1] in _EDGE:
        return False  # a side opening on a mark: an apposition or a new clause
    ca, cb = sa.rstrip(",;").rstrip(), sb.rstrip(",;").rstrip()
    if CLAUSE.search(ca) or CLAUSE.search(cb):
        return False
    wa, wb = _words(ca), _words(cb)
    if not wa or not wb:
        return False
    if _verb_phrases(wa, wb):
        return True
    if (ca, cb) == (sa, sb) or any(w.lower() in _SHORT | DANGLING for w in wa + wb):
        return False  # a pronoun or a preposition: a clause's part ("They found" -> "Her mother,")
    return is_whole_pair(ca, cb)
