"""Round 21's paper speaker shapes left by spk45 (branch spk46), on invented text."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

from corpus_tools import from_records

# ------------------------------------------- a day word read as the subject of a speech noun

DAY = (
    "Former rugby captain Tom Fields - who came to court on a stick after a knee operation - "
    "yesterday continued his defence of Dunn's 'brave' play in games. "
    "Mr Fields said he had never seen a fixed game."
)


def test_a_day_word_after_a_dash_aside_is_no_speaker():
    assert speaker_rows(DAY) == [["Mr Fields", "person", 1]]


def test_a_speaker_named_beside_a_day_word_still_speaks():  # a guard
    text = "Yesterday the coach said the team had 'never' fixed a game."
    assert speaker_rows(text) == [["the coach", "anonymous", 1]]


# ------------------------------------------- a paper's name with a capital "The" in mid-sentence

SUING = (
    'Barrister Ann Holt said he was a cheat. Mrs Holt told a High Court jury: "He took the money."\n\n'
    "Dunn, who was cleared of 'fixing' games two years ago, is suing The  Bugle, which accused him "
    "of cheating.\n\nThey deny libel. The case continues."
)


def test_a_paper_named_with_the_in_mid_sentence_is_a_body_and_takes_they():
    rows = text_attributions(SUING)
    assert rows.loc[rows.speaker == "They", "speaker_label"].tolist() == ["The Bugle"]
    assert speaker_rows(SUING) == [["Barrister Ann Holt", "person", 2], ["The Bugle", "organisation", 2]]


def test_a_person_named_in_mid_sentence_stays_a_person():  # a guard
    text = SUING.replace("The  Bugle, which", "Tom Reyes, who").replace("They deny", "He denies")
    assert ["Tom Reyes", "person", 2] in speaker_rows(text)


def test_an_outlet_named_with_a_doubled_space_is_the_outlet_and_takes_they():
    from corpus_tools.attribution.attributions import attributions

    corpus = from_records([{"doc_id": "d", "outlet": "bugle", "text": SUING}])
    rows = attributions(corpus)
    they = rows[rows.speaker == "They"]
    assert they[["speaker_label", "speaker_type"]].values.tolist() == [["The Bugle", "media"]]


# ------------------------------------------- a quoted epithet with a relative clause of what could have been

EPITHET = (
    "Rugby star Paul Dunn was a \"habitual cheat\" who could have brought 'the rot of bribery' into "
    "the whole sport, the High Court was told yesterday.\n\n"
    "The winger had a dark side which was rightly exposed by The Tribune, said the newspaper's QC, "
    'Ann Holt.\n\nDunn, 41, was a man with "a love of tricks," she added.'
)


def test_what_a_quoted_epithet_could_have_done_makes_no_speaker():
    speakers = [s for s, *_ in speaker_rows(EPITHET)]
    assert "habitual cheat" not in speakers
    assert "the High Court" in speakers


def test_a_plain_modal_statement_still_speaks():  # a guard
    text = "Mr Reyes said he would tell the board that the deal was 'dead'."
    assert speaker_rows(text) == [["Mr Reyes", "person", 1]]
