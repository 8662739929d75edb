"""Who speaks, round 20's tuning stories (``benchmarks/claims_tune20.md``). Invented texts of the
same shapes."""

from __future__ import annotations

import pytest
from pairs import speaker_rows

from corpus_tools import from_records
from corpus_tools.attribution.accounting import speaker_table
from corpus_tools.attribution.companies import company_names
from corpus_tools.attribution.owned_roles import owned_role_holder
from corpus_tools.attribution.resident_names import resident_surname
from corpus_tools.attribution.shared_quotes import shared_quotations


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # kind K2: "Pemberton" was an institution (the firm's last name), holding both statements
        (
            "Joan Pemberton, 55, denied conspiracy to murder at Leeds Crown Court.\n"
            "Her husband ran Hood and Pemberton Ltd, a steel firm in Hull.\n"
            "Pemberton also blamed her stepson for the rift in her marriage.\n",
            [["Joan Pemberton", "person", 2]],
        ),
        # the same without the age that marks her a person: the firm is "Hood and Pemberton" still
        (
            "Joan Pemberton denied conspiracy to murder at Leeds Crown Court.\n"
            "Her husband ran Hood and Pemberton Ltd, a steel firm in Hull.\n"
            "Pemberton also blamed her stepson for the rift in her marriage.\n",
            [["Joan Pemberton", "person", 2]],
        ),
    ],
)
def test_a_surname_inside_a_firm_of_two_names_stays_the_persons(text, rows):
    assert speaker_rows(text) == rows


def test_a_firm_of_two_names_is_one_company():
    text = "Her husband ran Hood and Pemberton Ltd. Marks and Lane plc said nothing. Kerr Ltd paid."
    assert company_names(text) == {"Hood and Pemberton", "Marks and Lane", "Kerr"}


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # kind K2: "Reddaway of Hale Barns, Cheshire" was a third speaker (anonymous / a person)
        (
            "Joan Pemberton, 55, and Colin Reddaway, 43, deny conspiracy to murder Tom and Ann "
            "Pemberton at Leeds Crown Court.\n"
            "Reddaway of Hale Barns, Cheshire, also denies attempting to pervert the course of justice.\n",
            [["Joan Pemberton", "person", 1], ["Colin Reddaway", "person", 2]],
        ),
        (
            "Joan Pemberton, 55, and Colin Holmes, 43, deny conspiracy to murder Tom and Ann "
            "Pemberton at Leeds Crown Court.\n"
            "Holmes of Lymm Heath, Cheshire, also denies attempting to pervert the course of justice.\n",
            [["Joan Pemberton", "person", 1], ["Colin Holmes", "person", 2]],
        ),
    ],
)
def test_a_surname_with_its_address_is_that_person(text, rows):
    assert speaker_rows(text) == rows


def test_resident_surname_needs_a_person_of_that_surname():
    people = {"Reddaway", "Pemberton"}
    assert resident_surname("Reddaway of Hale Barns, Cheshire", people) == "Reddaway"
    assert resident_surname("Reddaway, of Hale Barns", people) == "Reddaway"
    assert resident_surname("Reddaway of Hale Barns", {"Pemberton"}) == ""
    assert resident_surname("Friends of the Earth", {"Friends"}) == ""
    assert resident_surname("Prince of Wales", {"Prince"}) == ""


def test_a_former_trade_describes_the_man_named_by_his_office_now():
    # kind K1: "The former Leeds defender" was an anonymous second speaker beside the manager
    text = (
        "A date was set today for the trial of Northam FC manager Dave Kerridge who is charged "
        "with theft.\nThe former Leeds defender denies the charges.\n"
    )
    assert speaker_rows(text) == [["Dave Kerridge", "person", 1]]


def test_a_description_without_former_is_not_the_man_of_an_office():
    # guard: the office still rules a man out for a trade he holds now ("The defender", a player)
    text = (
        "A date was set today for the trial of Northam FC manager Dave Kerridge who is charged "
        "with theft.\nThe Leeds defender denied the charges.\n"
    )
    assert [r[0] for r in speaker_rows(text)] == ["The Leeds defender"]


#: a sentencing take with a judge who took silk and an unnamed "her lawyer" (two tests read it)
_HITMAN = (
    "Joan Pemberton, 54, and Colin Reddaway, 43, hired a clown as a hitman, Hull Crown Court heard.\n"
    "Sentencing them, Judge Sir Colin Lee, QC, said Pemberton was the driving force behind the plot.\n"
    "Pemberton, of Hessle, was described as penniless and assetless by her lawyer before she was "
    "led to the cells.\n"
    "During the trial Tom Hale QC, prosecuting, told the jury the plot was born of greed.\n"
    "Ann Kerr QC, defending Reddaway, said he was ruined.\n"
)


def test_her_lawyer_is_not_the_judge_who_took_silk():
    # "Judge Sir Colin Lee, QC" took "her lawyer"'s statement (a QC, the one named before it)
    text = _HITMAN
    assert speaker_rows(text) == [
        ["Hull Crown Court", "anonymous", 1],
        ["Judge Sir Colin Lee", "person", 1],
        ["her lawyer", "anonymous", 1],
        ["Tom Hale QC", "person", 1],
        ["Ann Kerr QC", "person", 1],
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # kind K3: the British "criticised" was no cue (textacy's "criticize" was)
        (
            "A NURSE won damages yesterday.\n"
            "Outside the court, Judge Ann Cole criticised the trust for 'an unsatisfactory approach "
            "to safety'.\n",
            [["Judge Ann Cole", "person", 1]],
        ),
        # a ruling after its content, with no "that" ("..., Hull Crown Court ruled.")
        (
            "THE MANAGER of Northam Football Club will be tried in May for 13 theft charges relating "
            "to his time as a carer, Hull Crown Court ruled.\n"
            "Dave Kerridge, 43, who is on bail, denies all the charges.\n",
            [["Hull Crown Court", "organisation", 1], ["Dave Kerridge", "person", 1]],
        ),
        # a role and a name in apposition after a fronted participle clause, hung on a comma
        (
            "Sentencing them after a six week trial, the judge, Sir Dafydd Price, said Joan Pemberton "
            "was the driving force behind the plot.\n",
            [["Sir Dafydd Price", "person", 1]],
        ),
    ],
)
def test_statements_not_read_before(text, rows):
    assert speaker_rows(text) == rows


def test_a_ruling_before_its_clause_needs_its_clause():
    # guard: "ruled" with no clause of what was ruled stays no statement
    text = "The case was adjourned.\nHull Crown Court ruled on the bail terms yesterday.\n"
    assert speaker_rows(text) == []


def test_a_surname_alone_in_one_take_does_not_make_two_women_of_it_one():
    # "Mrs Pemberton" of take 2 is Joan or Ann, not both: Ann's statement was given to Joan
    takes = [
        "Joan Pemberton, 55, denied conspiracy to murder her stepson Tom and his wife Ann, saying: "
        '"I never wanted them hurt."\n',
        'In her evidence, Mrs Pemberton also said: "I only wanted my husband watched."\n',
        'In a statement, Ann Pemberton said: "We knew nothing of the plot to kill us until the police '
        'came to tell us."\n',
    ]
    paper = (
        "A WOMAN was jailed yesterday for a plot to kill her stepson.\n\n"
        'After the verdicts, Ann Pemberton said: "We knew nothing of the plot to kill us until the '
        'police came to tell us."\n'
    )
    records = [
        {"doc_id": f"wire{i}", "text": t, "outlet": "Reuters", "role": "wire"} for i, t in enumerate(takes)
    ]
    corpus = from_records([*records, {"doc_id": "paper", "text": paper, "outlet": "Sun"}])
    shared = shared_quotations(corpus, source=["wire0", "wire1", "wire2"])
    assert shared[["speaker", "source_speaker", "n_words"]].values.tolist() == [
        ["Ann Pemberton", "Ann Pemberton", 16]
    ]


def test_a_witness_called_is_no_statement():
    # kind K5: "Ken ... was called as a defence witness" made "Ken" a speaker
    text = (
        "The couple have started divorce proceedings but Ken stood by her and was called as a defence "
        "witness during the trial.\n"
    )
    assert speaker_rows(text) == []
    # guard: a call for something stays a statement
    assert speaker_rows("Ann Lee called for a public inquiry.\n") == [["Ann Lee", "person", 1]]


def test_a_clubs_manager_is_the_man_the_story_names_its_manager():
    # kind K1: "Northam's manager" (the paper) and "The former Leeds defender" (the wire) were two
    # anonymous speakers; the paper then "dropped" the wire's speaker it keeps
    wire = (
        "A date was set today for the trial of Northam FC manager Dave Kerridge who is charged with theft.\n"
        "The former Leeds defender denies the allegations.\n"
    )
    paper = (
        "SOCCER boss Dave Kerridge faces a 10-month wait before he is tried for a string of theft charges.\n"
        "Northam's manager will deny 13 charges when his Crown Court trial starts on November 27.\n"
    )
    corpus = from_records(
        [
            {"doc_id": "wire", "text": wire, "outlet": "PA", "role": "wire"},
            {"doc_id": "paper", "text": paper, "outlet": "Star"},
        ]
    )
    rows = speaker_table(corpus)[["doc_id", "speaker", "speaker_kind", "n_statements"]].values.tolist()
    assert rows == [["wire", "Dave Kerridge", "person", 1], ["paper", "Dave Kerridge", "person", 1]]


def test_owned_role_holder_needs_one_holder_of_that_owner_and_office():
    text = "Northam FC manager Dave Kerridge was charged. Leeds manager Tom Ray spoke."
    assert owned_role_holder("Northam's manager", text) == "Dave Kerridge"
    assert owned_role_holder("Hull's manager", text) == ""
    assert owned_role_holder("Northam's manager", text + " Northam manager Ian Bell left.") == ""


def test_her_lawyer_is_the_barrister_the_text_names_as_her_clients():
    # "her lawyer" of a take that names no lawyer before it is the one named "Pemberton's barrister"
    text = _HITMAN + "Pemberton's barrister Owen Bell QC described her as a broken woman.\n"
    assert speaker_rows(text) == [
        ["Hull Crown Court", "anonymous", 1],
        ["Judge Sir Colin Lee", "person", 1],
        ["Owen Bell", "person", 2],
        ["Tom Hale QC", "person", 1],
        ["Ann Kerr QC", "person", 1],
    ]
