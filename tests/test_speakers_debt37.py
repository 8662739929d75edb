"""Who speaks, round 36's leftover wire kinds (``benchmarks/README.md``, "Known debt for round 37"):
a description of the company named before ("the Dutch electronics group", "The Mobil Corp
subsidiary"), "They said" after a committee, "newspapers hailed ... as a sign that", "USDA" and "The
U.S. Agriculture Department", a party tag before "who", "its board" and the next "It said", a
statement quoted from a named paper. Invented texts of the same shapes (other companies, names,
places and words); each shape test fails on the base ``c632d70``."""

from __future__ import annotations

from pairs import speaker_tables, survival

from corpus_tools import from_records
from corpus_tools.attribution.accounting import speaker_table
from corpus_tools.attribution.institution_names import initialled

_table = speaker_tables


# 8851+15015 (ph12): "NV Philips Gloeilampenfabrieken <PGLO.AS> shares ... the Dutch electronics group
# announced ... Philips said"
_TICKED = (
    "NV Hendriks Lampenfabrieken <HEND.AS> shares will start trading\non the Tokyo Stock Exchange on "
    "May 3, Hendriks chairman\nPiet de Rover told the annual meeting.\n"
    "    In April, the Dutch lighting group announced it would\nend its listing in Osaka.\n"
    "    Hendriks said the listing is expected to raise its profile.\n"
)


def test_a_group_described_by_its_nationality_is_the_ticked_company_named_before():
    assert _table(_TICKED) == [
        ["d0", "Hendriks chairman Piet de Rover", "person", 1],
        ["d0", "NV Hendriks Lampenfabrieken", "organisation", 2],
    ]


def test_a_group_of_a_nationality_after_a_lead_naming_no_company_stays_apart():
    text = "Bond prices fell on Monday, dealers said.\n    The Swiss banking group said it will grow.\n"
    rows = _table(text)  # no company named before: the group is not joined to anyone
    assert len(rows) == 2 and rows[0][1] == "dealers"


# the round-35 sweep's 2822: "Mobil Oil Corp said ... The Mobil Corp subsidiary said"
def test_a_subsidiary_described_by_its_parent_is_the_company_of_the_lead():
    text = (
        "Delta Gas Corp said it is merging its Canadian drilling\noperations into one unit based in "
        "Calgary.\n    The Delta Holdings subsidiary said the operations are now\nrun from two offices.\n"
        "    Delta Gas said about 90 staff will move.\n"
    )
    assert _table(text) == [["d0", "Delta Gas", "organisation", 3]]


def test_a_subsidiary_of_another_parent_stays_apart():
    text = (
        "Delta Gas Corp said it is merging its Canadian drilling\noperations into one unit.\n"
        "    The Orion Holdings subsidiary said it would buy the offices.\n"
    )
    assert [r[1] for r in _table(text)] == ["Delta Gas", "The Orion Holdings subsidiary"]


# 9055+10101 (vf12): "The committee approved the legislation yesterday. They said its impact ..."
_COMMITTEE = (
    "Central bank governor Anna Lind said she opposes a bill to\nlimit foreign banks' licences.\n"
    "    The finance committee approved the bill on Tuesday. They said\nits cost would fall only on "
    "two lenders.\n"
    "    Lind said talks would do more than the bill.\n"
)


def test_they_after_a_committee_that_decided_is_the_committee():
    assert _table(_COMMITTEE) == [
        ["d0", "Central bank governor Anna Lind", "person", 2],
        ["d0", "The finance committee", "organisation", 1],
    ]


def test_they_after_officials_who_spoke_stays_the_officials():
    text = (
        "Rates will rise, finance ministry officials said.\n"
        "    The cabinet committee met on Tuesday. They said the rise would be small.\n"
    )
    assert _table(text) == [["d0", "finance ministry officials", "anonymous", 2]]


# 3869+4953 (bs6): "Brazilian newspapers today hailed these agreements as a sign that ..."
def test_newspapers_that_hailed_a_deal_as_a_sign_made_a_statement():
    text = (
        "Dockers in Lisbon ended their strike today, union officials said.\n"
        "    Portuguese newspapers today hailed the accord as a sign that\nother strikes could soon end.\n"
    )
    assert _table(text) == [
        ["d0", "union officials", "anonymous", 1],
        ["d0", "Portuguese newspapers", "media", 1],
    ]


def test_crowds_that_hailed_a_team_made_no_statement():
    text = "The team won the cup, officials said.\n    Crowds hailed the players in the main square.\n"
    assert _table(text) == [["d0", "officials", "anonymous", 1]]


# 6209+11082 (fm13): "USDA said ..." in the first story, "The U.S. Agriculture Department has
# indicated it would oppose ..." in the next: one body
def _survival(first: str, later: str) -> list[tuple[str, str]]:
    s = survival(first, later)
    return list(zip(s["speaker"], s["status"], strict=True))


def test_a_department_under_its_initials_and_its_name_head_last_is_one_body():
    first = (
        "The Senate passed a bill to aid exporters hit by the strike.\n"
        "    USDC said the bill would cost about 40 mln dlrs a year.\n"
        "    USDC also said it would prefer a loan scheme.\n"
    )
    later = (
        "Senators will offer amendments to an export aid bill, staff members said.\n"
        "    The U.S. Commerce Department has indicated it would oppose any wider grant scheme.\n"
    )
    assert dict(_survival(first, later))["USDC"] != "dropped"


def test_initials_of_another_department_are_another_body():
    assert initialled("USDC", "The U.S. Commerce Department")
    assert not initialled("USDA", "The U.S. Commerce Department")
    assert not initialled("USDC", "USDA")


# the round-36 sweep's 10138+10195: "Sen. James McClure, R-Idaho, who agreed that ..." labelled "R-Idaho"
# (the tagger reads "Idaho" of the tag as a person, so the shape keeps that state; the legislators invented)
def test_a_party_tag_before_who_is_the_legislators():
    text = (
        "Sen. Ann Cole, D-Ore., chairman of the Senate farm panel, said the bill\nshould help all "
        "borrowers.\n    Cole's statement received bipartisan support from Sen. Tom Reese,\nR-Idaho, who "
        "agreed that the aid package should cover all lenders to\nagriculture.\n"
    )
    assert [r[1] for r in _table(text)] == ["Sen. Ann Cole", "Sen. Tom Reese"]


# the round-35 sweep's 16211+16409: "Crazy Eddie Inc said its board has adopted ... and said it has
# received ... It said under the plan ...": "It" went to "its board"
def test_it_after_its_board_inside_a_company_statement_is_the_company():
    text = (
        "Mad Max Inc said its board has adopted a shareholder rights plan and said it has\n"
        'received "friendly inquiries" on its purchase.\n'
        "    It said under the plan, holders of record on May 4 will get one right a share.\n"
        "    The company said the rights expire in 1997.\n"
    )
    assert [(r[1], r[3]) for r in _table(text)] == [("Mad Max", 3)]


# 2326+2542 (sm4): "... was quoted in today's Gazeta Mercantil newspaper as saying that ...": a credit
def test_a_statement_quoted_from_a_named_paper_credits_an_outlet():
    text = (
        "Dockers in Lisbon held pay talks today, union officials said.\n"
        "    Ana Rocha, a senior official of the Dock Workers Union, told Reuters the\ntalks went well.\n"
        "    The head of the Port Authority, Luis Mota, was quoted in today's Diario\nEconomico "
        "newspaper as saying that foreign ships could be used.\n"
    )
    corpus = from_records([{"doc_id": "d0", "text": text, "outlet": "Reuters"}])
    t = speaker_table(corpus)
    assert dict(zip(t["speaker"], t["via_agency"], strict=True)) == {
        "union officials": False,
        "Ana Rocha": True,
        "The head of the Port Authority, Luis Mota": True,
    }


# 2326+2542: the version moves the credit to the speaker's next sentence ("he told the X newspaper")
def test_a_credit_moved_to_the_speakers_next_statement_is_not_dropped():
    first = (
        "Dockers in Lisbon held pay talks today, union officials said.\n"
        "    The head of the Port Authority, Luis Mota, was quoted in today's Diario\nEconomico "
        "newspaper as saying that foreign ships could be used.\n"
    )
    later = (
        "Pay talks in Lisbon collapsed today, union officials said.\n"
        "    The head of the Port Authority, Luis Mota, was quoted today as saying that foreign ships\n"
        'could be used.\n    "Exports must not be hit," he told the Diario Economico newspaper.\n'
    )
    s = survival(first, later)
    assert not s["agency_credit_dropped"].any()
