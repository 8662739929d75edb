"""The source sentence a version sentence's words are read against: the one it takes them from.

Sentence alignment (:func:`corpus_tools.reuse.alignment.align_sentences`) pairs a version sentence
with the source sentence that scores best; where the source is several files that tell the same
story (an agency's takes: a first story, a new lead, a round-up), the best-scoring sentence is not
always the one whose words the version writes. Round 24's held-out audit (``benchmarks/claims.md``,
cause 3) read a morning paper's lead ("LAWYERS for ... urged magistrates yesterday to strike out
the overwhelming majority of the torture charges against him") against a later take's sentence on
one barrister ("... urged the court to strike out the overwhelming majority of the charges")
where the first take writes "to strike out the overwhelming majority of the torture charges
against" word for word; and a paper's "He also indecently assaulted a former girlfriend at her
home", one take's clause word for word, against another take's victim's statement. Every word
the two sentences do not share was then counted cut, added or replaced.

:func:`read_against` re-points, **for the word-level variants only** (the alignment's classes,
scores, shares and counts stay as they are), a version sentence aligned to one source sentence to
the sentence of the same source witness that shares the most of its words **in runs of three or
more in order** (lemma keys, as alignment reads words), when that sentence covers at least
:data:`MARGIN` more of the version sentence's words so than the aligned one, at least
:data:`MIN_SHARE` of them, and among them :data:`MIN_OWN` words of what happened (content words
that are no names, numbers or verbs of saying: "Mr Jones said" is no evidence). Only sources of
several files are read (a single file's sentences are the alignment's own choice among them),
from one index of the source sentences' word triples per witness (no pairwise loop).
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from corpus_tools.lexicon import WORD_RE
from corpus_tools.reuse.similarity import sentence_words
from corpus_tools.reuse.witnesses import source_groups

__all__ = ["MARGIN", "MIN_OWN", "MIN_SHARE", "covered", "read_against"]

#: the fewest more words the other source sentence must cover in shared runs
MARGIN = 3
#: the least share of the version sentence's words it must cover so
MIN_SHARE = 0.3
#: the fewest words of what happened among them ("Mr Jones said" is no evidence)
MIN_OWN = 2
_SEED = 3


def _keys(text: str) -> tuple[str, ...]:
    return sentence_words(WORD_RE.findall(text), lemmas=True).keys


def covered(keys: tuple, index: dict, counted: frozenset = frozenset()) -> dict:
    """Source key -> (how many positions of ``keys`` lie in a word triple it shares, how many of
    those hold a key in ``counted``) (``index``: triple -> source keys).

    Example:
        >>> index = {("a", "b", "c"): ["s1"], ("b", "c", "d"): ["s1", "s2"]}
        >>> covered(("a", "b", "c", "d"), index, frozenset("d"))
        {'s1': (4, 1), 's2': (3, 1)}
    """
    at: defaultdict = defaultdict(set)
    for i in range(len(keys) - _SEED + 1):
        for k in index.get(keys[i : i + _SEED], ()):
            at[k].update(range(i, i + _SEED))
    return {k: (len(p), sum(1 for x in p if keys[x] in counted)) for k, p in at.items()}


def read_against(alignment: pd.DataFrame, corpus: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """``alignment`` with each version sentence aligned to one source sentence re-pointed to the
    source sentence whose words it writes (rule: the module's doc): ``source_doc_id``,
    ``source_sent_ids`` and ``source_text`` changed on those rows, every other column as it was.
    The same frame (not a copy) when no row moves."""
    if not len(alignment) or "source_group" not in alignment.columns:
        return alignment
    groups = {g: docs for g, docs in source_groups(corpus).items() if len(docs) > 1}
    one = [
        n
        for n, (cls, ids, others, g) in enumerate(
            zip(
                alignment["reuse_class"],
                alignment["source_sent_ids"],
                alignment["other_source_sents"],
                alignment["source_group"],
                strict=True,
            )
        )
        if cls != "new" and len(ids) == 1 and not len(others) and g in groups
    ]
    if not one:
        return alignment
    wanted = {d for g in set(alignment["source_group"].iloc[one]) for d in groups[g]}
    src = sentences[sentences["doc_id"].astype(str).isin(wanted)]
    if "is_boilerplate" in src.columns:
        src = src[~src["is_boilerplate"]]
    text = {(str(d), int(i)): t for d, i, t in zip(src["doc_id"], src["sent_id"], src["text"], strict=True)}
    index: dict[str, defaultdict] = {}
    for (d, i), t in text.items():
        ks = _keys(t)
        for g in (g for g, docs in groups.items() if d in docs):
            idx = index.setdefault(g, defaultdict(list))
            for j in range(len(ks) - _SEED + 1):
                idx[ks[j : j + _SEED]].append((d, i))
    moved = {}
    for row in one:
        r = alignment.iloc[row]
        w = sentence_words(WORD_RE.findall(r["text"]), lemmas=True)
        cover = covered(w.keys, index.get(r["source_group"], {}), w.topical)
        if not cover:
            continue
        here = (str(r["source_doc_id"]), int(r["source_sent_ids"][0]))
        best = max(cover, key=lambda k: (cover[k][0], k == here))
        n, own = cover[best]
        if n >= cover.get(here, (0, 0))[0] + MARGIN and n >= MIN_SHARE * len(w.keys) and own >= MIN_OWN:
            moved[alignment.index[row]] = best
    if not moved:
        return alignment
    out = alignment.copy()
    for at, (d, i) in moved.items():
        out.at[at, "source_doc_id"] = d
        out.at[at, "source_sent_ids"] = (i,)
        out.at[at, "source_text"] = text[(d, i)]
    return out
