"""Round 22's held-out speaker kinds (branch spk48), on invented text."""

from __future__ import annotations

from pairs import speaker_rows

from corpus_tools.text.cleaning import clean_text
from corpus_tools.text.editor_notes import is_editors_note

# ------------------------------------------- kind 1: a note to editors, then the headline and byline

RULE = "  " + "-" * 72
NOTE = (
    "(Attention Picture Desks and Subs: Note that the Recorder, Judge Ann Lowe, has agreed, after "
    "the defence raised the matter with the family, that the village may be named as Upton, and "
    "that details of the burns to his hands may also be given.)"
)
TAKE = (
    f"{RULE}\n\n{RULE}\n\n            10:12 05/06/01: Page 1 (XYZ) COURTS Miner\n{RULE}\n"
    f"{NOTE}<\n\x19<\n\x19MINER DENIES THEFT OF PAYROLL, JURY TOLD<\n\x19By Jo Bloggs, PA News<\n"
    "\x19A miner stole the payroll of his own pit, a jury was told today.<\n"
    "\x19Tom Reed, 52, denies theft.<\n\x19mfl<\n\x19\n"
)


def _kinds(raw: str) -> list[tuple[str, str]]:
    c = clean_text(raw)
    kept = [p for p in c.paragraphs if p.kind != "chrome"]
    return [(p.kind, " ".join(c.text[p.start : p.end].split())[:20]) for p in kept]


def test_a_note_to_editors_before_the_headline_is_chrome_and_the_headline_and_byline_follow():
    assert _kinds(TAKE) == [
        ("headline", "MINER DENIES THEFT O"),
        ("byline", "By Jo Bloggs, PA New"),
        ("body", "A miner stole the pa"),
        ("body", "Tom Reed, 52, denies"),
    ]
    c = clean_text(TAKE)
    assert [p.rule for p in c.paragraphs if p.kind == "chrome"].count("advisory") == 1


def test_the_note_and_the_headline_make_no_speaker():
    from corpus_tools import from_records
    from corpus_tools.attribution.accounting import speaker_table

    t = speaker_table(from_records([{"doc_id": "miner1", "text": TAKE}]))
    assert sorted(t["speaker"]) == ["Tom Reed", "a jury"]


def test_note_shapes():
    assert is_editors_note("(Note to subs: the town may be named.)")
    assert is_editors_note("(Memo to desks: please see separate advisory)")
    assert not is_editors_note("(Reed, who denies the charge, was bailed.)")
    assert not is_editors_note("(Tom Reed: I did nothing wrong.)")  # a label with no word for the desks
    assert not is_editors_note("Note to subs: the town may be named.")  # not in brackets


def test_a_bracketed_aside_in_the_body_stays_body():  # a guard
    aside = "(Reed, a father of two who warned the pit: he was bailed until next week.)"
    raw = TAKE.replace(NOTE, "").replace("denies theft.<", f"denies theft.<\n\x19{aside}<")
    assert [k for k, _ in _kinds(raw)] == ["headline", "byline", "body", "body", "body"]


# ------------------------------------------- kind 2: a place of appearance; an accusation with its agent

APPEAR = (
    "Two men arrested in Hull will appear before Leeds Magistrates charged that they stole a lorry "
    "of whisky from a depot. Reed is accused by the Home Office of running the gang from a flat in York."
)


def test_the_court_someone_will_appear_before_is_no_speaker_and_the_accuser_is():
    assert speaker_rows(APPEAR) == [["the Home Office", "organisation", 1]]


def test_a_court_that_says_something_still_speaks():  # a guard
    text = "Leeds Magistrates said the two men must stay in custody until the trial."
    assert [s for s, *_ in speaker_rows(text)] == ["Leeds Magistrates"]


def test_accused_of_with_no_agent_stays_no_statement():  # a guard
    assert speaker_rows("Reed, a builder accused of running the gang, was bailed.") == []


# ------------------------------------------- kind 3: one person under two anonymous labels

FARMER = (
    'A man told the court today how he was "ruined" after a builder took his savings. '
    "The man, a retired farmer, claims he lost his home. He said he had trusted the builder."
)


def test_an_indefinite_label_and_the_next_sentences_definite_one_are_one_speaker():
    assert speaker_rows(FARMER) == [["A man", "anonymous", 3]]


def test_two_labels_of_different_heads_stay_two():  # a guard
    text = FARMER.replace("The man, a retired farmer,", "The woman, his neighbour,").replace(
        "He said", "She said"
    )
    rows = speaker_rows(text)
    assert rows[0] == ["A man", "anonymous", 1]
    assert "The woman, his neighbour" in [s for s, *_ in rows]


# ------------------------------------------- kind 4: what people said to one another inside counsel's account

ACCOUNT = (
    "Mr Hale said the girl trusted the warden. Reed abused this trust, Mr Hale went on.\n\n"
    "In 1990 she was diagnosed with a rare illness. She was then told by her doctor that she would "
    "lose her hand. The doctor also told the frightened girl that the treatment might hurt.\n\n"
    "She confided in the warden, Mr Hale said. At one stage the girl told a cook about the warden. "
    "The warden promised the cook he would stop. Mr Hale said the girl was afraid.\n\n"
    "The court heard the cook called the warden and threatened to tell his employers. "
    "Mr Hale said the warden lied."
)


def test_acts_of_speech_told_between_counsels_statements_are_his():
    rows = speaker_rows(ACCOUNT)
    assert [s for s, *_ in rows] == ["Mr Hale", "The court"]
    assert rows[0][2] == 4  # sentences 0, 5, 8 and 10


def test_a_statement_to_the_court_between_counsels_statements_stays():  # a guard
    text = ACCOUNT.replace("The doctor also told the frightened girl", "Her doctor told the jury")
    assert "her doctor" in [s for s, *_ in speaker_rows(text)]


def test_words_quoted_as_the_speakers_own_inside_an_account_stay_his():  # a guard
    text = ACCOUNT.replace(
        "The warden promised the cook he would stop.", 'The warden told his staff "to keep the girl quiet".'
    )
    assert "The warden" in [s for s, *_ in speaker_rows(text)]


# ------------------------------------------- kind 7: the papers' speakers


def test_magistrates_told_by_counsel_is_counsels_statement():
    text = (
        "Two men accused of a bank raid appeared in court in Leeds yesterday. Magistrates were told "
        "by Ann Hale, for the prosecution, that the men had fled to Spain."
    )
    assert speaker_rows(text) == [["Ann Hale", "person", 1]]


def test_magistrates_told_with_no_agent_stay_the_hearing():  # a guard
    text = "Two men appeared in court in Leeds yesterday. Magistrates were told that the men had fled."
    assert speaker_rows(text) == [["Magistrates", "anonymous", 1]]


def test_a_note_from_a_named_writer_is_the_writers():
    text = (
        "Two men appeared in court in Leeds yesterday. Magistrates were told by Ann Hale, for the "
        "prosecution, that Tom Reed had sent notes to the bank. The note was from Reed and claimed "
        "the raid was a protest."
    )
    assert speaker_rows(text) == [["Ann Hale", "person", 1], ["Reed", "person", 1]]


TELLER = (
    "Tom Reed, 45, denies the charges. Paul Hale, prosecuting, said the victim was a 17-year-old "
    "pupil. He was 20 years her senior and a teacher at her school. She was a shy girl, he said, "
    'adding: "To her, her teacher was a hero."'
)


def _pronoun_given_to_reed(text: str):
    from pairs import text_attributions

    rows = text_attributions(text)
    reed = rows[rows.speaker == "Tom Reed"].iloc[0]
    pron = rows.resolved_from.eq("pronoun")
    for col in ("speaker_id", "speaker_label", "named", "speaker_type", "affiliation"):
        rows.loc[pron, col] = reed[col]  # the pronoun reader's choice in the paper of the story
    return rows


def test_a_he_said_after_a_sentence_of_the_account_is_the_tellers():
    from corpus_tools import from_records
    from corpus_tools.attribution.teller_pronouns import teller_pronouns

    rows = _pronoun_given_to_reed(TELLER)
    out = teller_pronouns(rows, from_records([{"doc_id": "d", "text": TELLER}]))
    assert out.loc[out.resolved_from == "pronoun", "speaker_label"].tolist() == ["Paul Hale", "Paul Hale"]


def test_a_he_said_after_a_named_subject_stays():  # a guard
    from corpus_tools import from_records
    from corpus_tools.attribution.teller_pronouns import teller_pronouns

    text = TELLER.replace("He was 20 years", "Reed was 20 years")
    rows = _pronoun_given_to_reed(text)
    out = teller_pronouns(rows, from_records([{"doc_id": "d", "text": text}]))
    assert out.loc[out.resolved_from == "pronoun", "speaker_label"].tolist() == ["Tom Reed", "Tom Reed"]


# ------------------------------------------- survival of an accusation: its act, not its clause's background

SOURCE = (
    "Two men will appear before Leeds Magistrates charged that they robbed banks.\n\n"
    "Reed is accused by the Home Office of masterminding the raids on banks in Leeds and York in "
    "which more than 20 guards were hurt."
)


def _survival(version: str) -> dict:
    from corpus_tools import from_records
    from corpus_tools.attribution.survival import speaker_survival

    corpus = from_records(
        [
            {"doc_id": "src", "text": SOURCE, "published": "2001-01-01"},
            {"doc_id": "v", "text": version, "published": "2001-01-02"},
        ]
    )
    s = speaker_survival(corpus, source="src")
    return dict(zip(s["speaker"], s["n_statements_unattributed"], strict=True))  # told without who


def test_a_version_keeping_only_the_background_of_an_accusation_drops_it():
    version = (
        "Two men appeared in court in Leeds.\n\n"
        "More than 20 guards were hurt when banks in Leeds and York were raided."
    )
    assert _survival(version) == {"the Home Office": 0}


def test_a_version_telling_the_act_keeps_the_accusation_without_saying_who():  # a guard
    version = "Two men were in court over raids on banks in Leeds and York, allegedly masterminded by Reed."
    assert _survival(version) == {"the Home Office": 1}


def test_a_threat_between_two_different_speakers_is_the_speakers_own():  # a guard
    text = (
        "Just days before her death, singer Ann Roe was talking about a return to the stage, an inquest "
        "heard today.\n\nMiss Roe had taken an overdose and threatened to kill herself unless surgeons "
        "agreed to operate.\n\nSurgeon Tom Hale told the inquest that she was well after the operation."
    )
    assert "Ann Roe" in [s for s, *_ in speaker_rows(text)]
