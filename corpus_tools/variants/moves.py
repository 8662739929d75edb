"""Moved words: a word sequence both sides of an aligned group have, in another order, is kept.

An ordered diff (``difflib``) pairs what lies between two stretches of equal words, so a clause a
version keeps but moves reads as cut in one place and added in another ("the workers ... went on
strike May 9" -> "The workers went on strike May 9 and production ..."). :func:`resolve_moves`
takes the edit regions of that diff and finds, by greedy tiling, the longest word sequences the
source's cut words and the version's added words share, longest first (a sequence of two or more
words with a content word in it, or one content word). Those words are kept (a move), not
changed. What is left of each region is paired again: a run of the source's left-over words and a
run of the version's are one substitution when they sit beside the same kept word on the same side
("taking indecent photos of children" -> "taking indecent photographs of children": "photos" ->
"photographs"), else a cut and an addition; a run is cut at the sentence borders first, so the
start of a sentence pairs with what replaces it ("Agreeing to continue his" -> "He is on"). A
region that no move touches is left as it was. No
region crosses a sentence border on either side: the source and version sentences of a group are
diffed as one sequence, and a region that spans two sentences is cut at the border.
"""

from __future__ import annotations

from collections.abc import Callable
from difflib import SequenceMatcher

from corpus_tools.lexicon import STOP_WORDS

__all__ = ["MIN_MOVE_CHARS", "is_move", "resolve_moves", "true_runs"]

#: the fewest letters a single moved word must have ("May" no, "strike" yes); digits always count
MIN_MOVE_CHARS = 4

Region = tuple[int, int, int, int]


def _content(key: str) -> bool:
    return key.isalnum() and key not in STOP_WORDS and (len(key) >= MIN_MOVE_CHARS or key.isdigit())


def is_move(tokens: list[str], *, edges: bool = False, alone: bool = False) -> bool:
    """Whether a shared word sequence is kept as a move: two or more words with a content word
    among them, or one name or number, or one content word at an end of its run of changed
    words on both sides (``edges``; "plea and directions hearing" -> "hearing for plea and
    directions"), or any one word that is the whole of its run of changed words on one side and
    at an end of it on the other (``alone``, with ``edges``; "had already been charged" -> "had
    been charged ... already yesterday": the word moved, nothing cut or added). A common word
    inside both runs is left to the diff: moving it alone would cut the rest of its clause into
    fragments.

    Example:
        >>> is_move(["went", "on", "strike"]), is_move(["of", "the"]), is_move(["strike"])
        (True, False, False)
        >>> is_move(["Kimberley"]), is_move(["1986"]), is_move(["The"]), is_move(["strike"], edges=True)
        (True, True, False, True)
        >>> is_move(["already"], edges=True), is_move(["already"], alone=True)
        (False, True)
    """
    words = [t for t in tokens if t.isalnum()]
    if len(words) == 1 and alone and len(tokens) == 1:
        return words[0].isalpha()
    if len(words) == 1:
        return _content(words[0].lower()) and (edges or words[0][:1].isupper() or words[0].isdigit())
    return any(_content(w.lower()) for w in words)


def true_runs(free: list[bool]) -> list[tuple[int, int]]:
    """The runs of True in ``free``, as (start, end) index pairs: ``[(1, 3)]`` for [F, T, T, F]."""
    out, k = [], 0
    while k < len(free):
        if free[k]:
            lo = k
            while k < len(free) and free[k]:
                k += 1
            out.append((lo, k))
        k += 1
    return out


def _at_end(keys: list[str], k: int, lo: int, hi: int) -> bool:
    """Whether token ``k`` is the first or last word of ``keys[lo:hi]`` (punctuation aside)."""
    words = [x for x in range(lo, hi) if keys[x].isalnum()]
    return bool(words) and k in (words[0], words[-1])


def _shared(ka: list[str], kb: list[str], a1: int, a2: int, b1: int, b2: int) -> list[tuple[int, int, int]]:
    """Every maximal shared sequence (i, j, size) of ``ka[a1:a2]`` and ``kb[b1:b2]``, longest first."""
    out = []
    for i in range(a1, a2):
        for j in range(b1, b2):
            if ka[i] == kb[j] and not (i > a1 and j > b1 and ka[i - 1] == kb[j - 1]):
                n = 0
                while i + n < a2 and j + n < b2 and ka[i + n] == kb[j + n]:
                    n += 1
                out.append((i, j, n))
    return sorted(out, key=lambda m: (-m[2], m[0], m[1]))


def _tile(
    ka: list[str],
    kb: list[str],
    raw: list[str],
    free_a: list[bool],
    free_b: list[bool],
    pair: dict,
    oa: list | None = None,
    ob: list | None = None,
    links: set | None = None,
) -> set[int]:
    """Greedy tiling of the free tokens: mark the longest shared sequence as matched, repeat.
    Returns the source indices that were moved; ``pair`` and the free lists are updated. A word
    moved only because it is alone (``is_move(alone=True)``) stays in its source sentence
    ``oa``: the kept word before it in the version must come from the same one. A content word
    that is the whole of its run in the version is taken from inside a run of another source
    sentence aligned to its version sentence (``links``: version and source sentence pairs):
    "ran" -> "rammed", with "rammed" in the next, cut, source sentence is "ran" cut and
    "rammed" kept (issue 22, ry27)."""
    moved: set[int] = set()
    while True:
        best = (0, 0, 0)
        for a1, a2 in true_runs(free_a):
            for b1, b2 in true_runs(free_b):
                for i, j, n in _shared(ka, kb, a1, a2, b1, b2):
                    edges = _at_end(ka, i, a1, a2) and _at_end(kb, j, b1, b2)
                    alone = edges and n in (a2 - a1, b2 - b1)  # a whole run one side, an end the other
                    if n <= best[2]:
                        continue
                    moves = is_move(raw[i : i + n], edges=edges) or (alone and _same_sentence(pair, oa, i, j))
                    if moves or (n == b2 - b1 == 1 and _taken(raw[i], pair, oa, ob, links, i, j)):
                        best = (i, j, n)
        i, j, n = best
        if not n:
            return moved
        for x in range(n):
            pair[i + x] = j + x
            free_a[i + x] = free_b[j + x] = False
            moved.add(i + x)


def _taken(
    word: str, pair: dict, oa: list | None, ob: list | None, links: set | None, i: int, j: int
) -> bool:
    """Whether version token ``j``, a content word alone in its run, is source token ``i`` of
    another source sentence aligned to its version sentence (see :func:`_tile`)."""
    if oa is None or ob is None or not links or (ob[j], oa[i]) not in links:
        return False
    return is_move([word], edges=True) and not _same_sentence(pair, oa, i, j)


def _same_sentence(pair: dict, oa: list | None, i: int, j: int) -> bool:
    """Whether version token ``j``'s nearest kept word (before it, else after it) comes from the
    source sentence of source token ``i``: a common word moved alone is taken from its own
    sentence, never from another sentence of a fused group ("They had called at" and "the court
    heard" -> "..., the court had been told": "had" is no move, issue 22 bf21)."""
    if oa is None:
        return True
    back = {y: x for x, y in pair.items()}
    before = [y for y in back if y < j]
    near = max(before) if before else min((y for y in back if y > j), default=None)
    return near is None or oa[back[near]] == oa[i]


def _pair_runs(
    runs_a: list,
    runs_b: list,
    pair: dict,
    unit: Callable[[Region], bool] | None,
    reword: Callable[[Region], bool] | None = None,
) -> list[Region]:
    """Pair left-over runs (start, end, region) that sit between the same kept words, or beside
    one when ``unit`` names the pair (a time reference, an abbreviation...) or ``reword`` finds
    them one rewording ("Output at both sites has" -> "and production has"), the best pairs
    first: both neighbours kept, then named, then runs of one diff region, then kept words
    rather than the start of the group, then runs of close sizes; the others are cuts and
    additions at their kept neighbour."""
    back = {j: i for i, j in pair.items()}
    candidates = []
    for n, (b1, b2, rb) in enumerate(runs_b):
        for k, (a1, a2, ra) in enumerate(runs_a):
            left = pair.get(a1 - 1, -2) == b1 - 1
            right = pair.get(a2, -2) == b2
            start = a1 == 0 and b1 == 0
            if left or right or start:
                named = bool(unit and unit((a1, a2, b1, b2)))
                size = abs((a2 - a1) - (b2 - b1))
                both = (left or start) and right
                if both or named or (reword and reword((a1, a2, b1, b2))):
                    candidates.append((not both, not named, ra != rb, -(left + right), size, n, k))
    out, used_a, used_b = [], set(), set()
    for *_, n, k in sorted(candidates):
        if n not in used_b and k not in used_a:
            used_a.add(k)
            used_b.add(n)
            out.append((*runs_a[k][:2], *runs_b[n][:2]))
    for n, (b1, b2, _) in enumerate(runs_b):
        if n not in used_b:
            at = back.get(b1 - 1, -1) + 1 if b1 else 0
            out.append((at, at, b1, b2))
    for k, (a1, a2, _) in enumerate(runs_a):
        if k not in used_a:
            at = pair.get(a1 - 1, -1) + 1 if a1 else 0
            out.append((a1, a2, at, at))
    return out


def _at_borders(regions: list[Region], oa: list, ob: list) -> list[Region]:
    """Cut each region at the sentence borders of either side: the part with the most words of
    a split side keeps the pairing, the other parts become cuts or additions."""
    out = []
    for i1, i2, j1, j2 in regions:
        pa = [(x, y) for x, y in _split(oa, i1, i2)]
        pb = [(x, y) for x, y in _split(ob, j1, j2)]
        if len(pa) <= 1 and len(pb) <= 1:
            out.append((i1, i2, j1, j2))
            continue
        ka = max(range(len(pa)), key=lambda k: pa[k][1] - pa[k][0]) if pa else -1
        kb = max(range(len(pb)), key=lambda k: pb[k][1] - pb[k][0]) if pb else -1
        out += [(x, y, j1, j1) for k, (x, y) in enumerate(pa) if k != ka]
        out += [(i1, i1, x, y) for k, (x, y) in enumerate(pb) if k != kb]
        main_a = pa[ka] if pa else (i1, i1)
        main_b = pb[kb] if pb else (j1, j1)
        out.append((*main_a, *main_b))
    return out


def _split(owner: list, lo: int, hi: int) -> list[tuple[int, int]]:
    parts: list[tuple[int, int]] = []
    for k in range(lo, hi):
        if parts and owner[k] == owner[k - 1]:
            parts[-1] = (parts[-1][0], k + 1)
        else:
            parts.append((k, k + 1))
    return parts


def resolve_moves(
    ka: list[str],
    kb: list[str],
    ops: list,
    merged: list[Region],
    oa: list,
    ob: list,
    raw: list[str],
    unit: Callable[[Region], bool] | None = None,
    reword: Callable[[Region], bool] | None = None,
    links: set | None = None,
) -> list[Region]:
    """The edit regions of an ordered diff with moved words taken out.

    Args:
        ka, kb: the word keys of the source and version sides (quote marks left out).
        ops: the ``difflib`` opcodes of ``ka`` against ``kb``.
        merged: the edit regions (``i1, i2, j1, j2`` over ``ka``/``kb``) built from ``ops``.
        oa, ob: the sentence each key belongs to, on each side.
        raw: the source side's words as written (a single moved word must be a name or number).
        unit: whether a pair of left-over runs is a named change ("today" / "yesterday"), to
            prefer it when a run could pair with two.
        reword: whether a pair of left-over runs beside one same kept word is one rewording;
            without it, such runs are a cut and an addition.
        links: the (version sentence, source sentence) pairs the alignment links, so a content
            word can be taken from another sentence of a fused group (see :func:`_tile`).

    Returns:
        The regions, sorted: those no move touches as they were, the others re-paired, none
        crossing a sentence border.

    Example:
        >>> ka = "output stopped when workers went on strike".split()
        >>> kb = "workers went on strike so output stopped".split()
        >>> ops = SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes()
        >>> merged = [tuple(op[1:]) for op in ops if op[0] != "equal"]
        >>> resolve_moves(ka, kb, ops, merged, [0] * 7, [0] * 7, ka)  # "when" cut, "so" added
        [(2, 3, 7, 7), (7, 7, 4, 5)]
    """
    pair = {i1 + x: j1 + x for tag, i1, i2, j1, _ in ops if tag == "equal" for x in range(i2 - i1)}
    for i1, i2, _j1, _j2 in merged:  # a glue word inside a region ("the", ",") is free to move
        for x in range(i1, i2):
            if not ka[x].isalnum() or ka[x] in STOP_WORDS:
                pair.pop(x, None)
    matched_b = set(pair.values())
    free_a, free_b = [False] * len(ka), [False] * len(kb)
    for i1, i2, j1, j2 in merged:
        for x in range(i1, i2):
            free_a[x] = x not in pair
        for y in range(j1, j2):
            free_b[y] = y not in matched_b
    moved = _tile(ka, kb, raw, free_a, free_b, pair, oa, ob, links)
    moved_b = {pair[i] for i in moved}
    kept, runs_a, runs_b = [], [], []
    for n, (i1, i2, j1, j2) in enumerate(merged):
        if not any(x in moved for x in range(i1, i2)) and not any(y in moved_b for y in range(j1, j2)):
            kept.append((i1, i2, j1, j2))
            continue
        runs_a += [(*p, n) for r in _runs_in(i1, i2, moved, free_a) for p in _split(oa, *r)]
        runs_b += [(*p, n) for r in _runs_in(j1, j2, moved_b, free_b) for p in _split(ob, *r)]
    regions = kept + [r for p in _pair_runs(runs_a, runs_b, pair, unit, reword) for r in _rediff(ka, kb, p)]
    return sorted(_at_borders(regions, oa, ob))


def _rediff(ka: list[str], kb: list[str], r: Region) -> list[Region]:
    """A pair of left-over runs diffed again: words both share stay out of the change
    ("in the Leeds/Liverpool" -> "dead in a": "in" is kept)."""
    i1, i2, j1, j2 = r
    if i1 == i2 or j1 == j2:
        return [r]
    ops = SequenceMatcher(None, ka[i1:i2], kb[j1:j2], autojunk=False).get_opcodes()
    return [(i1 + a1, i1 + a2, j1 + b1, j1 + b2) for tag, a1, a2, b1, b2 in ops if tag != "equal"]


def _runs_in(lo: int, hi: int, moved: set[int], free: list[bool]) -> list[tuple[int, int]]:
    """The runs of a region between its moved words, trimmed of kept words at either end."""
    out = []
    for a, b in true_runs([k not in moved for k in range(lo, hi)]):
        a, b = a + lo, b + lo
        while a < b and not free[a]:
            a += 1
        while b > a and not free[b - 1]:
            b -= 1
        if a < b:
            out.append((a, b))
    return out
