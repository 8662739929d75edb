"""A speaker written on the other side of the verb of saying: one replacement, not a cut and an
addition.

Read on the claims audit's row gb16 (``benchmarks/claims.md``, "Twenty-first round", cause 4): the
wire's "..., said counsel, to prove ..." told as "..., he said, to prove ...": the diff keeps "said"
in place and counts "he" added before it and "counsel" cut after it, where a reader counts one word
replaced ("counsel" -> "he"), the order of subject and verb turned round. :func:`inverted_subject`
joins such a pair into one row, read by :func:`corpus_tools.variants.categories.categorize`.

An addition and a cut are joined when, in one version sentence read against one source sentence,

- the addition stands just before a verb of saying that the cut stands just after in the source
  ("he said" / "said counsel"), or just after the verb that the cut stands before ("said Dr Ames"
  / "Dr Ames said");
- the verb is the same word on both sides, and
- each side is a short subject: one to three words of letters (no quote mark, bracket or digit), no
  verb of saying, a personal pronoun or a word that is no stop word ("said that" / "he said" is no
  subject turned round).

The joined row has the addition's version side and the cut's source side; rows are only joined, so
no count rises.
"""

from __future__ import annotations

import re

from corpus_tools.lexicon import REPORTING_FORMS, STOP_WORDS
from corpus_tools.variants.categories import ATTRIBUTION_WORDS, NOT_ATTRIBUTION, categorize

__all__ = ["inverted_subject"]

_SENT, _START, _END, _FORM = 1, 2, 3, 4
_SRC_DOC, _SRC_SENT, _SRC_START, _SRC_END, _SRC_FORM, _CATEGORY = 6, 7, 8, 9, 10, 12
#: the verbs of saying, as written
_SAYING = frozenset(w.lower() for w in (ATTRIBUTION_WORDS | REPORTING_FORMS) - NOT_ATTRIBUTION)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ ,]*$")
_WORD_AFTER = re.compile(r"[ ,]*([^\W\d_]+)")
#: the personal pronouns a subject may be alone ("he said"), where other stop words may not ("that")
_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})


def _subject(form: str) -> bool:
    """Whether ``form`` may be a short subject: one to three words of letters (commas and full
    stops between), no verb of saying, a personal pronoun or a word that is no stop word."""
    words = [w.lower() for w in re.findall(r"[^\W_]+", form)]
    if not 0 < len(words) <= 3 or re.search(r"[^\w\s,.]|\d", form) or _SAYING & set(words):
        return False
    if set(words) <= STOP_WORDS:
        return len(words) == 1 and words[0] in _PRONOUNS
    return True


def _before(raw: str, at: int) -> str:
    """The word just before offset ``at`` (spaces and commas between), lower-cased; "" for none."""
    m = _WORD_BEFORE.search(raw[max(0, at - 40) : at])
    return m.group(1).lower() if m else ""


def _after(raw: str, at: int) -> str:
    """The word just after offset ``at`` (spaces and commas between), lower-cased; "" for none."""
    m = _WORD_AFTER.match(raw[at : at + 40])
    return m.group(1).lower() if m else ""


def inverted_subject(rows: list[tuple], version_raw: str, source_raw: str) -> list[tuple]:
    """The rows of one version against one source document, an added subject and a cut one on the
    two sides of one verb of saying joined into one row (module docstring)."""
    adds = [k for k, r in enumerate(rows) if str(r[_FORM]).strip() and not str(r[_SRC_FORM]).strip()]
    cuts = [k for k, r in enumerate(rows) if str(r[_SRC_FORM]).strip() and not str(r[_FORM]).strip()]
    joined: dict[int, tuple] = {}
    drop: set[int] = set()
    for a in adds:
        ra = rows[a]
        if not _subject(str(ra[_FORM])):
            continue
        for c in cuts:
            rc = rows[c]
            if c in drop or rc[_SENT] != ra[_SENT] or not _subject(str(rc[_SRC_FORM])):
                continue
            if (rc[_SRC_DOC], rc[_SRC_SENT]) != (ra[_SRC_DOC], ra[_SRC_SENT]):
                continue
            verb = _after(version_raw, ra[_END])  # "he [said]" against "[said] counsel"
            turned = verb in _SAYING and verb == _before(source_raw, rc[_SRC_START])
            if not turned:  # "said [Dr Ames]" against "[Dr Ames] said"
                verb = _before(version_raw, ra[_START])
                turned = verb in _SAYING and verb == _after(source_raw, rc[_SRC_END])
            if turned:
                category = categorize(str(rc[_SRC_FORM]), str(ra[_FORM]))
                joined[a] = ra[:_SRC_DOC] + rc[_SRC_DOC:_CATEGORY] + (category,) + ra[_CATEGORY + 1 :]
                drop.add(c)
                break
    return [joined.get(k, r) for k, r in enumerate(rows) if k not in drop]
