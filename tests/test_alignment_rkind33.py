"""A next source sentence that shares one word alone with a version sentence is not fused into its
alignment (issue #22, round 33, rkind33; ``corpus_tools/reuse/lone_neighbours.py``), on invented
text of the shape of TUNE_33's Reuters updates (a finance minister's visit; a minister's tour)."""

from __future__ import annotations

from pairs import pair, rules_alignment

import corpus_tools as ct

# an invented wire story: a visit, its meeting, then what an official expects the minister to say
WIRE = (
    "Ruritania's Finance Minister Karel Vost will visit the Treasury Secretary next week to discuss "
    "requests for a rise in the crown against the dollar, ministry officials said. "
    "The fund's committee meeting, scheduled for May 4, is expected to review the accord reached by "
    "seven industrial nations in Geneva last month calling for exporting countries, such as Ruritania "
    "and Molvania, to allow their currencies to rise. "
    "The official said Vost is expected to outline plans to increase imports of farm machinery and to "
    "stress the need to keep a trade surplus in order to repay foreign debts of some 12 billion dlrs."
)
# the update retells the meeting's sentence alone; "increase" is the one word it shares with the
# official's sentence after it (the wire's 11281 2 against 11209 4)
UPDATE = (
    "Ruritanian Finance Minister Karel Vost will resist pressure for a revaluation when he meets the "
    "Treasury Secretary next week, ministry officials said. "
    "The May 4 committee meeting is expected to review the agreement by seven industrial nations in "
    "Geneva last month that exporting countries, such as Ruritania and Molvania, should allow their "
    "currencies to increase in value."
)


def test_a_next_sentence_sharing_one_word_alone_is_not_fused():
    a = rules_alignment(pair(WIRE, UPDATE))
    assert a["source_sent_ids"].tolist()[1] == (1,)  # base ab22652: (1, 2), for "increase" alone


def test_the_official_s_sentence_is_dropped_not_kept_and_cut():
    a = ct.analyze(pair(WIRE, UPDATE))
    cov = a.coverage.set_index("source_sent_id")["status"]
    assert cov[2] == "dropped"  # base: "rewritten", every word of it then a cut
    cut = a.variants[a.variants["category"].eq("deletion") & a.variants["source_sent_id"].eq(2)]
    assert cut.empty


def test_a_next_sentence_sharing_a_second_word_still_joins():
    # the same next sentence told with "imports" too: two words of it in the sentence, fused as before
    version = UPDATE.replace("increase in value", "increase in value and cut imports")
    a = rules_alignment(pair(WIRE, version))
    assert a["source_sent_ids"].tolist()[1] == (1, 2)
