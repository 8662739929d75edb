"""Sentences a text leaves new that lift a clause of a source sentence among words of their own.

Sentence alignment (:func:`corpus_tools.reuse.alignment.align_sentences`) takes a paper's sentence
when a source sentence holds enough of its words. A sentence that lifts one clause of a source
sentence ("had met the builder once before, when he was working for a roofing firm" for the
source's "... admitted meeting them in 1997 when he was working for a roofing firm") and says the
rest in its own words holds too few of them, and is left ``new``; a reader checking the texts
calls it taken from the source. :func:`lifted_clauses` names such sentences beside the alignment,
which stays as it is (its shares and counts, and the sentence benchmark of issue 24 built on
them): a sentence lifts a clause of a source sentence when the two share a **run of words in the
same order** (lemma keys, as alignment reads words) of at least :data:`MIN_RUN` words, holding
at least :data:`MIN_OWN` words of what happened: content words that are not names, numbers,
titles and offices (``SPEAKER_WORDS["official"]`` of the lexicon), verbs of saying, a court
report's stock words or light verbs (:data:`corpus_tools.reuse.retellings.COURT_WORDS`,
``LIGHT_WORDS``: "appeared at Leeds Crown Court yesterday" and "Detective Inspector Tom Hale
said" are no clause of anyone's), the formula
of a case's outcome (:data:`COURT_FORMULA`: "was jailed for life at") nor the source file's topic
(a word in three or more of its sentences, :func:`corpus_tools.reuse.fusion.common_words`).

Runs are found with one index of the source sentences' word triples (one per set of source
sentences a document is read against), looked up from each triple of each sentence left new,
never all pairs. Up to :data:`MAX_LIFTED` source sentences are named for one sentence, each run
over words the runs taken before it do not cover, longest first. The two thresholds were chosen
on METER courts by date folds (``benchmarks/lifted_clauses.py``, each lifted run checked against
the annotators' Verbatim / Rewrite spans): for each fold, the setting the other four folds prefer
(the highest recall with precision at least 0.9 on them, else the highest precision) was (6, 2)
in three of the five folds. On METER about one named sentence in four or five has its lifted
words annotated as the paper's own (its reporter heard the same words in court, or wrote a
feature from its own sources), and shorter runs fare worse (runs of three words with one word of
what happened: fewer than half annotated taken): the findings say "check".
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from corpus_tools.io.corpus import require_columns
from corpus_tools.lexicon import HONORIFICS, SPEAKER_WORDS, WORD_RE
from corpus_tools.reuse.fusion import common_words
from corpus_tools.reuse.matching import ReuseOptions
from corpus_tools.reuse.retellings import COURT_WORDS, LIGHT_WORDS
from corpus_tools.reuse.similarity import known_names, lemma, sentence_words

__all__ = [
    "COURT_FORMULA",
    "LIFTED_COLUMNS",
    "MAX_LIFTED",
    "MIN_OWN",
    "MIN_RUN",
    "lifted_clauses",
    "lifted_runs",
    "reading",
]

#: the fewest words, in order, a lifted run has (a clause: "when he was working for a")
MIN_RUN = 6
#: the fewest words of what happened in it (not "was charged with the murder of" alone)
MIN_OWN = 2
#: the most source sentences one sentence is read as lifting from
MAX_LIFTED = 3
#: the formula of a case's outcome (plea, verdict, sentence, remand, a name withheld): every
#: report of a case writes it so, a paper's own reporter as the agency's ("was jailed for life
#: at", "remanded in custody", "cannot be named for legal reasons")
COURT_FORMULA: frozenset[str] = frozenset(
    """jail jailed life sentence sentenced guilty plead pleaded charge charged deny denied admit
    admitted convict convicted acquit acquitted remand remanded bail custody legal reason reasons
    name named""".split()
)
_SEED = 3  # the index's unit: word triples
_NOT_OWN = COURT_WORDS | LIGHT_WORDS | COURT_FORMULA | HONORIFICS | SPEAKER_WORDS["official"]
_NOT_OWN |= frozenset(map(lemma, _NOT_OWN))

#: the columns of :func:`lifted_clauses`
LIFTED_COLUMNS = [
    "doc_id",
    "sent_id",
    "source_doc_id",
    "source_sent_id",
    "start",
    "n_words",
    "lifted",
    "n_lifted",
]


def _own_words(keys: tuple, names: frozenset, topical: frozenset) -> list[bool]:
    return [k in topical and k not in names and k not in _NOT_OWN for k in keys]


def _n_own(keys: tuple, own: list[bool], at, topic) -> int:
    return sum(1 for p in at if own[p] and keys[p] not in topic)


def lifted_runs(
    keys: tuple,
    own: list[bool],
    index: dict,
    source: dict,
    topic: dict | None = None,
    *,
    min_run: int = MIN_RUN,
    min_own: int = MIN_OWN,
) -> list[tuple]:
    """The runs one sentence (``keys``, ``own``: its words of what happened) shares with the source
    sentences of ``index`` (triple -> [(source key, position)]) and ``source`` (source key -> keys):
    ``[(source key, start, length)]``, at most :data:`MAX_LIFTED`, longest first, each over words
    the ones before it leave; ``topic``: source file -> its topic words, worth nothing."""
    topic = topic or {}
    best: dict = {}
    for i in range(len(keys) - _SEED + 1):
        for k, j in index.get(keys[i : i + _SEED], ()):
            if i and j and keys[i - 1] == source[k][j - 1]:
                continue  # inside a run found from an earlier triple
            s, n = source[k], _SEED
            while i + n < len(keys) and j + n < len(s) and keys[i + n] == s[j + n]:
                n += 1
            t = topic.get(k[0], ())
            if (
                n >= min_run
                and n > best.get(k, (0, 0))[1]
                and _n_own(keys, own, range(i, i + n), t) >= min_own
            ):
                best[k] = (i, n)
    taken: list[tuple] = []
    covered: set[int] = set()
    for k, (i, n) in sorted(best.items(), key=lambda x: (-x[1][1], x[0])):
        if len(taken) == MAX_LIFTED:
            break
        rest = [p for p in range(i, i + n) if p not in covered]
        if len(rest) >= min_run and _n_own(keys, own, rest, topic.get(k[0], ())) >= min_own:
            taken.append((k, i, n))
            covered.update(range(i, i + n))
    return taken


def _texts(frame: pd.DataFrame) -> dict[tuple[str, int], str]:
    rows = zip(frame["doc_id"], frame["sent_id"], frame["text"], strict=True)
    return {(str(d), int(i)): t for d, i, t in rows}


def lifted_clauses(
    corpus: pd.DataFrame,
    *,
    alignment: pd.DataFrame,
    coverage: pd.DataFrame,
    sentences: pd.DataFrame,
    options: ReuseOptions | None = None,
    min_run: int = MIN_RUN,
    min_own: int = MIN_OWN,
) -> pd.DataFrame:
    """The source sentences each sentence left ``new`` lifts a clause of (rule: the module's doc).

    Args:
        corpus: the corpus frame.
        alignment: the frame of :func:`corpus_tools.reuse.alignment.align_sentences`.
        coverage: the frame of :func:`corpus_tools.reuse.alignment.source_coverage`.
        sentences: the frame of :func:`corpus_tools.text.sentences.sentences`.
        options: the :class:`ReuseOptions` the alignment ran with (its ``max_short_words``).
        min_run, min_own: :data:`MIN_RUN` and :data:`MIN_OWN` (the benchmark varies them).

    Returns:
        One row per paper sentence and source sentence it lifts from: ``doc_id``, ``sent_id`` (the
        paper's sentence, left ``new``), ``source_doc_id``, ``source_sent_id``, ``start`` (the
        run's first word in the paper's sentence, counted from 0 over its words), ``n_words`` (the
        run's length), ``lifted`` (the run as the paper writes it), ``n_lifted`` (how many source
        sentences the sentence lifts from). Sorted by ``doc_id``, ``sent_id``, source; empty with
        these columns when nothing is lifted.

    Example:
        >>> import corpus_tools as ct
        >>> a = ct.analyze(ct.load_seeds())
        >>> len(lifted_clauses(a.corpus, alignment=a.alignment, coverage=a.coverage, sentences=a.sentences))
        0
    """
    require_columns(corpus, ["text"], "lifted_clauses")
    rows = []
    for key, tokens, w, index, source, topic in reading(corpus, alignment, coverage, sentences, options):
        own = _own_words(w.keys, w.names, w.topical)
        found = lifted_runs(w.keys, own, index, source, topic, min_run=min_run, min_own=min_own)
        for k, i, n in found:
            rows.append((*key, *k, i, n, " ".join(tokens[i : i + n]), len(found)))
    return _frame(rows)


def _frame(rows: list) -> pd.DataFrame:
    out = pd.DataFrame(rows, columns=LIFTED_COLUMNS)
    return out.sort_values(["doc_id", "sent_id", "source_doc_id", "source_sent_id"], ignore_index=True)


def reading(
    corpus: pd.DataFrame,
    alignment: pd.DataFrame,
    coverage: pd.DataFrame,
    sentences: pd.DataFrame,
    options: ReuseOptions | None = None,
):
    """Each sentence left ``new`` (over ``max_short_words``) as the run rules read it, in order:
    ``(key, tokens, words, index, source, topic)``: its (doc_id, sent_id), its word tokens, its
    :class:`~corpus_tools.reuse.similarity.SentenceWords` (lemma keys), the index of the word
    triples of the source sentences its document is read against (triple -> [(source key,
    position)]), every source sentence's keys (source key -> keys) and each source file's topic
    words. Shared by :func:`lifted_clauses` and :mod:`corpus_tools.reuse.lifted_facts`."""
    need = {
        "alignment": (alignment, ("doc_id", "sent_id", "reuse_class", "text")),
        "coverage": (coverage, ("doc_id", "source_doc_id", "source_sent_id")),
    }
    for name, (frame, cols) in need.items():
        if missing := [c for c in cols if c not in frame.columns]:
            raise ValueError(f"the {name} frame has no column {missing[0]!r}; build it with analyze()")
    opt = options or ReuseOptions()
    long = alignment["text"].str.split().str.len() > opt.max_short_words
    new = alignment[(alignment["reuse_class"] == "new") & long]
    if not len(new) or not len(coverage):
        return
    against = coverage[coverage["doc_id"].isin(set(new["doc_id"]))]
    src_docs = set(against["source_doc_id"].astype(str))
    texts = _texts(sentences[~sentences["is_boilerplate"] & sentences["doc_id"].astype(str).isin(src_docs)])
    mine = _texts(new)
    tokens = {k: WORD_RE.findall(t) for k, t in {**texts, **mine}.items()}
    names = known_names(tokens.values(), lemmas=True)
    words = {k: sentence_words(tokens[k], lemmas=True, names=names) for k in tokens}
    pairs: defaultdict[str, list[tuple[str, int]]] = defaultdict(list)
    for d, sd, si in zip(
        against["doc_id"].astype(str),
        against["source_doc_id"].astype(str),
        against["source_sent_id"].astype(int),
        strict=True,
    ):
        pairs[d].append((sd, si))
    indexes: dict[tuple, dict] = {}
    source = {k: words[k].keys for k in texts}
    # a word in three or more sentences of a source file is its topic, no sign of a lifted clause
    of_doc: defaultdict[str, list] = defaultdict(list)
    for k in texts:
        of_doc[k[0]].append(words[k])
    topic = {d: common_words(w) for d, w in of_doc.items()}
    for key in sorted(mine):
        ks = tuple(pairs.get(key[0], ()))
        if ks not in indexes:
            index: defaultdict[tuple, list] = defaultdict(list)
            for k in ks:
                s = source.get(k, ())
                for j in range(len(s) - _SEED + 1):
                    index[s[j : j + _SEED]].append((k, j))
            indexes[ks] = index
        yield key, tokens[key], words[key], indexes[ks], source, topic
