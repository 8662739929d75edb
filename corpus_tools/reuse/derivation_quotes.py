"""Quotations a version copied from its source, apart from those its reporter heard.

Two papers reporting one hearing share the testimony both quote; the Press Association's copy
and a paper that took its report from PA share it too. What tells them apart is how the
quotation stands in the source: a paper that copies PA's report copies PA's quotation in PA's
words and PA's framing around it ("Smith told the court: 'I never meant ...'"), while a reporter
in court frames what he heard in his own ("Smith sobbed as he said: 'I never meant ...'") or
quotes words PA does not hold.

Each quotation of a text (a maximal stretch of its body words inside quotation marks,
:func:`quoted`) is **copied** when at least half its words lie in runs of at least
:data:`corpus_tools.reuse.derivation_words.RUN_WORDS` (5) words shared with one source file and
one of those runs reaches past the quotation into the words around it (the source's framing or
attribution taken with it); every other quotation is **heard**. :func:`kept_novel_share` is the
share of the text's content words the source does not hold, read on the words outside the heard
quotations: the text's narration and the quotations it copied count, testimony it heard does not;
names and numbers the source also has are set aside (a reporter could have heard them), those of
its own count. A text with no quotation mark skips the runs (nothing is heard), and so does one
whose every quotation has under half its words anywhere in the source (each is heard).

Found in round 38 (branch ``class38``, ``benchmarks/derivation_quotes.py``, issue 24): METER
courts' non-derived papers quote the hearing as much as its partially derived ones (median share of
words inside quotation marks 0.168 both), and round 37's share of narration alone, which set every
quotation aside, lost the quotations a paper copied from PA with those it heard. Medians of
:func:`kept_novel_share` on courts: wholly 0.137, partially 0.329, non-derived 0.486; on the
Clough & Stevenson answers (which quote almost nothing) cut 0.018, light 0.171, heavy 0.271,
non 0.649.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from corpus_tools.lexicon import STOP_WORDS
from corpus_tools.reuse.derivation_words import RUN_WORDS, is_fact
from corpus_tools.reuse.documents import tile

__all__ = [
    "QUOTE_MARKS",
    "heard_quotations",
    "kept_novel_share",
    "novel_share_outside",
    "quotations",
    "quoted",
]

#: quotation marks, single or double, straight or curly (a word's own apostrophe is inside the word)
QUOTE_MARKS = frozenset("\"'\u201c\u201d\u2018\u2019")
_MARKS_AND_SPACE = " " + "".join(sorted(QUOTE_MARKS))


def quoted(words: Sequence) -> list[bool]:
    """Per body word (:func:`corpus_tools.reuse.derivation_words.body_words`), whether it stands
    inside quotation marks.

    A mark with no space between it and the next word opens a quotation, any other closes it; a
    paragraph starts outside (its first word has nothing but quote marks before it).

    Example:
        >>> from corpus_tools.reuse.derivation_words import body_words
        >>> quoted(body_words('He said: "We won." They left.'))
        [False, False, True, True, False, False]
    """
    inside, out = False, []
    for w in words:
        gap = w.gap
        if not gap.strip(_MARKS_AND_SPACE) and not any(c.isspace() for c in gap):
            inside = False  # a paragraph's first word
        gap = gap.replace("``", '"')
        for i, ch in enumerate(gap):
            if ch in QUOTE_MARKS:
                inside = not any(c.isspace() for c in gap[i + 1 :])
        out.append(inside)
    return out


def quotations(flags: Iterable[bool]) -> list[tuple[int, int]]:
    """``(start, end)`` of each maximal stretch of True in ``flags``.

    Example:
        >>> quotations([False, True, True, False, True])
        [(1, 3), (4, 5)]
    """
    out, start = [], None
    for i, f in enumerate([*flags, False]):
        if f and start is None:
            start = i
        elif not f and start is not None:
            out.append((start, i))
            start = None
    return out


def heard_quotations(
    flags: Sequence[bool], runs: Sequence[Sequence[tuple[int, int]]], *, framed: bool = True
) -> np.ndarray:
    """Per word, whether it stands in a heard quotation.

    Args:
        flags: :func:`quoted` of the text's words.
        runs: per source file, the ``(start, end)`` of each run of the text's words shared with it.
        framed: a quotation is copied only when a run reaching into it also reaches past it (the
            source's framing taken with it); False: when at least half its words are in runs.

    Example:
        >>> heard_quotations([False, True, True, False], [[(0, 3)]]).tolist()
        [False, False, False, False]
        >>> heard_quotations([False, True, True, False], [[(1, 3)]]).tolist()
        [False, True, True, False]
    """
    n = len(flags)
    run_id = np.full((len(runs), n), -1)
    for f, spans in enumerate(runs):
        for r, (a, b) in enumerate(spans):
            run_id[f, a:b] = r
    out = np.zeros(n, dtype=bool)
    for a, b in quotations(flags):
        copied = (run_id[:, a:b] >= 0).any(axis=0).mean() >= 0.5
        if copied and framed:
            ids = [set(run_id[f, a:b][run_id[f, a:b] >= 0].tolist()) for f in range(len(runs))]
            copied = any(
                (a > 0 and run_id[f, a - 1] in ids[f]) or (b < n and run_id[f, b] in ids[f])
                for f in range(len(runs))
            )
        out[a:b] = not copied
    return out


def kept_novel_share(
    words: Sequence, source_words: set[str], source_keys: Iterable[Sequence[str]], *, framed: bool = True
) -> float:
    """Of the text's content words outside its heard quotations, the share not among the source's
    words; names and numbers the source also has are set aside. In [0, 1]; 0.0 without such words.

    Args:
        words: the text's :func:`corpus_tools.reuse.derivation_words.body_words`.
        source_words: the keys of every body word of the source.
        source_keys: per source file, the keys of its body words (read only when the text holds a
            quotation mark).
        framed: as in :func:`heard_quotations`.

    Example:
        >>> from corpus_tools.reuse.derivation_words import body_words
        >>> src = body_words('Mr Grey told the court: "I never saw the van that night." He was cleared.')
        >>> keys = [w[0] for w in src]
        >>> copied = body_words('Mr Grey told the court: "I never saw the van that night." The jury agreed.')
        >>> heard = body_words('Mr Grey wept as he said: "I never saw the van that night." The jury agreed.')
        >>> kept_novel_share(copied, set(keys), [keys]), kept_novel_share(heard, set(keys), [keys])
        (0.25, 0.8)
    """
    heard = np.zeros(len(words), dtype=bool)
    if any(ch in QUOTE_MARKS for w in words for ch in w.gap):
        flags = quoted(words)
        spans = quotations(flags)
        # a quotation with under half its words anywhere in the source is heard: no run needed
        maybe = [
            (a, b) for a, b in spans if 2 * sum(words[i][0] in source_words for i in range(a, b)) >= b - a
        ]
        for a, b in spans:
            heard[a:b] = True
        if maybe:
            text = [w[0] for w in words]
            runs = [[(i, i + n) for i, _, n in tile(text, list(keys), RUN_WORDS)] for keys in source_keys]
            heard = heard_quotations(flags, runs, framed=framed)
    return novel_share_outside(words, source_words, heard)


def novel_share_outside(words: Sequence, source_words: set[str], heard: Sequence[bool]) -> float:
    """Of the text's content words outside the words marked ``heard``, the share not among the
    source's words; names and numbers the source also has are set aside. In [0, 1]; 0.0 without
    such words.

    Example:
        >>> from corpus_tools.reuse.derivation_words import body_words
        >>> words = body_words('Mr Grey said: "I saw nothing." The jury agreed.')
        >>> novel_share_outside(words, {"mr", "said", "saw"}, [False] * 3 + [True] * 3 + [False] * 3)
        0.6
    """
    told = [
        key
        for (key, word, initial), h in zip(words, heard, strict=True)
        if not h and key not in STOP_WORDS and not (key in source_words and is_fact(word, initial))
    ]
    return sum(k not in source_words for k in told) / len(told) if told else 0.0
