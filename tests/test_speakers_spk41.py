"""Who speaks, round 20 of issue 22 (branch spk41): the held-out audit's speaker kinds
(``benchmarks/claims.md``, "Twentieth round (branch `audit20`)", "For the fixer (spk41) and the
lead: the kinds a fix should take" 1, 3 and 5). Invented texts of the same shapes; each test fails
on ``33cc213`` unless it says it is a guard."""

from __future__ import annotations

import pytest
from pairs import speaker_rows, text_attributions

import corpus_tools as ct
from corpus_tools import from_records


def _survival(take1: str, take2: str, paper: str):
    """The speaker survival of a paper against two PA takes (``pa1`` the source)."""
    corpus = from_records(
        [
            {"doc_id": "pa1", "text": take1, "outlet": "PA"},
            {"doc_id": "pa2", "text": take2, "outlet": "PA"},
            {"doc_id": "sun", "text": paper, "outlet": "Sun"},
        ]
    )
    return ct.analyze(corpus, source="pa1").speaker_survival


def _rows(text: str) -> list[list]:
    rows = text_attributions(text)
    rows = rows[rows.role == "speaker"]
    return rows[["sent_id", "speaker_label", "speaker_type"]].values.tolist()


_ISSUED = (
    "A retired dancer died after brain surgery, an inquest heard today.\n\n"
    "Consultant surgeon Dr Ann Hale said the operation had gone well.\n\n"
    "Later a statement issued by the Northgate General Hospital said: ``Everyone who cared for Miss "
    "Dean was saddened by her death.\n\n"
    "``The operation was not experimental.''"
)
_HEADED = (
    "A retired dancer died after brain surgery, an inquest heard today.\n\n"
    "She had the operation at the Northgate General Hospital in May.\n\n"
    "Later a Northgate General Hospital spokesman said: ``Everyone who cared for Miss Dean was "
    "saddened by her death.''\n\n"
    "A hospital statement said: ``The operation was not experimental.\n\n"
    "It was a minor procedure.''"
)


def test_a_statement_issued_by_a_named_body_is_the_body():
    assert speaker_rows(_ISSUED) == [
        ["an inquest", "anonymous", 1],
        ["Consultant surgeon Dr Ann Hale", "person", 1],
        ["Northgate General Hospital", "organisation", 2],
    ]


def test_a_bodys_spokesman_and_its_headed_statement_are_one_speaker_the_body():
    assert speaker_rows(_HEADED) == [
        ["an inquest", "anonymous", 1],
        ["Northgate General Hospital", "organisation", 2],
    ]


def test_a_spokesman_of_a_body_that_gives_no_statement_keeps_his_label():
    # guard: without a statement of the body, the spokesman is read as before
    text = "Later a Northgate General Hospital spokesman said: ``We are saddened by her death.''"
    assert speaker_rows(text) == [["a Northgate General Hospital spokesman", "anonymous", 1]]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("University Hospital of Westshire", "University of Westshire Hospital", True),
        ("the Northgate General Hospital", "Northgate General Hospital", True),
        ("Westshire County Council", "Westshire Police", False),
        ("Hospital", "the Hospital", False),
    ],
)
def test_one_body_in_two_word_orders(a, b, same):
    from corpus_tools.attribution.body_statements import same_body

    assert same_body(a, b) is same


def test_a_body_named_in_two_word_orders_in_two_takes_is_one_source_speaker():
    take1 = (
        "A retired dancer died after surgery, an inquest heard today.\n\n"
        "Later a statement issued by the University Hospital of Westshire said: ``The operation was "
        "not experimental.''"
    )
    take2 = (
        "A retired dancer died after surgery, an inquest heard today.\n\n"
        "Later a University of Westshire Hospital spokesman said: ``We are saddened by her death.''\n\n"
        "A hospital statement said: ``It was a minor procedure.''"
    )
    paper = (
        "A retired dancer died after surgery, an inquest heard yesterday.\n\n"
        "The University Hospital of Westshire said the operation was not experimental."
    )
    surv = _survival(take1, take2, paper)
    bodies = surv[surv.doc_id == "sun"]
    assert sorted(bodies.speaker.tolist()) == ["University Hospital of Westshire", "an inquest"]


def test_the_specialist_between_two_sentences_naming_the_surgeon_is_the_surgeon():
    text = (
        "Giving evidence consultant surgeon Dr Ann Hale said Miss Dean was ``very keen to have the "
        "operation.''\n\n"
        "But the specialist insisted that all the right steps had been taken before the surgery.\n\n"
        "Ms Hale said the surgery itself had gone well."
    )
    assert speaker_rows(text) == [["Dr Ann Hale", "person", 3]]


def test_the_surgeon_after_a_name_with_a_job_in_apposition_is_that_person():
    text = (
        "Tom Reed, a neurosurgeon, told the hearing the operation went well.\n\n"
        "Ann Cole, the dancer's sister, said she was sad.\n\n"
        "The surgeon said: ``She was getting better.''"
    )
    labels = [r[1] for r in _rows(text)]
    assert labels == ["Tom Reed", "Ann Cole", "Tom Reed"]


def test_the_nurse_after_a_surgeon_is_no_surgeon():
    # guard: a job noun that is no word of the person's job stays its own speaker
    text = "Consultant surgeon Dr Ann Hale said she was keen.\n\nThe nurse said she was tired."
    assert [r[1] for r in _rows(text)][-1] == "The nurse"


def test_mr_x_is_the_father_the_text_names_by_kin_not_the_daughter_named_in_full():
    text = (
        "Former dancer Rose Dean died after surgery, an inquest heard.\n\n"
        "Miss Dean's father Tom, sister Ruth, 40, and stepmother Joan sat at the front of the court.\n\n"
        "Asking whether his daughter was fit enough, Mr Dean asked: ``Why did they not wait?\n\n"
        "I am sure she would have waited.''"
    )
    labels = {r[1] for r in _rows(text)}
    assert labels == {"Mr Dean", "inquest"}  # the hearing: ", an inquest heard." (heard_nouns, tune22)


def test_a_search_that_revealed_a_loss_is_no_speaker():
    text = "There were no signs of a break-in, but a search revealed rings, a watch and a purse were missing."
    assert speaker_rows(text) == []


def test_a_verb_the_quotation_opens_with_is_no_cue_of_a_body_part():
    text = (
        "Dr Ann Hale said the infection ``was not linked to the operation.''\n\n"
        "She said the chest infection ``did not appear to be related to the surgery.''\n\n"
        "But that Miss Dean's liver was ``weak'' which could ``reduce the ability to fight infection''."
    )
    assert speaker_rows(text) == [["Dr Ann Hale", "person", 2]]


def test_who_after_a_quoted_description_is_the_person_described():
    text = (
        "The gardener was described in court as ``a liar, a thief and a man of odd habits'' who "
        "readily admitted stealing from his neighbours."
    )
    rows = text_attributions(text, "admitted")
    assert rows.speaker_label.tolist() == ["The gardener"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "After the verdict Detective Inspector Tom Reed, who led the inquiry, said: ``The family "
            "have been very brave.''",
            "Detective Inspector Tom Reed",
        ),
        ("Weeks after the crash Ann, 35, asked the driver: ``Why did you not stop?''", "Ann"),
    ],
)
def test_a_fronted_phrase_of_time_is_no_part_of_the_label(text, label):
    assert [r[1] for r in _rows(text)] == [label]


def test_a_judges_title_broken_by_a_line_is_read_whole():
    from corpus_tools.attribution.identities import role_holder

    text = (
        "Reed, 50, of Upton, stood still in the dock at Ashby Crown Court as judge Mr\n"
        "Justice Tom Lane branded him ``a cruel man.''\n\n"
        "``You are a cruel and dangerous man,'' the judge added."
    )
    assert role_holder("the judge", text) == "Mr Justice Tom Lane"


def test_branded_with_a_quotation_is_the_judges_statement():
    text = "Jailing him at Ashby Crown Court, Judge Tom Lane branded him a ``menace''."
    rows = text_attributions(text, "branded")
    assert rows[["speaker_label", "role"]].values.tolist() == [["Judge Tom Lane", "speaker"]]


def test_a_threat_told_in_the_texts_own_voice_is_a_statement():
    text = (
        "Miss Dean had taken an overdose and threatened to starve herself unless doctors agreed to operate."
    )
    rows = text_attributions(text, "threatened")
    assert rows[["speaker_label", "role"]].values.tolist() == [["Miss Dean", "speaker"]]


def test_mr_x_is_not_merged_with_the_daughter_who_speaks_in_the_same_text():
    text = (
        "Former dancer Rose Dean died after surgery, an inquest heard.\n\n"
        "Miss Dean had threatened to starve herself unless doctors agreed to operate.\n\n"
        "Miss Dean's father Tom, sister Ruth, 40, and stepmother Joan sat at the front of the court.\n\n"
        "Asking whether his daughter was fit enough, Mr Dean asked: ``Why did they not wait?''"
    )
    rows = _rows(text)
    assert [r[1] for r in rows if r[0] == 1] != [r[1] for r in rows if r[0] == 3]
    assert [r[1] for r in rows if r[0] == 3] == ["Mr Dean", "Mr Dean"]


def test_a_cleft_which_hung_on_the_verb_is_no_speaker():
    text = (
        "It was his pride, he claimed, which led him to ``grass'' on a man called Tom Reed and "
        "accuse him of the theft of the car."
    )
    labels = text_attributions(text).speaker_label.tolist()
    assert not any("which" in str(x) for x in labels)


_PA_BODY = (
    "A retired dancer died after surgery at the University Hospital of Westshire, an inquest heard today.\n\n"
    "Later a statement issued by the University Hospital of Westshire said: ``The operation was not "
    "experimental and it was a minor procedure.''"
)


@pytest.mark.parametrize(
    "paper",
    [
        "A retired dancer died after surgery at the University Hospital of Westshire.\n\n"
        "A hospital spokesman said: ``The operation was not experimental and it was a minor procedure.''",
        "A retired dancer died after surgery at a hospital in Westshire.\n\n"
        "University Hospital said: ``The operation was not experimental and it was a minor procedure.''",
    ],
)
def test_a_bodys_statement_kept_under_its_spokesman_or_its_short_name_is_kept(paper):
    corpus = from_records(
        [
            {"doc_id": "pa", "text": _PA_BODY, "outlet": "PA"},
            {"doc_id": "sun", "text": paper, "outlet": "Sun"},
        ]
    )
    surv = ct.analyze(corpus, source="pa").speaker_survival
    row = surv[surv.speaker == "University Hospital of Westshire"]
    assert row[["status", "became"]].values.tolist() == [["kept", ""]]


@pytest.mark.parametrize(
    ("label", "name", "gender"),
    [
        ("Miss Dean's father, Tom", "Tom Dean", "m"),
        ("Miss Dean's 61-year-old father Tom", "Tom Dean", "m"),
        ("Mr Dean", "Mr Dean", "m"),
        ("Rose Dean", "Rose Dean", "f"),
        ("Mr Dean's brother Neil", "Neil Dean", "m"),
    ],
)
def test_a_kin_label_is_the_name_it_gives_and_its_gender_the_kin_words(label, name, gender):
    from corpus_tools.attribution.kin_genders import kin_name, member_gender

    text = "Former dancer Rose Dean died. Miss Dean's father Tom sat in court. Mr Dean asked why."
    assert (kin_name(label), member_gender(label, text)) == (name, gender)


def test_a_father_named_by_kin_in_one_take_and_by_title_in_another_is_one_and_kept():
    # guard (passes on 33cc213 too, where the second take's "Mr Dean" joined his daughter): the
    # father stays one source speaker across the takes and is not relabelled by the paper's age
    take1 = (
        "Former dancer Rose Dean died after surgery, an inquest heard.\n\n"
        "Miss Dean's father, Tom, was among relatives at the hearing.\n\n"
        "He questioned why surgeons had not waited until his daughter had put on weight."
    )
    take2 = (
        "Former dancer Rose Dean died after surgery, an inquest heard.\n\n"
        "Miss Dean had threatened to starve herself unless doctors agreed to operate.\n\n"
        "Miss Dean's father Tom, sister Ruth, 40, and stepmother Joan sat at the front of the court.\n\n"
        "Asking whether his daughter was fit enough, Mr Dean asked: ``Why did they not wait for her?''"
    )
    paper = (
        "Dancer Rose Dean died after surgery, an inquest heard yesterday.\n\n"
        "Miss Dean's 61-year-old father Tom asked: ``Why did they not wait for her?''"
    )
    surv = _survival(take1, take2, paper)
    sun = surv[surv.doc_id == "sun"]
    fathers = sun[sun.speaker.str.contains("father|Mr Dean")]
    assert len(fathers) == 1  # one father across the takes, not "Miss Dean's father, Tom" and "Mr Dean"
    assert fathers.status.iloc[0] in ("kept", "kept_other_statement") and fathers.became.iloc[0] == ""


def test_a_participle_of_saying_read_as_a_noun_gives_the_quotation_to_the_subject():
    text = "Her brother Tom, 41, left the inquest saying: ``We will never know why she died.''"
    assert speaker_rows(text) == [["Her brother Tom", "person", 1]]


def test_a_threat_made_by_an_act_is_no_statement():
    # guard: "threatened the landlord" (no clause of what was threatened) stays an act
    text = "Tom Reed said the tenant was violent.\n\nHe had a knife and had threatened the landlord."
    assert text_attributions(text, "threatened").empty
