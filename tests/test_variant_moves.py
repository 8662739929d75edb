"""Word-level changes on rewritten and fused sentences (issue 22): a version sentence is diffed
against all the source sentences it is aligned to, as one group; words both sides have in
another order are kept (a move); each change is counted once. Invented texts of each shape."""

from __future__ import annotations

import pytest
from pairs import pair

from corpus_tools.reuse.alignment import align_sentences
from corpus_tools.variants.lexical import extract_variants
from corpus_tools.variants.moves import is_move


def _variants(src: str, tgt: str) -> list[tuple[int, int, str, str, str]]:
    corpus = pair(src, tgt, "tgt")
    v = extract_variants(corpus, source="src")
    for r in v.itertuples():  # every row points back into both texts
        assert src[r.source_start : r.source_end] == r.source_form
        assert tgt[r.start : r.end] == r.form
    return [(r.sent_id, r.source_sent_id, r.category, r.source_form, r.form) for r in v.itertuples()]


def test_a_reordered_clause_is_kept_not_cut_and_added():
    got = _variants(
        "Output at both sites has been shut down since the production workers, along with the office "
        "staff, went on strike May 9.",
        "The workers went on strike May 9 and output has been shut down since then.",
    )
    assert not [g for g in got if "strike" in g[3] + g[4]]  # "went on strike May 9" moved, kept
    # round 12: the subject shortened is one change, "workers" on both sides (it was an addition
    # of "The workers" and a cut of the long subject)
    assert got == [
        (0, 0, "word_substitution", "the production workers, along with the office staff,", "The workers"),
        (0, 0, "insertion", "", "and"),
        (0, 0, "deletion", "at both sites", ""),
        (0, 0, "insertion", "", "then"),
    ]


def test_a_rewritten_clause_of_a_fused_sentence_keeps_its_words():
    src = (
        "During a six-minute hearing at Southwark Crown Court, Hale denied assaulting both women in "
        "December. Agreeing to continue his bail, the judge told Hale that his two-week trial would "
        "start on March 27 next year."
    )
    tgt = (
        "At a six-minute hearing at Southwark Crown Court, Hale was told that his trial will start on "
        "March 27."
    )
    corpus = pair(src, tgt, "tgt")
    assert align_sentences(corpus, source="src")["source_sent_ids"].tolist() == [(0, 1)]
    got = _variants(src, tgt)
    # "that his trial will start on March 27" is not added: only "two-week" and "next year" are cut
    # and "would" replaced; "Hale" is not cut ("the judge told Hale" -> "Hale was told": the
    # version sentence holds it)
    assert [g[2:] for g in got if g[1] == 1] == [
        ("deletion", "Agreeing to continue his bail, the judge", ""),
        ("attribution_change", "", "was"),
        ("deletion", "two-week", ""),
        ("word_substitution", "would", "will"),
        ("deletion", "next year", ""),
    ]
    assert [g[2:] for g in got if g[1] == 0] == [
        ("word_substitution", "During", "At"),
        ("deletion", "denied assaulting both women in December.", ""),
    ]


def test_b_a_source_sentence_split_in_two_is_read_against_both():
    src = (
        "The Trail smelter and the Kimberley lead-zinc mine have been shut since May 9, when about 2,600 "
        "production workers went on strike over wages."
    )
    tgt = (
        "The Trail smelter and the Kimberley lead-zinc mine have been shut since May 9. About 2,600 "
        "production workers went on strike over wages."
    )
    corpus = pair(src, tgt, "tgt")
    assert align_sentences(corpus, source="src")["source_sent_ids"].tolist() == [(0,), (0,)]
    # neither half is counted cut from the other version sentence; the full stop of the split is not a change
    assert _variants(src, tgt) == [(0, 0, "deletion", ", when", "")]


def test_c_a_quoted_phrase_inside_an_addition_is_counted_once():
    got = _variants(
        "The jury was sent home for the night after failing to reach a verdict.",
        'The jury in the "beauty in the bath" murder trial was sent home for the night after failing to '
        "reach a verdict.",
    )
    assert got == [(0, 0, "insertion", "", 'in the "beauty in the bath" murder trial')]


def test_a_moved_phrase_keeps_its_one_word_change():
    got = _variants(
        "Hale, of Mill Road, admitted taking indecent photos of children and two counts of indecent assault.",
        "Hale admitted two counts of indecent assault and taking indecent photographs of children.",
    )
    assert ("word_substitution", "photos", "photographs") in [g[2:] for g in got]
    assert not [g for g in got if "taking" in g[3] + g[4]]
    assert len(got) == 2  # ", of Mill Road," cut, "photos" -> "photographs"; "and" moved, no change


@pytest.mark.parametrize(
    "tokens,edges,expected",
    [
        (["went", "on", "strike"], False, True),
        (["of", "the"], False, False),  # function words never move alone
        (["strike"], False, False),  # a common word inside both runs is left to the diff
        (["strike"], True, True),  # ... unless it ends its run on both sides
        (["Kimberley"], False, True),  # a name
        (["1986"], False, True),  # a number
        (["The"], True, False),
    ],
)
def test_is_move(tokens, edges, expected):
    assert is_move(tokens, edges=edges) is expected


def test_one_word_alone_in_its_run_moves():
    # dc23: "already" moved inside its sentence was counted cut and added
    assert is_move(["already"], alone=True) and not is_move(["already"], edges=True)
    assert not is_move([","], alone=True)
