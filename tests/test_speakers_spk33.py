"""Survival, branch spk33 of issue 22 (round 16's held-out pair, 12.07.99/places, and round 15's
12.07.99/informant): a statement a version keeps in its own voice, without its speaker, is listed
once, as kept without saying who, never also dropped (the lead's ruling of round 16); the content
test that sees it (an aligned sentence holding part of the statement's words, or its figures); and
"the pair" read at one depth, at the attribution stage (the two people a verb joins), followed by
one identity rule. Invented texts of the same shapes."""

from __future__ import annotations

from types import SimpleNamespace as W

import pytest

from corpus_tools import analyze, from_records
from corpus_tools.attribution.attributions import attributions
from corpus_tools.attribution.couples import pair_words, person_names, same_people
from corpus_tools.attribution.own_voice import own_voice
from corpus_tools.attribution.pairs import MetPair, named_pairs
from corpus_tools.attribution.paraphrase import content_keys
from corpus_tools.attribution.survival import speaker_survival
from corpus_tools.report.findings import findings
from corpus_tools.text.nlp import load_model

_OPENING = "A father today lost a High Court fight over his son's place at a private school.\n\n"
_RULING = "Mrs Justice Hale said the scheme's end was lawful.\n\n"
#: the council's argument, the spokesman's figures and a topic sentence of the source
_WIRE = (
    _OPENING + _RULING + "The Borough Council, when announcing its decision to end the bursary scheme, "
    "argued that the move would free 20 million pounds to cut class sizes for all infants in state "
    "primary schools to a maximum of 25.\n\n"
    "A Department for Schools spokesman said officials had looked at 260 requests for help under the "
    "hardship rules, and had granted 95.\n\n"
    "The hearing was told that the boy's teachers had praised his progress in music and drama."
)
#: the paper tells the council's argument and the spokesman's figures in its own voice; it keeps
#: only the topic of the hearing's sentence (the boy's school), not what the hearing was told
_PAPER = (
    "A father lost his fight over his son's school place yesterday.\n\n" + _RULING + "The council "
    "ended the bursary scheme to cut class sizes in primary schools to 25 pupils.\n\n"
    "So far 260 families have asked for help under the hardship rules and only 95 have won it.\n\n"
    "The boy's school had praised him, but his father could no longer pay."
)


def _corpus(wire: str, paper: str):
    return from_records(
        [
            {"doc_id": "wire", "text": wire, "published": "2001-07-12"},
            {"doc_id": "paper", "text": paper, "published": "2001-07-13"},
        ]
    )


def _survival(wire: str, paper: str) -> dict[str, tuple[str, int]]:
    s = speaker_survival(_corpus(wire, paper), source="wire")
    return {
        sp: (st, int(n))
        for sp, st, n in zip(s["speaker"], s["status"], s["n_statements_unattributed"], strict=True)
    }


def test_a_statement_told_in_the_papers_voice_is_seen_and_a_topic_is_not():
    got = _survival(_WIRE, _PAPER)
    assert got["The Borough Council"] == ("dropped", 1)  # an aligned rewording: 5 of its words
    assert got["A Department for Schools spokesman"] == ("dropped", 1)  # his figures, 260 and 95
    assert got["Mrs Justice Hale"][0] == "kept"
    hearing = [v for k, v in got.items() if "hearing" in k.lower()]
    assert hearing == [("dropped", 0)]  # the boy's school praised him: the topic, not the statement


def test_kept_without_saying_who_is_listed_once_never_also_dropped():
    text = findings(analyze(_corpus(_WIRE, _PAPER), source="wire"), topics=("speakers",))["paper"]
    assert "drops 1 (“The hearing”) and keeps what 2 said without saying who (" in text
    assert "“The Borough Council”; “A Department for Schools spokesman”)." in text
    assert "though it keeps what" not in text


def test_own_voice_reads_the_statements_words_not_the_topic():
    stmt = content_keys("the move would free 20 million pounds to cut class sizes in state primary schools")
    reworded = "The council ended the scheme to cut class sizes in primary schools."
    topic = "The council ended the scheme in primary schools."
    assert own_voice([stmt], {4}, [(4, content_keys(reworded), reworded)])
    assert not own_voice([stmt], {4}, [(4, content_keys(topic), topic)])
    assert not own_voice([stmt], set(), [(4, content_keys(reworded), reworded)])  # not aligned
    figures = content_keys("officials had looked at 260 requests and had granted 95")
    told = "So far 260 requests, and 95 granted."
    assert own_voice([figures], set(), [(9, content_keys(told), told)])
    one = "So far 260 requests were made."
    assert not own_voice([figures], set(), [(9, content_keys(one), one)])


def test_a_quotation_running_on_or_a_named_person_is_no_papers_voice():
    words = content_keys("no sentence can ever put right the permanent loss suffered by the families")
    quoted = "No sentence can put right the permanent loss suffered by families.'"
    assert not own_voice([words], {9}, [(9, content_keys(quoted), quoted)])  # the judge's, said before
    assert own_voice([words], {9}, [(9, content_keys(quoted), quoted.rstrip("'"))])
    named = "He was reminded by Mr Vance that no sentence can put right the loss suffered by families."
    vance = W(kind="person", names={"Vance"})
    assert not own_voice([words], {9}, [(9, content_keys(named), named)], vance)  # says who
    council = W(kind="organisation", names={"vance"})
    assert own_voice([words], {9}, [(9, content_keys(named), named)], council)


@pytest.mark.parametrize(
    ("text", "names", "met"),
    [
        ("Tom Reed met Alan Pryce at a service station.", ["Tom Reed", "Alan Pryce"], True),
        ("Reed met Alan Pryce at a service station.", ["Reed", "Pryce"], True),
        ("Tom Reed and Alan Pryce met at a service station.", ["Tom Reed", "Alan Pryce"], False),
        ("Tom Reed met Reed's brother at a station.", None, None),
    ],
)
def test_named_pairs_reads_the_two_people_a_verb_joins(text, names, met):
    found = [p[2] for p in named_pairs([(0, 0, load_model()(text))]) if p[2]]
    if names is None:
        assert found == []
        return
    assert found == [names]
    assert isinstance(found[0], MetPair) == met


def test_the_pair_is_the_two_people_a_verb_joins_they_and_the_defendants_are_not():
    text = (
        "Tom Reed met Alan Pryce at a service station, a court heard.\n\n"
        "The next month, the pair met again and were overheard complaining about the delays.\n\n"
        "Ian Moss attacked Carl Webb outside a bar.\n\n"
        "They said the bar was closed.\n\n"
        "The defendants said the attack never happened."
    )
    a = attributions(from_records([{"doc_id": "wire", "text": text}]))
    spoken = a[a["role"] == "speaker"].set_index("sent_id")["speaker_label"].to_dict()
    assert spoken[1] == "Tom Reed and Alan Pryce"
    assert "Webb" not in spoken.get(3, "") and "Webb" not in spoken.get(4, "")


def test_two_pairs_sharing_one_person_are_two_speakers():
    pair = W(kind="person", names={"Porter", "Nash"}, firsts=set(), people=2)
    other = W(kind="person", names={"Hurst", "Porter"}, firsts=set(), people=2)
    family = W(kind="person", names={"Nash", "Nashes"}, firsts=set(), people=2)
    assert not same_people(pair, other)
    assert same_people(pair, W(kind="person", names={"Nash", "Porter"}, firsts={"Kevin"}, people=2))
    assert same_people(family, W(kind="person", names={"Nash"}, firsts=set(), people=2))
    wire = (
        "Mark Hurst and Kevin Porter are jointly charged with conspiracy, a court heard.\n\n"
        "Porter met Billy Nash at a service station.\n\n"
        "The next month, the pair met again and were overheard complaining about the delays.\n\n"
        "Both men deny the charges."
    )
    paper = (
        "Two men are on trial, a jury heard.\n\n"
        "Hurst and Porter deny the charges.\n\n"
        "Later, Porter and Nash were overheard complaining about the delays."
    )
    got = _survival(wire, paper)
    assert got["Porter and Nash"][0] == "kept"
    assert [k for k in got if "Hurst" in k] and all(got[k][0] == "kept" for k in got if "Hurst" in k)


def test_both_men_is_no_surname_of_the_pair():
    # "Both" read as a surname made the pair's names {Both, Hurst, Porter}: no version named it
    assert person_names(["Hurst and Porter", "Both men"]) == ({"Hurst", "Porter"}, set(), 2)


def test_pair_words_are_a_pair_description_not_any_two():
    assert pair_words(["Hurst and Porter", "the pair"]) == {"pair"}
    assert pair_words(["two U.S. officials"]) == frozenset()  # the seeds' "two US officials" stay kept
