"""Round 24's held-out speaker kinds (branch spk53), on invented text (issue #22).

Each shape is one audit24 lists in ``benchmarks/claims.md`` ("Twenty-fourth round", kind 1), written
here with other names and other words.
"""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

from corpus_tools import from_records

# --------------------------------- a document whose teller's tag stands inside it is no speaker
MEMO = (
    "Alun Hale QC, for the council, told the tribunal that he would seek a delay.\n"
    "The memo, Mr Hale said, claimed that the sale was prompted by spite.\n"
)


def test_statement_with_the_tellers_tag_inside_it_is_nested():
    att = text_attributions(MEMO)
    memo = att[att.speaker == "The memo"]
    assert memo.role.tolist() == ["nested"], att
    assert speaker_rows(MEMO) == [["Alun Hale QC", "person", 2]]


def test_tag_before_the_subject_is_no_interposed_tag():  # a guard: "Mr Hale said the memo claimed"
    text = "Mr Hale said on Monday the council had lied, and the mayor claimed that it had not.\n"
    att = text_attributions(text)
    assert "speaker" in att[att.speaker == "the mayor"].role.tolist(), att


# --------------------------------- an inquiry is no statement
def test_examining_claims_is_no_statement_of_the_judge():
    text = (
        "Judge Tom Roe said the case was serious.\n"
        "Though the charges cover two years, Judge Roe has been examining claims of fraud stretching "
        "across a decade.\n"
    )
    assert speaker_rows(text) == [["Judge Tom Roe", "person", 1]]


def test_owned_claims_under_inquiry_stay_the_owners():  # a guard: a possessor still owns the noun
    att = text_attributions("Officers are examining Smith's claims that he was robbed.\n", "claims")
    assert att.speaker.tolist() == ["Smith"], att


def test_questions_an_inquiry_raises_are_no_statement():
    text = "The inquiry raised questions about a lack of checks by the wardens.\n"
    assert text_attributions(text, "questions").role.tolist() in ([], ["mention"])
    assert speaker_rows(text) == []


def test_checks_that_reveal_are_no_speaker():
    text = "Checks revealed that a year earlier a 45-year-old woman had claimed that he robbed her.\n"
    rows = speaker_rows(text)
    assert rows == [["a 45-year-old woman", "anonymous", 1]], rows


# --------------------------------- persuading a court that a thing is so is arguing it
def test_seeking_to_persuade_a_tribunal_that_is_a_statement():
    text = (
        "The mayor's lawyers were today seeking to persuade a tribunal that the council's bid for the "
        "land was deeply flawed.\n"
    )
    assert speaker_rows(text) == [["The mayor's lawyers", "anonymous", 1]]


def test_persuading_someone_to_act_says_nothing():  # a guard
    assert speaker_rows("Ann Roe tried to persuade her sister to stay at home.\n") == []


# --------------------------------- a complaint after "after" is the complainant's
def test_complaint_after_a_subordinator_is_the_complainants():
    text = (
        "Police opened an inquiry in May last year after a 30-year-old woman being held in cells at "
        "Westgate complained that Reed had hit her.\n"
    )
    att = text_attributions(text, "complained")
    assert att.speaker.tolist() == ["a 30-year-old woman"], att
    assert [r[1] for r in speaker_rows(text)] == ["anonymous"]


def test_a_second_verb_after_and_keeps_the_subject():  # a guard
    text = "Police opened an inquiry after the fire and said that arson was suspected.\n"
    assert text_attributions(text, "said").speaker.tolist() == ["Police"]


# --------------------------------- a court's letter is anonymous
def test_court_letters_are_anonymous_speakers():
    text = (
        "Dr Ann Hale told the jury the man was dangerous.\n"
        "Woman D said she had woken to find him in her flat.\n"
        "His second victim, Woman E, a nurse, said he had followed her home.\n"
        "Mr Tom Reed, of Leeds, said he was innocent.\n"
    )
    kinds = {s: k for s, k, _ in speaker_rows(text)}
    assert kinds["Woman D"] == "anonymous" and kinds["Mr Tom Reed"] == "person", kinds
    assert [k for s, k in kinds.items() if "Woman E" in s] == ["anonymous"], kinds


def test_court_letter_reads_one_capital_only():
    from corpus_tools.attribution.court_letters import court_letter

    assert court_letter("Woman A") and court_letter("Mr X") and court_letter("His second victim, Woman C")
    assert not court_letter("Mr Xu") and not court_letter("Malcolm X Jones") and not court_letter("Woman")


# --------------------------------- a group of a named person and of "the 61-year-old" is one
TAKES = (
    "Mayor Tom Reed's lawyers urged the tribunal to drop the case.\n\n"
    "Mayor Tom Reed was not at the hearing, a tribunal heard today.\n"
    "The 61-year-old's lawyers told the tribunal that he had done nothing wrong.\n"
)


def test_described_clients_group_is_the_named_clients():
    from corpus_tools.attribution.client_groups import same_client_group

    assert same_client_group("Mayor Tom Reed's lawyers", "The 61-year-old's lawyers", TAKES)
    assert not same_client_group("Ann Hale's lawyers", "The 61-year-old's lawyers", TAKES)
    assert not same_client_group("Mayor Tom Reed's lawyers", "The 61-year-old's friends", TAKES)


def test_one_group_of_two_takes_is_one_speaker_of_the_wire():
    from corpus_tools.attribution.attributions import attributions
    from corpus_tools.attribution.entities import statements
    from corpus_tools.attribution.speaker_identity import one_witness, speaker_identities

    texts = {
        "reed1": "Mayor Tom Reed's lawyers argued that the council had no case against him.\n",
        "reed2": (
            "Mayor Tom Reed was not at the hearing, a tribunal heard today.\n"
            "The 61-year-old's lawyers told the tribunal that he had done nothing wrong.\n"
        ),
    }
    a = statements(attributions(from_records([{"doc_id": d, "text": t} for d, t in texts.items()])))
    recs = a.to_dict("records")
    who = speaker_identities(a, texts)
    out = one_witness(recs, who, list(texts.values()))
    lawyers = [r for r in out if "lawyers" in str(r["speaker_label"])]
    assert {r["doc_id"] for r in lawyers} == {"reed1", "reed2"}, out  # not given to the mayor himself
    assert len({r["speaker_id"] for r in lawyers}) == 1, out


# --------------------------------- a birthplace epithet is the named man, and so is his "He"
PROFILE = (
    "Sergeant Tom Reed grew paler during the course of his trial.\n"
    "But the 41-year-old never lost his bearing at Leeds Crown Court.\n"
    "Reed, who now lives in Otley, first joined the hotel trade 20 years ago.\n"
    "The young recruit, jailed for six years today for theft, joined a hotel in York.\n"
    "After his training the Leeds-born officer was sent to a station in Harrogate, where he spent four "
    "years.\n"
    "But in 1990 he left the station and moved to Hull.\n"
    'He told his trial: "I did not like working in Harrogate."\n'
    'He told the court: "Then I took the exams and passed them."\n'
)


def test_birthplace_epithet_is_the_named_man():
    assert speaker_rows(PROFILE) == [["Tom Reed", "person", 2]]


def test_born_epithet_reads_a_capitalised_place_only():
    from corpus_tools.attribution.born_epithets import born_epithet

    assert born_epithet("the Leeds-born officer") and not born_epithet("the newborn baby")


# --------------------------------- indicating to someone that a thing is so is telling them
def test_indicating_to_someone_that_is_a_statement():
    text = (
        "Reed is single but has been living with his girlfriend, Anna Cole, in Otley.\n"
        "She attended the first day of his trial and has indicated to other members of the Kent force "
        "that she will stick by Reed.\n"
    )
    assert speaker_rows(text) == [["Anna Cole", "person", 1]]


def test_figures_that_indicate_tell_no_one():  # a guard
    assert speaker_rows("The figures indicate that crime is falling.\n") == []


def test_direct_quotation_with_an_interposed_tag_stays_its_speakers():  # a guard
    text = 'Mr Hale said the sale went ahead.\nDodd, Mr Hale told the tribunal, replied: "I was not there."\n'
    att = text_attributions(text, "replied")
    assert att.role.tolist() == ["speaker"] and att.speaker.tolist() == ["Dodd"], att
