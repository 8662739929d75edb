"""Who speaks, a shape the lead's reading of round 35's merge showed: "Brokers said ... Some brokers
said", with no other part set against it, is one anonymous group (TUNE_33's 4130, counted one
group before round 35 and two after tune35's "Some traders here" guard). Invented text."""

from __future__ import annotations

from pairs import speaker_rows


def test_some_dealers_after_dealers_are_one_group():
    text = (
        "The exchange will let banks buy stakes in dealing firms, the minister said.\n"
        "    Dealers said it was too soon to say what links the firms might form.\n"
        "    Some dealers said the change could raise questions about the smaller firms.\n"
    )
    assert speaker_rows(text) == [["the minister", "anonymous", 1], ["Dealers", "anonymous", 2]]
