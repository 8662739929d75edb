"""Who speaks, the shapes round 27's tuning stories showed (``benchmarks/claims_tune27.md``, kinds
K1, K9, K10 and K12). Invented texts of the same shapes (other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows

from corpus_tools.attribution.alias_names import alias_name
from corpus_tools.attribution.definite_openers import definite_opener
from corpus_tools.attribution.expert_nouns import expert_holder
from corpus_tools.attribution.heard_participles import heard_clause
from corpus_tools.attribution.victim_names import victim_named
from corpus_tools.text.nlp import load_model

# K1: "A neighbour, who was named only as Sam for his safety, said": Sam
_ALIAS = (
    "A neighbour of Mr Kerr's, who was named only as Sam for his safety, said the men had been loud.\n"
    "Sam said he had not been asked by officers to describe them.\n"
)


def test_a_description_named_only_as_is_that_person():
    assert speaker_rows(_ALIAS) == [["Sam", "person", 2]]


def test_a_reduced_named_only_as_is_that_person_too():
    text = (
        "A porter named only as Lee for his safety, who saw the fight, said it was brief.\nLee said more.\n"
    )
    assert speaker_rows(text) == [["Lee", "person", 2]]


def test_alias_name_needs_the_name_right_after_the_description():
    after = "A porter, who was named in court, said it was brief."
    assert alias_name("A porter", False, after) == ""
    assert alias_name("A porter", True, "A porter named only as Lee said") == ""
    assert alias_name("A group", False, "A group known as The Circle said") == ""
    coded = "the officer, identified only as Officer Kilo, said"
    assert alias_name("the officer", False, coded) == ""  # a code name: coded_officers
    assert alias_name("a nurse", False, "a nurse, known as Woman D, said") == ""  # letter_appositions
    assert alias_name("a nurse", False, "a nurse, known only as Jo, said") == "Jo"


def test_without_the_alias_the_description_stays_apart():
    text = _ALIAS.replace(", who was named only as Sam for his safety,", "")
    assert speaker_rows(text) == [["A neighbour of Mr Kerr", "anonymous", 1], ["Sam", "person", 1]]


# K1: "The drunken mate of a trawler ... after admitting" / "Danish First Mate Lars Holm"
_MATE = (
    "FERRY MATE FACES JAIL<\n"
    "The sleepy mate of a trawler which hit a pier after he nodded off was facing jail today after "
    "admitting a breach of safety rules.<\n"
    "Danish First Mate Lars Holm was on watch when he went below to sleep.<\n"
    "Holm, 51, pleaded guilty to endangering the vessel.<\n"
)


def test_a_definite_opening_description_that_pleads_is_the_man_named_next():
    assert speaker_rows(_MATE) == [["Lars Holm", "person", 2]]


def test_definite_opener_only_in_the_first_sentence():
    after = _MATE[_MATE.index("The sleepy") :]
    before = _MATE[: _MATE.index("The sleepy")]
    assert definite_opener("The sleepy mate of a trawler", False, before, after, {"Holm"}) == "Lars Holm"
    later = "Ships sank. " + before
    assert definite_opener("The sleepy mate of a trawler", False, later, after, {"Holm"}) == ""
    assert definite_opener("A sleepy mate of a trawler", False, before, after, {"Holm"}) == ""
    assert definite_opener("The sleepy mate of a trawler", True, before, after, {"Holm"}) == ""


# K9: "a police statement in December 1997": no job for "December"
def test_a_month_is_given_no_job():
    before = "It emerged that Kay had said in a police statement in March 1998 that he was sure. "
    assert expert_holder("the police", False, before) == ""
    assert expert_holder("the surgeon", False, "Heart surgeon Dr Ann Hale said so. ") == "Dr Ann Hale"


def test_the_police_are_not_the_month_of_their_statement():
    text = (
        "It emerged that Kay had said in a police statement in March 1998 that he was sure.\n"
        "The coroner heard that the police had not asked Kay to help.\n"
        "Police first claimed the man had fallen into the canal.\n"
    )
    assert speaker_rows(text) == [["Kay", "person", 1], ["the police", "organisation", 2]]


# K10: "The jury was told ... after Smith had insulted Jones, telling him ...": Smith's
_TAUNT = (
    "Leeds Crown Court was told the fight started shortly after Hollis had mocked Pryce, telling him he "
    "could not sit at his table, which had been laid for the party.\n"
)


def test_a_participle_in_what_a_court_was_told_is_not_the_courts():
    assert speaker_rows(_TAUNT) == [["Leeds Crown Court", "anonymous", 1]]


def test_heard_clause_is_the_clause_before_the_comma():
    nlp = load_model()
    doc = nlp(_TAUNT.strip())
    telling = next(t for t in doc if t.text == "telling")
    assert heard_clause(telling, next(t for t in doc if t.text == "told")).text == "mocked"
    said = nlp("Hollis said he saw no need to move, telling Pryce to sit down.")
    assert heard_clause(next(t for t in said if t.text == "telling"), said[1]) is None


# K12: "The inquiry heard that ...": the hearing
def test_an_inquiry_that_heard_is_the_hearing():
    text = "The inquiry heard that a meeting with the witness had been cancelled at the last minute.\n"
    assert speaker_rows(text) == [["The inquiry", "anonymous", 1]]


# K1: "the victim" of a story that names one victim
_VICTIM = (
    "Dean Rowe, 19, was jailed for life after he admitted murdering Carl Booth at a youth centre.\n"
    "Booth and the other boys came from Hull.\n"
    "During the class the victim was heard by other boys to mock Rowe, calling him a coward.\n"
)


def test_the_victim_of_a_story_naming_one_victim_is_that_person():
    rows = speaker_rows(_VICTIM)
    assert ["the victim", "anonymous", 1] not in rows
    assert ["Carl Booth", "person", 1] in rows


def test_victim_named_needs_one_victim():
    people = {"Rowe", "Booth", "Hart"}
    assert victim_named("the victim", False, _VICTIM, people) == "Carl Booth"
    assert victim_named("the victim", False, _VICTIM + "He also stabbed Ann Hart.", people) == ""
    assert victim_named("a victim", False, _VICTIM, people) == ""


def test_a_definite_opening_body_is_no_person():
    text = (
        "The staff of the federal Trade Board plans to recommend that the firm be charged, a Kemco "
        "official told reporters.\nKemco lawyer Tim Ashe said the firm was advised by Board staff.\n"
    )
    rows = speaker_rows(text)
    assert rows == [["a Kemco official", "anonymous", 1], ["Kemco lawyer Tim Ashe", "person", 1]]


def test_a_statement_by_a_body_keeps_the_body():
    before = "The statement by the Iranian High Command was read out. "
    assert expert_holder("the statement", False, before) == "Iranian High Command"
