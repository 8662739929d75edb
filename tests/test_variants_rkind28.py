"""Issue 22, round 28 (branch rkind28): change rows of round 27's held-out claims (claims.md,
"Twenty-seventh round", causes 3 and 7: bl14, po11, kn11, fd11, fd12, fd22).

A replacement row pairs two whole units of the same kind: a side torn from a word ("s market which
killed", the "s" of "Leeds's"), a side opening on a comma, holding a relative clause or stopping on
a preposition one side alone is a cut and an addition (variants/whole_pairs.py). A plural written
singular after a changed determiner ("one of their clothes lines" -> "a clothes line") is a word
replaced, not a misprint (variants/plural_misprints.py). A surname with a particle written alone
("St Clair") is the surname without an honorific, so a paper's "Mr St Clair" is compared with it
(variants/surname_particles.py). Invented texts of the shapes the audit found; every case fails on
``6a5621a`` (the modules are new: by import; the end-to-end cases by their values too)."""

from __future__ import annotations

import pytest

from corpus_tools import from_records
from corpus_tools.variants.lexical import extract_variants
from corpus_tools.variants.plural_misprints import plural_after_change
from corpus_tools.variants.style import house_style
from corpus_tools.variants.surname_particles import surname_alone
from corpus_tools.variants.whole_pairs import is_whole_pair


def _rows(wire: str, paper: str) -> list[tuple[str, str, str]]:
    corpus = from_records([{"doc_id": "w", "text": wire}, {"doc_id": "p", "text": paper}])
    v = extract_variants(corpus, source="w")
    return [(r.source_form.replace("\n", " "), r.form, r.category) for r in v.itertuples()]


@pytest.mark.parametrize(
    ("a", "b", "whole"),
    [
        ("sentenced to", "jailed for", True),  # both stop on a preposition, short: one replacement
        ("never", "not", True),
        ("He", "Mr St Clair", True),  # a pronoun for a name
        ("the couple", "they", True),  # a pronoun for a noun phrase
        ("managed to convince the upper classes", "convinced the gentry", True),
        ("child pornography in", "PERVERT who amassed", False),  # a preposition one side, a relative clause
        ("the defendant", ", for the prosecution,", False),  # a comma-led fragment
        ("he had been born", ", St Clair's pedigree masked", False),
        ("with his elderly", "and to a", False),  # content words against function words
        ("and then patiently", "They", False),  # a pronoun for no noun phrase
        ("Police who seized a computer belonging to", "The home of", False),
        ("Don Dean, prosecuting, said St Clair set up a", "the prosecution said", False),
        ("year", "years at", False),
    ],
)
def test_a_replacement_pairs_whole_units_of_one_kind(a, b, whole):
    assert is_whole_pair(a, b) is whole


_BOMB_WIRE = (
    "Market bomber\n\nA market bomber was sane when he planted a bomb in Leeds killing two people and "
    "injuring 40, according to a prosecution doctor at his trial today.\n\nThe trial continues."
)
_BOMB_PAPER = (
    "A RACIST fanatic was sane when he planted a bomb in Leeds's market which killed two people, "
    "the Crown Court heard yesterday."
)


def test_a_side_torn_from_a_possessive_is_a_cut_and_an_addition():
    rows = _rows(_BOMB_WIRE, _BOMB_PAPER)
    assert not any(c == "word_substitution" and b.startswith("s market") for _, b, c in rows), rows
    assert ("killing", "", "deletion") in rows
    assert ("", "'s market which killed", "insertion") in rows  # its apostrophe no quote mark (rkind35)
    assert ("market bomber", "RACIST fanatic", "word_substitution") in rows  # a whole pair stays


def test_a_plural_made_singular_by_a_changed_determiner_is_no_misprint():
    wire = (
        "Knicker thief\n\nA van driver was caught after his neighbours hung out one of their clothes "
        "lines as bait, a court heard today.\n\nHe admitted theft."
    )
    paper = (
        "A VAN driver was caught after his neighbours hung out a clothes line as bait, a court heard "
        "yesterday."
    )
    rows = _rows(wire, paper)
    assert ("lines", "line", "word_substitution") in rows, rows
    assert not any(c == "misprint" for _, _, c in rows)


def test_a_plural_dropped_with_the_same_neighbours_stays_a_misprint():
    rows = [("p", 0, 8, 13, "place", "", "w", 0, 8, 14, "places", "", "misprint", "")]
    assert plural_after_change(rows, "She had place.")[0][12] == "misprint"


def test_a_surname_with_a_particle_alone_is_compared_with_an_honorific():
    assert [surname_alone(n) for n in (["St", "Clair"], ["Tom", "Clair"], ["Vane"])] == [True, False, True]
    wire = (
        "Fraud trial\n\nA bogus lord who called himself Marc St Clair fooled a bank, a court heard today.\n\n"
        "St Clair, 51, denies seven charges of fraud.\n\nThe prosecution said St Clair set up an account "
        "with a bank.\n\nSt Clair was born in Leeds, the court heard."
    )
    paper = (
        "A bogus lord who called himself Marc St Clair fooled a bank, a court heard yesterday. "
        "Mr St Clair, 51, denies seven charges of fraud. The prosecution said Mr St Clair set up an "
        "account with a bank."
    )
    corpus = from_records([{"doc_id": "w", "text": wire}, {"doc_id": "p", "text": paper}])
    hs = house_style(corpus, source="w")
    row = hs[(hs["doc_id"] == "p") & (hs["dimension"] == "honorifics") & (hs["style"] == "with_honorific")]
    assert (int(row["n"].iloc[0]), int(row["n_total"].iloc[0])) == (1, 1)
