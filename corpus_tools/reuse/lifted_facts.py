"""Sentences a text leaves new that repeat a short phrase of a source sentence carrying a fact.

:mod:`corpus_tools.reuse.lifted_clauses` names a sentence left ``new`` that shares a run of
:data:`~corpus_tools.reuse.lifted_clauses.MIN_RUN` (6) words with a source sentence. The audits
of issue 22 (``benchmarks/claims.md``, rounds 18-24) count as taken shorter runs too, when they
carry what only that source sentence says: "between September 1998 and October" (dates), "on
0171 555 0199" (a hotline's number), "after breaking into her home", "DNA comparisons had proved
negative" (words of what happened found in one or two of the source's sentences). A short run of
common words ("in the house", "the murders of") is no evidence, and METER's annotators mark such
runs taken under half the time.

The shape (:func:`lifted_facts`): a sentence left new shares with a source sentence a **run of at
least** :data:`MIN_RUN` **words in the same order** (lemma keys, as alignment reads words) holding
at least :data:`MIN_FACTS` **words of fact**: a number, or a word found in at most
:data:`MAX_SENTENCES` of the distinct source sentences the text is read against (a rare name or
a rare word of what happened), not a title or office, a verb of saying, a court's stock word,
a case's outcome formula (:data:`~corpus_tools.reuse.lifted_clauses.COURT_FORMULA`) or a stop
word. A sentence :func:`~corpus_tools.reuse.lifted_clauses.lifted_clauses` names is not named
again, and a run is no evidence when both sentences hold a quote mark (:data:`QUOTE_MARK`): two
reports quoting one judge's remarks share his words without one copying the other (issue 22's
"shared statement"; a paper's "'serious lapses' in procedure" for the agency's unquoted "serious
lapses in police procedures" is named). The runs are found with the same index of the source
sentences' word triples (:func:`~corpus_tools.reuse.lifted_clauses.reading`): no pairwise loop.

The thresholds were chosen on METER courts by date folds (``benchmarks/lifted_facts.py``, each
run checked against the annotators' Verbatim / Rewrite spans, as ``benchmarks/lifted_clauses.py``
checks the longer runs): the setting the other four folds prefer at precision 0.75 (a bar set
before the grid was run), (5, 1, 2) in two folds of five. Pooled, the annotators mark the words of
about two named sentences in three taken (0.649, 37 named); on the dates held out fewer (0.387,
31 named; 0.5-1.0 on four folds, 0.19 on 08.12.99, whose annotators mark most retold sentences
New); figures in ``benchmarks/README.md`` ("Round 25, branch wchg25"). The findings say "check".
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from corpus_tools.io.corpus import require_columns
from corpus_tools.lexicon import MONTHS
from corpus_tools.reuse.lifted_clauses import _NOT_OWN, _frame, lifted_runs, reading
from corpus_tools.reuse.matching import ReuseOptions
from corpus_tools.reuse.similarity import _REPORTING, is_content

__all__ = ["MAX_SENTENCES", "MIN_FACTS", "MIN_RUN", "QUOTE_MARK", "fact_words", "lifted_facts"]

#: the fewest words, in order, a repeated phrase has (METER date folds, ``benchmarks/lifted_facts.py``)
MIN_RUN = 5
#: the fewest words of fact in it
MIN_FACTS = 1
#: a quote mark: a double mark, a backtick, or a single mark not inside a word ("Banfield's" is none)
QUOTE_MARK = re.compile(r"[\"“”‘’`]|(?<![A-Za-z])'|'(?![A-Za-z])")
_MONTHS = frozenset(MONTHS) - {"may", "mar", "jun", "jan"}  # "may" is a verb; the rest ambiguous keys

_NOT_WORDS = _NOT_OWN | _REPORTING

#: a word is a fact of the source sentences it is found in when found in at most this many
MAX_SENTENCES = 2


def fact_words(keys: tuple, rare: frozenset, names: frozenset = frozenset()) -> list[bool]:
    """For each key of a sentence: is it a word of fact? A number or a month (a date), or a word
    in ``rare`` (the keys found in few source sentences) that is content, no name (``names``: a
    name and its title say who, which any reporter writes so) and no title, office, word of
    saying, court's stock word or outcome formula.

    Example:
        >>> rare = frozenset({"ring", "court", "hale"})
        >>> fact_words(("he", "ring", "0171", "555", "the", "court", "hale"), rare, frozenset({"hale"}))
        [False, True, True, True, False, False, False]
        >>> fact_words(("in", "september", "1998"), frozenset())
        [False, True, True]
    """
    return [
        k.isdigit()
        or k in _MONTHS
        or (k in rare and k not in names and k not in _NOT_WORDS and is_content(k))
        for k in keys
    ]


def lifted_facts(
    corpus: pd.DataFrame,
    *,
    alignment: pd.DataFrame,
    coverage: pd.DataFrame,
    sentences: pd.DataFrame,
    options: ReuseOptions | None = None,
    min_run: int = MIN_RUN,
    min_facts: int = MIN_FACTS,
    max_sentences: int = MAX_SENTENCES,
    clauses: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The source sentences each sentence left ``new`` repeats a phrase of fact of (rule: the
    module's doc).

    Args:
        corpus, alignment, coverage, sentences, options: as
            :func:`corpus_tools.reuse.lifted_clauses.lifted_clauses`.
        min_run, min_facts, max_sentences: :data:`MIN_RUN`, :data:`MIN_FACTS`,
            :data:`MAX_SENTENCES` (the benchmark varies them).
        clauses: the rows of :func:`~corpus_tools.reuse.lifted_clauses.lifted_clauses`; their
            sentences are not named again.

    Returns:
        The columns of :data:`corpus_tools.reuse.lifted_clauses.LIFTED_COLUMNS`: one row per paper
        sentence and source sentence it repeats a phrase of (``lifted``: the phrase as the paper
        writes it). Sorted by ``doc_id``, ``sent_id``, source; empty with these columns when none.

    Example:
        >>> import corpus_tools as ct
        >>> a = ct.analyze(ct.load_seeds())
        >>> len(lifted_facts(a.corpus, alignment=a.alignment, coverage=a.coverage, sentences=a.sentences))
        0
    """
    require_columns(corpus, ["text"], "lifted_facts")
    quoted = _quoted(alignment, sentences)
    named = set()
    if clauses is not None:
        named = set(zip(clauses["doc_id"].astype(str), clauses["sent_id"].astype(int), strict=True))
    rows, rare = [], {}
    for key, tokens, w, index, source, _topic in reading(corpus, alignment, coverage, sentences, options):
        if key in named:
            continue
        if id(index) not in rare:  # the source sentences this index reads, each distinct text once
            read = {source[k] for ks in index.values() for k, _ in ks}
            df = Counter(x for keys in read for x in set(keys))
            rare[id(index)] = (index, frozenset(x for x, n in df.items() if n <= max_sentences))
        facts = fact_words(w.keys, rare[id(index)][1], w.names)
        found = lifted_runs(w.keys, facts, index, source, None, min_run=min_run, min_own=min_facts)
        found = [f for f in found if not (quoted.get(key) and quoted.get(f[0]))]  # a shared quotation
        for k, i, n in found:
            rows.append((*key, *k, i, n, " ".join(tokens[i : i + n]), len(found)))
    return _frame(rows)


def _quoted(alignment: pd.DataFrame, sentences: pd.DataFrame) -> dict:
    """(doc_id, sent_id) -> does the sentence hold a quote mark, for the sentences left new and
    every sentence of ``sentences``."""
    out = {}
    for frame in (sentences, alignment[alignment["reuse_class"] == "new"]):
        for d, i, t in zip(frame["doc_id"], frame["sent_id"], frame["text"], strict=True):
            out[(str(d), int(i))] = bool(QUOTE_MARK.search(t))
    return out
