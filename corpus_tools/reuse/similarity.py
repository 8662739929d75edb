"""A calibrated sentence similarity score from lexical evidence.

:func:`sentence_score` says how likely it is that one sentence was written from
another (kept, edited, compressed or paraphrased), as a probability in [0, 1]
(larger = more similar). It is a logistic model over 41 features, each in
[0, 1], read on normalised words (:func:`corpus_tools.text.sentences.match_key`: case,
quotes, dots and UK/US spelling ignored):

* ``lcs_short``, ``lcs_long``: the longest common subsequence of words over the
  shorter and the longer sentence (a compression keeps the first high);
* ``idf_short``, ``idf_long``: content words in common weighted by IDF, over the
  IDF mass of the shorter and of the longer sentence (containment both ways);
* ``bigrams``: Dice of word bigrams (phrases kept, not only words);
* ``names``, ``numbers``: agreement (Jaccard) of capitalised names and of
  numbers; 1.0 when neither sentence has any;
* ``length``, ``length_gap``: shorter / longer length in words, and the
  difference over the sum;
* ``Ngram_low``, ``Ngram_high`` (N = 1..4): n-gram precision of the sentence
  less and more contained in the other (BLEU's ingredients, both directions);
* ``unshared_high``, ``unshared_low``: 1 / (1 + IDF mass / 5) of the content
  words only one side has (the larger and the smaller mass): new information;
* ``same_numbers``, ``numbers_one_side``: the numbers are identical; only one
  side has numbers;
* ``char_trigrams``: Jaccard of character trigrams of the keys (inflections);
* ``window_*``: the same but names and numbers, read between the shorter
  sentence and its window in the longer one (:func:`window`);
* ``idf_cosine``: cosine of the IDF-weighted content words.

With ``compressions=True`` (the default) the score is also read between the
shorter sentence and its window, and the larger kept: a compression scores high.

The weights (:data:`SCORE_WEIGHTS`) were fitted by logistic regression on the
Microsoft Research Paraphrase Corpus, training part (4,075 pairs), by
``benchmarks/msrp.py``, which reports their 10-fold cross-validated accuracy;
IDF there comes from the MSRP sentences, in a corpus from its own sentences
(:func:`idf_weights`).

textacy: :func:`textacy.similarity.tokens.tversky` would give the containments,
but not IDF-weighted ones, and its sequence metrics work on characters or
unweighted tokens, so the features are computed here on the same word keys the
alignment uses (textacy's Vectorizer would build the same IDF from a
document-term matrix at the cost of a sparse matrix per call).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property
from itertools import repeat

from rapidfuzz.distance import LCSseq

from corpus_tools.lexicon import NUMBER_WORDS, REPORTING_FORMS, STOP_WORDS, WORD_RE, lemma_key
from corpus_tools.reuse.word_keys import lemma, word_key
from corpus_tools.text.sentences import norm_token

__all__ = [
    "FEATURES",
    "Idf",
    "PAIR_FEATURES",
    "SCORE_WEIGHTS",
    "SentenceWords",
    "features",
    "idf_weights",
    "is_content",
    "known_names",
    "lemma",
    "sentence_score",
    "sentence_words",
]

#: Features of the pair as given, in the order of :data:`FEATURES`.
PAIR_FEATURES = (
    "lcs_short",
    "lcs_long",
    "idf_short",
    "idf_long",
    "bigrams",
    "names",
    "numbers",
    "length",
    *(f"{n}gram_{side}" for n in (1, 2, 3, 4) for side in ("low", "high")),
    "unshared_high",
    "unshared_low",
    "same_numbers",
    "numbers_one_side",
    "length_gap",
    "char_trigrams",
)

# pair features also read between the shorter sentence and its window in the longer one
_WINDOWED = tuple(
    f for f in PAIR_FEATURES if f not in ("names", "numbers", "same_numbers", "numbers_one_side")
)

#: Feature names, in the order of :data:`SCORE_WEIGHTS`: :data:`PAIR_FEATURES`, the
#: same but names and numbers between the shorter sentence and its window in the
#: longer one (``window_*``, :func:`window`), and ``idf_cosine`` (cosine of the
#: IDF-weighted content words).
FEATURES = (
    *PAIR_FEATURES,
    *(f"window_{f}" for f in _WINDOWED),
    "idf_cosine",
)

#: Intercept and one weight per feature of :data:`FEATURES`, fitted by
#: ``python benchmarks/msrp.py`` (logistic regression, C=100, MSRP train, 4,075
#: pairs; 10-fold CV accuracy 0.763 as a paraphrase score, see benchmarks/README.md).
#: Signs are those of a fit with correlated features: read the score, not one weight.
SCORE_WEIGHTS = {
    "intercept": 1.634,
    "lcs_short": -3.833,
    "lcs_long": 13.14,
    "idf_short": -5.113,
    "idf_long": -9.593,
    "bigrams": -1.239,
    "names": -0.2,
    "numbers": -0.421,
    "length": -7.115,
    "1gram_low": 10.505,
    "1gram_high": -5.169,
    "2gram_low": 3.894,
    "2gram_high": 0.21,
    "3gram_low": -0.992,
    "3gram_high": -0.265,
    "4gram_low": -8.26,
    "4gram_high": -3.318,
    "unshared_high": 5.16,
    "unshared_low": 0.437,
    "same_numbers": 1.344,
    "numbers_one_side": 0.468,
    "length_gap": 1.747,
    "char_trigrams": 10.839,
    "window_lcs_short": -4.043,
    "window_lcs_long": 2.041,
    "window_idf_short": 0.437,
    "window_idf_long": 3.009,
    "window_bigrams": -3.877,
    "window_length": -1.07,
    "window_1gram_low": -0.599,
    "window_1gram_high": -0.388,
    "window_2gram_low": -1.832,
    "window_2gram_high": 2.063,
    "window_3gram_low": -1.583,
    "window_3gram_high": 0.397,
    "window_4gram_low": 9.95,
    "window_4gram_high": 0.278,
    "window_unshared_high": -1.044,
    "window_unshared_low": 0.189,
    "window_length_gap": 2.147,
    "window_char_trigrams": -5.685,
    "idf_cosine": 8.771,
}

_STOP = frozenset(STOP_WORDS)
_REPORTING = frozenset(norm_token(w) for w in REPORTING_FORMS)
_REPORTING |= frozenset(lemma_key(w) for w in _REPORTING) - _STOP  # "added" read as "add" (``lemmas=True``)


def is_content(key: str) -> bool:
    """A content word: not a stop word, not a number, longer than one letter."""
    return key not in _STOP and not key.isdigit() and len(key) > 1


@dataclass(frozen=True)
class SentenceWords:
    """The words of a sentence as the score reads them.

    Attributes:
        keys: :func:`corpus_tools.text.sentences.match_key` of every word, in order.
        names: keys of capitalised words that do not open the sentence
            (and are not stop words): names of people, places, bodies.
        numbers: digits and number words ("five" -> "5").
    """

    keys: tuple[str, ...]
    names: frozenset[str]
    numbers: frozenset[str]

    # derived views, computed on first use and kept on the (immutable) object: a sentence is
    # compared with many others

    @cached_property
    def content(self) -> frozenset[str]:
        """Content keys (:func:`is_content`)."""
        return frozenset(k for k in self.keys if is_content(k))

    @cached_property
    def topical(self) -> frozenset[str]:
        """Content keys that are not names, numbers or verbs of saying: what a
        sentence says beyond who, how many and "said"."""
        return frozenset(k for k in self.content if k not in self.names and k not in _REPORTING)

    @cached_property
    def grams(self) -> tuple[Counter, ...]:
        """Counts of the word 1-, 2-, 3- and 4-grams of :attr:`keys`."""
        return tuple(_grams(self.keys, n) for n in (1, 2, 3, 4))

    @cached_property
    def char_trigrams(self) -> frozenset[str]:
        """Character trigrams of the keys joined by spaces."""
        joined = " ".join(self.keys)
        return frozenset(joined[i : i + 3] for i in range(len(joined) - 2))


def sentence_words(
    words: Iterable[str], *, lemmas: bool = False, names: frozenset[str] = frozenset()
) -> SentenceWords:
    """Build :class:`SentenceWords` from a sentence's word tokens (cleaned surface forms).

    Args:
        words: the word tokens, in order.
        lemmas: key every word that is not a stop word or a number word by
            :func:`corpus_tools.lexicon.lemma_key`, so inflections meet ("denied" and "denies",
            "beatings" and "beating"; a name is keyed the same way on both sides). Sentence
            alignment reads sentences so (:func:`corpus_tools.reuse.alignment.body_sentences`);
            :func:`sentence_score` on strings does not (its weights were fitted on
            :func:`match_key` keys).
        names: keys (read as ``lemmas`` says) known to be names from elsewhere in the corpus
            (:func:`known_names`): a capitalised word among them is a name even when it opens
            the sentence ("Denning, 58, was jailed"). Empty by default.

    Example:
        >>> w = sentence_words(["He", "denies", "five", "charges", "in", "Leeds"])
        >>> sorted(w.names), sorted(w.numbers)
        (['leeds'], ['5'])
        >>> sentence_words(["He", "denied", "the", "charges"], lemmas=True).keys
        ('he', 'deny', 'the', 'charg')
    """
    words = list(words)
    keys = tuple(word_key(w, lemmas) for w in words)  # match_key(norm_token(w)), then lemma(): kept per word
    # a capitalised word is a name unless it only opens the sentence ("Mr Smith" opening one is)
    caps = [w[:1].isupper() for w in words] + [False]
    names = frozenset(
        k for n, k in enumerate(keys) if caps[n] and (n or caps[n + 1] or k in names) and k not in _STOP
    )
    numbers = frozenset(
        str(NUMBER_WORDS[k]) if k in NUMBER_WORDS else k for k in keys if k.isdigit() or k in NUMBER_WORDS
    )
    return SentenceWords(keys, names, numbers)


def known_names(sentences: Iterable[Iterable[str]], *, lemmas: bool = False) -> frozenset[str]:
    """Keys written capitalised in most of their occurrences inside a sentence (not opening
    it): the names of a corpus ("Denning", "Pinochet"), so the same word opening a sentence is
    read as a name too (:func:`sentence_words`' ``names``), not as a word of what happened.

    Args:
        sentences: each sentence's word tokens (cleaned surface forms), in order.
        lemmas: key words as ``sentence_words(..., lemmas=True)`` does.

    Example:
        >>> sorted(known_names([["Denning", "was", "jailed"], ["He", "said", "Denning", "lied"],
        ...                     ["Police", "came"], ["the", "police", "said"]]))
        ['denning']
    """
    caps: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for words in sentences:
        for word in list(words)[1:]:
            (caps if word[:1].isupper() else lower)[word_key(word, lemmas)] += 1  # as sentence_words keys it
    return frozenset(k for k, n in caps.items() if n > lower[k] and k not in _STOP)


class Idf(dict):
    """IDF per key, with :attr:`default`, the weight of a key it does not hold (the largest)."""

    def __init__(self, weights: Mapping[str, float]):
        super().__init__(weights)
        self.default = max(self.values(), default=1.0)


def _default_weight(idf: Mapping[str, float] | None) -> float:
    if not idf:
        return 1.0
    return idf.default if isinstance(idf, Idf) else max(idf.values())


def idf_weights(sentences: Iterable[Iterable[str]]) -> Idf:
    """Smoothed inverse document frequency of each key over a set of sentences.

    Args:
        sentences: each sentence as its keys.

    Returns:
        An :class:`Idf` (a dict) ``{key: log((1 + n) / (1 + df)) + 1}`` (scikit-learn's smoothed IDF).
    """
    df: Counter[str] = Counter()
    n = 0
    for keys in sentences:
        df.update(set(keys))
        n += 1
    return Idf({k: math.log((1 + n) / (1 + c)) + 1.0 for k, c in df.items()})


def _lcs(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """Length of the longest common subsequence of two word sequences (rapidfuzz's exact LCS)."""
    return int(LCSseq.similarity(a, b))


def _jaccard_or_one(a: frozenset[str], b: frozenset[str]) -> float:
    shared = len(a & b)  # the union's size counted, not built (#23)
    union = len(a) + len(b) - shared
    return shared / union if union else 1.0


def window(a: SentenceWords, b: SentenceWords, blocks=None) -> tuple[SentenceWords, SentenceWords]:
    """The shorter sentence and the span of the longer one its words come from.

    The span runs from the first to the last word of the longer sentence matched
    (difflib's matching blocks) by the shorter; a compression reads as a close
    paraphrase of its window. ``blocks``: those blocks, when the caller has them
    (``SequenceMatcher(None, shorter.keys, longer.keys, autojunk=False).get_matching_blocks()``).

    Example:
        >>> s, w = window(sentence_words("He denies two charges".split()),
        ...               sentence_words("Smith , who denies two charges , was bailed".split()))
        >>> w.keys
        ('denies', 'two', 'charges')
    """
    short, long_ = (a, b) if len(a.keys) <= len(b.keys) else (b, a)
    if blocks is None:
        blocks = SequenceMatcher(None, short.keys, long_.keys, autojunk=False).get_matching_blocks()
    blocks = [m for m in blocks if m.size]
    if not blocks:
        return short, long_
    span = long_.keys[blocks[0].b : blocks[-1].b + blocks[-1].size]
    inside = frozenset(span)
    return short, SentenceWords(
        span,
        frozenset(k for k in long_.names if k in inside),
        frozenset(k for k in long_.numbers if k in inside),
    )


def features(a: SentenceWords, b: SentenceWords, idf: Mapping[str, float] | None = None) -> tuple[float, ...]:
    """The features of :data:`FEATURES` for a pair of sentences, each in [0, 1].

    Args:
        a, b: the two sentences (order does not matter: every feature is symmetric).
        idf: IDF per key (:func:`idf_weights`); unknown keys weigh as the
            rarest known one, or 1.0 everywhere when None.
    """
    if not a.keys or not b.keys:
        return (0.0,) * len(FEATURES)
    return _features(a, b, idf, window(a, b), {})


def _features(a: SentenceWords, b: SentenceWords, idf, win, pairs: dict) -> tuple[float, ...]:
    """:func:`features` given ``win = window(a, b)``; ``pairs`` keeps the pair features
    already computed in one :func:`sentence_score` (the window pair is read twice)."""

    def pair(x: SentenceWords, y: SentenceWords) -> tuple[float, ...]:
        key = (id(x), id(y))
        if key not in pairs:
            pairs[key] = _pair_features(x, y, idf)
        return pairs[key]

    short, span = win
    inner = dict(zip(PAIR_FEATURES, pair(short, span), strict=True))
    default = _default_weight(idf)
    va = {k: idf.get(k, default) if idf else 1.0 for k in a.content}
    vb = {k: idf.get(k, default) if idf else 1.0 for k in b.content}
    # math.fsum: a set's order follows PYTHONHASHSEED; a plain float sum in that order could end
    # a bit apart from one run to the next and flip a decision at its threshold (round 30;
    # tests/test_alignment_hashseed30.py)
    norm = math.sqrt(math.fsum(v * v for v in va.values()) * math.fsum(v * v for v in vb.values()))
    cosine = math.fsum(va[k] * vb[k] for k in va.keys() & vb.keys()) / norm if norm else 0.0
    return (
        *pair(a, b),
        *(inner[f] for f in _WINDOWED),
        cosine,
    )


def _pair_features(a: SentenceWords, b: SentenceWords, idf: Mapping[str, float] | None) -> tuple[float, ...]:
    if not a.keys or not b.keys:
        return (0.0,) * len(PAIR_FEATURES)
    short, long_ = sorted((len(a.keys), len(b.keys)))
    lcs = _lcs(a.keys, b.keys)
    default = _default_weight(idf)

    def mass(keys: frozenset[str]) -> float:
        # looked up by map (#23); math.fsum, exactly rounded, gives the same mass whatever order the
        # frozenset yields its words in (the order follows PYTHONHASHSEED: round 30)
        return math.fsum(map(idf.get, keys, repeat(default))) if idf else float(len(keys))

    ca, cb = a.content, b.content
    shared = mass(ca & cb)
    ma, mb = mass(ca), mass(cb)
    cont = sorted((shared / ma if ma else 0.0, shared / mb if mb else 0.0))
    ba, bb = a.grams[1].keys(), b.grams[1].keys()  # the distinct word bigrams
    bigrams = 2 * len(ba & bb) / (len(ba) + len(bb)) if ba or bb else 1.0
    precisions = []
    for n, ga, gb in zip((1, 2, 3, 4), a.grams, b.grams, strict=True):
        shared_n = sum(min(c, gb[k]) for k, c in ga.items() if k in gb)  # (ga & gb)'s total, no Counter built
        pa = shared_n / max(1, len(a.keys) - n + 1)  # over the n-grams of each side
        pb = shared_n / max(1, len(b.keys) - n + 1)
        precisions += [min(pa, pb), max(pa, pb)]
    # IDF mass of the content words only one side has, squashed to (0, 1]: 1 = nothing unshared
    ua, ub = mass(ca - cb), mass(cb - ca)
    return (
        lcs / short,
        lcs / long_,
        cont[1],
        cont[0],
        bigrams,
        _jaccard_or_one(a.names, b.names),
        _jaccard_or_one(a.numbers, b.numbers),
        short / long_,
        *precisions,
        1.0 / (1.0 + max(ua, ub) / 5.0),
        1.0 / (1.0 + min(ua, ub) / 5.0),
        float(a.numbers == b.numbers),
        float(bool(a.numbers ^ b.numbers)),
        (long_ - short) / (long_ + short),
        _jaccard_or_one(a.char_trigrams, b.char_trigrams),
    )


def _grams(keys: tuple[str, ...], n: int) -> Counter:
    return Counter(keys[i : i + n] for i in range(len(keys) - n + 1))


def sentence_score(
    a: SentenceWords | str,
    b: SentenceWords | str,
    *,
    idf: Mapping[str, float] | None = None,
    weights: Mapping[str, float] | None = None,
    compressions: bool = True,
    blocks=None,
) -> float:
    """Probability that one sentence was written from the other, in [0, 1].

    Args:
        a, b: the sentences, as text or :class:`SentenceWords` (symmetric).
        idf: IDF per key (:func:`idf_weights`); None weighs every word alike.
        weights: intercept and feature weights; default :data:`SCORE_WEIGHTS`.
        compressions: also score the shorter sentence against its window in the
            longer one (:func:`window`) and keep the larger probability, so a
            sentence cut from a longer one scores high (default True: reuse
            studies count compressions). MSRP labels a pair where one sentence
            adds information as no paraphrase: ``benchmarks/msrp.py`` reports
            both (False is the paraphrase score the weights were fitted for).
        blocks: :func:`window`'s ``blocks`` for ``a`` and ``b``, when the caller has them.

    Returns:
        The logistic score; 0.0 when either sentence has no word.

    Example:
        >>> long = ("The 54-year-old, who denies four counts of tampering with food "
        ...         "between March 2001 and June, was remanded in custody.")
        >>> short = "He denies four counts of tampering with food."
        >>> sentence_score(short, long) > 0.5, sentence_score(short, long, compressions=False) < 0.5
        (True, True)
    """
    if isinstance(a, str):
        a = sentence_words(WORD_RE.findall(a))
    if isinstance(b, str):
        b = sentence_words(WORD_RE.findall(b))
    if not a.keys or not b.keys:
        return 0.0
    w = SCORE_WEIGHTS if weights is None else weights
    win, done = window(a, b, blocks), {}
    rows = [_features(a, b, idf, win, done)]
    if compressions and len(a.keys) != len(b.keys):  # the window of a window no shorter is itself (#23):
        again = win if len(win[0].keys) <= len(win[1].keys) else window(*win)  # the same blocks, spanning it
        rows.append(_features(*win, idf, again, done))
    z = max(w["intercept"] + sum(w[name] * x for name, x in zip(FEATURES, f, strict=True)) for f in rows)
    return 1.0 / (1.0 + math.exp(-z))
