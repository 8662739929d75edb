"""Who speaks: one person under a role noun or a title, the shape round 26's 02.11.99/trousers
showed (``benchmarks/claims.md``, tw5-tw7, tw15-18, tw28-31, tw33; "spk58: round 26's six after
spk58"). Invented texts of the same shape (other names, other bodies, other words)."""

from __future__ import annotations

from pairs import speaker_rows

from corpus_tools.attribution.office_heads import office_head
from corpus_tools.attribution.org_openers import org_opener
from corpus_tools.attribution.party_roles import party_holder

# the claimant's evidence: a body's manager in the lead, named next; "the witness"; "The applicant"
_CLAIM = (
    "ANGLER SAYS BOSSES 'WANTED WOMEN IN WADERS', TRIBUNAL TOLD\n\n"
    "A National Anglers' Association manager who quit her post after being told to wear waders today "
    "insisted she was told the association's chairman wanted to see women dressed for the river.\n\n"
    "Carol Vane, who claims the NAA's demand amounted to sex discrimination, told an employment tribunal "
    "that Peter Lusk, the director of coaching, laughed as he said it.\n\n"
    "Mrs Vane, who spent only a month in her post as coaching manager, claimed Mr Lusk shouted at her.\n\n"
    'Pressed by Mr Hood that she had invented the remark, the witness insisted: "I am sure of it."\n\n'
    "The applicant, who wrote a letter of resignation on June 2, claimed the row had ruined her health.\n"
)
# the body's head under his office, named in that office once
_HEAD = (
    "The chief executive of the National Anglers' Association today claimed a woman employee had "
    "overreacted to a request about her clothes.\n\n"
    "Brian Mott, who has headed the NAA since 1994, told the tribunal he expected more maturity.\n\n"
    'Mr Mott said: "We have always been a traditional sport."\n\n'
    "The head of the NAA said he was unaware of any complaint until he received her letter.\n"
)


def test_the_body_manager_the_witness_and_the_applicant_are_the_claimant():
    rows = speaker_rows(_CLAIM)
    people = [r[0] for r in rows if r[1] != "institution"]
    assert "Carol Vane" in people
    assert not any(p in people for p in ("the witness", "The applicant"))
    assert not any("Anglers' Association manager" in p for p in people)
    assert people == ["Carol Vane"], rows  # Peter Lusk's remark is inside her evidence
    assert rows[0][2] == 7


def test_the_chief_executive_and_the_head_of_a_body_are_its_one_named_head():
    rows = speaker_rows(_HEAD)
    assert [r[0] for r in rows] == ["Brian Mott"], rows
    assert rows[0][2] == 4


def test_two_people_in_the_office_or_in_the_witness_box_leave_the_role_as_it_is():
    assert office_head("The chief executive of the NAA", _HEAD, _HEAD) == "Brian Mott"  # "headed" is generic
    posts = _HEAD + "\n\nAnn Kerr, chief executive of the NAA until 1994, disagreed.\n"
    assert office_head("The chief executive of the NAA", posts, posts) == ""
    assert office_head("The chief executive of the NAA", _HEAD, _HEAD.replace("Brian", "Mr")) == ""
    two = "Tom Reed told the tribunal he was sacked. Ann Lee told the tribunal she saw it. "
    assert party_holder("the witness", two, "the witness said.") == ""
    counsel = "Ann Lee, prosecuting, told the tribunal. Tom Reed told the tribunal."
    assert party_holder("the witness", counsel, "x") == "Tom Reed"
    assert party_holder("the witness", "A witness told the court he ran. Ann Lee told the court.", "x") == ""


def test_a_body_employee_opener_needs_the_office_given_to_the_person_named_next():
    text = (
        "A Fenland Drainage Board manager today told a tribunal she was bullied.\n\n"
        "Jane Pike, who worked ten years as drainage manager, said she was shouted at daily.\n"
    )
    assert org_opener("A Fenland Drainage Board manager", "", text, {"Pike"}) == "Jane Pike"
    plain = text.replace("who worked ten years as drainage manager", "of Ely")
    assert org_opener("A Fenland Drainage Board manager", "", plain, {"Pike"}) == ""
    assert org_opener("A Fenland man", "", text, {"Pike"}) == ""  # a place, no body


# "The defendants" after the only place the two are named in full: the object of "against", with
# their own relative clause (pensioners1 14, the express 8)
_ROOFERS = (
    "TWO rogue roofers who cheated widows out of their savings were branded wicked by a judge.\n\n"
    "Judge Ann Cole said anger against Peter Nash and Colin Todd, who also cheated three other widows, "
    "called for long jail terms.\n\n"
    "The defendants, both 51, posed as master builders.\n\n"
    "The defendants, from Leeds, pleaded guilty to conspiracy to defraud.\n"
)


def test_the_defendants_are_the_pair_named_as_an_object_with_a_relative_clause():
    rows = speaker_rows(_ROOFERS)
    assert ["Peter Nash and Colin Todd", "person", 1] in rows, rows
    assert not any(r[0] == "The defendants" for r in rows), rows


def test_a_relative_clause_of_the_last_name_alone_makes_no_pair():
    one = _ROOFERS.replace("who also cheated three other widows", "who was once a builder too")
    rows = speaker_rows(one)
    assert not any(" and " in r[0] for r in rows), rows
