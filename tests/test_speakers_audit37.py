"""Who speaks, the shapes HELD_OUT_37's ten Reuters series showed (``benchmarks/claims.md``,
"Thirty-seventh round"): the lead's definite description of the man the next sentence names, who
says the lead's news again; a description of the one senator named before; a news agency under its
description and its name; "according to the type of ... transacted"; a capital's communique;
"Public statements". Invented texts of the same shapes (other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows

# 15718's shape: "..., the senior U.S. planner for the summit said. / "...," Allen Wallis,
# undersecretary of state for economic affairs, told Reuters in an interview." and he says the
# lead's news again; the description and the title share no word
_PLANNER = (
    "Ruritania will press for a firm pledge from Pacific finance ministers at the May\n"
    'conference in Lisbon, urging "broad" talks on fisheries begin at once to curb fleet\n'
    "subsidies, the chief Ruritanian negotiator for the conference said.\n"
    '    "Fisheries have become the biggest regional problem," Marta Kovac, deputy\n'
    "minister of trade, told Reuters in an interview.\n"
    "    Kovac said Ruritania will press for a pledge instructing ministers to begin talks on\n"
    'fleet subsidies, and said the conference should endorse "broad" talks.\n'
)


def test_a_definite_lead_description_saying_the_named_mans_news_is_that_man():
    assert speaker_rows(_PLANNER) == [["Marta Kovac", "person", 4]]


def test_an_indefinite_description_sharing_no_word_stays_apart():  # a guard (round 34's)
    text = _PLANNER.replace("the chief Ruritanian negotiator for the conference", "a senior official")
    assert len(speaker_rows(text)) == 2


def test_a_definite_description_whose_news_the_named_man_does_not_repeat_stays_apart():  # a guard
    text = (
        "Ruritania will close two ports to foreign trawlers next month, the chief Ruritanian\n"
        "negotiator for the conference said.\n"
        '    "Prices have risen," Marta Kovac, deputy minister of trade, told Reuters.\n'
        "    Kovac said grain imports would rise by a tenth this year.\n"
    )
    assert len(speaker_rows(text)) == 2


# 3847's shape: "U.S. Senate Republican leader Robert Dole said ... The senator predicted Congress
# would have to decide": the story's one senator
_SENATOR = (
    "Senate Democratic leader Tom Hale said Congress should weigh a bill on grain loans.\n"
    "    Hale told the wheat growers that the plan deserved a hearing.\n"
    "    The senator predicted Congress would have to decide this year on export aid.\n"
)


def test_the_senator_is_the_one_senator_named_before():
    assert speaker_rows(_SENATOR) == [["Senate Democratic leader Tom Hale", "person", 3]]


def test_the_senator_after_two_senators_stays_apart():  # a guard
    text = _SENATOR.replace("    Hale told", "    Sen. Ann Roe disagreed, and Hale told")
    assert ["The senator", "anonymous", 1] in speaker_rows(text)


# 15650's shape: "The Iranian news agency IRNA, received in London, said ... IRNA said": one agency
_AGENCY = (
    "Chile said it opened new talks today on the northern border.\n"
    "    The Chilean news agency CNA, received in Lima, said the talks began at dawn.\n"
    '    "Great progress has been made on the border," CNA said.\n'
)


def test_a_news_agency_under_its_description_and_its_name_is_one_news_outlet():
    rows = [r for r in speaker_rows(_AGENCY) if r[1] != "government"]
    assert rows == [["The Chilean news agency CNA", "media", 2]]


# 12640's and 12847's shape: "These are set at three rates ... according to the type of paper
# transacted"; "according to the security transacted": what a rate is set by, no source
def test_according_to_the_type_of_a_thing_is_no_source():
    text = (
        "Finance Minister Ivo Kral said he would cut the stamp duty on share deals.\n"
        "    The duty is levied at two rates - 0.1 pct and 0.3 pct - according to the type of stock "
        "traded.\n"
    )
    assert speaker_rows(text) == [["Finance Minister Ivo Kral", "person", 1]]


def test_according_to_a_thing_a_participle_names_is_no_source():
    text = (
        "Finance Minister Ivo Kral said he would cut the stamp duty on share deals.\n"
        "    The duty is levied at two rates -- 0.1 pct and 0.3 pct -- according to the stock traded.\n"
    )
    assert speaker_rows(text) == [["Finance Minister Ivo Kral", "person", 1]]


def test_according_to_a_body_is_still_a_source():  # a guard
    text = "Share turnover fell 3 pct in March, according to the stock exchange.\n"
    assert len(speaker_rows(text)) == 1


# 15658's shape: "Iraq said today it repelled an Iranian assault ... A Baghdad war communique last
# night said Iraq had foiled a thrust": the communique is Iraq's
def test_a_capitals_communique_is_its_country_when_the_country_speaks():
    text = (
        "Syria said today it repelled a rebel attack near its northern border.\n"
        "    A Damascus army communique last night said Syria had foiled two raids near the river.\n"
    )
    assert speaker_rows(text) == [["Syria", "government", 2]]


# 15738's shape: "Public statements in recent weeks by several members of the Reagan cabinet have
# stressed the agriculture issue": unnamed speakers, no institution (the time phrase is no part of
# the label since tune37's setting_phrases: "Public statements")
def test_public_statements_are_no_institution():
    text = (
        "Trade Minister Ana Petrova said fishing quotas would top the agenda.\n"
        "    Public statements in recent weeks by several members of the cabinet have stressed "
        "the fishing issue.\n"
    )
    assert ["Public statements", "anonymous", 1] in speaker_rows(text)
