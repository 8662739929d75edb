"""Issue 22, round 13: word-change counts a reader can check (``benchmarks/claims.md``, "Twelfth
round, after the round's fixes": sk42, sk55, sk66, sk92, sk107, sk120, sk134; sk51).

A note the cleaning drops (PA's checked-spelling "(correct)") is no word the version cut; a word
written out on one side and contracted on the other ("I am" / "I'm") is no change; a cut or an
addition is a time change only when it is the time alone; one word in another form is no example
of a word replaced; "I'm" is no name. Invented texts
of the shapes the audit found; each case failed on ``550ba54``."""

from __future__ import annotations

import pytest
from pairs import pair

from corpus_tools.reuse.derivation import body_words, is_fact
from corpus_tools.reuse.novelty import compounds, novel_lists
from corpus_tools.variants.lexical import extract_variants
from corpus_tools.variants.units import is_example, is_rewording


def _rows(src: str, tgt: str) -> list[tuple[str, str, str]]:
    v = extract_variants(pair(src, tgt, "tgt"), source="src")
    return [(r.category, r.source_form, r.form) for r in v.itertuples()]


def _wire(*paragraphs: str) -> str:
    """A PA-style wire take: a control character opens each paragraph, "<" ends it, a sign-off."""
    return "".join(f"\x19{p}<\n" for p in (*paragraphs, "mfl"))


_LATER = (
    "The officer wept as she left the court with her friends and family.",
    "She said she was delighted with the verdict and would go back to work.",
)


# ----------------------------------------------------------------------------- a dropped wire note


@pytest.mark.parametrize(
    "note",
    ["Ellie (correct) Rhys", "Ellie (CORRECT) Rhys", "Ellie Rhys (corr)"],
)
def test_a_note_the_cleaning_drops_is_no_word_cut(note):
    """PA's "(correct)" is dropped from the sentence a reader sees: a paper without it cut nothing."""
    src = _wire(
        f"But magistrate {note} said she was satisfied the officer had acted in self-defence.", *_LATER
    )
    tgt = "\n\n".join(
        ("But magistrate Ellie Rhys said she was satisfied the officer had acted in self-defence.", *_LATER)
    )
    assert _rows(src, tgt) == []


def test_beside_a_dropped_note_a_changed_word_is_still_one_change():
    src = _wire(
        "But magistrate Ellie (correct) Rhys said she was satisfied the officer had acted lawfully.", *_LATER
    )
    tgt = "\n\n".join(
        ("But magistrate Ellie Rhys said she was sure the officer had acted lawfully.", *_LATER)
    )
    assert _rows(src, tgt) == [("word_substitution", "satisfied", "sure")]


def test_a_note_the_cleaning_keeps_is_still_a_word_cut():
    """ "(sic)" is the paper's to keep (cleaning leaves it): a version without it cut it."""
    src = _wire(
        "But magistrate Ellie Rhys said the (sic) officer had acted lawfully in the canteen.", *_LATER
    )
    tgt = "\n\n".join(
        ("But magistrate Ellie Rhys said the officer had acted lawfully in the canteen.", *_LATER)
    )
    assert [r[0] for r in _rows(src, tgt)] == ["deletion"]


# ----------------------------------------------------------------------------- contractions


_SAID = 'The officer said outside the court: "{} very happy and {} waited for this day for a long time."'


@pytest.mark.parametrize(
    ("written", "contracted"),
    [
        (("I am", "I have"), ("I'm", "I've")),
        (("I am", "I have"), ("I\u2019m", "I\u2019ve")),
        (("she is", "she had"), ("she's", "she'd")),
        (("we are", "we will have"), ("we're", "we'll have")),
    ],
)
def test_a_word_written_out_or_contracted_is_no_change(written, contracted):
    assert _rows(_SAID.format(*written), _SAID.format(*contracted)) == []


@pytest.mark.parametrize(
    ("src", "tgt"),
    [
        (
            "She said she would not go back to the station after the verdict.",
            "She said she'd not go back to the station after the verdict.",
        ),
        (
            "She said she did not go back to the station after the verdict.",
            "She said she didn't go back to the station after the verdict.",
        ),
        (
            "She said she will not go back to the station after the verdict.",
            "She said she won't go back to the station after the verdict.",
        ),
    ],
)
def test_the_reading_of_a_contraction_follows_the_other_side(src, tgt):
    """ "she'd" is "she would" against "would", "she had" against "had"; "won't" is "will not"."""
    assert _rows(src, tgt) == []


def test_a_contraction_of_another_word_is_still_a_change():
    """ "I was" / "I'm" is a change ("was" cut), "I have" / "I've" beside it none."""
    rows = _rows(_SAID.format("I was", "I have"), _SAID.format("I'm", "I've"))
    assert [r for r in rows if r[1] == "was"]
    assert not [r for r in rows if "have" in r[1] or "ve" in r[2]]


def test_a_possessive_is_no_contraction():
    """ "the officer's family" is no "the officer is family": the possessive stays a change."""
    rows = _rows(
        "The officer wept as she left the court with the family of the sergeant.",
        "The officer wept as she left the court with the sergeant's family.",
    )
    assert rows


# ----------------------------------------------------------------------------- a time and its neighbours


def test_a_time_paired_across_a_group_leaves_the_words_added_with_it_an_addition():
    """ "today" -> "by a magistrate yesterday": the time changed, "by a magistrate" added."""
    rows = _rows(
        "A black policewoman was today cleared of assault after punching a sergeant in the canteen.",
        "A black policewoman was cleared by a magistrate yesterday of assault after punching a sergeant "
        "in the canteen.",
    )
    assert sorted(rows) == [("insertion", "", "by a magistrate"), ("time_reference", "today", "yesterday")]


def test_a_time_with_its_function_words_stays_one_time_change():
    rows = _rows(
        "A black policewoman was today cleared of assault after punching a sergeant in the canteen.",
        "A black policewoman was cleared on Monday of assault after punching a sergeant in the canteen.",
    )
    assert rows == [("time_reference", "today", "on Monday")]


@pytest.mark.parametrize(
    ("src", "tgt", "category"),
    [
        (
            "She said later that she wanted to return to work at the station as soon as possible.",
            "She wanted to return to work at the station as soon as possible.",
            "attribution_change",
        ),
        (
            "The sergeant was hurt in the canteen and went to hospital with his wife.",
            "The sergeant was hurt in the canteen and later went to hospital with his wife.",
            "time_reference",
        ),
    ],
)
def test_a_cut_or_an_addition_is_a_time_change_only_when_it_is_the_time_alone(src, tgt, category):
    assert [r[0] for r in _rows(src, tgt)] == [category]


# ----------------------------------------------------------------------------- examples and words of its own


@pytest.mark.parametrize(
    ("a", "b", "example"),
    [(["acting"], ["act"], False), (["denies"], ["denied"], False), (["hearing"], ["proceedings"], True)],
)
def test_one_word_in_another_form_is_no_example_of_a_word_replaced(a, b, example):
    """ "acting" -> "act" is a row (a form change) but no example of "word replaced" (sk107)."""
    assert is_example(a, b) is example


def test_a_contraction_with_a_capital_is_no_name_of_its_own():
    """ "I'm" mid-sentence (claims audit sk51: "I've" read as the name "ive")."""
    src = 'The officer said she had waited a long time. "I have made my point," she said.'
    tgt = "The officer said she had waited a long time. She has made her point and I'm glad, she said."
    keys = {k for k, _, _ in body_words(src)} | compounds([src])
    words, names = novel_lists(body_words(tgt), keys, is_fact)
    assert names == []
    assert words == ["glad"]


@pytest.mark.parametrize(
    ("src", "tgt", "expected"),
    [
        ("policewoman", "WPC", [("word_substitution", "policewoman", "WPC")]),
        ("officer", "PC", [("word_substitution", "officer", "PC")]),
        ("officer Wopke", "officer Mr", [("deletion", "Wopke", ""), ("honorific", "", "Mr")]),
    ],
    ids=["description-rank", "description-rank-2", "name-honorific"],
)
def test_a_description_for_a_rank_is_one_replacement(src, tgt, expected):
    """ "policewoman" -> "WPC" is one change (sk27), no cut and addition; a name for a title still two."""
    text = "A black {} was today cleared of attacking a colleague in the canteen of the station."
    assert _rows(text.format(src), text.format(tgt)) == expected


@pytest.mark.parametrize(
    ("src", "tgt", "added"),
    [
        (
            "But the officer claimed she acted in self-defence",
            "But the officer claimed she'd acted in self-defence",
            "'d",
        ),
        (
            "We will investigate the allegations I made at the time",
            "We will investigate the allegations I've made at the time",
            "'ve",
        ),
    ],
)
def test_a_contracted_word_added_is_one_addition(src, tgt, added):
    """ "she'd acted" for "she acted" adds "'d": one change, not an apostrophe and a "d" (sk55)."""
    tail = " after years of abuse from colleagues in her unit."
    assert _rows(src + tail, tgt + tail) == [("insertion", "", added)]


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        (["Sgt"], ["Sergeant"], True),
        (["she", "logs"], ["PC"], False),
        (["Joy"], ["WPC"], False),
        (["A", "delighted", "Miss"], ["Pc"], False),
    ],
)
def test_a_rank_pairs_only_with_one_word_of_description_or_itself_written_out(a, b, one):
    """A rank in capitals read as words must not pair with any words ("she logs" -> "PC")."""
    assert is_rewording(a, b) is one
