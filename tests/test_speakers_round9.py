"""Who speaks, round 9 of issue 22 (the pinochet, lovers and babysitter rows of the claims audit
that round 8 left wrong): a direct quotation a record is said to hold ("According to a police
statement, the general told his arresting officer: '...'") is the general's; "The magistrate" of a
text naming two is the one it named last; "an inquest in Wakefield, West Yorkshire" names no one;
a credit to an outlet of the corpus is said to be one. Invented texts of the same shapes."""

from __future__ import annotations

from pairs import speaker_rows

from corpus_tools import from_records

#: a record quoting the accused's own words (a broadsheet's shape)
_RECORD = (
    "The court was told that General Ortega, who is too ill to attend, has always maintained that "
    "he was not responsible.\n\n"
    "According to a police statement, General Ortega, 81, told his arresting officer: 'I reject "
    "this. I have nothing to do with any of the charges. I am a soldier of honour.'\n\n"
    "Mary Hale QC, for the general, said there was no evidence against him."
)


_speakers = speaker_rows


def test_a_direct_quotation_a_record_holds_is_the_quoted_speakers_statement():
    assert _speakers(_RECORD) == [
        ["The court", "anonymous", 1],
        ["a police statement", "organisation", 1],
        ["General Ortega", "person", 3],  # a row each sentence of his quotation (round 14)
        ["Mary Hale QC", "person", 1],
    ]


#: two magistrates named, the one the court heard named last before "The magistrate ruled"
_MAGISTRATE = (
    "He argued that the colonel should face the charges brought by Judge Pedro Ruiz, a Spanish "
    "examining magistrate who has investigated abuses in Peru.\n\n"
    "Mr Hale told Ronald Cole, the deputy stipendiary magistrate, that the court did not have to "
    "decide guilt.\n\n"
    "Ann Marsh, QC, for the colonel, unsuccessfully asked Mr Cole to hear arguments on jurisdiction.\n\n"
    "The magistrate ruled that they were matters he could deal with at the end of the hearing."
)


def test_a_role_description_is_the_holder_of_its_family_the_text_named_last():
    names = [s for s, _, _ in _speakers(_MAGISTRATE)]
    assert "Ronald Cole" in names and "The magistrate" not in names


def test_a_hearing_in_a_town_and_its_county_is_no_named_person():
    text = (
        "Two friends who could not bear to be apart killed themselves, an inquest in Halifax, West "
        "Yorkshire, heard yesterday.\n\n"
        "Sergeant Tom Hale told the inquest the car was found in a lane."
    )
    assert _speakers(text)[0][1] == "anonymous"


def test_a_credit_counts_an_outlet_and_the_finding_says_so():
    from corpus_tools.attribution.accounting import speaker_summary
    from corpus_tools.report.speaker_findings import _speaker_counts

    # a newspaper's report credited (PA's shape: "The Sunday Times reported that ..."), no agency
    text = "Mr Ruiz spoke after The Sunday Times reported that the general was too ill to travel."
    corpus = from_records(
        [{"doc_id": "d", "text": text, "outlet": "PA"}, {"doc_id": "e", "text": "A.", "outlet": "times"}]
    )
    row = speaker_summary(corpus).iloc[0]
    words = "".join(x if isinstance(x, str) else x[0] for x in _speaker_counts(row))
    assert "credits a news agency or outlet" in words
