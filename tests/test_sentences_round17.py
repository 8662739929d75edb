"""Round 17 (issues 22 and 24): a sentence that names the speaker the source calls "the judge" is
not fused with the source sentence that gave only the name. Before, "Mr Justice NAME said ..."
retelling "The judge said ..." took the sentence naming the judge too, so that sentence counted
as kept and its other words as cut (benchmarks/README.md "#22 and #24, sentences kept and new on
round 16's pair"). A further source sentence still joins when it brings a word of what happened
or a number with the name. Invented text, the shape of the real case."""

from __future__ import annotations

import pytest
from pairs import pair

from corpus_tools import align_sentences, extract_variants, source_coverage
from corpus_tools.reuse.fusion import fuse, sentence_words_, speaker_names

SOURCE = (
    "A county council was criticised today for closing the Fernley bridge without warning. "
    "Mr Justice Olwen Tredgold, 61, ruled that the closure was lawful. "
    "The judge said the way drivers were told was a shambles that left villages cut off for a week."
)
NAMED = (
    "Mr Justice Olwen Tredgold said the way drivers were told was a shambles that left villages cut off "
    "for a week."
)


def _rows(version: str) -> list[tuple[str, str, tuple]]:
    a = align_sentences(pair(SOURCE, version), source="src")
    return [(r.text[:20], r.reuse_class, r.source_sent_ids) for r in a.itertuples()]


def test_the_sentence_that_gave_only_the_name_is_not_a_source():
    assert _rows(NAMED) == [(NAMED[:20], "near_verbatim", (2,))]


def test_the_sentence_that_gave_only_the_name_is_not_kept():
    corpus = pair(SOURCE, NAMED)
    cov = source_coverage(corpus, source="src")
    status = cov.set_index("source_sent_id")["status"].to_dict()
    assert status == {0: "dropped", 1: "dropped", 2: "kept_edited"}


def test_the_named_sentence_cuts_nothing_of_the_ruling():
    # the ruling's words ("closure", "lawful") were counted cut when its sentence was fused in
    v = extract_variants(pair(SOURCE, NAMED), source="src")
    cut = " ".join(v["source_form"])
    assert v["source_sent_id"].tolist() == [2] * len(v)
    assert "lawful" not in cut and "closure" not in cut


@pytest.mark.parametrize(
    "version, sources",
    [
        # the name with a word of what happened (the ruling): fused from both
        (
            "Mr Justice Olwen Tredgold ruled the closure lawful but said the way drivers were told "
            "was a shambles that left villages cut off for a week.",
            (1, 2),
        ),
        # the name with the judge's age: a number is a fact, fused from both
        (
            "Mr Justice Olwen Tredgold, 61, said the way drivers were told was a shambles that left "
            "villages cut off for a week.",
            (1, 2),
        ),
    ],
)
def test_a_sentence_bringing_a_fact_with_the_name_still_joins(version, sources):
    assert _rows(version) == [(version[:20], "rewritten", sources)]


def test_fuse_reads_the_speaker_alone_only_when_asked():
    t = sentence_words_("Mr Justice Olwen Tredgold said the delay was a disgrace.")
    named = [("a", sentence_words_("Mr Justice Olwen Tredgold ruled the claim failed."))]
    taken = [sentence_words_("The judge said the delay was a disgrace.")]
    assert fuse(t, named, taken=taken) == [0]
    assert fuse(t, named, taken=taken, speaker_alone=False) == []


def test_names_that_are_not_the_speaker_still_join():
    # the seeds' shape: the version lists the powers a sentence before names them
    source = (
        "The other three partners are Chile, Norway and Vietnam, all of whom backed the treaty. "
        "Trade Minister Pavel Orlik met his counterparts from the three partners in Geneva on Monday."
    )
    version = "Trade Minister Pavel Orlik met his counterparts from Chile, Norway and Vietnam in Geneva."
    a = align_sentences(pair(source, version), source="src")
    assert a["source_sent_ids"].tolist() == [(0, 1)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Mr Justice Olwen Tredgold said the delay was a disgrace.", ["justice", "mr", "olwen", "tredgold"]),
        ("Olwen Tredgold told the court it was late.", ["olwen", "tredgold"]),
        # inside the sentence, after another clause
        ("A judge was angry Mr Justice Olwen Tredgold told them.", ["justice", "mr", "olwen", "tredgold"]),
        # a name that opens the sentence without a verb of saying, or none at all
        ("Olwen Tredgold, 61, said it was late.", []),
        ("The judge said Olwen Tredgold was late.", []),
    ],
)
def test_speaker_names(text, speaker):
    assert sorted(speaker_names(sentence_words_(text))) == speaker
