"""Names, numbers and words of a text's own: the source's hour, day or phrase written another way
(round 38, branch rkind38; TUNE_38's 21338 of 21341, "10 a.m." for "1000 EDT" and "Monday" for
"today", ``benchmarks/claims_tune38_r.md``, cause W; audit37's 5125, "bpd" for "barrels per day",
``benchmarks/claims.md``, round 37, cause 7). Invented texts of the same shapes."""

import pytest

from corpus_tools.reuse.derivation_words import body_words, is_fact
from corpus_tools.reuse.novelty import SourceKeys, compounds, novel_lists


def _own(source: str, text: str) -> tuple[list[str], list[tuple[str, ...]]]:
    keys = SourceKeys({k for k, _, _ in body_words(source)} | compounds([source]))
    return novel_lists(body_words(text), keys, is_fact)


SOURCE = (
    "The Dockers Union will present its wage claim later today to the port authority, the union said. "
    "It has said it will walk out at 0600 GMT/0100 EST on Friday, halting 30,000 barrels per day of exports."
)


def test_the_copy_that_names_the_day_and_the_hour_adds_no_fact():
    text = (
        "The Dockers Union will present its wage claim later Wednesday to the port authority, the union "
        "said. It will walk out at 6 a.m. GMT on Friday, halting 30,000 bpd of exports."
    )
    words, facts = _own(SOURCE, text)
    assert facts == []
    assert words == []


@pytest.mark.parametrize(
    ("text", "own_fact"),
    [
        # another hour than the source's is a fact of its own
        ("The union will walk out at 9 a.m. GMT on Friday.", ("9",)),
        # the text keeps the source's "today" and names another day as well: that day is its own
        ("The union will present its claim today and walk out on Wednesday.", ("wednesday",)),
    ],
)
def test_another_hour_or_a_day_beside_the_source_word_stays_its_own(text, own_fact):
    assert own_fact in _own(SOURCE, text)[1]


def test_a_day_without_the_source_saying_today_stays_its_own():
    source = "The Dockers Union will present its wage claim to the port authority, the union said."
    assert ("wednesday",) in _own(source, "The union will present its claim on Wednesday.")[1]


def test_a_day_elsewhere_than_the_source_words_for_the_day_stays_its_own():
    # METER courts: the wire says "today", the paper names a Sunday paper and a day of the past
    text = "The union told a Sunday newspaper that the claim was made last Monday at the port."
    facts = _own(SOURCE, text)[1]
    assert ("sunday",) in facts
    assert ("monday",) in facts


def test_initials_of_no_run_of_the_source_stay_words_of_its_own():
    words, _ = _own(SOURCE, "The union said exports of 30,000 bpd and 20 mcf a day of gas would stop.")
    assert "bpd" not in words
    assert "mcf" in words  # no "m... c... f..." run in the source


def test_a_24_hour_figure_without_a_zone_is_no_time():
    source = "The port handled 1000 tonnes of cargo, the union said."
    assert ("10",) in _own(source, "The union said it would strike at 10 a.m.")[1]
