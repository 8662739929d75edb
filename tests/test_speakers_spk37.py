"""Who speaks, round 18 of issue 22 (branch spk37): the held-out audit's speaker kinds
(``benchmarks/claims.md``, "Eighteenth round (branch `audit18`)", causes 2, 5, 6 and 8). Invented
texts of the same shapes; each test fails on ``3ade5d5`` unless it says it is a guard."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

from corpus_tools.attribution.titled_misprints import corrected_surname

_QUOTED_PART = (
    "A famous baker was wrongly accused in a magazine of stealing recipes, a jury was told today.\n\n"
    "His counsel Tom Reed QC said the baker was upset when he read the piece.\n\n"
    "Counsel told the court that the ``crucial'' paragraph in the leaflet printed in June 1997 "
    "alleged that the baker had stolen ``a famous recipe for bread''.\n\n"
    "He said: ``That claim is false and the magazine accepts it is false.''\n\n"
    "Mr Reed told the jury the baker was a fine man."
)


def test_a_quoted_part_of_a_text_is_no_speaker_and_the_next_he_is_counsel():
    rows = text_attributions(_QUOTED_PART)
    said = rows[rows.cue == "said"].iloc[-1]
    assert said["speaker_label"] == "His counsel Tom Reed QC"
    alleged = rows[rows.cue == "alleged"].iloc[0]
    assert alleged["role"] == "mention" and not isinstance(alleged["speaker_id"], str)  # no speaker
    assert [r[0] for r in speaker_rows(_QUOTED_PART)] == ["a jury", "His counsel Tom Reed QC"]


def test_a_document_that_speaks_stays_a_speaker():  # a guard: "the report said" is left alone
    text = "Mrs Dean lost her case.\n\nThe report alleged that the council had lied about the money."
    assert [r[0] for r in speaker_rows(text)] == ["The report"]


_QUESTIONED = (
    "Mrs Hale said she was hurt by the article.\n\n"
    "Mr Stone asked her how she felt when she read about her shop.\n\n"
    "Mrs Hale replied: ``I was very angry.''\n\n"
    "Mr Stone asked Mrs Hale for her reaction to suggestions that she was greedy and wanted a large sum.\n\n"
    "``When I began the case against the Courier all I wanted was an apology.''\n\n"
    "She told the jury: ``I think I deserve to be cleared for what they have done to me.''\n\n"
    "Peter Lowe QC, for the Courier, asked Mrs Hale if she had not felt cleared when she heard "
    "that the paper had accepted she never stole."
)


def test_an_open_question_is_no_statement_and_its_answer_is_the_one_asked():
    rows = text_attributions(_QUESTIONED)
    by_sent = {int(r.sent_id): (r.speaker_label, r.role) for r in rows.itertuples() if r.cue in ("", "asked")}
    labels = [
        r.speaker_label for r in rows.itertuples() if r.role == "speaker" and r.cue in ("", "told the jury")
    ]
    assert labels == ["Mrs Hale", "Mrs Hale"]  # the answer and "She told the jury" are hers
    assert [role for _, role in by_sent.values()][:2] == ["mention", "mention"]  # Mr Stone's questions
    assert by_sent[max(by_sent)] == ("Peter Lowe QC", "speaker")  # a proposition put stays a statement
    assert [r[0] for r in speaker_rows(_QUESTIONED)] == ["Mrs Hale", "Peter Lowe QC"]


def test_a_quotation_after_a_belief_is_the_believers():
    text = (
        "Giving evidence, Mr Hale told the jury that he grew up on a farm in Kent.\n\n"
        "His father had died when he was ten and he believed that his mother was poor.\n\n"
        "``I saw the hardship it caused in the family.''"
    )
    rows = text_attributions(text)
    quoted = rows[rows.quote_type == "direct"]
    assert quoted["speaker_label"].tolist() == ["Mr Hale"]


def test_he_told_the_magistrate_is_the_defendant_named_by_surname_before():
    text = (
        "One of the city's most senior firemen made a brief appearance in court today accused of theft.\n\n"
        "Chief Fire Officer Tom Hale, 50, of Kent Fire Brigade, is accused of three charges of theft.\n\n"
        "He appeared before a bench of magistrates for a short hearing.\n\n"
        "Hale, of Ash Lane, Dover, confirmed his name and told the court his address in a firm voice.\n\n"
        "The clerk read out the charges which allege that he stole money from the depot.\n\n"
        "Hale, a fireman for 25 years, is believed to be the most senior officer to face such charges.\n\n"
        "His appearance followed an inquiry by Essex Police.\n\n"
        "Hale, who is married, was suspended from duty in March after the complaints.\n\n"
        "He told magistrate John Webb: ``I understand, sir'' when he was told that he was given bail."
    )
    rows = text_attributions(text, "magistrate")
    assert rows["speaker_label"].tolist() == ["Tom Hale"]


def test_a_name_listed_in_the_subjects_relative_clause_is_no_speaker():
    for text in (
        "Mr Hale, who was in court with his wife Ann and their sons Tom, six, and Sam, four, "
        "told the jury that he grew up in Hull.",
        "Mr Hale, who was in court with his bride-to-be Ann and their young sons Tom, six, and Sam, "
        "four, told the jury that he was brought up on a farm in Kent and left school at 16.",
    ):
        assert speaker_rows(text) == [["Mr Hale", "person", 1]]


def test_two_coordinated_subjects_stay_two():  # a guard of the rule above
    rows = speaker_rows("Patrick Rowe, 22, and Terence Wade, 28, denied murder.")
    assert [r[0] for r in rows] == ["Patrick Rowe", "Terence Wade"]


def test_the_latter_is_no_speaker_of_its_own():
    text = (
        "Mrs Dean is suing the Evening Courier and the Western Echo over an article.\n\n"
        "The latter had repeated the allegations as part of a sharing agreement.\n\n"
        "Mrs Dean told the jury she was upset."
    )
    assert speaker_rows(text) == [["Mrs Dean", "person", 1]]


def test_a_scanned_misprint_of_a_titled_surname_is_the_person_named_in_full():
    s = {"speaker_label": "Mr Colnian", "speaker_type": "person", "named": True}
    text = "Her lawyer Peter Colman said so. Mr Colnian said: yes."
    assert corrected_surname(s, text)["speaker_label"] == "Peter Colman"
    text = (
        "Mrs Dean is suing the Courier, her lawyer Peter Colman said.\n\n"
        "Mr Colman told the court the claim was false.\n\n"
        "Mr Colnian said: ``That article is wholly untrue.''"
    )
    assert [r[0] for r in speaker_rows(text)] == ["her lawyer Peter Colman"]


def test_a_titled_surname_one_letter_off_one_titled_twice_is_that_person():
    text = (
        "Mr Hale told the court he was at home.\n\nMr Hals said: ``I never left the house.''\n\n"
        "Mr Hale said he was sure."
    )
    assert speaker_rows(text) == [["Mr Hale", "person", 3]]
    once = "Mr Hale told the court he was at home.\n\nMr Hals said: ``I never left the house.''"
    assert len(speaker_rows(once)) == 2  # a guard: one "Mr Hale" is no evidence of a misprint


def test_a_quotation_ends_at_its_close_before_a_clause_of_time():
    text = (
        "Mr Roe, 50, of Ash Lane, is accused of theft.\n\n"
        "He told magistrate John Webb: ``I understand, your Honour'' when he was informed that he "
        "was being given unconditional bail to reappear before the court on May 3."
    )
    rows = text_attributions(text, "magistrate")
    got = text[rows["content_start"].iloc[0] : rows["content_end"].iloc[0]]
    assert (got.rstrip("'"), rows["quote_type"].iloc[0]) == ("I understand, your Honour", "direct")
