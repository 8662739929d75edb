"""Who speaks, the shapes round 39's tuning series showed (``benchmarks/claims_tune39.md``, kinds
K1-K7): Reuters' company, central-bank, currency and trade copy. Invented texts of the same shapes
(other names, other words, other numbers)."""

from __future__ import annotations

import pytest
from pairs import speaker_rows


# K1: a company's short name after its parent's possessive is the company, not a person
def test_a_units_short_name_after_its_parents_possessive_is_the_unit():
    text = (
        "Halcyon Group Inc's Marlow\nChemical Co said it received Environmental Protection Agency\n"
        "approval for a new coating for ship hulls.\n"
        "    The company said the coating, sold as Hullguard, will cut fuel use by eight pct.\n"
        "    Hullguard lasts twice as long as other coatings, which must be renewed each year,\n"
        "Marlow said.\n"
    )
    assert speaker_rows(text) == [["Halcyon Group Inc's Marlow Chemical Co", "organisation", 3]]


def test_a_name_given_a_given_name_stays_a_person():
    text = (
        "Halcyon Group Inc's Marlow Chemical Co said it received approval for a new coating.\n"
        "    Ann Marlow, its founder, said the coating would sell well.\n"
    )
    kinds = {s: k for s, k, _ in speaker_rows(text)}
    assert kinds.get("Ann Marlow") == "person"


# K2: a press agency named before its initials is a news outlet
@pytest.mark.parametrize("agency", ["Qatar Press Agency QPA", "Qatar News Agency QNA"])
def test_a_press_agency_before_its_initials_is_a_news_outlet(agency):
    text = (
        "Qatari Energy Minister Omar Haddad renewed the emirate's pledge to the quota accord, the\n"
        f"official {agency} said.\n"
        "    Haddad said Qatar would never sell its oil below the agreed prices.\n"
    )
    assert [f"the official {agency}", "media", 1] in speaker_rows(text)


# K3: "the bank said" after the one central bank the sentence names in lower case
def test_the_bank_is_the_central_bank_named_before():
    text = (
        "Yields on bills sold today by the Kuwaiti central bank were unchanged from last week's\n"
        "sale, the bank said.\n"
        "    The one month yield stayed at five pct.\n"
    )
    assert speaker_rows(text) == [["the Kuwaiti central bank", "organisation", 1]]


def test_the_bank_after_a_second_bank_stays_unread():
    text = (
        "The Bank of Norway bought bills today, dealers said.\n"
        "    Fjord Bank sold some of them at a loss, and the price fell, the bank said.\n"
    )
    assert "The Bank of Norway" not in [s for s, *_ in speaker_rows(text)][1:]


# K4: a statement and a market's move are no speakers; the named man of the "who" clause is
_ECHO = (
    "Bundesbank President Karl Otto Weber opposed a further rise of the mark, he told a news\n"
    "conference.\n"
    "    His comments echoed those made last week by Finance Minister Hans Dorn, who also\n"
    "warned against a further rise of the mark.\n"
    "    The mark's steep climb this month has also raised questions about the value of the talks.\n"
)


def test_comments_and_a_markets_climb_are_no_speakers():
    labels = [s for s, *_ in speaker_rows(_ECHO)]
    assert labels == ["Karl Otto Weber", "Finance Minister Hans Dorn"]


# K5: a reply the writer says is not known is no statement
@pytest.mark.parametrize(
    "line",
    [
        "It was not known how Berg responded to the proposal.",
        "It was unclear whether Berg agreed to the proposal.",
    ],
)
def test_a_reply_not_known_is_no_statement(line):
    text = (
        "Prime Minister Anna Berg was urged to cut import duties on farm goods, officials said.\n"
        "    Former Trade Minister Lars Holm made the proposal at a meeting with Berg on Monday.\n"
        f"    {line}\n"
    )
    assert speaker_rows(text) == [["officials", "anonymous", 1]]


def test_a_reply_known_stays_a_statement():
    text = "Officials said the plan was ready.\n    Anna Berg said she agreed to the proposal.\n"
    assert ["Anna Berg", "person", 1] in speaker_rows(text)


# K6: the "he" of a relative clause hung on a name is not that name's person
def test_the_he_of_a_relative_clause_is_not_its_name():
    text = (
        "Trade minister Pablo Ruiz said Chile would keep its freeze on copper sales.\n"
        "    He spoke to reporters after meeting president Jorge Vidal, whom he said recently spoke by\n"
        "telephone with the Bolivian president.\n"
        "    Ruiz said both central banks would work together.\n"
    )
    assert speaker_rows(text) == [["Trade minister Pablo Ruiz", "person", 3]]


# K6 (s1, s3): a paper's name told alone after the story described it is the paper
def test_a_papers_name_alone_is_the_paper_described():
    text = (
        "The heads of the central banks of Chile and Bolivia have met in Santiago to coordinate\n"
        "their copper sales, the official newspaper La Nacion said.\n"
        "    It said the Chilean central bank president met yesterday with his Bolivian counterpart.\n"
        "    After the meeting, it was understood that Bolivia might cut its sales, La Nacion said.\n"
    )
    assert speaker_rows(text) == [["the official newspaper La Nacion", "media", 3]]


# K7: a lead that names a country's office by its title alone is the man the next sentence names;
# a double quote typed for the apostrophe ("Oman"s") opens no quotation
_OFFICE = (
    "Oman's Oil Minister, in remarks published today, said there were no plans for an emergency\n"
    "meeting.\n"
    '    Sheikh Said bin Ahmed al-Shanfari was quoted by the local daily Al-Watan as saying: "No\n'
    'member has asked for such a meeting."\n'
    "    He denied Oman was pumping above its quota.\n"
    "    Bahrain's deputy oil minister Yusuf Hamad said last week his country wanted a lower price.\n"
    '    He said: "We expected such pressure."\n'
)


@pytest.mark.parametrize("apostrophe", ["'", '"'])
def test_a_leads_office_is_the_man_named_next(apostrophe):
    rows = speaker_rows(_OFFICE.replace("'s ", apostrophe + "s "))
    assert rows == [
        ["Sheikh Said bin Ahmed al-Shanfari", "person", 3],
        [f"Bahrain{apostrophe}s deputy oil minister Yusuf Hamad".replace('"', "'"), "person", 2],
    ]


def test_a_leads_office_stays_apart_from_an_analyst_named_next():
    quoted = "Sheikh Said bin Ahmed al-Shanfari was quoted by the local daily Al-Watan as saying"
    text = _OFFICE.replace(quoted, "Analyst John Smith said")
    assert "Oman's Oil Minister" in [s for s, *_ in speaker_rows(text)]


# K6 (s1, s3): "X quoted Y as saying" is Y's statement, the paper that quotes him no speaker of it
def test_a_paper_quoting_a_minister_as_saying_is_the_ministers_statement():
    text = (
        "The heads of the central banks of Chile and Bolivia have met in Santiago to coordinate\n"
        "their copper sales, the official newspaper La Nacion said.\n"
        "    La Nacion quoted mining minister Luis Ortega as saying that Chile did not want to\n"
        "speculate with copper.\n"
        '    He said the government\'s aim was to avoid a "brutal fall" in the price.\n'
    )
    assert speaker_rows(text) == [
        ["the official newspaper La Nacion", "media", 1],
        ["mining minister Luis Ortega", "person", 2],
    ]


# tune37's V3 (3019 13, 3065 13): a body's initials misprinted once are the body
_INITIALS = (
    "Growth in the rich nations will slow this year, the Economic Research Unit (ERU ) said.\n"
    "    The ERU said in its annual outlook it cut its growth forecast to two pct.\n"
    "    It said the yen would rise further.\n"
    '    "So far they have been willing," the ERC said, adding that the dollar could fall.\n'
    "    On trade, the ERU said prospects look weak.\n"
)


def test_initials_misprinted_once_are_the_body():
    labels = [s for s, *_ in speaker_rows(_INITIALS)]
    assert "the ERC" not in labels
    assert len(labels) == 1


def test_other_initials_written_twice_stay_apart():
    text = _INITIALS.replace("the ERC said", "the ERC said, and the ERC added")
    assert "the ERC" in [s for s, *_ in speaker_rows(text)]
