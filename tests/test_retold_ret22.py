"""Round 22 (issue 22, known debt 1): sentences a paper leaves new that tell what source sentences
tell in other words are named beside the alignment (:func:`corpus_tools.reuse.retellings.retellings`)
and counted in the findings, the alignment left as it is. Invented text of the shape of a court
report: a paper that copies three source sentences, retells two in words of its own (the
defendant's or a witness's name and the nouns and verbs of what happened) and adds one of its own
that shares only the defendant's name and the court's words."""

from __future__ import annotations

import pandas as pd
import pytest
from pairs import pair

import corpus_tools as ct
from corpus_tools.report.findings import findings
from corpus_tools.reuse.retellings import RETELLING_COLUMNS, retellings

SOURCE = (
    "Orla Fenwick, 34, of Brackley Moor, was jailed for four years at Dunmere Crown Court today for "
    "defrauding a village bowls club of its savings. "
    "Fenwick, the club's treasurer, forged the signatures of two trustees on eleven cheques. "
    "The court heard she spent the money on holidays in Portugal and a sports car. "
    "An auditor, Walter Crane, noticed the missing funds when the club tried to pay for a new pavilion roof. "
    "Fenwick had repaid nothing of the stolen sum, the prosecution said. "
    "Judge Hilary Dunn told her she had betrayed the trust of elderly members. "
    "Fenwick admitted fraud and forgery."
)
COPY_0 = (
    "Orla Fenwick, 34, of Brackley Moor, was jailed for four years at Dunmere Crown Court yesterday "
    "for defrauding a village bowls club of its savings."
)
COPY_5 = "Judge Hilary Dunn told her she had betrayed the trust of elderly members."
COPY_6 = "Fenwick admitted fraud and forgery."
#: source sentence 1 retold: the name, what she did ("forged", round 23: a retelling tells the
#: same event), "trustee" and "cheque", the rest the paper's own words
RETOLD_1 = (
    "Over three winters the mother of twins quietly forged trustee handwriting, Fenwick filling "
    "out cheque stubs at her kitchen table."
)
#: source sentence 3 retold: the auditor's name, what he did ("noticed"), "funds" and "pavilion"
RETOLD_3 = (
    "A retired bank clerk, Mr Crane grew suspicious about vanished funds, which he noticed as rain "
    "leaked through the battered pavilion."
)
#: the paper's own: the defendant's name and the court's words, nothing of what happened
OWN = "Fenwick, wearing a dark coat, appeared at Dunmere Crown Court and spoke only to confirm her name."
#: two words of what happened ("trustee", "cheque") and no name or number of it: no retelling
NAMELESS = "Somebody quietly imitated trustee handwriting on cheque stubs over three long winters."
#: three words of what happened without a name ("auditor", "funds", "pavilion"): a retelling
#: in round 22; round 23 asks the same participant too (a name or a number), so none
NAMELESS_3 = (
    "Months later a retired auditor with a keen eye for detail spotted that funds had vanished while "
    "heavy autumn rain poured through broken slates into the old pavilion."
)


@pytest.fixture(scope="module")
def analysed() -> ct.Analysis:
    return ct.analyze(pair(SOURCE, " ".join([COPY_0, RETOLD_1, OWN, RETOLD_3, COPY_5, COPY_6])))


def _retold(a: ct.Analysis) -> pd.DataFrame:
    return retellings(a.corpus, alignment=a.alignment, coverage=a.coverage, sentences=a.sentences)


def test_two_retellings_are_named_with_the_source_sentences_they_tell(analysed):
    r = _retold(analysed)
    assert list(r.columns) == RETELLING_COLUMNS
    assert r[["doc_id", "sent_id", "source_doc_id", "source_sent_id", "n_retold"]].values.tolist() == [
        ["v", 1, "src", 1, 1],
        ["v", 3, "src", 3, 1],
    ]
    assert r["shared_names"].tolist() == [("fenwick",), ("cran",)]
    assert r["shared_words"].tolist() == [("chequ", "forg", "trust"), ("fund", "notic", "pavilion")]


def test_the_alignment_is_left_as_it_is(analysed):
    before = analysed.alignment.copy()
    _retold(analysed)
    pd.testing.assert_frame_equal(analysed.alignment, before)
    assert analysed.alignment["reuse_class"].tolist() == [
        "near_verbatim",
        "new",
        "new",
        "new",
        "verbatim",
        "verbatim",
    ]
    assert (
        ct.align_sentences(analysed.corpus, source="src")["reuse_class"].tolist()
        == before["reuse_class"].tolist()
    )


def test_a_name_and_appeared_at_crown_court_is_no_retelling(analysed):
    assert 2 not in set(_retold(analysed)["sent_id"])  # OWN, left new beside the retellings
    a = ct.analyze(pair(SOURCE, " ".join([COPY_0, OWN, COPY_5])))
    assert a.alignment["reuse_class"].tolist() == ["near_verbatim", "new", "verbatim"]
    assert _retold(a).empty


def test_what_happened_without_a_shared_name_or_number_is_no_retelling():
    a = ct.analyze(pair(SOURCE, " ".join([COPY_0, NAMELESS, COPY_5])))
    assert a.alignment["reuse_class"].tolist()[1] == "new"
    assert _retold(a).empty


def test_three_words_of_what_happened_without_a_name_are_no_retelling():
    a = ct.analyze(pair(SOURCE, " ".join([COPY_0, NAMELESS_3, COPY_5])))
    assert a.alignment["reuse_class"].tolist()[1] == "new"
    assert _retold(a).empty  # round 22 named it (source sentence 3); round 23 asks a participant


def test_the_findings_say_the_counts_beside_the_measures(analysed):
    text = findings(analysed)["v"]
    # the measures as the alignment gives them: 3 kept, 3 new, 57% of the words in new sentences
    # (round 23: RETOLD_1 and RETOLD_3 tell the source's events with its verbs, a few words longer)
    assert "43% of its words are in sentences taken from src" in text
    assert (
        "57% is not taken from src sentence by sentence; 41% is in 2 sentences that retell src's "
        "in other words (check)." in text
    )
    assert "It keeps 3 of src's 7 sentences, tells 2 more in its own words, and drops 2;" in text
    assert "it adds 3 sentences not taken from src (2 of them retell src's: check)." in text


def test_without_retellings_the_findings_read_as_before():
    a = ct.analyze(pair(SOURCE, " ".join([COPY_0, OWN, COPY_5])))
    text = findings(a)["v"]
    assert "is new. It keeps 2 of src's 7 sentences and drops 5; it adds 1 new sentence." in text


def test_a_missing_column_is_named(analysed):
    with pytest.raises(ValueError, match="alignment frame has no column 'reuse_class'"):
        retellings(
            analysed.corpus,
            alignment=analysed.alignment.drop(columns="reuse_class"),
            coverage=analysed.coverage,
            sentences=analysed.sentences,
        )
