"""Words of a text's own: a number's scale and percent words, a name's particles, a ticker's
exchange letters and a decimal number (round 37, branch rkind37; TUNE_37's 2512, 12503, 2971 and
3065, audit36's gs6, ph6 and bb6: ``benchmarks/claims_tune37_r.md``, cause W). Invented texts of
the same shapes."""

import pytest

from corpus_tools.reuse.derivation_words import body_words, is_fact, novelty
from corpus_tools.reuse.novelty import SourceKeys, compounds, novel_lists


def _own(source: str, text: str) -> tuple[list[str], list[tuple[str, ...]]]:
    keys = SourceKeys({k for k, _, _ in body_words(source)} | compounds([source]))
    return novel_lists(body_words(text), keys, is_fact)


SOURCE = "The ministry said tanker rates rose at Porto Alegre after the strike."


@pytest.mark.parametrize(
    ("text", "not_own"),
    [
        ("The ministry said tanker rates rose 12 pct at Porto Alegre after the strike.", "pct"),
        ("The ministry said a five mln cruzado bill followed the strike at Porto Alegre.", "mln"),
        ("The ministry said tanker rates rose 40 per cent at Porto Alegre after the strike.", "cent"),
        ("The ministry said tanker rates rose at Porto Alegre and Sao Joao da Barra.", "da"),
        ("The ministry said rates rose at Porto Alegre, Klaas van der Meulen said.", "van"),
        ("The ministry said Nordtank AG <NDTK.F> raised tanker rates at Porto Alegre.", "F"),
    ],
)
def test_a_facts_parts_are_no_words_of_its_own(text, not_own):
    words, _ = _own(SOURCE, text)
    assert not_own not in words


def test_the_counts_leave_the_parts_to_the_fact():
    words, facts = _own(SOURCE, "Tanker rates rose 12 pct at Sao Joao da Barra, Klaas van der Meulen said.")
    assert words == []
    assert facts == [("12",), ("klaas", "van", "der", "meulen"), ("sao", "joao", "da", "barra")]


def test_a_unit_word_with_no_number_is_still_a_word():
    words, _ = _own(SOURCE, "The ministry said tanker rates rose by the pct rule at Porto Alegre.")
    assert "pct" in words


@pytest.mark.parametrize(
    ("source", "text", "n_facts"),
    [
        ("Output rose 8 pct in 5 months, the bureau said.", "Output rose 8.5 pct, the bureau said.", 1),
        ("Output rose 8.50 pct, the bureau said.", "Output rose 8.5 pct, the bureau said.", 0),
        ("Output rose 8.5 pct, the bureau said.", "Output rose 8.5 pct, the bureau said.", 0),
    ],
)
def test_a_decimal_is_the_sources_only_when_the_source_writes_it(source, text, n_facts):
    keys = SourceKeys({k for k, _, _ in body_words(source)} | compounds([source]))
    assert novelty(body_words(text), keys) == (0, n_facts)
