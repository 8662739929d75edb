"""Round 30: the alignment must not follow Python's string hashing.

A set of words is walked in an order that ``PYTHONHASHSEED`` sets; summing float weights in that
order ends a bit apart from one run to the next (0.1 + 0.2 + 0.3 is 0.6000000000000001, 0.3 + 0.2
+ 0.1 is 0.6), and a source sentence could enter or leave a sentence's candidates at the cut
(a METER sun paper's lead was new under some seeds and fused from three sentences under others;
``benchmarks/alignment_hashseed.py``). Here one source sentence holds three words weighing 0.1,
0.2 and 0.3, another one word weighing 0.6, and one candidate is kept: every seed must keep the
same one.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys

CHILD = """
from types import SimpleNamespace as NS
from corpus_tools.reuse.matching import candidates
words = ["alpha", "beta", "gamma", "delta"]
t = NS(words=NS(content=frozenset(words)), keys=words, evidence=frozenset(), sign_off=False)
src = [NS(norms=("delta",), keys=["delta"]), NS(norms=tuple(words[:3]), keys=words[:3])]
index = {"alpha": [1], "beta": [1], "gamma": [1], "delta": [0]}
idf = {"alpha": 0.1, "beta": 0.2, "gamma": 0.3, "delta": 0.6}
print(candidates(t, src, index, idf, NS(max_candidates=1, min_quote_tokens=0)))
"""


PAIR = """
from corpus_tools.reuse.similarity import SentenceWords, _pair_features
a = SentenceWords(("alpha", "beta", "gamma", "zeta"), frozenset(), frozenset())
b = SentenceWords(("alpha", "beta", "gamma"), frozenset(), frozenset())
print(repr(_pair_features(a, b, {"alpha": 0.1, "beta": 0.2, "gamma": 0.3, "zeta": 0.7})))
"""


@functools.cache
def _run(seed: int) -> tuple[str, ...]:
    """What one interpreter under ``PYTHONHASHSEED=seed`` prints: the candidates, the pair's features."""
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    out = subprocess.run(
        [sys.executable, "-c", CHILD + PAIR], env=env, capture_output=True, text=True, check=True
    ).stdout
    return tuple(out.splitlines())


def test_candidates_do_not_follow_the_hash_seed():
    got = {seed: _run(seed)[0] for seed in range(6)}
    assert set(got.values()) == {"[1]"}, got  # the three words summed in one order: 0.6000000000000001 > 0.6


def test_pair_features_do_not_follow_the_hash_seed():
    got = {_run(seed)[1] for seed in range(6)}
    assert len(got) == 1, got
    # the shared mass 0.1 + 0.2 + 0.3 over the longer side's 1.3: containment 0.6 / 1.3 exactly rounded
    assert f"{0.6 / 1.3!r}" in got.pop()
