"""Round 21's paper speaker shapes left by spk45 (branch spk46), on invented text."""

from __future__ import annotations

from pairs import speaker_rows

# ------------------------------------------- a day word read as the subject of a speech noun

DAY = (
    "Former rugby captain Tom Fields - who came to court on a stick after a knee operation - "
    "yesterday continued his defence of Dunn's 'brave' play in games. "
    "Mr Fields said he had never seen a fixed game."
)


def test_a_day_word_after_a_dash_aside_is_no_speaker():
    assert speaker_rows(DAY) == [["Mr Fields", "person", 1]]


def test_a_speaker_named_beside_a_day_word_still_speaks():  # a guard
    text = "Yesterday the coach said the team had 'never' fixed a game."
    assert speaker_rows(text) == [["the coach", "anonymous", 1]]
