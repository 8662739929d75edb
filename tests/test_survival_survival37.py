"""What a later wire story keeps of its source's speakers: the survival kinds round 37 re-read on the
three sweeps' read series (``benchmarks/survival37.md``). Invented texts of the same shapes (other
bodies, groups, places, figures and words); each behaviour test fails on the base ``c632d70``."""

from __future__ import annotations

import pytest
from pairs import survival_fates

from corpus_tools.attribution.group_labels import group_core, same_group
from corpus_tools.attribution.other_entities import other_entity

# "one western diplomat" -> "a Western diplomat", the same words (12750+12879 of swept_33)
_HARBOUR = (
    "Fear of strikes has forced Chile to slow the sale of its ports.\n"
    '    "The unions have made the harbour sale a test of strength," one northern diplomat said.\n'
    '    "Nobody in the cabinet wants a long dock strike before the elections," the diplomat said.\n'
)
_HARBOUR_LATER = (
    "Chile has slowed the sale of its ports for fear of dock strikes.\n"
    '    "The unions have made the harbour sale a test of strength," a Northern diplomat said.\n'
    '    "Nobody in the cabinet wants a long dock strike before the elections," he said.\n'
)


def test_one_diplomat_and_a_diplomat_are_one_speaker_kept():
    rows = survival_fates(_HARBOUR, _HARBOUR_LATER)
    assert rows["one northern diplomat"] == ("kept", "")


# "EC foreign ministers meeting here" -> "EC foreign ministers", and the source's bare "Ministers"
# after them (5752+5786+5895 of swept_33); "The officials" after "U.S. Officials" (4055+4158)
_MINISTERS = (
    "The three Baltic states warned Canada over fishing quotas.\n"
    "    Baltic fisheries ministers meeting here issued a statement deploring Canada's quotas on cod.\n"
    "    Ministers said they were very disturbed by Canadian moves to close the Grand Banks to trawlers.\n"
)
_MINISTERS_LATER = (
    "The three Baltic states yesterday warned Canada over its fishing quotas.\n"
    "    Baltic fisheries ministers issued a statement deploring Canada's quotas on cod.\n"
    "    Baltic fisheries ministers said they were very disturbed by Canadian moves to close the\n"
    "Grand Banks to trawlers.\n"
)


def test_ministers_meeting_here_are_the_ministers_kept():
    rows = survival_fates(_MINISTERS, _MINISTERS_LATER)
    assert rows["Baltic fisheries ministers meeting here"] == ("kept", "")
    assert rows["Ministers"] == ("kept", "")


# "Agency officials" after "the Economic Planning Agency" -> "Economic Planning Agency officials"
# (5805+5807 of swept_33): the same officials, quoted on something else
_AGENCY = (
    "Norway's retail sales rose 1.2 pct in March, the National Statistics Office said.\n"
    "    Office officials blamed the strong crown for depressing tourist spending.\n"
)
_AGENCY_LATER = (
    "The government will find it hard to meet its new growth forecast of two pct,\n"
    "National Statistics Office officials said.\n"
)


def test_the_officials_of_a_body_named_in_full_are_the_same_officials():
    rows = survival_fates(_AGENCY, _AGENCY_LATER)
    assert rows["Office officials"][0] == "kept_other_statement"


# a seat on another exchange (2627+9418 of swept_36): another statement, not the same one
_SEAT = (
    "Bank of Alberta said it agreed to acquire a seat on the Calgary Grain Exchange, becoming the\n"
    "first Canadian bank to do so.\n"
)
_SEAT_LATER = (
    "Bank of Alberta said it agreed to purchase a seat on the Winnipeg Grain Exchange for 30,000 dlrs,\n"
    "subject to approval by the exchange.\n"
)


def test_a_seat_on_another_exchange_is_another_statement():
    rows = survival_fates(_SEAT, _SEAT_LATER)
    assert rows["Bank of Alberta"][0] == "kept_other_statement"


def test_the_same_seat_told_again_stays_kept():
    later = "Bank of Alberta said it agreed to buy a seat on the Calgary Grain Exchange for 30,000 dlrs.\n"
    rows = survival_fates(_SEAT, later)
    assert rows["Bank of Alberta"][0] == "kept"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("one western diplomat", "Western diplomat", True),
        ("EC foreign ministers meeting here", "EC foreign ministers", True),
        ("Agency officials", "Economic Planning Agency officials", True),
        ("one source", "source", False),  # a generic head alone
        ("officials meeting here", "officials", False),
        ("agency officials", "Economic Planning agency officials", False),  # no proper name completed
        ("trade sources", "Dutch trade sources", False),  # a word, not a name, more
        ("South Korea's ruling party", "South Korea's party", False),
    ],
)
def test_same_group(a, b, same):
    assert same_group(a, b) is same


def test_group_core_keeps_a_participle_that_is_no_tail():
    assert group_core("South Korea's ruling party") == "South Korea's ruling party"
    assert group_core("one western diplomat") == "western diplomat"


_TORONTO = "it will buy a seat on the Toronto Stock Exchange"


@pytest.mark.parametrize(
    ("version", "source", "other"),
    [
        ("it bought a seat on the Montreal Stock Exchange", _TORONTO, True),
        (
            "The Tahoe Savings and Loan Association was closed",
            "it closed Equitable Savings and Loan Association",
            True,
        ),
        ("it bought a seat on the Toronto Stock Exchange", _TORONTO, False),
        ("seats on the Toronto and Montreal Stock Exchange", _TORONTO, False),
        ("it bought the seat", _TORONTO, False),
    ],
)
def test_other_entity(version, source, other):
    assert other_entity(version, source) is other


# "The daily" after "the official People's Daily" -> "the People's Daily" (12750+12879 of swept_33)
_DAILY = (
    "Hanoi has slowed its price reform for fear of unrest.\n"
    "    This view was reflected by the official Nhan Dan Daily in an article this week.\n"
    "    The daily said rice prices had been rising too quickly in recent years.\n"
)
_DAILY_LATER = (
    "Hanoi has put the brakes on its price reform for fear of unrest.\n"
    "    Rice prices had been rising too quickly in recent years, the Nhan Dan Daily said.\n"
)


def test_the_daily_is_the_paper_named_before_kept():
    rows = survival_fates(_DAILY, _DAILY_LATER)
    assert rows["The daily"] == ("kept", "")
