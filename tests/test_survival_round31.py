"""Survival, round 31 of issue 22 (round 16's held-out pair, 12.07.99/places, and round 15's
12.07.99/informant): a statement a version keeps in another form. A body's short label ("the
party" for "the Green Party"), a statement told nested inside counsel's as the source tells it,
the members of a body for the body ("Ministers" for "The Government"), and the source's "the pair"
named by the version ("Reed and Pryce"). Invented texts of the same shapes."""

from __future__ import annotations

from types import SimpleNamespace as W

from corpus_tools import from_records
from corpus_tools.attribution.kept_forms import short_forms, short_label_ids
from corpus_tools.attribution.survival import speaker_survival

_OPENING = "A mother today lost a High Court fight over her son's school grant.\n\n"
_RULING = "Mr Justice Lowe said the promise of a grant was not binding."


def _survival(wire: str, paper: str) -> dict[str, tuple[str, str]]:
    corpus = from_records(
        [
            {"doc_id": "wire", "text": wire, "published": "2001-07-12"},
            {"doc_id": "paper", "text": paper, "published": "2001-07-13"},
        ]
    )
    s = speaker_survival(corpus, source="wire")
    return {sp: (st, b) for sp, st, b in zip(s["speaker"], s["status"], s["became"], strict=True)}


#: counsel tells the party's announcement; the paper keeps it inside counsel's statement, by name
_NESTED_WIRE = (
    _OPENING + "Peter Hall, appearing for the family, told the judge that the Green Party, before the May "
    "2001 election, announced plans to close the grant scheme. But it promised during the closing "
    "period not to disrupt the studies of pupils who already had grants.\n\n" + _RULING
)
_NESTED_PAPER = (
    "A mother lost her fight over a school grant yesterday.\n\n"
    "Peter Hall, for the family, said that although the Green Party, before the election, announced "
    "plans to close the grant scheme, pupils would keep their grants.\n\n" + _RULING
)


def test_statement_kept_inside_anothers_as_the_source_tells_it():
    got = _survival(_NESTED_WIRE, _NESTED_PAPER)
    assert got["the Green Party"] == ("kept", "")
    assert got["Peter Hall"][0] == "kept"


def test_nested_report_through_a_pronoun_is_not_kept():
    paper = _NESTED_PAPER.replace("the Green Party, before the election,", "they, before the election,")
    got = _survival(_NESTED_WIRE, paper)
    assert got["the Green Party"][0] == "dropped"


def test_ministers_for_the_government_is_a_relabel():
    wire = (
        _OPENING + "The Government, when announcing its decision to close the grant scheme, argued that "
        "the move would release 50 million pounds to cut class sizes in village schools.\n\n" + _RULING
    )
    paper = (
        "A mother lost her fight over a school grant yesterday.\n\n"
        "The grant scheme was closed in 2001, a move Ministers said would free 50 million pounds to cut "
        "class sizes in village schools.\n\n" + _RULING
    )
    assert _survival(wire, paper)["The Government"] == ("relabelled", "Ministers")


_PARTY_WIRE = (
    _OPENING + _RULING + "\n\nThe Green Party said it would press the county to restore the grants for "
    "village pupils.\n\n"
)
_PARTY_PAPER = (
    "A mother lost her fight over a school grant yesterday.\n\n" + _RULING + "\n\nLast night the party "
    "said it would press the county to restore the grants for village pupils."
)


def test_a_body_under_its_short_label_is_kept():
    assert _survival(_PARTY_WIRE, _PARTY_PAPER)["The Green Party"] == ("kept", "")


def test_a_short_label_two_bodies_share_is_neither():
    got = _survival(_PARTY_WIRE + "The Forest Party said the ruling was a disgrace.", _PARTY_PAPER)
    assert got["The Green Party"] == ("relabelled", "the party")
    assert got["The Forest Party"][0] == "dropped"


def test_short_forms_and_labels():
    assert short_forms("the Leeds City Council") == {"council", "leeds city"}
    assert short_forms("Oxfam") == set()
    party = W(kind="organisation", named=True, names={"labour party"}, description=set())
    labour = W(kind="organisation", named=True, names={"labour"}, description=set())
    person = W(kind="person", named=True, names={"labour"}, description=set())
    assert short_label_ids(party, {"v:S1": labour, "v:S2": person}, []) == {"v:S1"}
    rival = W(kind="organisation", named=True, names={"labour group"}, description=set())
    assert short_label_ids(party, {"v:S1": labour}, [rival]) == set()


def test_the_pair_named_by_the_version_is_kept():
    # spk33: the source names the pair ("Tom Reed met Alan Pryce"), read at the attribution stage;
    # the after-the-fact patch on both names anywhere in the source (``pair_named``) is gone
    wire = (
        "Tom Reed met Alan Pryce at a service station, a court heard.\n\n"
        "Inside the station, they were heard talking about the files, and Pryce was later seen "
        "leaving with the bag, according to Mr Carter.\n\n"
        "The next month, the pair met again at the station and were overheard complaining about the "
        "speed with which Wood handed over the files."
    )
    paper = (
        "Two men met an informer, a jury heard.\n\n"
        "During another meeting, Reed and Pryce were overheard complaining about the speed with which "
        "Wood handed over the files."
    )
    assert _survival(wire, paper)["Tom Reed and Alan Pryce"] == ("kept", "")
