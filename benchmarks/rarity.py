"""General English word frequency for the alignment's word keys (issue 24, round 18).

``wordfreq`` (Speer et al., its data in the wheel, no download) gives the Zipf frequency of a
word in general English (log10 of its count per billion words: "the" 7.7, "capable" 4.6,
"magistrate" 3.7). The alignment reads lemma keys (``sentence_words(lemmas=True)``: "continu",
"warn"), which wordfreq does not know, so :func:`zipf_of_keys` maps each key to the largest
Zipf frequency of the words of wordfreq's English list that share it. A key it does not hold
(a rare name, a misprint) is read as :data:`FLOOR`. The benchmarks only: nothing here ships.
"""

from __future__ import annotations

import itertools
from functools import cache

from corpus_tools.reuse.similarity import lemma
from corpus_tools.text.sentences import match_key, norm_token

#: the Zipf frequency of a key wordfreq does not hold (its list stops near 1.0)
FLOOR = 1.0
#: words of the list read (in order of frequency: the rest are below Zipf 1.5)
N_WORDS = 200_000
#: a word at or above this is common English ("the early hours": "early" 5.6, "hour" 5.3)
COMMON = 5.0
#: a word below this is rare in general English ("magistrate" 3.7, "shotgun" 3.6)
RARE = 4.0


@cache
def zipf_of_keys() -> dict[str, float]:
    """Lemma key -> the largest Zipf frequency of the English words with that key."""
    try:
        import wordfreq
    except ImportError as err:  # pragma: no cover - the benchmarks need it
        raise SystemExit("this benchmark needs wordfreq: pip install wordfreq") from err
    out: dict[str, float] = {}
    for w in itertools.islice(wordfreq.iter_wordlist("en"), N_WORDS):
        if not w.replace("'", "").isalpha():
            continue
        z = wordfreq.zipf_frequency(w, "en")
        for k in {match_key(norm_token(w)), lemma(match_key(norm_token(w)))}:
            if z > out.get(k, 0.0):
                out[k] = z
    return out


def zipf(key: str) -> float:
    """The key's general Zipf frequency (:data:`FLOOR` when unknown; numbers count as rare)."""
    return zipf_of_keys().get(key, FLOOR)


def rarity(key: str) -> float:
    """How rare a key is in general English: 7 minus its Zipf frequency, at least 0."""
    return max(0.0, 7.0 - zipf(key))
