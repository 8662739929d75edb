"""Issue 22, round 20: word-change shapes of round 19's held-out audit (``benchmarks/claims.md``,
"Nineteenth round", cause 3: every change count of the two held-out stories wrong but one).

A phrase cut in one sentence and added four sentences on is moved, not cut and added; a word a
version tells in another sentence built on the same source sentence is not cut; a version that
writes another take's wording (a take no sentence of it is aligned to) changes nothing there; a
description cut and a name added in one kept frame are one replacement; "an estimated" is no
attribution. Invented texts of the shapes the audit found; each case but the guards fails on
``ccf94c0`` (the modules are new: by import)."""

from __future__ import annotations

import pandas as pd

from corpus_tools import from_records
from corpus_tools.text.sentences import sentences
from corpus_tools.variants.categories import categorize
from corpus_tools.variants.far_moves import moved_far, take_wording, told_far, told_linked
from corpus_tools.variants.followed import by_file, settle_version
from corpus_tools.variants.lexical import _context, extract_variants
from corpus_tools.variants.named_again import is_noun_phrase, named_again


def _row(sent, start, end, form, src_doc, src_sent, src_form, category, start_src=0, end_src=0):
    version = ("p", sent, start, end, form, "")
    return (*version, src_doc, src_sent, start_src, end_src, src_form, "", category, "rewritten")


# ------------------------------------------------------------------ a phrase moved across sentences


_PIKE = (
    "Ann Pike poured salt into the sugar at the bakery. She was seen there late at night. "
    "Two staff fell ill. The bakery closed in March. "
    "Pike, from Kirby, Lancashire, was arrested on Monday. She denies the charges."
)


_KIRBY = ", from Kirby, Lancashire,"


def _at(text: str, part: str) -> tuple[int, int]:
    return text.index(part), text.index(part) + len(part)


def test_a_place_cut_in_one_sentence_and_added_four_on_is_moved():
    cut = _row(0, 8, 8, "", "w1", 3, ", from Kirby, Lancashire,", "deletion")
    add = _row(
        4, *_at(_PIKE, ", from Kirby, Lancashire,"), ", from Kirby, Lancashire,", "w2", 7, "", "insertion"
    )
    other = _row(4, *_at(_PIKE, "Monday"), "Monday", "w2", 7, "", "insertion")
    assert moved_far([cut, add, other], _PIKE) == [other]


def test_a_phrase_the_version_writes_twice_tells_no_move():
    twice = _PIKE + " Pike, from Kirby, Lancashire, is 44."
    cut = _row(0, 8, 8, "", "w1", 3, ", from Kirby, Lancashire,", "deletion")
    add = _row(
        4, *_at(_PIKE, ", from Kirby, Lancashire,"), ", from Kirby, Lancashire,", "w2", 7, "", "insertion"
    )
    assert moved_far([cut, add], twice) == [cut, add]


def test_an_age_cut_and_written_at_the_head_of_an_addition_elsewhere_is_moved():
    version = "Ann Pike, 44, is said to have taken the money from the till."
    start = version.index("44")
    end = version.index(" taken")
    cut = _row(4, 90, 90, "", "w1", 6, "the 44-year-old, who", "deletion")
    add = _row(1, start, end, version[start:end], "w1", 5, "", "insertion")
    out = moved_far([cut, add], version, _context)
    assert [r[4] for r in out] == ["is said to have"]  # the age leaves the addition, the rest stays


def test_a_phrase_cut_and_never_written_again_stays_cut():
    cut = _row(0, 8, 8, "", "w1", 3, ", from Wigan, Lancashire,", "deletion")
    add = _row(
        4, *_at(_PIKE, ", from Kirby, Lancashire,"), ", from Kirby, Lancashire,", "w2", 7, "", "insertion"
    )
    assert moved_far([cut, add], _PIKE) == [cut, add]
    one = _row(0, 8, 8, "", "w1", 3, "Kirby", "deletion")  # one word: a word cut, not a phrase
    assert moved_far([one, add], _PIKE) == [one, add]


def _far(last: str, held_by_its_source: bool = False) -> list[tuple]:
    texts = ["Ann Pike poured salt into the sugar at the bakery.", "Two staff fell ill.", last]
    alignment = pd.DataFrame(
        {
            "sent_id": [0, 1, 2],
            "text": texts,
            "source_doc_id": ["w1", "w1", "w1"],
            "source_sent_ids": [(3,), (4,), (12,)],
            "other_source_sents": [(), (), ()],
        }
    )
    own = "Pike, from Kirby, denies the charges, the court heard." if held_by_its_source else "She denies it."
    every = {("w1", 12): own}
    cut = _row(1, 4, 4, "", "w1", 4, "Pike, from Kirby,", "deletion")
    return told_far([cut], alignment, every)


def test_a_phrase_cut_and_written_once_in_a_sentence_that_gives_no_rows_is_told_there():
    assert _far("Pike, from Kirby, denies the charges.") == []


def test_a_phrase_written_twice_or_from_its_own_source_stays_cut():
    assert len(_far("Pike, from Kirby, denies the charges.", held_by_its_source=True)) == 1
    assert len(_far("She denies the charges.")) == 1  # written nowhere else
    cut = _row(1, 4, 4, "", "w1", 4, "he told the jury", "deletion")  # an attribution: no phrase moved
    alignment = pd.DataFrame(
        {"sent_id": [0], "text": ["Pike told the jury she was innocent."], "source_doc_id": ["w1"],
         "source_sent_ids": [(2,)], "other_source_sents": [()]}
    )  # fmt: skip
    assert told_far([cut], alignment, {}) == [cut]


# ------------------------------------------------------------------ told in another sentence aligned there


def _linked(opening: str) -> list[tuple]:
    alignment = pd.DataFrame(
        {
            "sent_id": [0, 3],
            "text": [opening, "Pike poured the salt into the sugar over three nights."],
            "source_doc_id": ["w2", "w1"],
            "source_sent_ids": [(9,), (8,)],
            "other_source_sents": [(("w1", 8),), ()],
        }
    )
    cuts = [_row(3, 5, 5, "", "w1", 8, "Ann", "deletion"), _row(3, 30, 30, "", "w1", 8, "brown", "deletion")]
    return told_linked(cuts, alignment)


def test_a_word_the_opening_tells_from_the_same_source_sentence_is_not_cut():
    assert [r[10] for r in _linked("Bitter Ann Pike mixed brown salt into the sugar, the court heard.")] == []


def test_a_word_no_other_sentence_tells_stays_cut():
    assert [r[10] for r in _linked("Bitter Ann Pike mixed salt into the sugar, the court heard.")] == [
        "brown"
    ]


# ------------------------------------------------------------------ another take's wording

_W1 = "The jury in the Pike trial was sent home for a second night without returning any verdicts."
_W3 = "Jurors were later sent home again after failing to agree verdicts on the poisoning charges."
_VERSION = "The jury in the Pike trial was sent home for a second night after failing to agree verdicts."
_ALIGNMENT = pd.DataFrame(
    {"sent_id": [0], "start": [0], "end": [len(_VERSION)], "text": [_VERSION], "source_doc_id": ["w2"]}
)


def _wording(other: str, form: str = "after failing to agree", old: str = "without returning any") -> list:
    start = _VERSION.index(form)
    row = _row(0, start, start + len(form), form, "w2", 4, old, "word_substitution" if old else "insertion")
    every = {("w2", 4): _W1, ("w3", 2): other}
    return take_wording([row], _ALIGNMENT, every, _VERSION)


def test_another_takes_wording_is_no_change():
    assert _wording("The jury was later sent home for a second night after failing to agree verdicts.") == []


def test_wording_no_take_writes_or_every_take_writes_stays_a_change():
    assert len(_wording("The jury was later sent home for a second night without any verdicts.")) == 1
    both = "Without returning any verdicts, the jury was sent home after failing to agree."
    assert len(_wording(both)) == 1  # the other take has the words replaced too
    assert len(_wording("Pike denies the charges after failing to agree a plea.")) == 1  # no counterpart


def _place(other: str) -> list[str]:
    version = "Pike, of Kirby, Lancashire, denies poisoning four neighbours."
    start = version.index("of Kirby")
    rows = [
        _row(0, start - 1, start - 1, "", "w2", 4, "44, of Bell Street, Hale", "deletion"),
        _row(0, start, start + 8, "of Kirby", "w2", 4, "", "insertion"),
    ]
    alignment = _ALIGNMENT.assign(end=len(version), text=version)
    every = {
        ("w2", 4): "Pike, 44, of Bell Street, Hale, Lancashire, is accused of poisoning four neighbours."
    }
    every[("w3", 1)] = other
    return [r[10] or r[4] for r in take_wording(rows, alignment, every, version)]


def test_a_cut_at_the_place_of_another_takes_words_goes_only_when_that_take_lacks_it():
    assert _place("Pike, of Kirby, Lancashire, denies poisoning four neighbours at home.") == []
    full = "Pike, 44, of Bell Street, Hale, near Kirby, Lancashire, denies poisoning four neighbours."
    assert _place(full) == ["44, of Bell Street, Hale"]  # the age and street are cut from both takes


def test_words_of_attribution_are_every_takes():
    version = "The court heard the jury was sent home for a second night."
    start = version.index("court heard")
    row = _row(0, start, start + 11, "court heard", "w2", 4, "", "insertion")
    alignment = _ALIGNMENT.assign(end=len(version), text=version)
    every = {
        ("w2", 4): "The jury was sent home for a second night.",
        ("w3", 2): "The court heard the jury was sent home early for a second night.",
    }
    assert take_wording([row], alignment, every, version) == [row]


def _wire(third: str = _W3) -> pd.DataFrame:
    tail = "Ann Pike, 44, of Kirby, denies poisoning four neighbours at the bakery she ran in the town."
    return from_records(
        [
            {"doc_id": "w1", "text": f"Pike trial\n\n{_W1}\n\n{tail}", "story": "pike", "group": "wire"},
            {
                "doc_id": "w3",
                "text": f"Pike trial\n\n{third}\n\nThe case goes on.",
                "story": "pike",
                "group": "wire",
            },
            {
                "doc_id": "p",
                "text": "Pike trial\n\nThe jury in the Pike trial was sent home for a second night after "
                "failing to agree verdicts.\n\n" + tail,
                "story": "pike",
                "group": "paper",
            },
        ]
    )


def test_a_take_no_sentence_is_aligned_to_is_read_through_its_story_and_group():
    corpus = _wire()
    alignment = pd.DataFrame({"doc_id": ["p"], "source_doc_id": ["w1"], "other_source_sents": [()]})
    every = {("w1", 1): _W1}
    files = by_file(every, alignment, corpus, sentences(corpus.loc[["w1", "w3"]]))
    assert "w3" in files and files.near["w1"] == {"w1", "w3"}
    assert by_file(every, alignment).near["w1"] == {"w1"}  # no corpus: the files named only


def _paper_rows(corpus: pd.DataFrame) -> list[tuple]:
    v = extract_variants(corpus, source=["w1", "w3"], sentences=sentences(corpus))  # every document's
    return [(r.source_doc_id, r.source_form, r.form) for r in v[v.doc_id == "p"].itertuples()]


def test_the_wording_of_a_take_no_sentence_is_aligned_to_is_no_change():
    assert [r for r in _paper_rows(_wire()) if "returning" in r[1] or "failing" in r[2]] == []
    assert settle_version([], pd.DataFrame(columns=["source_doc_id", "other_source_sents"]), {}, "") == []


def test_without_the_story_the_take_is_not_read():
    rows = _paper_rows(_wire().drop(columns=["story", "group"]))
    # still a change, read against w1; one replacement since wchg24 (a rewording in a kept frame,
    # variants/reworded.py), a cut and an addition before it
    assert ("w1", "without returning any", "after failing to agree") in rows


# ------------------------------------------------------------------ a noun phrase named again


def _named(version: str, source: str, cut: str, added: str) -> list[tuple]:
    a = version.index(added)
    s = source.index(cut)
    rows = [
        _row(0, a, a, "", "w1", 2, cut, "deletion", s, s + len(cut)),
        _row(0, a, a + len(added), added, "w1", 2, "", "insertion", s + len(cut), s + len(cut)),
    ]
    return named_again(rows, version, source)


def test_a_description_and_a_name_in_one_frame_are_one_replacement():
    source = "The eight women and four men had spent a total of nine hours on their verdicts."
    version = "The jurors had spent a total of nine hours on their verdicts."
    out = _named(version, source, "eight women and four men", "jurors")
    assert [(r[10], r[4], r[12]) for r in out] == [
        ("eight women and four men", "jurors", "word_substitution")
    ]
    version, source = "Mrs Justice Hale told the jury to rest.", "The judge told the jury to rest."
    out = _named(version, source, "The judge", "Mrs Justice Hale")
    assert [(r[10], r[4]) for r in out] == [("The judge", "Mrs Justice Hale")]


def test_phrases_in_another_frame_or_not_noun_phrases_stay_a_cut_and_an_addition():
    version, source = "The jurors were sent home.", "The eight women and four men had spent nine hours."
    out = _named(version, source, "eight women and four men", "jurors")
    assert len(out) == 2  # "were" / "had": another frame
    version, source = "Her tea shop was called a magnet by one officer.", "Ann Pike was called a magnet."
    out = _named(version, source, "Ann Pike", "Her tea shop")
    assert len(out) == 2  # one frame, but a thing someone owns is not the person named
    assert is_noun_phrase("was told") is False and is_noun_phrase("of the lesser charge") is False


# ------------------------------------------------------------------ an estimated figure


def test_an_estimated_figure_is_no_attribution():
    assert categorize("an estimated", "") == "deletion"
    assert categorize("", "a reported") == "insertion"
    assert categorize("said", "") == "attribution_change"  # a reporting verb alone still is
