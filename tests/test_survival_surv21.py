"""Issue 22, round 21 (branch surv21): shared quotations counted in runs, survival on the right
match, words of its own. Each test is invented text of the shape the round-21 audit found wrong
(claims.md, "Twenty-first round", causes 5, 7 and 8), with other names and other words."""

from __future__ import annotations

import pytest

from corpus_tools import from_records
from corpus_tools.attribution.shared_quotes import shared_quotations

# two witnesses of one scuffle, each quoted at length by the wire; their words share common ones
WIRE = (
    "Two men fought on a garage forecourt before one was stabbed, a jury heard today.\n\n"
    'Mrs Ruth Hale told the court: "I saw the tall man push the short man against the pump. '
    "Then the short man fell down and held his side. "
    'I thought he had been hit with a bottle."\n\n'
    'Mr Tom Greer said: "The short one swung at the tall one first and caught him on the ear. '
    'After that the tall one was on top of him and would not let go."\n\n'
    "Mr Greer said the short man had shouted at the tall man before the fight began."
)


def _corpus(paper: str):
    return from_records(
        [
            {"doc_id": "wire", "text": WIRE, "outlet": "PA", "role": "wire"},
            {"doc_id": "paper", "text": paper, "outlet": "Sun"},
        ]
    )


def _n(shared, doc: str = "paper") -> int:
    return int(shared.loc[shared["doc_id"] == doc, "n_words"].sum())


@pytest.mark.parametrize(
    ("quotation", "expected"),
    [
        # Mrs Hale's statement told in the paper's own order: only "I saw the" (3), "the short man
        # fell down and held his side" (9) and "he had been" (3) run as hers; the other common
        # words ("the", "man", "him", "hit") are not shared quotation
        (
            'Ruth Hale said: "I saw the pump knocked over when the short man fell down and held his '
            'side. He had been pushed by the man, he said, and the man had hit him."',
            15,
        ),
        # nearly every word among Mrs Hale's quoted words one by one (14 of 15), none of them in a
        # run of three of hers: a statement told in her words, not her quotation
        ('Ruth Hale said: "The man with the bottle held him down and then he saw his side hit."', 0),
        # a verbatim quotation: every word, once
        ('Tom Greer said: "The short one swung at the tall one first and caught him on the ear."', 15),
    ],
)
def test_quoted_words_count_only_in_runs_of_three_the_source_quotes(quotation, expected):
    paper = f"A witness described the fight at a garage.\n\n{quotation}"
    assert _n(shared_quotations(_corpus(paper), source="wire")) == expected


# words of its own: a source word written as two, split by a stray full stop, or with an accent
WIRE_WORDS = (
    "The wicketkeeper told the inquiry his stepdaughter had seen the fiancee of the bowler "
    "at the pavilion gate before the match."
)


def _own(text: str) -> list[str]:
    from corpus_tools.reuse.derivation_words import body_words, is_fact
    from corpus_tools.reuse.novelty import compounds, novel_lists

    keys = {k for k, _, _ in body_words(WIRE_WORDS)} | compounds([WIRE_WORDS])
    return novel_lists(body_words(text), keys, is_fact)[0]


def test_a_source_word_written_as_two_words_is_the_source_word():
    text = "The wicket keeper told the inquiry his step daughter had seen the fiancee at the gate."
    assert _own(text) == []


def test_a_source_word_split_by_a_stray_full_stop_is_the_source_word():
    text = "The wicketkeeper told the inquiry his step. daughter had seen the bowler at the gate."
    assert _own(text) == []


def test_an_accented_respelling_is_the_source_word():
    text = "The wicketkeeper said his stepdaughter had seen the bowler's fiancée's car at the gate."
    assert _own(text) == ["said", "car"]


def test_two_words_of_its_own_that_join_to_no_source_word_stay_its_own():
    # "rain delay" joins to no source word
    text = "The wicketkeeper spoke of a rain delay and saw the fiancee."
    assert _own(text) == ["spoke", "rain", "delay", "saw"]


# survival: the head of a sentence broken by a bracketed gloss is no sentence of its own
GLOSS_PAPER = (
    "A woman told a jury how she saw a man hurt on a forecourt.\n\n"
    "Ruth Hale said: 'The next thing I remember is the tall man running to his car. "
    "I saw him [the victim] holding his side and I heard him telling his brother he had been hurt. "
    "He lifted his shirt and I saw the blood.'"
)


def test_a_sentence_broken_by_a_bracketed_gloss_is_one_sentence():
    from corpus_tools import sentences

    corpus = from_records([{"doc_id": "paper", "text": GLOSS_PAPER, "outlet": "Sun"}])
    texts = sentences(corpus)["text"].tolist()
    assert texts[2].startswith("I saw him [the victim] holding his side")
    assert len(texts) == 4


def test_a_statement_another_witness_tells_better_is_no_fate_of_the_matched_one():
    from corpus_tools.attribution.best_teller import told_by_another
    from corpus_tools.attribution.paraphrase import content_keys

    def rec(speaker: str, text: str) -> dict:
        return {"speaker_id": speaker, "keys": content_keys(text)}

    source = [
        rec("hale", "The next thing I remember was the boy appeared to stagger and look at his hand"),
        rec("hale", "He saw blood on his hand and looked shocked"),
        rec("greer", "she saw Mr Reed holding his side"),
        rec("greer", "I saw he was covered in mud"),
    ]
    told = {"keys": content_keys("she saw Mr Reed stagger as he looked down at his hands, covered in blood")}
    assert told_by_another(told, "greer", source)  # Mrs Hale's stagger and blood: not Greer's
    assert not told_by_another(told, "hale", source)
    held = {"keys": content_keys("she saw Mr Reed holding his side")}
    assert not told_by_another(held, "greer", source)  # Greer's own words stay his


def test_a_stop_word_and_a_word_of_its_own_are_no_source_word_joined():
    # "a bout" joins to the source's "about", but "bout" is the text's own word
    text = "The wicketkeeper had a bout of flu at the gate."
    assert _own(text) == ["bout", "flu"]
