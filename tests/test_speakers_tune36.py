"""Who speaks, the shapes round 36's tuning series showed (``benchmarks/claims_tune36.md``, kinds
U1-U5): Reuters' business and oil copy. Invented texts of the same shapes (other names, other
words)."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

from corpus_tools.attribution.institution_names import same_institution

# U1: a company named in full, then by a short form whose first word is the initials of the full
# name's place words ("N.S." for "Nova Scotia")
_INITIALS = (
    "<Nova Scotia Timber Holdings Corp>, earlier reporting a\n"
    "wider loss, said it agreed with three banks on a 120 mln dlr loan.\n"
    "    The company said the loan runs for five years.\n"
    "    N.S. Timber also said dividends on its preferred shares stay suspended.\n"
    "    Payment will depend on earnings at its sawmills, N.S. Timber said.\n"
)


def test_a_company_told_again_by_the_initials_of_its_place_is_one_speaker():
    assert speaker_rows(_INITIALS) == [["Nova Scotia Timber Holdings Corp", "organisation", 5]]


def test_initials_spell_out_only_the_leading_words_of_one_name():
    assert same_institution("N.S. Timber", "Nova Scotia Timber Holdings Corp")
    assert same_institution("NZ Forest Products", "New Zealand Forest Products Ltd")
    assert not same_institution("N.S. Power", "Nova Scotia Timber Holdings Corp")  # another company
    assert not same_institution("N.S. Timber", "Nova Timber Holdings Corp")  # one letter too many


# U2: a name, its title set off by commas and a participle clause before the verb of saying, which
# the parser makes the root ("also addressing the seminar" the root, "added" its ``dep``)
_ASIDE = (
    "Rafiq Al-Saadi, OPEC Deputy Secretary General, also addressing the seminar, added that\n"
    "discipline was still needed to prevent violent swings in the market.\n"
    "    Cooperation between the regions was useful for both sides, Al-Saadi said.\n"
)


def test_a_participle_aside_made_the_root_leaves_the_name_its_statement():
    assert speaker_rows(_ASIDE) == [["Rafiq Al-Saadi", "person", 2]]


# U4: a news agency's owner announcing its own venture, then called by the agency's name, credits
# no agency; a statement told to the agency still does
_OWNER = (
    "Reuters Holdings PLC said its Reuters Trading Services Inc unit will join a Boston\n"
    "bank to offer an electronic system for trading bonds.\n"
    "    Reuters said the system will use its private network.\n"
    "    The system is expected to start in June, Reuters said.\n"
)


def test_an_agency_speaking_as_a_company_credits_no_agency():
    rows = text_attributions(_OWNER)
    assert rows["via_agency"].tolist() == [False, False, False]


def test_a_statement_told_to_the_agency_is_still_a_credit():
    text = "Finance Minister Tom Vale told Reuters the budget would be cut.\n"
    assert text_attributions(text)["via_agency"].tolist() == [True]


# U3: "according to" before a bare noun of manner names no source; a bare noun of people still does
def test_according_to_a_bare_noun_of_manner_is_no_source():
    text = (
        "While the federal government wanted one regulator for banks, Manitoba was pushing to\n"
        "supervise according to activity, arguing that dealers should be treated alike.\n"
    )
    assert "activity" not in [s for s, *_ in speaker_rows(text)]


def test_according_to_a_bare_noun_of_people_is_a_source():
    assert speaker_rows("Sales rose 12 pct last year, according to management.\n") == [
        ["management", "anonymous", 1]
    ]


# round 34's tk4: a lead whose first line is short and ends on a capitalised word ("its Marine")
# runs on into the next line: no headline, and the unit's name no second speaker
_LEAD = (
    "Halvard Corp said its Marine\n"
    "Systems and Sonar Division reached a three-year\n"
    "supply and service agreement with Delmar, a West\n"
    "Texas-based company which has developed an offshore\n"
    "drilling platform.\n"
    "    It said the agreement could add to the growth of\n"
    "Halvard\n"
    "    It said deliveries are expected to begin in\n"
    "the spring.\n"
)  # short lines: the text is not read by its indentation alone


def test_a_short_first_line_holding_said_is_no_headline():
    from corpus_tools.io.paragraphs import paragraph_spans

    assert len(paragraph_spans(_LEAD)) == 3
    assert paragraph_spans(
        "Mayor says sorry\nThe mayor of Eastfield apologised to the council yesterday.\n"
    ) == [
        (0, 16),
        (17, 76),
    ]  # a headline's "says": still a headline


def test_a_lead_cut_at_its_line_break_has_one_speaker():
    assert speaker_rows(_LEAD) == [["Halvard", "organisation", 3]]
