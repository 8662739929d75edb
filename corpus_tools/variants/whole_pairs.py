"""A replacement row is a pair of whole units, the same kind of thing on both sides; a pair of
fragments is a cut and an addition.

Read on the claims audit's held-out stories of rounds 26 and 27 (``benchmarks/claims.md``,
"Twenty-seventh round", cause 3: bl14, po11, po21, kn11, kn22, fd11, fd22; issue 22: "Never a
fragment of one sentence paired with a fragment of another"). The diff pairs whatever lies between
two stretches of equal words, and the rules after it keep some such pairs as ``word_substitution``
rows: "killing" -> "s Soho which killed" (the "s" of "London's"), "child pornography in" ->
"PERVERT who amassed", "the defendant" -> ", for the prosecution,", "he had been born" -> ", St
Leger's pedigree masked", "with his elderly" -> "and to a". :func:`split_fragments` cuts every
``word_substitution`` row whose sides are not both whole units (:func:`is_whole_pair`) into the cut
of its source side and the addition of its version side, at the same places.

A side is torn when a letter or a possessive apostrophe stands just before it or a letter just
after it in its text; such a row is always split. A row is kept when both sides open their
sentences (a sentence's opening reworded: "Agreeing to continue his" -> "He is on", claims h10) or
name one thing (:func:`same_head`: a content word in common, neither side stopping on a
preposition or an article: "the production workers, along with the office staff," -> "The
workers"). Otherwise :func:`is_whole_pair` reads the two strings: no clause punctuation inside
a side (a comma not in a number, a semicolon, a colon, a bracket, a dash between spaces: "Don
Tait, prosecuting, said"); a comma after a side only when both sides are one word ("1980s," ->
"Eighties"); no side opening on the "s" of a possessive; one word against at most
:data:`LOPSIDED` words ("has pleaded not guilty to" -> "denies"); a side of several words stopping
on a preposition, an article or a relative pronoun only when both do and neither has more than
three words ("sentenced to" -> "jailed for"), or when it is a verb phrase opening on an
auxiliary against one lower-case word ("has pleaded not guilty to" -> "denies"); function words
alone against content words only as a lone pronoun for a noun phrase ("he" for "the couple",
"He" for "Mr St Leger"; not "They" for "and then patiently", nor "and to a" for "with his
elderly"). A one-word pair is always kept ("never" -> "not"). Read on the 30 METER courts stories
of ``benchmarks/change_rows.py`` (``benchmarks/README.md``, "Round 28, branch rkind28").
"""

from __future__ import annotations

import re

from corpus_tools.lexicon import lemma_key
from corpus_tools.variants.possessive_marks import APOSTROPHES as _APOSTROPHES
from corpus_tools.variants.reformed_pairs import AUX as _AUX
from corpus_tools.variants.reformed_pairs import CLAUSE as _CLAUSE
from corpus_tools.variants.reformed_pairs import DANGLING as _DANGLING
from corpus_tools.variants.reformed_pairs import one_replacement

__all__ = ["LOPSIDED", "PRONOUNS", "is_whole_pair", "same_head", "split_fragments", "written_as_one"]

#: the most words the other side of a one-word side may have ("made his first appearance" ->
#: "appeared" is one replacement); read on the 30 METER stories of benchmarks/change_rows.py
LOPSIDED = 5
#: personal pronouns, subject and object (read by :mod:`corpus_tools.report.change_claims` too)
PRONOUNS = frozenset("he she it they we i you him her them us".split())
_ARTICLES = frozenset({"a", "an", "the"})
_OPENERS = frozenset("the a an this that these those his her their its my our your".split())
#: function words: a side of these alone is no content ("and to a"); a narrow list, so "put down"
#: and "show up" are content words
_FUNCTION = _DANGLING | PRONOUNS | frozenset(
    "and or but nor so then that this these those is are was were be been being has have had will "
    "would can could may might shall should do does did not no such there here also even though "
    "although if while when where until unless because since whether yet despite having".split()
)
_MARKS = ".,;:!?\"'`‘’“”()[]"
_ELIDED = re.compile(r"(?:n['’]t|['’](?:s|re|ve|ll|d|m))$")
#: row positions (variants/lexical.py's VARIANT_COLUMNS)
_START, _END, _FORM, _CONTEXT = 2, 3, 4, 5
_SRC_DOC, _SRC_START, _SRC_END, _SRC_FORM, _SRC_CONTEXT, _CATEGORY = 6, 8, 9, 10, 11, 12


def _words(text: str) -> list[str]:
    """A side's words split at spaces ("45-year-old" and "wasn't" one word each), edge marks off."""
    words = (w.strip(_MARKS) for w in text.split())
    return [w for w in words if any(ch.isalnum() for ch in w)]


def _function(word: str) -> bool:
    """Whether a word is a function word, a contraction read as its first part ("wasn't")."""
    return _ELIDED.sub("", word.lower()) in _FUNCTION


def _torn(raw: str, start: int, end: int) -> bool:
    """Whether ``raw[start:end]`` starts or ends inside a word: a letter just before or after it,
    or the possessive apostrophe of the word before ("London'[s Soho]")."""
    before = raw[start - 1] if start > 0 else " "
    after = raw[end] if end < len(raw) else " "
    first, last = raw[start : start + 1], raw[end - 1 : end] if end > start else ""
    if (before.isalnum() and first.isalnum()) or (after.isalnum() and last.isalnum()):
        return True  # a mark at the edge is no word torn (", a postmistress," after "Anne")
    if first in _APOSTROPHES and before.isalnum():
        return True  # a side opening on a possessive's "'s" ("Leeds['s market]", marks.with_apostrophes)
    possessive = before in _APOSTROPHES and start > 1 and raw[start - 2].isalnum()
    return possessive and raw[start : start + 1].isalpha()


def _opens(raw: str, start: int) -> bool:
    """Whether ``raw[start:]`` opens a sentence: nothing but a full stop, a line break or quote
    marks before it."""
    before = raw[:start].rstrip(" \t`'\"‘“")
    return not before or before[-1] in ".!?\n"


def same_head(a: str, b: str) -> bool:
    """Whether both sides name one thing: a content word in common (its lemma), no side stopping
    on a preposition, an article only with two to :data:`LOPSIDED` words on each side, and the shorter side
    (both when as long) no clause's fragment: no clause punctuation, no mark before it ("the
    production workers, along with the office staff," -> "The workers" is the subject shortened,
    one replacement; "had been bought just three" -> "he bought a" keeps "bought"; not "year" ->
    "years at", "Janice and Connie's DNA" -> "DNA from", ", I believe," -> "sheep, is believed").

    >>> same_head("the production workers, along with the office staff,", "The workers")
    True
    >>> same_head("accused of falsely claiming 16 of the", "to falsely claim 19 in")
    False
    """
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    if any(ws[-1].lower() in _DANGLING - _ARTICLES for ws in (wa, wb)):
        return False  # a phrase stopping on a preposition ("DNA from")
    stops = any(ws[-1].lower() in _ARTICLES for ws in (wa, wb))
    if stops and (min(len(wa), len(wb)) == 1 or max(len(wa), len(wb)) > LOPSIDED):
        return False  # a short phrase may stop on an article ("had been bought just three" -> "he bought a")
    shorter = [s for s, ws in ((a, wa), (b, wb)) if len(ws) == min(len(wa), len(wb))]
    if any(_CLAUSE.search(s.strip().removesuffix(",")) or not s.strip()[:1].isalnum() for s in shorter):
        return False  # the shorter side a clause's fragment (", I believe," -> "sheep, is believed to have")
    keys = [{lemma_key(w) for w in ws if not _function(w) and len(w) > 2} for ws in (wa, wb)]
    return bool(keys[0] & keys[1])


def written_as_one(a: str, b: str) -> bool:
    """Whether one side's letters are the other's with at most an article's letters more: words
    written as one ("post mistress" -> ", a postmistress,", round 14).

    >>> written_as_one("post mistress", ", a postmistress,"), written_as_one("quickly", "was quickly on")
    (True, False)
    """
    la, lb = ("".join(ch for ch in s.lower() if ch.isalnum()) for s in (a, b))
    short, long_ = sorted((la, lb), key=len)
    if len(short) < 4 or short not in long_:
        return False
    head, _, tail = long_.partition(short)
    return head + tail in {"", "a", "an", "the"}


def is_whole_pair(a: str, b: str) -> bool:
    """Whether a replacement of ``a`` (the source's words) by ``b`` (the version's) pairs two whole
    units of the same kind (the module docstring's tests, on the text alone).

    Example:
        >>> is_whole_pair("sentenced to", "jailed for"), is_whole_pair("never", "not")
        (True, True)
        >>> is_whole_pair("child pornography in", "PERVERT who amassed")
        False
        >>> is_whole_pair("the defendant", ", for the prosecution,")
        False
        >>> is_whole_pair("with his elderly", "and to a"), is_whole_pair("and then patiently", "They")
        (False, False)
        >>> is_whole_pair("He", "Mr St Leger"), is_whole_pair("the couple", "they")
        (True, True)
        >>> is_whole_pair("1980s,", "Eighties"), is_whole_pair("bomber", "RIGHT-WING fanatic")
        (True, True)
    """
    core = [s.strip().removesuffix(",").strip() for s in (a, b)]
    wa, wb = _words(core[0]), _words(core[1])
    if not wa or not wb or any(_CLAUSE.search(s) for s in core):
        return False  # a clause's fragment (", for the prosecution,")
    if min(len(wa), len(wb)) == 1 and max(len(wa), len(wb)) > LOPSIDED:
        return False  # one word against a clause ("years" for "raped a divorcee after breaking in")
    if any(ws[0] == "s" for ws in (wa, wb)):
        return False  # the "s" of a possessive cut from its word ("s Soho which killed")
    single = len(wa) == 1 and len(wb) == 1
    if not single and any(c != s.strip() for c, s in zip(core, (a, b), strict=True)):
        return False  # a comma after a phrase: the phrase ends a clause ("security services,")
    if single:
        return True
    dangling = [len(ws) > 1 and ws[-1].lower() in _DANGLING for ws in (wa, wb)]
    verb = [len(ws) == 1 and ws[0].islower() for ws in (wa, wb)]  # one verb for a verb phrase
    phrase = [ws[0].lower() in _AUX for ws in (wa, wb)]  # "has pleaded not guilty to" -> "denies"
    if (dangling[0] and verb[1] and phrase[0]) or (dangling[1] and verb[0] and phrase[1]):
        return True
    if any(dangling) and not (all(dangling) and max(len(wa), len(wb)) <= 3):
        return False
    function = [all(_function(w) for w in ws) for ws in (wa, wb)]
    if function[0] == function[1]:
        return True
    if len(wa) > 1 and len(wb) > 1:
        return False  # function words against content words, several on each side
    one, other, lone_function = (wa, wb, function[0]) if len(wa) == 1 else (wb, wa, function[1])
    if not lone_function or one[0].lower() not in PRONOUNS:
        return False  # "elderly" -> "and to a"; an article alone is no unit ("a" -> "the Old Bailey")
    opener = other[0].lower()
    return opener in _OPENERS or not _function(opener)  # "he" for "the couple"; not "and then patiently"


def split_fragments(rows: list[tuple], version_raw: str, sources: dict[str, str], context) -> list[tuple]:
    """The rows of one version with each ``word_substitution`` row that is not a pair of whole
    units (:func:`is_whole_pair`, or a side torn from a word in its text) cut into a ``deletion``
    (the source side, at the version side's start) and an ``insertion`` (the version side, at the
    source side's end); ``context(raw, start, end)`` writes a row's context."""
    out = []
    for r in rows:
        if r[_CATEGORY] != "word_substitution" or not (r[_FORM] and r[_SRC_FORM]):
            out.append(r)
            continue
        raw = sources[str(r[_SRC_DOC])]
        a0, a1, b0, b1 = r[_SRC_START], r[_SRC_END], r[_START], r[_END]
        torn = _torn(raw, a0, a1) or _torn(version_raw, b0, b1)
        opening = _opens(raw, a0) and _opens(version_raw, b0)  # "Agreeing to continue his" -> "He is on"
        a, b = r[_SRC_FORM], r[_FORM]
        whole = opening or same_head(a, b) or written_as_one(a, b) or is_whole_pair(a, b)
        if not torn and (whole or one_replacement(a, b, is_whole_pair)):  # reformed_pairs
            out.append(r)
            continue
        cut = list(r)
        cut[_END], cut[_FORM], cut[_CONTEXT] = b0, "", context(version_raw, b0, b0)
        cut[_CATEGORY] = "deletion"
        add = list(r)
        add[_SRC_START], add[_SRC_FORM], add[_SRC_CONTEXT] = a1, "", context(raw, a1, a1)
        add[_CATEGORY] = "insertion"
        out += [tuple(cut), tuple(add)]
    return out
