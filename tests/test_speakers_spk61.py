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


# kind 3 (brothel b 14-15): counsel's statement holds his client's admission in a relative clause
_COUNSEL = (
    "A doctor who ran a brothel was jailed for a year today.\n"
    "Tom Reed, defending, said the single count of controlling prostitution\n"
    "between May and June last year, which his client had admitted, amounted to\n"
    "``a sad fall from grace.''\n"
    "He told Judge Ian Hart that by the time she had qualified in her home\n"
    "country in 1995, her husband had left her.\n"
)


def test_an_admission_in_a_relative_clause_is_inside_counsels_statement():
    rows = text_attributions(_COUNSEL)
    said = list(zip(rows["sent_id"], rows["speaker_label"], rows["role"], strict=True))
    assert said == [(1, "Tom Reed", "speaker"), (1, "his client", "nested"), (2, "Tom Reed", "speaker")]
    assert speaker_rows(_COUNSEL) == [["Tom Reed", "person", 2]]


def test_the_admitted_count_is_the_admissions_content():
    from corpus_tools.attribution.object_relatives import object_relative_content
    from corpus_tools.text.nlp import load_model

    doc = load_model()("He said the count, which his client had admitted, was minor.")
    verb = next(t for t in doc if t.lower_ == "admitted")
    lo, hi = object_relative_content(verb)
    assert doc[lo:hi].text == "the count"
    assert object_relative_content(next(t for t in doc if t.lower_ == "said")) is None


# kind 4 (wife w 7): a jury that rejects a claim returns its verdict; the claim is the defendant's
_VERDICT = (
    "A driving instructor was jailed for life today for murdering his wife.\n"
    "Tom Lee, 45, of Leeds, had admitted killing her but denied murder.\n"
    "A jury at Leeds Crown Court rejected his claim that he was guilty of manslaughter by reason of "
    "diminished responsibility.\n"
)


def test_a_jury_rejecting_a_claim_is_no_speaker_and_the_claim_is_the_defendants():
    assert speaker_rows(_VERDICT) == [["Tom Lee", "person", 3]]
    rows = text_attributions(_VERDICT)
    assert list(rows.loc[rows["cue"] == "claim", "speaker_label"]) == ["Tom Lee"]


def test_a_judge_rejecting_a_claim_still_rules():  # a guard: only a jury's rejection is a verdict
    rows = text_attributions("The judge rejected the claim that the police had lied.\n")
    assert "The judge" in set(rows["speaker_label"]), rows
