"""Who speaks and what a later story keeps: the wire kinds round 36's sweep of 30 Reuters update
series found (``benchmarks/speaker_sweep36.md``). Invented texts of the same shapes (other bodies,
groups, places and words); each behaviour test fails on the base ``1e5ae93``."""

from __future__ import annotations

import pytest
from pairs import speaker_rows, survival

from corpus_tools.attribution.qualified_bodies import qualified_group


def _survival(first: str, later: str) -> list[tuple[str, str]]:
    s = survival(first, later)
    return list(zip(s["speaker"], s["status"], strict=True))


# a group's "The sources said" given to "one source" quoted in between (3928+4096, 4470+11459)
_COUNCIL = (
    "The Arbor Council has told its members it will not discuss timber\n"
    "quotas while mills threaten a boycott, Council sources said.\n"
    '    "We will not bargain under threats," one source said.\n'
    "    The sources said the council's view was made clear at a meeting today.\n"
    "    The sources said Finnish mills planned to sell 90,000 tonnes into store.\n"
)


def test_the_sources_are_the_group_not_the_one_source_quoted_between():
    assert speaker_rows(_COUNCIL) == [["Council sources", "anonymous", 3], ["one source", "anonymous", 1]]


def test_the_source_after_one_source_is_still_that_source():
    text = (
        "Mills will cut output next month, timber sources said.\n"
        '    "We have no choice," one source said.\n'
        "    The source added that three mills would close.\n"
    )
    assert speaker_rows(text) == [["timber sources", "anonymous", 1], ["one source", "anonymous", 2]]


# one group told with one proper word more: "EC Commission sources" (3928+4096), "the Taiwan
# parliament" (17316+17382)
_COUNCIL_LATER = (
    "Finnish timber traders deny any part in a plan to sell timber into store, traders said.\n"
    "    ITC Council sources said yesterday Finnish mills planned to sell 90,000 tonnes into store.\n"
)
_MEMBERS = (
    "About 30 members of the Maltese parliament criticised the government\n"
    "for holding its reserves in sterling and asked the cabinet to move them into other currencies.\n"
    "    Senior legislators said they expected the reserves to grow this year.\n"
)
_MEMBERS_LATER = (
    "Central bank governor Paul Zammit defended the policy of holding reserves in sterling.\n"
    "    He was replying to about 30 members of the parliament who asked the government to move\n"
    "the reserves into other currencies, and who said the bank had lost money on sterling.\n"
)


def test_the_group_told_with_its_body_named_is_kept():
    rows = dict(_survival(_COUNCIL, _COUNCIL_LATER))
    assert rows["Council sources"] == "kept"
    assert rows["one source"] == "dropped"


def test_the_group_told_without_its_place_is_kept():
    rows = dict(_survival(_MEMBERS, _MEMBERS_LATER))
    assert rows["About 30 members of the Maltese parliament"] in ("kept", "kept_other_statement")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Commission sources", "EC Commission sources", True),
        ("about 30 members of the Maltese parliament", "about 30 members of the parliament", True),
        ("Finance Ministry officials", "Japanese Finance Ministry officials", True),
        ("trade sources", "Dutch trade sources", False),  # nothing but a generic group
        ("officials", "U.S. officials", False),
        ("Commission sources", "senior Commission sources", False),  # no proper word
        ("Commission sources", "EC Council sources", False),
    ],
)
def test_qualified_group(a, b, same):
    assert qualified_group(a, b) is same


# survival (check series 12409+12454): the source's man quoted as his own "latest proposals"
_PLAN = (
    "A Dutch banker announced plans for a new shipping line in which two\n"
    "British firms would be core partners.\n"
    '    "The partners should hold equal stakes," Pieter Haarsma said in a statement.\n'
    "    He said the new line would start in the autumn.\n"
)
_PLAN_LATER = (
    "Two British firms said the new shipping plan did not meet their objections.\n"
    "    Haarsma's latest proposals said the partners should hold equal stakes but could\n"
    "settle the exact shares among themselves.\n"
)


def test_a_document_under_the_speakers_name_keeps_him():
    rows = dict(_survival(_PLAN, _PLAN_LATER))
    assert rows["Pieter Haarsma"] == "kept"
