"""speed28 (#23, CPU of the report): the answers kept by ``SourceKeys.misprint``/``respelt`` and the
cache of ``is_fact`` are the answers computed afresh, on invented words."""

from corpus_tools.reuse import novelty
from corpus_tools.reuse.derivation import body_words, is_fact
from corpus_tools.reuse.novelty import SourceKeys, _near_one_edit, novel_lists


def test_kept_misprint_and_respelt_answers_are_the_fresh_ones():
    src = SourceKeys({"mohammad", "tizard", "councillor", "october", "court"})
    words = ["mohammed", "tizzard", "councilor", "octobers", "courts", "leeds", "mohammed", "zzzzzz"]
    first = [(src.misprint(w), src.respelt(w)) for w in words]
    again = [(src.misprint(w), src.respelt(w)) for w in words]  # from what was kept
    near = novelty._by_start(src)
    fresh = [(_near_one_edit(w, near), novelty.respelt({w}, src.known) == {w}) for w in words]
    assert first == again == fresh
    assert first[0] == (True, True) and first[-1] == (False, False)
    assert set(src._misprints) == set(words)  # kept by key, once each


def test_is_fact_cached_answers_and_novel_lists_unchanged():
    is_fact.cache_clear()
    cases = [("Leeds", False), ("The", True), ("12", True), ("He", False), ("five", False), ("Leeds", True)]
    assert [is_fact(*c) for c in cases] == [True, False, True, False, True, False]
    assert [is_fact(*c) for c in cases] == [is_fact.__wrapped__(*c) for c in cases]
    assert is_fact.cache_info().hits == len(cases)
    wire = "Councillor Tizard, 58, said the Oxbridge plan cost 40 million pounds."
    text = "Councilor Tizzard, 58, told Wexham Radio the Oxbridge plan cost 45 million pounds."
    src = {k for k, _, _ in body_words(wire)}
    first = novel_lists(body_words(text), SourceKeys(src), is_fact)
    assert first == novel_lists(body_words(text), SourceKeys(src), is_fact.__wrapped__)
    assert first[1] == [("45",), ("wexham", "radio")]
