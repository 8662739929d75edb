"""Round 23 (issue 22, branch ret24): the retelling rule on stories it was not developed on paired
sentences by words that tell no event of the sentence's own. Invented text of the four shapes
read in a METER story (benchmarks/README.md "Issue 22, retellings on unseen stories"): an event
named only in a relative clause of place ("the yard where the barn burned"), an "-ed" adjective
read as an act ("the isolated farmhouse"), a verb of finding out ("police established") with a
"double" of other nouns on each side ("double glazing", "double arsonist"), and a noun
that modifies another noun on one side only ("house burglaries" against "in the house")."""

from __future__ import annotations

import pandas as pd
from pairs import pair

import corpus_tools as ct
from corpus_tools.reuse.event_roles import background_keys, modifies, same_use
from corpus_tools.reuse.retellings import retellings

SOURCE = (
    "Derek Ashby, 41, of Millford, admitted setting fire to the isolated farmhouse of Gwen Lomax "
    "at Crane Hill in March. "
    "Investigators were trying to establish whether double arsonist Derek Ashby could be linked to "
    "other fires in the county. "
    "A forensic expert found it hard to believe that Ashby could go from committing two house "
    "burglaries in 1990 to torching a family home ten years later. "
    "Fire officers believe Ashby burned the barn at dusk then watched the flames from the lane."
)
COPY = SOURCE.split(". ")[0] + "."
#: the barn's burning named only in a relative clause of place (source sentence 3's event)
WHERE = (
    "Ashby, who by then sold tractors, was caught when his footprints were found in the yard "
    "where the barn burned."
)
#: "isolated" an adjective on both sides; the paper's own fact is what led to the fire
ISOLATED = "Police think money troubles may have led to the blaze at the Lomax family's isolated farmhouse."
#: "established" how the police know; "double" of glazing, not of the arsonist
DOUBLE = "Ashby had called at the farm once before, police established, to sell the family double glazing."
#: "house" of burglaries in the source, the house itself in the paper
HOUSE = (
    "Ashby is thought to have committed the crime two days before it was reported and stayed "
    "a night in the house."
)
#: a true retelling of source sentence 3: the act, its place and time, its participant
RETOLD = "Ashby is believed to have burned the old barn at dusk and then watched the flames."


def _retold(text: str) -> pd.DataFrame:
    """The retellings of a version copying source sentence 0 and adding ``text``, read as new."""
    a = ct.analyze(pair(SOURCE, f"{COPY} {text}"))
    alignment = a.alignment.copy()
    alignment.loc[alignment["sent_id"] == 1, "reuse_class"] = "new"
    return retellings(a.corpus, alignment=alignment, coverage=a.coverage, sentences=a.sentences)


def test_an_event_named_in_a_relative_clause_of_place_is_no_retelling():
    assert _retold(WHERE).empty  # base: source sentence 3 ("burn", "barn")


def test_an_ed_adjective_is_no_event():
    assert _retold(ISOLATED).empty  # base: source sentence 0 ("isolat", "farmhouse")


def test_a_verb_of_finding_out_and_a_modifier_of_other_nouns_retell_nothing():
    assert _retold(DOUBLE).empty  # base: source sentence 1 ("doubl", "establish")


def test_a_noun_modifying_another_noun_on_one_side_only_is_no_shared_word():
    assert _retold(HOUSE).empty  # base: source sentence 2 ("commit", "hous")


def test_a_retelling_of_the_act_its_place_and_time_is_still_named():
    r = _retold(RETOLD)
    assert r[["sent_id", "source_sent_id", "shared_names"]].values.tolist() == [[1, 3, ("ashby",)]]
    assert {"barn", "burn"} <= set(r["shared_words"].iloc[0])


def test_background_keys_and_modifiers():
    assert {"yard", "barn", "burn"} - background_keys(WHERE) == {"yard"}
    assert "isolat" in background_keys(ISOLATED)
    assert "establish" in background_keys(DOUBLE)
    s = modifies(SOURCE.split(". ")[2])
    assert s[0]["hous"] == frozenset({"burglary"})
    assert same_use("hous", modifies(HOUSE), s) == 1  # a kind of burglary in the source
    assert same_use("isolat", modifies(ISOLATED), modifies(COPY)) == 2  # "isolated farmhouse" twice
