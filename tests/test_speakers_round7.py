"""Who speaks, round 7 of issue 22 (the held-out METER stories of round 6): named people spoken of
together, a company as a speaker, statements the verbs of saying missed (a passive denial, a
plea), subjects that do not speak (a court's order, an allegation, a jury that would be told) and
an institution's spokesman kept by his statements. Invented texts of the same shapes."""

from __future__ import annotations

import pytest
from pairs import speaker_rows

from corpus_tools import from_records
from corpus_tools.attribution.accounting import speaker_summary, speaker_survival
from corpus_tools.attribution.companies import company_description, company_names
from corpus_tools.attribution.pairs import n_people, pair_people

#: two men named together, then spoken of as "the pair" and "They" (the telegraph's shape)
_PAIR = (
    "Judge Alan Hale ruled that Peter Marsh, 61, and Colin Webb, 58, both from Leeds, could not "
    "have a fair trial.\n\n"
    "Marsh and Webb, who both had long records, were jailed for 12 years in 1998 for burglary.\n\n"
    "The pair were said to have stolen jewellery worth 40,000 pounds.\n\n"
    "They claimed that evidence against them was fabricated."
)
#: a company fined: the court's order, its plea, its spokesman (the sewage story's shape)
_FINED = (
    "A water firm was fined 90,000 pounds yesterday after a street flooded with sewage.\n\n"
    "So much damage was caused that the firm, Hallam Water, offered to buy the houses. "
    "It pleaded guilty to polluting the river.\n\n"
    "Hallam Water was also ordered to pay costs of 8,000 pounds."
)


_speakers = speaker_rows


def _summary(text: str) -> list[int]:
    corpus = from_records([{"doc_id": "d", "text": text}])
    s = speaker_summary(corpus).set_index("doc_id")
    return s.loc["d", ["n_speakers", "n_people", "n_institutions", "n_anonymous"]].tolist()


def test_they_after_a_named_pair_is_the_pair_not_one_of_the_two():
    assert _speakers(_PAIR) == [
        ["Judge Alan Hale", "person", 1],
        ["Peter Marsh and Colin Webb", "person", 1],
    ]
    assert _summary(_PAIR) == [3, 3, 0, 0]  # the pair counts as the two people it names


@pytest.mark.parametrize("subject", ["The defendants", "The two men", "Both men"])
def test_a_plural_description_of_named_defendants_is_the_named_pair(subject):
    text = (
        "John Woodruff, 63, and William Hickson, 56, had been accused of a raid on a post office.\n\n"
        f"{subject} claimed weapons had been planted on them."
    )
    assert _speakers(text) == [["John Woodruff and William Hickson", "person", 1]]
    assert _summary(text) == [2, 2, 0, 0]


def test_a_pair_and_one_of_the_two_alone_count_each_person_once():
    assert pair_people(["Peter Marsh and Colin Webb", "Marsh", "Judge Hale"]) == 3
    assert (n_people("Peter Marsh and Colin Webb"), n_people("Judge Alan Hale")) == (2, 1)


def test_a_court_order_is_no_statement_and_a_company_pleads():
    # "was ordered to pay" binds the company: no statement of it; "It pleaded guilty" is its plea,
    # and a company is an institution, never a named person
    assert _speakers(_FINED) == [["Hallam Water", "organisation", 1]]
    assert _summary(_FINED) == [1, 0, 1, 0]


def test_the_company_of_a_story_that_names_one_company_is_that_company():
    text = (
        "Hallam Water Utilities Ltd was today fined 90,000 pounds for polluting the river.\n\n"
        "The company had pleaded guilty to the charges at a hearing in January."
    )
    assert company_names(text) == {"Hallam Water"}
    assert _speakers(text) == [["Hallam Water", "organisation", 1]]
    assert company_names("Greg Holland, the company's operations manager, said sorry.") == set()
    assert [company_description(x) for x in ("The company", "the water firm", "a firm")] == [
        True,
        True,
        False,
    ]


def test_a_passive_denial_is_the_statement_of_its_agent():
    text = (
        "Judge Ann Cole said her ruling rested on unproven claims against the squad.\n\n"
        "The allegations were denied by the officers and were subject to disciplinary proceedings."
    )
    assert _speakers(text) == [["Judge Ann Cole", "person", 1], ["the officers", "anonymous", 1]]


def test_an_allegation_and_a_jury_that_would_be_told_are_no_speakers():
    text = (
        "Two men were freed yesterday, and the Old Bailey was told that 20 officers had been suspended.\n\n"
        "The allegations include claims that officers had planted guns on suspects.\n\n"
        "The judge said that the Crown wanted to exclude the evidence of 12 officers, but a jury "
        "would be told that the detectives had been suspended."
    )
    assert _speakers(text) == [["the Old Bailey", "anonymous", 1], ["The judge", "anonymous", 1]]


def test_a_spokesmans_words_kept_unattributed_beside_his_institution_are_kept():
    wire = (
        "A water company was fined 90,000 pounds today for polluting the river.\n\n"
        "An Environment Agency spokesman said a series of errors and an illegal pump connection "
        "at the pumping station sent raw sewage and industrial effluent into the river.\n\n"
        "He said five million gallons of effluent had been pumped into the river."
    )
    paper = (
        "A water company was fined a record 90,000 pounds yesterday for polluting the river.\n\n"
        "The company was fined after a series of errors and illegal pump connections sent raw "
        "sewage and industrial effluent into the river.\n\n"
        "The Environment Agency said: 'We are very pleased as the fine reflects the seriousness of "
        "the incident.'"
    )
    corpus = from_records(
        [
            {"doc_id": "wire", "text": wire, "role": "wire", "published": "2000-02-21"},
            {"doc_id": "paper", "text": paper, "role": "newspaper", "published": "2000-02-22"},
        ]
    )
    v = speaker_survival(corpus, source="wire")
    assert v[["speaker", "status"]].values.tolist() == [["An Environment Agency spokesman", "kept"]]
    # without the institution's own statement, the words alone are not the speaker kept
    alone = from_records(
        [
            {"doc_id": "wire", "text": wire, "role": "wire", "published": "2000-02-21"},
            {
                "doc_id": "paper",
                "text": paper.rsplit("\n\n", 1)[0],
                "role": "newspaper",
                "published": "2000-02-22",
            },
        ]
    )
    assert speaker_survival(alone, source="wire")["status"].tolist() == ["dropped"]


def test_they_after_other_people_named_together_is_not_the_pair():
    text = (
        "Mr Carman and Mr Hamilton clashed at the very start of the hearing.\n\n"
        "Earlier Mr Hamilton described a meeting attended by Mr Heseltine, Mr Ryder and Sir Robin. "
        "They questioned him about the allegations."
    )
    assert not any(" and " in s for s, _, _ in _speakers(text))
