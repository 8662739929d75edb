"""Who speaks, the shapes round 35's tuning series showed (``benchmarks/claims_tune35.md``, kinds
T1-T4): Reuters' business and trade copy. Invented texts of the same shapes (other names, other
words)."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

from corpus_tools import from_records
from corpus_tools.attribution.accounting import speaker_summary
from corpus_tools.attribution.pairs import n_people

# T1: a minister's title of two portfolios joined by "and" is one minister, then named alone
_PORTFOLIOS = (
    "An extension of the International Cocoa\n"
    "Agreement is not realistic and the accord should be left\n"
    "to expire, Malaysian Mines and Energy Minister Sulaiman told\n"
    "reporters.\n"
    "    Asked about the council's session in London next month, Sulaiman said\n"
    "Malaysia had agreed to a working group on a new accord.\n"
    "    But he said there was unlikely to be any follow-up.\n"
)


def test_a_title_of_two_portfolios_is_one_minister():
    assert speaker_rows(_PORTFOLIOS) == [["Malaysian Mines and Energy Minister Sulaiman", "person", 3]]


def test_the_findings_count_a_title_of_two_portfolios_as_one_person():
    summary = speaker_summary(from_records([{"doc_id": "d", "text": _PORTFOLIOS}]))
    assert summary[["n_speakers", "n_people"]].values.tolist() == [[1, 1]]
    assert n_people("Brock and Energy Minister Ann Lane") == 2


def test_two_titled_people_joined_by_and_stay_two():
    text = "Oil Minister Tom Brock and Energy Secretary Ann Lane said the talks had failed.\n"
    assert len(speaker_rows(text)) == 2  # "Brock" is no portfolio


# T2: "rejected calls for" is no one's call; a case a bill covers ("when an industry complains")
# is no statement; "angered X in a statement that ..." is the subject's statement
_BILL = (
    "In drafting the bill, the committee rejected calls for\n"
    "protection for single industries such as footwear.\n"
    "    It also forces the government to act quickly when a\n"
    "farm group complains that a flood of imports threatens its survival.\n"
    "    Union leader Tom Baxter last month angered the ministry in a statement that any\n"
    "budget the cabinet would pass would not be worth the paper.\n"
)


def test_a_call_the_subject_rejects_is_not_its_call():
    assert text_attributions(_BILL, "calls").empty


def test_a_case_a_bill_covers_is_no_speaker():
    assert ["farm group" in s for s, *_ in speaker_rows(_BILL)] == [False]


def test_a_statement_given_in_a_verb_of_doing_is_the_subjects():
    assert speaker_rows(_BILL) == [["Union leader Tom Baxter", "person", 1]]


def test_a_complaint_that_was_made_stays_a_statement():
    text = "The plant closed last year when a farm group complained that imports threatened its survival.\n"
    assert [s for s, *_ in speaker_rows(text)] == ["a farm group"]


# T4: "General Dynamics Co" gives no surname "Co", so the company speaking is no person
_UNIT = (
    "Continental Radio Co, a unit of\n"
    "General Dynamics Co <GD>, said broadcasts have not been\n"
    "hit by a strike which began just after midnight.\n"
)


def test_a_company_named_with_its_parent_is_an_institution():
    assert speaker_rows(_UNIT) == [["Continental Radio Co", "organisation", 1]]


# T3: the lead's description, then the chairman's name set off by commas before "said": the name
_CHAIRMAN = (
    "There has been slight progress towards\n"
    "reaching a rubber pact, the chairman of a United Nations\n"
    "conference on a new International Natural Rubber Agreeement,\n"
    "INRA, Somchai Wongsa of Thailand, said.\n"
    '    "There has been some slight progress but it is not the end\n'
    'of the road yet," he said.\n'
)


def test_a_name_set_off_before_the_cue_after_a_description_speaks():
    assert speaker_rows(_CHAIRMAN) == [["Somchai Wongsa", "person", 2]]


# round 34's ad4 (17214, left by audit34): "delegates here", "Delegates", "several delegates": one group
_DELEGATES_HERE = (
    "The Polish central bank has not decided whether to apply for membership of the fund,\n"
    "delegates here said.\n"
    "    Delegates said the bank wanted observer status first.\n"
    "    But several delegates said they expected an application within a year.\n"
)


def test_delegates_here_and_several_delegates_are_one_group():
    assert speaker_rows(_DELEGATES_HERE) == [["delegates here", "anonymous", 3]]


def test_some_traders_here_stay_apart_from_traders():
    text = (
        "Traders said palm oil stocks in the region were low.\n"
        "    Some traders here said the total could be more.\n"
        "    Others said the figure was too high.\n"
    )
    assert [s for s, *_ in speaker_rows(text)] == ["Traders", "Some traders here", "Others"]
