"""Who speaks, issue 22 round 16 (kind T1 of ``benchmarks/claims_tune15.md``, what spk26 left):
a role description that two named people fit is the one named last before it ("The QC repeated"
after "Mr Vane asked"); a transcript's "Counsel:" is the barrister last named; a post held in the
past ("The former Labour minister") is the one person the story names as its former holder; a
determiner alone never names a speaker. And the one reading of "..., NAME, prosecuting, told"
(``attribution/side_names.py``). Invented texts of the same shapes: a libel trial of a former
minister and two QCs."""

from __future__ import annotations

import pytest
from pairs import speaker_rows

from corpus_tools.attribution.identities import surname
from corpus_tools.attribution.past_offices import past_office_holders, past_office_of
from corpus_tools.attribution.role_descriptions import role_described
from corpus_tools.report.checks import name_key
from corpus_tools.text.nlp import load_model

_PEOPLE = {"Dodd", "Vane", "Kerr", "Rusk"}

#: a libel trial: the claimant, a former minister; his QC and the other side's
_TRIAL = (
    "Tom Dodd told the High Court libel trial today that he had never taken money from Ian Rusk. "
    "His counsel, Mr Hugh Kerr QC, asked him about the gifts. "
    "Mr Dodd said he had returned them. "
    "Cross-examined by Peter Vane QC, for Mr Rusk, Mr Dodd denied lying. "
    "Mr Vane asked if he was seriously seeking damages. "
)


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        # two QCs named; the one named in the sentence before is meant, though Kerr came first
        (_TRIAL + "The QC repeated his question.", "The QC", "Peter Vane"),
        # the other way round: Kerr named last
        (
            _TRIAL + "Mr Kerr then rose. The QC said his client had been wronged.",
            "The QC",
            "Mr Hugh Kerr",
        ),
        # neither named in the two sentences before it: the one named twice as often, as before
        (
            _TRIAL + "The jury was sent out. The hearing went on for hours. Lunch was late. "
            "The QC repeated his question.",
            "The QC",
            "Peter Vane",
        ),
        # ... and none when neither is
        (
            "Ann Kerr QC and Tom Vane QC were in court. The judge sat. Lunch was late. The QC rose.",
            "The QC",
            "",
        ),
        # a man the text sets after "counsel," and a comma is no counsel: the QC named before him
        (
            "Mr Vane, who is Tom Vane QC, asked Mr Dodd to leave it to his counsel, Mr Dodd said. "
            "Hugh Kerr QC sat down. Mr Vane then asked Mr Dodd again. The QC repeated his question.",
            "The QC",
            "Tom Vane",
        ),
        # a transcript's bare "Counsel:" line after the barrister is named as questioning
        (_TRIAL + 'Counsel: "You sat in parliament for ten years?"', "Counsel", "Peter Vane"),
    ],
)
def test_a_role_two_people_fit_is_the_one_named_last(text, label, expected):
    at = text.rindex(label)
    assert role_described(label, text[:at], text[at:], _PEOPLE) == expected


def test_a_role_another_take_of_the_source_gives_a_person():
    # the document calls him only "Mr Vane"; an earlier take of the same source names him with "QC"
    group = "Tom Dodd was questioned by Peter Vane QC, for Mr Rusk. Mr Kerr, his counsel, sat down."
    text = 'Mr Vane and Mr Dodd clashed at once.\n\nCounsel: "You sat in parliament for ten years?"'
    at = text.index("Counsel")
    assert role_described("Counsel", text[:at], text[at:], _PEOPLE, group) == "Mr Vane"
    # without the other take: no one the document ties the role to
    assert role_described("Counsel", text[:at], text[at:], _PEOPLE, "") == ""


@pytest.mark.parametrize(
    ("label", "story", "expected"),
    [
        # another version names him as a former MP; the description says minister and a party
        ("The former Labour minister", "Former Labour MP Tom Dodd sued the grocer.", "Tom Dodd"),
        ("The Labour former minister", "Tom Dodd, the former Labour MP, sued the grocer.", "Tom Dodd"),
        ("The former trade Minister", "ex-MP Tom Dodd sued the grocer.", "Tom Dodd"),
        # the party the story gives him is another: none
        ("The former Tory minister", "Former Labour MP Tom Dodd sued the grocer.", ""),
        # two former MPs: either may be meant (a post, unlike a rank, is never read by recency)
        (
            "The former Labour minister",
            "Former Labour MP Tom Dodd sued. Former Labour MP Ian Rusk was sued.",
            "",
        ),
        # no version says the office is past: the post alone (an MP is no minister)
        ("The former Labour minister", "Labour MP Tom Dodd sued the grocer.", ""),
    ],
)
def test_a_past_office_is_the_one_person_the_story_names_as_its_former_holder(label, story, expected):
    text = f"The grocer Ian Rusk was sued by Tom Dodd. Mr Rusk denies it.\n\n{label} said he wept."
    at = text.index(label)
    assert role_described(label, text[:at], text[at:], _PEOPLE, "", story) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("The former Tory minister", frozenset({"Tory"})),
        ("the ex-minister", frozenset()),
        ("The one-time MP", frozenset()),
        ("The minister", None),
        ("A former minister", None),
        ("The former consultant", None),
    ],
)
def test_a_past_office_description(label, expected):
    assert past_office_of(label) == expected


def test_the_former_holders_a_story_names():
    story = "FORMER Tory MP Tom Dodd sued. Ian Rusk, a former Labour minister, spoke. The former MP wept."
    assert past_office_holders(story) == {"Dodd": frozenset({"Tory"}), "Rusk": frozenset({"Labour"})}


def test_the_qc_is_the_barrister_named_before_not_a_second_speaker():
    text = (
        "Tom Dodd was cross-examined today by Peter Vane QC, for the grocer Ian Rusk.\n\n"
        "His counsel, Mr Hugh Kerr QC, had asked him about the gifts.\n\n"
        'Mr Vane asked: "Are you seriously asking for damages?"\n\n'
        'The QC repeated: "Are you seriously asking the jury for damages?"\n'
    )
    rows = speaker_rows(text)
    assert not [r for r in rows if r[0] in ("The QC", "The")], rows
    vane = [r for r in rows if r[0].endswith("Vane") or r[0].endswith("Vane QC")]
    assert len(vane) == 1 and vane[0][2] == 2, rows


def test_a_determiner_alone_names_no_one():
    text = 'The QC repeated: "Are you seriously asking for damages?"\n'
    assert speaker_rows(text) == [["The QC", "anonymous", 1]]
    assert surname("The QC") == "" and name_key("The QC", "person") == ""


@pytest.mark.parametrize(
    ("text", "cue", "function", "expected"),
    [
        ("He drove off, Ann Lee, prosecuting, told the court.", "told", "side_name", "Lee"),
        # the parse heads the name with its letters: the mention's head
        ("He drove off, Ann Lee QC, defending, told the court.", "told", "side_name", "QC"),
        ("They chased him, Ann Lee, mitigating, told the court.", "told", "side_name", None),
        ("He passed the files to a friend, Tom Vane QC, prosecuting, told the jury.", "told", "after", "QC"),
        ("He passed the files to a friend, Tom Vane, mitigating, told the jury.", "told", "after", "Vane"),
        ("His lawyer, Anne Clark, said the files were lost.", "said", "after", None),
    ],
)
def test_one_reading_of_a_name_in_commas_before_the_cue(text, cue, function, expected):
    from corpus_tools.attribution import side_names

    doc = load_model()(text)
    verb = next(t for t in doc if t.text == cue)
    if function == "after":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), doc[0])
        found = side_names.name_after_content(verb, subject)
    else:
        found = getattr(side_names, function)(verb)
    assert (found.text if found is not None else None) == expected
