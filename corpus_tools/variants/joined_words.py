"""Two words written as one ("connectionwith"): read as the two words before the diff.

Read on the claims audit's round 22 (``benchmarks/claims.md``, bm43: a paper's "in connectionwith
the" against the wire's "in connection with the"). A word the other side writes as two, the space
between them lost, matches neither of them, so the diff pairs the words around it with other words
of the sentence: "court for" -> "connectionwith" a replacement, and the words before it counted cut
and added. :func:`split_joined` splits such a token of one side into the two words the other side
writes, at the same offsets, before :func:`corpus_tools.variants.lexical.extract_variants` diffs
them, so the two words are kept and nothing around them moves; :func:`joined_regions` then gives
the lost space its one change ("connection with" -> "connectionwith", ``punctuation_other``, a
format, as "releasedby" was when the diff paired it alone).

A token is split when:

- it is letters only and the other side does not write it as a word;
- the other side writes it as two words in a row, a space between them (case aside), and
- one of the two is a stop word ("with", "of", "the") and the other a word of three letters or
  more that is not: "weekend" / "week end" and "cannot" / "can not" are other spellings, no lost
  space, and stay as they are; or the token has a capital inside it where the second word starts
  ("binLaden" / "bin Laden", round 22's bm31: a name's two words run together).
"""

from __future__ import annotations

from corpus_tools.lexicon import STOP_WORDS

__all__ = ["joined_pairs", "joined_regions", "split_joined"]


def _lost_space(first: str, second: str) -> bool:
    """Whether two words written together read as a space lost (the module's last rule)."""
    a, b = first.lower(), second.lower()
    if not (a.isalpha() and b.isalpha()) or (a in STOP_WORDS) == (b in STOP_WORDS):
        return False
    return len(b if a in STOP_WORDS else a) >= 3


def _camel(word: str, cut: int) -> bool:
    """Whether ``word`` has a capital at ``cut`` after a small letter: "binLaden" at 3."""
    return 0 < cut < len(word) and word[cut - 1].islower() and word[cut].isupper()


def joined_pairs(toks: list[tuple[int, int, str]]) -> dict[str, int]:
    """Each two words of ``toks`` (``(start, end, word)``) in a row, a space between them, that
    would read as one word with the space lost: their joined lower-case form -> the length of the
    first word.

    Example:
        >>> from corpus_tools.lexicon import tokenize
        >>> joined_pairs(tokenize("connection with it"))
        {'connectionwith': 10}
    """
    out: dict[str, int] = {}
    for (_, end, a), (start, _, b) in zip(toks, toks[1:], strict=False):
        if start > end and a.isalpha() and b.isalpha() and (_lost_space(a, b) or _camel(a + b, len(a))):
            out.setdefault((a + b).lower(), len(a))
    return out


def _split(toks: list, owner: list, other: list) -> tuple[list, list]:
    pairs = joined_pairs(other)
    if not pairs:
        return toks, owner
    theirs = {t[2].lower() for t in other}
    out_toks, out_owner = [], []
    for tok, sid in zip(toks, owner, strict=True):
        start, end, word = tok
        cut = pairs.get(word.lower()) if word.isalpha() and word.lower() not in theirs else None
        if cut is None or not (_lost_space(word[:cut], word[cut:]) or _camel(word, cut)):
            out_toks.append(tok)
            out_owner.append(sid)
            continue
        out_toks += [(start, start + cut, word[:cut]), (start + cut, end, word[cut:])]
        out_owner += [sid, sid]
    return out_toks, out_owner


def split_joined(sa: list, oa: list, sb: list, ob: list) -> tuple[list, list, list, list]:
    """Both sides' tokens and their sentences (:func:`corpus_tools.variants.groups.side`), each
    word the other side writes as two words split in two (the module's rules).

    Example:
        >>> from corpus_tools.lexicon import tokenize
        >>> sa, sb = tokenize("in connection with it"), tokenize("in connectionwith it")
        >>> [t[2] for t in split_joined(sa, [0] * 4, sb, [0] * 3)[2]]
        ['in', 'connection', 'with', 'it']
    """
    sa2, oa2 = _split(sa, oa, sb)
    sb2, ob2 = _split(sb, ob, sa)
    return sa2, oa2, sb2, ob2


def _halves(toks: list) -> list[int]:
    """The first token of each word split in two (two words with no space or mark between them)."""
    return [
        k
        for k, (a, b) in enumerate(zip(toks, toks[1:], strict=False))
        if a[1] == b[0] and a[2].isalpha() and b[2].isalpha()
    ]


def joined_regions(regions: list[tuple[int, int, int, int]], sa: list, sb: list) -> list[tuple]:
    """The diff ``regions`` (token ranges ``(i1, i2, j1, j2)`` over the sides split by
    :func:`split_joined`) with one more for each word split in two whose two words the other side
    writes apart, at the place no region touches: the lost space, one change.

    Example:
        >>> from corpus_tools.lexicon import tokenize
        >>> sa, sb = tokenize("in connection with it"), tokenize("in connectionwith it")
        >>> sa, _, sb, _ = split_joined(sa, [0] * 4, sb, [0] * 3)
        >>> joined_regions([], sa, sb)
        [(1, 3, 1, 3)]
    """
    extra = []
    for toks, other, mine in ((sb, sa, False), (sa, sb, True)):
        for k in _halves(toks):
            pair = [toks[k][2].lower(), toks[k + 1][2].lower()]
            for i in range(len(other) - 1):
                if [other[i][2].lower(), other[i + 1][2].lower()] != pair or other[i][1] == other[i + 1][0]:
                    continue
                r = (k, k + 2, i, i + 2) if mine else (i, i + 2, k, k + 2)
                if not any(p < r[1] and r[0] < q or x < r[3] and r[2] < y for p, q, x, y in regions):
                    extra.append(r)
                break
    return sorted(regions + extra) if extra else regions
