"""Round 20 (issue 24, precision of reused sentences on METER courts): a paper's first-person
quotation ("... prevented him from getting to me," said Dawson) that the source gives only in
reported speech ("Dawson told the jury he thought ..., but a steward prevented Pike from getting
too close") holds words the source does not: it is the paper's own, not a rewrite
(:mod:`corpus_tools.reuse.own_quotes`; benchmarks/README.md "#24 sentence reuse precision, round
20"). A quotation that keeps a run of the source's words, one whose source sentence is itself in
the first person, and a copied quotation keep their class. Invented text, the shape of the real
case."""

from __future__ import annotations

import pytest
from pairs import pair, rules_alignment

from corpus_tools import align_sentences
from corpus_tools.reuse.derivation_words import RUN_WORDS
from corpus_tools.reuse.own_quotes import FIRST_PERSON, longest_run

SOURCE = (
    "A steward told a jury today how a fan ran onto the pitch at Ashby Park and attacked a linesman. "
    "Dawson told the jury he thought he was going to be struck, but a steward prevented Pike from "
    "getting too close. "
    "Pike, 31, of Leek, denies causing actual bodily harm. "
    "Dawson said he had only wanted to finish the game and go home to his family in peace. "
    '"We feel let down by the club and the league," said Dawson\'s wife, Ellen. '
    "The trial continues."
)
LEAD = "A fan ran onto the pitch at Ashby Park and attacked a linesman, a jury heard yesterday. "
END = "Pike, 31, of Leek, denies causing actual bodily harm."


def _middle(quote: str, rules: bool = False) -> tuple[str, tuple]:
    """The class and source sentences of ``quote`` between a retold lead and a copied line."""
    corpus = pair(SOURCE, LEAD + quote + END)
    a = rules_alignment(corpus) if rules else align_sentences(corpus, source="src")
    assert a.reuse_class.tolist()[::2] == ["near_verbatim", "verbatim"]
    row = a.iloc[1]
    return row.reuse_class, row.source_sent_ids


@pytest.mark.parametrize("rules", [False, True])
def test_a_quotation_the_source_reports_in_the_third_person_is_new(rules):
    # rewritten to sentence 1 on the base (score route: "steward", "prevented", "getting")
    quote = '"But when he was about a yard away a steward stepped in and prevented him from getting to me," '
    quote += "said Dawson. "
    assert _middle(quote, rules) == ("new", ())


def test_a_quotation_keeping_a_run_of_the_source_words_is_rewritten():
    # "had only wanted to finish the game and go home to": a run of ten of sentence 3's words
    quote = '"I had only wanted to finish the game and go home to my family," said Dawson, '
    quote += "who has refereed for 20 years. "
    assert _middle(quote) == ("rewritten", (3,))


@pytest.mark.parametrize(
    "quote",
    [
        'Ellen Dawson said: "We feel badly let down by the league." ',  # the source's own quotation
        '"The club and the league let us down," said his wife. ',  # retold in other words, still "we"
    ],
)
def test_a_quotation_of_a_quotation_keeps_its_source(quote):
    assert _middle(quote) == ("rewritten", (4,))


def test_the_copied_quotation_is_near_verbatim():
    quote = '"I thought he was going to be struck, but a steward prevented Pike from getting too close," '
    quote += "said Dawson. "
    assert _middle(quote) == ("near_verbatim", (1,))


def test_first_person_words_and_the_run():
    # "us" is no first-person word ("the US embassy"); the run is the package's copied run
    assert {"i", "me", "my", "we", "our"} <= FIRST_PERSON and "us" not in FIRST_PERSON
    assert RUN_WORDS == 5
    assert longest_run(("a", "b", "c", "x", "d"), ("a", "b", "c", "d")) == 3
