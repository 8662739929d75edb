"""Round 27's held-out speaker kinds (branch spk59), on invented text (issue #22).

Each shape is one audit27 lists in ``benchmarks/claims.md`` ("Twenty-seventh round", the new shapes
for a fixer), written here with other names and other words.
"""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

# --------------------------------- a tag closing the sentence reports the clause before it
PLEA = (
    "Ann Hale, of Leeds, was jailed for two years yesterday.\n"
    "Hale, of Beeston, Leeds, pleaded guilty to eight specimen counts of stealing cheques from elderly "
    "clients in the last three years, a county council spokeswoman said today.\n"
    "She was also banned from working with money.\n"
)


def test_plea_inside_a_trailing_tag_is_the_spokeswomans_report():
    att = text_attributions(PLEA)
    plea = att[att.cue == "pleaded"]
    tag = att[att.cue == "said"]
    assert tag.role.tolist() == ["speaker"], att
    assert plea.role.tolist() == ["nested"], att
    assert plea.reported_by.tolist() == tag.speaker_id.tolist(), att
    assert plea.content_end.tolist() == [tag.content_end.iloc[0]], att  # cut before the tag
    assert speaker_rows(PLEA) == [["a county council spokeswoman", "official", 1]]


def test_time_after_a_trailing_tags_verb_is_no_tag():  # a guard: "said were worth" is a clause's verb
    text = "Tom Reed, 40, admitted stealing tools which a police spokesman said were worth 5,000 pounds.\n"
    att = text_attributions(text)
    assert "nested" not in att[att.cue == "admitted"].role.tolist(), att


def test_direct_quotation_before_a_tag_keeps_its_speaker():  # a guard: the shape is a reported clause
    text = "'I took the money,' Tom Reed admitted to the court, his solicitor said.\n"
    att = text_attributions(text)
    assert "nested" not in att[att.cue.str.startswith("admitted")].role.tolist(), att
