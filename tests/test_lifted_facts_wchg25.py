"""Round 25 (issue 22, audit24's cause 2): a sentence the alignment leaves new that repeats a short
phrase of one source sentence carrying a fact (a number or date, words found in one or two source
sentences) is named beside the alignment (:func:`corpus_tools.reuse.lifted_facts.lifted_facts`) and
counted in the findings apart from "new", the alignment left as it is. Invented text of the shape of
round 24's rows ("between September 1998 and October", "for being drunk and disorderly" in a
paper's sentence of its own); two reports quoting one judge share his words without one copying
the other, and a name with its title is no fact."""

from __future__ import annotations

import pytest
from pairs import pair
from test_lifted_clauses_clause24 import COPY_0, COPY_4, OWN, SOURCE, _as_new

import corpus_tools as ct
from corpus_tools.report.findings import findings
from corpus_tools.reuse.lifted_clauses import LIFTED_COLUMNS
from corpus_tools.reuse.lifted_facts import MIN_FACTS, MIN_RUN, fact_words, lifted_facts

#: source sentence 10's "eligible for parole in 2021" (five words: a rare word, a rare word, a year)
#: among the paper's own words
REPEATS = (
    "Relatives fear the roofer could walk free, eligible for parole in 2021 after a string of "
    "appeals to the county board."
)
JUDGE = " The judge said: 'It was a wicked and callous crime.'"
#: the judge's words quoted by the paper too: a shared statement, not a phrase of the source's
QUOTES = "'A wicked and callous crime against two gentle souls,' Judge Hale declared from the bench."
#: the same words, not quoted by the paper: the source's phrase
UNQUOTED = "Neighbours called it a wicked and callous crime against two gentle souls."


def _facts(a: ct.Analysis):
    return lifted_facts(a.corpus, alignment=a.alignment, coverage=a.coverage, sentences=a.sentences)


@pytest.fixture(scope="module")
def analysed() -> ct.Analysis:
    return _as_new(ct.analyze(pair(SOURCE, " ".join([COPY_0, REPEATS, OWN, COPY_4]))), [1, 2])


def test_the_shipped_setting_reaches_a_five_word_phrase_with_two_facts():
    assert MIN_RUN <= 5 and MIN_FACTS <= 2


def test_a_phrase_of_fact_is_named_with_its_source_sentence(analysed):
    r = _facts(analysed)
    assert list(r.columns) == LIFTED_COLUMNS
    assert r[["sent_id", "source_sent_id", "n_words", "lifted"]].values.tolist() == [
        [1, 10, 5, "eligible for parole in 2021"]
    ]


def test_the_findings_count_it_apart_from_new(analysed):
    text = findings(analysed)["v"]
    assert "It keeps 2 of src's 12 sentences, repeats a fact of 1 more, and drops 9;" in text
    assert "it adds 2 sentences not taken whole from src (1 of them repeats a fact of src's: check)." in text
    assert "% is in 1 sentence that repeats a fact of src's (check)." in text


def test_a_shared_quotation_is_no_phrase_of_the_source_s():
    quoted = _as_new(ct.analyze(pair(SOURCE + JUDGE, " ".join([COPY_0, QUOTES, COPY_4]))), [1])
    assert _facts(quoted).empty
    said = _as_new(ct.analyze(pair(SOURCE + JUDGE, " ".join([COPY_0, UNQUOTED, COPY_4]))), [1])
    assert _facts(said)[["sent_id", "source_sent_id", "lifted"]].values.tolist() == [
        [1, 12, "a wicked and callous crime"]
    ]


def test_words_of_fact_are_numbers_months_and_rare_words_not_names():
    keys = ("judge", "hale", "said", "in", "september", "1998", "the", "glove", "vanish")
    rare = frozenset({"judge", "hale", "said", "glove", "vanish"})
    assert fact_words(keys, rare, frozenset({"hale"})) == [
        False,  # a title
        False,  # a name
        False,  # a verb of saying
        False,
        True,  # a month
        True,  # a year
        False,
        True,  # rare words of what happened
        True,
    ]
