"""Who speaks, the shapes round 28's held-out stories showed once marked (``benchmarks/claims.md``,
"Held out (round 28)", the kinds audit28 listed for a fixer). Invented texts of the same shapes
(other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

# kind 1 (rubbish r 8): papers found in a defendant's possession, and their information, show
_PAPERS = (
    "A trainee lawyer who stole a firm's rubbish admitted theft today.\n"
    "Documents later found in his flat including bankers' information that revealed Tom Lee was in "
    "``grave money troubles.''\n"
    "Jim Orr, prosecuting, said it was ``likely'' the lawyer meant to sell the story.\n"
)


def test_papers_found_and_their_information_are_no_speakers():
    assert speaker_rows(_PAPERS) == [["A trainee lawyer", "anonymous", 1], ["Jim Orr", "person", 1]]
    rows = text_attributions(_PAPERS)
    assert set(rows.loc[rows["cue"].isin(["found", "revealed"]), "role"]) == {"mention"}


def test_documents_that_say_still_speak():  # a guard: only the verbs of showing are read so
    rows = text_attributions("The court documents said Tom Lee had lied to the bank.\n")
    assert list(rows["role"]) == ["speaker"], rows


# kind 2 (brothel b 21): "the fact remained" is no speaker, with a tag or without
_FACT = (
    "A doctor who ran a brothel was jailed for a year today.\n"
    "Judge Tom Hart told her: ``You have lost everything.''\n"
    "But the fact remained what she had done was ``nothing short of shameful,'' he said.\n"
    "But the fact remained what she had done was ``nothing short of shameful.''\n"
)


def test_the_fact_remained_is_no_speaker():
    assert speaker_rows(_FACT) == [["Judge Tom Hart", "person", 2]]
    rows = text_attributions(_FACT)
    assert set(rows.loc[rows["cue"] == "remained", "role"]) == {"mention"}
