"""Round 24 (issue 22, known debt 1): a sentence the alignment leaves new that lifts a clause of a
source sentence among words of its own is named beside the alignment
(:func:`corpus_tools.reuse.lifted_clauses.lifted_clauses`) and counted in the findings, the
alignment left as it is. Invented text of the shape of a court report: a paper that copies two
source sentences, lifts a clause of a third ("when he was working for a roofing firm in the
village") inside a sentence of its own, and adds sentences that share with the source only a
name and "said", or a court's stock words."""

from __future__ import annotations

import copy

import pytest
from pairs import pair

import corpus_tools as ct
from corpus_tools.report.findings import findings
from corpus_tools.reuse.lifted_clauses import LIFTED_COLUMNS, lifted_clauses, lifted_runs

SOURCE = (
    "Dermot Quill, 41, of Ashby Vale, was jailed for life at Holcombe Crown Court today for "
    "murdering a retired vicar and his sister. "
    "Quill admitted meeting the pair in 1996 when he was working for a roofing firm in the village. "
    "The vicar was last seen alive buying stamps at the post office on the afternoon of May 4. "
    "Forensic scientists found a bloodstained glove under the floorboards of the garden shed. "
    "Judge Miriam Hale told him he had shown no remorse for the killings. "
    "Detective Inspector Ross Kell said the family were relieved. "
    "The court heard that Quill had run up debts of 30,000 pounds on horses and cards. "
    "He told detectives he had gone fishing at Lake Wendle on the day of the murders. "
    "A neighbour saw his blue van parked outside the rectory that evening. "
    "The vicar's sister had written to the bishop about a stranger at the door. "
    "Quill will be eligible for parole in 2021. "
    "He used a forged council pass to trick his way into the rectory."
)
COPY_0 = (
    "Dermot Quill, 41, of Ashby Vale, was jailed for life at Holcombe Crown Court yesterday for "
    "murdering a retired vicar and his sister."
)
COPY_4 = "Judge Miriam Hale told him he had shown no remorse for the killings."
#: source sentence 11's clause ("to trick his way into the rectory"), lifted among the paper's own
#: words (the suit, the clipboard, the tea)
LIFTED = (
    "Wearing a borrowed grey suit and carrying a clipboard full of blank forms, the smooth-talking "
    "salesman managed to trick his way into the rectory while the vicar's sister made tea for the "
    "choir in the kitchen."
)
#: the paper's own: the detective's name and "said" shared with source sentence 5, nothing lifted
OWN = (
    "Detective Inspector Ross Kell said afterwards that the whole parish had been "
    "shaken by the case and by its long delays."
)
#: a court report's stock words shared with source sentence 0 ("was jailed for life at Holcombe
#: Crown Court"), of another man and another crime
STOCK = "His brother Liam was jailed for life at Holcombe Crown Court in 1990 for an unrelated robbery."


def _as_new(a: ct.Analysis, sent_ids: list[int]) -> ct.Analysis:
    """``a`` with the version's sentences ``sent_ids`` read as left new by the alignment and the
    source sentences they were aligned to as dropped (on a corpus this small the alignment takes a
    sentence sharing a run of rare words; on METER the audit's rows are left new)."""
    b = copy.copy(a)
    al = a.alignment.copy()
    mine = (al["doc_id"] == "v") & al["sent_id"].isin(sent_ids)
    taken = {int(i) for ids in al.loc[mine, "source_sent_ids"] for i in ids}
    al.loc[mine, "reuse_class"] = "new"
    cov = a.coverage.copy()
    cov.loc[(cov["doc_id"] == "v") & cov["source_sent_id"].isin(taken), "status"] = "dropped"
    b.alignment, b.coverage = al, cov
    return b


@pytest.fixture(scope="module")
def analysed() -> ct.Analysis:
    return _as_new(ct.analyze(pair(SOURCE, " ".join([COPY_0, LIFTED, OWN, COPY_4]))), [1, 2])


def _lifted(a: ct.Analysis):
    return lifted_clauses(a.corpus, alignment=a.alignment, coverage=a.coverage, sentences=a.sentences)


def test_a_lifted_clause_is_named_with_its_source_sentence_and_words(analysed):
    r = _lifted(analysed)
    assert list(r.columns) == LIFTED_COLUMNS
    assert r[["sent_id", "source_sent_id", "n_words", "n_lifted"]].values.tolist() == [[1, 11, 7, 1]]
    assert r["lifted"].iloc[0] == "to trick his way into the rectory"


def test_a_name_and_said_is_no_lifted_clause(analysed):
    # OWN shares "Detective Inspector Ross Kell said the" with source sentence 5: a name and "said"
    assert 2 not in set(_lifted(analysed)["sent_id"])


def test_a_court_reports_stock_words_are_no_clause():
    a = _as_new(ct.analyze(pair(SOURCE, " ".join([COPY_0, STOCK, COPY_4]))), [1])
    assert _lifted(a).empty


def test_a_run_of_the_files_topic_words_is_no_clause():
    keys = tuple("the vicar and his sister were found by the roofer".split())
    src = {("s", 0): tuple("a vicar and his sister were found dead".split())}
    index = {src[("s", 0)][j : j + 3]: [(("s", 0), j)] for j in range(len(src[("s", 0)]) - 2)}
    own = [k in {"vicar", "sister", "found"} for k in keys]
    # a run of six words with three of what happened ("vicar and his sister were found")
    assert lifted_runs(keys, own, index, src) == [(("s", 0), 1, 6)]
    # the same run when "vicar" and "sister" are in three or more of the file's sentences
    assert lifted_runs(keys, own, index, src, {"s": frozenset({"vicar", "sister"})}) == []


def test_the_findings_say_the_count_beside_the_measures(analysed):
    text = findings(analysed)["v"]
    assert "It keeps 2 of src's 12 sentences, lifts a clause of 1 more, and drops 9;" in text
    assert "it adds 2 sentences not taken whole from src (1 of them lifts a clause of src's: check)." in text
    assert "% is in 1 sentence that lifts a clause of src's (check)." in text


def test_without_a_lifted_clause_the_findings_read_as_before():
    a = _as_new(ct.analyze(pair(SOURCE, " ".join([COPY_0, OWN, COPY_4]))), [1])
    text = findings(a)["v"]
    assert "is new. It keeps 2 of src's 12 sentences and drops 10; it adds 1 new sentence." in text


def test_a_sentence_that_lifts_and_retells_is_counted_once_as_lifting():
    from test_retold_ret22 import COPY_0 as FRAUD_0
    from test_retold_ret22 import COPY_5 as FRAUD_5
    from test_retold_ret22 import SOURCE as FRAUD

    from corpus_tools.reuse.retellings import retellings

    both = (
        "Over three long winters the quiet mother of twins forged the signatures of two trustees, "
        "Fenwick filling out cheque stubs at her kitchen table."
    )
    a = _as_new(ct.analyze(pair(FRAUD, " ".join([FRAUD_0, both, FRAUD_5]))), [1])
    # both rules name it, against the same source sentence
    told = retellings(a.corpus, alignment=a.alignment, coverage=a.coverage, sentences=a.sentences)
    assert told[["sent_id", "source_sent_id"]].values.tolist() == [[1, 1]]
    assert _lifted(a)[["sent_id", "source_sent_id", "lifted"]].values.tolist() == [
        [1, 1, "forged the signatures of two trustees"]
    ]
    text = findings(a)["v"]
    assert "(1 of them lifts a clause of src's: check)." in text
    assert "retell" not in text and "tells 1 more in its own words" not in text
    assert ", lifts a clause of 1 more, and drops" in text
