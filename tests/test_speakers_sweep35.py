"""Who speaks and what a later story keeps: the wire kinds round 35's sweep of 40 Reuters update
series found (``benchmarks/speaker_sweep35.md``). Invented texts of the same shapes (other
countries, bodies, companies and words); each fails on the base ``de60148``."""

from __future__ import annotations

import pytest
from pairs import from_records, speaker_rows

from corpus_tools import speaker_survival
from corpus_tools.attribution.body_documents import document_body
from corpus_tools.attribution.body_heads import bare_body
from corpus_tools.attribution.country_governments import country_governments
from corpus_tools.attribution.entities import GOVERNMENTS, government_key
from corpus_tools.attribution.label_cases import label_form, same_label
from corpus_tools.attribution.misprints import misprinted_body

# wrong kinds (835, 6344): a country outside the speakers' own table
_COUNTRY = (
    "Norway, replying to a protest by Sweden against fishing in the\n"
    "Skagerrak, said today it had the right to decide where its boats fish.\n"
    "    Norway said it was ready to put the dispute before an international court.\n"
)


def test_a_country_the_place_lexicon_knows_is_a_government():
    assert speaker_rows(_COUNTRY) == [["Norway", "government", 3]]


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Greece", "greece"),
        ("Indonesia", "indonesia"),
        ("West Germany", "germany"),
        ("Holland", "netherlands"),
    ],
)
def test_government_key_reads_every_country_of_the_lexicon(name, key):
    assert government_key(name) == key


def test_country_governments_keeps_the_speakers_table_and_no_capital():
    table = country_governments(GOVERNMENTS)
    assert not set(table) & {"washington", "lima", "santiago", "wellington"}  # capitals: surnames too
    assert GOVERNMENTS["soviet union"] == "russia"  # former_governments' reading kept
    assert GOVERNMENTS["usa"] == "united states"


# split (10783+10953+13233): a spokeswoman "for the board" beside the board that speaks
_BOARD = (
    "The Federal Savings Guaranty Board\n"
    "said it had closed Hillcrest Savings Association of Dayton, Ohio.\n"
    "    The guaranty board said Hillcrest was insolvent.\n"
    "    A spokeswoman for the board said the cost of the transfer was not yet known.\n"
)
# split (11387+12415): "the ministry" after "a spokeswoman for the Ministry of ..."
_MINISTRY = (
    "The 3,100 tonnes of barley offered to the state store in Belgium\n"
    "has been refused because of damp sacks, a spokeswoman for the Ministry of\n"
    "Trade said.\n"
    "    She said the barley could be offered again.\n"
    "    Last month Danish traders said the barley was French, but the ministry could not confirm\n"
    "this.\n"
)


def test_a_spokeswoman_for_the_board_is_the_board():
    assert speaker_rows(_BOARD) == [["The Federal Savings Guaranty Board", "organisation", 3]]


def test_the_ministry_after_its_spokeswoman_is_the_ministry():
    assert speaker_rows(_MINISTRY) == [
        ["the Ministry of Trade", "organisation", 3],
        ["Danish traders", "anonymous", 1],
    ]


def test_bare_body_joins_a_spokesman_only_to_the_body_his_noun_heads():
    board = {"type": "organisation", "label": "The Federal Savings Guaranty Board", "named": True}
    union = {"type": "organisation", "label": "the Seamen's Union", "named": True}
    f = {"type": "official", "label": "a board spokesman", "head": "spokesman"}
    assert bare_body(f, board) is True
    assert bare_body(f, union) is None  # not the union's
    assert bare_body({"type": "official", "label": "a spokesman", "head": "spokesman"}, board) is None


# split (15419+16065): "the Bank statement" of "the World Bank said in a statement"
_BANK = (
    "The Pacific Credit Fund is lending 12.4 mln dlrs to Fiji for\n"
    "rural roads, the Asian Bank said in a statement.\n"
    "    The loan is interest-free and for 40 years, the Bank statement said.\n"
    "    The project will set up a road council, the Bank said.\n"
)


def test_a_statement_under_the_short_name_is_the_full_names_body():
    assert speaker_rows(_BANK) == [["the Asian Bank", "organisation", 3]]


def test_document_body_reads_a_short_name_only_for_an_institutions_head():
    one = "the Asian Bank said. The Bank statement said."
    assert document_body("the Bank statement", one) == "Asian Bank"
    text = "James Miller said so. Tom Miller said no. The Miller report said more."
    assert document_body("the Miller report", text) == ""  # a person's name
    two = "the Asian Bank said. the Nordic Bank said. The Bank statement said."
    assert document_body("the Bank statement", two) == ""  # two banks: whose?


# survival (20090+20101, 4055+4158): one speaker, another case
_RADIO = (
    "Fire on two Iraqi oil rigs caused damage of 300 mln dlrs, Baghdad\n"
    "Radio quoted a ministry statement as saying.\n"
)
_RADIO_LATER = (
    "Fire on two Iraqi oil rigs caused damage of 300 mln dlrs, Baghdad radio\n"
    "quoted a ministry statement as saying.\n"
)
# survival (5643+5724): a company's name misprinted in the next story
_FIRM = "Hallendorf Ltd said it ended an agreement to sell its\nchip unit to Nakata Ltd.\n"
_FIRM_LATER = (
    "A Commerce Department spokesman said he had no comment on the deal.\n"
    "    Halendorf Ltd had said it ended an agreement to sell its chip unit to Nakata Ltd.\n"
)


@pytest.mark.parametrize(("first", "later"), [(_RADIO, _RADIO_LATER), (_FIRM, _FIRM_LATER)])
def test_a_speaker_under_another_case_or_a_misprint_is_kept(first, later):
    corpus = from_records(
        [
            {"doc_id": "a", "text": first, "published": "1987-03-16"},
            {"doc_id": "b", "text": later, "published": "1987-03-17"},
        ]
    )
    s = speaker_survival(corpus, source="a")
    assert s["status"].tolist()[:1] == ["kept"]


def test_same_label_needs_a_capital_after_the_first_word():
    assert same_label(label_form("The U.S. Officials"), label_form("U.S. officials"))
    assert not same_label("Analysts", "analysts")  # a capital only where the label opens
    assert not same_label("Baghdad Radio", "Baghdad Times")


def test_misprinted_body_is_one_letter_of_one_long_word():
    assert misprinted_body("hallendorf", "halendorf")
    assert not misprinted_body("hallen", "halen")  # too short to tell
    assert misprinted_body("hallendorf ltd", "halendorf")  # a legal suffix aside
    assert not misprinted_body("hallendorf steel", "halendorf")
