"""Round 36, branch rkind36 (issue 22, R claims): a rank written short before a name ("Marine
Cpl.", "Sgt.", "Staff Sgt.") ends no sentence. Invented text of the shape of the held-out 11865 of
round 35 (audit35's mr7, mr8: ten sentences for seven, so a later story "keeps 6 of 11865's 10")."""

from __future__ import annotations

from corpus_tools import from_records, sentences

SPIES = (
    "A second Navy sailor has been charged with spying and a third held on suspicion of lying.\n"
    "    Navy Cpl. Dale Brandt, 22, was charged yesterday with espionage and failure to report "
    "contacts with foreign women. Sgt. Owen Fairley, whose arrest began the inquiry, has already "
    "been charged.\n"
    "    Navy spokesman Tim Hale told reporters a third sailor, Staff Sgt. Lee Varga, 25, was held.\n"
    "    The Senate hearing was led by Sen. Ann Cole, who said the case was grave.\n"
)


def _sentences(text: str) -> list[str]:
    return [" ".join(s.split()) for s in sentences(from_records([{"doc_id": "d", "text": text}]))["text"]]


def test_a_rank_before_a_name_ends_no_sentence():
    assert _sentences(SPIES) == [
        "A second Navy sailor has been charged with spying and a third held on suspicion of lying.",
        "Navy Cpl. Dale Brandt, 22, was charged yesterday with espionage and failure to report "
        "contacts with foreign women.",
        "Sgt. Owen Fairley, whose arrest began the inquiry, has already been charged.",
        "Navy spokesman Tim Hale told reporters a third sailor, Staff Sgt. Lee Varga, 25, was held.",
        "The Senate hearing was led by Sen. Ann Cole, who said the case was grave.",
    ]


def test_a_sentence_ending_in_a_state_written_short_stays_apart():
    text = "The plant is in Denver, Col. The company said it would close it."
    assert _sentences(text) == ["The plant is in Denver, Col.", "The company said it would close it."]
