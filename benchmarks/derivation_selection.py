"""Issue #24, round 39 (branch class39): the source's own cut of a quotation, and condensation.

Run: ``python benchmarks/derivation_selection.py --features FILE [--meter meter-courts.tar.gz]
[--answers clough-stevenson.tar.gz] [--new CACHE] [--json OUT] [--only NAME ...]`` (``FILE``: the
pickle of ``benchmarks/derivation.py --features FILE``; the new features need only the texts and are
computed here, as ``benchmarks/derivation_quotes.py`` computes round 38's).

The question (chosen before measuring, written in benchmarks/README.md, "Round 39, branch class39").
Round 38's framed reading calls a quotation copied only when a run shared with the source reaches
past it into the source's framing; by it a partially derived paper's quotations are mostly heard
(median 0.115 of its words), since papers re-frame the quotations they take. Two readings a journalist
would name, neither a count:

* **selection** (class38's lead): a quotation read against the source's own quotations, not its
  framing. Its best source quotation is the one sharing the most of its word keys (the same
  testimony); the quotation is copied when its words stand in that quotation's order (the longest
  common subsequence covers >= :data:`IN_ORDER` of its words: few words added or moved) and it is
  the source's cut of the testimony (it opens with the source quotation's first word or closes
  with its last, or keeps >= :data:`IN_ORDER` of the source quotation's words). A reporter who heard
  the testimony cuts it where he chooses; a paper that took PA's report keeps PA's cut, however it
  re-frames it. Quotations of under :data:`MIN_QUOTE` words, and those round 38's framed reading
  calls copied, are read as round 38 reads them. ``kept_novel_share_sel``: round 38's
  ``kept_novel_share`` with the heard quotations of this reading; ``copied_quote_share``: the text's
  words in quotations copied by it, over its words.
* **condensation** (the far direction: a court paper condensing PA's report in its own voice, which
  the answers -> courts direction calls partially derived): ``sentence_cover``, per sentence of the
  text (outside its heard quotations, framed reading), the largest share of its content words (not
  stop words) found in one source sentence, averaged over the text's sentences weighted by their
  content words. A sentence retold from one source sentence keeps that sentence's words whatever its
  order; a text written apart shares the story's words scattered over the source.

Candidates (:data:`CANDIDATES`), each the balanced multinomial logistic model on log-odds as shipped
(C = 1), scored as rounds 6-38 scored theirs (``derivation_round6.evaluate``): both
leave-one-domain-out directions, pooled CV (a fifth of the courts dates and one question held out),
the confident calls at the widest margin leaving >= 70 % of each domain confident; the LODO and
pooled confusion matrices.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import derivation_narrative as narrative  # noqa: E402  (round 37: the stories' texts)
import derivation_quotes as quotes  # noqa: E402  (round 38: the candidates' run)

from corpus_tools.lexicon import STOP_WORDS  # noqa: E402
from corpus_tools.reuse.derivation import RUN_WORDS, body_words  # noqa: E402
from corpus_tools.reuse.derivation_quotes import (  # noqa: E402
    heard_quotations,
    novel_share_outside,
    quotations,
    quoted,
)
from corpus_tools.reuse.documents import tile  # noqa: E402

#: a copied quotation keeps at least this share of its words in the source quotation's order
IN_ORDER = 0.8
#: quotations shorter than this (words) are read by round 38's framed reading alone
MIN_QUOTE = 4
NEW = ("kept_novel_share_sel", "copied_quote_share", "sentence_cover", "fused_cover")
SHIPPED = ("novel_word_share", "longest_passage", "kept_novel_share")
#: name -> (features, standardisation within the corpus)
CANDIDATES = {
    "shipped triple (reference)": (SHIPPED, "none"),
    "(1) shipped pair + kept_novel_share_sel": (
        ("novel_word_share", "longest_passage", "kept_novel_share_sel"),
        "none",
    ),
    "(2) kept_novel_share_sel + longest_passage": (("kept_novel_share_sel", "longest_passage"), "none"),
    "(3) shipped triple + copied_quote_share": ((*SHIPPED, "copied_quote_share"), "none"),
    "(4) shipped triple + sentence_cover": ((*SHIPPED, "sentence_cover"), "none"),
    "(5) (1) + sentence_cover": (
        ("novel_word_share", "longest_passage", "kept_novel_share_sel", "sentence_cover"),
        "none",
    ),
    "(6) kept_novel_share + longest_passage + sentence_cover": (
        ("kept_novel_share", "longest_passage", "sentence_cover"),
        "none",
    ),
    "(7) novel_word_share + sentence_cover": (("novel_word_share", "sentence_cover"), "none"),
    # declared after (1)-(7)'s figures (post hoc): a sentence fused from two source sentences
    "(8) shipped triple + fused_cover": ((*SHIPPED, "fused_cover"), "none"),
    "(9) kept_novel_share + longest_passage + fused_cover": (
        ("kept_novel_share", "longest_passage", "fused_cover"),
        "none",
    ),
}


def lcs(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence of two key lists."""
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def sentences(words) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of body words (a word marked sentence-initial opens one)."""
    starts = [i for i, w in enumerate(words) if w[2] or i == 0]
    if not starts:
        return []
    return list(zip(starts, [*starts[1:], len(words)], strict=True))


def source_quotations(src_words: dict[str, list]) -> list[list[str]]:
    """The key lists of every quotation of every source file."""
    out = []
    for words in src_words.values():
        keys = [w[0] for w in words]
        out += [keys[a:b] for a, b in quotations(quoted(words))]
    return out


def selected(q: list[str], src_quotes: list[list[str]]) -> bool:
    """Whether a quotation is the source's cut of one of its quotations (module docstring)."""
    qs = set(q)
    best, best_n = None, 0
    for s in src_quotes:
        n = len(qs.intersection(s))
        if n > best_n:
            best, best_n = s, n
    if best is None or best_n < IN_ORDER * len(qs):
        return False
    n = lcs(q, best)
    if n < IN_ORDER * len(q):
        return False
    return q[0] == best[0] or q[-1] == best[-1] or n >= IN_ORDER * len(best)


def _best(keys: set[str], index: dict[str, list[int]]) -> int | None:
    """The source sentence holding the most of ``keys`` (None when none holds any)."""
    counts: dict[int, int] = {}
    for k in keys:
        for i in index.get(k, ()):
            counts[i] = counts.get(i, 0) + 1
    # ties go to the earliest sentence, so the reading does not hang on the sets' hash order
    return min(counts, key=lambda i: (-counts[i], i)) if counts else None


def sentence_cover(words, heard: np.ndarray, src_sentences: list[set[str]], *, fused: bool = False) -> float:
    """:data:`NEW`'s ``sentence_cover`` of one text (module docstring); 0.0 without content words.
    ``fused`` (post hoc, ``fused_cover``): the best source sentence, then the one holding the most
    of the words it leaves (a sentence fused from two)."""
    index: dict[str, list[int]] = {}
    for i, s in enumerate(src_sentences):
        for k in s:
            index.setdefault(k, []).append(i)
    total = covered = 0.0
    for a, b in sentences(words):
        keys = [words[i][0] for i in range(a, b) if not heard[i] and words[i][0] not in STOP_WORDS]
        if not keys:
            continue
        total += len(keys)
        best = _best(set(keys), index)
        if best is None:
            continue
        held = set(src_sentences[best])
        if fused:
            second = _best(set(keys) - held, index)
            if second is not None:
                held |= src_sentences[second]
        covered += sum(k in held for k in keys)
    return covered / total if total else 0.0


def selection_features(texts: dict[str, str], sources: list[str]) -> pd.DataFrame:
    """The :data:`NEW` features of every text of one corpus outside its source files."""
    bw = {d: body_words(t) for d, t in texts.items()}
    src = {d: bw[d] for d in sources}
    src_keys = {d: [w[0] for w in ws] for d, ws in src.items()}
    src_words = set().union(*src_keys.values())
    src_quotes = source_quotations(src)
    src_sentences = [
        {ws[i][0] for i in range(a, b)} - STOP_WORDS for ws in src.values() for a, b in sentences(ws)
    ]
    rows = []
    for d, words in bw.items():
        if d in sources:
            continue
        keys = [w[0] for w in words]
        flags = quoted(words)
        tiles = [[(i, i + n) for i, _, n in tile(keys, sk, RUN_WORDS)] for sk in src_keys.values()]
        framed = heard_quotations(flags, tiles, framed=True) if words else np.zeros(0, dtype=bool)
        sel = framed.copy()
        copied = 0
        for a, b in quotations(flags):
            if framed[a] and b - a >= MIN_QUOTE and selected(keys[a:b], src_quotes):
                sel[a:b] = False
            if not sel[a]:
                copied += b - a
        rows.append(
            (
                d,
                novel_share_outside(words, src_words, sel),
                copied / len(words) if words else 0.0,
                sentence_cover(words, framed, src_sentences),
                sentence_cover(words, framed, src_sentences, fused=True),
            )
        )
    return pd.DataFrame(rows, columns=["doc_id", *NEW])


def new_features(meter_path: str, answers_path: str) -> pd.DataFrame:
    """:func:`selection_features` over every METER courts story and every task."""
    out = [selection_features(texts, src) for texts, src in narrative.story_texts(meter_path, answers_path)]
    return pd.concat(out, ignore_index=True).drop_duplicates("doc_id")


def main() -> None:
    quotes.run_candidates(__doc__, new_features, list(NEW), list(SHIPPED), CANDIDATES, "selection")


if __name__ == "__main__":
    main()
