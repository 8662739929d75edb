"""Round 10's speed-ups of the changes stage (#23) answer as the code they replace, on invented text.

Each old reading is kept here as it was (a pattern built per name and sentence, the facts of a
sentence read on every pass), and the new one must give the same answer on every case; the
look-ups that replaced the patterns are pinned by counting the patterns still searched for.
"""

from __future__ import annotations

import random
import re
from difflib import SequenceMatcher
from types import SimpleNamespace

import pytest

from corpus_tools.variants import fact_changes, name_forms, reported_twice
from corpus_tools.variants.fact_changes import _before_lower, fact_rows
from corpus_tools.variants.name_forms import (
    _plural_free_held,
    _word_forms,
    held_word_by_word,
    named_words,
    spelt_alike,
)
from corpus_tools.variants.reported_twice import counts_parties, names_year, short_for


def old_short_for_bracket(text: str, name: str, sentence: str) -> bool:
    return re.search(re.escape(name) + r"\s*\(\s*" + re.escape(text) + r"\s*\)", sentence) is not None


def old_counts_parties_bracket(text: str, sentence: str) -> bool:
    if text.isdigit() and int(text) < 20 and re.search(rf"(?:^|[\s:;,-])\({text}\)\s", sentence):
        return True
    return (
        re.search(r"\d[\d,.]*\s*[a-z]+\.?\s*\(\s*(?:about\s+)?" + re.escape(text) + r"\b", sentence)
        is not None
    )


def old_names_year(text: str, sentence: str, reported: list[tuple]) -> bool:
    return re.fullmatch(r"\d{4}", text) is not None and any(
        kind == "name" and re.search(re.escape(t) + r"\s+of\s+" + text + r"\b", sentence)
        for _, kind, t, _ in reported
    )


def old_plural_free(key: str, text_lower: str) -> bool:
    words = [w[:-1] if w.endswith("s") and len(w) > 3 else w for w in key.split()]
    return (
        re.compile(r"\b" + r"\s+".join(re.escape(w) + "s?" for w in words) + r"\b").search(text_lower)
        is not None
    )


def old_held_word_by_word(key: str, named: list[str]) -> bool:
    words = name_forms._untitled(key)
    if not words:
        return True
    if len(words) == 1:
        return any(w in _word_forms(words[0]) for w in named if w) or name_forms._typo(
            words[0], set(named) - {""}
        )
    reach = len(words) + 1
    places = [
        [i for i, w in enumerate(named) if w and (w in _word_forms(word) or name_forms._stem(w, word))]
        for word in words
    ]
    return all(places) and any(
        all(any(abs(i - p) <= reach for i in others) for others in places[1:]) for p in places[0]
    )


def old_alike(key: str, n: str) -> bool:
    return (m := SequenceMatcher(None, key, n)).quick_ratio() >= 0.9 and m.ratio() >= 0.9


SENTENCES = [
    "The Lakeside Grain Board (LGB) said on Monday it would sell 120 miles (200 km) of track.",
    "Lakeside Grain Board(LGB ) and Harrow Mills Ltd agreed (1) shares in an offering.",
    "Harrow Mills said the two companies signed the Water Act of 1984 in Tarn.",
    "The Water Act of 1984s was read; Harrow Mills (Harrow) fell 3.5 pct (about 3.5 pct).",
    "Shares of Harrow (H.M.) rose, the (12) notes said, and 400 tonnes ( about 400 ) went.",
    "No brackets here: Lakeside Grain Board and Harrow Mills Inc met Tarn Valley officials.",
    "Prices (in dlrs) of C++ (the language) and a.b* (a pattern) were 5 (five) dlrs.",
]
NAMES = ["Lakeside Grain Board", "LGB", "Harrow Mills", "Harrow", "H.M.", "Water Act", "C++", "a.b*", "Tarn"]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_short_for_equals_the_pattern_on_every_pair(sentence):
    for name in NAMES:
        for text in NAMES:
            assert reported_twice.short_for(text, name, sentence) == (
                old_short_for_bracket(text, name, sentence) or short_for(text, name, "no match here")
            ), (text, name, sentence)


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("text", ["1", "12", "200", "3.5", "400", "five", "two", "(1)", "20"])
def test_counts_parties_brackets_equal_the_patterns(sentence, text):
    parties = any(m.group("n").lower() == text.lower() for m in reported_twice._PARTIES.finditer(sentence))
    assert counts_parties(text, sentence) == (old_counts_parties_bracket(text, sentence) or parties)


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("text", ["1984", "1985", "198"])
def test_names_year_equals_the_pattern(sentence, text):
    reported = [("s", "name", n, "added") for n in NAMES] + [("s", "number", "1984", "added")]
    assert names_year(text, sentence, reported) == old_names_year(text, sentence, reported)


TEXTS = [
    "the mobile communication division of harrow mills said",
    "harrow mill and lakeside grain boards merged",
    "lakeside grains board",
    "the board of lakeside grain",
    "",
]


@pytest.mark.parametrize("text_lower", TEXTS)
@pytest.mark.parametrize(
    "key",
    [
        "mobile communications division",
        "harrow mills",
        "lakeside grain board",
        "grain boards",
        "c++ mills",
        "a",
    ],
)
def test_plural_free_held_equals_the_pattern(key, text_lower):
    assert _plural_free_held(key, text_lower) == old_plural_free(key, text_lower)


@pytest.mark.parametrize(
    "text",
    [
        "The Cooper and Eromanga Basin partners, Japanese buyers and the Congressional committee.",
        "Sen. David Boren of Oklahoma and the Harrow Mills Ltd board met Japan's Cental Soya.",
        "CSR Ltd said Delhi Petroleum Pty Ltd had sold its stake to Canadian Pacific.",
    ],
)
@pytest.mark.parametrize(
    "key",
    [
        "cooper basin",
        "cooper-eromanga",
        "sen boren",
        "japan",
        "central soya",
        "congress",
        "csr petroleum",
        "canada pacific",
    ],
)
def test_held_word_by_word_equals_the_old_loop(key, text):
    named = named_words(text)
    assert held_word_by_word(key, named) == old_held_word_by_word(key, named)


def test_spelt_alike_equals_the_matcher():
    rng = random.Random(10)
    pairs = [("cental soya", "central soya"), ("harrow mills", "harrow mill"), ("", ""), ("a", "")]
    for _ in range(3000):  # names of 1 to 14 letters from a small alphabet: many near misses
        a = "".join(rng.choice("abcde ") for _ in range(rng.randint(1, 14)))
        b = list(a)
        for _ in range(rng.randint(0, 2)):
            b.insert(rng.randint(0, len(b)), rng.choice("abcde"))
        pairs.append((a, "".join(b)))
    assert sum(spelt_alike(a, b) for a, b in pairs) > 100  # the cases reach both answers
    for a, b in pairs:
        assert spelt_alike(a, b) == old_alike(a, b), (a, b)


@pytest.mark.parametrize(
    "text, sentence",
    [
        ("Federal", "Federal Reserve and a Federal tax"),
        ("Fed", "the Fed"),
        ("Fed", "the Fed  said"),
        ("Fed", "the Fed é"),
        ("Fed", "Fed Fed x"),
        ("aa", "aaa b"),
        ("C++", "C++ code"),
        ("", " x"),
        ("", "X"),
        ("Lakeside", "Lakeside Z and Lakeside z"),
    ],
)
def test_before_lower_equals_the_pattern(text, sentence):
    assert _before_lower(text, sentence) == (re.search(re.escape(text) + r" [a-z]", sentence) is not None)


def _counting(monkeypatch, module) -> list[str]:
    """Count the patterns ``module`` searches for (its ``re.search``)."""
    seen: list[str] = []

    def search(pattern, string, flags=0):
        seen.append(pattern if isinstance(pattern, str) else pattern.pattern)
        return re.search(pattern, string, flags)

    monkeypatch.setattr(module, "re", SimpleNamespace(**{**vars(re), "search": search}))
    return seen


def test_no_pattern_for_names_a_sentence_cannot_match(monkeypatch):
    seen = _counting(monkeypatch, reported_twice)
    sentence = "Harrow Mills said Lakeside Grain Board would sell 200 tonnes to Tarn."
    for name in NAMES:
        short_for("Tarn", name, sentence)
    counts_parties("200", sentence)
    names_year("1984", sentence, [("s", "name", "Water Act", "added")])
    assert seen == []  # no bracket, no "Water Act": the old code searched eleven patterns here
    assert short_for("LGB", "Lakeside Grain Board", "The Lakeside Grain Board (LGB) said")
    assert len(seen) == 1


def test_fact_rows_reads_the_facts_of_a_sentence_once(monkeypatch):
    calls: list[str] = []
    real = fact_changes.facts

    def counted(s, *args):
        if args:  # the facts of a whole sentence, with the names of both texts
            calls.append(s)
        return real(s, *args)

    monkeypatch.setattr(fact_changes, "facts", counted)
    parent = [
        "Harrow Mills Ltd said on Monday it sold 400 tonnes of wheat to Tarn Valley Cooperative.",
        "The sale was worth 2.5 mln dlrs, chairman John Abel said.",
        "Lakeside Grain Board officials declined to comment.",
    ]
    child = [
        "Harrow Mills Ltd said on Monday it sold 450 tonnes of wheat to Tarn Valley Cooperative.",
        "The sale was worth 2.5 mln dlrs, chairman John Abel said.",
        "Prices rose in Oslo.",
    ]
    rows = fact_rows(child, parent, {0: 0, 1: 1}, " ".join(child), " ".join(parent))
    assert ("fact", "number", "changed", "400", "450") in [r[:5] for r in rows]
    assert ("fact", "name", "cut", "Lakeside Grain Board", "") in [r[:5] for r in rows]
    assert sorted(calls) == sorted(
        set(parent + child)
    )  # each sentence once (the old code: two or three times)
