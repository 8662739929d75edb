"""Who speaks in a paper, round 11 of issue 22 (guscott and chips of round 10): a couple's joint
statement is the statement of each of the two ("Christopher and Meryl Grant denied", "Mr and Mrs
Grant denied", "the Grants, who denied"), never of one alone. Invented texts of the same shapes."""

from __future__ import annotations

import pytest
from pairs import speaker_rows, text_attributions
from wire_takes import takes_and_paper

from corpus_tools.attribution.couples import family_name, person_names
from corpus_tools.attribution.descriptions import described_person
from corpus_tools.attribution.single_quotes import single_quote_spans
from corpus_tools.attribution.survival import speaker_survival
from corpus_tools.reuse.alignment import align_sentences

#: a wire story: the couple named in full, each with an age, deny the charges together
_WIRE = (
    "A boy who weighed 20 stone was fed only on pies by his father and stepmother, a court heard "
    "today.\n\n"
    'Tom Hale, 17, told the jury: "I was never given a proper meal at home."\n\n'
    "Peter Vance, 45, and Ann Vance, 43, of Sully, near Barry, denied three charges of cruelty to "
    "the boy and were cleared after a witness withdrew.\n\n"
    "Prosecutor Jane Cole said the Crown was offering no further evidence."
)


@pytest.mark.parametrize(
    "denial",
    [
        "Self-employed Peter and Ann Vance, of Sully, denied three charges of cruelty to the boy.",
        "Mr and Mrs Vance, of Sully, near Barry, denied three charges of cruelty to the boy.",
        "The court cleared the Vances, who denied three charges of cruelty to the boy.",
    ],
)
def test_a_couples_joint_denial_keeps_both_of_them(denial):
    paper = (
        "A boy who weighed 20 stone was fed only on pies by his father and stepmother, a court heard "
        f'yesterday.\n\nTom Hale, 17, told the jury: "I was never given a proper meal at home."\n\n{denial}'
    )
    corpus = takes_and_paper([_WIRE], paper, "1999-11-02")
    aligned = align_sentences(corpus, source="PA")
    # the denial read as a paper's rewording the alignment takes from no wire sentence (as a paper's
    # own sentence often is): survival finds it told in other words, by the couple
    survival = speaker_survival(corpus, source="PA", alignment=aligned[aligned["sent_id"] < 2])
    status = survival.set_index("speaker")["status"].to_dict()
    assert status["Peter Vance"] == "kept" and status["Ann Vance"] == "kept"


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        (["Peter and Ann Vance"], ({"Vance"}, {"Peter", "Ann"}, 2)),
        (["Peter Vance and Ann Vance"], ({"Vance"}, {"Peter", "Ann"}, 2)),
        (["Mr Vance and Mrs Vance", "Mr and Mrs Vance"], ({"Vance"}, set(), 2)),
        (["Self-employed Peter and Ann Vance"], ({"Vance"}, {"Peter", "Ann"}, 2)),
        (["Marsh and Webb"], ({"Marsh", "Webb"}, set(), 2)),
        (["Ann Vance", "Mrs Vance"], ({"Vance"}, {"Ann"}, 1)),
        (["the Vances"], ({"Vance", "Vances"}, set(), 2)),
    ],
)
def test_the_people_a_speakers_mentions_name(mentions, expected):
    assert person_names(mentions) == expected


def test_a_family_is_a_plural_surname_after_the_and_nothing_else():
    assert family_name("the Joneses") == {"Joneses", "Jonese", "Jones"}
    assert family_name("The Vances") == {"Vances", "Vance"}
    assert family_name("Vance") == family_name("the boy") == set()


@pytest.mark.parametrize(
    "quoted",
    [
        # the quotation opens its paragraph in a single mark, a name and the side inside it
        "'Tom Vale says he was acting in self defence. The prosecution say this was not self defence "
        "at all. He was teaching Mr Hale a lesson.'",
        # the quotation opens after a sentence of the paragraph, its mark after a space
        "Mr Vale would claim he was frightened. 'The prosecution say this was not self defence at "
        "all. He was teaching Mr Hale a lesson.'",
    ],
)
def test_a_cue_inside_a_quotation_in_single_marks_is_no_speaker_of_the_paper(quoted):
    text = (
        "Ann Cole, prosecuting, said Tom Vale later told police he believed Mr Hale's stick was a "
        f"knife.\n\n{quoted}\n\nShe told the jury the video showed the whole of it."
    )
    speakers = [name for name, _, _ in speaker_rows(text)]
    assert "The prosecution" not in speakers
    assert "Ann Cole" in speakers[0]


def test_an_apostrophe_opens_and_closes_no_quotation_in_single_marks():
    text = "He felt 'threatened' by Mr Jones' friend. Jo Hale's car, 'he said', was 'Red.' It was."
    assert [text[a:b] for a, b in single_quote_spans(text)] == ["Red."]


def test_a_height_read_for_a_second_subject_is_no_speaker():
    text = (  # "l3st": the paper's misprint of "13st", which the parser takes for punctuation
        "Mr Hale, 5ft 9in and 11st 7lb, said the 6ft 1in, l3st 7lb Wales ace and Gladiators presenter "
        "jumped out of his Mercedes and grabbed him by the lapels of his waistcoat."
    )
    assert speaker_rows(text) == [["Mr Hale", "person", 1]]


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("the former Gladiators presenter", "Tom Gallan"),  # a name in it: someone known
        ("the former presenter", "Tom Gallan"),  # "former": someone known
        ("the presenter", ""),  # may be someone new
    ],
)
def test_a_description_of_someone_known_is_the_one_lay_person_it_may_be(label, expected):
    text = (
        "Rugby star Tom Gallan jumped a red light, prosecutor Ann Hale told the court. Ken Lowe, 48, said "
        "he was crossing the road.\n\n'I said: \"You went through a red light.\"'\n\n"
        f"Mr Lowe claimed {label} then snarled: 'You are lucky.'"
    )
    at = text.index(label)
    assert described_person(label, text[:at], text[at:], {"Gallan", "Lowe", "Hale"}) == expected


def test_a_sons_parents_are_the_father_and_stepmother_the_text_named():
    text = (
        "Tom Hale, 18, told a court he was fed only on pies.\n\n"
        "He claimed he was punched and kicked by his father, businessman Peter Vance, 45, and his "
        "stepmother Ann Vance, 43.\n\n"
        "Tom's parents denied three charges of cruelty from 1994 to 1997."
    )
    assert speaker_rows(text) == [["Tom Hale", "person", 2], ["Peter Vance and Ann Vance", "person", 1]]


def test_a_voice_said_to_belong_to_someone_is_no_statement():
    text = (
        "The incident, which lasted a matter of 20 seconds, was partly recorded on the soundtrack of a "
        "CCTV video at Mr Hale's premises, Fountain Books, where a voice, said to belong to Vale, could "
        "be heard swearing."
    )
    assert speaker_rows(text) == []


def test_a_paragraph_cut_off_without_its_stop_gives_no_subject_to_the_next_ones_cue():
    text = (
        'Mr Hale told Leeds Crown Court: "Food was never cooked in the house, never. Occasionally I ate '
        "pies and chips - but mainly it was just\r\n\r\n"
        "The Vances, of The Old Mill, Otley, in West Yorkshire, denied three charges of cruelty from 1994 "
        "to 1997."
    )
    rows = text_attributions(text, cue="denied")
    assert rows["speaker"].tolist() == ["The Vances"]
    assert rows["speaker_id"].notna().all()
