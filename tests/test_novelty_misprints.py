"""Words of its own (issue 22, round 9): a real word typed for the source's inside a copied phrase
is the source's word misprinted, not a word of the text's own."""

from __future__ import annotations

import pytest

from corpus_tools.reuse.derivation import body_words, novelty
from corpus_tools.reuse.novelty import misprint_contexts

SOURCE = "The magistrate told him: I would be failing in my duty if I let you drive again."


def _novelty(text: str, *, context: bool = True) -> tuple[int, int]:
    keys = [k for k, _, _ in body_words(SOURCE)]
    return novelty(body_words(text), set(keys), contexts=misprint_contexts([keys]) if context else None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "falling" for "failing" between the same two words either side: the source's word misprinted
        ("The magistrate told him: I would be falling in my duty if I let you drive again.", 0),
        # one letter off, but in another context: words of its own ("prices", "falling", "town")
        ("Prices were falling in my town, the magistrate told him.", 3),
        # the same context, a word two letters off: a word of its own ("feeling")
        ("The magistrate told him: I would be feeling in my duty if I let you drive again.", 1),
    ],
)
def test_a_misprint_inside_a_copied_phrase_is_the_source_word(text, expected):
    assert _novelty(text)[0] == expected


def test_without_the_source_contexts_the_misprint_is_a_word_of_its_own():
    text = "The magistrate told him: I would be falling in my duty if I let you drive again."
    assert _novelty(text, context=False)[0] == 1


def test_misprint_contexts_reads_words_of_five_letters_or_more():
    ctx = misprint_contexts([["he", "was", "fined", "for", "the", "crash", "in", "june"]])
    assert {c: w for c, w in ctx.items() if len(c) == 4} == {
        ("he", "was", "for", "the"): frozenset({"fined"}),
        ("for", "the", "in", "june"): frozenset({"crash"}),
    }
    # and two words in a row joined, by the word before and the word after (round 10: "tome")
    assert ctx[("was", "the")] == frozenset({"finedfor"})
