"""Who speaks, round 17's tuning stories (``benchmarks/claims_tune17.md``). Invented texts of the
same shapes."""

from __future__ import annotations

import pytest
from pairs import pair, speaker_rows, text_attributions

import corpus_tools as ct
from corpus_tools.attribution.listed_pleas import across_items, listed_names
from corpus_tools.text.nlp import load_model


def _pleaders(text: str, cue: str = "deny|plead") -> list[str]:
    return text_attributions(text, cue=cue).speaker_label.tolist()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # kind W1: the list with addresses set off by semicolons (the first name ran to the next
        # semicolon and the second was joined to it; the third was lost)
        (
            "Carers Joan Pike, 58, of Mill Lane, Hexham; Tina Rowe, 31, of The\nCrescent, Hexham; Paula "
            "Dent, 40, of Bank Street, Alnwick, Tyneside; and\nDr Ruth Oakes, 52, of Fell Road, Hexham, "
            "all deny manslaughter.\n",
            ["Carers Joan Pike", "Tina Rowe", "Paula Dent", "Dr Ruth Oakes"],
        ),
        # names and ages only: the two in the middle were lost
        (
            "Joan Pike, 58, Tina Rowe, 31, Ruth Oakes, 52, and Paula Dent, 40, all deny manslaughter.\n",
            ["Joan Pike", "Tina Rowe", "Ruth Oakes", "Paula Dent"],
        ),
        # a role noun inside the list ("co-defendants"): the second was lost
        (
            "Ms Pike, 58, of Hexham; co-defendants Tina Rowe, 31, and Dr Ruth Oakes, 52, of Hexham; and "
            "Paula Dent, 40, of Alnwick, all deny manslaughter.\n",
            ["Ms Pike", "Tina Rowe", "Dr Ruth Oakes", "Paula Dent"],
        ),
        # surnames, one address for three of them: only the first was read
        (
            "Oakes, Pike and Rowe, all of Hexham, Northumberland, and Dent, from Alnwick, all deny "
            "manslaughter.\n",
            ["Oakes", "Pike", "Rowe", "Dent"],
        ),
        # addresses set off by commas only, the next name known by its age after it (the tagger
        # calls some of the names places)
        (
            "Rowe, 28, of Hexham, Northumberland, Tom Mark Bell, 30, of Alnwick, Tyneside, and a fourth "
            "officer, PC Paul Dean, 41, also of Alnwick, all deny affray.\n",
            ["Rowe", "Tom Mark Bell", "PC Paul Dean"],
        ),
        # "all plead not guilty": no row at all
        (
            "Pike and Rowe, from Hexham and Dent, of Alnwick, all plead not guilty.\n",
            ["Pike", "Rowe", "Dent"],
        ),
    ],
)
def test_a_joint_plea_of_a_list_of_named_defendants_is_a_plea_of_each(text, names):
    assert _pleaders(text) == names
    assert [r[0] for r in speaker_rows(text)] == names


def test_a_listed_plea_keeps_what_it_pleads_as_its_content():
    text = "Pike and Rowe, from Hexham and Dent, of Alnwick, all plead not guilty.\n"
    rows = text_attributions(text)
    assert {text[r.content_start : r.content_end] for r in rows.itertuples()} == {"not guilty"}


def test_a_paper_that_pleads_not_guilty_for_a_denial_keeps_the_defendants():
    source = (
        "A nurse gave the wrong drug to a patient, a court heard today.\n\n"
        "Nurses Joan Pike, 58, of Mill Lane, Hexham; Tina Rowe, 31, of Bank Street, Hexham; and Paula "
        "Dent, 40, of Fell Road, Alnwick, all deny manslaughter.\n"
    )
    version = (
        "A nurse gave the wrong drug to a patient, a jury heard yesterday.\n\n"
        "Pike and Rowe, from Hexham and Dent, of Alnwick, all plead not guilty to manslaughter.\n"
    )
    survival = ct.analyze(pair(source, version)).speaker_survival.set_index("speaker")["status"].to_dict()
    assert {k: v for k, v in survival.items() if k != "a court"} == {
        "Nurses Joan Pike": "kept",
        "Tina Rowe": "kept",
        "Paula Dent": "kept",
    }


def test_two_names_joined_by_and_with_both_are_read_as_before():
    # coordinated_names read them before; the list rule gives the same two
    assert _pleaders("Alan Reed, 19, and Ben Cole, 20, both of Leeds, deny robbery.\n") == [
        "Alan Reed",
        "Ben Cole",
    ]


def test_listed_names_needs_the_quantifier_before_the_plea_and_two_names():
    nlp = load_model()
    plead = next(t for t in nlp("Pike and Rowe plead not guilty.") if t.lemma_ == "plead")
    assert listed_names(plead) is None  # no "all": the parse's reading stands
    one = nlp("Joan Pike, of Hexham, all deny it.")
    assert listed_names(next(t for t in one if t.lemma_ == "deny")) is None
    four = nlp("Joan Pike, of Mill Lane, Hexham; and Tina Rowe, of Alnwick, all deny it.")
    names = listed_names(next(t for t in four if t.lemma_ == "deny"))
    assert [s.text for s in names] == ["Joan Pike", "Tina Rowe"]  # the places of the addresses left out


def test_across_items_sees_a_semicolon_between_two_tokens():
    doc = load_model()("Joan Pike, 58; Tina Rowe, 31.")
    pike, rowe = doc[1], doc[5]
    assert across_items(pike, rowe) and across_items(rowe, pike)
    assert not across_items(doc[0], pike)


# kind W5: "..., it was claimed." after "COURT was told" was the court, an institution, a second speaker
def test_it_was_claimed_after_its_clause_is_no_pronoun_for_the_court():
    text = (
        "The dose was ten times too high, Carlisle Crown Court was told.\n\n"
        "Even so, she could have been saved if staff had sent her to hospital, it was claimed.\n"
    )
    rows = text_attributions(text, cue="claimed")
    assert rows[["speaker_label", "resolved_from"]].values.tolist() == [["", "unresolved"]]
    assert speaker_rows(text) == [["Carlisle Crown Court", "anonymous", 1]]


def test_it_before_its_clause_is_still_an_expletive():
    rows = text_attributions("It was claimed that she lied to the court.\n", cue="claimed")
    assert rows.resolved_from.tolist() == ["unresolved"]


# kind W2: "police stopped and questioned him" made the police a speaker
@pytest.mark.parametrize(
    "text",
    [
        "Officers stopped and questioned him, but he was allowed to go.\n",
        "Police later questioned Tom Reed.\n",
    ],
)
def test_questioning_a_person_is_no_statement(text):
    assert text_attributions(text, cue="questioned").role.tolist() == ["mention"]
    assert speaker_rows(text) == []


def test_questioning_a_decision_or_whether_is_a_statement():
    for text in (
        "The minister questioned whether the plan would work.\n",
        "The union questioned the decision.\n",
    ):
        assert text_attributions(text, cue="questioned").role.tolist() == ["speaker"]


# kind W4: "Praising X, the ROLE, the judge, said" made the whole clause the label, a second judge
@pytest.mark.parametrize(
    "text",
    [
        "Praising Rita Lane, the CCTV operator, the judge, said: 'If she had not been so alert, he "
        "would have disappeared without trace.'\n",
        "Praising Ann Lee, the park warden, the judge, said: 'If she had not acted, he would have "
        "escaped.'\n",
    ],
)
def test_the_speaker_after_a_praising_clause_with_an_apposition_is_the_last_noun(text):
    assert text_attributions(text, cue="said").speaker_label.tolist() == ["the judge"]


def test_a_participle_clause_with_a_name_before_the_verb_is_read_as_before():
    text = "Writing from his home, Mr Ian Penrose, 63, said he was sorry.\n"
    assert text_attributions(text, cue="said").speaker_label.tolist() == ["Mr Ian Penrose"]


# kind W2: "Estimates have suggested that ..." made the estimates a speaker
def test_estimates_that_suggest_are_no_speaker():
    text = "Estimates have suggested that there are now more than a million cameras in the country.\n"
    assert text_attributions(text, cue="suggested").role.tolist() == ["mention"]
    assert speaker_rows(text) == []
