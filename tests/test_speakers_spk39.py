"""Who speaks, round 19 of issue 22 (branch spk39): the held-out audit's speaker kinds
(``benchmarks/claims.md``, "Nineteenth round (branch `audit19`)", "For the lead: the kinds a fix
should take" 1, 2 and 4). Invented texts of the same shapes; each test fails on ``501bb10`` unless
it says it is a guard."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

from corpus_tools import from_records

_PREVIEW = (
    "The jury in the Fisher fraud trial was today resuming its second day of talks.\n\n"
    "The eight men and four women have spent nearly six hours at Ashby Crown Court.\n\n"
    "Fisher, 47, of Mill Lane, Upton, near Ashby, Greater Westshire, pleads not guilty to stealing "
    "12 paintings between May 1996 and June 1997."
)


def test_a_plea_after_a_long_apposition_of_age_and_address_is_the_named_persons():
    # the tagger takes the lone surname "Fisher" for a place: the age after it makes it a person
    rows = text_attributions(_PREVIEW, "pleads")
    assert rows[["speaker", "speaker_type", "role"]].values.tolist() == [["Fisher", "person", "speaker"]]
    assert speaker_rows(_PREVIEW) == [["Fisher", "person", 1]]


def test_a_papers_denial_keeps_the_plea_and_a_paper_without_it_drops_it():
    import corpus_tools as ct

    corpus = from_records(
        [
            {"doc_id": "pa", "text": _PREVIEW, "outlet": "PA"},
            {
                "doc_id": "kept",
                "text": "The jury in the Fisher fraud trial spent two days at Ashby Crown Court. "
                "Fisher, 47, of Upton, near Ashby, denies stealing 12 paintings between May 1996 and "
                "June 1997.",
                "outlet": "Sun",
            },
        ]
    )
    surv = ct.analyze(corpus, source="pa").speaker_survival
    row = surv[(surv.speaker == "Fisher") & (surv.doc_id == "kept")]
    assert row.status.tolist() == ["kept"]


_OPENING = (
    "A sacked baker put nails in thousands of loaves after he lost his job, a court heard today.\n\n"
    "Peter McBride, from Upton, Westshire, dropped nails into the dough over four weekends, the jury "
    "at Ashby Crown Court was told.\n\n"
    "Jane Roe, prosecuting, told the court that the 52-year-old, who denies four charges of "
    "contaminating food, was heard humming a song by workmates.\n\n"
    "In May the night shift, on which McBride worked, was cut.\n\n"
    "Ms Roe told the court: ``The defendant was heard by workmates saying he was angry about his job.\n\n"
    "``On the weekend of May 3, the defendant was heard to say `nobody checks the dough'.\n\n"
    "``By then no complaint had been made. On the weekend of May 10 he was seen near the flour store.\n\n"
    "``The next weekend the defendant was off sick and no loaves were spoiled.''"
)


def test_an_age_noun_after_the_defendant_is_named_is_the_defendant():
    # "McBride": a surname with a capital inside, which the readers of people's surnames had missed
    rows = text_attributions(_OPENING, "denies")
    assert rows[["speaker_label", "speaker_type"]].values.tolist() == [["Peter McBride", "person"]]


def test_a_report_inside_counsels_quotation_is_no_speaker_and_the_quotation_stays_counsels():
    rows = text_attributions(_OPENING)
    told = rows[rows.cue == "told the court"].sent_id.max()
    quoted = rows[rows.sent_id >= told]  # "Ms Roe told the court:" and the four quoted sentences after it
    assert quoted.speaker_label.tolist() == ["Jane Roe"] * 5
    assert [r[0] for r in speaker_rows(_OPENING)] == ["a court", "Jane Roe", "Peter McBride"]


def test_a_speaker_after_a_comma_that_closes_a_quotation_stays_a_speaker():  # a guard
    text = "The minister spoke at noon.\n\n``We will talk to them, the minister said.\n\n``It is time.''"
    rows = text_attributions(text)
    assert rows[["cue", "speaker_label"]].values.tolist() == [["said", "The minister"], ["", "The minister"]]


def test_a_lone_surname_with_an_address_is_a_person_not_a_body():
    text = (
        "Peter Dunn, from Upton, was arrested in May.\n\n"
        "Jane Roe told the court the loaves were spoiled.\n\n"
        "Dunn, of Upton, Westshire, denies four charges."
    )
    rows = text_attributions(text, "denies")  # the tagger calls "Dunn" a firm
    # "Peter Dunn" since round 31's surname_people: the one person named in full with that surname
    assert rows[["speaker_label", "speaker_type"]].values.tolist() == [["Peter Dunn", "person"]]


def test_a_lone_name_the_text_never_gives_a_person_keeps_its_type():  # a guard
    text = "A baker spoiled loaves, a court heard.\n\nDunn, of Upton, Westshire, denies four charges."
    assert text_attributions(text, "denies").speaker_type.tolist() == ["organisation"]


def test_an_inverted_cue_after_a_dash_aside_is_the_named_speakers():
    text = "Nails were found in the dough - the main part of the loaf - said Jane Roe, prosecuting."
    assert speaker_rows(text) == [["Jane Roe", "person", 1]]


def test_a_subject_before_a_dash_aside_still_speaks():  # a guard: the rule the inverted cue leaves alone
    text = "The Upton Bakers Group - made up of bakers and millers - said it was glad."
    assert [r[0] for r in speaker_rows(text)] == ["The Upton Bakers Group"]


def test_a_perception_after_a_closed_quotation_is_no_statement():
    text = (
        "Other staff reported that she was upset about the move and that on some days she was heard "
        'saying: "I will never find another home." Neighbours also noticed bruises on her arms.\n\n'
        "Mrs Dale denies the charges."
    )
    assert text_attributions(text, "noticed").empty
    assert [r[0] for r in speaker_rows(text)] == ["Other staff", "Mrs Dale"]


def test_a_verb_after_a_quotation_closed_by_a_comma_is_its_tag():  # a guard
    text = 'The talks ended at noon.\n\n"We will be back next week," Tom Hale promised.'
    assert text_attributions(text, "promised").speaker_label.tolist() == ["Tom Hale"]


def test_a_dash_signature_after_a_closed_quotation_still_signs_it():  # a guard (PolNeAR's signed quotes)
    text = (
        "Readers wrote to us.\n\n\u201cWe will build a better town. The mayor has failed us all.\u201d "
        "\u2015\xa0Ann Marie Lee.\n\nGetty.\n\n"
        "\u201dIt is time for a change in this town.\u201d \u2015\xa0Tom Hale"
    )
    rows = text_attributions(text, "\u2015")
    assert rows.speaker_label.tolist() == ["Ann Marie Lee", "Tom Hale"]
