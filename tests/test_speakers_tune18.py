"""Who speaks, round 18's tuning stories (``benchmarks/claims_tune18.md``). Invented texts of the
same shapes."""

from __future__ import annotations

import pytest
from pairs import speaker_rows, text_attributions

from corpus_tools.attribution.employer_asides import (
    aside_in_subject,
    named_over_description,
    person_of_apposition,
)
from corpus_tools.text.nlp import load_model

_OPENING = "The trial went on at Leeds Crown Court.\n"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        # kind T3: a second description of the employer between the apposition and the verb (was
        # "the company", an institution)
        (
            "Sarah Pell, product development manager for Fenwick UK, the company carrying out the "
            "tests, said that the total cost of the scheme was £2 million.\n",
            "said",
        ),
        # an aside between dashes inside the apposition (was "Fenwick Seeds")
        (
            "Sarah Pell, the sales manager for Fenwick Seeds - a seed company based in Hull and part "
            "of the Dutch Fenwick group - told the court that the crop had been sown in May.\n",
            "told",
        ),
        # "who" after the apposition, hung by the parser on its last noun (was "the farm")
        (
            "The court also heard from Sarah Pell, the Fenwick manager responsible for the farm, who "
            "admitted her firm had made no checks.\n",
            "admitted",
        ),
    ],
)
def test_a_person_named_with_her_employer_speaks_never_the_employer(sentence, cue):
    rows = text_attributions(_OPENING + sentence, cue=cue)
    assert rows.speaker_label.tolist() == ["Sarah Pell"]
    assert ["Sarah Pell", "person", 1] in speaker_rows(_OPENING + sentence)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # guards: the shapes the three rules leave alone
        ("The Kent Support Group - made up of parents - said it was glad.\n", "The Kent Support Group"),
        ("Sarah Pell, the manager, who spoke for the firm, said the fields were clean.\n", "Sarah Pell"),
        ("Fenwick UK, the company carrying out the tests, said the fields were clean.\n", "Fenwick UK"),
    ],
)
def test_the_shapes_read_before_stay(sentence, speaker):
    assert text_attributions(_OPENING + sentence, cue="said").speaker_label.tolist() == [speaker]


def test_the_employer_rules_read_the_parse():
    nlp = load_model()
    doc = nlp("Sarah Pell, manager for Fenwick UK, the company carrying out the tests, said so.")
    said = next(t for t in doc if t.text == "said")
    subjects = [c for c in said.children if c.dep_ == "nsubj"]
    assert named_over_description(subjects, said).text == "Pell"
    assert named_over_description(subjects[-1:], said) is None  # one subject: nothing to choose
    doc = nlp("The Kent Support Group - made up of parents - said it was glad.")
    said = next(t for t in doc if t.text == "said")
    assert not aside_in_subject(said, next(t for t in doc if t.text == "Group"))
    doc = nlp("The court heard from Sarah Pell, the manager responsible for the farm, who said so.")
    assert person_of_apposition(next(t for t in doc if t.text == "farm")).text == "Pell"
    assert person_of_apposition(next(t for t in doc if t.text == "Pell")) is None


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # kind T7: a judge's condolences offered are her statement (had no row, so a paper's
        # "expressed her sympathy" was "another statement")
        (
            "The verdict stunned the family.\nThe judge, Justice Mary Quill, offered her condolences "
            "to the families of Dean and Rourke.\n",
            [["The judge, Justice Mary Quill", "person", 1]],
        ),
        (
            "The verdict stunned them.\nMr Tom Vale conveyed his sympathy to the widow.\n",
            [["Mr Tom Vale", "person", 1]],
        ),
        # guards: an offer of a thing is no statement
        ("The verdict stunned the family.\nThe council offered support to the families.\n", []),
        ("The verdict stunned them.\nMr Tom Vale offered his help to the widow.\n", []),
    ],
)
def test_condolences_offered_are_a_statement(text, speakers):
    assert speaker_rows(text) == speakers


@pytest.mark.parametrize(
    "sentence",
    [
        # kind T9: a verb of saying done to a person, no clause (were speakers)
        "Detectives questioned him soon after the killing, but did not charge him.\n",
        "Two years earlier, police had cautioned Baxter over a video which he had helped two boys make.\n",
        "Police charged him with murder after a search of the shop.\n",
    ],
)
def test_questioning_cautioning_or_charging_a_person_is_an_act(sentence):
    assert speaker_rows(_OPENING + sentence) == []


def test_a_caution_or_a_charge_with_its_clause_is_a_statement():
    text = (
        _OPENING
        + "The minister cautioned that the plan would cost more. Prosecutors charged that Baxter had lied.\n"
    )
    assert speaker_rows(text) == [["The minister", "anonymous", 1], ["Prosecutors", "anonymous", 1]]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # kind T6: the agent of a passive of describing speaks (no row; or the thing described, or
        # the subject of the clause before)
        (
            'Baxter, 52, of Leeds, was described by a senior detective as a "cold and calculating" man.\n',
            "a senior detective",
        ),
        (
            'Tom was killed in the village shop, which was described by one policeman as a "child magnet".\n',
            "one policeman",
        ),
        (
            "He had just finished school and was described by his head teacher, Jim Scott, as "
            '"an able boy".\n',
            "his head teacher, Jim Scott",
        ),
    ],
)
def test_the_agent_of_a_passive_of_describing_speaks(sentence, speaker):
    assert [r[0] for r in speaker_rows(_OPENING + sentence)] == [speaker]


def test_a_passive_with_its_subject_and_agent_reads_as_before():
    text = _OPENING + "Ms Lane was asked by moderator Tom Reyes whether she would run.\n"
    assert [r[0] for r in speaker_rows(text)] == ["moderator Tom Reyes"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # kind T8: the letter read out in court is its writer's (was a speaker of its own)
        (
            "Mr Dunn read out a letter which Lord Tarn wrote to Mr Hale on July 15.\nLord Tarn pointed "
            'out the risk to other fields.\nThe letter ended: "I do hope you will see the need for this '
            'crop to be removed."\n',
            [["Lord Tarn", "person", 3]],
        ),
        (
            "Lord Tarn had written to Mr Hale two weeks before the raid.\nMr Hale told the court he had "
            'not replied.\nThe letter concluded: "I do hope you will see the need for this crop to be '
            'removed."\n',
            [["Lord Tarn", "person", 2], ["Mr Hale", "person", 1]],
        ),
        # guard: a letter whose writer the text does not name stays a document
        (
            'The letter concluded: "I do hope you will see the need for this crop to be removed."\n',
            [["The letter", "organisation", 1]],
        ),
    ],
)
def test_a_letter_read_out_is_its_writers(text, speakers):
    assert speaker_rows(_OPENING + text) == speakers


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # kind T10: a plea of a group the text does not name one by one (had no row)
        (
            "All 28 defendants have pleaded not guilty to charges of theft and criminal damage.\n",
            [["All 28 defendants", "anonymous", 1]],
        ),
        (
            "The campaigners, from as far afield as Leeds and Hull, and including a vicar, all pleaded "
            "not guilty to theft.\n",
            [["The campaigners", "anonymous", 1]],
        ),
        # guards: a plea to someone is no plea of guilt; "All" alone stays the speaker
        ("The men pleaded with the guards to let them go.\n", []),
        ("All have denied charges of criminal damage and theft.\n", [["All", "anonymous", 1]]),
    ],
)
def test_a_plea_of_a_group_of_defendants_is_a_statement(sentence, speakers):
    assert speaker_rows(_OPENING + sentence) == speakers


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # kind T4: a fronted phrase of place made the speaker ("Outside court", an institution)
        (
            "Outside court, his fiancee, Jane Rourke a shop manager from Leeds, said that she was "
            "disappointed by the decision.\n",
            [["Jane Rourke", "person", 1]],
        ),
        # a fronted adverb kept in the label ("Earlier the judge at Leeds Crown Court")
        (
            'Earlier the judge at Leeds Crown Court warned the jury: "This case is not about farming."\n',
            [["the judge at Leeds Crown Court", "anonymous", 1]],
        ),
        # guards: a fronted phrase set off by its comma, and one with no comma after its noun
        ("Earlier, Mr Tom Vale said he was glad.\n", [["Mr Tom Vale", "person", 1]]),
        (
            "Outside the court the family of Tom Dean said they were glad.\n",
            [["the family of Tom Dean", "anonymous", 1]],
        ),
    ],
)
def test_a_fronted_phrase_of_time_or_place_is_no_part_of_the_speaker(sentence, speakers):
    assert speaker_rows(_OPENING + sentence) == speakers
