"""Who speaks, round 38's leftover wire kinds (``benchmarks/README.md``, "Known debt for round 39"):
one spokesperson under two or three labels ("The spokeswoman" after "a ... spokesman"; "The X
spokesman" after "a spokesman for ... association, X"), the name in apposition to a spokesman's body
read as his own, unnamed experts' forecasts missed, "The St Lawrence Seaway" typed a person, a lone
company spokesman typed his silent company, a proxy statement's addressees and the proxy made
speakers. Invented texts of the same shapes (other bodies, names,
places and words); the 7 shape tests fail on the base ``8086ed1``, the 4 guards pass on both."""

from __future__ import annotations

from pairs import speaker_tables

# 19546+19658 (pa12): "..., an EC Commission spokesman said. ... The spokeswoman said the talks
# foundered on the question of how much the subsidy should be cut."
_SPOKESWOMAN = (
    "Talks between Canada and Japan have failed to settle a\ndispute over lumber, a Canadian Trade "
    "Ministry spokesman said.\n    Industry sources said the dispute could hurt exports\nunless it was "
    "settled soon.\n    Japan pays duties of about 12 cents a board foot. The spokeswoman said the talks "
    "foundered on the\nquestion of how much the duty should be cut.\n"
)


def test_the_spokeswoman_after_the_one_spokesman_is_that_spokesman():
    assert speaker_tables(_SPOKESWOMAN) == [
        ["d0", "a Canadian Trade Ministry spokesman", "anonymous", 2],
        ["d0", "Industry sources", "anonymous", 1],
    ]


def test_the_spokeswoman_after_two_spokesmen_stays_apart():
    text = _SPOKESWOMAN.replace("Industry sources said", "A Japanese Trade Ministry spokesman said")
    assert len(speaker_tables(text)) == 3


# 9907+16146 (hc4): "..., a spokesman for Dutch grain and feed trade association, Het Comite, told
# Reuters. Het Comite has been co-ordinating ... The spokesman said ... The Het Comite spokesman said"
_THREE_LABELS = (
    "A large Belgian dairy will begin legal action next\nmonth as a test case on the milk quota, a "
    "spokesman for Belgian dairy trade\nassociation, Het Zuivelbond, told Reuters.\n"
    "    Het Zuivelbond has been co-ordinating actions against the quota\nsince January.\n"
    "    The spokesman said Het Zuivelbond will back the test case in the\ncourt in Brussels.\n"
    "    The court is not expected to rule soon. The Het Zuivelbond spokesman\nsaid it was likely it "
    "would refer questions to Luxembourg.\n"
)


def test_one_spokesman_under_three_labels_is_one_anonymous_speaker():
    rows = speaker_tables(_THREE_LABELS)
    assert [r[2:] for r in rows] == [["anonymous", 3]]


def test_a_name_the_text_gives_by_its_surname_alone_is_the_spokesman():
    text = _THREE_LABELS.replace("Het Zuivelbond", "John Hale").replace("    John Hale has", "    Hale has")
    text = text.replace("John Hale will back", "the association will back")
    assert speaker_tables(text) == [
        ["d0", "a spokesman for Belgian dairy trade association, John Hale", "person", 3]
    ]


# 5425+5554 (dk7): "Government economists forecast a current account deficit of ..."; 8009+11385
# (sw12): "Officials expect the waterway to lose nine to ten mln Canadian dlrs this year"
_FORECAST = (
    "Finance Minister Karl Berg said the budget would balance.\n"
    "    Government economists forecast a deficit of 12 billion crowns this year.\n"
)


def test_government_economists_forecast_is_their_statement():
    assert speaker_tables(_FORECAST) == [
        ["d0", "Finance Minister Karl Berg", "person", 1],
        ["d0", "Government economists", "anonymous", 1],
    ]


def test_officials_expect_with_an_object_is_their_statement():
    text = (
        "The canal authority said the first ship passed through today.\n"
        "    Officials expect the canal to lose nine mln dlrs this year.\n"
    )
    assert [r[1:3] for r in speaker_tables(text)][-1] == ["Officials", "anonymous"]


def test_a_company_that_expects_to_do_something_makes_no_forecast_statement():
    text = "Karl Berg said the budget would balance.\n    The company expects to close the deal in May.\n"
    assert [r[1] for r in speaker_tables(text)] == ["Karl Berg"]


# 11385 (sw12): "The St Lawrence Seaway said the first ship of the season passed through ..."
def test_a_name_with_a_capital_the_at_a_sentence_start_is_no_person():
    text = "The St Marys Seaway said the first barge of the season passed the lock today.\n"
    assert [r[2] for r in speaker_tables(text)] == ["organisation"]


# 6410 (gc4): "... for all common shares of GenCorp Inc ... GenCorp has agreed to sell ... A GenCorp
# spokesman said the offer came as a surprise"
_LONE = (
    "Halcott Partners said it has started a tender offer for all shares of Lemco Inc.\n"
    "    Lemco has agreed to sell its radio station KXR to Tarn Inc for 38 mln dlrs.\n"
    "    A Lemco spokesman said the offer came as a surprise.\n"
)


def test_the_lone_spokesman_of_a_company_that_never_speaks_is_anonymous():
    assert speaker_tables(_LONE)[-1] == ["d0", "A Lemco spokesman", "anonymous", 1]


def test_the_spokesman_of_a_company_that_speaks_is_the_company():
    text = _LONE.replace("Lemco has agreed to sell", "Lemco Inc said it will sell")
    assert speaker_tables(text)[-1][1:] == ["Lemco", "organisation", 2]


# 3023+3261+3320 (cw15): "The estimate came in MTS Acquisition's proxy statement to Caesars World
# shareholders describing its offer ... the proxy said."
_PROXY = (
    "Halden Acquisition Corp said it will need about 90 mln dlrs to buy the Lemco Inc shares.\n"
    "    The estimate came in Halden Acquisition's proxy statement to Lemco Inc shareholders\n"
    "describing its offer of 18 dlrs a share for their stock which was announced today.\n"
    "    Karl Berg holds about 11 pct of the stock, the proxy said.\n"
)


def test_a_proxy_statement_is_its_issuers_and_its_addressees_say_nothing():
    assert speaker_tables(_PROXY) == [["d0", "Halden Acquisition", "organisation", 2]]
