"""A quotation a version copied from its source, apart from one its reporter heard (#24, round 38,
branch class38): :mod:`corpus_tools.reuse.derivation_quotes` and the ``kept_novel_share`` column of
:func:`corpus_tools.reuse.derivation.derivation_features`, on invented court reports."""

from __future__ import annotations

import pytest

from corpus_tools import from_records
from corpus_tools.reuse.derivation import body_words, derivation_features
from corpus_tools.reuse.derivation_quotes import heard_quotations, kept_novel_share, quoted

WIRE = (
    "A bus driver was cleared yesterday of causing the death of a cyclist in Harrogate.\n"
    'Mr Okonjo told the jury at York Crown Court: "I checked my mirror twice and the road was empty." '
    "The jury took three hours to reach its verdict."
)
#: the wire's report cut down, its quotation and the wire's framing of it taken whole
COPIED = (
    "A bus driver was cleared of killing a cyclist.\n"
    'Mr Okonjo told the jury at York Crown Court: "I checked my mirror twice and the road was empty." '
    "Relatives of the cyclist wept in the public gallery."
)
#: the same testimony, heard in court and framed in the paper's own words
HEARD = (
    "A bus driver was cleared of killing a cyclist.\n"
    'Giving evidence in a quiet voice, Okonjo insisted: "I checked my mirror twice and the road was empty." '
    "Relatives of the cyclist wept in the public gallery."
)


def _keys(text: str) -> list[str]:
    return [w[0] for w in body_words(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said: "We won the cup." They left.', [False, False, True, True, True, True, False, False]),
        ("The judges' ruling stood.", [False, False, False, False]),
        ("No quotation here at all.", [False, False, False, False, False]),
    ],
)
def test_quoted_words(text, expected):
    assert quoted(body_words(text)) == expected


@pytest.mark.parametrize(
    ("runs", "framed", "expected"),
    [
        ([[(0, 4)]], True, [False] * 5),  # the run reaches past the quotation: copied
        ([[(1, 4)]], True, [False, True, True, True, False]),  # in the source's words, its own framing
        ([[(1, 4)]], False, [False] * 5),  # loose: half its words in runs is enough
        ([[]], True, [False, True, True, True, False]),  # words the source does not hold
    ],
)
def test_heard_quotations(runs, framed, expected):
    flags = [False, True, True, True, False]
    assert heard_quotations(flags, runs, framed=framed).tolist() == expected


def test_a_copied_quotation_counts_and_a_heard_one_is_set_aside():
    src = _keys(WIRE)
    copied = kept_novel_share(body_words(COPIED), set(src), [src])
    heard = kept_novel_share(body_words(HEARD), set(src), [src])
    # the copy adds only its closing sentence; the heard version's own framing is its own words too,
    # and its quotation, which the copy counts as taken, is set aside
    assert copied < heard
    assert round(copied, 3) == 0.294  # 5 of 17 content words
    assert round(heard, 3) == 0.667  # 8 of 12: the quotation's words are no longer counted taken
    # read loosely (half its words in the source's runs), the heard quotation counts as taken
    assert round(kept_novel_share(body_words(HEARD), set(src), [src], framed=False), 3) == 0.526


def test_kept_novel_share_in_derivation_features():
    corpus = from_records(
        [
            {"doc_id": "wire", "text": WIRE},
            {"doc_id": "copied", "text": COPIED},
            {"doc_id": "heard", "text": HEARD},
        ]
    )
    f = derivation_features(corpus, source="wire").set_index("doc_id")
    assert f.loc["copied", "kept_novel_share"] < f.loc["heard", "kept_novel_share"]
    # the share over all its words counts the heard quotation's words as taken
    assert f.loc["heard", "kept_novel_share"] > f.loc["heard", "novel_word_share"] + 0.1
