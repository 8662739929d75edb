"""The rules of the fact finder that the real update series of Reuters-21578 called for
(benchmarks/family.md): each false fact kind read there, on sentences written for the test."""

from __future__ import annotations

import pytest

from corpus_tools.io.paragraphs import paragraph_spans
from corpus_tools.variants.changes import pair_changes
from corpus_tools.variants.facts import facts
from corpus_tools.variants.name_forms import holds_name


def _names(sentence: str) -> list[str]:
    return [text for kind, text, _ in facts(sentence) if kind == "name"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a run of capitalised words at a sentence start is a name; a lone first word is not
        ("White House spokesman Marlin Fitzwater said so.", ["White House", "Marlin Fitzwater"]),
        ("Company spokesman Dale Coffin said so.", ["Dale Coffin"]),
        # joined over "and" after an "of", and before a company's last word
        (
            "He met the Ministry of International Trade and Industry.",
            ["Ministry of International Trade and Industry"],
        ),
        ("Owen Evans of broker Meares and Philips Ltd said so.", ["Owen Evans", "Meares and Philips Ltd"]),
        # a contraction, a compound in lower case, a ticker, the currency are not names
        ('"I\'m sure," said Baldrige.', ["Baldrige"]),
        ("The Australian-owned assets went to Esso.", ["Esso"]),
        ("Exxon Corp <XON> and Broken Hill <BRKN.S> agreed.", ["Exxon Corp", "Broken Hill"]),
        ("Oil rose above 20 U.S. Dlrs a barrel in Texas.", ["Texas"]),
        # Reuters' capital "And" after "U.S." splits two names
        ("Britain, Japan, the U.S. And West Germany agreed.", ["Japan", "U.S.", "West Germany"]),
    ],
)
def test_names(sentence, expected):
    assert _names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "key"),
    [("It sold 33 per cent of the firm.", "33pct"), ("Oil rose above 20 U.S. Dlrs a barrel.", "20dlrs")],
)
def test_number_units(sentence, key):
    assert [k for kind, _, k in facts(sentence) if kind == "number"] == [key]


@pytest.mark.parametrize(
    ("text", "key", "names", "held"),
    [
        ("cental soya co inc was sold", "central soya co inc", {"cental soya co inc"}, True),
        ("cental soya co inc was sold", "central soya", {"cental soya co inc"}, True),
        ("he told reuters", "reuter", set(), True),
        ("japanese officials met", "japan", set(), True),
        ("south korea exports rose", "south korean", set(), True),
        (
            "ferruzzi agricola finanziaria bought it in italy",
            "ferruzzi agricola finanziaria of italy",
            set(),
            True,
        ),
        ("csr and esso agreed", "csr-esso", set(), True),
        # a different name is not a spelling fixed: "Smith" / "Smyth" (too short to tell)
        ("smyth said", "smith", {"smyth"}, False),
        ("the talks in paris", "london", set(), False),
    ],
)
def test_holds_name(text, key, names, held):
    assert holds_name(text, key, names) is held


def test_spelling_fixed_is_no_fact_change():
    parent = "Shamrock sold Cental Soya Co Inc to Ferruzzi on Monday.\n\nThe price was 370 mln dlrs."
    child = "Shamrock sold Central Soya Co Inc to Ferruzzi on Monday.\n\nThe price was 370 mln dlrs."
    ch = pair_changes(child, parent)
    assert ch[ch.section == "fact"].empty


def test_short_first_line_continued_in_lower_case_is_one_paragraph():
    text = "<Noranda Inc> said\nproduction will remain shut down at its copper mine for now.\n"
    assert paragraph_spans(text) == [(0, len(text) - 1)]
