"""Who speaks, issue 22 (spk32): a statement given to the wrong person in the papers (round 16's
cause 4 in ``benchmarks/claims.md``). "He added" after a quotation is the quotation's speaker, not
a person named inside it; a pronoun subject is not a person its own sentence names after it, nor
the kin it gives itself ("her son"); "who" after "NAME, appearing for ORG," is NAME when the parse
makes it a clause; '"..." Mr Justice NAME ruled' without a comma is the judge's; "NAME allegedly
boasted:" with the subject the parse dropped is NAME's. Invented texts of the same shapes: a
grammar school appeal and a leak of council files."""

from __future__ import annotations

import pytest
from pairs import text_attributions

from corpus_tools.attribution.disjoint import not_in_own_clause
from corpus_tools.attribution.missed_subjects import colon_name, name_span
from corpus_tools.text.nlp import load_model

_RULING = (
    "Mr Justice Hale dismissed the challenge brought by the parents of a boy at a grammar school.\n\n"
    "The judge said it was 'a sad state of affairs' when Mr Lomax 'has to explain away his own "
    "letters as unclear and muddled.'\n\n"
)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # "He added" after the judge's statement that names the minister: the judge's
        (
            _RULING + "He added that he could 'well understand' the anger of the parents.",
            "added",
            "Mr Justice Hale",
        ),
        # the minister speaking in his own right before: his
        (
            "Mr Lomax said the scheme was fair.\n\n"
            "He added that he could 'well understand' the anger of parents.",
            "added",
            "Mr Lomax",
        ),
        # "He agreed with Mr Lomax's lawyers": not Mr Lomax
        (
            "Mr Justice Hale dismissed the challenge brought by the parents.\n\n"
            "Mr Lomax said the scheme was fair.\n\n"
            "He agreed with Mr Lomax's lawyers that the promises were irrelevant.",
            "agreed",
            "Hale",
        ),
        # "She accused ... her son's position": the mother, not "Her son"
        (
            "The case was brought by Mrs Ann Pryce, who spoke to reporters.\n\n"
            "Her daughter Jane has a place at a grammar school in Leeds.\n\n"
            "She accused the minister of breaking promises that children in her daughter's "
            "position could keep their places.",
            "accused",
            "Ann Pryce",
        ),
        # '"..." Mr Justice NAME ruled' with no comma after the quotation: the judge's, not the hearing's
        (
            "A judge yesterday criticised the council over its housing policy. The court had been told "
            "that officials had given wrong promises to tenants.\n\n"
            '"It is a sad state of affairs when a minister has to explain away his own notes as wrong, '
            'taken out of context" '
            "Mr Justice Hale ruled in the High Court yesterday.",
            "ruled",
            "Mr Justice Hale",
        ),
        # "who argued" after "NAME, appearing for the ministry of ...,": NAME, not the judge
        (
            "Anne Pryce, appearing for the tenants, argued that the rules were unfair. But the judge "
            "agreed with Tom Hollis, appearing for the ministry of transport and regions, who argued "
            "the council had been following a fair policy.",
            "argued",
            "Tom Hollis",
        ),
    ],
)
def test_statement_goes_to_its_speaker(text, cue, expected):
    rows = text_attributions(text, cue)
    labels = rows.speaker_label.tolist()
    assert labels[-1] == expected, rows[["speaker", "cue", "speaker_label"]]


def test_who_after_apposition_keeps_the_first_argument():
    text = (
        "Anne Pryce, appearing for the tenants, argued that the rules were unfair. But the judge "
        "agreed with Tom Hollis, appearing for the ministry of transport and regions, who argued "
        "the council had been following a fair policy."
    )
    rows = text_attributions(text, "argued")
    assert rows.speaker_label.tolist() == ["Anne Pryce", "Tom Hollis"]
    assert rows.role.tolist() == ["speaker", "speaker"]  # his own statement, not nested in the judge's


def test_alleged_boast_with_a_dropped_subject():
    text = (
        "Files taken from the council offices by Paul Garrow included a list of 20 witnesses, "
        "Derby Crown Court was told.\n\n"
        "When approached by detectives posing as friends of the gang - centred on a Leeds family "
        'called Hollins - Garrow allegedly boasted: "I have got a list of most of the witnesses '
        'in this city."'
    )
    rows = text_attributions(text, "boasted")
    assert rows.speaker.tolist() == ["Garrow"]
    assert rows.quote_type.tolist() == ["direct"]


def test_colon_name_needs_a_colon_and_a_quotation():
    nlp = load_model()
    doc = nlp('Centred on a family called Hollins - Garrow allegedly boasted: "I have the list."')
    verb = next(t for t in doc if t.lower_ == "boasted")
    name = colon_name(verb)
    assert name is not None and name.text == "Garrow"
    assert name_span(name).text == "Garrow"
    plain = nlp("Centred on a family called Hollins - Garrow allegedly boasted about the list.")
    assert colon_name(next(t for t in plain if t.lower_ == "boasted")) is None


def test_not_in_own_clause_keeps_others():
    nlp = load_model()
    doc = nlp("He agreed with Mr Lomax's lawyers that the promises were irrelevant.")

    class _Att:
        mention = doc[0:1]

    lomax = {"surnames": {"Lomax"}, "heads": {"lomax"}, "named": True, "label": "Mr Lomax"}
    hale = {"surnames": {"Hale"}, "heads": {"justice", "hale"}, "named": True, "label": "Mr Justice Hale"}
    assert [e["label"] for e in not_in_own_clause(_Att(), "he", [lomax, hale])] == ["Mr Justice Hale"]
    assert [e["label"] for e in not_in_own_clause(_Att(), "it", [lomax, hale])] == [
        "Mr Lomax",
        "Mr Justice Hale",
    ]


def test_name_after_a_quotation_of_the_sentence_before_is_no_cue():
    text = (
        'Mr Dodd replied: "It is my life that is at issue." Mr Vane persisted on the point of the '
        "gifts, and the former minister relented."
    )
    assert text_attributions(text, "persisted").empty
