"""An attribution cut from a version sentence and a new attribution opening an addition in the
same sentence are one change of speaker: "said the doctor" -> "Psychiatrist Dr Philip Joseph told
the jury", the rest of the addition ("Copeland, 24, was suffering from") an addition apart.

Read on round 27's held-out blast express (``benchmarks/claims.md``, "rkind28: change rows after
rkind28", bl14; ``benchmarks/README.md``, "Round 28, branch rkind28", "Left out"): PA's "... to
carry out the bombings,'' said the doctor." told as "Psychiatrist Dr Philip Joseph told the jury
Copeland, 24, was suffering from ...", an attribution row with nothing on the version side and an
insertion holding the new speaker and the paper's own words. Issue 22: "A variant pair is a
minimal whole unit ... with the same thing on both sides". :func:`join_speaker_swaps` joins them
when the sentence has that one attribution cut and the addition's verb of saying stands within its
first :data:`MAX_SPEAKER_WORDS` words, after a speaker (its words before the verb, none of them a
verb of saying).
"""

from __future__ import annotations

from corpus_tools.lexicon import REPORTING_FORMS
from corpus_tools.variants.categories import NOT_ATTRIBUTION

__all__ = ["MAX_SPEAKER_WORDS", "join_speaker_swaps", "speaker_end"]

#: the most words an addition's speaker may have before its verb ("Psychiatrist Dr Philip Joseph")
MAX_SPEAKER_WORDS = 6
#: the verbs of saying, as written (no nouns: "people"; no "-ing" forms: "the hearing")
_SAYING = frozenset(w for w in REPORTING_FORMS - NOT_ATTRIBUTION if not w.endswith("ing"))
#: words a speaker may open on besides a capitalised word ("the doctor told")
_OPENERS = frozenset("the a an his her their its".split())
#: who is told, after the verb ("told the jury", "told magistrates")
_HEARERS = frozenset("jury jurors court magistrates judge inquest tribunal hearing".split())
_OBJECTS = frozenset("him her them".split())
_RELATIVES = frozenset("who which that whom whose".split())
#: row positions (variants/lexical.py's VARIANT_COLUMNS)
_SENT, _START, _END, _FORM, _CONTEXT = 1, 2, 3, 4, 5
_SRC_FORM, _CATEGORY = 10, 12
_ATTRIBUTION = "attribution_change"


def _saying(word: str) -> bool:
    return word in _SAYING


def speaker_end(form: str) -> int | None:
    """Where the attribution opening an addition ends: after its verb of saying and whom it tells
    ("the jury", "him"), when a speaker of at most :data:`MAX_SPEAKER_WORDS` words opens it.

    >>> form = "Psychiatrist Dr Philip Joseph told the jury Copeland, 24, was ill"
    >>> form[: speaker_end(form)]
    'Psychiatrist Dr Philip Joseph told the jury'
    >>> speaker_end("the bomb killed three"), speaker_end("said")
    (None, None)
    >>> speaker_end("After the hearing, Rob"), speaker_end("Cotterell, who admitted the murders")
    (None, None)
    """
    words = form.split()
    verbs = [k for k, w in enumerate(words[: MAX_SPEAKER_WORDS + 1]) if _saying(w.strip(".,;:"))]
    if not verbs or verbs[0] == 0:
        return None
    speaker = words[: verbs[0]]
    if not (speaker[0][:1].isupper() or speaker[0] in _OPENERS) or speaker[0] in {"It", "There"}:
        return None  # no speaker opens it ("inadvertently told", "It was not")
    if any(not w[-1].isalnum() or not w[:1].isalnum() or w.lower() in _RELATIVES for w in speaker):
        return None  # a clause, not a speaker ("Cotterell, who admitted")
    end = verbs[0] + 1
    rest = [w.lower() for w in words[end : end + 2]]
    if rest[:1] and rest[0].strip(",") in _OBJECTS:
        end += 1
    elif len(rest) == 2 and rest[0] == "the" and rest[1].strip(",") in _HEARERS:
        end += 2
    elif rest[:1] and rest[0].strip(",") in _HEARERS:
        end += 1
    at = 0
    for w in words[:end]:
        at = form.index(w, at) + len(w)
    return at


def join_speaker_swaps(rows: list[tuple], version_raw: str, context) -> list[tuple]:
    """The rows of one version with an attribution cut and the speaker opening an addition of the
    same version sentence made one ``attribution_change`` row (its source side the cut's), the rest
    of the addition an ``insertion`` (module docstring); ``context(raw, start, end)`` writes a
    row's context."""
    cuts: dict[object, list[int]] = {}
    for k, r in enumerate(rows):
        cut = not str(r[_FORM] or "").strip() and str(r[_SRC_FORM] or "").strip()
        if r[_CATEGORY] == _ATTRIBUTION and cut:
            cuts.setdefault(r[_SENT], []).append(k)
    out = list(rows)
    drop: set[int] = set()
    for sent, ks in cuts.items():
        if len(ks) != 1 or not any(_saying(w.strip(".,;:'`\"")) for w in str(rows[ks[0]][_SRC_FORM]).split()):
            continue
        adds = [k for k, r in enumerate(rows) if r[_SENT] == sent and r[_CATEGORY] == "insertion"]
        for k in adds:
            form = str(rows[k][_FORM] or "")
            end = speaker_end(form) if form.strip() else None
            if end is None:
                continue
            a, cut = rows[k], rows[ks[0]]
            b1 = a[_START] + end
            swap = list(a)
            swap[_END], swap[_FORM] = b1, version_raw[a[_START] : b1]
            swap[_CONTEXT] = context(version_raw, a[_START], b1)
            swap[7:12] = cut[7:12]
            swap[_CATEGORY] = _ATTRIBUTION
            out[k] = tuple(swap)
            rest0 = b1 + len(form[end:]) - len(form[end:].lstrip())
            if rest0 < a[_END]:
                left = list(a)
                left[_START], left[_FORM] = rest0, version_raw[rest0 : a[_END]]
                left[_CONTEXT] = context(version_raw, rest0, a[_END])
                out.append(tuple(left))
            drop.add(ks[0])
            break
    return [r for k, r in enumerate(out) if k not in drop]
