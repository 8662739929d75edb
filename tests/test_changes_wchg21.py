"""Issue 22, round 21: word-change shapes of round 20's held-out audit (``benchmarks/claims.md``,
"Twentieth round", cause 4: every change count of the two held-out stories wrong).

A verb of saying inside a quotation on both sides is a word change, no attribution change; a
replacement whose one side is the other with a word more at one end is that word added or cut; an
attribution cut and an attribution added in one sentence, its only two halves of attribution, are
one change; the words an addition takes from another source sentence its sentence is aligned to
(a sentence fused from two) are not added. Invented texts of the shapes the audit found; each case
but the guards fails on ``cf3b5d3`` (the modules are new: by import)."""

from __future__ import annotations

import pandas as pd

from corpus_tools import from_records
from corpus_tools.text.sentences import sentences
from corpus_tools.variants.lexical import _context, extract_variants
from corpus_tools.variants.linked_words import told_in_linked
from corpus_tools.variants.row_units import contained, joined_attribution, quoted_verbs


def _row(sent, start, end, form, src_doc, src_sent, src_form, category, start_src=0, end_src=0):
    version = ("p", sent, start, end, form, "")
    return (*version, src_doc, src_sent, start_src, end_src, src_form, "", category, "rewritten")


def _at(text: str, part: str) -> tuple[int, int]:
    return text.index(part), text.index(part) + len(part)


# ------------------------------------------------------------- a verb of saying inside a quotation

_NURSE_SOURCE = "``He asked me if he could ride his bike again,'' said Dr Ames."
_NURSE_PAPER = 'Dr Ames said: "He was asking if he could ride his bike again."'


def test_a_verb_of_saying_inside_the_quotation_on_both_sides_is_a_word_change():
    row = _row(0, *_at(_NURSE_PAPER, "was asking"), "was asking", "w", 1, "asked me", "attribution_change")
    row = row[:8] + _at(_NURSE_SOURCE, "asked me") + row[10:]
    out = quoted_verbs([row], _NURSE_PAPER, _NURSE_SOURCE)
    assert [r[12] for r in out] == ["word_substitution"]
    cut = _row(0, 9, 9, "", "w", 1, "asked me", "attribution_change", *_at(_NURSE_SOURCE, "asked me"))
    assert [r[12] for r in quoted_verbs([cut], _NURSE_PAPER, _NURSE_SOURCE)] == ["deletion"]


def test_the_texts_own_attribution_stays_an_attribution_change():
    row = _row(0, *_at(_NURSE_PAPER, "said"), "said", "w", 1, "said", "attribution_change")
    row = row[:8] + _at(_NURSE_SOURCE, "said") + row[10:]
    assert quoted_verbs([row], _NURSE_PAPER, _NURSE_SOURCE) == [row]  # guard: outside the quotation
    edge = _row(0, 9, 9, "", "w", 1, ",'' said", "attribution_change", *_at(_NURSE_SOURCE, ",'' said"))
    assert quoted_verbs([edge], _NURSE_PAPER, _NURSE_SOURCE) == [edge]  # guard: across the quote's edge


def test_a_quoted_verb_through_extract_variants_is_no_attribution_change():
    corpus = from_records(
        [
            {"doc_id": "w", "text": "Bike crash\n\n" + _NURSE_SOURCE + " The boy is 9."},
            {"doc_id": "p", "text": "Bike crash\n\n" + _NURSE_PAPER + " The boy is 9."},
        ]
    )
    v = extract_variants(corpus, source="w", sentences=sentences(corpus))
    asking = v[v["form"].str.contains("asking")]
    assert len(asking) == 1 and asking["category"].tolist() != ["attribution_change"]


# --------------------------------------------------------------- a replacement holding its source


def test_a_word_more_at_one_end_of_a_replacement_is_an_addition_or_a_cut():
    paper, wire = "She had deep fear of heights.", "She had fear of heights."
    row = _row(
        0, *_at(paper, "deep fear"), "deep fear", "w", 1, "fear", "word_substitution", *_at(wire, "fear")
    )
    (out,) = contained([row], paper, wire, _context)
    assert (out[4], out[10], out[12]) == ("deep", "", "insertion")
    assert paper[out[2] : out[3]] == "deep" and out[8] == out[9] == wire.index("fear")
    paper, wire = "He drove a van.", "He drove an old van."
    row = _row(0, *_at(paper, "a"), "a", "w", 1, "an old", "word_substitution", *_at(wire, "an old"))
    (out,) = contained([row], paper, wire, _context)  # "a" and "an" one word
    assert (out[4], out[10], out[12]) == ("", "old", "deletion")


def test_a_replacement_of_other_words_stays_a_replacement():
    paper, wire = "Drugs to cure her fear.", "Drugs to treat her fear."
    row = _row(0, *_at(paper, "cure"), "cure", "w", 1, "treat", "word_substitution", *_at(wire, "treat"))
    assert contained([row], paper, wire, _context) == [row]  # guard
    paper, wire = "It was a deep old fear.", "It was a fear."
    row = _row(0, *_at(paper, "deep old fear"), "deep old fear", "w", 1, "fear", "word_substitution")
    row = row[:8] + _at(wire, "fear") + row[10:]
    (out,) = contained([row], paper, wire, _context)
    assert out[4] == "deep old" and out[12] == "insertion"  # the run, not its words one by one


# -------------------------------------------------- an attribution cut and added across a sentence


def test_an_attribution_cut_and_another_added_in_one_sentence_are_one_change():
    cut = _row(1, 40, 40, "", "w", 3, "He questioned", "attribution_change", 120, 130)
    add = _row(1, 20, 25, "asked", "w", 2, "", "attribution_change", 90, 90)
    other = _row(1, 30, 35, "", "w", 2, "recently", "deletion", 95, 103)
    out = joined_attribution([add, other, cut])
    assert len(out) == 2 and other in out
    (one,) = [r for r in out if r[12] == "attribution_change"]
    assert (one[4], one[10], one[7], one[2], one[8]) == ("asked", "He questioned", 3, 20, 120)


def test_attribution_halves_that_are_not_two_verbs_of_saying_stay():
    cut = _row(1, 40, 40, "", "w", 3, "He questioned", "attribution_change")
    add = _row(1, 20, 31, "Mr Tom Reed", "w", 2, "", "attribution_change")
    assert joined_attribution([add, cut]) == [add, cut]  # guard: no verb of saying added
    said = _row(1, 50, 54, "said", "w", 3, "", "attribution_change")
    assert joined_attribution([add, cut, said]) == [add, cut, said]  # guard: three halves
    far = _row(2, 20, 25, "asked", "w", 2, "", "attribution_change")
    assert joined_attribution([far, cut]) == [far, cut]  # guard: another sentence


# -------------------------------------------------- words of another aligned source sentence


_FUSED = "At the trial, Jones, of Elm Row, Hull, was described by the prosecution as a bully."
_OTHER = "Jones, 60, formerly of the Oak Centre, in Elm Row, near Hull, stood in the dock as the judge spoke."
_POLICE = "Jones 60, formerly of Elm Row, Hull, went to police and blamed a neighbour."


def _alignment(other=(("w2", 9),)) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": ["p"],
            "sent_id": [2],
            "source_doc_id": ["w1"],
            "source_sent_ids": [(5,)],
            "other_source_sents": [tuple(other)],
        }
    )


_EVERY = {("w1", 5): "Described at the trial as a bully, Jones wore a red tie.", ("w2", 9): _OTHER}


def test_an_addition_another_aligned_source_sentence_writes_is_not_added():
    add = _row(
        2, *_at(_FUSED, ", of Elm Row, Hull, was"), ", of Elm Row, Hull, was", "w1", 5, "", "insertion"
    )
    keep = _row(2, *_at(_FUSED, "by the prosecution"), "by the prosecution", "w1", 5, "", "insertion")
    assert told_in_linked([add, keep], _alignment(), _EVERY, _FUSED, _context) == [keep]


def test_an_addition_opening_with_another_sentences_words_is_narrowed():
    add = _row(2, *_at(_POLICE, _POLICE[:-1]), _POLICE[:-1], "w1", 5, "", "insertion")
    (out,) = told_in_linked([add], _alignment(), _EVERY, _POLICE, _context)
    assert out[4] == "went to police and blamed a neighbour" and _POLICE[out[2] : out[3]] == out[4]


def test_words_of_a_sentence_not_aligned_or_one_word_stay_added():
    add = _row(
        2, *_at(_FUSED, ", of Elm Row, Hull, was"), ", of Elm Row, Hull, was", "w1", 5, "", "insertion"
    )
    assert told_in_linked([add], _alignment(other=()), _EVERY, _FUSED, _context) == [add]  # guard
    hull = _row(2, *_at(_FUSED, "Hull"), "Hull", "w1", 5, "", "insertion")
    assert told_in_linked([hull], _alignment(), _EVERY, _FUSED, _context) == [hull]  # guard: one word
    own = _row(
        2, *_at(_FUSED, ", of Elm Row, Hull, was"), ", of Elm Row, Hull, was", "w2", 9, "", "insertion"
    )
    assert told_in_linked([own], _alignment(), _EVERY, _FUSED, _context) == [own]  # guard: its own sentence


def test_an_addition_holding_two_sentences_words_at_its_two_ends_is_narrowed_at_both():
    paper = "Jones 60, formerly of Elm Row, Hull, went to police and called Jones a bully at the trial."
    add = _row(2, 0, len(paper) - 1, paper[:-1], "w1", 7, "", "insertion")
    every = {**_EVERY, ("w1", 7): "Police were called."}
    alignment = _alignment().assign(source_sent_ids=[(5, 7)])
    (out,) = told_in_linked([add], alignment, every, paper, _context)
    assert out[4] == "went to police and called"  # the head is w2 9's, the tail w1 5's
