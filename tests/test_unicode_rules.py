"""The loader's Unicode rule: exact repairs, a hypothesis fuzz test, and what it fixes downstream."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import STORY_WIRE
from corpus_tools import document_scores, extract_variants, find_reuse, from_records
from corpus_tools.io.unicode_rules import REMOVED_CHARACTERS, apply_repairs, has_visible_text, repair_text

COMBINING = [chr(c) for c in (0x0300, 0x0301, 0x0308, 0x0327, 0x0323, 0x0345, 0x20DD, 0x1AB0)]
INVISIBLE = list(REMOVED_CHARACTERS)
NFD_BASES = list("aeiouAEIOUcnsyzZ") + ["\u1100", "\u1161", "\u11a8", "\u0b47", "\u0b3e", "\u0344", "\u212b"]


@pytest.mark.parametrize(
    "raw,text,rules",
    [
        ("plain text", "plain text", []),
        ("cafe\u0301", "caf\u00e9", ["nfc"]),
        ("wo\u00adrds", "words", ["soft_hyphen"]),
        ("U.\u200bS.", "U.S.", ["zero_width"]),
        ("a\u200c\u200d\u2060b", "ab", ["zero_width"]),
        ("x\ufeffy", "xy", ["bom"]),
        ("\u202eabc\u202c \u2067d\u2069 \u200e\u200f\u061c", "abc d ", ["bidi_control"] * 5),
        ("e\u00ad\u0301", "\u00e9", ["nfc"]),  # a removal inside an NFC piece is part of it
        ("\u1100\u1161\u11a8", "\uac01", ["nfc"]),  # Hangul jamo compose across class-0 characters
        ("A\u030a\n\u212b", "\u00c5\n\u00c5", ["nfc", "nfc"]),
    ],
)
def test_repairs(raw, text, rules):
    got, repairs = repair_text(raw)
    assert got == text
    assert [r.rule for r in repairs] == rules
    assert all(raw[r.start : r.end] == r.original for r in repairs)
    assert apply_repairs(raw, repairs) == text


_PIECE = st.one_of(
    st.sampled_from(NFD_BASES),
    st.sampled_from(COMBINING),
    st.sampled_from(INVISIBLE),
    st.sampled_from([" ", "\n", "\r\n", ".", "\u00e9", "\u00c5", "\u0130", "\u00df"]),
    st.characters(codec="utf-8", categories=["L", "M", "N", "P", "Z", "Cf"]),
)


@pytest.mark.slow
@settings(max_examples=2500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECE, max_size=40).map("".join))
def test_fuzz_unicode_rule(raw):
    text, repairs = repair_text(raw)
    # the result is NFC, free of the removed characters, and the rule is idempotent
    assert unicodedata.is_normalized("NFC", text)
    assert not any(ch in REMOVED_CHARACTERS for ch in text)
    assert repair_text(text) == (text, ())
    # the repairs are sorted, disjoint, point into the text as read and replay to the result
    ends = [0] + [r.end for r in repairs]
    assert all(r.start >= e for r, e in zip(repairs, ends, strict=False))
    assert all(raw[r.start : r.end] == r.original and r.original != r.replacement for r in repairs)
    assert apply_repairs(raw, repairs) == text
    # removing nothing visible: the visible characters are those of NFC(raw without the invisibles)
    stripped = "".join(ch for ch in raw if ch not in REMOVED_CHARACTERS)
    assert text == unicodedata.normalize("NFC", stripped)
    assert has_visible_text(text) == has_visible_text(stripped)


# ----------------------------------------------------------------------------- downstream effects

WIRE = STORY_WIRE.replace("Oct. 1", "Oct. 1 in Zürich and Genève, where the café owners met")


def _pair(version: str):
    return from_records([{"doc_id": "wire", "text": WIRE}, {"doc_id": "copy", "text": version}])


def test_nfc_nfd_pair_is_identical():
    corpus = _pair(unicodedata.normalize("NFD", WIRE))
    assert corpus.loc["copy", "text"] == corpus.loc["wire", "text"]
    scores = document_scores(corpus)
    assert scores["containment"].tolist() == [1.0, 1.0]
    assert extract_variants(corpus, source="wire").empty
    assert len(find_reuse(corpus)) == 1


@pytest.mark.parametrize(
    "change",
    [
        lambda t: t.replace("EU", "E\u200bU").replace("Reuters", "Reu\u200bters").replace(" ", " \u200b", 20),
        lambda t: t.replace("government", "gov\u00adern\u00adment").replace("diplomats", "diplo\u00admats"),
        lambda t: t.replace("Germany", "\u200eGermany\u200f").replace("said", "sa\u2060id"),
    ],
    ids=["zero_width", "soft_hyphen", "bidi_and_word_joiner"],
)
def test_invisible_characters_make_no_variants(change):
    version = change(WIRE)
    assert version != WIRE
    corpus = _pair(version)
    assert corpus.loc["copy", "n_words"] == corpus.loc["wire", "n_words"]
    assert document_scores(corpus)["containment"].tolist() == [1.0, 1.0]
    assert extract_variants(corpus, source="wire").empty
