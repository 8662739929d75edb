"""Two words written as one ("connectionwith"): read as the two words before the diff.

Read on the claims audit's round 22 (``benchmarks/claims.md``, bm43: a paper's "in connectionwith
the" against the wire's "in connection with the"). A word the other side writes as two, the space
between them lost, matches neither of them, so the diff pairs the words around it with other words
of the sentence: "court for" -> "connectionwith" a replacement, and the words before it counted cut
and added. :func:`split_joined` splits such a token of one side into the two words the other side
writes, at the same offsets, before :func:`corpus_tools.variants.lexical.extract_variants` diffs
them, so the two words are kept and nothing around them moves.

A token is split when:

- it is letters only and the other side does not write it as a word;
- the other side writes it as two words in a row, a space between them (case aside), and
- one of the two is a stop word ("with", "of", "the") and the other a word of three letters or
  more that is not: "weekend" / "week end" and "cannot" / "can not" are other spellings, no lost
  space, and stay as they are.
"""

from __future__ import annotations

from corpus_tools.lexicon import STOP_WORDS

__all__ = ["joined_pairs", "split_joined"]


def _lost_space(first: str, second: str) -> bool:
    """Whether two words written together read as a space lost (the module's last rule)."""
    a, b = first.lower(), second.lower()
    if not (a.isalpha() and b.isalpha()) or (a in STOP_WORDS) == (b in STOP_WORDS):
        return False
    return len(b if a in STOP_WORDS else a) >= 3


def joined_pairs(toks: list[tuple[int, int, str]]) -> dict[str, int]:
    """Each two words of ``toks`` (``(start, end, word)``) in a row, a space between them, that
    would read as one word with the space lost: their joined lower-case form -> the length of the
    first word.

    Example:
        >>> from corpus_tools.lexicon import tokenize
        >>> joined_pairs(tokenize("in connection with the week end"))
        {'connectionwith': 10}
    """
    out: dict[str, int] = {}
    for (_, end, a), (start, _, b) in zip(toks, toks[1:]):
        if start > end and _lost_space(a, b):
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
        if cut is None:
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
