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


# tune30 (01.03.00/diver, the guardian): "The company argued" (Rockwater) and "A Rockwater spokesman"
_FIRM = (
    "\x19A welder who lost an arm won damages today from his former employer, Leeds-based Corvex,\n"
    "after a trial at the High Court.<\n"
    "\x19The company argued that the accident was Mr Pike's fault because he broke the rules.<\n"
    "\x19Mr Pike claimed the company was to blame because his foreman had not checked the guard.<\n"
    "\x19A Corvex spokesman said that the company would study the ruling.<\n"
)


def test_a_company_spokesman_is_the_company_the_document_quotes_as_the_company():
    rows = speaker_rows(_FIRM)
    assert ["Corvex", "organisation", 2] in rows
    assert not any("spokesman" in r[0] for r in rows)


def test_company_spokesman_needs_the_company_to_speak_as_the_company():
    from corpus_tools.attribution.company_spokesmen import company_spokesman

    s = {"speaker_label": "A Corvex spokesman", "speaker_type": "official", "named": False}
    assert company_spokesman(s, {"Corvex"}, {"company", "mr pike"})["speaker_type"] == "organisation"
    assert company_spokesman(s, {"Corvex"}, {"mr pike"}) is s  # the company never speaks: his label
    assert company_spokesman(s, {"Corvex", "Dalmar"}, {"company"}) is s  # two companies: which?
    other = {**s, "speaker_label": "A Dalmar spokesman"}
    assert company_spokesman(other, {"Corvex"}, {"company"}) is other
