"""Speaker shapes left from round 22 (branch spk49), on invented text."""

from __future__ import annotations

from pairs import speaker_rows

from corpus_tools.attribution.legal_teams import team_role

# ----------------------------------------------- shape 3: a legal team beside its counsel, one speaker

TEAM = (
    "Ruth Vane lost her appeal against her life term in the High Court today. "
    "Her legal team argued that the term was unlawful. "
    "Her barrister, Tom Oakes, QC, said it was cruel to keep her in prison for ever. "
    "The appeal judges will give their ruling next month."
)
LAWYERS_FOR = (
    "Lawyers for the convicted poisoner Ruth Vane said she had changed. "
    "Her counsel, Tom Oakes, said she was no danger."
)


def test_a_legal_team_is_the_counsel_its_document_names():
    rows = speaker_rows(TEAM)
    assert [r[0] for r in rows if "Oakes" in r[0] or "team" in r[0]] == ["Tom Oakes"]
    assert [r[2] for r in rows if r[0] == "Tom Oakes"] == [2]


def test_lawyers_for_a_client_named_in_the_label_are_her_counsel():
    assert speaker_rows(LAWYERS_FOR) == [["Tom Oakes", "person", 2]]


def test_a_legal_team_without_counsel_in_its_document_stays_anonymous():  # a guard
    rows = speaker_rows("Ruth Vane lost her appeal today. Her lawyers said they would go to Europe.")
    assert ["Her lawyers", "anonymous", 1] in rows


def test_team_role_shapes():
    assert team_role("her legal team") == "her lawyer"
    assert team_role("Their lawyers") == "their lawyer"
    assert team_role("Vane's solicitors") == "Vane's lawyer"
    assert team_role("Lawyers acting for Ruth Vane") == "Vane's lawyer"
    assert team_role("her lawyer") == ""  # the role reading reads it already
    assert team_role("lawyers for the defence") == ""  # no client named
    assert team_role("The team") == ""


# ---------------------------------------------- shape 3: "The authority" after a council the text names

COUNCIL = (
    "Three children fell ill after swimming at a leisure centre in Dunmore, an inquest heard. "
    "After the hearing, Brackley council said it would close the pool until it was safe. "
    "The authority said it backed the coroner's call for new rules on pools."
)


def test_the_authority_after_a_named_council_is_the_council():
    rows = speaker_rows(COUNCIL)
    assert [r for r in rows if r[1] == "organisation"] == [["Brackley council", "organisation", 2]]


def test_the_authority_without_a_council_stays_its_own():  # a guard
    rows = speaker_rows(
        "Three children fell ill at a leisure centre, an inquest heard. "
        "The Brackley Sports Trust said it would close the pool. "
        "The authority said it backed the coroner's call for new rules on pools."
    )
    bodies = sorted(r[0] for r in rows if r[1] == "organisation")
    assert bodies == ["The Brackley Sports Trust", "The authority"]


def test_a_bare_statement_after_a_named_council_is_the_council():
    text = COUNCIL.replace("The authority said it backed", "A statement said it backed")
    rows = speaker_rows(text)
    assert [r for r in rows if r[1] == "organisation"] == [["Brackley council", "organisation", 2]]


def test_a_bare_statement_after_a_person_stays_its_own():  # a guard
    from corpus_tools.attribution.statement_bodies import statement_of

    text = "Tom Reed, the owner, said he was sorry. A statement said the pool would shut."
    assert statement_of("A statement", text, text.index("A statement")) == ""
    text = "The Westshire Health Authority, which runs the pool, said so. The statement said more."
    assert statement_of("The statement", text, text.index("The statement")) == "Westshire Health Authority"
    assert statement_of("A statement issued by the trust", text, text.index("The statement")) == ""


def test_a_bare_statement_across_a_wire_paragraph_mark():
    from corpus_tools.attribution.statement_bodies import statement_of

    text = "After the hearing, Brackley council said it would act.<\n\x19A statement said it was sorry.<\n"
    assert statement_of("A statement", text, text.index("A statement")) == "Brackley council"
