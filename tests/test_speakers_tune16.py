"""Who speaks, round 16's tuning stories (``benchmarks/claims_tune16.md``). Invented texts of the
same shapes."""

from __future__ import annotations

import pytest
from pairs import pair, speaker_rows, text_attributions

import corpus_tools as ct
from corpus_tools import from_records
from corpus_tools.attribution.attributions import attributions
from corpus_tools.attribution.companies import company_in_label


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # kind U1: the parse made the client a second subject of the cue (the side an adverbial)
        ('Simon Brown, defending Dawson said: "He deeply regrets what happened."\n', "Simon Brown"),
        # the side a clausal subject, the client its object
        ('Christopher Brown, prosecuting Kelman said: "He lied to the police."\n', "Christopher Brown"),
    ],
)
def test_the_barrister_before_his_side_and_client_speaks(text, speaker):
    assert text_attributions(text, cue="said").speaker_label.tolist() == [speaker]
    assert speaker_rows(text) == [[speaker, "person", 1]]


def test_the_barrister_keeps_the_quotation_that_goes_on():
    text = (
        'Sentencing him, district judge Paul Hale said: "Custody is the only course."\n\n'
        'Simon Brown, defending Dawson said: "He deeply regrets what happened. '
        'He is very remorseful."\n'
    )
    assert speaker_rows(text) == [["district judge Paul Hale", "person", 1], ["Simon Brown", "person", 2]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a comma after the client, and letters after the name: read before, and still
        ("Ann Grey, defending Mr Hale, said he was sorry.\n", "Ann Grey"),
        ('Simon Brown QC, defending Dawson said: "He is sorry."\n', "Simon Brown QC"),
    ],
)
def test_the_barrister_with_a_comma_after_the_client_or_letters_after_his_name(text, speaker):
    assert text_attributions(text, cue="said").speaker_label.tolist() == [speaker]


def test_a_client_side_with_no_name_before_it_is_left_to_the_parse():
    rows = text_attributions("The barrister, defending Dawson, said he was sorry.\n", cue="said")
    assert "Dawson" not in rows.speaker_label.tolist()


def test_the_judge_told_that_is_a_hearing_not_the_judge():
    # kind U2: the row was missing; then "The judge" would have been the named judge
    text = (
        "Mr Justice Hale said the claim failed. The judge was told that Ms Lane hoped to return "
        'to work. The judge said: "It is over."\n'
    )
    rows = text_attributions(text)
    got = rows[["sent_id", "speaker_label", "speaker_type", "resolved_from"]].values.tolist()
    assert got == [
        [0, "Mr Justice Hale", "official", "mention"],
        [1, "the hearing", "anonymous", "hearing"],  # labelled the hearing (spk29's hearing_label)
        [2, "Mr Justice Hale", "official", "description"],
    ]


def test_the_judge_told_in_a_later_take_is_not_the_judge_an_earlier_take_names():
    corpus = from_records(
        [
            {"doc_id": "case1", "text": "Mr Justice Hale said the claim failed.\n", "group": "g", "order": 1},
            {
                "doc_id": "case2",
                "text": "The judge was told that Ms Lane hoped to return to work.\n",
                "group": "g",
                "order": 2,
            },
        ]
    )
    rows = attributions(corpus)
    assert rows[["doc_id", "speaker_label", "named"]].values.tolist() == [
        ["case1", "Mr Justice Hale", True],
        ["case2", "the hearing", False],
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The coroner was told the boy had been ill for a week.\n",
        "The judge was told that the van had been stolen.\n",
    ],
)
def test_the_bench_told_what_happened_is_a_hearing(text):
    assert text_attributions(text, cue="told").resolved_from.tolist() == ["hearing"]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("The judge was told to stand down.\n", None, None),  # an order: no statement
        ("The judge was told by Mr Ray Cole, QC, that the van was stolen.\n", "Mr Ray Cole", "mention"),
    ],
)
def test_the_bench_told_to_or_by_someone_is_no_hearing(text, speaker, kind):
    rows = text_attributions(text, cue="told")
    assert rows[["speaker_label", "resolved_from"]].values.tolist() == ([[speaker, kind]] if speaker else [])


def test_a_company_in_apposition_to_a_role_is_the_company():
    # kind U3: "The defendant, X Ltd, publisher of Y" was a named person, and X Ltd another speaker
    source = (
        "Anna Reid, a nurse, won damages in the High Court today.\n\n"
        "Her solicitor, Tom Reid, said the article was false.\n\n"
        "The defendant, Harbour Print Ltd, publisher of The Courier, now accepted that there was no "
        "truth in the claim that she had lied.\n"
    )
    version = (
        "A nurse won damages yesterday.\n\n"
        "Harbour Print Ltd, publisher of The Courier, accepted there was no truth in the claim that "
        "she had lied.\n"
    )
    a = ct.analyze(pair(source, version))
    assert a.speakers[["doc_id", "speaker", "speaker_kind"]].values.tolist() == [
        ["src", "Her solicitor, Tom Reid", "person"],
        ["src", "Harbour Print", "organisation"],
        ["v", "Harbour Print", "organisation"],
    ]
    survival = a.speaker_survival.set_index("speaker")["status"].to_dict()
    assert survival == {"Her solicitor, Tom Reid": "dropped", "Harbour Print": "kept"}


@pytest.mark.parametrize(
    ("label", "companies", "expected"),
    [
        ("The defendant, Harbour Print Ltd, publisher of The Courier", {"Harbour Print"}, "Harbour Print"),
        ("Harbour Print Ltd", {"Harbour Print"}, "Harbour Print"),
        ("The Harbour Print plc", {"Harbour Print"}, "Harbour Print"),
        ("Her solicitor, Tom Reid", {"Harbour Print"}, ""),
        ("The defendant, Harbour Print Ltd", set(), ""),
        # a group's whole name is not the company name its "Group" was taken off
        ("The Kent Parents Support Group", {"Kent Parents Support"}, ""),
    ],
)
def test_company_in_label(label, companies, expected):
    assert company_in_label(label, companies) == expected
