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
    assert speaker_rows(PLEA) == [["a county council spokeswoman", "anonymous", 1]]


def test_time_after_a_trailing_tags_verb_is_no_tag():  # a guard: "said were worth" is a clause's verb
    text = "Tom Reed, 40, admitted stealing tools which a police spokesman said were worth 5,000 pounds.\n"
    att = text_attributions(text)
    assert "nested" not in att[att.cue == "admitted"].role.tolist(), att


# --------------------------------- the defendant told again under a description with a capital
TOLD_AGAIN = (
    "A man thought to have hoarded one of the biggest collections of stolen antiques in Britain has "
    "been jailed for three years.\n"
    "Reed, of Selby, North Yorks, pleaded guilty to 12 specimen counts of handling stolen goods, a "
    "Crown Prosecution Service spokesman said today.\n"
    "York Crown Court heard on Monday that he had sold the antiques at car boot sales.\n"
    "The former Army radio operator also admitted three charges of burglary, which he filmed.\n"
)


def test_former_army_operator_who_also_admitted_is_the_named_defendant():
    att = text_attributions(TOLD_AGAIN, "admitted")
    assert att.speaker_label.tolist() == ["Reed"], att
    assert [r[0] for r in speaker_rows(TOLD_AGAIN)] == [
        "a Crown Prosecution Service spokesman",
        "York Crown Court",
        "Reed",
    ]


def test_capitalised_modifier_is_no_name_but_a_following_name_is():
    from corpus_tools.attribution.defendant import is_defendant
    from corpus_tools.attribution.modifier_capitals import name_words

    assert name_words("The former Army radio operator") == []
    assert name_words("the operator Tom Reed") == ["Tom", "Reed"]
    assert name_words("The Leeds operator") == ["Leeds"]  # a trade now: TUNE_20's guard
    assert is_defendant("The former Army radio operator", {"operator"})
    assert not is_defendant("the operator, Tom", {"operator"})


# --------------------------------- a doctor described before his name and "the doctor" after it
DOCTOR = (
    "Nail bomber Tom Reed was sane when he planted three devices in Leeds, according to a prosecution "
    "psychiatrist at his trial today.\n"
    "Dr Alan Price told the court that Reed had been fit to plan the attacks.\n"
    "Other doctors had reported that he heard voices.\n"
    "'He knew exactly what he was doing,' said the doctor.\n"
    "Professor Ann Cole said Reed was ill.\n"
)


def test_psychiatrist_named_next_and_the_doctor_are_the_one_named_doctor():
    att = text_attributions(DOCTOR)
    price = att.loc[att.speaker == "Dr Alan Price", "speaker_id"].iloc[0]
    assert att.loc[att.cue == "according to", "speaker_id"].tolist() == [price], att
    assert att.loc[att.speaker == "the doctor", "speaker_label"].tolist() == ["Dr Alan Price"], att
    assert att.loc[att.speaker == "Other doctors", "speaker_id"].iloc[0] != price  # others stay others
    rows = speaker_rows(DOCTOR)
    assert ["Dr Alan Price", "person", 3] in rows, rows


def test_two_named_doctors_leave_the_doctor_alone():  # a guard: which doctor is not said
    text = DOCTOR.replace("Professor Ann Cole", "Dr Ann Cole")
    att = text_attributions(text)
    assert att.loc[att.speaker == "the doctor", "speaker_label"].tolist() == ["the doctor"], att


# --------------------------------- a town the parser took for a gerund before "Crown Court heard"
def test_reading_crown_court_heard_with_a_bare_noun_clause_is_the_hearing():
    text = (
        "A FATHER of three was jailed for life yesterday after scientists linked him to a killing.\n"
        "Tom Reed, 41, strangled Ann Hale in Slough, Berks, in 1987.\n"
        "Reading Crown Court heard advances in DNA testing had proved that a hair from her coat was his.\n"
    )
    att = text_attributions(text, "heard")
    assert att.resolved_from.tolist() == ["hearing"], att
    assert att.speaker_type.tolist() == ["anonymous"], att


# --------------------------------- a bench is never a named person
def test_magistrates_who_rejected_his_claims_are_no_named_person():
    text = (
        "A serial shirt thief was ordered to undergo psychiatric tests today.\n"
        "London's Brent Magistrates' Court was told he had been convicted of six thefts last June.\n"
        "Magistrates who rejected his claims at an earlier hearing and convicted him of his latest "
        "offence, decided today that they would be assisted by a full psychiatric assessment.\n"
    )
    att = text_attributions(text, "rejected")
    assert att.speaker_label.tolist() == ["Magistrates"], att
    assert att.named.tolist() == [False], att
    assert att.speaker_type.tolist() == ["official"], att


def test_the_doctor_before_a_second_doctor_named_in_the_text_is_left_alone():  # a guard: 02.11.99/doctor
    text = (
        "The family of a patient of Dr Ann Hale told her trial today they were confused.\n"
        "The doctor declared that Mrs Bell had died from a stroke.\n"
        "Independent GP Dr Alan Price said there was no sign of a stroke.\n"
    )
    att = text_attributions(text, "declared")
    assert att.speaker_label.tolist() == ["The doctor"], att
