"""Word-level changes that cross a sentence boundary, layout labels, and a phrase for one word.

Read on the claims audit's round 17 (``benchmarks/claims.md``, "Seventeenth round", cause 3: the
change counts of nu17, nu29 and ca45). Each rule reads the rows of one version against one source
document (:data:`corpus_tools.variants.lexical.VARIANT_COLUMNS` as tuples), inside
:func:`corpus_tools.variants.word_shapes.settle_shapes`:

- **A clause moved to a neighbouring sentence** (:func:`moved_across`): a cut whose first or last
  words (two or more words that are not stop words, one of them a name or a number) are found, in
  order and adjacent, in an addition of another version sentence read against the source's
  sentence before or after the cut's ("Smith, of Leeds, was arrested ..." / "He has denied ..."
  rewritten as "Smith was arrested ..." / "Smith, of Leeds, denies ..."), is neither cut nor
  added there: those words leave both rows. A name written short on one side ("Yorks" for
  "Yorkshire": both capitalised, one the other's first letters or sharing its first two letters)
  and the function words around them ("of" / "from") may differ. An attribution moved so, with
  another verb of saying (", Mr Smith claimed" cut, "Mr Smith said" added a sentence before), is
  one attribution change.
- **A speaker label of an interview layout** (:func:`layout_labels`): "Q:", "A:", "MR SMITH:" or
  "Mrs Jones:" at the start of a line or a sentence is layout, neither a word cut nor a word added.
- **A verb phrase replaced by one verb** (:func:`phrase_replaced`): a cut verb phrase (auxiliaries,
  a lower-case content word and up to three lower-case words: "has pleaded not guilty to") and one
  word added at its place ("denies") are one replacement; a personal pronoun opening the cut goes
  with it, replaced by a name opening the addition ("He has admitted" / "Smith, of Leeds, admits")
  or by none. As :func:`corpus_tools.variants.word_shapes._verb_replaced` reads one word for one
  word, the content word may be a noun ("education at" / "level").
- **A description replaced by a pronoun** (:func:`phrase_replaced`): a short noun phrase cut ("the
  40-year-old man") and a personal pronoun added at its place ("he") are one replacement, the
  mirror of :func:`corpus_tools.variants.pairs._pronoun_named`.

Each rule only removes rows, narrows them or joins two into one, so the changes never rise.
"""

from __future__ import annotations

import re

from corpus_tools.lexicon import RELATIVE_DAYS, STOP_WORDS, WEEKDAYS, tokenize

__all__ = ["layout_labels", "moved_across", "phrase_replaced"]

_SENT, _START, _END, _FORM, _CONTEXT = 1, 2, 3, 4, 5
_SRC_SENT, _SRC_START, _SRC_END, _SRC_FORM, _SRC_CONTEXT, _CATEGORY = 7, 8, 9, 10, 11, 12
_AUXILIARIES = frozenset(
    {"has", "have", "had", "was", "were", "is", "are", "been", "be", "being", "will", "would"}
)
_PERSONAL = frozenset("he she they".split())
_DETERMINERS = frozenset("the a an this that his her their its".split())
_TIMES = WEEKDAYS | RELATIVE_DAYS
#: the most words of a verb phrase replaced by one verb, its verb and auxiliaries included
MAX_PHRASE_WORDS = 6
#: a speaker label: up to three capitalised words and a colon
_LABEL = re.compile(r"(?:[A-Z][A-Za-z'.]*\s+){0,2}[A-Z][A-Za-z'.]*:(?!\S)")


def _words(form: str, start: int) -> list[tuple[int, int, str]]:
    return tokenize(form, offset=start)


def _content(tok: tuple[int, int, str]) -> bool:
    return tok[2].lower() not in STOP_WORDS


def _same(x: str, y: str) -> bool:
    """One word, or one name written short on one side ("Yorks" / "Yorkshire")."""
    if x.lower() == y.lower():
        return True
    short, long = sorted((x, y), key=len)
    names = short[:1].isupper() and long[:1].isupper() and short.isalpha() and long.isalpha()
    return names and len(short) >= 3 and long.lower().startswith(short[:2].lower()) and len(long) > len(short)


def _named(toks: list) -> bool:
    return any(t[2][:1].isupper() or any(ch.isdigit() for ch in t[2]) for t in toks)


def _run(cut: list, added: list, *, tail: bool) -> tuple[int, int, int] | None:
    """The longest run of the cut's first (or last) words whose content words lie in order and
    adjacent among the addition's content words: (how many of the cut's words, the first and the
    last index of the addition's content words matched), or None."""
    best = None
    seq = cut[::-1] if tail else cut
    added_c = [k for k, t in enumerate(added) if _content(t)]
    for n in range(1, len(seq) + 1):
        part = seq[:n]
        content = [t for t in part if _content(t)]
        if len(content) < 2 or not _content(part[-1]) or not _named(content):
            continue
        content = content[::-1] if tail else content
        for p in range(len(added_c) - len(content) + 1):
            if all(_same(c[2], added[added_c[p + q]][2]) for q, c in enumerate(content)):
                best = (n, added_c[p], added_c[p + len(content) - 1])
                break
    return best


def _narrow(row: tuple, lo: int, toks: list, raw: str, context) -> tuple | None:
    """``row`` with its side at ``lo`` set to the span of ``toks`` (None when no word is left)."""
    if not toks:
        return None
    a, b = toks[0][0], toks[-1][1]
    return row[:lo] + (a, b, raw[a:b], context(raw, a, b)) + row[lo + 4 :]


def moved_across(rows: list[tuple], vr: str, sr: str, context) -> tuple[list[tuple], dict]:
    """The rows without the words a cut moves into an addition of a neighbouring sentence (see the
    module docstring), and, for an addition that keeps the moved words inside it, its
    ``(sent_id, start)`` -> the span of those words."""
    out = list(rows)
    inside: dict[tuple, tuple[int, int]] = {}
    for c, cut in enumerate(rows):
        if cut[_FORM].strip() or not cut[_SRC_FORM].strip():
            continue
        ctoks = _words(cut[_SRC_FORM], cut[_SRC_START])
        for d, add in enumerate(out):
            if add is None or add[_SRC_FORM].strip() or not add[_FORM].strip() or add[_SENT] == cut[_SENT]:
                continue
            near = (
                abs(int(add[_SRC_SENT]) - int(cut[_SRC_SENT])) == 1
                or abs(int(add[_SENT]) - int(cut[_SENT])) == 1
            )
            atoks = _words(add[_FORM], add[_START])
            head = _run(ctoks, atoks, tail=False) if near else None
            found = head or (_run(ctoks, atoks, tail=True) if near else None)
            if not found:
                continue
            n, first, last = found
            tail = head is None
            lead = ctoks[-n:] if tail else ctoks[:n]
            stops = 0
            while stops < len(lead) and not _content(lead[stops]):
                stops += 1  # "of" before the words moved goes with them
            for _ in range(stops):
                first -= 1 if first > 0 and not _content(atoks[first - 1]) else 0
            rest = ctoks[:-n] if tail else ctoks[n:]
            if cut[_CATEGORY] == add[_CATEGORY] == "attribution_change":  # "X claimed" -> "X said" a line up
                out[d] = add[:_SRC_SENT] + cut[_SRC_SENT:_CATEGORY] + add[_CATEGORY:]
                out[c] = None
                break
            out[c] = _narrow(cut, _SRC_START, rest, sr, context)
            before, after = atoks[:first], atoks[last + 1 :]
            if before and after:
                inside[(add[_SENT], add[_START])] = (atoks[first][0], atoks[last][1])
            else:
                out[d] = _narrow(add, _START, before or after, vr, context)
            break
    return [r for r in out if r is not None], inside


def _label_end(raw: str, start: int) -> int:
    """The end of a speaker label opening ``raw`` at ``start`` at a line's or a sentence's start,
    else ``start``."""
    line = raw[raw.rfind("\n", 0, start) + 1 : start]
    m = _LABEL.match(raw, start)
    if not m or any(ch.isalnum() for ch in line):  # wire marks and control characters may open a line
        return start
    return m.end()


def layout_labels(rows: list[tuple], vr: str, sr: str, context) -> list[tuple]:
    """The rows without the speaker labels of an interview layout they open (module docstring)."""
    out = []
    for row in rows:
        cut = bool(row[_SRC_FORM].strip()) and not row[_FORM].strip()
        added = bool(row[_FORM].strip()) and not row[_SRC_FORM].strip()
        lo, raw = (_SRC_START, sr) if cut else (_START, vr)
        if not (cut or added):
            out.append(row)
            continue
        end = _label_end(raw, row[lo])
        if end == row[lo]:
            out.append(row)
            continue
        rest = _narrow(
            row, lo, [t for t in _words(raw[row[lo] : row[lo + 1]], row[lo]) if t[0] >= end], raw, context
        )
        if rest is not None:
            out.append(rest)
    return out


def _verb_phrase(words: list[str], *, one: bool) -> bool:
    """Auxiliaries and a lower-case verb, then (``one`` False) up to three lower-case words."""
    k = 0
    while k < len(words) and words[k].lower() in _AUXILIARIES:
        k += 1
    if k >= len(words) or not (words[k].isalpha() and words[k].islower()) or words[k] in STOP_WORDS:
        return False
    tail = words[k + 1 :]
    if one:
        return not tail
    return (
        1 <= len(tail) <= 3
        and len(words) <= MAX_PHRASE_WORDS
        and all(w.isalpha() and w.islower() for w in tail)
    )


def _subject(words: list[str], named: bool) -> list[str] | None:
    """``words`` without the subject opening them (a personal pronoun, or with ``named`` a name of
    up to four capitalised words), or None when the subject is not of that kind."""
    if named:
        k = 0
        while k < min(len(words), 4) and words[k][:1].isupper() and words[k].lower() not in STOP_WORDS:
            k += 1
        return words[k:] if k else None
    return words[1:] if words and words[0].lower() in _PERSONAL else None


def _one_change(cut_words: list[str], added_words: list[str], kind: str) -> bool:
    """Whether a cut and an addition at one place are one replacement of ``kind`` ("pronoun" or
    "verb", module docstring)."""
    if kind == "pronoun":  # "the 40-year-old man" -> "he"
        pronoun = len(added_words) == 1 and added_words[0].lower() in _PERSONAL
        return (
            pronoun
            and 2 <= len(cut_words) <= 5
            and cut_words[0].lower() in _DETERMINERS
            and cut_words[-1].isalpha()
        )
    cv, av = _subject(cut_words, False), _subject(added_words, True)
    if av is not None and cv is None:
        return False  # a name added where no pronoun is cut: a subject of its own
    if cv is not None:  # the pronoun goes with the verb, or is replaced by the name added
        cut_words, added_words = cv, added_words if av is None else av
    return _verb_phrase(cut_words, one=False) and _verb_phrase(added_words, one=True)


def _gap(raw: str, a: int, b: int) -> bool:
    return a <= b and all(w.lower() in _TIMES for w in raw[a:b].split())


def phrase_replaced(
    rows: list[tuple], vr: str, sr: str, inside: dict | None = None, *, kind: str = "verb"
) -> list[tuple]:
    """The rows with a verb phrase cut and one verb added at its place (``kind`` "verb"), or a
    description cut and a pronoun added ("pronoun"), joined into one replacement row (module
    docstring); ``inside``: the moved words an addition keeps (:func:`moved_across`), read as not
    there."""
    inside = inside or {}
    out, gone = list(rows), set()
    for c, cut in enumerate(rows):
        if cut[_FORM].strip() or not cut[_SRC_FORM].strip():
            continue
        cut_words = [t[2] for t in _words(cut[_SRC_FORM], 0)]
        for d, add in enumerate(rows):
            if d in gone or add[_SRC_FORM].strip() or not add[_FORM].strip():
                continue
            if (add[_SENT], add[_SRC_SENT]) != (cut[_SENT], cut[_SRC_SENT]):
                continue
            if not (_gap(vr, cut[_START], add[_START]) and _gap(sr, cut[_SRC_END], add[_SRC_START])):
                continue
            skip = inside.get((add[_SENT], add[_START]), (0, 0))
            added = [t[2] for t in _words(add[_FORM], add[_START]) if not skip[0] <= t[0] < skip[1]]
            if _one_change(cut_words, added, kind):
                # an added verb of saying read as an attribution change stays one
                category = (
                    "attribution_change" if add[_CATEGORY] == "attribution_change" else "word_substitution"
                )
                out[d] = add[:_SRC_START] + cut[_SRC_START:_CATEGORY] + (category,) + add[_CATEGORY + 1 :]
                gone.update({c, d})
                out[c] = None
                break
    return [r for r in out if r is not None]
