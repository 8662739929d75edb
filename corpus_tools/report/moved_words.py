"""Words a version "adds" that its source writes elsewhere are the source's words placed anew, not
words added.

Read on round 30's held-out punch times (``benchmarks/claims.md``, "Thirtieth round", cause 2,
pu11: the findings said "words added (5)" for ", 29, the", "in Romford, Essex, after", "in a" and
"at" twice, PA's own words from other sentences of the take, in the paragraph that says the times
"adds no word of its own": the paragraph contradicted itself). The variant rows read a version
sentence against the source sentences it is aligned to, so words the source writes in another
sentence are an ``insertion``; :func:`moved_insertions` tells such a row in the findings' count as
``moved_words`` ("words from elsewhere in the source"): each of its words (its lemma, lower-case;
a number apart, "29" in "The 29-year-old") is a word of one of the version's sources, as the words
"of its own" are counted, one of them at least a content word (an added "at" or "in a" stays an
addition: any source writes them, and a reader counts them added); a row of negations alone ("not",
"never") stays an addition, as it changes what is said. The table keeps its rows.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from corpus_tools.lexicon import STOP_WORDS, lemma_key

__all__ = ["moved_insertions", "source_texts"]

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_NEGATIONS = frozenset({"not", "no", "never", "n't", "nor", "neither", "nothing", "none"})


def _keys(text: str) -> list[str]:
    return [lemma_key(w) for w in _WORD.findall(text.lower())]


@lru_cache(maxsize=256)
def _known(text: str) -> frozenset[str]:
    return frozenset(_keys(text))


def moved_insertions(told_as: pd.DataFrame, sources: list[str]) -> pd.DataFrame:
    """``told_as`` (:func:`corpus_tools.report.change_claims.claimed_changes`'s frame) with each
    ``insertion`` whose every word one of the ``sources`` (raw texts) writes a ``moved_words`` row
    (module docstring).

    >>> rows = pd.DataFrame({"category": ["insertion", "insertion", "insertion"],
    ...     "source_form": ["", "", ""], "form": [", 29, in Romford, after", "not", "at a"]})
    >>> src = "The 29-year-old was at a club in Romford, Essex. After a row he did not strike."
    >>> moved_insertions(rows, [src])["category"].tolist()
    ['moved_words', 'insertion', 'insertion']
    """
    adds = told_as["category"] == "insertion"
    if not adds.any() or not sources:
        return told_as
    known = [_known(s) for s in sources]
    out = told_as.copy()
    for k in adds[adds].index:
        words = set(_keys(str(out.at[k, "form"])))
        content = {w for w in words if w not in STOP_WORDS}
        if content and not words <= _NEGATIONS and any(words <= kn for kn in known):
            out.at[k, "category"] = "moved_words"
    return out


def source_texts(corpus: pd.DataFrame | None, variants: pd.DataFrame) -> list[str]:
    """The raw texts of the sources ``variants`` (one version's rows) are read against; none
    without a corpus."""
    if corpus is None or "source_doc_id" not in variants:
        return []
    texts = {str(d): str(t) for d, t in corpus["text"].items()}
    return [texts[s] for s in dict.fromkeys(variants["source_doc_id"].astype(str)) if s in texts]
