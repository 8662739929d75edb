"""The family tree's firm wrong dated edges, read by kind (#23, round 39, branch tree39).

Invented texts of the shape of round 60's two missed edges 2853 <- 2819 and 75 <- 42
(``benchmarks/family_edges.csv``): a short story of a breaking event, then, within the hour, a
second one written afresh with what is known now: most of the earlier lead's names and words told
again, the count moved on, one sentence told, no passage of five words shared
(:mod:`corpus_tools.reuse.within_hour`). The same later story three hours on, keeping fewer of the
lead's names, or giving the lead's figure neither kept nor counted again, stays a root as on the base.
"""

from __future__ import annotations

import pandas as pd
import pytest
from wire_updates import later_row

from corpus_tools.reuse.retold_across import content_keys, particulars
from corpus_tools.reuse.within_hour import FOLLOW_UP_GAP, follows_up, lead_subject, moved_count

FIRE = [
    "The tanker Morning Star of the Norwegian Fjell Line was burning off the Danish port of Esbjerg "
    "this evening with 31 crew on board, the Swedish agency TT reported.",
    "Several crew had jumped into the sea, it said, quoting the harbour master in the nearby town.",
    "A salvage firm in Hamburg said two of its tugs were on their way with fire crews on board.",
    "Winds were light and the sea calm, the coast guard said.",
]
#: forty minutes later: the same fire told afresh, the crew counted again
RESCUE = [
    "About 20 sailors were lifted from the blazing Morning Star, a tanker of the Fjell Line carrying "
    "some 35 crew, off the Danish port of Esbjerg, a rescue centre spokesman said.",
    "The spokesman said only the bow of the ship was still above the smoke.",
    "Helicopters from a Norwegian base flew out to search for the missing, he added.",
]
#: forty minutes later: another firm's news of the same port, few of the lead's names
OTHER = [
    "The Danish port of Esbjerg said its new ferry quay would open this evening with a crew of 31 "
    "dockers, the agency reported.",
    "The quay cost the town 40 mln crowns.",
    "Ships of the Baltic lines will use it from May.",
]
START = pd.Timestamp("1992-04-03T18:20:00", tz="UTC")
MINUTE = 1 / (24 * 60)


def _read(text: str) -> tuple[frozenset, frozenset]:
    return frozenset(particulars(text)), frozenset(content_keys(text))


def test_a_story_of_the_hour_telling_the_lead_again_is_its_update():
    row = later_row(FIRE, RESCUE, START, 40 * MINUTE)
    assert (row["parent_doc_id"], row["relation"]) == ("first", "update")


@pytest.mark.parametrize("minutes", [3 * 60, 8 * 60])
def test_the_same_story_hours_later_stays_a_root(minutes):
    row = later_row(FIRE, RESCUE, START, minutes * MINUTE)
    assert (row["parent_doc_id"], row["relation"]) == (None, "independent")


def test_another_story_of_the_hour_with_few_of_the_lead_names_stays_a_root():
    row = later_row(FIRE, OTHER, START, 40 * MINUTE)
    assert (row["parent_doc_id"], row["relation"]) == (None, "independent")


@pytest.mark.parametrize(
    ("later", "minutes", "expected"),
    [
        (RESCUE, 40, True),
        (RESCUE, 60, True),
        (RESCUE, 61, False),  # past the hour
        (RESCUE, -5, False),  # filed before
        (OTHER, 40, False),
    ],
)
def test_follows_up(later, minutes, expected):
    lead, text = FIRE[0], " ".join(later)
    got = follows_up(lead, text, _read(text), START, START + pd.Timedelta(minutes=minutes))
    assert got is expected
    assert pd.Timedelta(minutes=60) == FOLLOW_UP_GAP


def test_a_story_of_the_hour_with_the_lead_figure_neither_kept_nor_moved_stays_a_root():
    uncounted = [RESCUE[0].replace("carrying some 35 crew", "of Bergen"), *RESCUE[1:]]
    row = later_row(FIRE, uncounted, START, 40 * MINUTE)
    assert (row["parent_doc_id"], row["relation"]) == (None, "independent")


def test_a_count_moved_on():
    assert moved_count("It sank with 463 people on board.", "About 540 people were on board.")
    assert moved_count("Output was 1.2 mln bags.", "Output was 1.5 mln bags.")
    assert not moved_count("It sank with 463 people on board.", "It carried 463 people.")
    assert not moved_count("It sank with 463 people on board.", "It was built in 1980 at Kiel.")


#: within the hour, another firm's filing with the same body: the body named, the subject not
FILING = [
    "Corvin Foods Corp said it filed with the Securities and Exchange Commission a registration "
    "statement covering a 40 mln dlr issue of convertible debentures.",
    "The company said proceeds would be used for future acquisitions.",
]
OTHER_FILING = [
    "Halden Mining Corp has asked the Securities and Exchange Commission to register convertible "
    "debentures worth 40 mln dlrs, the issue paying for its Quebec mine.",
    "Halden said the registration statement names Pratt Securities Inc as manager of the issue.",
]


def test_another_firm_filing_with_the_same_body_within_the_hour_stays_a_root():
    row = later_row(FILING, OTHER_FILING, START, 30 * MINUTE)
    assert (row["parent_doc_id"], row["relation"]) == (None, "independent")


@pytest.mark.parametrize(
    ("lead", "subject"),
    [
        ("The channel ferry Herald of Free Enterprise was sinking.", "herald"),
        ("Brill's unit said it will sell.", "brill"),
        ("A Brill spokesman said it will sell.", "brill"),
        ("output fell in May, officials said.", "may"),
        ("output fell, officials said.", ""),
    ],
)
def test_lead_subject(lead, subject):
    assert lead_subject(lead) == subject
