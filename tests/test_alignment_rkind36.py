"""Round 36, branch rkind36 (issue 22, R claims of TUNE_36, cause K): the source sentence before
a rewritten sentence's own joins it for one word only when that word opens the sentence, and not
when it is the sentence's teller ("The company said"). Invented texts of the shapes of TUNE_36's
4784+4886 and TUNE_35's 9808+12559 (``benchmarks/claims_tune36_r.md``)."""

from __future__ import annotations

from pairs import pair

from corpus_tools import align_sentences, source_coverage

# the company's fuller statement: the lead retold, the price fall retold; the president's plans
# (source sentence 1) told nowhere, though it names the "satellite systems division"
RADIO = (
    "Harlow Radio Corp said it shut down its marine radio division, resulting in an undisclosed "
    "one time loss for the fourth quarter and year for fiscal 1987. "
    "Anna Berg, president, said the company intends to focus staff and other resources during 1988 "
    "on its satellite systems division, and on developing new products for its beacon subsidiary. "
    "The company said falling retail prices resulted in the marine division no longer being able "
    "to make a profit."
)
RADIO_LATER = (
    "Harlow Radio Corp said the company has decided to shut down its Marine Radio Division which "
    "will result in a one-time loss for the fourth quarter and year. "
    "Harlow said retail prices for marine satellite radios have fallen sharply to the point where "
    "the company no longer believes that it can profitably sell in the market."
)

# an update: the approval given, the dividend's timing retold from source sentence 3; the talks
# with the lenders (source sentence 2, "The company said talks are going well ...") told nowhere
MILLS = (
    "Dorset Mills Inc said the state trade board will rule May 2 on the company's request for "
    "approval to go ahead with its plan of restructuring. "
    "The board ruling is the final approval needed. "
    "The company said talks are going well with its lenders, and it plans to complete the loans "
    "for the restructuring soon. "
    "It said assuming board approval, it plans to pay the 40 dlr per share dividend tied to the "
    "plan in May, with the exact date hinging on the closing of the loans."
)
MILLS_LATER = (
    "Dorset Mills Inc said the state trade board has approved its restructuring plan, giving the "
    "final approval needed. "
    "The company said it expects to name next week the record date for the special 40 dlr per "
    "share dividend holders will get under the plan and to pay the dividend during the month of "
    "May, with the exact date hinging on the closing of loan deals."
)


def _sources(source: str, version: str) -> list[tuple[int, ...]]:
    return align_sentences(pair(source, version), source="src")["source_sent_ids"].tolist()


def test_a_word_inside_the_later_sentences_retelling_brings_no_earlier_sentence():
    # "satellite" stands between "retail prices" and "no longer", which source sentence 2 holds
    assert _sources(RADIO, RADIO_LATER) == [(0,), (2,)]


def test_the_teller_of_the_sentence_brings_no_earlier_sentence():
    # "company" opens the sentence as the subject of "said": the frame, not what happened
    assert _sources(MILLS, MILLS_LATER) == [(0, 1), (3,)]


def test_the_sentence_told_nowhere_is_dropped():
    corpus = pair(RADIO, RADIO_LATER)
    cov = source_coverage(corpus, source="src", alignment=align_sentences(corpus, source="src"))
    assert cov.set_index("source_sent_id")["status"].to_dict()[1] == "dropped"


def test_a_word_closing_the_sentence_still_brings_the_earlier_sentence():
    # "shoes" stands after every word source sentence 1 explains: the earlier sentence's, kept
    source = (
        "Jo Dunn, 27, was asked what shoes she wore on her first day at the bus depot in Hull. "
        "Jo Dunn told the court that on her first day with the north depot a colleague asked her "
        "questions about her family in front of male drivers. The hearing continues."
    )
    version = (
        "She told the court that drivers at the north depot had asked her questions about her "
        "family and her shoes."
    )
    assert _sources(source, version) == [(0, 1)]
