"""Who speaks, the shapes round 21's tuning stories left (``benchmarks/claims_tune21.md``, "Left").
Invented texts of the same shapes."""

from __future__ import annotations

import pytest
from pairs import speaker_rows

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
