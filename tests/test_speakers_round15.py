"""Who speaks, round 12 of issue 22 (branch spk16): the S kinds left after round 11
(``benchmarks/claims_tune11.md``, "Wrong S claims left (33), by cause", and ``benchmarks/claims.md``,
"Eleventh round, after the round's fixes"). Invented texts of the same shapes; each test fails on
``51c859c`` unless it says it is a guard."""

from __future__ import annotations

from pairs import speaker_rows


def test_a_pronoun_after_a_definite_office_alone_is_that_office():
    text = (
        "The judge also rejected other defence challenges to the fraud charge.\n\n"
        "Referring to one challenge about the wording of the charge, he said: "
        '"The practice may be regrettable and may cause confusion."'
    )
    assert [s for s, _, _ in speaker_rows(text)] == ["The judge"]
