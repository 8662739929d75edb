"""Words of its own (issue 22, round 18): a standard news abbreviation ("HQ", "£1bn"), another
British spelling ("inquiry" for "enquiry"), a word of a copied name misprinted one or two letters
off ("Tribunal" for "Tribune") are the source's; a date the source does not have ("20 March") is a
name or number of the text's own. Invented texts of the shapes the claims audit found
(benchmarks/claims.md, seventeenth round cause 12, eighteenth round cause 7)."""

from __future__ import annotations

import pytest

from corpus_tools.reuse.derivation import body_words, is_fact
from corpus_tools.reuse.novelty import compounds, misprint_contexts, novel_lists
from corpus_tools.reuse.own_forms import date_keys, date_spans, known_forms, name_misprint


def _own(source: str, text: str) -> tuple[list[str], list[tuple[str, ...]]]:
    words = body_words(source)
    source_keys = {k for k, _, _ in words} | compounds([source])
    contexts = misprint_contexts([[k for k, _, _ in words]])
    return novel_lists(body_words(text), source_keys, is_fact, contexts=contexts)


@pytest.mark.parametrize(
    "source, text",
    [
        # a news abbreviation of the source's word, and the other way round (bk9)
        (
            "Officers raided the gang's headquarters in Dunmore on Friday.",
            "Officers raided the gang's HQ in Dunmore on Friday.",
        ),
        ("Officers raided the gang's HQ in Dunmore.", "Officers raided the gang's headquarters in Dunmore."),
        ("The govt said the dept would pay.", "The government said the department would pay."),
        # "bn" and "m" after a figure, PA's "#" for the pound sign (ca180)
        ("The scheme will cost #3 billion over ten years.", "The scheme will cost £3bn over ten years."),
        (
            "The scheme will cost £3bn, and £40m a year.",
            "The scheme will cost £3 billion, and £40 million a year.",
        ),
        # one word's two British spellings, either way (mc51, mc75)
        ("The council ordered an enquiry into the fire.", "The council ordered an inquiry into the fire."),
        ("Police made inquiries at the harbour.", "Police made enquiries at the harbour."),
        # a date the source has, written another way round
        ("The trial opened on March 14 at Dunmore.", "The trial opened on 14th March at Dunmore."),
    ],
)
def test_written_otherwise_is_the_sources(source: str, text: str) -> None:
    assert _own(source, text) == ([], [])


def test_word_of_a_copied_name_misprinted_is_the_sources() -> None:
    # mc51: "the Evening Herald Tribunal" for the source's "the Evening Herald Tribune"
    source = "The story ran in the Evening Herald Tribune and the Daily Courier on Monday."
    text = "The story ran in the Evening Herald Tribunal and the Daily Courier on Monday."
    assert _own(source, text) == ([], [])


def test_name_misprint_needs_the_same_place_and_few_letters() -> None:
    source = "The story ran in the Evening Herald Tribune on Monday, a tribute to Carla."
    # the near word must follow the name's word before it in the source ("Herald ...")
    assert _own(source, "The Evening Post Tribunal ran it.")[1] == [("evening", "post", "tribunal")]
    # three letters off is another word, not a misprint ("Tribulation")
    assert _own(source, "The Evening Herald Tribulation ran it.")[1] == [("evening", "herald", "tribulation")]


def test_date_of_its_own_is_counted() -> None:
    # mc75: a date the source does not have is the text's own, though its day and month words are
    source = "Jed Colley, 20, admitted the theft in March at Dunmore Crown Court."
    text = "Jed Colley, 20, admitted the theft on 20 March at Dunmore Crown Court."
    assert _own(source, text) == ([], [("20", "march")])
    # a day of the source's list of days with one month is the source's date (beckett's independent)
    source = "He assaulted the workers on December 4, 11, 19 and 23 at the depot."
    assert _own(source, "He assaulted the workers on 4,11,19 and 23 December at the depot.") == ([], [])
    # ... and the source's date is the source's, in either order
    assert _own("Colley was arrested on 20 March.", "Colley was arrested on March 20.") == ([], [])


def test_known_forms_and_dates() -> None:
    assert sorted(known_forms({"headquarters", "enquiry"}, {"headquarter", "enquiry"})) == ["hq", "inquiry"]
    # a one-letter abbreviation only after a figure: a lone "m" of the source is no "million"
    assert known_forms({"m"}, {"m"}) == set()
    assert known_forms({"40m"}, {"40m"}, {"40", "m"}) == {"million"}
    assert date_keys(["On the 3rd of May and June 30th; not may 5, nor May 2000."]) == {"3/5", "30/6"}
    words = body_words("He left on 30 June 1999 with 20 march orders.")
    keys = [d for d, _ in date_spans(words, [True] * len(words)).values()]
    assert keys.count("30/6") == 1
    assert "20/3" not in keys


def test_name_misprint_reads_the_neighbour_in_the_name_only() -> None:
    words = body_words("the Herald Tribunal said")
    ctx = {(">", "herald"): {"tribune"}}
    assert name_misprint(words, 2, [1, 2], ctx)
    assert not name_misprint(words, 2, [2], ctx)  # "Herald" not in the same name
