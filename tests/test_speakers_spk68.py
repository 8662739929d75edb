"""Who speaks, the leftover shapes of rounds 29-30 (tune30's T5 and the diver guardian's
spokesman; spk64's list). Invented texts of the same shapes (other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

# tune30 T5 (04.10.99/zoo): "..., the Society's counsel, X,\ntold Mr Justice Y: ``...''": counsel's
_COUNSEL = (
    "\x19Appealing against that decision, the Guild's counsel, Peter Lindqvist,\n"
    "told Mr Justice Harwood: ``The (museum) is essentially teaching people about the\n"
    "past and the value of history.<\n"
)


def test_counsel_who_told_the_judge_a_quotation_is_its_speaker_not_the_judge():
    rows = text_attributions(_COUNSEL, "told")
    assert rows.speaker.tolist() == ["the Guild's counsel, Peter Lindqvist"]
    text = _COUNSEL.replace("Appealing against that decision", "Challenging that conclusion")
    assert "Harwood" not in " ".join(text_attributions(text).speaker)
    assert speaker_rows(_COUNSEL) == [["the Guild's counsel, Peter Lindqvist", "person", 1]]


def test_the_judge_who_tells_is_still_the_speaker():
    text = "\x19Mr Justice Harwood told the Guild's counsel, Peter Lindqvist: ``You are wrong.''<\n"
    assert text_attributions(text, "told").speaker.tolist() == ["Mr Justice Harwood"]
