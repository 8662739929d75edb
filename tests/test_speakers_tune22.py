"""Who speaks, the shapes round 21's tuning stories left (``benchmarks/claims_tune21.md``, "Left").
Invented texts of the same shapes."""

from __future__ import annotations

import pytest
from pairs import speaker_rows, text_attributions

import corpus_tools as ct
from corpus_tools.attribution.survival import speaker_survival

_CAPS = (
    "RITA DOWLING began her last fight for freedom yesterday, telling the Court of Appeal that "
    "she is no danger to anyone.\n"
    "Her counsel, Edward Pike, said Dowling had been kept in jail for political reasons.\n"
)


def test_capitals_name_is_the_person():
    # kind K7: a paper's first words in capitals, a person's given name and surname among them
    rows = speaker_rows(_CAPS)
    assert ["RITA DOWLING", "person", 1] in rows
    assert all(kind != "organisation" for _, kind, _ in rows)


@pytest.mark.parametrize(
    "text",
    [
        # an initialism stays an institution
        "The RSPB said the birds had been poisoned.\nMr Pike said he was shocked.\n",
        # two words in capitals the text never names in ordinary case
        "ACME HOLDINGS said yesterday that profits had fallen.\n",
    ],
)
def test_capitals_not_a_person(text):
    kinds = {s: k for s, k, _ in speaker_rows(text)}
    assert kinds.get("The RSPB", kinds.get("ACME HOLDINGS")) == "organisation"


_BOTH = (
    "A girl was hurt at a karting track, an inquest heard today.\n"
    "Mr Lowe said he had lost control.\n"
    "The inquest heard that on the day, Mr Lowe and another driver, Owen Tate, were both using lane 3.\n"
    "Both men told the inquest they had taken care to keep apart.\n"
    "Mr Tate said when questioned that he had stopped before Mr Lowe began.\n"
)


def test_a_pair_beside_its_two_members_is_no_third_source_speaker():
    # plane's "Mr Reid and Timothy Jenkinson" was a PA speaker beside Reid and Jenkinson
    corpus = ct.from_records(
        [
            {"doc_id": "src", "text": _BOTH},
            {"doc_id": "v", "text": "Both men told the inquest they had taken care to keep apart.\n"},
        ]
    )
    s = speaker_survival(corpus, source="src")
    assert sorted(s["speaker"]) == ["Mr Lowe", "Mr Tate", "an inquest"]
    assert s.set_index("speaker").loc[["Mr Lowe", "Mr Tate"], "n_statements"].tolist() == [2, 2]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # kind K2 (plane2): ", the inquest heard." parsed "inquest" an adjective, "heard" a noun
        (
            "A second pilot, Tom Hale, was using frequency 35 that day, the inquest heard.\n",
            "A second pilot, Tom Hale, was using frequency 35 that day",
        ),
        (
            "The boy had been standing behind the pits when the glider hit him, the inquest heard.\n",
            "The boy had been standing behind the pits when the glider hit him",
        ),
    ],
)
def test_the_inquest_heard_tagged_a_noun_is_the_hearing(text, content):
    rows = text_attributions(text)
    assert rows[["speaker", "cue", "resolved_from", "role"]].values.tolist() == [
        ["inquest", "heard", "hearing", "speaker"]
    ]
    assert text[int(rows.content_start.iloc[0]) : int(rows.content_end.iloc[0])] == content


def test_heard_after_a_noun_of_no_hearing_is_no_cue():
    # "the man heard": no hearing's noun, no attribution
    assert speaker_rows("A second pilot, Tom Hale, was using frequency 35 that day, the man heard.\n") == []
