"""Who speaks, issue 22, the kinds of the four stories read in round 13
(``benchmarks/claims_tune13.md``): the name after a fronted participle clause and before an age set
off by commas speaks; a death ("claimed the life of") and a legal text are no speakers; "The Judge"
with a capital is the judge named before; "the newspaper" is the outlet named before; "Counsel for
X" is no name. Invented texts of the same shapes; each test fails on ``550ba54``."""

from __future__ import annotations

import pytest
from pairs import text_attributions

from corpus_tools import from_records
from corpus_tools.attribution.accounting import speaker_table


@pytest.mark.parametrize("place", ["Hayle", "St Ives"])  # the parser hangs the clause two ways
def test_the_name_before_an_age_after_a_fronted_participle_speaks(place):
    # 02.11.99/boat (T5): "Writing from his home near ..., Mr X, 63, said" was one anonymous speaker
    text = (
        f"Writing from his home near {place}, Cornwall, Mr Penrose, 63, said: "
        '"The harm will not simply float away on the tide."'
    )
    rows = text_attributions(text, "said")
    assert rows[["speaker", "named"]].values.tolist() == [["Mr Penrose", True]]


@pytest.mark.parametrize(
    "sentence",
    [
        # 02.11.99/boat (T6): a death, not a claim; a legal text, not a speaker
        "A Texan builder was jailed after a boat crash which claimed the life of a British skipper.",
        "A speedboat crash in the bay claimed the lives of four tourists last June.",
        "State sentencing guidelines had called for 40 years or more after he was convicted.",
    ],
)
def test_a_death_and_a_legal_text_are_no_speakers(sentence):
    rows = text_attributions(sentence)
    assert rows[rows.role == "speaker"].speaker.tolist() == []


def test_the_judge_with_a_capital_is_the_judge_named_before():
    # 26.01.00/daughter's mail (T9): "The Judge said", the paper's house style, was a second judge
    text = (
        "Giving his decision, the judge, Mr Justice Hurst, said he was acting in the boy's interests.\n\n"
        "The judge said there was a 'real risk' of harm.\n\n"
        "The Judge said the absence of his father would reduce the supervision."
    )
    t = speaker_table(from_records([{"doc_id": "d", "text": text}]))
    assert t[["speaker", "n_statements"]].values.tolist() == [["the judge, Mr Justice Hurst", 3]]


def test_the_newspaper_is_the_outlet_the_story_names():
    # 14.07.99/grobbelaar (T7): "The newspaper denies libel" was a second outlet beside The Sun
    text = (
        "The Sun today accused former boxer Dan Kowal of 'shifting the goalposts' in his libel action.\n\n"
        "Mr Kowal said that was simply not true.\n\n"
        "The newspaper denies libel, claiming justification."
    )
    other = {"doc_id": "e", "text": "It goes on.", "outlet": "sun"}  # the sun is an outlet of the corpus
    corpus = from_records([{"doc_id": "d", "text": text, "outlet": "PA"}, other])
    t = speaker_table(corpus)
    assert t[["speaker", "speaker_kind", "n_statements"]].values.tolist() == [
        ["The Sun", "media", 3],
        ["Mr Kowal", "person", 1],
    ]


def test_counsel_for_a_party_is_no_name():
    # 26.01.00/daughter's mail (d18): "Counsel" opening a sentence, tagged a proper noun, made a
    # named speaker of "Counsel for the daughter" and joined counsel for the two sides
    text = (
        "Counsel for the boy argued that the operation was unnecessary.\n\n"
        "Counsel for the council said the home was safe."
    )
    t = speaker_table(from_records([{"doc_id": "d", "text": text}]))
    assert t[["speaker", "speaker_kind"]].values.tolist() == [
        ["Counsel for the boy", "anonymous"],
        ["Counsel for the council", "anonymous"],
    ]
