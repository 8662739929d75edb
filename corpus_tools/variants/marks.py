"""Quote marks and apostrophes between aligned tokens, read for :func:`corpus_tools.variants.lexical._diff`.

Two readings of the marks the variants diff leaves aside:

* **Quote marks** that differ between consecutive aligned tokens are each their own variant
  (:func:`quote_regions`), but never a mark inside a change, and never a run that would span a
  word counted in another change.
* **Contractions**: a word written out on one side and contracted on the other ("I am" / "I'm",
  "did not" / "didn't", "she had" / "she'd") is the same word to a reader (claims audit, round 12:
  snooker's mirror and star, "I'm", "I've", "she'd" counted a cut "am", "have", "had", an added
  "m", "ve", "d" and an apostrophe). The diff compares the written-out key of the contracted part
  (:func:`word_keys`), and the contraction's apostrophe is no quote-mark change where its part is
  aligned to the written-out word (:func:`silent_apostrophes`).
"""

from __future__ import annotations

from corpus_tools.variants.categories import QUOTE_CHARS

__all__ = ["quote_regions", "silent_apostrophes", "with_apostrophes", "word_keys"]

#: apostrophes, straight and typographic
APOSTROPHES = frozenset({"'", "\u2019", "\u2018", "\u02bc"})
#: the contracted part after an apostrophe -> the word it writes out (English; "d" and "s" take
#: the reading the other side writes, see :func:`word_keys`)
CONTRACTED = {"m": "am", "ve": "have", "ll": "will", "re": "are", "d": "had", "t": "not", "s": "is"}
#: the other reading of an ambiguous part ("she'd" = "she had" or "she would"; "it's" = "it is"
#: or "it has")
_OTHER_READING = {"d": "would", "s": "has"}
#: hosts before "'s" that make it "is" / "has" (elsewhere "'s" is a possessive: "Iran's")
_S_HOSTS = frozenset({"it", "he", "she", "that", "there", "what", "who", "here", "where"})
#: hosts of "n't" that are not the written-out word less its "n" ("won't" = "will not")
_NOT_HOSTS = {"won": "will", "can": "can", "shan": "shall", "ain": "ain"}


def _contracted(toks: list, k: int) -> str | None:
    """The contracted part at token ``k`` ("m" of "I'm"), when the token before it is an
    apostrophe joined to it and to a word before: its lower-case form, else None."""
    if k < 2 or toks[k - 1][2] not in APOSTROPHES:
        return None
    host, mark, part = toks[k - 2], toks[k - 1], toks[k]
    low = part[2].lower()
    if low not in CONTRACTED or not (host[1] == mark[0] and mark[1] == part[0]) or not host[2].isalpha():
        return None
    h = host[2].lower()
    if low == "s" and h not in _S_HOSTS or low == "t" and not h.endswith("n"):
        return None
    return low


def word_keys(toks: list, idx: list[int], other: list) -> list[str]:
    """The compared key of each token ``toks[k]`` for ``k`` in ``idx``: its lower-case form, and
    for a contraction the words it writes out ("I'm" -> "i", "am"; "didn't" -> "did", "not";
    "won't" -> "will", "not"). An ambiguous part takes the reading the other side's tokens
    (``other``) hold ("she'd" against "she would": "would"; "had" otherwise).

    Example:
        >>> from corpus_tools.lexicon import tokenize
        >>> t = tokenize("I'm sure she'd go and didn't", marks=True)
        >>> word_keys(t, [k for k, x in enumerate(t) if x[2] != "'"], tokenize("she would"))
        ['i', 'am', 'sure', 'she', 'would', 'go', 'and', 'did', 'not']
    """
    theirs = {t[2].lower() for t in other}
    keys = {k: toks[k][2].lower() for k in idx}
    for k in idx:
        part = _contracted(toks, k)
        if part is None:
            continue
        alt = _OTHER_READING.get(part)
        keys[k] = alt if alt in theirs and CONTRACTED[part] not in theirs else CONTRACTED[part]
        if part == "t" and k - 2 in keys:
            host = keys[k - 2]
            keys[k - 2] = _NOT_HOSTS.get(host, host[:-1])
    return [keys[k] for k in idx]


def with_apostrophes(sa: list, sb: list, regions: list[tuple[int, int, int, int]]) -> list[tuple]:
    """Each change region (token ranges of each side) widened over the apostrophe of a contracted
    part it starts with: "she'd" for "she" adds "'d", one change, not an apostrophe and a "d"; and
    so over a possessive's: "Inc's" for "Inc" adds "'s", not a quote mark and a word "s" (round 35,
    rkind35: TUNE_35's 19981, "in style: 1 quote mark").

    Example:
        >>> from corpus_tools.lexicon import tokenize
        >>> sa, sb = tokenize("Fox Inc unit", marks=True), tokenize("Fox Inc's unit", marks=True)
        >>> with_apostrophes(sa, sb, [(2, 2, 3, 4)])
        [(2, 2, 2, 4)]
    """
    widen = lambda toks, lo, hi: lo - 1 if lo < hi and _joined_part(toks, lo) else lo  # noqa: E731
    return [(widen(sa, i1, i2), i2, widen(sb, j1, j2), j2) for i1, i2, j1, j2 in regions]


def _joined_part(toks: list, k: int) -> bool:
    """Whether token ``k`` is a contracted part (:func:`_contracted`) or a possessive's "s" joined
    by an apostrophe to the word before it and ending a word ("Inc's", not "'sorry")."""
    if _contracted(toks, k) is not None:
        return True
    if k < 2 or toks[k][2] not in ("s", "S") or toks[k - 1][2] not in APOSTROPHES:
        return False
    host, mark, part = toks[k - 2], toks[k - 1], toks[k]
    joined = host[1] == mark[0] and mark[1] == part[0] and host[2][-1:].isalnum()
    after = toks[k + 1] if k + 1 < len(toks) else None
    return joined and not (after and after[0] == part[1] and after[2][:1].isalnum())


def silent_apostrophes(sa: list, sb: list, ia: list[int], ib: list[int], ops: list) -> tuple[set, set]:
    """The apostrophes of contractions whose part is aligned (``equal`` in ``ops``, over the
    non-quote tokens ``ia``/``ib``) to the written-out word on the other side: no quote-mark
    change. One set of token indices for each side."""
    silent: tuple[set, set] = (set(), set())
    for tag, i1, i2, j1, _j2 in ops:
        if tag != "equal":
            continue
        for x in range(i2 - i1):
            ka, kb = ia[i1 + x], ib[j1 + x]
            if sa[ka][2].lower() == sb[kb][2].lower():
                continue
            for side, (toks, k) in enumerate(((sa, ka), (sb, kb))):
                if _contracted(toks, k) is not None:
                    silent[side].add(k - 1)
    return silent


def quote_regions(
    sa: list, sb: list, ia: list[int], ib: list[int], ops: list, words: list, silent: tuple = (set(), set())
) -> list:
    """Quote marks that differ between consecutive aligned tokens, each its own variant; marks
    inside a word region are part of it (an added phrase in quotes is one change, not two). A
    mark region never spans a word: where words of other regions or moved words lie between the
    marks, a run of marks just outside a word region is part of that change (``Lord of the
    Valley'' -> "FARMER": one replacement) and each other run is its own, so no word is counted
    in two changes (issue 22: a quoted clause counted cut whole and its words cut again). The
    marks in ``silent`` (each side's token indices, :func:`silent_apostrophes`) are not compared."""
    inside = lambda k, side: any(w[side] <= k < w[side + 1] for w in words) or k in silent[side // 2]  # noqa: E731
    regions = []

    # quote marks between consecutive aligned tokens
    anchors = [(-1, -1)]
    for tag, i1, i2, j1, _j2 in ops:
        if tag == "equal":
            anchors += [(ia[i1 + x], ib[j1 + x]) for x in range(i2 - i1)]
    anchors.append((len(sa), len(sb)))
    for (p, q), (p2, q2) in zip(anchors, anchors[1:], strict=False):
        qa = [k for k in range(p + 1, p2) if sa[k][2] in QUOTE_CHARS and not inside(k, 0)]
        qb = [k for k in range(q + 1, q2) if sb[k][2] in QUOTE_CHARS and not inside(k, 2)]
        if [sa[k][2] for k in qa] == [sb[k][2] for k in qb]:
            continue
        if _spans_words(qa) or _spans_words(qb):
            qa, qb = _beside(words, qa, 0), _beside(words, qb, 2)
            runs = [(*r, q + 1, q + 1) for r in _mark_runs(qa)] + [(p + 1, p + 1, *r) for r in _mark_runs(qb)]
            regions += [r for r in runs if r[0] < r[1] or r[2] < r[3]]
            continue
        a_rng = (qa[0], qa[-1] + 1) if qa else ((p + 1, p + 1) if p >= 0 else (0, 0))
        b_rng = (qb[0], qb[-1] + 1) if qb else ((q + 1, q + 1) if q >= 0 else (0, 0))
        regions.append((*a_rng, *b_rng))
    return regions


def _spans_words(marks: list[int]) -> bool:
    """Whether quote marks at these token indices are not one run (words lie between them)."""
    return bool(marks) and marks[-1] - marks[0] + 1 != len(marks)


def _mark_runs(marks: list[int]) -> list[tuple[int, int]]:
    """Consecutive token indices as (start, end) runs."""
    out: list[tuple[int, int]] = []
    for k in marks:
        if out and out[-1][1] == k:
            out[-1] = (out[-1][0], k + 1)
        else:
            out.append((k, k + 1))
    return out


def _beside(words: list, marks: list[int], side: int) -> list[int]:
    """The marks left when each run that touches a word region with words on this side is taken
    as part of that change."""
    left = []
    for lo, hi in _mark_runs(marks):
        if not any(w[side] < w[side + 1] and (w[side] == hi or w[side + 1] == lo) for w in words):
            left += range(lo, hi)
    return left
