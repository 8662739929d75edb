"""Who speaks, the wire shapes round 33's sweep of 40 Reuters speaker lists found most often
(``benchmarks/speaker_sweep33.md``). Invented texts of the same shapes (other companies, other
words)."""

from __future__ import annotations

import spacy
from pairs import speaker_rows

from corpus_tools.attribution.body_anaphors import government_anaphor, lead_company
from corpus_tools.attribution.entities import government_key
from corpus_tools.attribution.ticker_names import ticker_name

# shape 1 (21550, 7558, 15417): "Company Plc <TICKER.L> said ... / Company said"
_TICKER = (
    "Marlow Foods Plc <MRLF.L> said it will sell its Dutch bakery unit to a\n"
    "group of managers for 40 mln stg.\n"
    "    The unit made a loss last year. Marlow said earlier it would close two plants.\n"
)
# shape 1 (12797): an unlisted company between brackets
_BRACKETS = (
    "<Kestrel Paper Mills Ltd> said it\n"
    "considered the offer from Banfield Ltd too low in view of its prospects.\n"
)
# shape 1 (16176): a company named after another's ticker, "as" between them
_AS = (
    "A takeover battle began today for debt-burdened Orrin Mining Ltd <ORM.TO> as\n"
    "Delmont PipeLines Ltd <DPL.TO> announced a 2.1 billion dlr offer and Orrin said it is\n"
    "continuing talks with other buyers.\n"
    "    Delmont said the offer is to Orrin's board, not to its shareholders.\n"
)


def test_a_ticker_after_the_name_is_the_company():
    assert speaker_rows(_TICKER) == [["Marlow Foods", "organisation", 2]]


def test_a_name_between_brackets_is_the_company():
    assert speaker_rows(_BRACKETS) == [["Kestrel Paper Mills", "organisation", 1]]


def test_a_company_after_another_companys_ticker_is_itself():
    assert speaker_rows(_AS) == [
        ["Delmont PipeLines", "organisation", 2],
        ["Orrin Mining", "organisation", 1],
    ]


def test_ticker_name_reads_only_the_markup():
    doc = spacy.blank("en")("Tell Co < TLC.N > said . Ann Cole said . < Orb Ltd > said .")
    assert ticker_name(doc[3:4]).text == "Tell Co"  # the ticker
    assert ticker_name(doc[0:4]).text == "Tell Co"  # the name with its "<" and ticker
    assert ticker_name(doc[7:9]) == doc[7:9]  # no markup: unchanged
    assert ticker_name(doc[12:15]).text == "Orb Ltd"  # "<Orb Ltd>"
    assert ticker_name(doc[14:15]).text == "Orb Ltd"  # the parse's subject ">"
    lone = spacy.blank("en")("< ABC > said .")
    assert ticker_name(lone[1:2]) == lone[1:2]  # no name before the ticker: unchanged


def test_ticker_name_keeps_a_mention_of_someone_for_the_company():
    doc = spacy.blank("en")("A spokesman for Tell Co < TLC.N > said . A spokesman for < Orb Ltd > said .")
    assert ticker_name(doc[6:7]) == doc[6:7]  # the ticker of "a spokesman for": not the company
    assert ticker_name(doc[0:6]) == doc[0:6]  # "A spokesman for Tell Co <": the spokesman
    assert ticker_name(doc[16:17]) == doc[16:17]  # ">" of "for <Orb Ltd>"
    assert ticker_name(doc[10:17]) == doc[10:17]  # "A spokesman for <Orb Ltd>": a bracket inside


# shape 4 (12750, 1299, 17170): "Peking has repeatedly said", "The Soviet Union recently reported"
_PEKING = (
    "Peking has repeatedly said no major change to grain prices will happen this year,\n"
    "western diplomats say.\n"
    "    The Soviet Union recently reported that its cotton crop was lower than planned.\n"
)
_SOVIET = (
    "The Soviet government said results in the first quarter were poor.\n"
    "    Moscow said output of oil and coal was above plan.\n"
)


def test_peking_and_the_soviet_union_are_governments():
    rows = speaker_rows(_PEKING)
    assert ["Peking", "government", 1] in rows
    assert ["The Soviet Union", "government", 1] in rows
    assert speaker_rows(_SOVIET) == [["The Soviet government", "government", 2]]  # Moscow's too


def test_former_names_stand_for_todays_keys():
    assert government_key("Peking") == government_key("Beijing") == "china"
    assert government_key("the USSR") == government_key("the Kremlin") == "russia"
    assert government_key("the Soviet government") == "russia"
    assert government_key("Soviet officials") == ""  # officials, not the government


# shape 2 (5889, 6560): "X Co said ... / The company said", other companies and bodies between
_LEAD_CO = (
    "Harlow Natural Gas Co said it has received Federal Energy Regulatory Commission\n"
    "approval to build a pipeline to two new power plants.\n"
    "    The company said the line will serve three states.\n"
)
_LEAD_TICKER = (
    "Orrin Foods Inc <ORF> said it has won Securities and Exchange Commission approval\n"
    "to set up a trading unit.\n"
    "    The company said the unit will buy grain from Dalton Mills Ltd.\n"
)


def test_the_company_is_the_company_the_lead_opens_with():
    assert speaker_rows(_LEAD_CO) == [["Harlow Natural Gas Co", "organisation", 2]]
    assert speaker_rows(_LEAD_TICKER) == [["Orrin Foods", "organisation", 2]]


def test_lead_company_reads_only_the_company_after_a_company_lead():
    s = {"speaker_label": "The company", "speaker_type": "organisation", "named": False}
    lead = "Orbin Co said it sold a unit. "
    assert lead_company(s, lead + "The company said it grew.", 30)["speaker_label"] == "Orbin Co"
    assert lead_company(s, lead + "The company's chief said it grew.", 30) is s  # its chief
    assert lead_company(s, "Prices of Orbin Co fell. The company said it grew.", 25) is s  # no lead
    assert lead_company(s, "Ann Cole said it sold a unit. The company said.", 30) is s  # a person's lead
    named = {**s, "speaker_label": "Tessmor", "named": True}
    assert lead_company(named, lead + "The company said it grew.", 30) is named  # read already


def test_ticker_name_reads_a_ticker_with_its_bracket():
    doc = spacy.blank("en")("Orrin Foods Inc < ORF > said . A spokesman for Orrin Co < ORC > said .")
    assert ticker_name(doc[3:5]).text == "Orrin Foods Inc"  # "<ORF"
    assert ticker_name(doc[15:17]) == doc[15:17]  # "<ORC" of "a spokesman for": his


def test_government_anaphor_needs_one_named_government_before():
    s = {"speaker_label": "The government", "speaker_type": "organisation", "named": False}
    one = "The Soviet government said output fell. "
    assert government_anaphor(s, one + "The government said.", 40)["speaker_type"] == "government"
    two = "The Soviet government and the Japanese government met. "
    assert government_anaphor(s, two + "The government said.", 55) is s  # which of two
    assert government_anaphor(s, "Output fell. The government said.", 13) is s  # none named
    other = {**s, "speaker_label": "The ministry"}
    assert government_anaphor(other, one + "The ministry said.", 40) is other


def test_ticker_name_between_brackets_and_after_an_opener():
    doc = spacy.blank("en")("Now Tarn Corp < TC > is saying . Orb - Dale Plc < ODP.L > said .")
    assert ticker_name(doc[5:6]).text == "Tarn Corp"  # ">" of "<TC>": the name before, not "Now"
    assert ticker_name(doc[3:5]).text == "Tarn Corp"  # "<TC"
    assert ticker_name(doc[14:15]).text == "Orb - Dale Plc"  # a hyphened name
    owned = spacy.blank("en")("The directors of Tarn Co < TC > said .")
    assert ticker_name(owned[7:8]) == owned[7:8]  # ">" of the directors' company: unchanged
