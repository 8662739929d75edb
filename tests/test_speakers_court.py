"""Who speaks in court copy (issue 22, held-out METER stories): an address's county is no speaker,
coordinated defendants are two people, quantifiers and findings are no speakers, and the judge and
the court of a wire story split into takes are one speaker each. Invented texts of the same shape."""

from __future__ import annotations

import pytest
from wire_takes import takes_and_paper

from corpus_tools import from_records
from corpus_tools.attribution.accounting import speaker_survival, speaker_table


def _speakers(text: str) -> list[tuple[str, str]]:
    t = speaker_table(from_records([{"doc_id": "d", "text": text}]))
    return [(s, k) for s, k in zip(t["speaker"], t["speaker_kind"], strict=True)]


def test_the_county_at_the_end_of_an_address_is_not_the_speaker():
    text = (
        "Dennis Marlow, 51, of Harbour Lane, Whitstable, Kent admitted four counts of fraud "
        "against his employer."
    )
    assert _speakers(text) == [("Dennis Marlow", "person")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kyle Brant, 24, and Owen Pike, 31, both of Exmouth and apprentices at the time, "
            "had denied murder.",
            [("Kyle Brant", "person"), ("Owen Pike", "person")],
        ),
        (
            "Brant, of Mill Street, Exmouth, and Pike, of Quay Road, Topsham, both then studying "
            "plumbing at Exeter College, denied murder.",
            [("Brant", "person"), ("Pike", "person")],
        ),
    ],
)
def test_coordinated_defendants_are_two_named_people(text, expected):
    assert _speakers(text) == expected


def test_a_quantifier_and_a_finding_are_no_speakers():
    text = (
        "Helen Rowe QC, prosecuting, told the jury there was no dispute that the two had burgled "
        "the house together, but each was blaming the other for the death.\n\n"
        "A post mortem examination found the cause of death was a head injury and Mr Hale had cuts "
        "on his hands, suggesting there had been a fight."
    )
    assert _speakers(text) == [("Helen Rowe QC", "person")]


def test_the_judge_and_the_court_are_one_speaker_across_the_takes_of_a_wire_story():
    take1 = (
        "Two men were today jailed for life for killing a shopkeeper, Exeter Crown Court heard.\n\n"
        'Sentencing them, Mr Justice Fenwick said: "This was a cruel and cowardly attack."'
    )
    take2 = (
        "The court heard how the pair entered the shop through a back door.\n\n"
        "The judge concluded the case by thanking the police for their work."
    )
    paper = "Two men were jailed for life yesterday for killing a shopkeeper in Exeter."
    corpus = takes_and_paper([take1, take2], paper, "1999-12-08")
    v = speaker_survival(corpus, source="PA")
    assert sorted(zip(v["source_doc_id"], v["speaker"], v["n_statements"], strict=True)) == [
        ("take1", "Exeter Crown Court", 2),
        ("take1", "Mr Justice Fenwick", 2),
    ]
    assert set(v["status"]) == {"dropped"}
    t = speaker_table(corpus).query("doc_id == 'take2'")  # the judge of take 2 is named in take 1
    assert list(zip(t["speaker"], t["speaker_kind"], strict=True)) == [
        ("The court", "anonymous"),
        ("Mr Justice Fenwick", "person"),
    ]


def test_a_plea_the_source_tells_without_a_cue_is_kept():
    wire = (
        "Dennis Marlow, 51, of Harbour Lane, Whitstable, Kent admitted four counts of fraud "
        "against his employer.\n\n"
        "The former council treasurer, who is also a church warden, also pleaded guilty to "
        "falsifying the council's accounts.\n\n"
        "He denied one count of theft."
    )
    paper = "Dennis Marlow, 51, of Whitstable, Kent, also admitted falsifying the council's accounts."
    corpus = from_records(
        [
            {"doc_id": "wire", "text": wire, "role": "wire", "published": "1999-10-04"},
            {"doc_id": "paper", "text": paper, "role": "newspaper", "published": "1999-10-05"},
        ]
    )
    v = speaker_survival(corpus, source="wire")
    assert list(zip(v["speaker"], v["status"], strict=True)) == [("Dennis Marlow", "kept")]
