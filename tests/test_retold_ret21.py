"""Round 21 (issue 22, known debt 1): sentences of a paper that retell its source among sentences
it copies. No rule was added this round: the one tried (a sentence left new in a text with several,
aligned to a candidate beside the source sentence its aligned neighbour takes, holding
``min_score_cover`` of its evidence words and ``min_topical_context`` of its words of what happened)
added 71 true and 130 false alignments on METER courts' annotation (benchmarks/README.md "Issue 22,
sentences retelling PA in a paper with several, round 21"). These pin, on invented text, what the
shipped routes already do for the shape and what a later rule must keep: two retellings in a
paper of five sentences aligned to the sentences they retell, a sentence sharing only a name and
court words left new."""

from __future__ import annotations

from pairs import pair

from corpus_tools import align_sentences

SOURCE = (
    "Gideon Marsh, 52, of Wrexley, was jailed for six years at Hollowmere Crown Court today for "
    "burgling the homes of elderly neighbours. "
    "Marsh had posed as a meter inspector to get inside the bungalows before stealing cash and medals. "
    "The court heard he targeted a retired nurse, Edna Pilling, 81, in the spring. "
    "He rummaged through her wardrobe while she made him a cup of tea in the kitchen. "
    "Police traced him after a neighbour noted the number plate of his rusty van. "
    "Judge Carol Venn told him the thefts had left the victims frightened in their own homes. "
    "Marsh admitted nine burglaries and asked for fourteen other offences to be considered."
)
LEAD = (
    "Gideon Marsh, 52, of Wrexley, was jailed for six years at Hollowmere Crown Court yesterday "
    "for burgling the homes of elderly neighbours."
)
NURSE = "The court heard he targeted a retired nurse, Edna Pilling, 81, in the spring."
JUDGE = "Judge Carol Venn told him the thefts had left the victims frightened in their own homes."
#: two sentences retelling source sentences 1 and 4 in words of their own, one name or none shared
RETOLD_1 = (
    "Pretending to be an inspector checking gas readings, the conman talked his way into the "
    "bungalows of pensioners, stealing cash, savings and war medals."
)
RETOLD_4 = (
    "Detectives traced the burglar once a watchful neighbour jotted down the number of the "
    "battered van he drove."
)
#: the paper's own sentence: the defendant's name and the court's words, nothing of what happened
OWN = (
    "Marsh, a father of two, appeared at Hollowmere Crown Court in a grey suit and spoke only to "
    "confirm his name."
)


def _rows(version: str) -> list[tuple[str, str, tuple]]:
    a = align_sentences(pair(SOURCE, version), source="src")
    return [(r.text.split()[0], r.reuse_class, r.source_sent_ids) for r in a.itertuples()]


def test_two_retellings_among_copied_sentences_are_aligned_to_what_they_retell():
    rows = _rows(" ".join([LEAD, RETOLD_1, NURSE, RETOLD_4, JUDGE]))
    assert rows == [
        ("Gideon", "near_verbatim", (0,)),
        ("Pretending", "rewritten", (1,)),
        ("The", "verbatim", (2,)),
        ("Detectives", "rewritten", (4,)),
        ("Judge", "verbatim", (5,)),
    ]


def test_a_sentence_sharing_only_a_name_and_court_words_is_new_beside_copied_ones():
    rows = _rows(" ".join([LEAD, OWN, NURSE, JUDGE]))
    assert rows == [
        ("Gideon", "near_verbatim", (0,)),
        ("Marsh,", "new", ()),
        ("The", "verbatim", (2,)),
        ("Judge", "verbatim", (5,)),
    ]


def test_a_retelling_and_the_papers_own_sentence_side_by_side_are_read_apart():
    rows = _rows(" ".join([LEAD, OWN, RETOLD_1, NURSE, RETOLD_4, JUDGE]))
    assert [(w, c) for w, c, _ in rows] == [
        ("Gideon", "near_verbatim"),
        ("Marsh,", "new"),
        ("Pretending", "rewritten"),
        ("The", "verbatim"),
        ("Detectives", "rewritten"),
        ("Judge", "verbatim"),
    ]
    assert [ids for *_, ids in rows][2] == (1,) and [ids for *_, ids in rows][4] == (4,)
