"""A source's hour, day or phrase that a later text writes another way: no fact or word of its own
(issue #22, round 38, branch rkind38).

A wire update rewrites the times and the short forms of the story it updates: "The union has said
it will strike on 1000 EDT/1400 GMT on Thursday" becomes "The union threatened to strike at 10 a.m.
EDT on Thursday", and "will make its first economic offer later today" becomes "later Monday" in
the copy filed two minutes later, on that Monday (Reuters-21578 21341 and 21338, ``TUNE_38``);
"barrels per day" becomes "bpd" (audit37's 5125 of 5123, ``HELD_OUT_37``). The count of a text's
names, numbers and words of its own (:func:`corpus_tools.reuse.novelty.novel_lists`) counted "10"
and "Monday" as facts 21341 does not have, and "bpd" as a word of 5125's own; the findings then
said "adds only 2 words and 2 names or numbers" where the copy adds none (``benchmarks/claims_tune38_r.md``,
cause W; ``benchmarks/claims.md``, round 37, cause 7).

* :func:`form_keys`: the source's 24-hour clock times, read where a time zone or "hrs" follows
  ("1000 EDT", "2230 GMT", "0900 hrs"), as keys of their hour and minute ("clock 10:00"); the
  words just before and after each of its words for the day ("day< later", "day> in" of "later
  today in"); and the
  initials of every run of two to four of its lower-case words that holds no vowel ("initials bpd"
  of "barrels per day"); its amounts written out in full ("8,574,000"), each cut and rounded to the
  million, the tenth and the hundredth of a million, and the same of a billion ("amount 8500000",
  "amount 8600000"). Keys with a space, which no word has.
* :func:`told_otherwise`: the places of a text's words that are the source's written otherwise:
  an hour on the 12-hour clock ("10" of "10 a.m.", "2" and "30" of "2:30 p.m.") whose 24-hour form
  the source writes; a weekday standing where the source says "today", "yesterday", "tomorrow" or
  "tonight": the word just before it (an "on" passed over) or just after it is the word just before
  or after the source's day word ("later today in" and "later Monday in"; "in Washington yesterday"
  and "in Washington on Friday"), and the text says none of the source's words for the day (it
  names the day instead; the day itself cannot be checked without dates, as the variants' time
  reference reads it). A weekday elsewhere ("Mothering Sunday", "a Sunday tabloid", "last Monday"
  in a paper whose wire says "today": METER courts) stays a fact of the text's own; a word of two
  to five letters with no vowel whose letters are the initials of a run of the source's words
  ("bpd", "mcf"), a short form, not a word; the figures of an amount in millions or billions
  ("8.5" of "about 8.5 mln dlrs", "24" of "24 mln") that round or cut to that place one of the
  source's amounts written out in full ("8,574,000 dlrs"): round 39, branch rkind39, found on
  ``TUNE_39``'s 19349, which retells 19231's exchange offer in round figures ("23,580,000 dlrs"
  as "23.5 mln dlrs") and was said to add "3 names or numbers that 19231 does not have"
  (``benchmarks/claims_tune39_r.md``, cause W).

Cheap: :func:`form_keys` is three regular expressions and one pass over the source's words, beside
:func:`corpus_tools.reuse.novelty.compounds`' others; :func:`told_otherwise` one pass over the
text's words with set lookups, each test gated on the word's own key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from corpus_tools.reuse.fact_parts import decimal
from corpus_tools.text.sentences import match_key, norm_token

__all__ = ["WEEKDAYS", "form_keys", "told_otherwise"]

#: the days a text may name for the source's "today" or "yesterday"
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
#: the source's words for a day relative to its filing, which a later copy writes as the weekday
_DAY_WORDS = frozenset("today yesterday tomorrow tonight".split())
#: a 24-hour time in figures before a time zone or "hrs" ("1000 EDT", "1400 GMT", "0930 hrs")
_CLOCK_24 = re.compile(
    r"(?<![\d.,])([01]\d|2[0-3])([0-5]\d)\s*(?:(?:[ECMP][SD]T|GMT|BST|CET|JST|hrs|hours)\b)"
)
_WORD = re.compile(r"[A-Za-z]+")
#: a word for the day with the words around it ("later today in", "Yesterday, Washington")
_DAY_SLOT = re.compile(
    r"(?:\b([A-Za-z]+)\W+)?\b(today|yesterday|tomorrow|tonight)\b(?:\W+([A-Za-z]+))?", re.IGNORECASE
)
_VOWELS = frozenset("aeiouy")
#: an amount written out with thousands separators ("8,574,000"), not the whole part of a decimal
_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d,]|\.\d)")
#: the scale words of an amount in round figures, by their keys, and what each stands for
_SCALES = {"mln": 10**6, "million": 10**6, "mn": 10**6, "bln": 10**9, "billion": 10**9}


def _amount_keys(value: int) -> set[str]:
    """The keys of an amount cut and rounded to the million, billion and their tenths and hundredths."""
    out = set()
    for scale in (10**6, 10**9):
        if value >= scale:
            for step in (scale, scale // 10, scale // 100):
                out.update(f"amount {n * step}" for n in (value // step, (value + step // 2) // step))
    return out


def form_keys(texts: Iterable[str]) -> set[str]:
    """The keys of a source's clock times and of its words' initials (:func:`told_otherwise`).

    Example:
        >>> sorted(form_keys(["Strike at 1000 EDT/1400 GMT, output 50,000 barrels per day."]))
        ['clock 10:00', 'clock 14:00', 'initials bp', 'initials bpd', 'initials pd']
    """
    out: set[str] = set()
    for text in texts:
        out.update(f"clock {int(m.group(1))}:{m.group(2)}" for m in _CLOCK_24.finditer(text))
        for m in _DAY_SLOT.finditer(text):
            before, after = m.group(1), m.group(3)
            out.update(
                f"day{side} {match_key(norm_token(w))}" for side, w in (("<", before), (">", after)) if w
            )
        for m in _FIGURE.finditer(text):  # "8,574,000": "about 8.5 mln" in a later text
            out |= _amount_keys(int(m.group().replace(",", "")))
        firsts = [w[0] if w.islower() else " " for w in _WORD.findall(text)]  # a name's capitals: no run
        for n in (2, 3, 4):
            for k in range(len(firsts) - n + 1):
                run = "".join(firsts[k : k + n])
                if " " not in run and not _VOWELS & set(run):
                    out.add(f"initials {run}")
    return out


def _hour(words: Sequence[tuple[str, str, bool]], i: int) -> tuple[list[int], str]:
    """The places of a 12-hour time's figures ending at the "a.m." or "p.m." at ``i``, and its key."""
    half = words[i][0]
    j = i - 1
    minute = "00"
    places = [j]
    if j >= 1 and words[j][1].isdigit() and len(words[j][1]) == 2 and words[j - 1][1].isdigit():
        minute, j = words[j][1], j - 1  # "2:30 p.m."
        places = [j, j + 1]
    if j < 0 or not words[j][1].isdigit() or not 1 <= int(words[j][1]) <= 12:
        return [], ""
    hour = int(words[j][1]) % 12 + (12 if half == "pm" else 0)
    return places, f"clock {hour}:{minute}"


def _rounded(words: Sequence[tuple[str, str, bool]], i: int, src: set[str]) -> list[int]:
    """The places of the figures before the scale word at ``i`` ("8", "5" of "8.5 mln") when they
    state one of the source's amounts in round figures, else none."""
    if i >= 2 and decimal(words, (i - 2, i - 1)):
        whole, _, part = decimal(words, (i - 2, i - 1)).partition(".")
        places = [i - 2, i - 1]
    elif i >= 1 and words[i - 1][1].isdigit() and not (i >= 2 and words[i - 2][1].isdigit()):
        whole, part, places = words[i - 1][1], "", [i - 1]
    else:
        return []
    if len(part) > 2:
        return []
    amount = int(whole + part) * _SCALES[words[i][0]] // 10 ** len(part)
    return places if f"amount {amount}" in src else []


def _in_day_slot(words: Sequence[tuple[str, str, bool]], i: int, src: set[str]) -> bool:
    """Whether the weekday at ``i`` has a source day word's neighbour beside it (an "on" before it
    passed over)."""
    j = i - 1 if i and words[i - 1][0] != "on" else i - 2
    before = f"day< {words[j][0]}" if j >= 0 else ""
    after = f"day> {words[i + 1][0]}" if i + 1 < len(words) else ""
    return before in src or after in src


def told_otherwise(words: Sequence[tuple[str, str, bool]], source_keys: Iterable[str]) -> set[int]:
    """The places of a text's words that are the source's hour, day or words written otherwise.

    Args:
        words: ``(key, word, sentence_initial)`` of the text
            (:func:`corpus_tools.reuse.derivation.body_words`).
        source_keys: the source's word keys with :func:`form_keys` among them.

    Returns:
        The places of the figures of a 12-hour time the source writes on the 24-hour clock, of the
        weekdays named for the source's "today" (or "yesterday", "tomorrow", "tonight") when the
        text uses none of the source's such words, and of the short forms made of the initials of
        a run of the source's words, and of the figures of an amount in millions or billions that
        rounds one the source writes out in full.

    Example:
        >>> from corpus_tools.reuse.derivation_words import body_words
        >>> wire = "today they strike on 1000 EDT, barrels per day"
        >>> src = {"today", "strike", "barrel", "per", "day"} | form_keys([wire])
        >>> ws = body_words("On Monday they struck at 10 a.m. and pumped 900 bpd.")
        >>> [ws[i][1] for i in sorted(told_otherwise(ws, src))]
        ['Monday', '10', 'bpd']
        >>> [ws[i][1] for i in sorted(told_otherwise(body_words("today, Monday at 9 a.m."), src))]
        []
        >>> src = form_keys(["up to 8,574,000 dlrs of notes and 16,506,000 shares"])
        >>> ws = body_words("about 8.5 mln dlrs of notes, 16.5 mln shares and 9.5 mln dlrs of cash")
        >>> [ws[i][1] for i in sorted(told_otherwise(ws, src))]
        ['8', '5', '16', '5']
    """
    src = source_keys if isinstance(source_keys, (set, frozenset)) else set(source_keys)
    days = _DAY_WORDS & src
    keys = {k for k, _, _ in words}
    out: set[int] = set()
    for i, (k, w, _) in enumerate(words):
        if k in WEEKDAYS:
            if days and not days & keys and _in_day_slot(words, i, src):
                out.add(i)
        elif k in _SCALES:
            out.update(_rounded(words, i, src))
        elif k in ("am", "pm") and w.lower().startswith(k[0]) and i:
            places, key = _hour(words, i)
            if key in src:
                out.update(places)
        elif (
            2 <= len(w) <= 5
            and w.isalpha()
            and w.islower()
            and not _VOWELS & set(w)
            and f"initials {w}" in src
        ):
            out.add(i)
    return out
