"""Words of its own (issue 22, round 6): a source word written otherwise is the source's; a name of
several words and a number of several parts count once. Invented texts of the shapes the claims
audit found (benchmarks/claims.md, fifth round, "Words of its own")."""

from __future__ import annotations

import pytest

from corpus_tools.reuse.derivation import body_words, is_fact
from corpus_tools.reuse.novelty import compounds, novel_lists


def _own(source: str, text: str) -> tuple[list[str], list[tuple[str, ...]]]:
    source_keys = {k for k, _, _ in body_words(source)} | compounds([source])
    return novel_lists(body_words(text), source_keys, is_fact)


@pytest.mark.parametrize(
    "source, text",
    [
        # a number in figures for the source's words, and the other way round (j11, j33, bs42)
        ("The baker was jailed for three-and-a-half years.", "The baker was jailed for 3 1/2 years."),
        ("The 14-month-old boy was taken to hospital.", "Fourteen-month-old boy was taken to hospital."),
        # a figure and its unit apart or together (bs39, bs53, bs65, bs42)
        (
            "She rang the surgery at 9.45pm about the 6ft fence.",
            "She rang the surgery at 9.45 pm about the 6 ft fence.",
        ),
        ("She rang the surgery at 9.45 pm.", "She rang the surgery at 9.45pm."),
        # a compound with or without its hyphen (j57, bs65)
        (
            "The police praised their cooperation after the autopsy.",
            "The police praised their co-operation after the autopsy.",
        ),
        ("A post-mortem showed head injuries.", "A postmortem showed head injuries."),
        # a contraction of stop words (j54, j63)
        ("He said he had lost everything.", "He said: 'I've lost everything.'"),
        # a county spelt out where the source abbreviates it (j43)
        ("The baker, of Reading, Berks, was jailed.", "The baker, of Reading, Berkshire, was jailed."),
        # a long word misprinted by one letter, "rn" read for "m" (i2, bs26)
        ("The stipendiary magistrate heard the case.", "The stipendary magistrate heard the case."),
        ("The blows were coming from above.", "The blows were corning from above."),
    ],
)
def test_a_source_word_written_otherwise_is_not_its_own(source, text):
    assert _own(source, text) == ([], [])


def test_a_name_of_several_words_counts_once():
    source = "The baker, 61, was jailed at Leeds Crown Court."
    text = (
        "The baker, 61, once played drums for the Blue Harbour Kings. Tom Wade and Wade's band toured "
        "for the Bank of Leeds, Bradford."
    )
    words, names = _own(source, text)
    # (j11, j21) "Blue Harbour Kings" one name, "Tom Wade" one, the lone "Wade" inside it, "Bank of
    # Leeds" one; "Bradford" after a comma another
    assert names == [("bank", "leeds"), ("blue", "harbor", "kings"), ("bradford",), ("tom", "wade")]
    assert words == ["played", "drums", "band", "toured"]


def test_a_name_at_a_sentence_start_that_starts_a_longer_name_is_a_name():
    source = "Three men were convicted with the baker."
    text = "Three men were convicted with the baker. Nadia Okoro, 44, and Pavel Drozd were also convicted."
    words, names = _own(source, text)
    # (j60, j63, m2, i2, t2, g2) "Nadia" starts the sentence and the name: no word of its own
    assert words == []
    assert names == [("44",), ("nadia", "okoro"), ("pavel", "drozd")]


def test_a_new_word_or_name_stays_its_own():
    # one letter apart in short words is two words ("paid" is no misprint of "said"), a new number
    # is new, a list of places is several names, a small number in figures is not the source's
    # count in words (a date's "8" against "eight women"): "October 8" is a date the source has not
    # ("in October"), one name or number of its own (round 18, own18)
    source = "The baker said in October he would appear in court at 9pm before eight women."
    text = "The baker paid the fine at 10pm on October 8 in Leeds, Bradford and York."
    words, names = _own(source, text)
    assert words == ["paid", "fine"]
    assert names == [("10pm",), ("bradford",), ("leeds",), ("october", "8"), ("york",)]


def test_a_prefix_with_a_hyphen_is_one_word_with_the_word_it_joins():
    source = "The baker and two other men were convicted, the former baker said."
    text = "The baker and two co-defendants were convicted, anti-Wade protesters heard the ex-baker."
    words, _ = _own(source, text)
    # "co-defendants" is one word of its own (j63 counted "co" too); "anti" of a name stays, and so
    # does "ex" of a source word ("ex-baker" for "former baker": "ex" is the compound's new word)
    assert words == ["defendants", "anti", "protesters", "heard", "ex"]


def test_a_title_before_a_name_at_a_sentence_start_is_a_word():
    source = "Sergeant Ian Vale found the car."
    text = "Police Sergeant Ian Vale found the car."
    # (lovers22_star, dj times "Judge Viktor Mach") the title stays a word, not a name's first word
    assert _own(source, text) == (["Police"], [])
