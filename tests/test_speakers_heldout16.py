"""Who speaks, round 16's held-out audit (``benchmarks/claims.md``, 12.07.99/places and
16.07.99/transplant, causes 1, 4 and 5). Invented texts of the same shapes."""

from __future__ import annotations

import pytest
from pairs import speaker_rows, text_attributions

from corpus_tools import from_records
from corpus_tools.attribution.opening_speakers import speaking_opener
from corpus_tools.attribution.survival import speaker_survival
from corpus_tools.attribution.take_speakers import same_spokesman, title_holder

# ----------------------------------------------------------------- cause 1: one speaker across takes


@pytest.mark.parametrize(
    ("label", "text", "holder"),
    [
        ("the Home Secretary", "Home Secretary Jane Doe spoke. Ms Doe left.", "Doe"),
        ("The Chief Constable", "Later Chief Constable Tom Ray said so.", "Ray"),
        ("the Home Secretary", "Home Secretary Jane Doe and Home Secretary Ann Lee spoke.", ""),  # two
        ("the Home Secretary", "Ms Doe spoke.", ""),  # no holder named with the title
        ("Jane Doe", "Home Secretary Jane Doe spoke.", ""),  # a name, no bare title
        ("the Green Party", "Green Party Tom Ray spoke.", ""),  # no official's title
    ],
)
def test_title_holder(label, text, holder):
    assert title_holder(label, text) == holder


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("A DOT spokesman", "A Department of Transport spokesman", True),
        ("a DfEE spokeswoman", "A Department for Roads and Employment spokesman", False),
        ("A DFRE spokesman", "A Department for Roads and Employment spokesman", True),
        ("A DRE spokesman", "A Department for Roads and Employment spokesman", True),
        ("A DOT spokesman", "A Department of Health spokesman", False),
        ("A DOT spokesman", "A DOT spokesman", False),  # both short: compared by their words elsewhere
        ("A DOT spokesman", "A Department of Transport official", False),  # no spokesman
    ],
)
def test_same_spokesman(a, b, same):
    assert same_spokesman(a, b) is same


_TAKE1 = (
    "FEES RULING\n\n"
    "A father today lost a High Court challenge over school fees.\n\n"
    "Home Secretary Jane Doe said the ruling was welcome.\n\n"
    "A DOT spokesman said officials had looked at 200 claims and granted 80.\n\n"
    "A senior Council source declined to comment on the ruling.\n\n"
    'But the source added: "We have been fair to every family."\n'
)
_TAKE2 = (
    "FEES RULING (reopens)\n\n"
    'But the Home Secretary told reporters in March: "No pupil will lose out."\n\n'
    "A Department of Transport spokesman said officials had looked at 200 claims.\n\n"
    'A senior Council source said: "We have been fair to every family."\n'
)
_PAPER = (
    "A father lost his challenge over school fees yesterday.\n\n"
    'Jane Doe told reporters in March: "No pupil will lose out."\n\n'
    "A DOT spokesman said 80 claims had been granted.\n"
)


def _story(paper: str, *takes: str):
    """One wire story's takes (group "WIRE") and a paper (group "PAPER")."""
    rows = [{"doc_id": f"take{i + 1}", "text": t, "group": "WIRE"} for i, t in enumerate(takes)]
    return from_records([*rows, {"doc_id": "paper", "text": paper, "group": "PAPER"}])


def test_a_title_and_its_holder_and_a_spokesman_under_initials_are_one_speaker_across_takes():
    s = speaker_survival(_story(_PAPER, _TAKE1, _TAKE2), source="WIRE")
    # six statements by three speakers, not six: "the Home Secretary" is Jane Doe, the DOT spokesman
    # the Department of Transport's, and the council source of take 2 the one of take 1
    assert s["speaker_id"].nunique() == 3
    assert sorted(s["status"]) == ["dropped", "kept", "kept"]


# ----------------------------------------------------------------- cause 1: relative clauses, types


def test_who_after_a_name_appearing_for_an_organisation_is_the_person():
    text = (
        "But the judge agreed with Mr Tim Ross, appearing for the Home Office, who argued the "
        "Government had been following a lawful policy.\n"
    )
    rows = text_attributions(text, cue="argued")
    assert rows[["speaker_label", "speaker_type", "resolved_from"]].values.tolist() == [
        ["Mr Tim Ross", "person", "relative"]
    ]


def test_a_quoted_phrase_before_which_is_no_speaker():
    text = (
        "Transport Secretary Jane Doe was today criticised by a High Court judge for a "
        '"sorry waste of time" which means that young pupils face losing their places.\n'
    )
    assert text_attributions(text, cue="mean").empty


def test_a_quoted_name_set_off_by_a_comma_before_which_is_still_read():
    text = 'He backed the council\'s "clean air plan", which would allow cyclists to use bus lanes.\n'
    rows = text_attributions(text, cue="allow")
    assert rows[["speaker", "speaker_label"]].values.tolist() == [["which", "clean air plan"]]
    inside = text_attributions(text.replace('plan",', 'plan,"'), cue="allow")  # the comma inside the marks
    assert inside[["speaker", "speaker_label"]].values.tolist() == [["which", "clean air plan"]]


def test_which_after_an_unquoted_organisation_still_speaks():
    text = "The appeal was backed by the Roads Trust, which said the ruling was wrong.\n"
    assert text_attributions(text, cue="said")["speaker_label"].tolist() == ["the Roads Trust"]


def test_a_pronoun_after_a_whose_clause_is_the_person_it_hangs_on():
    text = (
        "Today the rule was challenged by Mrs Ann Rowe, of Elm Lodge, Hull, whose 12-year-old "
        "daughter Amy has a place at Hill School, York.\n\n"
        "She accused the Government of breaking promises that pupils would keep their places.\n"
    )
    rows = text_attributions(text, cue="accused")
    assert rows[["speaker_label", "named"]].values.tolist() == [["Mrs Ann Rowe", True]]


def test_a_spokesman_the_tagger_read_as_his_department_is_an_anonymous_official():
    text = "A Department for Education and Employment spokesman said 80 claims had been granted.\n"
    assert speaker_rows(text) == [["A Department for Education and Employment spokesman", "anonymous", 1]]


def test_the_judge_was_told_is_the_hearing_not_the_judge():
    text = (
        "The judge was told that Amy's schooling was in trouble when she attended a failing school.\n\n"
        "Mr Justice Tom Lane said the rule was lawful.\n"
    )
    rows = text_attributions(text, cue="told|said")
    assert rows[["speaker_label", "resolved_from"]].values.tolist() == [
        ["the hearing", "hearing"],
        ["Mr Justice Tom Lane", "mention"],
    ]


def test_the_judge_told_by_a_named_person_is_that_person():
    text = "The judge was told by Mr Tom Hale that the school was failing.\n"
    rows = text_attributions(text, cue="told")
    assert rows["resolved_from"].tolist() != ["hearing"]


# ----------------------------------------------------------------- cause 4: described, then named


@pytest.mark.parametrize(
    ("label", "text", "name"),
    [
        (  # "told", the name in the next sentence but not first in it
            "A woman",
            'A woman who was jailed for fraud last year today told the court: "I was wrong."\n\n'
            "As the hearing closed, former teacher Jane Doe said she was sorry.\n",
            "Jane Doe",
        ),
        (  # an ordinal description, "said"; the name speaks two sentences on by its given name
            "The first man",
            "The first man convicted under the act said yesterday that the law was right.\n\n"
            "Tom Hale, 30, of Leeds, was jailed in 1997.\n\n"
            'Tom added: "It saved my life."\n',
            "Tom Hale",
        ),
        (  # an office: the name holds it
            "A senior judge",
            "A senior judge yesterday accused the minister of breaking promises.\n\n"
            "Mr Justice Tom Smith said the minister had misled parents.\n",
            "Tom Smith",
        ),
        (  # an office the name does not hold: no merge
            "A senior judge",
            "A senior judge yesterday accused the minister of breaking promises.\n\n"
            "Mr Tom Smith said the minister had misled parents.\n",
            "",
        ),
        (  # a girl is no Mr
            "A girl",
            "A girl who was ordered to eat told the court she was glad.\n\nMr Tom Hale said so too.\n",
            "",
        ),
        (  # no statement in the description's sentence
            "A woman",
            "A woman was jailed for fraud today.\n\nJane Doe said she was sorry.\n",
            "",
        ),
        (  # the named person never speaks: someone else
            "A woman",
            "A woman today told the court she was sorry.\n\nJane Doe was the victim.\n",
            "",
        ),
    ],
)
def test_speaking_opener(label, text, name):
    assert speaking_opener(label, "", text, {"Doe", "Hale", "Smith"}) == name


def test_a_description_that_told_is_the_person_named_next():
    text = (
        "A girl who was ordered to have treatment two years ago today told the teenager: "
        '"One day you will thank them."\n\n'
        "As the 15-year-old recovered in hospital, former patient Amy Lowe said she would be glad.\n"
    )
    assert speaker_rows(text) == [["Amy Lowe", "person", 2]]


def test_the_source_added_is_the_source_not_the_judge_named_between():
    text = (
        "A senior Government source declined to comment on the judge's remarks about Mr Lane.\n\n"
        'But the source added: "We have been as fair as possible at every stage."\n'
    )
    rows = text_attributions(text, cue="added")
    assert rows["speaker_label"].tolist() == ["A senior Government source"]


def test_a_hearing_after_a_court_named_as_a_subject_is_no_institution():
    # transplant1 29: "The court heard" had joined "the High Court" that decided, two sentences before
    text = (
        "Amy Lowe, now 18, was 16 when the High Court in London decided that she should be detained.\n\n"
        "The court heard that Miss Lowe had begun worrying about her weight when she was 12.\n"
    )
    assert speaker_rows(text) == [["The court", "anonymous", 1]]


def test_a_paper_s_unnamed_judge_is_the_judge_though_the_hearing_told_the_judge():
    # the hearing's "The judge was told" gives it no judge's office: the ft's "A High Court judge"
    # is still the one judge of PA (an office relabel)
    take = (
        "The judge was told that the school was failing.\n\n"
        'Mr Justice Tom Lane said it was "a sorry state of affairs" and ruled the policy lawful.\n'
    )
    paper = 'A High Court judge yesterday said the policy was "a sorry state of affairs".\n'
    s = speaker_survival(_story(paper, take), source="WIRE").set_index("speaker")
    assert s.loc["Mr Justice Tom Lane", ["status", "became"]].tolist() == ["relabelled", "A High Court judge"]
