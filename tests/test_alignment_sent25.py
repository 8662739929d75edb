"""Round 25 (issue 24, precision of reused sentences on METER courts): a sentence told by an
unnamed teller of the paper's own ("One friend says ..."), whose noun no source sentence holds and
which shares no run of more than four words with the source sentence it was aligned to, is the
paper's own fact from the paper's own source, not a rewritten source sentence
(:func:`corpus_tools.reuse.own_tellers.own_teller`, read by
:func:`corpus_tools.reuse.own_quotes.own_quotations`; benchmarks/README.md "#24 sentence reuse,
round 25"). A teller the source names, a run of five of the source's words and the same words
without a teller keep their alignment. Invented text, the shape of the real case."""

from __future__ import annotations

import pytest
from pairs import pair, rules_alignment

from corpus_tools import align_sentences
from corpus_tools.reuse.own_tellers import teller

SOURCE = (
    "A man was jailed today for neglecting his elderly mother, who was found dead in her flat in Hull. "
    "The court heard the flat was cold and the heating had been cut off for months. "
    "A police officer told the court: ``The only food kept in the larder was bread, cheese and milk.'' "
    "Mr Peter Vance, prosecuting, said the mother had not seen a doctor for three years. "
    "The case continues."
)
LEAD = (
    "A man was jailed yesterday for neglecting his elderly mother, who was found dead in her flat in Hull. "
)
END = "The case continues."
# the paper's own teller's fact: the larder's "bread, cheese and milk" and "in the larder" shared
# (runs of four and three), the cartons and the friend the paper's own
OWN = (
    "One old friend said the only thing in the larder other than bread, cheese and milk was takeaway cartons."
)


def _middle(sentence: str, rules: bool = False, source: str = SOURCE) -> tuple[str, tuple]:
    """The class and source sentences of ``sentence`` between a retold lead and a copied last
    line (which the assertion checks)."""
    corpus = pair(source, LEAD + sentence + " " + END)
    a = rules_alignment(corpus) if rules else align_sentences(corpus, source="src")
    first, row, last = zip(a.reuse_class, a.source_sent_ids, strict=True)
    assert (first[0], last[0]) == ("near_verbatim", "verbatim")
    return row


@pytest.mark.parametrize("rules", [False, True])
def test_a_sentence_told_by_the_papers_own_unnamed_teller_is_new(rules):
    # without the teller the same words are a rewrite of the officer's quotation (sentence 2)
    bare = "The only thing in the larder other than bread, cheese and milk was takeaway cartons."
    assert _middle(bare, rules) == ("rewritten", (2,))
    assert _middle(OWN, rules) == ("new", ())


def test_a_teller_the_source_names_keeps_the_alignment():
    # the source's own witness is a neighbour: the paper's neighbour may be the wire's
    source = SOURCE.replace("A police officer told the court", "A neighbour told the court")
    told = OWN.replace("One old friend said", "One neighbour said")
    assert _middle(told, source=source) == ("rewritten", (2,))


def test_a_tellers_sentence_keeping_a_run_of_five_of_the_source_keeps_the_alignment():
    # "kept in the larder was": a phrase of the source's, whoever the paper says told it
    assert _middle("One neighbour says the only other thing kept in the larder was cartons of milk.") == (
        "rewritten",
        (2,),
    )


@pytest.mark.parametrize(
    ("words", "noun"),
    [
        ("one friend says the kitchen was bare", "friend"),
        ("another close relative who asked not to be named told the paper", "relative"),
        ("a neighbour recalled hearing shouts", "neighbour"),
        ("his friend said the kitchen was bare", None),  # a teller the sentence ties to a person
        ("friends said the kitchen was bare", None),  # no article: a group, not one teller
        ("a friend of the family was in the kitchen", None),  # no telling
    ],
)
def test_teller(words, noun):
    assert teller(words.split()) == noun
