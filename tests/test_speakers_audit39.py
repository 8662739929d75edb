"""Who speaks, the shapes HELD_OUT_39's ten Reuters series showed (``benchmarks/claims.md``,
"Thirty-ninth round"): "told Reuter" (the agency in the singular) not read as a credit, so a kept
credit was called dropped; a paper's short name ("told the Times") not read as the paper's credit; a
subject under "no" ("no group claimed responsibility") made a speaker; a news agency named with its
acronym in brackets before "said" missed, and a "Press Agency" typed an institution; a bank's name
with its arm ("X Bank International") typed a named person; the name inside "X's comments on Y could
signal" made a speaker. Invented texts of the same shapes (other names, other words)."""

from __future__ import annotations

from pairs import speaker_tables, survival, text_attributions

# 4971+5036's shape (ar15): the first take says "told Reuters", the update "told Reuter"
_FIRST = (
    "Central Bank President Tomas Varela said talks with creditor banks\n"
    "on Vandoria's 12 billion dlr debt were slow.\n"
    '    "We must get the banks to cut their margins," Varela told Reuters.\n'
)
_UPDATE = (
    "Central Bank President Tomas Varela said talks with creditor banks\n"
    "on Vandoria's 12 billion dlr debt were slow.\n"
    '    "We must get the banks to cut their margins," Varela told Reuter.\n'
    "    Varela said Vandoria had the support of the World Bank.\n"
)


def test_told_reuter_is_the_agencys_credit():
    rows = text_attributions(_UPDATE, "told")
    assert rows["via_agency"].tolist() == [True]


def test_an_update_that_says_told_reuter_keeps_the_credit():
    s = survival(_FIRST, _UPDATE)
    assert s["status"].tolist() == ["kept"]
    assert not s["agency_credit_dropped"].any()


def test_told_the_agencys_correspondents_is_its_credit():
    text = "Trade officials in Asia told Reuter correspondents they would wait for the talks.\n"
    assert text_attributions(text, "told")["via_agency"].tolist() == [True]


def test_a_surname_that_is_no_agency_is_no_credit():  # a guard: "told Mr Smith" is no credit
    text = "Minister Anna Berg said the plan would go ahead.\n    She told Smith it was final.\n"
    assert not text_attributions(text, "told")["via_agency"].any()


# 6025's shape (zc9): "He told the official Times of Zambia newspaper ... he told the Times"
_SHORT = (
    "Minister of Works Daniel Okoro confirmed that the new coast road would open in May.\n"
    "    He told the official Daily Mirror of Lagos newspaper in an interview\n"
    "the road had cost 40 mln naira.\n"
    '    "So far the work has gone well," he told the Mirror.\n'
)


def test_a_papers_short_name_after_its_full_name_is_its_credit():
    rows = text_attributions(_SHORT, "told")
    assert rows["via_agency"].tolist() == [True, True]


def test_a_short_name_no_paper_was_named_by_is_no_credit():  # a guard: "told the Senate"
    text = (
        "Minister of Works Daniel Okoro confirmed that the new coast road would open in May.\n"
        "    He told the Senate the road had cost 40 mln naira.\n"
    )
    assert not text_attributions(text, "told")["via_agency"].any()


# 6336's shape (pm4): "Military sources said ..., but no group immediately claimed responsibility."
_BLAST = (
    "A bomb blast at the Naval College killed two cadets and wounded 30,\n"
    "police officials said.\n"
    "    Army sources said rebels might be to blame, but no group immediately\n"
    "claimed responsibility.\n"
)


def test_a_subject_under_no_is_no_speaker():
    assert [r[1] for r in speaker_tables(_BLAST)] == ["police officials", "Army sources"]


def test_no_one_is_no_speaker_either():
    text = "Two shops burned in Marlow overnight, fire officials said.\n    No one claimed the attack.\n"
    assert [r[1] for r in speaker_tables(text)] == ["fire officials"]


# 6390's shape (pm8): "..., the state-run Philippine News Agency (PNA) said. / Quoting military
# sources, it said ... / ..., it added."
_AGENCY = (
    "Suspected rebels attacked the Naval College and wounded 12 cadets,\n"
    "the state-run Korlandi News Agency (KNA) said.\n"
    "    Quoting army sources, it said a grenade had exploded at dawn.\n"
    "    The grenade exploded during a parade for the president, it added.\n"
)


def test_a_news_agency_named_with_its_acronym_in_brackets_speaks():
    assert speaker_tables(_AGENCY) == [["d0", "the state-run Korlandi News Agency", "media", 3]]


def test_a_press_agency_is_a_news_outlet():
    text = "Troops clashed with rebels near the border, the official Ostrava Press Agency said.\n"
    assert speaker_tables(text) == [["d0", "the official Ostrava Press Agency", "media", 1]]


# 10753's shape (cf4): "..., Chemical Bank International said as arranger."
def test_a_banks_name_with_its_arm_is_an_institution():
    text = (
        "Halden Corp is seeking a 150 mln\ndlr multiple facility, which will incorporate a revolving\n"
        "credit and allow the borrower to issue short-term advances,\neuronotes and commercial paper "
        "on an uncommitted basis,\nNorthern Bank International said as arranger.\n"
    )
    assert speaker_tables(text) == [["d0", "Northern Bank International", "organisation", 1]]


# 178's shape (tw10): "The Tower Commission's scathing comments on President Reagan's embattled chief
# of staff Donald Regan could signal the death knell to his White House tenure"
def test_the_name_inside_someones_comments_is_no_speaker():
    text = (
        "The Marlow Panel's scathing comments on Governor Hale's embattled chief\n"
        "of staff Paul Dorsey could signal the end of his tenure, but the impact\n"
        "of its criticism on two other officials was less clear.\n"
        '    "He asserted personal control over the budget staff," the panel said.\n'
    )
    assert not any("Dorsey" in r[1] for r in speaker_tables(text))
    assert any("Marlow Panel" in r[1] for r in speaker_tables(text))
