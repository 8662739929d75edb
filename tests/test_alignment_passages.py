"""Sentences kept (issue 22, round 9, claims ry8-ry10 and ry33-ry35): a sentence that retells a
passage of three nearby source sentences in their words, new words between, is no new sentence
in a text that copies enough of its source; in a text that copies little it stays new."""

from __future__ import annotations

from pairs import pair, rules_alignment

SOURCE = (
    "A van driver who hit the Mayor's official car was fined 500 pounds and banned for a year today. "
    "Tom Baker, 41, was twice over the limit when he struck the car, magistrates in Leeds were told. "
    "The Mayor was not in the car at the time. "
    "Magistrates were told that Baker sped off before leaving his van and hiding in a garden. "
    "Prosecuting, Ann Lee said Baker was driving a white Transit van on the ring road. "
    "He then reversed and crashed into a lamp post and a hedge. "
    "A witness, Jim Cole, chased him for two miles. "
    "Mr Cole caught him by the arm. "
    "Baker shoved him and ran off. "
    "Police found Baker asleep in a shed."
)
LEAD = "A van driver who hit the Mayor's car was fined 500 pounds and banned for a year yesterday. "
WEPT = "His family wept in the public gallery. "
RETOLD = "He then ran away and was caught after a two-mile chase. "


def _sources(version: str) -> list[tuple[int, ...]]:
    return rules_alignment(pair(SOURCE, version))["source_sent_ids"].tolist()


def test_a_retold_passage_aligns_to_its_three_source_sentences():
    version = LEAD + WEPT + RETOLD + "Police found Baker asleep in a shed."
    # the chase (6), the catch (7) and the flight (8); the sentence was new
    assert _sources(version) == [(0,), (), (6, 7, 8), (9,)]


def test_in_a_text_that_copies_little_it_stays_new():
    version = LEAD + WEPT + RETOLD + "Neighbours called him a quiet man."
    assert _sources(version) == [(0,), (), (), ()]
