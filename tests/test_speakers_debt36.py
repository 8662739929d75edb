"""Who speaks, round 35's leftover wire kinds (``benchmarks/README.md``, "Known debt for round 36"):
one body under its board's lead and "The company", a ministry under its two names. Invented texts
of the same shapes (other companies, ministries, names and words); each shape test fails on the
base ``1e5ae93``."""

from __future__ import annotations

from pairs import speaker_rows, speaker_tables

from corpus_tools.attribution.body_orders import ordered_body

# 14262+14519 (mn4, mn13): "The board of directors of NAME Corp said ... The company also said"
_BOARD = (
    "The board of directors of Harlow\nGas Corp said it has named Peter Vance chairman and chief "
    "executive of the\nutility holding company, replacing Tom Wade, who returns to his former post.\n"
    "    Vance is also president of <Dale Power Co>, a mutual utility that on\nMay 2 bought 2.1 mln "
    "shares of Harlow Gas's common stock, a spokesman for Harlow Gas said.\n"
    "    The spokesman said the stake is now 41 pct of the shares.\n"
    "    Harlow Gas said it also named three others from Dale Power to its board.\n"
    "    The company also said it named Mary Olsen president of its Harlow Water Co unit.\n"
)
_BOARD_LATER = (
    "Harlow Gas Corp said it named Peter Vance chairman, replacing Tom Wade.\n"
    "    The company said Vance is president of Dale Power Co, which holds 41 pct of its shares.\n"
)


_table = speaker_tables


def test_the_company_after_a_lead_opening_with_its_board_is_that_company():
    assert _table(_BOARD, _BOARD_LATER) == [
        ["d0", "The board of directors of Harlow Gas Corp", "organisation", 5],
        ["d1", "Harlow Gas", "organisation", 2],
    ]


def test_the_company_after_a_lead_naming_no_company_stays_apart():
    text = "Prices fell sharply, dealers said.\n    The company said it will grow.\n"
    assert [r[0] for r in speaker_rows(text)] == ["dealers", "The company"]


# 5152+5315 (x1, tune35's T5): "a spokesman for the Ministry of Trade said" ... "The Trade Ministry
# official said"
_MINISTRY = (
    "Exporters have not been told of the new levy on cocoa, a spokesman for the Ministry of\nFinance said.\n"
    "    The spokesman said the levy would start in May.\n"
    "    Traders in Paris said the levy was expected.\n"
    "    The Finance Ministry official said the rate was not yet set.\n"
)


# The spokesman is anonymous by audit36's ruling (a lone spokesman of a body that says nothing in its
# own name, the lead's ruling at the round-36 merge): the ministry's two names are still one speaker
def test_a_ministry_under_its_two_names_is_one_speaker():
    assert speaker_rows(_MINISTRY) == [
        ["a spokesman for the Ministry of Finance", "anonymous", 3],
        ["Traders in Paris", "anonymous", 1],
    ]


def test_an_indefinite_official_of_the_ministry_stays_apart():
    text = _MINISTRY.replace("The Finance Ministry official", "A Finance Ministry official")
    assert [r[0] for r in speaker_rows(text)] == [
        "a spokesman for the Ministry of Finance",
        "Traders in Paris",
        "A Finance Ministry official",
    ]


def test_ordered_body_needs_the_same_words_in_either_order():
    ministry = {"type": "organisation", "named": True, "label": "the Ministry of Trade"}
    assert ordered_body({"type": "official", "label": "The Trade Ministry spokesman"}, ministry)
    assert ordered_body({"type": "official", "label": "a Trade Ministry spokeswoman"}, ministry)
    assert ordered_body({"type": "organisation", "label": "the Trade Ministry"}, ministry)
    assert ordered_body({"type": "official", "label": "The Labour Ministry official"}, ministry) is None
    foreign = {**ministry, "label": "the Ministry of Foreign Trade"}
    assert ordered_body({"type": "official", "label": "The Trade Ministry official"}, foreign) is None


# 6209+11082 (fm12, fm13): "staff members said" ... "Senate staff said"; "The U.S. Agriculture
# Department has indicated it would oppose ..."
_STAFF = (
    "The Senate panel will vote on the dairy bill next week, staff members said.\n"
    "    The House version adds a milk payment. The Commerce Department has indicated it would\n"
    "oppose widening the payment.\n"
    "    Senate staff said the vote could slip to May.\n"
)


def test_a_group_named_more_closely_later_is_one_group_and_an_indication_a_statement():
    assert speaker_rows(_STAFF) == [
        ["staff members", "anonymous", 2],
        ["The Commerce Department", "organisation", 1],
    ]


def test_a_group_set_apart_stays_apart():
    text = "Prices will rise, traders said.\n    Other traders said they would fall.\n"
    assert [r[0] for r in speaker_rows(text)] == ["traders", "Other traders"]
    text = "The pact will hold, delegates said.\n    Consumer delegates said they wanted lower prices.\n"
    assert [r[0] for r in speaker_rows(text)] == ["delegates", "Consumer delegates"]  # a part of them
    text = "The talks will be held in May, sources said.\n    Ministry sources said they would be in June.\n"
    assert [r[0] for r in speaker_rows(text)] == ["sources", "Ministry sources"]


def test_a_thing_that_indicates_is_no_speaker():
    assert speaker_rows("The figures indicated that sales rose in March.\n") == []
    assert speaker_rows("Early polls have indicated that the vote will be close.\n") == []
    assert speaker_rows("Neither have the regulators indicated that there will be a problem.\n") == []


# 11865+15186 (mr12): "..., the Pentagon said. ... Pentagon spokesman\nRobert Sims said", the title
# wrapped at the line's end
_SPOKESMAN = (
    "A second clerk has been arrested on suspicion of theft at the embassy, the Treasury said.\n"
    "    Clerk Ann Hobbs, 31, was arrested yesterday in Ohio while she served at the mint in Denver "
    "for a year beginning in May, 1984, Treasury spokesman\nPaul Reed said.\n"
    "    Reed told reporters she was held for questioning.\n"
)


def test_a_body_and_its_spokesman_named_after_it_are_one_speaker():
    assert speaker_rows(_SPOKESMAN) == [["Treasury spokesman Paul Reed", "person", 3]]


def test_another_bodys_spokesman_stays_apart():
    text = _SPOKESMAN.replace("Treasury spokesman\nPaul Reed", "Navy spokesman\nPaul Reed")
    assert [r[0] for r in speaker_rows(text)] == ["the Treasury", "Navy spokesman Paul Reed"]


# 2326+2542 (sm12): "..., a union official said. / ..., NAME, a senior official of the National ...
# Union, told Reuters"
_LEAD = (
    "Wage talks aimed at ending a\nweek-old national fishermen's strike collapsed today and the\n"
    "strike will continue, a union official said.\n"
    "    The walkout by Chile's 20,000 fishermen has idled 90 boats\nin various ports, Paulo Jose Melo "
    "Braga, a senior official of\nthe National Fishing Fleet Union, told Reuters.\n"
    "    Melo Braga said the owners had offered 20 pct.\n"
)


def test_a_lower_case_lead_description_is_the_man_named_next_with_its_word_in_his_title():
    assert speaker_rows(_LEAD) == [["Paulo Jose Melo Braga", "person", 3]]


def test_a_lead_description_sharing_no_word_with_the_title_stays_apart():
    text = _LEAD.replace("a union official said", "a port official said")
    assert [r[0] for r in speaker_rows(text)] == ["a port official", "Paulo Jose Melo Braga"]


# 3748+4405 (r2, tune35's leftover): "Producers have resisted ... and have expressed concern that ..."
def test_concern_expressed_by_the_subject_of_the_verb_before_is_its_statement():
    text = (
        "Consumers want a smaller role for the council. Growers have opposed cutting the role of the "
        "board in the quota procedure and have expressed concern that changes proposed by buyers "
        "would weaken the present pact.\n"
    )
    assert speaker_rows(text) == [["Growers", "anonymous", 1]]


# the round-35 sweep's 835 (speaker_sweep35.md): "Greece, responding to ..., said ... The Greek
# statement said"
_NATION = (
    "Denmark, replying to a protest by Sweden against fishing in the\n"
    "Skagerrak, said today it had the right to decide where its boats fish.\n"
    '    "Our boats will go on fishing," the Danish statement said.\n'
    "    The Danish statement said the matter could go to court.\n"
)


def test_a_statement_named_by_a_nationality_word_is_the_country_that_speaks():
    assert speaker_rows(_NATION) == [["Denmark", "government", 3]]


def test_a_nationality_statement_with_no_country_speaking_stays_a_document():
    text = _NATION.replace("Denmark, replying", "Officials, replying")
    assert [r[0] for r in speaker_rows(text)] == ["Officials", "the Danish statement"]
