"""Issue 22, round 12: word-change counts a reader can check, and words of its own
(``benchmarks/claims_tune11.md``, "The R claims left unchecked above"; n9, cb17, cb29, cb42).

A kept word moved or re-inflected is one change, not a cut and an addition; one attribution
rewritten is one row; one title for another is one row; a rank before a name, capitals opening a
sentence and a description before the source's full name are no names of the text's own.
Invented texts of the shapes the audit found; each case failed on ``51c859c``."""

from __future__ import annotations

import pytest
from pairs import pair

from corpus_tools.reuse.derivation import body_words, is_fact
from corpus_tools.reuse.novelty import compounds, novel_lists
from corpus_tools.variants.lexical import _context, extract_variants
from corpus_tools.variants.pairs import pair_parts


def _rows(src: str, tgt: str) -> list[tuple[str, str, str]]:
    v = extract_variants(pair(src, tgt, "tgt"), source="src")
    return [(r.category, r.source_form, r.form) for r in v.itertuples()]


# ----------------------------------------------------------------------------- one change, one row


def test_a_reinflected_word_is_one_form_change_and_the_rest_of_the_cut_stays():
    """ "for calling" / "who called": a form change; the clause cut with it is a cut of its own."""
    rows = _rows(
        "A farmer was today fined £200 and is in danger of losing his licence for calling a "
        "neighbour - the cousin of singer Tom Baker - a 'lazy old goat'.",
        "A farmer who called a neighbour - the cousin of singer Tom Baker - a 'lazy old goat' was "
        "fined £200 yesterday.",
    )
    assert ("word_substitution", "calling", "who called") in rows
    assert ("deletion", "and is in danger of losing his licence for", "") in rows
    assert len(rows) == 3  # with "today" -> "yesterday"


def test_a_kept_word_reworded_around_is_one_rewording():
    """ "had been bought just three" cut and "he bought a" added: "bought" kept, one change."""
    rows = _rows(
        "The farmer said the lorry had been bought just three weeks before the crash and the court "
        "heard he was drunk.",
        "The farmer said he bought a lorry weeks before the crash and the court heard he was drunk.",
    )
    assert ("word_substitution", "had been bought just three", "he bought a") in rows
    assert not [r for r in rows if r[0] == "insertion"]


def test_one_attribution_rewritten_is_one_row():
    """ "told a court" -> "was called ..., a court heard": not "told" cut, "was" and "heard" added."""
    rows = _rows(
        "The cousin of singer Tom Baker told a court today of her anger at being called a 'lazy old "
        "goat' by a neighbour.",
        "The cousin of singer Tom Baker was called a 'lazy old goat' by a neighbour, a court heard "
        "yesterday.",
    )
    said = [r for r in rows if r[0] == "attribution_change"]
    assert len(said) == 1 and said[0][1] == "told" and said[0][2].endswith("a court heard")
    assert not [r for r in rows if r[0] == "insertion" and r[2] in ("heard", "was")]


@pytest.mark.parametrize(("title", "other"), [("Ms", "WPC"), ("Pc", "WPC"), ("Pc", "Ms")])
def test_one_title_for_another_is_one_honorific_change(title, other):
    rows = _rows(
        f"The farmer shouted insults at {title} Baker over the fence.",
        f"The farmer shouted insults at {other} Baker over the fence.",
    )
    assert rows == [("honorific", title, other)]


def test_a_name_in_a_cut_and_an_addition_does_not_pair_them():
    """Guard: two clauses that both name Baker are two changes, not one rewording."""
    rows = _rows(
        "The farmer said Baker was drunk. Police arrested him at the farm.",
        "The farmer, who Baker said was a bully, said he was drunk. Police arrested him at the farm.",
    )
    assert not [r for r in rows if r[0] == "word_substitution" and "Baker" in r[1] and "Baker" in r[2]]


def test_a_long_clause_holding_the_word_is_a_change_of_its_own():
    """Guard: a 13-word addition that holds a cut's word is not paired with the cut."""
    rows = _rows(
        "Also included in the report were the costs of the bridge.",
        "The report said the bridge, including the new road and the two car parks at the river, "
        "would cost more.",
    )
    assert not [r for r in rows if r[0] == "word_substitution" and "included" in r[1]]


# ----------------------------------------------------------------------------- words of its own

WIRE = (
    "A policeman was today fined for insulting a colleague. Pc Sonia Baker, 36, said she was upset. "
    "David Cole, 22, of Leeds, faces three charges."
)


@pytest.mark.parametrize(
    ("text", "words", "names"),
    [
        ("WPC Sonia Baker, 36, said she was upset.", [], []),  # a rank for PA's "Pc"
        ("A CONSTABLE was fined. Sonia Baker, 36, was upset.", ["CONSTABLE"], []),  # capitals
        ("Engineer David Cole, 22, of Leeds, faces three charges.", ["Engineer"], []),  # a description
        ("DAVID Cole, 22, of Leeds, faces three charges.", [], []),  # capitals, still a name
        ("Tom Cole, 22, of Leeds, faces three charges.", [], [("tom", "cole")]),  # a first name of its own
    ],
)
def test_words_and_names_of_its_own(text, words, names):
    src = {k for k, _, _ in body_words(WIRE)} | compounds([WIRE])
    got_words, got_names = novel_lists(body_words(text), src, is_fact)
    assert got_words == words
    assert got_names == names


def _row(form: str, source_form: str, category: str, version: str, source: str) -> tuple:
    b = version.index(form) if form else version.index("manslaughter") + len("manslaughter")
    a = source.index(source_form)
    return (
        "v",
        1,
        b,
        b + len(form),
        form,
        "",
        "src",
        7,
        a,
        a + len(source_form),
        source_form,
        "",
        category,
        "rewritten",
    )


def test_a_plea_cut_with_its_charge_is_a_cut_and_a_row_the_same_both_sides_is_none():
    source = "Canepe, 21, was convicted of manslaughter, and robbery, also admitted. Dawkins was cleared."
    version = "Canepe, 21, was convicted of manslaughter. Dawkins was cleared."
    rows = [
        _row("", "robbery, also admitted", "attribution_change", version, source),
        _row(".", ".", "quotation_or_apostrophe", version, source),
    ]
    got = pair_parts(rows, version, source, _context)
    assert [(r[12], r[10]) for r in got] == [("deletion", "robbery, also admitted")]


def test_a_cut_attribution_with_its_audience_stays_an_attribution_change():
    """Guard: "told the court" names who heard the words, no plea."""
    source = "Batty told the court the blows were frenzied. He was cleared of manslaughter."
    version = "The blows were frenzied. He was cleared of manslaughter."
    got = pair_parts(
        [_row("", "told the court", "attribution_change", version, source)], version, source, _context
    )
    assert [r[12] for r in got] == ["attribution_change"]


def test_a_place_before_an_institution_stays_a_name():
    """Guard: "Teesside Crown Court" opening a sentence is a name; "court" is a common word of the text."""
    wire = "Smith, 40, appeared at Crown Court today. The court heard he was drunk."
    text = "Teesside Crown Court heard Smith, 40, was drunk. The court was told he fell."
    src = {k for k, _, _ in body_words(wire)} | compounds([wire])
    assert novel_lists(body_words(text), src, is_fact)[1] == [("teesside", "crown", "court")]


def test_a_word_in_capitals_keeps_the_leeway_a_name_has():
    """Guard: "A TEENAGE babysitter" for the source's "teenager" (one letter off) is not a word of its own."""
    wire = "A teenager, 16, was cleared today of harming the baby."
    src = {k for k, _, _ in body_words(wire)} | compounds([wire])
    assert novel_lists(body_words("A TEENAGE babysitter, 16, was cleared."), src, is_fact) == (
        ["babysitter"],
        [],
    )
