"""Round 20 (issue 24, precision of reused sentences on METER courts): a paper's quotation in the
first or second person ("... prevented him from getting to me," said Dawson) that shares no run of
four words with the source sentence it was aligned to (reported speech: "Dawson told the jury he
thought ..., but a steward prevented Pike from getting too close"; or the same speaker's other
words) holds words the source does not: it is the paper's own, not a rewrite
(:mod:`corpus_tools.reuse.own_quotes`; benchmarks/README.md "#24 sentence reuse precision, round
20"). A quotation that keeps a run of the source's words and a copied quotation keep their class.
Invented text, the shape of the real case."""

from __future__ import annotations

import pytest
from pairs import pair, rules_alignment

from corpus_tools import align_sentences
from corpus_tools.reuse.matching import RUN_WORDS
from corpus_tools.reuse.own_quotes import SPEECH_PERSONS, longest_run

SOURCE = (
    "A steward told a jury today how a fan ran onto the pitch at Ashby Park and attacked a linesman. "
    "Dawson told the jury he thought he was going to be struck, but a steward prevented Pike from "
    "getting too close. "
    "Pike, 31, of Leek, denies causing actual bodily harm. "
    "Dawson said he had only wanted to finish the game and go home to his family in peace. "
    '"We feel let down by the club and the league," said Dawson\'s wife, Ellen. '
    "Mr Voss suggested that Pike had been forced to change his story once he had seen the video. "
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


@pytest.mark.parametrize(
    "quote",
    [
        # the wife's other words: rewritten to sentence 4 on the base ("league", "club")
        '"We will never trust the league or the club again," said his wife. ',
        # counsel's words to Pike in the second person: rewritten to sentence 5 on the base
        'Mr Voss told Pike: "You only changed your account once you had been shown the video." ',
    ],
)
def test_a_quotation_in_other_words_than_the_source_is_new(quote):
    assert _middle(quote) == ("new", ())


@pytest.mark.parametrize(
    ("quote", "source"),
    [
        # "had only wanted to finish the game and go home to": a run of ten of sentence 3's words
        ('"I had only wanted to finish the game and go home to my family," said Dawson, a referee. ', (3,)),
        ('"I just wanted to finish the game and go home," said Dawson. ', (3,)),  # a run of seven
        ('Ellen Dawson said: "We feel badly let down by the league." ', (4,)),  # "let down by the"
        ('"The club and the league let us down," said his wife. ', (4,)),  # "the club and the league"
    ],
)
def test_a_quotation_keeping_a_run_of_the_source_words_is_rewritten(quote, source):
    assert _middle(quote) == ("rewritten", source)


def test_the_copied_quotation_is_near_verbatim():
    quote = '"I thought he was going to be struck, but a steward prevented Pike from getting too close," '
    quote += "said Dawson. "
    assert _middle(quote) == ("near_verbatim", (1,))


def test_words_of_direct_speech_and_the_run():
    # "us" is no such word ("the US embassy"); the run is the one that makes a short quotation's
    # candidate (matching.RUN_WORDS)
    assert {"i", "me", "my", "we", "our", "you", "your"} <= SPEECH_PERSONS and "us" not in SPEECH_PERSONS
    assert RUN_WORDS == 4
    assert longest_run(("a", "b", "c", "x", "d"), ("a", "b", "c", "d")) == 3
