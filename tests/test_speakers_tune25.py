"""Who speaks, the shapes round 25's tuning stories showed (``benchmarks/claims_tune25.md``, kinds
K1-K4). Invented texts of the same shapes (other names, other words)."""

from __future__ import annotations

import pytest
from pairs import speaker_rows

from corpus_tools.attribution.apposed_roles import apposed_role
from corpus_tools.attribution.code_names import code_name
from corpus_tools.attribution.coded_officers import coded_officer
from corpus_tools.attribution.kin_titles import family_titled
from corpus_tools.attribution.lowercased_bodies import cased_body, story_cased
from corpus_tools.attribution.opening_pleas import description_head
from corpus_tools.attribution.party_adjectives import party_word
from corpus_tools.attribution.title_phrases import title_phrase_holder
from corpus_tools.attribution.titled_openers import titled_opener
from corpus_tools.attribution.wire_slugs import without_slugs

# K1: an opening description by past office and party, the man named in the next sentence
_PARTY = (
    "A former Labour Minister accused of kicking a waiter today admitted in court to having a "
    "caution for theft.\nTom Dale also admitted to a jury at Leeds Crown Court that he had been drunk.\n"
)


@pytest.mark.parametrize("header", ["", "  10:15 01/02/03: Page 1 (HHH) COURTS Dale Nightlead\n"])
def test_an_opening_description_by_party_and_office_is_the_man_named_next(header):
    assert speaker_rows(header + _PARTY) == [["Tom Dale", "person", 2]]


def test_a_place_in_the_description_is_still_a_name():
    assert speaker_rows(_PARTY.replace("former Labour Minister", "Leeds man")) == [
        ["A Leeds man", "anonymous", 1],
        ["Tom Dale", "person", 1],
    ]


@pytest.mark.parametrize(
    ("label", "head"),
    [
        ("A former Labour Minister", "minister"),
        ("A MARRIED former Tory minister", "minister"),
        ("A Leeds man", ""),
    ],
)
def test_description_head_reads_party_and_office_words(label, head):
    assert description_head(label) == head


def test_party_word():
    words = ("Labour", "Tory", "Minister", "Leeds", "Dale")
    assert [party_word(w) for w in words] == [True, True, True, False, False]


def test_a_wire_header_line_is_blanked_with_its_length():
    text = "  10:15 01/02/03: Page 1 (HHH) COURTS Dale\nA man said so.\n"
    out = without_slugs(text)
    assert len(out) == len(text) and "Dale" not in out and out.endswith("A man said so.\n")


# K1: "a taxi driver told a court", named two sentences on as "Cab driver Ali Khan"
_DRIVER = (
    "A girl seemed scared when the man called at her flat, a bus driver told a court today.\n"
    "Farmer Tom Reed is accused of assault.\n"
    "Bus driver Ali Khan told a jury that he saw her crying.\n"
)


def test_an_opening_trade_is_the_person_named_later_with_the_trade_as_title():
    assert speaker_rows(_DRIVER) == [["Ali Khan", "person", 2]]


def test_titled_opener_needs_the_trade_before_the_name():
    at = _DRIVER.find("a bus driver")
    assert titled_opener("a bus driver", _DRIVER[:at], _DRIVER[at:]) == "Ali Khan"
    plain = _DRIVER.replace("Bus driver Ali Khan", "Ali Khan")
    assert titled_opener("a bus driver", plain[:at], plain[at:]) == ""


# K1: a title phrase the story sets before the defendant's name, used as a description
def test_a_title_phrase_of_the_named_man_is_that_man():
    text = (
        "Harbour Board member Tom Reed is accused of fraud.\nReed denies the charge.\n"
        "Giving evidence, the Harbour Board member said he had been misled.\n"
    )
    assert speaker_rows(text) == [["Tom Reed", "person", 2]]


@pytest.mark.parametrize(
    ("label", "group", "name"),
    [
        ("the Harbour Board member", "Harbour Board member Tom Reed spoke.", "Tom Reed"),
        ("the member", "Harbour Board member Tom Reed spoke.", ""),
        ("the Harbour Board member", "Harbour Board member Tom Reed and Harbour Board member Ann Cole.", ""),
        ("the Harbour Board member", "Tom Reed spoke.", ""),
    ],
)
def test_title_phrase_holder(label, group, name):
    assert title_phrase_holder(label, group, {"Reed", "Cole"}) == name


# K2: a jury's "ruled" after the verdict is the verdict, an act; a coroner's ruling stays a statement
def test_an_inquest_jurys_ruling_is_no_statement():
    text = (
        "A farmer shot during a raid was killed lawfully, an inquest jury ruled today.\n"
        "The coroner, Dr Ann Lee, said the police had acted well.\n"
    )
    assert speaker_rows(text) == [["The coroner, Dr Ann Lee", "person", 1]]


def test_a_coroners_ruling_stays_a_statement():
    text = "A farmer shot during a raid was killed lawfully, the coroner ruled today.\n"
    assert speaker_rows(text) == [["the coroner", "anonymous", 1]]


# K4: a witness heard under a code name is anonymous
@pytest.mark.parametrize(
    ("label", "code"),
    [("Officer Bravo", True), ("Bravo", True), ("Officer Victor", False), ("Tom Bravo", False)],
)
def test_code_name(label, code):
    assert code_name(label) is code


def test_a_code_named_officer_is_an_anonymous_speaker():
    text = "Officer Bravo, who gave evidence from behind a screen, said he feared for his life.\n"
    assert speaker_rows(text) == [["Officer Bravo", "anonymous", 1]]


# K1 and K3: "Lynch's father Padraig" and "Mr Lynch" are one named man
def test_a_father_by_his_given_name_and_mr_surname_are_one_named_man():
    text = (
        "Speaking afterwards, Lynch's father Padraig said he was angry with the verdict.\n"
        'He said: "We wanted justice."\nIn a statement read outside court\n'
        'Mr Lynch added: "We will appeal."\n'
    )
    assert speaker_rows(text) == [["Padraig Lynch", "person", 3]]


def test_family_titled_needs_a_title_of_the_kins_sex():
    assert family_titled("father", "Lynch", "Mr Lynch added") is True
    assert family_titled("mother", "Lynch", "Mr Lynch added") is False
    assert family_titled("husband", "Lynch", "Mr Lynch added") is False


# K1: "The policeman" is the one officer the texts give a code name
def test_an_unnamed_policeman_is_the_one_code_named_officer():
    text = (
        "The policeman who fired the shots told the inquest he feared for his life.\n"
        "Officer Bravo, who gave evidence from behind a screen, said he had no choice.\n"
    )
    assert speaker_rows(text) == [["Bravo", "anonymous", 2]]  # one anonymous marksman, two statements


@pytest.mark.parametrize(
    ("group", "label"),
    [
        ("The policeman fired. Officer Bravo said so.", "Officer Bravo"),
        ("The policeman fired. An officer codenamed Tango said so.", "Officer Tango"),
        ("The policeman fired. Officer Bravo and Officer Tango said so.", ""),
        ("The policeman fired. Pc Tom Reed said so.", ""),
    ],
)
def test_coded_officer(group, label):
    assert coded_officer("The policeman", group) == label


# K1: "The mum" right after a named woman speaks is that woman
def test_a_bare_the_mum_is_the_woman_named_just_before():
    text = (
        "A man's conviction was quashed.\nChief witness Ann Rudd fumed: 'I feel let down.'\n"
        "The mum vowed she would not give evidence again, adding: 'It was torture.'\n"
    )
    assert speaker_rows(text) == [["Chief witness Ann Rudd", "person", 3]]


# K1: "his solicitor" is the one person the text names with "his solicitor" in apposition
def test_a_possessive_role_is_the_person_named_with_it_in_apposition():
    text = (
        "A man's conviction was quashed after a magistrate fell asleep.\n"
        "Tom Price must face a retrial after his solicitor reported the incident.\n"
        "Mr Price was fined in July.\n\n"
        "Tom Brown, his solicitor of the firm Brown and Co, said: 'A magistrate fell asleep.'\n"
    )
    assert speaker_rows(text) == [["Tom Brown", "person", 2]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He faces trial after his solicitor complained. Ann Lee, his solicitor, said so.", "Ann Lee"),
        ("He faces trial after his solicitor complained. His solicitor Ann Lee said so.", "Ann Lee"),
        ("He faces trial after his solicitor complained.", ""),
        ("Ann Lee, his solicitor, and Tom Ray, his solicitor, spoke.", ""),
    ],
)
def test_apposed_role(text, name):
    assert apposed_role("his solicitor", text) == name


# K8: a body a paper writes in lower case is the story's named body
def test_a_lower_case_body_takes_the_storys_capitals():
    story = "The Crown Prosecution Service confirmed it. The crown prosecution service said so."
    assert story_cased("The crown prosecution service", story) == "The Crown Prosecution Service"
    assert story_cased("The crown prosecution service", "The crown prosecution service said so.") == ""
    assert cased_body("the local council", "organisation", False, story) == ("the local council", False)


# K5: a tape is a thing, no speaker
@pytest.mark.parametrize(
    "text",
    [
        "The jury had heard the raid was planned.\nSurveillance tapes suggested his unit planned a bomb.\n",
    ],
)
def test_a_tape_is_no_speaker(text):
    assert speaker_rows(text) == [["The jury", "anonymous", 1]]
