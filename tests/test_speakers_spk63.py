"""Who speaks, the shapes round 29's held-out stories showed once marked (``benchmarks/claims.md``,
"Held out (round 29)", the kinds audit29 listed for a fixer). Invented texts of the same shapes
(other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

# kind 1 (war w 9): counsel submits that a named judge erred, on a ground in quotation marks
_SUBMITTED = (
    "A former soldier convicted of arson is appealing against his conviction, the Court of Appeal "
    "heard today.\n"
    "His counsel, Tom Reed QC, has told the court that a fair trial was impossible.\n"
    "Mr Reed has submitted that the trial judge, Mr Justice Hale, erred in law in failing to halt "
    "the case on the ground ``that the delay amounted to an unfairness to the accused''.\n"
)


def test_the_subject_of_a_submitted_clause_is_no_speaker():
    rows = text_attributions(_SUBMITTED)
    said = rows.loc[rows["role"] == "speaker"]
    assert "erred" not in set(said["cue"])
    assert list(said.loc[said["sent_id"] == 2, "speaker_label"]) == ["His counsel, Tom Reed QC"]
    assert not any("Hale" in str(s) for s in said["speaker_label"])


def test_submitted_that_is_counsels_statement():
    rows = text_attributions(_SUBMITTED)
    sub = rows.loc[rows["cue"] == "has submitted"]
    assert list(sub["speaker"]) == ["Mr Reed"] and list(sub["role"]) == ["speaker"]


def test_a_submitted_report_is_no_statement():  # a guard: "submitted" with an object, no clause
    rows = text_attributions("Mr Reed submitted a report to the court on Monday.\n")
    assert "submitted" not in set(rows["cue"])


# kind 3 (ostrich o1 8): an occupation word before a name in a list of defendants who plead together
_LORRY = (
    "Two men were in court today over a load of sheep found injured in a trailer.\n"
    "Trailer driver Ian Pike, of Ledbury, Herefordshire, and his employer, Sam Voss, of Ross, "
    "Herefordshire, both deny three charges of animal cruelty.\n"
)


def test_an_occupation_word_before_a_name_is_no_defendant():
    rows = text_attributions(_LORRY)
    assert sorted(rows.loc[rows["cue"] == "deny", "speaker_label"]) == ["Ian Pike", "Sam Voss"]


# kind 6 (ostrich o1 6, 10, 12): an opening description that told a court, named later in its own words
_ECHOED = (
    "A fire safety expert today told a court how he found a locked exit at a nightclub.\n"
    "Leeds Crown Court was told the door was chained on the night of the blaze.\n"
    "Club owner Tom Lee, of Leeds, denies two charges under the fire regulations.\n"
    "The court heard that the club was inspected in March.\n"
    "An inspection was made by the city's senior fire safety officer, Alan Hirst, and a colleague.\n"
    "Mr Hirst said: ``I was shocked to see the chain on the door.''\n"
)


def test_an_opening_description_is_the_person_named_later_in_its_words():
    rows = text_attributions(_ECHOED)
    first = rows.loc[rows["sent_id"] == 0].iloc[0]
    assert first["speaker_label"] == "Alan Hirst" and bool(first["named"])
    assert first["speaker_id"] == rows.loc[rows["speaker"] == "Mr Hirst", "speaker_id"].iloc[0]


def test_a_description_whose_words_no_name_repeats_stays_anonymous():  # a guard
    text = _ECHOED.replace("senior fire safety officer", "building inspector").replace("denies", "faces")
    first = text_attributions(text).loc[lambda r: r["sent_id"] == 0].iloc[0]
    assert first["speaker_label"] == "A fire safety expert" and not bool(first["named"])


# kind 6 (heart h1 6-7): "..., a hospital chief said today. But Mr X, chief executive of Y, admitted"
_CHIEF = (
    "Leeds hospital doctors acted within the law in keeping patients' records, a hospital chief "
    "said today.\n"
    "But Mr Ian Cole, chief executive of the Leeds Hospitals Trust, admitted staff had been "
    "``careless'' about consent.\n"
    "Mr Cole said new rules had been brought in.\n"
)


def test_a_chief_named_after_but_with_his_office_apposed_is_one_speaker():
    rows = text_attributions(_CHIEF)
    assert rows.loc[rows["sent_id"] == 0, "speaker_label"].iloc[0] == "Ian Cole"
    assert rows["speaker_id"].nunique() == 1
    assert speaker_rows(_CHIEF)[0][0] == "Ian Cole"


# kind 2 (tribunal t1 6, 8): "his lawyers" and the solicitor named across a line break
_LAWYERS = (
    "A nurse today won what his lawyers described as a landmark case for unfair dismissal.\n"
    "Former ward manager Tom Pike, 48, won 50,000 pounds at the tribunal hearing.\n"
    "That sum includes the biggest award of its kind, said solicitor Anna\nBirtwhistle.\n"
)


def test_a_legal_team_is_its_solicitor_named_across_a_line_break():
    rows = text_attributions(_LAWYERS)
    team = rows.loc[rows["speaker"] == "his lawyers"].iloc[0]
    assert team["speaker_label"] == "Anna Birtwhistle"
    assert rows["speaker_id"].nunique() == 1


# kind 5 (bully bs 9): an allegation made by a group, with what it alleges, is their statement
_ALLEGED = (
    "A sergeant was charged today with assaulting cadets at a summer camp.\n"
    "The charges follow allegations made by parents that their sons were beaten during a "
    "night exercise at the camp.\n"
)


def test_an_allegation_made_by_a_group_with_its_content_is_their_statement():
    rows = text_attributions(_ALLEGED)
    assert list(zip(rows["speaker"], rows["role"], strict=True)) == [("parents", "speaker")]
    content = _ALLEGED.replace("\n", " ")[rows["content_start"].iloc[0] : rows["content_end"].iloc[0]]
    assert "beaten" in content


def test_an_allegation_that_names_only_the_offence_is_no_statement():  # a guard, as round 18's bk5
    rows = text_attributions(
        _ALLEGED.replace("made by parents that their sons were beaten", "of bullying made by parents")
    )
    assert rows.empty or "made" not in set(rows["cue"])


# kind 7 (heart h2 8-9): "a letter from Dr X to Y ..." then a paragraph "It pointed out that ..."
_LETTER = (
    "Mr Cole told the inquiry the rules had changed.\n\n"
    "He was shown a 1994 letter from hospital chemist Dr Ruth Amble to surgeon Peter Lowe about "
    "the storage of samples.\n\n"
    "It pointed out that samples should not be kept unless the families had agreed in writing.\n"
)


def test_a_letters_it_is_its_writer_named_in_the_paragraph_before():
    rows = text_attributions(_LETTER)
    it = rows.loc[rows["cue"].astype(str).str.startswith("pointed")].iloc[0]
    assert it["speaker_label"] == "Dr Ruth Amble" and it["role"] == "speaker"


def test_an_it_after_a_paragraph_with_no_letter_stays_unresolved():  # a guard
    rows = text_attributions(_LETTER.replace("a 1994 letter from", "the files of"))
    it = rows.loc[rows["cue"].astype(str).str.startswith("pointed")]
    assert it.empty or it["speaker_id"].isna().all()
