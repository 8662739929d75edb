"""Change rows that are not the unit they claim to be, read inside one version sentence and one
source document.

Read on the claims audit's round 20 (``benchmarks/claims.md``, "Held out (round 20)", cause 4: every
change count of its two held-out stories wrong). Each rule reads the rows of one version against
one source document (:func:`settle_units`, called last by
:func:`corpus_tools.variants.word_shapes.settle_shapes`):

- **A reporting verb inside a quotation** (:func:`quoted_verbs`): a verb of saying that the quoted
  speaker says ("``She asked me if I could help''" told as "'She was asking if I could help'") is
  the quotation's word, not the text's attribution: a row whose words lie inside a quotation on
  each side it has is a word change (a replacement, a cut or an addition), no attribution change.
- **A replacement holding its own source** (:func:`contained`): "anxiety" -> "severe anxiety" is an
  addition of "severe", "the old mill" -> "the mill" a cut of "old": a replacement whose one side
  is the other's words with a run of words more at its start or its end is that run added or cut
  ("a" and "an" read as one word), narrowed to it.
- **An attribution written anew across the sentence** (:func:`joined_attribution`): "He questioned"
  cut from the sentence after the one that names the speaker and "asked" added after the name
  ("Her uncle, Tom, was in court. He questioned why ..." told as "Her uncle Tom asked why ...") are
  one attribution change when they are the only two halves of attribution in the version
  sentence, each holding a verb of saying: one row, the version side of the addition and the
  source side of the cut.

Each rule changes a row's category, narrows it or joins two rows in one, so no count rises.
"""

from __future__ import annotations

from corpus_tools.attribution.quotes import quotations
from corpus_tools.lexicon import REPORTING_FORMS, lemma_key, tokenize
from corpus_tools.variants.categories import ATTRIBUTION_WORDS, NOT_ATTRIBUTION
from corpus_tools.variants.inverted_subjects import inverted_subject
from corpus_tools.variants.moved_articles import moved_article

__all__ = ["contained", "joined_attribution", "quoted_verbs", "settle_units"]

_SENT, _START, _END, _FORM, _CONTEXT = 1, 2, 3, 4, 5
_SRC_SENT, _SRC_START, _SRC_END, _SRC_FORM, _SRC_CONTEXT, _CATEGORY = 7, 8, 9, 10, 11, 12
_ATTRIBUTION = "attribution_change"
#: the lemma keys of the verbs of saying
_SAYING = frozenset(lemma_key(w) for w in (ATTRIBUTION_WORDS | REPORTING_FORMS) - NOT_ATTRIBUTION)
#: word forms read as one when a replacement's sides are compared (an article before a vowel)
_SAME = {"an": "a"}


def _inside(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether the text span ``a``-``b`` holds words and lies wholly inside one of ``spans``."""
    return a < b and any(qa <= a and b <= qb for qa, qb in spans)


def _trimmed(raw: str, a: int, b: int) -> tuple[int, int]:
    """The span without the spaces and quote marks at its edges."""
    while a < b and (raw[a].isspace() or raw[a] in "\"'`"):
        a += 1
    while b > a and (raw[b - 1].isspace() or raw[b - 1] in "\"'`"):
        b -= 1
    return a, b


def quoted_verbs(rows: list[tuple], version_raw: str, source_raw: str) -> list[tuple]:
    """The rows, an attribution change whose words lie inside a quotation on each side it has
    read as the word change it is (module docstring)."""
    if not any(r[_CATEGORY] == _ATTRIBUTION for r in rows):
        return rows
    mine, theirs = quotations(version_raw), quotations(source_raw)
    out = []
    for r in rows:
        if r[_CATEGORY] == _ATTRIBUTION:
            new, old = str(r[_FORM]).strip(), str(r[_SRC_FORM]).strip()
            quoted_new = not new or _inside(mine, *_trimmed(version_raw, r[_START], r[_END]))
            quoted_old = not old or _inside(theirs, *_trimmed(source_raw, r[_SRC_START], r[_SRC_END]))
            if (new or old) and quoted_new and quoted_old:
                kind = "word_substitution" if new and old else ("insertion" if new else "deletion")
                r = r[:_CATEGORY] + (kind,) + r[_CATEGORY + 1 :]
        out.append(r)
    return out


def _words(raw: str, a: int, b: int) -> list[tuple[int, int, str]]:
    return [(x, y, w) for x, y, w in tokenize(raw[a:b], offset=a) if any(c.isalnum() for c in w)]


def _key(word: str) -> str:
    low = word.lower()
    return _SAME.get(low, low)


def _extra(long: list, short: list) -> list | None:
    """The words of ``long`` beyond ``short`` when ``short`` opens or closes it, else None."""
    n = len(short)
    if not n or len(long) <= n:
        return None
    keys, want = [_key(w) for _, _, w in long], [_key(w) for _, _, w in short]
    if keys[:n] == want:
        return long[n:]
    if keys[-n:] == want:
        return long[:-n]
    return None


def contained(rows: list[tuple], version_raw: str, source_raw: str, context) -> list[tuple]:
    """The rows, a replacement whose one side is the other with words more at one end made the
    addition or the cut of those words (module docstring). ``context``: ``context(raw, a, b)``."""
    out = []
    for row in rows:
        if row[_CATEGORY] != "word_substitution":
            out.append(row)
            continue
        r = row
        new = _words(version_raw, r[_START], r[_END])
        old = _words(source_raw, r[_SRC_START], r[_SRC_END])
        added, cut = _extra(new, old), _extra(old, new)
        if added:
            a, b = added[0][0], added[-1][1]
            at = old[-1][1] if added[0][0] > new[0][0] else old[0][0]
            r = row[:_START] + (a, b, version_raw[a:b], context(version_raw, a, b))
            r += row[6:_SRC_START] + (at, at, "", context(source_raw, at, at), "insertion") + row[13:]
        elif cut:
            a, b = cut[0][0], cut[-1][1]
            at = new[-1][1] if cut[0][0] > old[0][0] else new[0][0]
            r = row[:_START] + (at, at, "", context(version_raw, at, at))
            r += row[6:_SRC_START] + (a, b, source_raw[a:b], context(source_raw, a, b), "deletion") + row[13:]
        out.append(r)
    return out


def _saying(form: str) -> bool:
    return any(w.isalpha() and w.islower() and lemma_key(w) in _SAYING for _, _, w in tokenize(form))


def joined_attribution(rows: list[tuple]) -> list[tuple]:
    """The rows, an attribution cut and an attribution added in one version sentence, its only two
    halves of attribution, made one row (module docstring)."""
    halves: dict[object, list[int]] = {}
    for k, r in enumerate(rows):
        if r[_CATEGORY] == _ATTRIBUTION and bool(str(r[_FORM]).strip()) != bool(str(r[_SRC_FORM]).strip()):
            halves.setdefault(r[_SENT], []).append(k)
    drop: set[int] = set()
    joined: dict[int, tuple] = {}
    for sent, ks in halves.items():
        attribution = [k for k, r in enumerate(rows) if r[_SENT] == sent and r[_CATEGORY] == _ATTRIBUTION]
        if len(ks) != 2 or attribution != ks:
            continue
        cut = [k for k in ks if not str(rows[k][_FORM]).strip()]
        add = [k for k in ks if str(rows[k][_FORM]).strip()]
        if len(cut) != 1 or len(add) != 1:
            continue
        c, a = rows[cut[0]], rows[add[0]]
        if _saying(c[_SRC_FORM]) and _saying(a[_FORM]):
            joined[add[0]] = a[:_SRC_SENT] + c[_SRC_SENT:_CATEGORY] + (_ATTRIBUTION,) + a[13:]
            drop.add(cut[0])
    return [joined.get(k, r) for k, r in enumerate(rows) if k not in drop]


def settle_units(rows: list[tuple], version_raw: str, source_raw: str, context) -> list[tuple]:
    """The rows of one version against one source document with the three rules of the module
    docstring applied (rows: :data:`corpus_tools.variants.lexical.VARIANT_COLUMNS` as tuples)."""
    rows = quoted_verbs(rows, version_raw, source_raw)
    rows = inverted_subject(rows, version_raw, source_raw)  # "he said" / "said counsel": inverted_subjects.py
    rows = moved_article(rows, version_raw, source_raw)  # "Kit Lam, a businessman": moved_articles.py
    return joined_attribution(contained(rows, version_raw, source_raw, context))
