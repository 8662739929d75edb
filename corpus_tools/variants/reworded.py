"""A phrase reworded in a kept frame: a cut and an addition at one place are one replacement.

Read on the claims audit's round 23 (``benchmarks/claims.md``, "Twenty-third round", cause 4: ap13,
ap31, bd47). :func:`corpus_tools.variants.lexical.extract_variants` diffs word by word, so a phrase
told again in other words ("accused of [indulging in a heated embrace] with a stranger" / "accused
of [a mid-air kiss] with a stranger"; "a dreamer [who liked to seem rich and successful]." / "a
dreamer [bent on money but broke].") comes out as a cut and an addition, two changes where a reader
counts one. :func:`corpus_tools.variants.named_again.named_again` joins two noun phrases so; this
rule reads any role:

:func:`reworded`: in one version sentence read against one source sentence, a cut and an addition
at one place (nothing but spaces and punctuation between them on either side), the words before
and after them the same on both sides (or a sentence's start or end on both; a time phrase may
close the version's sentence after the addition, "plane last June." for "aircraft.", the time
phrase kept from another source sentence), each side holding a
content word and at most :data:`MAX_WORDS` words, neither over :data:`RATIO` times the other's,
neither holding a quote mark, a word of saying or a time word (those rows are attribution and time
changes of their own), a number or a name (a capitalised word but a sentence's first: facts, read
by the fact rules; "Ted, 70," cut where "stabbed the women" is added is two changes), a word cut
at a hyphen, a comma, an opening "there" or a subject pronoun outside a relative clause (", who
agreed" for "ordered", "There was no room" for "The last words": a clause, not a phrase of the
same role), are one replacement
(``word_substitution``), the addition's side from the addition, the source's side from the cut.

Called last (:func:`settle_final`, from :func:`corpus_tools.variants.lexical.extract_variants`),
after the rules that drop words a version keeps elsewhere, with the round's other rules: a time
word counted twice (:mod:`corpus_tools.variants.time_twice`), a time phrase kept from the next
source sentence (:mod:`corpus_tools.variants.held_times`), words kept word for word from a
source sentence near the one read (:mod:`corpus_tools.variants.next_sentence`) and an honorific
replaced by a title (:mod:`corpus_tools.variants.title_for_honorific`). Each joins two rows in one,
removes one or turns a replacement into a cut, so no count rises.
"""

from __future__ import annotations

from corpus_tools.lexicon import STOP_WORDS, tokenize
from corpus_tools.variants.categories import ATTRIBUTION_WORDS, QUOTE_CHARS
from corpus_tools.variants.held_times import TIME_WORDS, held_times, is_time_phrase
from corpus_tools.variants.joined_rows import at_its_place, join_rows
from corpus_tools.variants.named_again import _word_after, _word_before
from corpus_tools.variants.next_sentence import from_next_sentence
from corpus_tools.variants.time_twice import time_twice
from corpus_tools.variants.title_for_honorific import title_for_honorific

__all__ = ["MAX_WORDS", "reworded", "settle_final"]

_SENT, _START, _END, _FORM = 1, 2, 3, 4
_SRC_DOC, _SRC_SENT, _SRC_START, _SRC_END, _SRC_FORM, _CATEGORY = 6, 7, 8, 9, 10, 12
#: the most words of either side: a clause told again ("who liked to seem ..."), not a paragraph
MAX_WORDS = 16
#: the most one side's words may be, times the other's
RATIO = 2.5
_NOT_WORDED = ATTRIBUTION_WORDS | TIME_WORDS
_SUBJECTS = frozenset("he she they we i it you".split())
_RELATIVES = frozenset("who which that whose whom".split())


def _words(text: str) -> list[str]:
    return [w.lower() for _, _, w in tokenize(text) if w[:1].isalnum()]


def _side_ok(text: str, opens: bool) -> bool:
    """A side that can be a reworded phrase of one role: a content word; no quote mark, word of
    saying, time word, number or name (a capitalised word, but a sentence's first when the side
    ``opens`` it); no word cut at a hyphen ("door-"); no comma, no opening "there", no subject
    pronoun but inside a relative clause ("who said he was"): a clause of its own is no phrase."""
    words = [w for _, _, w in tokenize(text) if w[:1].isalnum()]
    if not words or len(words) > MAX_WORDS or any(ch in QUOTE_CHARS for ch in text):
        return False
    if text.rstrip().endswith("-") or text.lstrip().startswith("-") or "," in text:
        return False
    keys = [w.lower() for w in words]
    if any(k in _NOT_WORDED or any(ch.isdigit() for ch in k) for k in keys) or keys[0] == "there":
        return False
    if any(w[:1].isupper() for w in words[1:] if w != "I") or (words[0][:1].isupper() and not opens):
        return False
    if keys[0] not in _RELATIVES and any(k in _SUBJECTS for k in keys):  # "states he acted"
        return False
    return any(k not in STOP_WORDS for k in keys)


def _alike(cut: str, add: str) -> bool:
    """Whether the two sides are of a size to tell one thing (neither over :data:`RATIO` times the other)."""
    a, b = len(_words(cut)), len(_words(add))
    return max(a, b) <= RATIO * min(a, b)


def _end(raw: str, start: int, end: int) -> tuple[int, bool]:
    """The end of a side's last word, and whether a full stop closes the side (a sentence's end)."""
    k = end
    while k > start and not raw[k - 1].isalnum():
        k -= 1
    return k, any(ch in ".!?" for ch in raw[k:end])


def _after(raw: str, start: int, end: int) -> str | None:
    k, closed = _end(raw, start, end)
    return None if closed else _word_after(raw, k)


def _frame(cut: tuple, add: tuple, version_raw: str, source_raw: str) -> bool:
    """Whether the words around the addition are those around the cut (either may be a sentence's
    start or end, on both sides alike)."""
    lo, hi = min(cut[_START], add[_START]), max(cut[_END], add[_END])
    before = _word_before(version_raw, lo)
    if before == "\0" or before != _word_before(source_raw, cut[_SRC_START]):
        return False
    after, there = _after(version_raw, add[_START], hi), _after(source_raw, cut[_SRC_START], cut[_SRC_END])
    if after is not None and there is None:  # "plane [last June]." for "aircraft.": a time phrase kept
        k = _end(version_raw, add[_START], hi)[0]
        stop = min(
            (i for i in (version_raw.find(ch, k) for ch in ".!?\n") if i >= 0), default=len(version_raw)
        )
        return is_time_phrase(version_raw[k:stop])
    return after != "\0" and after == there


def reworded(rows: list[tuple], version_raw: str, source_raw: str) -> list[tuple]:
    """``rows`` (one version against one source document) with each phrase reworded in a kept
    frame made one replacement (module docstring)."""

    def opens(cut: tuple) -> bool:
        return _word_before(source_raw, cut[_SRC_START]) is None

    def cut_side(cut: tuple) -> bool:
        deleted = cut[_CATEGORY] == "deletion" and not cut[_FORM].strip()
        return deleted and _side_ok(cut[_SRC_FORM], opens(cut))

    def reworded_here(cut: tuple, add: tuple) -> bool:
        return (
            _side_ok(add[_FORM], opens(cut))
            and _alike(cut[_SRC_FORM], add[_FORM])
            and at_its_place(cut, add, version_raw, source_raw)
            and _frame(cut, add, version_raw, source_raw)
        )

    return join_rows(rows, cut_side, reworded_here)


def settle_final(
    rows: list[tuple], version_raw: str, sources: dict[str, str], sentences: dict, context
) -> list[tuple]:
    """The rows of one version (every source file), with the five rules of the module docstring,
    read per source file; ``sources`` maps a source doc_id to its raw text, ``sentences`` (source
    doc_id, sent_id) to a source sentence's text."""
    by_src: dict[str, list[tuple]] = {}
    for r in rows:
        by_src.setdefault(str(r[_SRC_DOC]), []).append(r)
    out = []
    for src, got in by_src.items():
        raw = sources[src]
        got = time_twice(got, version_raw, raw, context)
        got = held_times(got, version_raw, sentences, context)
        got = from_next_sentence(got, version_raw, sentences, context)
        got = title_for_honorific(got, version_raw, raw)
        out.extend(reworded(got, version_raw, raw))
    return out
