"""Round 23's held-out speaker kinds (branch spk50), on invented text."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

from corpus_tools.text.cleaning import clean_text

# ------------------------------------------- kind 5: a note to editors is chrome to its end

RULE = "  " + "-" * 72
ADVISORY = (
    f"{RULE}\n\n{RULE}\n\n            11:05 04/05/01: Page 0 (XYZ) COURTS Ferry Advisory\n{RULE}\n"
    "(ATTENTION NEWS EDITORS AND SUBS: STRICTLY NOT FOR PUBLICATION.)<\n"
    "\x19(Leeds magistrates have made an order forbidding reporting of the fact that Jane Roe has\n"
    "admitted being drunk on a ferry and will be sentenced in May. A charge of assault was\n"
    "dropped, her lawyer said. The order bars any mention of the plea.)<\n\x19end<\n\x19\n"
)


def _body(raw: str) -> list[str]:
    c = clean_text(raw)
    return [" ".join(c.text[p.start : p.end].split())[:20] for p in c.paragraphs if p.kind == "body"]


def test_a_bracketed_paragraph_after_a_note_to_editors_is_the_note():
    assert _body(ADVISORY) == []
    c = clean_text(ADVISORY)
    assert [p.rule for p in c.paragraphs].count("advisory") == 2


def test_the_note_names_no_speaker():
    from corpus_tools import from_records
    from corpus_tools.attribution.accounting import speaker_table

    t = speaker_table(from_records([{"doc_id": "ferry1adv", "text": ADVISORY}]))
    assert list(t["speaker"]) == []


def test_the_story_after_the_note_stays_body():  # a guard
    raw = ADVISORY.replace(
        "\x19end<", "\x19A sailor was fined today.<\n\x19(Reed, 40, denies it.)<\n\x19end<"
    )
    assert _body(raw) == ["A sailor was fined t", "(Reed, 40, denies it"]


def test_a_bracketed_paragraph_with_no_note_before_it_stays_body():  # a guard
    raw = ADVISORY.replace("(ATTENTION NEWS EDITORS AND SUBS: STRICTLY NOT FOR PUBLICATION.)<\n\x19", "")
    assert _body(raw) == ["(Leeds magistrates h"]


# ------------------------------------------- kind 3: the victim is no speaker; two witnesses are two

VICTIM = (
    "Tom Reed, 40, admitted killing Ann Hale at her home in Upton. "
    "Ann was studying music and had started writing a novel about the Fens. "
    'Detective Sergeant Bob Lowe said: "This was a cruel crime."'
)


def test_a_woman_writing_a_novel_is_no_speaker():
    assert sorted(s for s, *_ in speaker_rows(VICTIM)) == ["Detective Sergeant Bob Lowe", "Tom Reed"]


def test_a_letter_written_with_its_content_still_speaks():  # a guard
    text = VICTIM.replace(
        "had started writing a novel about the Fens", "wrote to the council that she was afraid"
    )
    assert "Ann Hale" in [s for s, *_ in speaker_rows(text)]


FIXATION = (
    "Tom Reed, 40, admitted killing Ann Hale. "
    "Detectives said there was evidence that he had a fixation with older women. Reed was jailed for life."
)


def test_detectives_said_is_an_anonymous_group():
    assert speaker_rows(FIXATION) == [["Tom Reed", "person", 1], ["Detectives", "anonymous", 1]]


def test_a_named_detective_stays_named():  # a guard
    text = FIXATION.replace("Detectives said", "Detective Inspector Bob Lowe said")
    assert speaker_rows(text)[1] == ["Detective Inspector Bob Lowe", "person", 1]


WITNESSES = (
    "Tom Reed, 40, admitted killing Ann Hale. A neighbour remembered seeing a van parked outside the "
    "house and noted down its number. Another neighbour remembered seeing a red car driving away from "
    "the house on May 3. He recalled seeing a man in a cap at the wheel."
)


def test_another_neighbour_and_his_he_are_a_second_speaker():
    assert speaker_rows(WITNESSES) == [
        ["Tom Reed", "person", 1],
        ["A neighbour", "anonymous", 1],
        ["Another neighbour", "anonymous", 1],
    ]


def test_he_after_a_sentence_about_the_same_neighbour_stays_his():  # a guard
    text = WITNESSES.replace("Another neighbour remembered", "The neighbour remembered")
    assert speaker_rows(text) == [["Tom Reed", "person", 1], ["A neighbour", "anonymous", 2]]


# ------------------------------------------- kind 6: the papers' speakers

JAILING = (
    "Tom Reed, 40, admitted the theft. "
    "Mr Justice Hale, sentencing Reed to two life terms, said: 'These were wicked crimes.'"
)


def test_a_judge_with_a_participle_clause_before_said_is_the_speaker():
    assert speaker_rows(JAILING) == [["Tom Reed", "person", 1], ["Mr Justice Hale", "person", 1]]


def test_a_participle_with_its_own_statement_keeps_its_subject():  # a guard
    text = (
        "Tom Reed, 40, admitted the theft. Mr Justice Hale said, jailing Reed, that these were wicked crimes."
    )
    assert speaker_rows(text) == [["Tom Reed", "person", 1], ["Mr Justice Hale", "person", 1]]


DESCRIBED = (
    "Tom Reed, 40, admitted the theft. Described by colleagues as 'tireless and proud', Reed liked to boast."
)


def test_a_fronted_description_with_its_agent_is_the_agents_statement():
    assert speaker_rows(DESCRIBED) == [["Tom Reed", "person", 1], ["colleagues", "anonymous", 1]]
    rows = text_attributions(DESCRIBED, "Described")
    assert [DESCRIBED[r.content_start : r.content_end] for r in rows.itertuples()] == ["'tireless and proud'"]


def test_a_fronted_description_with_no_agent_has_no_speaker():  # a guard
    assert speaker_rows(DESCRIBED.replace(" by colleagues", "")) == [["Tom Reed", "person", 1]]


# ------------------------------------------- kind 7: survival


def _survival(wire: str, paper: str):
    from corpus_tools import from_records
    from corpus_tools.attribution.survival import speaker_survival

    corpus = from_records(
        [
            {"doc_id": "wire", "text": wire, "outlet": "PA", "role": "wire"},
            {"doc_id": "paper", "text": paper, "outlet": "Sun"},
        ]
    )
    return speaker_survival(corpus, source="wire").set_index("speaker")


SLIP_WIRE = (
    "A roofer was jailed for life today for killing two sisters at their farm near Upton.\n\n"
    'Detective Inspector Tom Hale said: "He is a cold and boastful man who cared for nobody."'
)
SLIP_PAPER = (
    "A roofer was jailed for life yesterday for killing two sisters at their farm near Upton.\n\n"
    "Det Insp John Hale said: 'He is a cold and boastful man who cared for nobody.'"
)


def test_the_same_officer_under_a_wrong_given_name_is_relabelled():
    s = _survival(SLIP_WIRE, SLIP_PAPER)
    assert s.loc["Detective Inspector Tom Hale", ["status", "became"]].tolist() == [
        "relabelled",
        "Det Insp John Hale",
    ]


def test_another_rank_with_the_surname_stays_another_speaker():  # a guard
    s = _survival(SLIP_WIRE, SLIP_PAPER.replace("Det Insp John Hale", "Chief Constable John Hale"))
    assert s.loc["Detective Inspector Tom Hale", "status"] == "re_attributed"


BODY_WIRE = (
    "A roofer was jailed for life today for killing two sisters at their farm near Upton.\n\n"
    "The roofer, described by police as 'cruel beyond words', had debts of thousands of pounds."
)
BODY_PAPER = (
    "A roofer was jailed for life yesterday for killing two sisters at their farm near Upton.\n\n"
    "As he was led away, Kent police described him as 'cruel beyond words'."
)


def test_the_force_named_in_full_keeps_police_on_its_own_statement():
    s = _survival(BODY_WIRE, BODY_PAPER)
    assert s.loc["police", "status"] == "kept"


def test_another_body_with_the_word_is_no_match():  # a guard
    s = _survival(
        BODY_WIRE, BODY_PAPER.replace("Kent police described", "The Kent Police Federation described")
    )
    assert s.loc["police", "status"] != "kept"


REDUCED = (
    "A FORMER kitchen salesman described as 'cruel and cold beyond belief' was jailed for life yesterday."
)


def test_the_man_described_in_a_reduced_relative_is_no_speaker():
    assert speaker_rows(REDUCED) == []


def test_police_describing_a_man_still_speak():  # a guard
    text = "Police described the kitchen salesman as 'cruel and cold beyond belief' after he was jailed."
    assert speaker_rows(text) == [["Police", "organisation", 1]]


GAP = (
    "Tom Reed, 40, admitted the theft. "
    "Records show that after 1990 there was a ten-year gap that could explain other thefts."
)


def test_a_span_of_time_that_could_explain_is_no_speaker():
    assert speaker_rows(GAP) == [["Tom Reed", "person", 1]]


def test_a_person_who_could_explain_still_speaks():  # a guard
    text = "Tom Reed, 40, admitted the theft. Ann Lowe, who explained that the files were lost, was absent."
    assert speaker_rows(text) == [["Tom Reed", "person", 1], ["Ann Lowe", "person", 1]]
