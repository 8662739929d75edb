"""Issue 22, round 34 (branch rkind34): a sentence the parser broke inside or before Reuters' ticker
markup is one sentence (``corpus_tools/text/ticker_breaks.py``). Invented text of the shape of
TUNE_34's 9833 ("... to merge into <" / "Rio Tinto-Zinc Corp PLC> for cash.": cause T of
``benchmarks/claims_tune34_r.md``) and round 32's "Corp." before a ticker; both fail on
``d551958``."""

from __future__ import annotations

import corpus_tools as ct
from corpus_tools.text.sentences import sentences
from corpus_tools.text.ticker_breaks import join_ticker_breaks

_MERGER = (
    "Halvard Mining Co said it has signed\na letter of intent to merge into <Ostrava-Zinc Corp PLC> for\n"
    "cash.\n"
    "    The company said its assets will include only copper and cobalt operations.\n"
    "    <Varro Ltd> of Perth said <Ostrava Bank Corp> of London has issued a letter of credit.\n"
)


def test_a_sentence_is_not_cut_at_a_tickers_opening_bracket():
    told = sentences(ct.from_records([{"doc_id": "a", "text": _MERGER}]))["text"].tolist()
    lead = "Halvard Mining Co said it has signed\na letter of intent to merge into <Ostrava-Zinc Corp PLC>"
    assert told[0] == lead + " for\ncash."
    # a bracketed name opening a sentence stays its first word
    assert told[1:] == [
        "The company said its assets will include only copper and cobalt operations.",
        "<Varro Ltd> of Perth said <Ostrava Bank Corp> of London has issued a letter of credit.",
    ]


def test_a_ticker_after_an_abbreviated_ending_joins_the_sentence_before():
    text = "Ridgeback Resources Inc. <RBR> said it would vote for the plan. <Varro Ltd> said no."
    assert join_ticker_breaks(text, [[0, 24], [25, 63], [64, 84]]) == [[0, 63], [64, 84]]


def test_a_capitalised_and_after_us_before_a_name_is_not_a_new_sentence():
    text = (
        "Grain stocks on farms in the U.S. And Canada were put at 91.4 mln tonnes on May 1, down\n"
        "from 97 mln tonnes, the council said.\n"
        "    And it is possible that later data will show a larger fall, it said.\n"
    )
    told = sentences(ct.from_records([{"doc_id": "a", "text": text}]))["text"].tolist()
    assert len(told) == 2 and told[0].startswith("Grain stocks") and told[0].endswith("the council said.")
