"""Issue 22, round 19: word-change shapes of round 18's held-out audit (``benchmarks/claims.md``,
"Held out (round 18)": every change count of beckett and marco wrong).

A version that follows one take of the source where two takes disagree on a figure ("Vardy, 46,"
in the first take, "Vardy, 47," in its substitute) changes nothing there; a name, title and age cut
from a sentence that the version wrote in an earlier one are moved, not cut ("He" added in their
place with them); a sentence aligned on a weak match gives no change rows. Invented texts of the
shapes the audit found; each case but the guards fails on ``b3c2299``."""

from __future__ import annotations

import pandas as pd
from pairs import pair

from corpus_tools import align_sentences, from_records
from corpus_tools.variants.followed import (
    WEAK_DICE,
    WEAK_SCORE,
    named_earlier,
    named_in_source,
    other_take,
    told_in_repeat,
    weak_pairs,
)
from corpus_tools.variants.lexical import extract_variants

_LATER = (
    "The officer left the court with his wife and two friends beside him.\n\n"
    "His lawyer said he would deny every charge when the case came to trial next year."
)


def _rows(v: pd.DataFrame) -> list[tuple]:
    return [
        (r.sent_id, r.category, " ".join(r.source_form.split()), " ".join(r.form.split()))
        for r in v.itertuples()
    ]


# ------------------------------------------------------------------ the take a version follows

_FIRST = (
    "Customs officer in court\n\n"
    "A senior customs officer was appearing in court today accused of taking bribes from importers.\n\n"
    "Chief Inspector Tom Vardy, 46, from Kent police, faces six charges of bribery relating to "
    "payments at the port near Folkestone.\n\n" + _LATER
)
_SUBSTITUTE = (
    "Customs officer in court\n\n"
    "A senior customs officer made a brief appearance in court today accused of taking bribes from "
    "importers.\n\n"
    "Chief Inspector Tom Vardy, 47, of Kent Police, is accused of six charges of bribery at the port "
    "offices in Folkestone.\n\n" + _LATER
)


def _takes(age: str) -> list[tuple]:
    version = (
        "A senior customs officer appeared in court yesterday accused of taking bribes.\n\n"
        f"Tom Vardy, {age}, of Kent Police, is accused of six charges of bribery at the port offices in "
        "Folkestone.\n\n" + _LATER
    )
    corpus = from_records(
        [
            {"doc_id": "t1", "text": _FIRST, "outlet": "wire"},
            {"doc_id": "t2", "text": _SUBSTITUTE, "outlet": "wire"},
            {"doc_id": "p", "text": version, "outlet": "paper"},
        ]
    )
    return _rows(extract_variants(corpus, source=["t1", "t2"]))


def test_a_figure_of_the_take_the_version_follows_is_no_change():
    rows = _takes("46")  # the first take's age, in a sentence aligned to the substitute's
    assert not [r for r in rows if {r[2], r[3]} == {"46", "47"}]
    assert (1, "deletion", "Chief Inspector", "") in rows  # the title is cut from both takes


def test_a_figure_neither_take_gives_stays_a_change():
    rows = _takes("48")
    assert [r[2:] for r in rows if r[3] == "48"] == [("47", "48")]


def _row(sent, start, end, form, src_doc, src_sent, src_form, category):
    return ("p", sent, start, end, form, "", src_doc, src_sent, 0, 0, src_form, "", category, "rewritten")


def test_the_other_take_must_lack_the_words_replaced():
    version = "Tom Vardy, 46, of Kent Police, is accused."
    bounds = {0: (0, len(version))}
    row = _row(0, 11, 13, "46", "t2", 0, "47", "word_substitution")
    every = {
        ("t2", 0): "Tom Vardy, 47, of Kent Police, is accused.",
        ("t1", 0): "Tom Vardy, 46, of Kent Police.",
    }
    assert other_take([row], version, bounds, every) == []
    every[("t1", 0)] = "Tom Vardy, 46, or 47, of Kent Police."  # the other take has both
    assert other_take([row], version, bounds, every) == [row]
    every[("t1", 0)] = "The port's manager, 46, spoke for the importers."  # no counterpart
    assert other_take([row], version, bounds, every) == [row]


# ------------------------------------------------------------------ a sentence told against another take

_EVERY = {
    ("t1", 0): "A senior customs officer was appearing in court today accused of taking bribes.",
    ("t1", 1): "Tom Vardy, 46, from Kent police, faces six charges of bribery at the port near Folkestone.",
    ("t2", 0): "A senior customs officer made a brief appearance in court today.",
    ("t2", 1): "Tom Vardy, 47, of Kent Police, is accused of six charges of bribery at the port offices.",
}


def _told(second: str, ids: tuple = (1,)) -> list[tuple]:
    """A version whose opening is aligned to the first take's two sentences (the second all cut from
    it) and whose second sentence to the substitute's ``ids``."""
    alignment = pd.DataFrame(
        {
            "sent_id": [0, 1],
            "text": ["A customs officer appeared in court yesterday accused of taking bribes.", second],
            "source_doc_id": ["t1", "t2"],
            "source_sent_ids": [(0, 1), ids],
            "other_source_sents": [(), ()],
        }
    )
    cut = _row(0, 70, 70, "", "t1", 1, _EVERY[("t1", 1)], "deletion")
    return told_in_repeat([cut], alignment, _EVERY)


def test_a_sentence_told_against_another_take_is_not_cut_from_the_first():
    assert _told("Tom Vardy, 47, of Kent Police, is accused of six charges of bribery.") == []


def test_a_sentence_told_elsewhere_in_other_words_stays_cut():
    assert len(_told("He was bailed by the magistrates until next month.")) == 1  # aligned, not told
    assert len(_told("Tom Vardy, 47, of Kent Police, is accused of six charges of bribery.", ids=(0,))) == 1


# ------------------------------------------------------------------ a name told earlier

_SRC = (
    "A senior customs officer appeared in court today accused of taking bribes from importers.\n\n"
    "Chief Inspector Tom Vardy, 47, of Dover, is accused of six charges of bribery at the port offices "
    "in Folkestone.\n\n"
    "He was granted unconditional bail by the magistrates until his next appearance in November.\n\n" + _LATER
)


def _named(second: str) -> list[tuple]:
    """The rows of a version whose opening is new, whose second sentence tells the source's bail and
    whose third its charges (the alignment set so: a version told out of order across takes)."""
    version = (
        "THE Chief Inspector of Dover customs was in court yesterday charged with taking bribes.\n\n"
        f"{second}\n\nHe is accused of six charges of bribery at the port offices in Folkestone.\n\n" + _LATER
    )
    corpus = pair(_SRC, version, "tgt")
    a = align_sentences(corpus, source="src")
    a.at[0, "source_sent_ids"], a.at[0, "reuse_class"] = (), "new"
    a.at[1, "source_sent_ids"], a.at[2, "source_sent_ids"] = (2,), (1,)
    return _rows(extract_variants(corpus, source="src", alignment=a))


def test_a_name_and_age_written_earlier_are_moved_not_cut():
    rows = _named("Tom Vardy, 47, was granted bail.")
    assert [r for r in rows if r[0] == 2] == []  # neither the name cut nor "He" added
    assert (1, "deletion", "unconditional", "") in rows


def test_a_name_the_version_never_writes_stays_cut():
    rows = _named("The officer was granted bail.")
    assert (2, "deletion", "Chief Inspector Tom Vardy, 47, of Dover,", "") in rows
    assert (2, "insertion", "", "He") in rows


def test_a_cut_holding_more_than_a_name_stays_cut():
    cut = _row(1, 0, 0, "", "s", 1, "Vardy, 47, who ran the port", "deletion")
    assert named_earlier([cut], {0: "Tom Vardy, 47, who ran the port, was bailed.", 1: "He denies it."}) == [
        cut
    ]
    name = _row(1, 0, 0, "", "s", 1, "Tom Vardy, 47,", "deletion")
    assert named_earlier([name], {0: "Tom Vardy, 47, was bailed.", 1: "He denies it."}) == []
    assert named_earlier([name], {1: "He denies it.", 5: "Tom Vardy, 47, was bailed."}) == [name]  # far on


def _added(form: str, ids: tuple) -> list[tuple]:
    every = {
        ("s", 0): "Tom Vardy, 47, a customs officer, appeared in court today accused of taking bribes.",
        ("s", 1): "He appeared before three magistrates for a brief hearing.",
        ("s", 2): "Vardy, of Hythe, Kent, confirmed his name and his address.",
        ("s", 6): "The case was adjourned until next month.",
    }
    alignment = pd.DataFrame(
        {"sent_id": [0], "source_doc_id": ["s"], "source_sent_ids": [ids], "other_source_sents": [()]}
    )
    return named_in_source([_row(0, 0, 10, form, "s", ids[0], "", "insertion")], alignment, every)


def test_an_address_added_from_the_next_source_sentence_is_moved_not_added():
    assert _added("The 47-year-old, of Hythe, Kent,", (1,)) == []  # the age is 0's, the address 2's


def test_an_address_the_source_never_writes_near_stays_added():
    assert len(_added("The 47-year-old, of Dover, Kent,", (1,))) == 1  # Dover is nowhere
    assert len(_added("The 47-year-old, of Hythe, Kent,", (6,))) == 1  # four sentences away
    assert len(_added("But the Appeal", (1,))) == 1  # a sentence's opening word is no name


# ------------------------------------------------------------------ a pair aligned on a weak match


def test_a_weak_pair_gives_no_rows():
    alignment = pd.DataFrame(
        {
            "sent_id": [0, 1, 2, 3],
            "score": [WEAK_SCORE - 0.1, WEAK_SCORE - 0.1, WEAK_SCORE + 0.1, 0.0],
            "word_dice": [WEAK_DICE - 0.05, WEAK_DICE + 0.05, WEAK_DICE - 0.05, 0.0],
            "reuse_class": ["rewritten", "rewritten", "rewritten", "new"],
            "text": ["The QC added that his client never takes illegal drugs."] * 4,
            "source_text": ["Counsel for the papers asked him if he felt vindicated on the drugs claim."] * 4,
        }
    )
    rows = [_row(s, 0, 1, "x", "s", 0, "y", "word_substitution") for s in range(4)]
    assert [r[1] for r in weak_pairs(rows, alignment)] == [1, 2, 3]
    alignment["text"] = "He is on unconditional bail."  # a short sentence the source holds almost whole
    alignment["source_text"] = "Agreeing to continue his unconditional bail, the judge set a date."
    assert [r[1] for r in weak_pairs(rows, alignment)] == [0, 1, 2, 3]
