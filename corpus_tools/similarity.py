"""A calibrated sentence similarity score from lexical evidence.

:func:`sentence_score` says how likely it is that one sentence was written from
another (kept, edited, compressed or paraphrased), as a probability in [0, 1]
(larger = more similar). It is a logistic model over 22 features, each in
[0, 1], read on normalised words (:func:`corpus_tools.text.match_key`: case,
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
* ``char_trigrams``: Jaccard of character trigrams of the keys (inflections).

The weights (:data:`SCORE_WEIGHTS`) were fitted by logistic regression on the
Microsoft Research Paraphrase Corpus, training part (4,076 pairs), by
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

from spacy.lang.en.stop_words import STOP_WORDS

from corpus_tools.lexicon import NUMBER_WORDS, REPORTING_FORMS, WORD_RE
from corpus_tools.text import match_key, norm_token

__all__ = [
    "FEATURES",
    "SCORE_WEIGHTS",
    "SentenceWords",
    "features",
    "idf_weights",
    "is_content",
    "sentence_score",
    "sentence_words",
]

#: Feature names, in the order of :data:`SCORE_WEIGHTS`.
FEATURES = (
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

#: Intercept and one weight per feature of :data:`FEATURES`, fitted by
#: ``python benchmarks/msrp.py`` (logistic regression, C=10, MSRP train, 4,076
#: pairs; 10-fold CV accuracy 0.753, see benchmarks/README.md). Signs are those of
#: a fit with correlated features: read the score, not one weight.
SCORE_WEIGHTS = {
    "intercept": -2.509,
    "lcs_short": -1.055,
    "lcs_long": 5.685,
    "idf_short": -0.139,
    "idf_long": -1.506,
    "bigrams": -0.946,
    "names": -0.167,
    "numbers": -0.359,
    "length": -2.463,
    "1gram_low": 5.307,
    "1gram_high": -0.76,
    "2gram_low": 1.929,
    "2gram_high": -2.173,
    "3gram_low": 0.178,
    "3gram_high": -2.512,
    "4gram_low": -0.125,
    "4gram_high": -0.573,
    "unshared_high": 3.87,
    "unshared_low": 0.009,
    "same_numbers": 0.222,
    "numbers_one_side": -0.623,
    "length_gap": 0.226,
    "char_trigrams": 5.908,
}

_STOP = frozenset(STOP_WORDS)
_REPORTING = frozenset(norm_token(w) for w in REPORTING_FORMS)


def is_content(key: str) -> bool:
    """A content word: not a stop word, not a number, longer than one letter."""
    return key not in _STOP and not key.isdigit() and len(key) > 1


@dataclass(frozen=True)
class SentenceWords:
    """The words of a sentence as the score reads them.

    Attributes:
        keys: :func:`corpus_tools.text.match_key` of every word, in order.
        names: keys of capitalised words that do not open the sentence
            (and are not stop words): names of people, places, bodies.
        numbers: digits and number words ("five" -> "5").
    """

    keys: tuple[str, ...]
    names: frozenset[str]
    numbers: frozenset[str]

    @property
    def content(self) -> frozenset[str]:
        """Content keys (:func:`is_content`)."""
        return frozenset(k for k in self.keys if is_content(k))

    @property
    def topical(self) -> frozenset[str]:
        """Content keys that are not names, numbers or verbs of saying: what a
        sentence says beyond who, how many and "said"."""
        return frozenset(k for k in self.content if k not in self.names and k not in _REPORTING)


def sentence_words(words: Iterable[str]) -> SentenceWords:
    """Build :class:`SentenceWords` from a sentence's word tokens (cleaned surface forms).

    Example:
        >>> w = sentence_words(["He", "denies", "five", "charges", "in", "Leeds"])
        >>> sorted(w.names), sorted(w.numbers)
        (['leeds'], ['5'])
    """
    words = list(words)
    keys = tuple(match_key(norm_token(w)) for w in words)
    # a capitalised word is a name unless it only opens the sentence ("Mr Smith" opening one is)
    caps = [w[:1].isupper() for w in words] + [False]
    names = frozenset(k for n, k in enumerate(keys) if caps[n] and (n or caps[n + 1]) and k not in _STOP)
    numbers = frozenset(
        str(NUMBER_WORDS[k]) if k in NUMBER_WORDS else k for k in keys if k.isdigit() or k in NUMBER_WORDS
    )
    return SentenceWords(keys, names, numbers)


def idf_weights(sentences: Iterable[Iterable[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency of each key over a set of sentences.

    Args:
        sentences: each sentence as its keys.

    Returns:
        ``{key: log((1 + n) / (1 + df)) + 1}`` (scikit-learn's smoothed IDF).
    """
    df: Counter[str] = Counter()
    n = 0
    for keys in sentences:
        df.update(set(keys))
        n += 1
    return {k: math.log((1 + n) / (1 + c)) + 1.0 for k, c in df.items()}


def _lcs(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    if len(a) < len(b):
        a, b = b, a
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def _jaccard_or_one(a: frozenset[str], b: frozenset[str]) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 1.0


def features(a: SentenceWords, b: SentenceWords, idf: Mapping[str, float] | None = None) -> tuple[float, ...]:
    """The features of :data:`FEATURES` for a pair of sentences, each in [0, 1].

    Args:
        a, b: the two sentences (order does not matter: every feature is symmetric).
        idf: IDF per key (:func:`idf_weights`); unknown keys weigh as the
            rarest known one, or 1.0 everywhere when None.
    """
    if not a.keys or not b.keys:
        return (0.0,) * len(FEATURES)
    short, long_ = sorted((len(a.keys), len(b.keys)))
    lcs = _lcs(a.keys, b.keys)
    default = max(idf.values()) if idf else 1.0

    def mass(keys: frozenset[str]) -> float:
        return sum(idf.get(k, default) if idf else 1.0 for k in keys)

    ca, cb = a.content, b.content
    shared = mass(ca & cb)
    ma, mb = mass(ca), mass(cb)
    cont = sorted((shared / ma if ma else 0.0, shared / mb if mb else 0.0))
    ba = set(zip(a.keys, a.keys[1:], strict=False))
    bb = set(zip(b.keys, b.keys[1:], strict=False))
    bigrams = 2 * len(ba & bb) / (len(ba) + len(bb)) if ba or bb else 1.0
    precisions = []
    for n in (1, 2, 3, 4):
        ga, gb = _grams(a.keys, n), _grams(b.keys, n)
        shared_n = sum((ga & gb).values())
        pa, pb = shared_n / max(1, sum(ga.values())), shared_n / max(1, sum(gb.values()))
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
        _char_jaccard(" ".join(a.keys), " ".join(b.keys)),
    )


def _char_jaccard(a: str, b: str) -> float:
    ga = {a[i : i + 3] for i in range(len(a) - 2)}
    gb = {b[i : i + 3] for i in range(len(b) - 2)}
    return len(ga & gb) / len(ga | gb) if ga or gb else 1.0


def _grams(keys: tuple[str, ...], n: int) -> Counter:
    return Counter(keys[i : i + n] for i in range(len(keys) - n + 1))


def sentence_score(
    a: SentenceWords | str,
    b: SentenceWords | str,
    *,
    idf: Mapping[str, float] | None = None,
    weights: Mapping[str, float] | None = None,
) -> float:
    """Probability that two sentences say the same thing in reused words, in [0, 1].

    Args:
        a, b: the sentences, as text or :class:`SentenceWords` (symmetric).
        idf: IDF per key (:func:`idf_weights`); None weighs every word alike.
        weights: intercept and feature weights; default :data:`SCORE_WEIGHTS`.

    Returns:
        The logistic score; 0.0 when either sentence has no word.

    Example:
        >>> long = ("The 61-year-old, who denies five charges of contaminating goods "
        ...         "between December 1997 and May, was remanded.")
        >>> round(sentence_score("He denies five charges of contaminating goods.", long), 2) > 0.5
        True
    """
    if isinstance(a, str):
        a = sentence_words(WORD_RE.findall(a))
    if isinstance(b, str):
        b = sentence_words(WORD_RE.findall(b))
    if not a.keys or not b.keys:
        return 0.0
    w = SCORE_WEIGHTS if weights is None else weights
    z = w["intercept"] + sum(w[name] * x for name, x in zip(FEATURES, features(a, b, idf), strict=True))
    return 1.0 / (1.0 + math.exp(-z))
