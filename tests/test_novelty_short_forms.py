"""Words of its own (issue 22): short forms of a source word and names at a sentence's start."""

from __future__ import annotations

import pytest

from corpus_tools.reuse.derivation import body_words, novelty
from corpus_tools.reuse.novelty import compounds


def _novelty(source: str, text: str) -> tuple[int, int]:
    # the source's keys as derivation reads them: with its compounds and dates ("3/10" of "October 3")
    return novelty(body_words(text), {k for k, _, _ in body_words(source)} | compounds([source]))


@pytest.mark.parametrize(
    "source, text, expected",
    [
        # a month abbreviated, a county's usual short form, "JPs" for "magistrates"
        (
            "A mother of two from Preston, Lancashire, appeared before magistrates on October 3.",
            "A mother of two from Preston, Lancs, appeared before JPs on Oct 3.",
            (0, 0),
        ),
        # the first letters of a source word, capitalised, ending with a dot
        ("The hearing was adjourned until February 8.", "The hearing was adjourned until Feb. 8.", (0, 0)),
        # a real new name and a real new word stay the text's own
        (
            "The hearing was adjourned until February 8.",
            "The Wirral hearing was delayed until February 8.",
            (1, 1),
        ),
    ],
)
def test_short_forms_of_source_words_are_not_words_of_its_own(source, text, expected):
    assert _novelty(source, text) == expected


def test_a_name_at_a_sentence_start_is_a_name_not_a_word():
    source = "The union said the contract covers 2,800 workers."
    text = "Company spokesman Ray Garner said the contract covers 2,800 workers. Garner said talks went well."
    words, names = _novelty(source, text)
    # "company", "spokesman", "talks", "went" are words; "Ray Garner" is one name, "Garner" inside it
    # (issue 22, round 6: it was counted as 2 names, one a word)
    assert (words, names) == (4, 1)
