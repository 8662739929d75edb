"""Who speaks, round 15's tuning stories (``benchmarks/claims_tune15.md``). Invented texts of the
same shapes."""

from __future__ import annotations

import pytest
from pairs import text_attributions


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # kind T3: the cue inherits the clause's subject ("They") where the name and side come last
        (
            "They chased him and he drove off after ramming two vans, Peter Wellam, prosecuting, "
            "told Carmarthen Crown Court.\n",
            "Peter Wellam",
        ),
        (
            "They followed him and he sped off after ramming two taxis, Simon Hale, prosecuting, "
            "told Bodmin Crown Court.\n",
            "Simon Hale",
        ),
        # the cue with no subject at all, the clause before hung on the name
        (
            "Police chased the van as he drove through the village but lost sight of him when he "
            "sped off at high speed after hitting two parked cars, Mr Peter Wellam, prosecuting, "
            "told Carmarthen Crown Court.\n",
            "Mr Peter Wellam",
        ),
        # the plain shape, read before too
        (
            "The shop had been closed for a week when she broke in, Mrs Ann Grey, defending, told "
            "the magistrates.\n",
            "Mrs Ann Grey",
        ),
    ],
)
def test_a_name_with_its_side_before_the_cue_speaks(text, speaker):
    rows = text_attributions(text, cue="told")
    assert rows[["speaker", "speaker_label"]].values.tolist() == [[speaker, speaker]]
