"""Issue 22, round 34 (branch rkind34): the change sentence's note on added words
(``corpus_tools/report/change_words.py``: ``not_all_new``). The seeds' 000 said "it adds no word of
its own to 001's" and "words added (1)", the one word an "and" joining two of 001's sentences; and
TUNE_34's 16187 was told "not all new to 16088" for "the" and "at" alone. Invented texts of both
shapes; both fail on ``d551958``."""

from __future__ import annotations

import corpus_tools as ct
from corpus_tools.report.findings import findings

_WIRE = (
    "Port talks\n\nThe dockers' union met the port authority on Monday, officials said.\n\n"
    "The two sides agreed to meet again.\n\n"
    "A date has not been set, a union official said."
)


def _told(version: str) -> str:
    corpus = ct.from_records([{"doc_id": "w", "text": _WIRE}, {"doc_id": "u", "text": version}])
    return findings(ct.analyze(corpus, source="w"))["u"]


def test_a_joining_word_is_told_as_none_new():
    # two of the wire's sentences joined by "and": no word of its own, one word added
    text = _told(
        "Port talks\n\nThe dockers' union met the port authority on Monday, officials said.\n\n"
        "The two sides agreed to meet again and a date has not been set, a union official said."
    )
    assert "adds no word of its own to w's" in text
    assert "words added (1, none new to w)" in text


def test_function_words_alone_do_not_make_added_words_not_all_new():
    text = _told(
        "Port talks\n\nThe dockers' union met the port authority on Monday at the harbour office, "
        "officials said.\n\nThe two sides agreed to meet again.\n\n"
        "A date has not been set, a union official said."
    )
    # "at the harbour office": "at" and "the" are the wire's, "harbour" and "office" are not
    assert "Its 1 word-level change: words added (1 place, 4 words)." in text
