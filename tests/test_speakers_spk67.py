"""Who speaks, the shapes round 30's held-out stories showed that spk65 left (``benchmarks/claims.md``,
"Thirtieth round", audit30's list for a fixer; "spk67: round 30's ten after spk67"). Invented texts
of the same shapes (other names, other words)."""

from __future__ import annotations

from pairs import text_attributions

from corpus_tools.attribution.apposed_descriptions import after_name
from corpus_tools.attribution.surname_people import person_surname

# kind 1 (punch p 5-19): a lead person named in full, his surname alone tagged as an organisation,
# a hearing, his job noun, then "he claimed", "The 29-year-old denied", "He told the jury"
_CLEARED = (
    "Snooker champion Darren Mulvey was today cleared of attacking two barmen in a pub brawl.\n"
    "Red-haired 6ft 4ins tall Mulvey smiled broadly and his fiancee, nurse Kay Irwin, wept as the "
    "jury returned its verdict.\n"
    "World amateur champion Mulvey was found not guilty of kicking 24-year-old barman Lee Dunn at "
    "the Anchor in Wickford, Essex.\n"
    "He was also acquitted of pushing cellar manager Rob Tait, also 24.\n"
    "Basildon Crown Court was told the men had been hurt after a row over a spilt drink.\n"
    "But the snooker player, of Mill Lane, Rayleigh, showed the jury bruises to his own arms.\n"
    "The bruises were allegedly caused by doormen who he claimed set upon him outside.\n"
    "The 31-year-old, who now plays on the professional circuit, denied assault on Mr Dunn.\n"
    "He claimed the pub's staff had invented a ``cover story'' to protect the doormen.\n"
    "He told the jury: ``Yes, I play snooker but I am not a fighter.\n"
    "I would never hit anyone.''\n"
)


def test_a_lead_person_named_once_in_full_speaks_as_he_and_by_his_age():
    said = text_attributions(_CLEARED).query("role == 'speaker'")
    his = said.loc[said["sent_id"] >= 6]
    assert set(his["speaker_label"]) == {"Darren Mulvey"}
    assert len(his) == 4  # "who he claimed", "The 31-year-old ... denied", "He claimed", "He told"
    assert his["speaker_id"].nunique() == 1


def test_person_surname():
    f = {"type": "organisation", "label": "Mulvey", "surname": "", "first": "", "heads": {"mulvey"}}
    person = person_surname(f, 100, [(10, "Darren", "Mulvey")])
    assert (person["type"], person["surname"], person["first"]) == ("person", "Mulvey", "")
    assert person_surname(f, 100, [(10, "Darren", "Mulvey"), (50, "Kay", "Mulvey")]) == f  # two people
    assert person_surname(f, 5, [(10, "Darren", "Mulvey")]) == f  # named only after it
    essex = {**f, "label": "Essex Police"}
    assert person_surname(essex, 100, [(10, "Darren", "Essex")]) == essex  # two words: no surname


# kind 4 (football f 20-23): "X gave written evidence in which he said", then "His statement said:"
_EVIDENCE = (
    "Mr Boyd said the ruling would affect every season ticket holder at the ground.\n"
    "During the hearing club captain Martin Ferris gave written evidence in which he said he "
    "understood the tickets meant the holder kept the same seat.\n"
    "His statement said: ``There was never any doubt that the seats went with the tickets.''\n"
)


def test_evidence_in_which_he_said_and_his_statement_are_the_witness():
    said = text_attributions(_EVIDENCE).query("role == 'speaker'").set_index("sent_id")
    assert said.loc[1, "speaker_label"] == "Martin Ferris"
    assert said.loc[2, "speaker_label"] == "Martin Ferris"
    assert said.loc[2, "speaker_type"] == "person"


def test_a_letter_read_in_which_he_said_is_not_the_reader():  # a guard: "read" is no giving
    text = _EVIDENCE.replace("gave written evidence", "read a letter")
    said = text_attributions(text).query("role == 'speaker'").set_index("sent_id")
    assert 1 not in said.index or said.loc[1, "speaker_label"] != "Martin Ferris"


# kind 8 and 9 (football star 1, boy ind 2): a decision or a hearing to come is no statement
def test_a_judge_who_will_reveal_his_decision_is_no_speaker():
    text = "Mrs Justice Hale, sitting at Leeds Crown Court, will reveal her decision on the tenants' case.\n"
    rows = text_attributions(text)
    assert rows.query("role == 'speaker'").empty
    past = text_attributions(text.replace("will reveal", "revealed"))
    assert not past.query("role == 'speaker'").empty  # a guard: the decision revealed is read as before


def test_a_court_that_will_hear_an_appeal_is_no_speaker():
    text = "Next month the Court of Appeal will hear an appeal by lawyers for the two brothers.\n"
    assert text_attributions(text).query("role == 'speaker'").empty


# kind 5 (committee tel 3): "... an account by X Y, a loyalist who claimed ..." is Y's claim
_LOYALIST = (
    "The film was based mainly on an account by Peter Kerr, a smuggler who claimed to have been paid "
    "by customs officers.\n"
    "Robert Laing, QC, for the magazine, told the jury that the film was unfair.\n"
)


def test_a_description_set_after_a_name_is_that_name():
    said = text_attributions(_LOYALIST).query("role == 'speaker'").set_index("sent_id")
    assert said.loc[0, "speaker_label"] == "Peter Kerr"
    assert said.loc[1, "speaker_label"] == "Robert Laing"


def test_after_name():
    assert after_name("a smuggler", "an account by Peter Kerr, a smuggler ", {"Kerr"})
    assert not after_name("a smuggler", "Later, a smuggler ", {"Kerr"})
    assert not after_name("the smuggler", "by Peter Kerr, the smuggler ", {"Kerr"})


# kind 6 (committee tel 3): "The programme claimed that ..." is no speaker
def test_a_programme_is_no_speaker():
    text = "The documentary claimed that there was a cover-up at the port.\nThe programme claimed more.\n"
    assert text_attributions(text).query("role == 'speaker'").empty


# kind 10 (boy nl 22): "evidence was also presented claiming that ..." is no speaker
def test_evidence_claiming_is_no_speaker():
    text = "However, evidence was also presented claiming that the girl could follow a short trial.\n"
    assert text_attributions(text).query("role == 'speaker'").empty
    said = text_attributions("Dr Ann Cole claimed that the girl could follow a short trial.\n")
    assert set(said.query("role == 'speaker'")["speaker_label"]) == {"Dr Ann Cole"}  # a guard
