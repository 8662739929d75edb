"""Round 23 (issue 22, known debt 1): a sentence left new is named a retelling of a source sentence
only when it tells the same event (a shared verb of what happened, or the verb and its noun), of
the same participant (a shared name or whole number), with two of the source sentence's own words
(not its file's topic), one of them no verb. Invented text: a business wire's update that shares
its first take's places, units and company nouns but tells other facts, and a paper's own
quotation sharing two of the source's words, both named by round 22's rule and by none now."""

from __future__ import annotations

import pandas as pd
from pairs import pair
from test_retold_ret22 import COPY_0, COPY_5, SOURCE

import corpus_tools as ct
from corpus_tools.reuse.event_words import events, shared_events
from corpus_tools.reuse.retellings import retellings

#: a wire's first take: its company, plant, mine, units and union nouns in most sentences
WIRE = (
    "Halvard Mining Ltd said a strike by three unions shut its Brenmoor refinery and Tallis Creek "
    "nickel mine. The three unions represent about 1,800 production and maintenance workers at the "
    "Brenmoor refinery and Tallis Creek nickel mine. The two unions representing clerical staff have "
    "not negotiated with Halvard since June 3. Revenues from the Brenmoor refinery totalled 412 mln "
    "Canadian dlrs in 1986. The Brenmoor refinery produces about 90,000 tonnes of nickel a year. "
    "Halvard said the refinery would stay shut until the strike ends."
)
#: its update: a meeting hoped for, the strike's cost, no talks: other facts in the same nouns
#: (sentence 1 shares "Canadian", "mln", "dlrs" and "revenue" with the first take's sentence 3)
UPDATE = (
    "Leaders of both sides hope to arrange an informal meeting next week, a union spokesman, Ray "
    "Doyle, said. Doyle said Halvard has said the stoppage is costing it four mln Canadian dlrs a day "
    "in debt service charges not met by revenue. Halvard said no talks were scheduled with striking "
    "workers at its Brenmoor refinery and Tallis Creek nickel mine."
)
#: a club member's own words on the fraud: "Portugal", "holidays", "sports car" of source
#: sentence 2, and no act of it ("spent")
QUOTE = (
    "'Portugal holidays, a sports car, and our pensioners counted every penny,' said club member Edna Platt."
)
#: source sentence 1 told by its noun: "forgery" for "forged", the trustees' signatures, Fenwick
FORGERY = "Her forgery of trustee signatures went unseen for months, a neighbour of Fenwick recalled."
#: a sum told of the same act that the source gives another sum for
SUMS_SOURCE = (
    "Dunmere council paid 250,000 pounds for the new leisure centre roof, treasurer Ellis Ward said. "
    "The roof leaked within a month of opening. Councillors blamed the builders for the leaks. "
    "The builders denied any fault in the roof."
)
SUMS_OTHER = "Ward told reporters the council had paid 90,000 pounds for roof repairs to the leisure centre."
SUMS_SAME = "The council paid 250,000 pounds to roof its leisure centre, according to Ward's accounts."


def _retold(a: ct.Analysis, new: int | None = None) -> pd.DataFrame:
    """The retellings of ``a``; with ``new``, the version's sentence ``new`` read as left new (the
    rule reads what alignment leaves; these sentences share enough words to be aligned)."""
    alignment = a.alignment.copy()
    if new is not None:
        alignment.loc[alignment["sent_id"] == new, "reuse_class"] = "new"
    return retellings(a.corpus, alignment=alignment, coverage=a.coverage, sentences=a.sentences)


def test_a_wire_update_sharing_places_units_and_nouns_retells_nothing():
    a = ct.analyze(pair(WIRE, UPDATE))
    # the first two are left new (round 22 named sentence 1 a retelling of source sentence 3)
    assert a.alignment["reuse_class"].tolist()[:2] == ["new", "new"]
    assert _retold(a).empty


def test_a_papers_own_quotation_sharing_two_words_is_no_retelling():
    a = ct.analyze(pair(SOURCE, " ".join([COPY_0, QUOTE, COPY_5])))
    assert a.alignment["reuse_class"].tolist() == ["near_verbatim", "new", "verbatim"]
    assert _retold(a).empty  # round 22 named it (source sentence 2: Portugal, holiday, sport, car)


def test_the_act_told_by_its_noun_is_a_retelling():
    a = ct.analyze(pair(SOURCE, " ".join([COPY_0, FORGERY, COPY_5])))
    r = _retold(a, new=1)
    assert r[["sent_id", "source_sent_id", "shared_names", "shared_numbers"]].values.tolist() == [
        [1, 1, ("fenwick",), ()]
    ]


def test_another_sum_for_the_same_act_is_another_fact():
    other = ct.analyze(pair(SUMS_SOURCE, SUMS_OTHER))
    same = ct.analyze(pair(SUMS_SOURCE, SUMS_SAME))
    assert _retold(other, new=0).empty
    assert _retold(same, new=0)[["sent_id", "source_sent_id", "shared_numbers"]].values.tolist() == [
        [0, 0, ("250000",)]
    ]


def test_event_words_read_acts_not_things():
    e = events("Motorway stabbing victim Cameron was staggering after a betting syndicate paid him".split())
    assert sorted(e.verbal) == ["pay", "stagger"]  # "stabbing victim", "betting syndicate": things
    theft, stole = events("the theft of the van".split()), events("he stole a van".split())
    assert shared_events(theft, frozenset(), stole, frozenset()) == {"steal"}
    made = events("it made a decision and took action".split())
    assert not made.verbal  # light verbs


def test_a_question_is_no_retelling():
    q = "Why had Fenwick forged trustee signatures on cheques when the club trusted her?"
    a = ct.analyze(pair(SOURCE, " ".join([COPY_0, q, COPY_5])))
    assert _retold(a, new=1).empty
    statement = "Fenwick had forged trustee signatures on cheques although the club trusted her."
    b = ct.analyze(pair(SOURCE, " ".join([COPY_0, statement, COPY_5])))
    assert _retold(b, new=1)["source_sent_id"].tolist() == [1]
