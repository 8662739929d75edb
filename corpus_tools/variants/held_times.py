"""A time phrase kept from a neighbouring source sentence, in another order, counted added.

Read on the claims audit's round 23 (``benchmarks/claims.md``, "Twenty-third round", cause 4: ap13,
ap31, "last October" counted added where the source's next sentence says "in October last year").
A version that fuses two source sentences takes the date of the second in its own word order; the
rules that drop words a version keeps elsewhere (:mod:`corpus_tools.variants.kept`) look for them
word for word, so "last June" against "in June last year" stays an addition.

:func:`held_times`: an addition that is a time phrase (:func:`is_time_phrase`: "last June", "on
Friday night", "in March 1998"), or that ends with one after a word of its own ("plane last
June"), whose words (but "in", "on", "of", "the", "at") one source sentence within two of the
row's source sentence writes in any order, and the row's own source sentence does not, is kept,
not added: the row goes, or its time phrase leaves it. A time phrase the source holds nowhere near
stays an addition. Removes or narrows rows, so no count rises.
"""

from __future__ import annotations

from corpus_tools.lexicon import MONTHS, RELATIVE_DAYS, WEEKDAYS, tokenize

__all__ = ["MAX_TIME_WORDS", "TIME_WORDS", "held_times", "is_time_phrase"]

_SENT, _START, _END, _FORM = 1, 2, 3, 4
_SRC_DOC, _SRC_SENT, _SRC_FORM, _CATEGORY = 6, 7, 10, 12
#: words that name a day or a month: a phrase holding one is a time phrase
TIME_WORDS = WEEKDAYS | RELATIVE_DAYS | frozenset(MONTHS)
_SPANS = frozenset("night week weekend month year morning afternoon evening".split())
_GLUE = frozenset("last next this early late ago in on of the at".split())
_FREE = frozenset("in on of the at".split())
_OPENERS = _FREE | {"last", "next", "this"} | TIME_WORDS
#: the most words of a time phrase
MAX_TIME_WORDS = 5


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(a, b, w.lower()) for a, b, w in tokenize(text) if w[:1].isalnum()]


def _timely(word: str) -> bool:
    return word in TIME_WORDS or word in _SPANS or word in _GLUE or (word.isdigit() and len(word) == 4)


def is_time_phrase(text: str) -> bool:
    """Whether ``text`` is a time phrase: up to :data:`MAX_TIME_WORDS` words, each a time word, a
    year or a function word of time, one of them naming a day, a month, a year or a span.

    >>> is_time_phrase("last October"), is_time_phrase("last night"), is_time_phrase("in March 1998")
    (True, True, True)
    >>> is_time_phrase("last"), is_time_phrase("plane last October"), is_time_phrase("in the")
    (False, False, False)
    """
    words = [w for _, _, w in _words(text)]
    if not words or len(words) > MAX_TIME_WORDS or not all(_timely(w) for w in words):
        return False
    return any(w in TIME_WORDS or w in _SPANS or w.isdigit() for w in words)


def _tail(text: str) -> int | None:
    """The offset in ``text`` where a closing time phrase begins after a word of its own, or None."""
    words = _words(text)
    for k in range(1, len(words)):
        if words[k][2] in _FREE | {"last", "next", "this"} | TIME_WORDS and is_time_phrase(
            text[words[k][0] :]
        ):
            own = [w for _, _, w in words[:k]]
            return words[k][0] if not all(_timely(w) for w in own) else None
    return None


def _held(phrase: str, sid: int, doc: str, sentences: dict) -> bool:
    """Whether a source sentence within two of ``sid`` (not ``sid``) holds the phrase's words."""
    need = {w for _, _, w in _words(phrase)} - _FREE
    if need <= {w for _, _, w in _words(sentences.get((doc, sid), ""))}:
        return False  # the row's own sentence holds them: the diff's reading stands
    near = (sentences.get((doc, sid + k), "") for k in (-2, -1, 1, 2))
    return any(need <= {w for _, _, w in _words(text)} for text in near)


def held_times(rows: list[tuple], version_raw: str, sentences: dict, context) -> list[tuple]:
    """``rows`` (one version against one source document) without the time phrases a neighbouring
    source sentence holds (module docstring); ``sentences`` maps (source doc_id, sent_id) to its text."""
    out = []
    for r in rows:
        if r[_CATEGORY] != "insertion" or r[_SRC_FORM].strip():
            out.append(r)
            continue
        form, doc, sid = r[_FORM], str(r[_SRC_DOC]), r[_SRC_SENT]
        if is_time_phrase(form) and _held(form, sid, doc, sentences):
            continue
        cut = _tail(form)
        if cut is not None and _held(form[cut:], sid, doc, sentences):
            a = r[_START]
            b = a + len(form[:cut].rstrip(" ,\n"))
            r = r[:_START] + (a, b, version_raw[a:b], context(version_raw, a, b)) + r[6:]
        out.append(r)
    return out
