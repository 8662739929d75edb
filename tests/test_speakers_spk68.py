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


# spk64's leftover 1 (07.10.99/wife, the star): "wife Penny said ... Then his wife revealed"
_WIFE = (
    "JEALOUS baker Tom Reddick attacked his wife after wife Carla said she had left him.\n\n"
    "Reddick, 44, was jailed for six years at Leeds Crown Court.\n\n"
    "Then his wife revealed she had met another man in the spring. She boasted about his car.\n"
)


def test_his_wife_is_the_wife_named_before_one_speaker():
    rows = speaker_rows(_WIFE)
    assert [r for r in rows if "wife" in r[0]] == [["wife Carla", "person", 3]]


def test_named_spouse_needs_one_name_and_the_same_kin_word():
    from corpus_tools.attribution.spouse_namings import named_spouse

    s = {"speaker_label": "his wife", "speaker_type": "anonymous", "named": False}
    assert named_spouse(s, "after his wife, Carla Reddick, left. ")["speaker_label"] == "wife Carla Reddick"
    assert named_spouse(s, "after husband Tom left. ") is s  # the other kin word
    assert named_spouse(s, "wife Carla met wife Jo. ") is s  # two wives: which?
    assert named_spouse({**s, "speaker_label": "His former wife"}, "wife Carla left. ")["named"] is False
