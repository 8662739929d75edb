"""Who speaks, round 15 of issue 22: the S kinds read from the four METER courts stories of round
12's tuning (``TUNE_12``, ``benchmarks/claims_tune12.md``). Invented texts of the same shapes; each
test of a kind fails on ``51c859c``; the guards must not move."""

from __future__ import annotations

import pytest
from pairs import speaker_rows, text_attributions
from wire_takes import takes_and_paper

from corpus_tools import from_records
from corpus_tools.attribution.accounting import speaker_table
from corpus_tools.attribution.survival import speaker_survival

LEAD = "Mr Ray Lane is the biggest liar in town, {who} told the High Court today."
NEXT = "\n\nTom Dodd, a one-time soldier, told the jury that he had been sacked unfairly."
MORE = '\n\nMr Dodd said: "I was not sacked."'


@pytest.mark.parametrize(
    "who",
    ["his former head of security", "his former security chief", "Mr Lane's former bodyguard"],
)
def test_a_leads_possessive_description_of_an_employee_is_the_man_named_next(who):
    rows = speaker_rows(LEAD.format(who=who) + NEXT + MORE)
    assert rows == [["Tom Dodd", "person", 3]]


def test_an_employee_description_after_a_fronted_phrase_in_the_next_sentence():
    text = LEAD.format(who="the Lane owner's former head of security") + (
        "\n\nDuring a long and angry day in the libel trial, Tom Dodd, a one-time soldier, said that"
        " he had been sacked unfairly."
    )
    assert speaker_rows(text) == [["Tom Dodd", "person", 2]]


def test_a_possessive_description_of_kin_is_not_an_employee():
    rows = speaker_rows(LEAD.format(who="his mother") + NEXT)
    assert ["Tom Dodd", "person", 2] not in rows


def test_an_employee_description_is_not_a_man_the_text_named_before():
    text = (
        "Tom Dodd, 62, worked for Mr Ray Lane.\n\n"
        + LEAD.format(who="his former head of security")
        + "\n\nAnn Bell, a cleaner, told the jury that she had seen it."
    )
    assert ["Ann Bell", "person", 2] not in speaker_rows(text)


@pytest.mark.parametrize(
    "order",
    [
        "The judge ordered some sentences to run concurrently, but others to run consecutively.",
        "Finally Mr Justice Bell ordered him to leave the witness box.",
        "Mr Justice Bell ordered the former soldier out of the witness box as he shouted.",
        "Eventually the judge told him to leave the witness box.",
    ],
)
def test_a_judges_order_given_to_someone_is_an_act(order):
    text = f"Tom Dodd, 62, was jailed for four years at Leeds Crown Court.\n\n{order}"
    assert [r for r in speaker_rows(text) if r[0] != "Tom Dodd"] == []


@pytest.mark.parametrize(
    "statement",
    [
        "The judge told the jury that the evidence against him was weak.",
        "The union ordered its members to strike.",  # no judge: left as it was
    ],
)
def test_a_judges_statement_and_anyone_elses_order_stay(statement):
    text = f"Tom Dodd, 62, was jailed for four years at Leeds Crown Court.\n\n{statement}"
    assert len([r for r in speaker_rows(text) if r[0] != "Tom Dodd"]) == 1


_WIRE = (
    "A former soldier was jailed for four years today for burning down a warehouse.\n\n"
    'Brian Dodd, 62, told the jury: "I burned forty sacks of papers on a bonfire that night."\n\n'
    "Prosecutor Jane Cole said the fire had cost the firm half a million pounds."
)


@pytest.mark.parametrize("name", ["Brian Dodds", "Brian Dood"])
def test_a_misprinted_surname_with_the_same_given_name_is_the_same_man(name):
    paper = (
        "A former soldier was jailed for four years yesterday for burning down a warehouse.\n\n"
        f'{name}, 62, told the jury: "I burned forty sacks of papers on a bonfire that night."'
    )
    survival = speaker_survival(takes_and_paper([_WIRE], paper, "1999-12-14"), source="PA")
    assert survival.set_index("speaker")["status"].to_dict()["Brian Dodd"] == "kept"


def test_a_misprinted_surname_without_a_shared_given_name_is_another_man():
    paper = (
        "A former soldier was jailed for four years yesterday for burning down a warehouse.\n\n"
        'Tom Dodds, 62, told the jury: "I burned forty sacks of papers on a bonfire that night."'
    )
    survival = speaker_survival(takes_and_paper([_WIRE], paper, "1999-12-14"), source="PA")
    assert survival.set_index("speaker")["status"].to_dict()["Brian Dodd"] != "kept"


def test_a_determiner_run_into_its_noun_is_the_role_its_holder_holds():
    text = (
        "Tom Dodd, 55, was jailed for 14 years today.\n\n"
        "Prosecutor Christopher Bell QC told the court that the offences took place in 1974.\n\n"
        '"It is almost as if he enjoyed it," theprosecutor said.'
    )
    rows = speaker_rows(text)
    assert rows == [["Prosecutor Christopher Bell QC", "person", 2]]


@pytest.mark.parametrize(
    "inverted",
    [
        'Mr Ray Lane had told him to throw the tenant "on a skip", he said.',
        "A final decision by Mr Ray Lane could end the last hope of the tenants, he said.",
    ],
)
def test_a_pronoun_after_its_statement_is_no_one_the_statement_names(inverted):
    text = (
        "Tom Dodd, 62, worked for Mr Ray Lane for two years.\n\n"
        'Mr Dodd told the jury: "I would have gone to hell and back for him."\n\n' + inverted
    )
    rows = text_attributions(text, "said")
    assert rows[rows.speaker == "he"].speaker_label.tolist() == ["Tom Dodd"]


def test_a_person_whose_firm_bears_his_name_is_a_person():
    corpus = from_records(
        [
            {
                "doc_id": "t1",
                "text": "Rock star Phil Collins was today suing two members of his former band.\n\n"
                "But Collins is arguing that the pair should have been paid for five tracks.",
                "group": "wire",
            },
            {
                "doc_id": "t2",
                "text": "Robert Howe, representing Phil Collins Ltd, told the court the pair were overpaid.",
                "group": "wire",
            },
        ]
    )
    table = speaker_table(corpus)
    assert table[table.doc_id == "t1"].speaker_kind.tolist() == ["person"]


def test_a_firm_named_after_no_person_in_the_text_stays_an_institution():
    text = (
        "Hallam Gas Ltd was fined today for a leak.\n\n"
        "Hallam Gas said it regretted the leak and had changed its checks."
    )
    assert speaker_rows(text)[0][1] == "organisation"


def test_a_time_word_is_no_speaker_and_a_subject_hung_on_the_auxiliary_speaks():
    text = (
        "Film star Ann Bell was today suing two American members of her former film crew, claiming "
        "she overpaid them in wages."
    )
    assert text_attributions(text, "claiming").speaker.tolist() == ["Film star Ann Bell"]


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        ("As the evidence in the case concluded, the jury was sent away until Thursday.", 0),
        ("As the judge said, the jury was sent away until Thursday.", 1),  # a speaker's word: stays
    ],
)
def test_a_thing_in_a_clause_of_time_says_nothing(sentence, n):
    text = f"Tom Dodd, 62, was cleared of theft today.\n\n{sentence}"
    assert len([r for r in speaker_rows(text) if r[0] != "Tom Dodd"]) == n
