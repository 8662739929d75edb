"""Who speaks, the shapes round 38's tuning series showed (``benchmarks/claims_tune38.md``, kinds
W1-W7): Reuters' political, business and war copy. Invented texts of the same shapes (other names,
other words)."""

from __future__ import annotations

from pairs import speaker_rows

# W2: a communique with no issuer named is the one country that speaks; W3: "Lloyds insurance"
_RAIDS = (
    "Syria said today its jets had struck two rebel depots and vowed to keep up such raids.\n"
    "    The raids broke a lull of two months.\n"
    "    A general staff communique said jets hit the northern depot in the morning.\n"
    "    The communique did not identify the second depot, but said fires were seen there.\n"
    "    In Paris, Veritas shipping said a cargo ship was hit on Sunday.\n"
    "    Two more depots were struck near the border, today's communique said.\n"
    "    Oil traders said the depots were not important.\n"
    "    A second general staff communique today said jets flew 60 sorties.\n"
)


def test_a_communique_with_no_issuer_is_the_country_that_speaks():
    rows = speaker_rows(_RAIDS)
    assert ["Syria", "government", 5] in rows
    assert not any("communique" in s for s, *_ in rows)


def test_a_firm_and_its_trade_is_the_firm():
    assert ["Veritas shipping", "organisation", 1] in speaker_rows(_RAIDS)


def test_two_countries_leave_the_communique_unissued():
    text = (
        "Syria said its jets struck two depots.\n"
        "    Turkey said the jets had crossed its border.\n"
        "    A general staff communique said the depots were destroyed.\n"
    )
    rows = speaker_rows(text)
    assert ["Syria", "government", 1] in rows
    assert ["A general staff communique", "anonymous", 1] in rows


# W7: a lead's description of a body is the body named next with that description in apposition
_PANEL = (
    "A study panel said the country should double its grain reserve to two mln tonnes as one way\n"
    "to deal with low farm prices.\n"
    "    Current policy is to hold one mln tonnes.\n"
    "    The Harlow Institute for Rural Studies, a private panel, also called for new seed research.\n"
    "    It predicted prices would stay at about 90 dlrs a tonne for several years.\n"
    "    The study cited two paths for the nation: a levy on imports or cheap grain.\n"
    "    It said instead that a larger reserve would help to guard against shortages.\n"
)


def test_a_leads_description_is_the_body_named_next():
    assert speaker_rows(_PANEL) == [["The Harlow Institute for Rural Studies", "organisation", 5]]


def test_a_body_of_another_description_stays_apart():
    text = _PANEL.replace("a private panel", "a private foundation")
    labels = [s for s, *_ in speaker_rows(text)]
    assert "A study panel" in labels
    assert "The Harlow Institute for Rural Studies" in labels


def test_an_institute_for_studies_is_a_body():
    text = "The Harlow Institute for Rural Studies said grain prices would stay low this year.\n"
    assert speaker_rows(text) == [["The Harlow Institute for Rural Studies", "organisation", 1]]


# W1: a description of the named lawmaker who speaks is that lawmaker
_CHAIR = (
    "Senate Farm and Trade Committee Chairman Tom Reed said a new levy would probably be needed.\n"
    "    Reed, an Ohio Republican, also told the Grain Dealers Association that exports would suffer.\n"
    "    The chief Senate tax writer also predicted the chamber would approve a farm bill.\n"
)


def test_a_chambers_chief_tax_writer_is_its_committees_chairman():
    assert speaker_rows(_CHAIR) == [["Senate Farm and Trade Committee Chairman Tom Reed", "person", 3]]


def test_an_and_inside_a_committees_name_is_one_person():
    from corpus_tools import from_records, speaker_summary

    summary = speaker_summary(from_records([{"doc_id": "d", "text": _CHAIR}]))
    assert summary[["n_speakers", "n_people"]].values.tolist() == [[1, 1]]


def test_a_state_and_party_is_the_lawmaker_named_before():
    text = (
        "Senate Farm chairman Tom Reed said he doubted whether a tax on grain exports would be wise.\n"
        "    The Ohio Republican told Reuters before a dinner of the Grain Dealers Association that such\n"
        "a tax may hurt the competitiveness of U.S. farms.\n"
        "    Senate Leader Ann Cole has said a tax on exports could help cut the deficit.\n"
    )
    assert speaker_rows(text) == [
        ["Senate Farm chairman Tom Reed", "person", 2],
        ["Senate Leader Ann Cole", "person", 1],
    ]
