"""Who speaks, round 37's leftover wire kinds (``benchmarks/README.md``, "Known debt for round 38"):
a lone ministry spokesman (written again as "the ministry spokesman", or after his ministry's
"proposals"), a demand the narration tells in the past perfect, a request told in a relative clause
on a noun, another story's bare "officials", a province that speaks, "Television reports", a
military spokesman beside his country. Invented texts of the same shapes (other bodies, names,
places and words); the 9 shape tests fail on the base ``c09f424``, the 6 guards pass on both."""

from __future__ import annotations

from pairs import speaker_tables, survival

_table = speaker_tables


# 12640+12847 (be12): "a Finance Ministry spokesman said ... put by the ministry spokesman at"
_SPOKESMAN = (
    "Trade Ministry plans to cut import duties on farm machinery\nhave been delayed and will not be "
    "put to parliament for\nsome months, a Trade Ministry spokesman said.\n"
    "    Officials said the delay would cost farmers dearly, a figure\nput by the ministry spokesman "
    "at 40 mln crowns.\n"
)


def test_a_lone_spokesman_written_again_as_the_ministry_spokesman_is_anonymous():
    rows = _table(_SPOKESMAN)
    assert ["d0", "a Trade Ministry spokesman", "anonymous", 1] in rows


def test_a_lone_spokesman_after_his_ministry_proposals_is_anonymous():
    text = _SPOKESMAN.replace("Trade Ministry plans to cut", "Trade Ministry proposals for cutting")
    assert [r[1:3] for r in _table(text)][0] == ["a Trade Ministry spokesman", "anonymous"]


def test_the_ministry_speaking_in_its_own_name_makes_its_spokesman_the_ministry():
    text = _SPOKESMAN + "    The ministry said the plans would return in the autumn.\n"
    assert [r[1] for r in _table(text) if r[2] != "anonymous"] == ["Trade Ministry"]


# 5123+5125 (pb4, pb13): "Petrobras cancelled a ... purchase ... The Saudis had demanded that Brazil get
# credit guarantees from leading international banks."
_DEMAND = (
    "Kuwait has dropped its\ncondition that Chile secure international bank guarantees\nbefore Kuwait "
    "would ship it oil, the state-oil company,\nEnap, said in a statement.\n"
    "    Enap said the Kuwaitis will accept Banco del Estado\ncredit guarantees.\n"
    "    Enap cancelled a 30-mln dlr crude oil purchase from\nthe Kuwaitis on Tuesday after they refused "
    "to accept a letter of\ncredit from the state Bank of Chile. The Kuwaitis had\ndemanded that Chile "
    "get credit guarantees from large\nforeign banks.\n"
)


def test_a_demand_told_in_the_past_perfect_is_no_statement():
    assert [r[1] for r in _table(_DEMAND)] == ["Enap"]


def test_a_demand_made_now_is_still_a_statement():
    text = _DEMAND.replace("had\ndemanded", "today\ndemanded")
    assert [r[1] for r in _table(text)] == ["Enap", "Kuwaitis"]


# 17449+17511 (sk12): "The 157 are among about 290 items on which Washington has asked Seoul to lower
# tariffs."
_REQUEST = (
    "Oslo will cut import duties on 80 farm goods from July, the\nfinance ministry said.\n"
    "    The 80 are among some 200 goods on which Ottawa has asked\nOslo to cut duties.\n"
)


def test_a_request_in_a_relative_clause_on_a_noun_is_no_statement():
    assert [r[1] for r in _table(_REQUEST)] == ["the finance ministry"]


def test_a_request_in_its_own_clause_stays_a_statement():
    text = _REQUEST.replace(
        "The 80 are among some 200 goods on which Ottawa has asked\n", "Ottawa has asked "
    )
    assert [r[1] for r in _table(text)] == ["the finance ministry", "Ottawa"]


# 627+1539 (ch13): Chrysler's "officials said" in the first story, GM's "officials said" in the later one
_FIRST = (
    "Harlow Motors Corp will sell its cars in Spain from next year,\nchairman Tom Brant told a news "
    "briefing.\n"
    "    The company's European office would open in Madrid in May,\nofficials said.\n"
)
_LATER = (
    "Car makers in Europe expect a slow year, industry executives\nsaid on Tuesday.\n"
    "    Delmont Motors' two European units sold 900,000 cars last\nyear, officials said.\n"
    "    Brant said Harlow Motors will sell its cars in Spain from\nnext year.\n"
)


def test_bare_officials_of_another_story_are_no_speaker_quoted_on_something_else():
    rows = survival(_FIRST, _LATER).set_index("speaker")["status"]
    assert rows["officials"] == "dropped"


def test_officials_described_alike_are_still_quoted_on_something_else():
    first = _FIRST.replace(",\nofficials said", ",\nHarlow officials said")
    later = _LATER.replace("year, officials said", "year, Harlow officials said")
    rows = survival(first, later).set_index("speaker")["status"]
    assert rows["Harlow officials"] == "kept_other_statement"


# 11849+11869 (k2) and 9554 (t1): "Ontario was pushing to regulate ..., arguing that"; "The Ontario
# Government has urged Ottawa to"
_PROVINCE = (
    "Alberta's energy minister Jean Morin said the province will\nnot change its royalty rules this "
    "year.\n"
    "    While the federal government wanted a national oil board,\nAlberta was pushing to keep control "
    "of its wells, arguing that\nthe wells were the province's own.\n"
)


def test_a_province_that_argues_its_case_is_a_government():
    assert _table(_PROVINCE)[1] == ["d0", "Alberta", "government", 1]


def test_a_provincial_government_named_so_is_a_government():
    text = "Three officials said the quota would be cut.\n"
    text += "    The Quebec Government has urged Ottawa to buy wood.\n"
    assert _table(text)[1] == ["d0", "The Quebec Government", "government", 1]


def test_a_company_named_after_a_province_stays_a_company():
    text = "British Columbia Forest Products Ltd said it will sell its\nmill in Prince George.\n"
    assert _table(text) == [["d0", "British Columbia Forest Products", "organisation", 1]]


# 2828 (b1): "Television reports said that in the Parana state capital of Curitiba petrol stations"
def test_television_reports_are_the_press_at_large_no_institution():
    text = (
        "Dock workers stopped work today in three ports, union leaders said.\n"
        "    Television reports said that in the port of Santos trucks\nwere queueing for miles.\n"
    )
    assert _table(text)[1] == ["d0", "Television reports", "anonymous", 1]


# 6404 (sh4): "Iraq said its warplanes hit two ships ... a military spokesman told the Iraqi news agency INA"
_MILITARY = (
    "Syria said its jets hit two boats off the coast today.\n"
    '    "Our pilots struck both targets and came home safely," a\nmilitary spokesman told the Syrian news '
    "agency SANA.\n"
    "    There was no word of the attack from shipping sources.\n"
)


def test_a_military_spokesman_is_the_one_government_of_his_story():
    assert [r[:3] for r in _table(_MILITARY)] == [["d0", "Syria", "government"]]


def test_a_military_spokesman_beside_two_governments_stays_apart():
    text = _MILITARY + "    Turkey said the boats were its own.\n"
    assert "a military spokesman" in [r[1] for r in _table(text)]
