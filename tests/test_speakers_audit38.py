"""Who speaks, the shapes HELD_OUT_38's ten Reuters series showed (``benchmarks/claims.md``,
"Thirty-eighth round"): a partnership named "X Partners" typed a named person, and its "The
partnership" counted apart; a company's apposition ("<X Corp>, a company formed by ...") made a
speaker; "a U.S. Spokesman" (the wire's capital S) a named person; "A spokesman for the company"
apart from the company; "The company reported" after an analysts' lead apart from the company; a
firm named "A and B" cut at its "and"; "dollars" for the source's "dlrs" a word of its own.
Invented texts of the same shapes (other names, other words)."""

from __future__ import annotations

from pairs import speaker_tables, survival

from corpus_tools.reuse.derivation import body_words, is_fact
from corpus_tools.reuse.novelty import compounds, novel_lists

# 6410's shape: "<General Partners>, controlled by privately-held Wagner and Brown and by AFG
# Industries Inc, said ... The partnership said ... A GenCorp spokesman said"
_PARTNERS = (
    "<Marshal Partners>, controlled by\n"
    "privately-held Lane and Cole and by Delta Glass Inc, said\n"
    "it has started a tender offer for all common shares of Ostrom\n"
    "Inc for 50 dlrs a share.\n"
    "    Marshal Partners said the offer expires May 3 unless extended.\n"
    "    The partnership said the offer is further conditioned on\n"
    "Ostrom management withdrawing its proposals.\n"
)


def test_a_partnership_with_a_title_word_in_its_name_is_an_institution():
    assert ["d0", "Marshal Partners", "organisation", 3] in speaker_tables(_PARTNERS)


def test_the_partnership_is_the_partnership_named_in_the_lead():
    assert [r[1] for r in speaker_tables(_PARTNERS)] == ["Marshal Partners"]


def test_a_person_before_partners_in_lower_case_stays_apart():  # a guard
    text = "Senior partners said the firm would grow.\n    Tom Hale said it would not.\n"
    assert ["d0", "Tom Hale", "person", 1] in speaker_tables(text)
    assert not any(r[1] == "Senior partners" and r[2] == "organisation" for r in speaker_tables(text))


def test_the_update_keeps_the_partnership_not_drops_it():
    later = (
        "<Marshal Partners>, controlled by Lane and Cole, said it\n"
        "plans to sell Ostrom's plastics unit if it wins.\n"
        "    Marshal Partners said it would keep Ostrom's headquarters.\n"
    )
    rows = survival(_PARTNERS, later)
    assert rows.set_index("speaker")["status"].to_dict() == {"Marshal Partners": "kept"}


# 3023's shape: "<MTS Acquisition Corp>, a company formed by Martin T. Sosnoff, said it has
# started a tender offer ... MTS said"
_APPOSED = (
    "<Mesa Acquisition Corp>, a company\n"
    "formed by Peter K. Walden, said it has started a tender offer\n"
    "for all shares of Orchid Hotels Inc at 22 dlrs each.\n"
    "    Mesa said the offer expires May 3 unless extended.\n"
    "    Walden said he hopes Orchid management will negotiate.\n"
)


def test_a_company_in_apposition_to_the_marked_name_is_that_company():
    assert speaker_tables(_APPOSED) == [
        ["d0", "Mesa Acquisition", "organisation", 2],
        ["d0", "Walden", "person", 1],
    ]


def test_a_company_description_with_no_marked_name_before_stays():  # a guard
    text = "Prices rose, a company formed by Peter K. Walden said.\n"
    assert [r[1] for r in speaker_tables(text)] == ["a company"]


# 628's shape: "..., a U.S. Spokesman said." (the wire capitalises the word after "U.S.")
def test_an_indefinite_spokesman_with_a_capital_is_no_named_person():
    text = (
        "The U.S. Delegation at the talks on cocoa quotas is planning to leave\n"
        "tomorrow morning, a U.S. Spokesman said.\n"
        "    One delegate said the talks were stuck.\n"
    )
    assert speaker_tables(text) == [
        ["d0", "a U.S. Spokesman", "anonymous", 1],
        ["d0", "One delegate", "anonymous", 1],
    ]


def test_a_nationality_before_a_capital_spokesman_is_no_name():
    text = "The delegation will leave tomorrow, a Canadian Spokesman said.\n"
    assert speaker_tables(text) == [["d0", "a Canadian Spokesman", "anonymous", 1]]


# 4315's shape: "Union Pacific Corp said ... A spokesman for the company said ... the Union
# Pacific spokesman said"
def test_a_spokesman_for_the_company_is_the_company_of_the_lead():
    text = (
        "Harlow Pacific Corp said it will sign a pact in Lima on May 4 with\n"
        "Petroleos del Peru to sell the state company half of its Galveston refinery.\n"
        "    A spokesman for the company said that a statement may be issued later today.\n"
        "    One Petroperu official said the company was looking for refineries.\n"
    )
    assert speaker_tables(text) == [
        ["d0", "Harlow Pacific", "organisation", 2],
        ["d0", "One Petroperu official", "anonymous", 1],
    ]


def test_a_spokesman_for_the_company_with_no_company_lead_stays():  # a guard
    text = "Prices rose.\n    A spokesman for the company said that a statement may be issued.\n"
    assert [r[1] for r in speaker_tables(text)] == ["A spokesman for the company"]


# 3261's shape: "... is thought to be much too low ..., industry analysts said. ... said Marvin
# Roffman, an analyst at ... A Caesars World spokesman said ... Caesars World reported ... The
# company reported"
def test_the_company_after_an_analysts_lead_is_the_one_company_that_spoke():
    text = (
        "Lennox Hotels Inc's offering price is thought to be too low, industry analysts said.\n"
        '    "I think the offer is too low," said Mark Dunne, an analyst at Pell Scott Inc.\n'
        "    A Lennox Hotels spokesman said the company was declining comment.\n"
        "    For its fiscal year Lennox Hotels reported net income of 31 mln dlrs.\n"
        "    The company reported second quarter net income of 9.6 mln dlrs.\n"
    )
    assert speaker_tables(text) == [
        ["d0", "industry analysts", "anonymous", 1],
        ["d0", "Mark Dunne", "person", 1],
        ["d0", "Lennox Hotels", "organisation", 3],
    ]


# 5425's shape: "Standard and Poor's Corp said ... S and P cited ..."
def test_a_firms_initials_joined_by_and_are_not_two_speakers():
    text = (
        "Fitch and Lowe's Corp said it downgraded to AA from AA-plus the Kingdom of Norway's\n"
        "long-term external debt.\n"
        "    However, F and L said its downgrade did not affect the short-term rating.\n"
    )
    assert speaker_tables(text) == [["d0", "Fitch and Lowe's", "organisation", 2]]


def test_the_firm_named_across_a_line_break_is_one_speaker_with_its_initials():
    text = (
        "Finance Minister Ola Berg said today's downgrading of the debt by Reed and\n"
        "Tandy's Corp should not be over-dramatised.\n"
        "    Reed and Tandy's said it had downgraded the Kingdom of Norway's debt.\n"
        "    Norway's net debt rose to 112 pct of exports, R and T said.\n"
    )
    assert speaker_tables(text) == [
        ["d0", "Finance Minister Ola Berg", "person", 1],
        ["d0", "Reed and Tandy's", "organisation", 2],
    ]


def test_two_people_joined_by_and_stay_two():  # a guard
    text = "Tom Rattigan, 22, and Ben Wyatt, 28, denied murder.\n"
    assert [r[1] for r in speaker_tables(text)] == ["Tom Rattigan", "Ben Wyatt"]


# 12206's shape: "Aid donors have promised Senegal 1.8 billion dollars" for 12196's "1.8 billion dlrs"
def test_dollars_for_the_sources_dlrs_is_no_word_of_its_own():
    source = "Donors have promised Ruritania 2.4 billion dlrs in soft loans, a 12 cts levy."
    text = "Donors have promised Ruritania 2.4 billion dollars in soft loan aid, a 12 cents levy."
    keys = {k for k, _, _ in body_words(source)} | compounds([source])
    assert novel_lists(body_words(text), keys, is_fact) == (["aid"], [])
