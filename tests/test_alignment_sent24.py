"""Round 24 (issue 24, precision of reused sentences on METER courts): a question the paper asks
in its own voice ("How will the means test work?" of an explainer), which none of the source
sentences it was aligned to asks and with which it shares no run of four words, is the paper's
own framing, not a rewritten source sentence (:func:`corpus_tools.reuse.own_questions.own_question`,
read by :func:`corpus_tools.reuse.own_quotes.own_quotations`; benchmarks/README.md "#24 sentence
reuse, round 24"). A question keeping a phrase of its source, a
question the source asks too, and a speaker's quoted question keep their class. Invented text,
the shape of the real case."""

from __future__ import annotations

import pytest
from pairs import pair, rules_alignment

from corpus_tools import align_sentences, from_records
from corpus_tools.reuse.alignment import body_sentences

SOURCE = (
    "A tenants' group won a ruling today that allotment rents in Marlow must be set by the parish. "
    "The ruling means plot holders on low incomes can be charged a reduced rent assessed by the "
    "parish clerk. "
    "The parish clerk, Mr Abel Crane, said the reduced rents would be reviewed every spring. "
    "Would the district council now have to refund the rents it had collected since 1996? "
    "The case continues."
)
LEAD = "A tenants' group won a ruling yesterday that allotment rents in Marlow must be set by the parish. "
END = "The case continues."


def _classes(corpus, rules: bool) -> list[tuple[str, tuple]]:
    """The class and source sentences of each sentence of the version, in order."""
    a = rules_alignment(corpus) if rules else align_sentences(corpus, source="src")
    return list(zip(a.reuse_class, a.source_sent_ids, strict=True))


def _middle(sentence: str, rules: bool = False) -> tuple[str, tuple]:
    """The class and source sentences of ``sentence``, put between a retold lead and a copied last
    line (which the assertion checks)."""
    first, row, last = _classes(pair(SOURCE, LEAD + sentence + " " + END), rules)
    assert (first[0], last[0]) == ("near_verbatim", "verbatim")
    return row


@pytest.mark.parametrize("rules", [False, True])
def test_a_question_in_the_papers_own_voice_that_the_source_does_not_ask_is_new(rules):
    # the paper asks about the ruling's reduced rent; the source states it: "plot holders",
    # "low incomes", "reduced rent assessed" shared, no run of four
    question = "How will plot holders with low incomes have their reduced rent assessed?"
    # the same words as a statement are a rewrite of source sentence 1
    statement = "Plot holders with low incomes will have their reduced rent assessed."
    assert _middle(statement, rules)[0] == "rewritten"
    assert _middle(question, rules) == ("new", ())


@pytest.mark.parametrize(
    ("question", "source"),
    [
        # the question keeps a run of the source's words: "charged a reduced rent assessed by"
        ("Can plot holders on low incomes be charged a reduced rent assessed by the clerk?", (1,)),
        # the source asks the question too: the paper rewords the source's question
        ("Will the council have to pay back the rents collected since 1996?", (3,)),
    ],
)
def test_a_question_keeping_a_run_or_asked_by_the_source_keeps_its_alignment(question, source):
    cls, ids = _middle(question)
    assert cls != "new" and ids == source


def test_a_quoted_question_is_not_the_papers_own():
    # a speaker's question is direct speech (the quotation rules' concern), not the paper's voice
    text = (
        "Plot holders met in Marlow last night.\n"
        "How will the reduced rent be assessed?\n"
        'Mr Crane asked: "How will the rent be assessed?"\n'
        '"We were never told. How could we know?\n'
        "He said so (did he?)\n"
        "It was not a question."
    )
    sents = body_sentences(from_records([{"doc_id": "d", "text": text}]))["d"]
    assert [s.question for s in sents] == [False, True, False, False, False, True, False]
