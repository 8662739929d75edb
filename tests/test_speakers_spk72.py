"""Who speaks, round 33's leftover wire kinds (branch spk72, issue 22): a document as a speaker, a
description read as another named person, one group under two descriptions, a body's officials
typed as the body, and unnamed groups of bodies. Invented texts of the shapes read in
``benchmarks/claims.md`` (round 33's held-out rows dy6, gd21, am4, sb14, bv4, bv13, gc6) and
``benchmarks/speaker_sweep33.md`` (shapes 3 and 5), ``benchmarks/claims_tune33.md`` (T9): other
names, other numbers, other words."""

from __future__ import annotations

from pairs import speaker_rows

from corpus_tools.attribution.apposed_groups import apposed_group
from corpus_tools.attribution.document_issuers import document_issuer, issuerless_document
from corpus_tools.attribution.expert_nouns import expert_holder
from corpus_tools.attribution.press_reports import press_report
from corpus_tools.attribution.repeated_titles import repeated_title_holder

# dy6: "... reached an agreement ..., according to a joint statment." A document, no speaker
_JOINT = (
    "Harwell Corp and Vantor Industries Inc settled all their differences, according to a\n"
    "joint statement.\n"
    "    Vantor said it agreed to cap its holding in Harwell at 30 pct for two years.\n"
    "    Both companies said they back the agreement.\n"
)


def test_a_joint_statement_whose_issuer_is_not_named_is_no_speaker():
    rows = speaker_rows(_JOINT)
    assert [r[0] for r in rows] == ["Vantor Industries", "Both companies"], rows
    assert all(kind == "organisation" for _, kind, _ in rows), rows


# gd21: "X Ltd said based on a feasibility study of its mine ... The study said ... It said"
_STUDY = (
    "Corrin Gold Mines Ltd said based on a feasibility study of its Redcap property it will\n"
    "start building a mill this year.\n"
    "    The company said six of eight holes hit ore grading 0.05 ounce of gold a ton.\n"
    "    The study said reserves were 2,104,000 tons grading 0.06 ounce of gold a ton.\n"
    "    It said output should average 35,000 ounces a year.\n"
)


def test_a_study_the_company_cited_is_the_company():
    assert speaker_rows(_STUDY) == [["Corrin Gold Mines", "organisation", 4]]


# sweep shape 3: "President Reagan ... today announced ... The announcement said"
_ANNOUNCED = (
    "Governor Tom Hadley, answering farmers' complaints, today announced he will seek 40 mln dlrs\n"
    "for new irrigation works.\n"
    "    The announcement said the state will ask for 10 mln dlrs in each of four years.\n"
)


def test_an_announcement_is_the_one_who_announced_it():
    assert speaker_rows(_ANNOUNCED) == [["Governor Tom Hadley", "person", 2]]


def test_document_issuer_reads_the_issuers_shapes():
    said = "Brenmoor Plc said in a statement it had received two bids. "
    assert document_issuer("The statement", said) == ("Brenmoor", "organisation")
    assert document_issuer("the report", "Ann Kelso issued a report on the fund. ") == ("Ann Kelso", "person")
    assert document_issuer("a joint statement", "Two banks agreed, according to a joint statement. ") is None
    assert document_issuer("A hospital statement", said) is None  # a body's own: read by body_statements
    assert issuerless_document("a joint statement", "Two banks agreed, according to ")
    assert not issuerless_document("The statement", said)
    assert not issuerless_document("Brenmoor", said)


# am4: "An earlier reported published report based on an interview with ... said": the press
def test_a_published_report_is_the_press():
    assert press_report("An earlier published report")
    assert press_report("a published report")
    assert not press_report("The Post reports")


# sb14: "The prince met Vice President George Bush ... the prince ... replied": the prince
_PRINCE = (
    "Jordan's Crown Prince Hamid bin Talal met for an hour with Vice President Ralph Dorner\n"
    "on Tuesday after the raids.\n"
    "    The prince met Vice President Ralph Dorner on Tuesday after the raids.\n"
    '    Asked how he felt about the raids, the prince replied, "It was their duty."\n'
)


def test_the_prince_is_not_the_vice_president_named_between():
    assert expert_holder("the prince", False, _PRINCE) == ""
    assert repeated_title_holder("the prince", _PRINCE) == "Hamid bin Talal"
    assert repeated_title_holder("the Crown Prince", _PRINCE) == "Hamid bin Talal"
    assert speaker_rows(_PRINCE) == [["Hamid bin Talal", "person", 1]]


# bv4, bv13: "the government of president Victor Paz Estenssoro ... The government ... has called"
_GOVERNMENT = (
    "Miners began a hunger strike against the austerity plan of the\n"
    "government of president Carlos Ruiz Mendez.\n"
    "    The government has said the strike is part of a campaign aimed at discrediting it.\n"
)


def test_a_government_is_not_its_president():
    before = _GOVERNMENT[: _GOVERNMENT.index("The government")]
    assert expert_holder("The government", False, before) == ""
    assert speaker_rows(_GOVERNMENT) == [["The government", "organisation", 1]]


def test_a_job_noun_still_finds_its_holder():  # a guard: the expert rule as before
    text = "Consultant surgeon Dr Ann Hale said she was keen. "
    assert expert_holder("The surgeon", False, text) == "Dr Ann Hale"
    assert expert_holder("the minister", False, "finance minister Tom Rees said so. ") == "Tom Rees"


# gc6: "The investor group ... The group, a partnership of X and Y, ... The takeover partnership said"
_GROUP = (
    "The investor group seeking to buy Halmar Inc said it agreed to drop its lawsuit.\n"
    "    However, the group said it will keep fighting Halmar's poison pill.\n"
    "    The group, a partnership of Dexter Industries Inc and Lowry Capital, was due in court.\n"
    "    The takeover partnership said it has asked to meet Halmar's board.\n"
)


def test_a_group_and_its_apposed_description_are_one_speaker():
    assert apposed_group("The takeover partnership", _GROUP[: _GROUP.index("The takeover")]) == (
        "The investor group"
    )
    rows = speaker_rows(_GROUP)
    assert rows == [["The investor group", "organisation", 3]], rows


# sweep shape 5: "CFTC officials said": anonymous officials, not the Commission
_OFFICIALS = (
    "The Federal Grain Standards Board, FGSB, is studying user fees, FGSB chairman Ann Tolle said.\n"
    "    FGSB officials said the fees could cover the cost of inspections.\n"
)


def test_a_bodys_officials_alone_are_anonymous():
    rows = {r[0]: r[1] for r in speaker_rows(_OFFICIALS)}
    assert rows.get("FGSB officials") == "anonymous", rows
    assert "the Federal Grain Standards Board" not in rows, rows


# T9: "Australian trade unions said", "Business groups said": no body named, anonymous
_UNIONS = (
    "Dock workers in Perth stopped work for a day, their union said.\n"
    "    Canadian trade unions said they would back the strikers.\n"
    "    Business groups said the stoppage would cost exporters dearly.\n"
)


def test_unnamed_groups_of_bodies_are_anonymous():
    rows = {r[0]: r[1] for r in speaker_rows(_UNIONS)}
    assert rows["Canadian trade unions"] == "anonymous", rows
    assert rows["Business groups"] == "anonymous", rows


def test_named_or_pointed_back_bodies_stay_institutions():  # a guard
    text = "Harwell Corp and Vantor Inc merged. Both companies said the deal was fair.\n"
    assert speaker_rows(text) == [["Both companies", "organisation", 1]]


def test_an_issuer_is_read_within_its_sentence_and_a_document_told_before_stays():  # guards
    said = "Talks went on in the Soviet Union. Brenmoor said in a statement it had two bids. "
    assert document_issuer("The statement", said) == ("Brenmoor", "organisation")
    told = "'It is wrong,' the Commerce Department brief said. "
    assert not issuerless_document("the brief", told)  # the brief told of with its body before


def test_an_issuer_opens_its_clause_is_typed_and_may_follow_by():  # round 34's 600 wire texts
    field = "Frost hit the crop, the U.S. attache in Warsaw said in a field report. "
    assert document_issuer("The report", field) is None  # no issuer "Warsaw"
    letter = "Chairman J. Ross Kellan wrote. Kellan said in the letter that talks failed. "
    assert document_issuer("The letter", letter) == ("Kellan", "person")
    command = "The statement by the Iraqi High Command said the raid failed. "
    assert document_issuer("the statement", command) == ("Iraqi High Command", "organisation")
