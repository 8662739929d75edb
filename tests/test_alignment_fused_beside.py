"""A sentence fused from two source sentences is aligned to both (issue 22, round 10, claims ry8-ry10,
ry33-ry35, sr12-sr14): the second source sentence brings one word of what happened that the first
lacks ("across fields"), its other shared word is common in the file ("ran"), so the fusion rule of
``fuse`` (two words to bring) did not see it. Beside a sentence aligned to the same part of the
source it aligns; with no aligned neighbour, or from one source sentence alone, it stays new."""

from __future__ import annotations

import pytest
from pairs import pair, rules_alignment

SOURCE = (
    "A van driver who hit the Mayor's official car was fined 500 pounds and banned for a year today. "
    "Tom Baker, 41, was twice over the limit when he struck the car, magistrates in Leeds were told. "
    "The Mayor was not in the car at the time. "
    "Magistrates were told that Baker sped off before leaving his van, running across fields and hiding "
    "in a garden. "
    "Prosecuting, Ann Lee said Baker was driving a white Transit van on the ring road. "
    "He then reversed and crashed into a lamp post and a hedge. "
    "Ms Lee said Baker jumped out of his van and, after a struggle outside a newsagent, was chased for "
    "two miles by 56-year-old Jim Cole, who had seen the accident. "
    "Mr Cole caught him by the arm. "
    "Baker shoved him and ran off. "
    "His lawyer said Baker had run away in panic. "
    "Police found Baker asleep in a shed."
)
LEAD = "A van driver who hit the Mayor's car was fined 500 pounds and banned for a year yesterday. "
CRASH = "He then reversed and crashed into a lamp post and a hedge. "
WEPT = "His family wept in the public gallery. "
SOBBED = "His mother sobbed as he left the dock. "
# the chase (source 6) and the flight across fields (source 3)
FLED = "Then he ran two miles across fields chased by a witness, Jim Cole. "
# the chase alone, with words of its own
HID = "Then he ran two miles chased by a witness, Jim Cole, and fell into a pond. "


def _sources(version: str) -> list[tuple[int, ...]]:
    return rules_alignment(pair(SOURCE, version))["source_sent_ids"].tolist()


def test_a_sentence_fused_beside_its_neighbour_aligns_to_both_source_sentences():
    # the sentence two before it takes source 5; the fused sentence was new
    assert _sources(LEAD + CRASH + WEPT + FLED) == [(0,), (5,), (), (3, 6)]


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        (LEAD + WEPT + SOBBED + FLED, [(0,), (), (), ()]),  # no aligned sentence within two
        (LEAD + CRASH + WEPT + HID, [(0,), (5,), (), ()]),  # one source sentence is no fusion
    ],
)
def test_without_a_neighbour_or_a_second_source_sentence_it_stays_new(version, expected):
    assert _sources(version) == expected
