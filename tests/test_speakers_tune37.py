"""Who speaks, the shapes round 37's tuning series showed (``benchmarks/claims_tune37.md``, kinds
V1-V10): Reuters' business and economic copy. Invented texts of the same shapes (other names, other
words)."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

# V1: a phrase of time or place after the name is when or where the body spoke
_DATED = (
    "Lakeland Mills Corp said\n"
    "holders of 80 pct of its notes have agreed to the company's exchange offer.\n"
    "    Lakeland Mills in February had said that the offer would be conditioned on\n"
    "85 pct acceptance.\n"
    "    Lakeland Mills had also said that it might seek court protection.\n"
)


def test_a_month_after_the_name_is_no_part_of_the_speaker():
    assert text_attributions(_DATED)["speaker"].tolist() == [
        "Lakeland Mills Corp",
        "Lakeland Mills",
        "Lakeland Mills",
    ]
    assert speaker_rows(_DATED) == [["Lakeland Mills", "organisation", 3]]


_PLACED = (
    "Harbor Trust LP said it has bought the deposits of Bayside Savings Bank.\n"
    "    On Monday, the Federal Deposit Insurance Corp in Washington said it approved\n"
    "the purchase of Bayside, a 40 mln dlr savings bank.\n"
    "    The Federal Deposit Insurance Corp said it will cover some of the losses.\n"
)


def test_a_city_after_a_body_is_where_it_spoke():
    assert speaker_rows(_PLACED) == [
        ["Harbor Trust", "organisation", 1],
        ["Federal Deposit Insurance", "organisation", 2],
    ]


def test_a_person_keeps_the_place_of_his_post():
    rows = speaker_rows("A spokesman in Tokyo said the talks would resume.\n")
    assert [s for s, *_ in rows] == ["A spokesman in Tokyo"]


# V2: "it said" goes to the body that spoke, not to one named only inside its statement
_PROPOSAL = (
    "Cedar Care Corp, a unit of Norris and Co, said it made a merger proposal to the board\n"
    "of VCH Holding Co, the parent of Valley Clinics Corp.\n"
    "    The rest of VCH's stock is held by its managers and two banks.\n"
    "    Valley runs 30 clinics in nine states.\n"
    "    Terms were not disclosed.\n"
    "    The proposal provides that VCH would become a unit of Cedar Care and that the VCH\n"
    "holders would get Cedar Care stock, it said.\n"
)


def test_it_said_after_a_statement_about_another_body_is_the_teller():
    assert speaker_rows(_PROPOSAL) == [["Cedar Care", "organisation", 2]]


_INDICATED = (
    "Ridge Oil Corp said the federal court has indicated it will name an examiner for\n"
    "the company's bankruptcy case.\n"
    "    It said it hopes the examiner will end the disputes with two creditors.\n"
)


def test_it_said_after_a_nested_report_is_the_teller():
    assert speaker_rows(_INDICATED) == [["Ridge Oil", "organisation", 2]]


# V7: "The firm said" after a limited partnership's lead is the partnership, not a company named
# only later in the story
_PARTNERSHIP = (
    "Harbor Trust LP said it has bought the deposits of Bayside Savings Bank.\n"
    "    The firm said it will run the branches as Harbor Savings FA.\n"
    "    The Federal Deposit Insurance Corp said it approved the purchase.\n"
)


def test_the_firm_after_a_partnership_lead_is_the_partnership():
    assert speaker_rows(_PARTNERSHIP) == [
        ["Harbor Trust", "organisation", 2],
        ["Federal Deposit Insurance", "organisation", 1],
    ]


# V8: a legal suffix that lost its capital in keying ("nc" for "Inc")
_KEYED = (
    "Dorvale nc said it agreed to sell its Coastal Pump Co subsidiary to Hillmark Corp.\n"
    "    Dorvale said the sale is part of a program to shed several businesses.\n"
)


def test_a_suffix_that_lost_its_capital_is_the_company():
    assert speaker_rows(_KEYED) == [["Dorvale", "organisation", 2]]


# V5: figures are no speaker: "pointing to" hung on their clause, and a sentence cut after "in
# U.K." before them
_FIGURES = (
    "The scale of intervention shows the government's resolve to hold the pound steady,\n"
    "Finance Minister Alan Crewe said.\n"
    "    April currency reserves, out today, showed a record 3.1 billion stg rise, pointing to\n"
    "heavy intervention.\n"
    "    Pointing to the record 3.1 billion stg rise in U.K.\n"
    'May currency reserves announced today he said, "we have been doing our part."\n'
)


def test_figures_that_point_or_are_announced_are_no_speaker():
    assert speaker_rows(_FIGURES) == [["Finance Minister Alan Crewe", "person", 2]]


# V3: a body named in full before its initials in brackets, then by its initials
_INITIALLED = (
    "Growth in the rich nations will slow this year, the Global Trade Research Unit (GTRU )\n"
    "said.\n"
    "    The GTRU said in its quarterly forecast it cut its growth estimate to 2.1 pct.\n"
    "    It said the dollar would fall further, the GTRU said.\n"
)


def test_a_body_named_in_full_and_by_its_initials_is_one_speaker():
    assert speaker_rows(_INITIALLED) == [["the Global Trade Research Unit", "organisation", 3]]


# V9: a company named with its legal suffix and its spokesman are one speaker
_SPOKESMAN = (
    "Harlan Aircraft Corp, which has a five\n"
    "mln dlr stake in Delmont Health Corp <DHC>, said it has not been asked to sell its shares.\n"
    "    Earlier, Cedar Care Corp said it made a merger offer for Delmont.\n"
    '    "We have not been approached by anyone about our holding," a Harlan\n'
    "Aircraft spokesman told Reuters.\n"
)


def test_a_company_and_its_spokesman_are_one_speaker():
    assert speaker_rows(_SPOKESMAN) == [
        ["Harlan Aircraft", "organisation", 2],
        ["Cedar Care", "organisation", 1],
    ]


# V4: a body and a country joined by "and" speak together: two speakers
_JOINT = (
    "Commitments to Peru's external\n"
    "financing program for 1988 have reached about 88 pct\n"
    "of the 1.2 billion dlrs in new loans that banks have been\n"
    "asked to provide, Barclays and Peru said in a joint\n"
    "statement.\n"
    "    Senior Barclays executive Paul Varga said he was pleased by the response.\n"
)


def test_a_bank_and_a_country_in_a_joint_statement_are_two_speakers():
    rows = {s: kind for s, kind, _ in speaker_rows(_JOINT)}
    assert sorted(rows) == ["Barclays", "Peru", "Senior Barclays executive Paul Varga"]
    assert (rows["Barclays"], rows["Peru"]) == ("organisation", "government")


# V6: a lone spokesman for a body set beside its parent ("X Co, a unit of Y Corp") is anonymous
_UNIT_SPOKESMAN = (
    "Two steel makers said they were studying a price rise announced by Harlan Corp's\n"
    "HSS steel division.\n"
    "    A spokesman for Gorham Steel Co, a unit of Gorham Corp <QGOR>, declined comment,\n"
    "adding that the company does not make heavy plate.\n"
)


def test_a_lone_spokesman_for_a_unit_is_anonymous():
    assert speaker_rows(_UNIT_SPOKESMAN) == [
        ["Two steel makers", "anonymous", 1],
        ["A spokesman for Gorham Steel Co", "anonymous", 1],
    ]


# the lead's merge check (Reuters-21578 15786's shape): V9's suffix rule must keep a spokeswoman
# whose body is written with its suffix ("a Financial Corp spokeswoman") the company that speaks
# under that name ("Financial Corp said last month"): one speaker, not an anonymous one beside it
def test_a_spokeswoman_of_a_company_written_with_its_suffix_is_that_company():
    text = (
        "The state bank board has hired advisers to seek new capital for Harlan Corp, a Harlan Corp "
        "spokeswoman said.\n"
        "    Harlan Corp is also talking to a firm about a possible sale, Harlan Corp said last month.\n"
        "    The Harlan Corp spokeswoman said there had been no new developments since then.\n"
    )
    rows = speaker_rows(text)
    assert [r[1] for r in rows] == ["organisation"]
