"""Issue #23, round 22: three pure functions the alignment, the derivation and the variants ask again
and again for the same words remember their answers (:func:`corpus_tools.lexicon.lemma_key`,
:func:`corpus_tools.variants.categories.categorize`, :func:`corpus_tools.reuse.fusion.stock_words`).
Each memo (:func:`functools.lru_cache`, bounded) must give what the function computes, on a first
call and on a repeat, and the stages that read them the same frames with the memos empty or full.
Invented texts."""

from __future__ import annotations

import pytest

from conftest import BAKER_WIRE
from corpus_tools import from_records
from corpus_tools.lexicon import words as lexicon_words
from corpus_tools.lexicon.words import lemma_key
from corpus_tools.reuse import fusion
from corpus_tools.reuse.alignment import align_sentences
from corpus_tools.variants import categories
from corpus_tools.variants.categories import categorize
from corpus_tools.variants.lexical import extract_variants

_WORDS = (
    "unveiled", "Unveil", "denies", "denied", "programmes", "kept", "breeding", "needed", "U.S.",
    "Brandt's", "loaves", "goes", "stalls", "hopping", "agreed", "9ins", "Dunmore",
)  # fmt: skip
_PAIRS = [
    ("Sept. 20", "20 September"),
    ("told Reuters", "said"),
    ("Brandt", "Brant"),
    ("Mohammed", "Mohammad"),
    ("", "on Sunday"),
    ("three", "3"),
    ("baker", "miller"),
]


def _empty_memos():
    lemma_key.cache_clear()
    categorize.cache_clear()
    fusion._stock_words.cache_clear()


def test_lemma_key_memo_gives_the_computed_key_first_and_again():
    _empty_memos()
    computed = [lemma_key.__wrapped__(w) for w in _WORDS]
    assert [lemma_key(w) for w in _WORDS] == computed  # first call: computed and kept
    assert lemma_key.cache_info().currsize == len(set(_WORDS))
    assert [lemma_key(w) for w in _WORDS] == computed  # again: from the memo
    assert lemma_key.cache_info().hits == len(_WORDS)
    assert computed[:4] == ["unveil", "unveil", "deny", "deny"]


def test_the_memos_are_bounded():
    assert lemma_key.cache_info().maxsize == lexicon_words.LEMMA_KEYS_KEPT == 1 << 17
    assert categorize.cache_info().maxsize == categories.CATEGORIES_KEPT == 1 << 16
    assert fusion._stock_words.cache_info().maxsize == fusion.STOCK_WORDS_KEPT == 1 << 14


def test_categorize_memo_keys_on_both_forms_and_the_name_similarity():
    _empty_memos()
    computed = [categorize.__wrapped__(a, b) for a, b in _PAIRS]
    assert [categorize(a, b) for a, b in _PAIRS] == computed
    assert [categorize(a, b) for a, b in _PAIRS] == computed
    assert categorize.cache_info().hits == len(_PAIRS)
    assert computed[:2] == ["date_format", "attribution_change"]
    # the same two names under a stricter similarity: another answer, not the remembered one
    assert categorize("Mohammed", "Mohammad") == "name_spelling"
    strict = categorize("Mohammed", "Mohammad", name_similarity=0.9)
    assert strict == categorize.__wrapped__("Mohammed", "Mohammad", name_similarity=0.9) != "name_spelling"
    assert categorize("Mohammed", "Mohammad") == "name_spelling"


def test_stock_words_memo_same_for_a_list_and_a_tuple():
    _empty_memos()
    sentences = [
        "the end of the line he said in a statement".split(),
        "the end user at the end of the day".split(),
        "a baker at the fair said the loaves were old".split(),
    ]
    computed = [fusion._stock_words.__wrapped__(tuple(s)) for s in sentences]
    assert [fusion.stock_words(s) for s in sentences] == computed
    assert [fusion.stock_words(tuple(s)) for s in sentences] == computed
    assert fusion._stock_words.cache_info().hits == len(sentences)
    assert sorted(computed[1]) == ["at", "day", "of"]


_VERSIONS = {
    "short": (
        "A baker was fined 400 pounds on Monday for selling stale bread at a fair.\n\n"
        "Brant said he was sorry."
    ),
    "mixed": (
        "A Dunmore baker was fined for selling stale loaves at the village fair.\n\n"
        "Magistrate Helen Voss told Kit Brant, 52, the loaves were three weeks old, the court heard.\n\n"
        "The organisers of the fair said they would check each stall next summer."
    ),
}


@pytest.fixture(scope="module")
def corpus():
    rows = [{"doc_id": "wire", "text": BAKER_WIRE}] + [{"doc_id": d, "text": t} for d, t in _VERSIONS.items()]
    return from_records(rows)


def test_alignment_and_variants_the_same_with_the_memos_empty_or_full(corpus):
    _empty_memos()
    cold_alignment = align_sentences(corpus, source="wire")
    cold_variants = extract_variants(corpus, source="wire", alignment=cold_alignment)
    assert all(f.cache_info().currsize for f in (lemma_key, categorize, fusion._stock_words))
    warm_alignment = align_sentences(corpus, source="wire")
    warm_variants = extract_variants(corpus, source="wire", alignment=warm_alignment)
    assert warm_alignment.equals(cold_alignment)
    assert warm_variants.equals(cold_variants)
    assert len(cold_alignment) and len(cold_variants)
    assert set(cold_variants["category"]) & {"name_spelling", "word_substitution", "time_reference"}
