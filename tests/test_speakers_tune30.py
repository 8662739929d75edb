"""Who speaks, the shapes round 30's tuning stories showed (``benchmarks/claims_tune30.md``, kinds
T1, T2 and T8). Invented texts of the same shapes (other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

from corpus_tools.attribution.apposed_jobs import apposed_job
from corpus_tools.attribution.employers import employer_names
from corpus_tools.attribution.firm_openers import firm_opener
from corpus_tools.attribution.home_tails import home_cut

# T2: "Name, 48, a teacher at ... / The bald teacher admitted": the teacher named before
_TEACHER = (
    "\x19A former village school music teacher who filmed pupils walked free from court today.<\n"
    "\x19Peter Grange, 48, a teacher at St Anne's School in Hull, was given a suspended sentence,\n"
    "Hull Crown Court heard.<\n"
    "\x19Judge Mary Cole said the pictures had not been shared.<\n"
    "\x19The bald teacher admitted taking pictures of pupils on a school trip.<\n"
)


def test_a_description_by_the_job_given_in_apposition_is_that_person():
    rows = speaker_rows(_TEACHER)
    assert ["Peter Grange", "person", 1] in rows
    assert not any(r[0] == "The bald teacher" for r in rows)


def test_the_head_is_the_headmistress_named_before():
    text = (
        "\x19The school's headmistress Joan Pike, 52, was fined last year.<\n"
        "\x19The head resigned from her post, telling police she had done nothing wrong.<\n"
    )
    assert speaker_rows(text) == [["Joan Pike", "person", 1]]


def test_apposed_job_needs_one_person_with_that_job():
    before = "Peter Grange, 48, a teacher at a school, was sentenced. "
    assert apposed_job("The bald teacher", False, before, {"Grange"}) == "Peter Grange"
    two = before + "Ann Lowe, 40, a teacher at the same school, gave evidence. "
    assert apposed_job("The bald teacher", False, two, {"Grange", "Lowe"}) == ""
    assert apposed_job("The bald plumber", False, before, {"Grange"}) == ""
    assert apposed_job("Peter Grange", True, before, {"Grange"}) == ""
    firm = "It bought shares in Orbis Inc, a drug company, today. "
    assert apposed_job("The company", False, firm, {"Inc"}) == ""


# T1: "A family joinery firm ... after admitting / The company, Hart-Jones, of Fairfield Road"
_FIRM = (
    "\x19A family joinery firm will be sentenced today after admitting blame for a fire which\n"
    "injured a worker.<\n"
    "\x19The company, Hart-Jones, of Fairfield Road, Leeds, pleaded guilty last month to two offences.<\n"
)


def test_an_opening_firm_is_the_company_named_next_not_its_street():
    assert speaker_rows(_FIRM) == [["Hart-Jones", "organisation", 2]]


def test_a_trading_name_in_the_plural_is_the_company():
    text = (
        "\x19A family-run paint merchants was fined #20,000 today after admitting safety breaches.<\n"
        "\x19Sam Hart, 19, was hurt at the firm, Dale Brothers, of Mill Lane, Hull.<\n"
    )
    assert speaker_rows(text) == [["Dale Brothers", "organisation", 1]]


def test_firm_opener_needs_one_company_named_after_it():
    s = {"speaker_label": "Mill Lane", "speaker_type": "person", "named": True}
    after = "A family joinery firm admitted it. The firm, Dale Brothers, was fined."
    read = firm_opener(s, "A family joinery firm", {"Dale Brothers"}, after)
    assert read["speaker_label"] == "Dale Brothers"
    assert firm_opener(s, "A family joinery firm", {"Dale Brothers", "Orb Ltd"}, after) is s
    assert firm_opener(s, "A family joinery firm", {"Orb"}, after) is s
    assert firm_opener(s, "A group of brothers", {"Dale Brothers"}, after) is s


# T2: "his former employer, Hull-based Seacrest / The company argued": one company
_EMPLOYER = (
    "\x19He sued his former employer, Hull-based Seacrest, for lost earnings.<\n"
    "\x19The company argued that the accident was his fault.<\n"
    "\x19A spokesman for Seacrest said the company had no comment.<\n"
)


def test_the_company_is_the_employer_named_before():
    assert speaker_rows(_EMPLOYER) == [["Seacrest", "organisation", 2]]


def test_an_employer_who_is_a_person_is_no_company():
    assert employer_names("He sued his former employer, Hull-based Seacrest, for pay.") == {"Seacrest"}
    assert employer_names("He and his employer, Ted Gale, of Hull, deny it.") == set()
    assert employer_names("He sued his employer, Gale, 52, who denied it.") == set()
    assert employer_names("He sued his employer, Gale. Mr Gale denied it.") == set()
    assert employer_names("He sued his employer, Orb Sea Ltd, for pay.") == set()
    assert employer_names("He sued his former\nemployer, Hull-based\nSeacrest, for pay.") == {"Seacrest"}


# T8: "No application for bail was made and reporting restrictions were not lifted."
def test_reporting_restrictions_are_no_statement():
    text = (
        "\x19A man of 70 appeared in court yesterday.<\n"
        "\x19No application for bail was made and reporting restrictions were not lifted.<\n"
    )
    assert len(text_attributions(text)) == 0
    said = text.replace("reporting restrictions were not lifted", "a reporter said he was calm")
    assert len(text_attributions(said, cue="said")) == 1



# T3: "His widow Ann Roe, a nurse, from Lochmaddy, North Uist, Western Isles, told the hearing":
# Ann Roe, not "Western Isles" (a text of this shape alone is read right before the rule too: the
# story's label ran on past the name only beside its other take's speakers; the rule is pinned here)
def test_a_label_running_on_to_a_home_and_region_is_the_name():
    label = "His widow Ann Roe, a nurse, from Lochmaddy, North Uist, Western Isles"
    assert home_cut(label) == "Ann Roe"
    assert home_cut("Tom Hale, 45, of Hull, East Yorkshire") == "Tom Hale"
    assert home_cut("Tom Hale, 45, of Hull") == ""
    assert home_cut("Friends of the Earth, of London, West Yorkshire") == ""
    assert home_cut("a nurse, from Lochmaddy, North Uist") == ""
