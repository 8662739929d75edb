"""Entries that are no speaker, read from survival rows (round 39, branch survival39,
``benchmarks/survival39.md``): a verb of saying that tells a deed or a measure (a quantity added, a
response by a deed, a call that summons), a measure's change as a subject, a bill's provision.
Invented texts of the same shapes (other countries, figures and words); each behaviour test fails
on the base ``8086ed1``; the guards pass on both."""

from __future__ import annotations

import pytest
from pairs import speaker_rows, speaker_tables, survival_fates

# a sum's parts: "while foreign trade added 0.2" (the read series' 5805+5807)
_GNP = (
    "Japan's real gross national product rose 0.6 pct in the October/December quarter, the\n"
    "Economic Planning Agency said.\n"
    "    Domestic demand contributed 0.4 percentage point to real GNP growth in the quarter, while\n"
    "net exports added 0.2.\n"
)
_GNP_LATER = (
    "Japan's real gross national product rose 0.6 pct in the October/December quarter, the\n"
    "Economic Planning Agency said, revising an earlier estimate.\n"
)

# a country's response by deeds (the check series' 8069), a government's call for a mediator
# (HELD_OUT_38's 8009+11385, seen while marking), a slump that "called for" changes (8069)
_COPPER = (
    "World Bank President Anne Holt said Chile's economy was being managed well, but the slump in\n"
    "world copper prices called for deep policy changes.\n"
    "    Chile, a country of 12 mln people, has responded to the copper slump by cutting spending,\n"
    "devaluing its currency by 20 pct and trying to boost fruit exports.\n"
    "    The Chilean government has called in a mediator to try to settle a pay dispute between\n"
    "the miners and the state copper company.\n"
)
_COPPER_LATER = (
    "World Bank President Anne Holt arrived in Santiago today for a four-day visit to Chile.\n"
    "    Holt said the bank would lend Chile 250 mln dlrs this year.\n"
)


@pytest.mark.parametrize(
    ("first", "later", "none"),
    [
        (_GNP, _GNP_LATER, "net exports"),
        (_COPPER, _COPPER_LATER, "the slump in world copper prices"),
        (_COPPER, _COPPER_LATER, "Chile"),
    ],
)
def test_no_row_for_a_subject_that_made_no_statement(first, later, none):
    rows = survival_fates(first, later)
    assert none not in rows
    assert all(none not in label for label in rows)


def test_the_speaker_beside_them_keeps_her_row():
    rows = survival_fates(_COPPER, _COPPER_LATER)
    assert rows["World Bank President Anne Holt"][0] == "kept_other_statement"


# a government that calls in a mediator, in wire copy (HELD_OUT_38's 8009+11385, seen while marking)
_DOCKS = (
    "The Maritime Workers' Union, which represents about 3,000 dockers, has said it will likely\n"
    "go on strike this summer to protest employers' demands for wage cuts.\n"
    '    "I promise you a strike," Arne Vik, head of the union\'s Perth branch, has said.\n'
    "    The Australian government has called in a labor conciliator to try to hammer out a\n"
    "contract agreement between the two sides. The port authority said a walkout would badly hurt\n"
    "traffic.\n"
)


def test_a_government_that_calls_in_a_mediator_is_no_speaker():
    labels = [row[1] for row in speaker_tables(_DOCKS)]
    assert "The port authority" in labels
    assert "The Australian government" not in labels


# a bill's provision that "urges" an act (the check series' 12372)
_FARM = (
    "The House Agriculture Committee approved a farm export bill today, committee sources said.\n"
    "    The provision on subsidised barley sales to Poland, offered by Rep. Ann Kerr, does not\n"
    "require the administration to make an offer, but urges such action.\n"
)


def test_a_provision_that_urges_is_no_speaker():
    labels = [row[0] for row in speaker_rows(_FARM)]
    assert "committee sources" in labels
    assert not any("provision" in label.lower() for label in labels)


# guards: "added" with a clause, "responded that", "called for" stay statements (pass on both)
_GUARDS = (
    "Finance Minister Jon Berg said the budget deficit would narrow this year.\n"
    "    He added 20 mln crowns would be spent on roads.\n"
    "    The opposition responded that the plan was too timid.\n"
    "    The farmers' union called for an inquiry into grain prices.\n"
)


@pytest.mark.parametrize("speaker", ["Finance Minister Jon Berg", "The opposition", "The farmers' union"])
def test_statements_of_those_verbs_stay(speaker):
    assert speaker in [row[0] for row in speaker_rows(_GUARDS)]
