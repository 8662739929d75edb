"""Who speaks, issue 22, the kinds of the four stories read in round 13
(``benchmarks/claims_tune13.md``): the name after a fronted participle clause and before an age set
off by commas speaks. Invented texts of the same shapes; each test fails on ``550ba54``."""

from __future__ import annotations

import pytest
from pairs import text_attributions


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
        "A Texan builder was jailed after a boat crash off Miami which claimed the life of a British skipper.",
        "A speedboat crash in the bay claimed the lives of four tourists last June.",
        "State sentencing guidelines had called for 40 years or more after he was convicted.",
    ],
)
def test_a_death_and_a_legal_text_are_no_speakers(sentence):
    rows = text_attributions(sentence)
    assert rows[rows.role == "speaker"].speaker.tolist() == []
