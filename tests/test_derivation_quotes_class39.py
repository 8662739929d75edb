"""The share of a text's own words outside a given set of heard words (#24, round 39, branch
class39): :func:`corpus_tools.reuse.derivation_quotes.novel_share_outside`, the step of
``kept_novel_share`` that round 39's candidate readings of a heard quotation
(``benchmarks/derivation_selection.py``) reuse, on an invented court report."""

from __future__ import annotations

import numpy as np
import pytest

from corpus_tools.reuse.derivation import RUN_WORDS, body_words
from corpus_tools.reuse.derivation_quotes import (
    heard_quotations,
    kept_novel_share,
    novel_share_outside,
    quoted,
)
from corpus_tools.reuse.documents import tile

WIRE = (
    "A roofer was fined yesterday for leaving scaffolding on a Dundee pavement.\n"
    'Mr Varga told the sheriff: "The poles were tied down and lit every night." '
    "He was fined 400 pounds."
)
#: the wire's quotation re-framed in the paper's own words, and words of its own around it
PAPER = (
    "A roofer was fined for blocking a pavement.\n"
    'Looking flustered, Varga protested: "The poles were tied down and lit every night." '
    "Neighbours had complained for months."
)


def _parts(text: str):
    words, src = body_words(text), body_words(WIRE)
    keys = [w[0] for w in src]
    return words, keys


def test_outside_the_framed_reading_equals_kept_novel_share():
    words, keys = _parts(PAPER)
    runs = [[(i, i + n) for i, _, n in tile([w[0] for w in words], keys, RUN_WORDS)]]
    heard = heard_quotations(quoted(words), runs, framed=True)
    assert heard.any()  # framed in the paper's own words: heard
    assert novel_share_outside(words, set(keys), heard) == kept_novel_share(words, set(keys), [keys])


@pytest.mark.parametrize(
    ("heard_quote", "expected"),
    [
        (True, 7 / 10),  # the quotation set aside: seven of the narration's ten content words its own
        (False, 7 / 14),  # the quotation read as taken: its four content words are the wire's
    ],
)
def test_the_heard_words_are_set_aside(heard_quote, expected):
    words, keys = _parts(PAPER)
    heard = np.array(quoted(words)) & heard_quote
    assert novel_share_outside(words, set(keys), heard) == pytest.approx(expected)


def test_no_content_words_scores_zero():
    words, keys = _parts(PAPER)
    assert novel_share_outside(words, set(keys), [True] * len(words)) == 0.0
