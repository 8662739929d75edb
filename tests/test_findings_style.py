"""House style in the findings (issue 22): a difference is claimed only where the source mostly
writes otherwise (its share of the version's form under a half)."""

from __future__ import annotations

import pytest

import corpus_tools as ct
from corpus_tools.report.findings import findings

WIRE = (
    "A woman appeared in court today charged with the murder of her neighbour in Burnley. "
    "The neighbour was found dead at her home on Tuesday after police were called. "
    "She was remanded in custody until next month."
)
WIRE_WEEKDAYS = WIRE.replace("in court today", "in court on Wednesday")
WIRE_MOSTLY_WEEKDAYS = WIRE.replace("were called.", "were called on Tuesday evening.")
PAPER = (
    "A woman appeared in court yesterday charged with the murder of her neighbour in Burnley. "
    "The neighbour was found dead at her home after police were called. "
    "She was remanded in custody until next month."
)


@pytest.mark.parametrize(
    "wire, claimed", [(WIRE, False), (WIRE_WEEKDAYS, True), (WIRE_MOSTLY_WEEKDAYS, True)]
)
def test_a_day_reference_differs_only_where_the_source_never_writes_it(wire, claimed):
    corpus = ct.from_records(
        [
            {"doc_id": "wire", "text": wire, "role": "wire", "outlet": "PA", "published": "2000-03-15"},
            {
                "doc_id": "paper",
                "text": PAPER,
                "role": "newspaper",
                "outlet": "mirror",
                "published": "2000-03-16",
            },
        ]
    )
    text = findings(ct.analyze(corpus))["paper"]
    assert ("day reference relative (wire: weekday)" in text) is claimed, text


WIRE_MOSTLY_RELATIVE = WIRE.replace("until next month.", "until tomorrow.")
PAPER_TIED = PAPER.replace("at her home after", "at her home on Tuesday after")


@pytest.mark.parametrize(
    "paper, claimed", [(PAPER_TIED, False), (PAPER_TIED.replace("yesterday", "on Wednesday"), True)]
)
def test_a_tie_in_the_version_is_no_house_style_difference(paper, claimed):
    # the claims audit's round 14 (iq29, iq55): one weekday and one relative day in the paper
    # against a source that mostly writes relative days; the tie used to be read as "weekday"
    corpus = ct.from_records(
        [
            {
                "doc_id": "wire",
                "text": WIRE_MOSTLY_RELATIVE,
                "role": "wire",
                "outlet": "PA",
                "published": "2000-03-15",
            },
            {
                "doc_id": "paper",
                "text": paper,
                "role": "newspaper",
                "outlet": "mirror",
                "published": "2000-03-16",
            },
        ]
    )
    text = findings(ct.analyze(corpus))["paper"]
    assert ("day reference weekday (wire: relative)" in text) is claimed, text
