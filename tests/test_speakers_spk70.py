"""Who speaks, the wire shapes round 32's audit and tuning left (``benchmarks/claims.md``'s
HELD_OUT_32 rows, ``benchmarks/claims_tune32.md``): Reuters' business copy. Invented texts of the
same shapes (other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows

from corpus_tools.attribution.body_documents import document_body
from corpus_tools.attribution.employed_people import employed_person

# tu4, tu13: "The Commerce Department said ... the Commerce Department brief said ... the brief said"
_BRIEF = (
    "The Commerce Department proposed lifting the duty on imported Canadian lumber.\n"
    "    The Commerce Department said it proposed the change because the duty hurt builders.\n"
    '    "A duty never meant for builders could injure them," the\n'
    "Commerce Department brief said.\n"
    '    "Imports will be allowed under bond," the brief said.\n'
)


def test_a_named_bodys_brief_is_the_body():
    assert speaker_rows(_BRIEF) == [["The Commerce Department", "organisation", 3]]


def test_document_body_needs_the_body_speaking_and_no_person_of_that_name():
    text = "The Commerce Department said it would act. 'It is wrong,' the Commerce Department brief said."
    assert document_body("the Commerce Department brief", text) == "Commerce Department"
    assert document_body("the Commerce Department's report", text) == "Commerce Department"
    assert document_body("a Commerce Department study", text) == "Commerce Department"
    assert document_body("the Commerce Department brief", "The Commerce Department brief said no.") == ""
    assert document_body("the Miller report", "James Miller said so. The Miller report said no.") == ""
    assert document_body("the Miller report", "Mr Miller said so. The Miller report said no.") == ""
    assert document_body("the brief", text) == ""
    assert document_body("the Commerce Department official", text) == ""


# cg4: "the company has declared force majeure for deliveries of ...": an act, no statement
_MAJEURE = (
    "Milling at the Westport plant has stopped since March 2 and the company has declared force\n"
    "majeure for deliveries of flour ahead to June, a company spokesman said.\n"
    "    The Hale Mills board also declared a quarterly dividend of 12 cts a share.\n"
)


def test_a_declared_act_is_no_statement():
    assert speaker_rows(_MAJEURE) == [["a company spokesman", "anonymous", 1]]


# mu4: "Plans call for increased imports but an official said ...": a plan is no speaker
_PLANS = (
    "Corvan Electric Corp will trim output by about 10 pct in the second quarter.\n"
    '    Plans call for higher imports but an official said "buying abroad will be hard."\n'
    "    The agreement calls for the union to accept a wage freeze.\n"
)


def test_a_plan_calling_for_something_is_no_speaker():
    assert speaker_rows(_PLANS) == [["an official", "anonymous", 1]]


# ec4: "..., it would also hope to expand the volume of cover": a wish, no statement
_HOPE = (
    "Tom Hale, head of the Export Cover Office (ECO), said a new credit line was near.\n"
    "    While the ECO would keep the old scheme for now, it would also hope to widen the cover\n"
    "for short-term trade.\n"
)


def test_a_wish_in_the_conditional_is_no_statement():
    assert speaker_rows(_HOPE) == [["Tom Hale", "person", 1]]


# nk4: '..., said P.S. Tam of Morgan Guaranty Trust': a person with her employer, not a firm
_EMPLOYED = (
    "The dollar fell to 140 yen in Tokyo trading.\n"
    '    "Dealers are nervous ahead of the talks," said K.L. Wong of Harbour Guaranty Trust.\n'
)


def test_a_person_of_a_firm_is_a_person():
    # a person, labelled without the firm since tune33's of_names cuts "X of <firm>" to X
    assert speaker_rows(_EMPLOYED) == [["K.L. Wong", "person", 1]]


def test_employed_person_needs_a_personal_name_and_a_firms_word():
    assert employed_person("K.L. Wong of Harbour Guaranty Trust")
    assert employed_person("John Reed of Salomon Brothers")
    assert employed_person("Ann K. Lee of Westland Securities Inc")
    assert not employed_person("Bank of Westland")
    assert not employed_person("Central Bank of Westland")
    assert not employed_person("Harbour Sachs of New York")
    assert not employed_person("Secretary Reed of Westland Trust")


# pd4, pd13: '"...," said executive vice president Ann Lee. ..., the executives said.': Lee's own
_CLOSED = (
    "Kessler Dodge chairman G. Tom Hale said the company wanted a friendly deal.\n"
    '    "We want a good basic industrial company," Hale said.\n'
    "   \n"
    "    During the interview, Hale and other executives also said\n"
    "continued strong demand and tight zinc supply should lead to\n"
    "higher prices for the metal.\n"
    "    \"In my view, it's not a matter of if but when the price\n"
    "(for zinc) will improve because there aren't that many new\n"
    "projects coming on, and demand, short of a major recession,\n"
    'will continue to grow modestly," said executive vice president\n'
    "Harold Brenley. Kessler Dodge continues to lower its cost of\n"
    "producing zinc, the executives said. Costs should be below 50\n"
    "cents a pound, after depreciation but before interest and\n"
    "corporate expense, by 1989 or 1990.\n"
)


def test_a_quotation_closed_by_its_own_tag_is_its_speakers():
    rows = speaker_rows(_CLOSED)
    assert ["Harold Brenley", "person", 1] in rows
    assert len(rows) == 3


# W4 (a person's): "U.S. Attorney Rudolph Vance ... A spokeswoman for Vance said": hers, no body
_SPOKESWOMAN = (
    "U.S. Attorney Martin Vance said he had no intention of commenting on the offer.\n"
    "    A spokeswoman for Vance said the problems arose because he thought he was answering\n"
    "questions about newspaper speculation.\n"
)


def test_a_persons_spokeswoman_is_no_body():
    assert speaker_rows(_SPOKESWOMAN) == [
        ["U.S. Attorney Martin Vance", "person", 1],
        ["A spokeswoman for Vance", "anonymous", 1],
    ]


# W10: "Newspaper reports have said ...": the press, unnamed
_PRESS = (
    "U.S. Attorney Martin Vance said he was offered a top job at the Trade Commission.\n"
    "    Newspaper reports have said Vance was offered the chairmanship of the commission.\n"
)


def test_newspaper_reports_are_an_unnamed_speaker():
    assert speaker_rows(_PRESS) == [
        ["U.S. Attorney Martin Vance", "person", 1],
        ["Newspaper reports", "anonymous", 1],
    ]


# W7: "..., one of the lead managers Banque Indosuez said": a bank
_BANQUE = (
    "The Harbour Bank of Eastland will launch its first foreign bond in Tokyo next month, one of\n"
    "the lead managers Banque Valmont said.\n"
)


def test_a_bank_told_by_its_name_is_a_body():
    assert speaker_rows(_BANQUE) == [["Banque Valmont", "organisation", 1]]


# W8: "..., the People's Daily said. The newspaper's overseas edition said ...": the paper
_EDITION = (
    "Eastland's central bank will issue its first foreign bond next month, the Harbour Daily said.\n"
    "    The newspaper's overseas edition said the bank would raise 200 mln dlrs.\n"
)


def test_an_edition_of_the_named_paper_is_the_paper():
    assert speaker_rows(_EDITION) == [["the Harbour Daily", "media", 2]]


def test_person_spokesman_and_bank_name_leave_firms_and_people_at_firms():
    from corpus_tools.attribution.bank_names import bank_name
    from corpus_tools.attribution.person_spokesmen import person_spokesman

    text = "It flies to Piedmont. JetWest said it would buy. A spokesman for JetWest said so."
    assert person_spokesman("JetWest", text[text.index("A spokes") :], text) == ""
    text = "Mr. Vance said no. A spokesman for Vance said so."
    assert person_spokesman("Vance", text[text.index("A spokes") :], text) == "A spokesman for Vance"
    assert not bank_name("Ann Lee at Westland Securities")
    assert bank_name("the central bank, Bank Tamara")
