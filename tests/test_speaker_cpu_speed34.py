"""Round 34 (branch speed34): the speaker stages' CPU won back, every output equal. The readings that
no longer compile a pattern per name give what the per-name patterns gave, on invented texts whose
names stand at the edges that matter (a text's ends, hyphens, apostrophes, a name inside a longer
word, a title before it, a name twice in a row)."""

from __future__ import annotations

import random
import re

import pytest

from corpus_tools.attribution.bench_members import sits_on_bench
from corpus_tools.attribution.entities import _DROP_WORDS, DEMONYMS, GOVERNMENTS, _plain, description_key
from corpus_tools.attribution.namesakes import _given, full_name_of_given, given_in_text
from corpus_tools.attribution.role_descriptions import _CLASS_OF, _key, _words_beside
from corpus_tools.attribution.titled_misprints import _titled_in
from corpus_tools.attribution.word_places import at_boundary, word_places

_TEXTS = [
    "Lee",
    "Lee said.",
    "Ann Lee, a retired Pc, said Lee Lee had gone. Leeds United's Lee-Smith and O'Lee did not.",
    "Mr Lee said so. Mrs. Lee agreed; Dr Lee said nothing; _Lee and Lee_ are not it. Lee",
    "Richard Lowe told the court he was hit. Student Richard said he wept. Richard Hale spoke.",
    "Mr Richard said it. Richard Lowe Richard Lowe-Hart and RichardX Richard O'Neill.",
    "Lord Roe, Lord Justice Ames and Lady Justice Pole ruled today.",
    "But Lord Roe and two other appeal judges dismissed the appeal. Roe said costs were due.",
    "stipendiary magistrate Ann Rees said; Harrods owner Tom Dodd, the owner, and Pc Lee, QC, said.",
    "Ann Rees, a former consultant anaesthetist at the hospital, said Rees, 45, and 33-year-old Rees.",
    "\u00c9mile Lee and \u00e9Lee and Lee\u00e9 and 9Lee and Lee9 met.",
]
_NAMES = ["Lee", "Richard", "Roe", "Ames", "Rees", "Dodd", "Lowe", "Smith", "O'Lee", "Lee-Smith"]


def _random_texts(n: int = 200) -> list[str]:
    rng = random.Random(34)
    pieces = [
        "Lee",
        "Richard",
        "Mr",
        "Mrs.",
        "Lowe",
        " ",
        " ",
        ", ",
        ".",
        "-",
        "'",
        "_",
        "a",
        "Roe",
        "judges",
    ]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(n)]


@pytest.mark.parametrize("text", _TEXTS + _random_texts())
def test_word_places_are_the_places_a_bounded_pattern_finds(text):
    for name in _NAMES:
        s = re.escape(name)
        assert word_places(text, name) == [m.start() for m in re.finditer(rf"\b{s}\b", text)]
        assert word_places(text, name, end=False) == [m.start() for m in re.finditer(rf"\b{s}", text)]
    assert [at_boundary(text, i) for i in range(len(text) + 1)] == [
        bool(re.compile(r"\b").match(text, i)) for i in range(len(text) + 1)
    ]


def _full_name_by_pattern(label: str, text: str) -> str:
    """round 33's reading, one pattern per name"""
    words = re.findall(r"[\w'-]+", str(label))
    if not words or not _given(words[-1]):
        return ""
    given = words[-1]
    if re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.? {re.escape(given)}\b", text):
        return ""
    surnames = {s for s in re.findall(rf"\b{re.escape(given)} ([A-Z][a-z][\w'-]+)\b", text) if _given(s)}
    return f"{given} {surnames.pop()}" if len(surnames) == 1 else ""


@pytest.mark.parametrize("text", _TEXTS + _random_texts())
def test_full_name_of_given_reads_as_the_patterns_did(text):
    for label in ("Richard", "Student Richard", "Lee", "Lowe", "Mr", "O'Lee"):
        assert full_name_of_given(label, text) == _full_name_by_pattern(label, text)


def test_full_name_of_given_examples():
    text = "Richard Lowe told the court he was hit. Student Richard said he wept."
    assert full_name_of_given("Student Richard", text) == "Richard Lowe"
    assert full_name_of_given("Richard", "Mr Richard said. Richard Lowe spoke.") == ""  # a surname there
    assert full_name_of_given("Richard", "Richard Lowe and Richard Hale spoke.") == ""  # two
    assert full_name_of_given("Richard", "RichardLowe spoke. Richard Hale spoke.") == "Richard Hale"
    # the second "Richard" is inside the first match ("Anne-Richard", no given name), as findall reads
    # it: not "Richard Hale"
    assert full_name_of_given("Richard", "Richard Anne-Richard Hale") == ""


def _words_beside_by_pattern(text: str, surname: str):
    """round 33's reading of the words beside a name, one pattern per name"""
    s = re.escape(surname)
    words: set[str] = set()
    after = re.compile(
        r",? (QC)\b|, ((?:an?|the) [^,.;]{1,40})[,.;]|, ((?:an?|the|former) (?:[\w'-]+ ){0,3}[\w'-]+)"
    )
    for m in re.finditer(rf"\b{s}\b", text):
        before = re.findall(r"[\w'-]+", text[max(0, m.start() - 60) : m.start()])[-5:]
        while before and before[-1][:1].isupper() and _key(before[-1]) not in _CLASS_OF:
            before.pop()
        near = before[-1:] + (before[-2:-1] if before and _key(before[-1]) in _CLASS_OF else [])
        tail = after.match(text, m.end())
        words |= set(near) | set(
            re.findall(r"[\w'-]+", " ".join(g or "" for g in tail.groups()) if tail else "")
        )
    return {_key(w) for w in words} | {w for w in words if w[:1].isupper()}


@pytest.mark.parametrize("text", _TEXTS + _random_texts(60))
def test_words_beside_a_name_are_those_the_patterns_read(text):
    for name in _NAMES:
        assert _words_beside(text, name)[0] == _words_beside_by_pattern(text, name)


def test_words_beside_examples():
    text = "stipendiary magistrate Ann Rees said; Rees, a retired Pc, said."
    words, ages, _ = _words_beside(text + " Rees, 45, left.", "Rees")
    assert {"magistrate", "stipendiary", "retired", "pc"} <= words and ages == {"45"}


@pytest.mark.parametrize(
    ("surname", "text", "sits"),
    [
        ("Roe", "Lord Roe, Lord Justice Ames and Lady Justice Pole ruled today.", True),
        ("Roe", "But Lord Roe and two other appeal judges dismissed the appeal.", True),
        ("Roe", "Lord Roe said costs were due. The judges then rose.", False),
        ("Roe", "Lord Roee and two other appeal judges dismissed it.", False),  # another word
        ("Ames", "Ian Ames and his wife thanked the jury.", False),
    ],
)
def test_sits_on_bench(surname, text, sits):
    assert sits_on_bench(surname, text) is sits


@pytest.mark.parametrize("text", _TEXTS + _random_texts(60))
def test_gated_name_readings_read_as_the_patterns_did(text):
    for label in ("Lee", "Lowe", "Roe", "Lee-Smith", "O'Lee"):
        found = {m for m in re.findall(rf"\b([A-Z][a-z]+) {re.escape(label)}\b", text) if _given(m)}
        by_pattern = found.pop() if len(found) == 1 else ""
        assert given_in_text(text, label) == (by_pattern if re.fullmatch(r"[A-Z][\w'-]+", label) else "")
        titles = set(re.findall(rf"\b(Mr|Mrs|Ms|Miss)\.? {re.escape(label)}\b", text))
        by_pattern = f"{titles.pop()} {label}" if len(titles) == 1 else ""
        assert _titled_in(label, text) == (by_pattern if re.fullmatch(r"[A-Z][a-z'-]+", label) else "")


@pytest.mark.parametrize(
    "label",
    [
        "A U.S. official with first-hand knowledge of dealings with the Islamic Republic",
        "two United States officials",
        "the Soviet Union's trade ministry",
        "a senior official of the united states and the soviet union",
        "Unitedstates officials",
        "officials",
    ],
)
def test_description_key_reads_as_its_per_call_patterns_did(label):
    text = _plain(label).replace("'s", " ")
    for alias in sorted((a for a in GOVERNMENTS if " " in a), key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(alias)}\b", GOVERNMENTS[alias].replace(" ", "_"), text)
    words = set()
    for w in re.findall(r"[\w-]+", text):
        w = w.replace("_", " ")
        if w not in _DROP_WORDS:
            words.add(DEMONYMS.get(w) if w in ("us", "uk") else GOVERNMENTS.get(w, w))
    assert description_key(label) == frozenset(words)
