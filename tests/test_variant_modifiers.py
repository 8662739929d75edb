"""Change counts (issue 22, round 9, claims ry27 and ry11): a source noun cut or added alone
before the word it describes ("official Daimler" -> "Daimler") is a cut or an addition; it
changes no attribution. The same noun cut with its verb of saying is still an attribution change."""

from __future__ import annotations

import pytest
from test_variant_moves import _variants


@pytest.mark.parametrize(
    ("src", "tgt", "expected"),
    [
        (  # an adjective: "official" before the car
            "A drunk driver hit the Duke's official limousine outside the palace gates.",
            "A drunk driver hit the Duke's limousine outside the palace gates.",
            [("deletion", "official", "")],
        ),
        (  # and added
            "The minister arrived in his car at the summit in Paris.",
            "The minister arrived in his official car at the summit in Paris.",
            [("insertion", "", "official")],
        ),
        (  # who spoke cut with the verb: an attribution change still
            "The road was closed for the night, an official said.",
            "The road was closed for the night.",
            [("attribution_change", ", an official said", "")],
        ),
    ],
)
def test_a_source_noun_before_its_noun_is_no_attribution(src, tgt, expected):
    assert [g[2:] for g in _variants(src, tgt)] == expected
