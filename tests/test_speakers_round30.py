"""Who speaks, round 16's tuning stories after the round's merges (branch spk30,
``benchmarks/claims_tune16.md``: kind U7, a person named in an apposition read as another or as
anonymous; kind U5, "The judge" given to a judge named in passing; kind U6, "A High Court judge"
counted apart from the judge other takes name). Invented texts of the same
shapes."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from pairs import speaker_rows, text_attributions

from corpus_tools import from_records
from corpus_tools.attribution.appositions import kin_given_name, name_before_description
from corpus_tools.attribution.attributions import attributions
from corpus_tools.attribution.speaking_judges import judge_described, judge_speaking_before
from corpus_tools.attribution.take_speakers import same_in_takes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title and a surname, the description's comma never closed
        (
            "The council lost its case.\n\nMrs Ann Tilley, 60, brought the claim. "
            'Mrs Tilley, a retired teacher said last night: "Nobody listened to us for years."\n',
            "Mrs Tilley",
        ),
        (
            "A tractor driver lost his appeal yesterday.\n\nMr Tom Pullen, 52, had sued the council.\n\n"
            'Mr Pullen, a retired farmer said last night: "I am very disappointed with the ruling."\n',
            "Mr Pullen",
        ),
    ],
)
def test_the_name_before_an_unclosed_description_speaks(text, speaker):
    rows = text_attributions(text, cue="said")
    assert rows[["speaker", "speaker_label", "named"]].values.tolist() == [
        [rows.speaker.iloc[0], speaker, True]
    ]
    assert rows.speaker.iloc[0].startswith("a retired")  # the parse's subject, the description
    assert speaker_rows(text) == [[speaker, "person", 1]]


def test_a_full_name_before_the_description_is_the_person_already_speaking():
    text = (
        "The council lost its case.\n\nAnn Tilley told the court she was ignored. "
        'Ann Tilley, a retired teacher said last night: "Nobody listened to us for years."\n'
    )
    assert speaker_rows(text) == [["Ann Tilley", "person", 2]]


@pytest.mark.parametrize(
    ("label", "before", "people", "name"),
    [
        ("a retired teacher", "It was over. Mrs Tilley, ", set(), "Mrs Tilley"),
        ("a retired teacher", "Ann Tilley, ", {"Tilley"}, "Ann Tilley"),
        # no title and a surname the group gives no one: a time, no name
        ("a spokesman", "Last Tuesday, ", {"Tilley"}, ""),
        # the name not opening its sentence: an object, not the subject
        ("a retired teacher", "The court heard from Mrs Tilley, ", set(), ""),
        # a definite description or a name: not this shape
        ("the retired teacher", "Mrs Tilley, ", set(), ""),
    ],
)
def test_name_before_description(label, before, people, name):
    assert name_before_description(label, before, people) == name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the given name alone: a named person, not an anonymous description
        (
            "A van driver was fined yesterday.\n\nAfter the hearing, crash victim Ben Farrow's mother, "
            'Winifred, said: "We are pleased with the verdict."\n',
            "Winifred",
        ),
        # the text writes the full name: that name
        (
            "A van driver was fined yesterday.\n\nAfter the hearing, crash victim Ben Farrow's mother, "
            'Winifred, said: "We are pleased with the verdict."\n\nWinifred Farrow wept in court.\n',
            "Winifred Farrow",
        ),
    ],
)
def test_a_relative_named_by_a_given_name_in_apposition_is_named(text, speaker):
    assert text_attributions(text, cue="said").speaker_label.tolist() == [speaker]
    assert speaker_rows(text) == [[speaker, "person", 1]]


@pytest.mark.parametrize(
    ("label", "text", "name"),
    [
        ("cyclist Ben Farrow's mother, Lucy", "", "Lucy"),
        ("Mrs Farrow's sister Jane", "Jane Farrow cried.", "Jane Farrow"),
        ("Mr Farrow's solicitor", "", ""),
        ("Ben Farrow", "", ""),
    ],
)
def test_kin_given_name(label, text, name):
    assert kin_given_name(label, text) == name


# kind U5: "The judge" after a judge who speaks is that judge, not a judge named in passing
def test_the_judge_after_an_appeal_judge_speaks_is_that_judge_not_the_trial_judge():
    text = (
        "Judge Simon Walsh had ruled that the landlord was to blame.\n\n"
        "Lord Justice Amory said the landlord had acted lawfully.\n\n"
        'The judge added: "The tenant cannot profit from his own wrong."\n'
    )
    rows = text_attributions(text, cue="added")
    assert rows.speaker_label.tolist() == ["Lord Justice Amory"]
    assert [r[0] for r in speaker_rows(text)] == ["Judge Simon Walsh", "Lord Justice Amory"]
    assert dict((r[0], r[2]) for r in speaker_rows(text))["Lord Justice Amory"] == 2


def test_the_judge_across_takes_is_the_judge_who_speaks_in_the_take():
    corpus = from_records(
        [
            {
                "doc_id": "take1",
                "text": "Lord Justice Amory said Judge Simon Walsh, when he made his ruling, had erred.\n",
                "group": "g",
                "order": 1,
            },
            {
                "doc_id": "take2",
                "text": (
                    "Lord Justice Penrose said the tenant had attacked first.\n\n"
                    'The judge added: "It was a reaction in the heat of the moment."\n'
                ),
                "group": "g",
                "order": 2,
            },
        ]
    )
    rows = attributions(corpus)
    take2 = rows[rows.doc_id.eq("take2")]
    assert take2.speaker_label.tolist() == ["Lord Justice Penrose", "Lord Justice Penrose"]


@pytest.mark.parametrize(
    ("label", "before", "judge"),
    [
        ("The judge", "Lord Justice Amory said it was wrong. ", "Lord Justice Amory"),
        ("the judge", "It was wrong, said Mr Justice Amory. ", "Mr Justice Amory"),
        ("The judge", "Judge Ann Walsh, sitting at Leeds, said it was wrong. ", "Judge Ann Walsh"),
        # the last judge named is not speaking: not read here
        ("The judge", "Lord Justice Amory said so. Judge Ann Walsh had erred. ", ""),
        ("The trial judge", "Lord Justice Amory said so. ", ""),
    ],
)
def test_judge_speaking_before(label, before, judge):
    assert judge_speaking_before(label, before) == judge


# a ruling in a perfect clause with its own subject is a statement ("because Judge Lee had ruled that")
def test_a_ruling_in_a_perfect_because_clause_is_read():
    text = (
        "Her award had been cut from an agreed 40,000 because Judge Simon Walsh had ruled that "
        "she was partly to blame for the fall.\n"
    )
    rows = text_attributions(text, cue="ruled")
    assert rows[["speaker_label", "cue"]].values.tolist() == [["Judge Simon Walsh", "had ruled"]]


def test_a_bare_participle_clause_is_still_no_cue():
    rows = text_attributions('When asked about the fall, Ann Hale said: "I slipped on the ice."\n')
    assert rows.cue.tolist() == ["said"]


# kind U6: "A High Court judge" is the trial judge the document, or another take, names
def test_an_indefinite_judge_is_the_one_trial_judge_the_document_names():
    text = (
        "Three appeal judges ruled for the landlord yesterday.\n\n"
        "A county court judge had ruled last year that the landlord was to blame.\n\n"
        "But Lord Justice Amory said Judge Simon Walsh, when he made his ruling, had erred.\n\n"
        "Her claim had been cut because Judge Walsh had ruled that she was partly to blame.\n"
    )
    rows = text_attributions(text)
    assert rows[["sent_id", "speaker_label", "named"]].values.tolist() == [
        [1, "Judge Simon Walsh", True],
        [2, "Lord Justice Amory", True],
        [3, "Judge Simon Walsh", True],
    ]
    assert speaker_rows(text) == [["Judge Simon Walsh", "person", 2], ["Lord Justice Amory", "person", 1]]


def test_an_indefinite_judge_of_one_take_is_the_trial_judge_another_take_names():
    takes = (
        "A county court judge had ruled last year that the landlord was to blame.\n\n"
        "Lord Justice Amory said Judge Simon Walsh, when he made his ruling, had erred.\n"
    )
    judge = SimpleNamespace(named=True, kind="person", description=frozenset())
    unnamed = SimpleNamespace(named=False, kind="anonymous", description=frozenset({"county", "court"}))
    assert same_in_takes("A county court judge", unnamed, "Judge Simon Walsh", judge, takes)
    assert same_in_takes("Judge Walsh", judge, "A county court judge", unnamed, takes)
    assert not same_in_takes("A county court judge", unnamed, "Lord Justice Amory", judge, takes)
    # a take of its own that does not name him: an unnamed speaker there
    rows = text_attributions("A county court judge had ruled last year that the landlord was to blame.\n")
    assert rows[["speaker_label", "named"]].values.tolist() == [["A county court judge", False]]


@pytest.mark.parametrize(
    ("label", "before", "group", "judge"),
    [
        ("A High Court judge", "", "Lord Justice Amory said Judge Simon Walsh erred.", "Judge Simon Walsh"),
        ("a judge", "", "Mr Justice Walsh ruled. Mr Justice Walsh was right.", "Mr Justice Walsh"),
        # two trial judges: either may be meant
        ("a judge", "", "Judge Simon Walsh ruled. Judge Ann Ray agreed.", ""),
        # an appeal judge is no trial judge
        ("a judge", "", "Lord Justice Amory ruled.", ""),
        # named before the description: a reader would not say "a judge" of him
        ("a judge", "Judge Walsh sat. ", "Judge Simon Walsh ruled.", ""),
        ("The judge", "", "Judge Simon Walsh ruled.", ""),
    ],
)
def test_judge_described(label, before, group, judge):
    assert judge_described(label, before, group) == judge


def test_a_judge_named_after_the_judge_does_not_name_it():
    text = (
        "Lord Justice Amory said the tenant had committed serious offences before the landlord hit him.\n\n"
        "He had a weapon and had threatened the landlord.\n\n"
        "The judge said the courts should not let the tenant profit from his own wrong.\n\n"
        "Her award had been cut because Judge Walsh had ruled that the tenant was 60% to blame.\n"
    )
    rows = text_attributions(text)
    assert rows[["sent_id", "speaker_label"]].values.tolist() == [
        [0, "Lord Justice Amory"],
        [2, "Lord Justice Amory"],
        [3, "Judge Walsh"],
    ]
    assert speaker_rows(text) == [["Lord Justice Amory", "person", 2], ["Judge Walsh", "person", 1]]


def test_a_judge_named_after_the_judge_names_it_when_no_judge_spoke_before():
    text = (
        "The tenant had committed serious offences before the landlord hit him.\n\n"
        "The judge said the courts should not let the tenant profit from his own wrong.\n\n"
        "Her award had been cut because Judge Walsh had ruled that the tenant was 60% to blame.\n"
    )
    assert speaker_rows(text) == [["Judge Walsh", "person", 2]]


def test_it_in_a_perfect_clause_is_no_speaker():
    rows = text_attributions("The poll was late because it had declined to publish its figures.\n")
    assert rows.cue.str.contains("declined").sum() == 0
