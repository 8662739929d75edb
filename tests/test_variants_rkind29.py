"""Issue 22, round 29 (branch rkind29): change rows rkind28 left (benchmarks/README.md, "Round 28,
branch rkind28", its wrong splits and "Left out").

The same word in another form on both sides of a row, with a dash, comma or semicolon of the
clause at a side's edge, is one replacement ("by depriving her" -> "- deprived"); so are two verb
phrases of one role ("was ordered to undergo" -> "has been sent for", "causing" -> "led to") and a
noun phrase with a comma closing it ("security services," -> "secret police")
(variants/reformed_pairs.py). A time word added at a replacement's edge is an addition apart
("year" -> "years yesterday", variants/time_words.py). An attribution cut and a new speaker
opening an addition in the same sentence are one change of speaker ("said the doctor" ->
"Psychiatrist Dr Philip Joseph told the jury", variants/speaker_swaps.py). Invented texts of the
shapes; the end-to-end cases fail on ``60a5cdd``."""

from __future__ import annotations

import pytest

from corpus_tools import from_records
from corpus_tools.variants.lexical import extract_variants
from corpus_tools.variants.reformed_pairs import one_replacement
from corpus_tools.variants.reworded_openings import _opens
from corpus_tools.variants.speaker_swaps import speaker_end
from corpus_tools.variants.whole_pairs import is_whole_pair


def _rows(wire: str, paper: str) -> list[tuple[str, str, str]]:
    corpus = from_records([{"doc_id": "w", "text": wire}, {"doc_id": "p", "text": paper}])
    v = extract_variants(corpus, source="w")
    return [(r.source_form.replace("\n", " "), r.form, r.category) for r in v.itertuples()]


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        ("by robbing her", "- robbed", True),  # the same verb in another form, a dash before it
        ("and shout", "- and shouted", True),
        ("him, forcing", "that forced", True),  # a comma inside, before the verb
        ("by binding him, locking him", "- locked", True),
        ("accused forging", "; forged", True),  # a semicolon of a list
        ("painted", ", painting", True),
        ("was told to receive", "has been referred for", True),  # two verb phrases on auxiliaries
        ("prompting", "led to", True),  # a participle for a verb and its particle
        ("secret services,", "intelligence agents", True),  # a comma closing a noun phrase
        ("we", ", Yorkshire", False),  # a comma-led apposition, no word in common
        ("year", "years at", False),  # stops on a preposition
        ("the defendant", ", for the prosecution,", False),
        ("Police who seized a computer belonging to", "The home of", False),
        ("child pornography in", "PERVERT who amassed", False),
        ("Don Dean, prosecuting, said St Clair set up a", "the prosecution said", False),
    ],
)
def test_a_mark_at_an_edge_or_a_word_in_another_form_keeps_one_replacement(a, b, one):
    assert one_replacement(a, b, is_whole_pair) is one


def test_a_verb_in_another_form_after_a_dash_is_one_replacement():
    wire = (
        "Cruel mother\n\nA mother was today jailed for seven years for subjecting her son to a campaign of "
        "cruelty by starving him of food, Leeds Crown Court heard.\n\nShe denied the charges."
    )
    paper = (
        "A MOTHER was jailed for seven years yesterday for subjecting her son to a campaign of cruelty - "
        "starved of food, Leeds Crown Court heard."
    )
    rows = _rows(wire, paper)
    assert ("by starving him", "- starved", "word_substitution") in rows, rows
    assert not any(c in {"deletion", "insertion"} for _, _, c in rows), rows


def test_a_time_word_added_at_a_replacements_edge_is_an_addition_apart():
    wire = (
        "Porn case\n\nA man who kept child pornography on his computer has begun a two-and-a-half year "
        "jail term.\n\nHe admitted the charges."
    )
    paper = "A MAN who kept child pornography on his computer was jailed for two and a half years yesterday."
    rows = _rows(wire, paper)
    assert ("year", "years", "word_substitution") in rows, rows
    assert ("", "yesterday", "insertion") in rows
    assert not any("yesterday" in b and a for a, b, _ in rows)


def test_a_new_speaker_for_a_cut_attribution_is_one_change_of_speaker():
    assert speaker_end("Dr Tom Vane told the jury Hart was ill") == len("Dr Tom Vane told the jury")
    assert speaker_end("the bomb killed three people") is None
    wire = (
        "Market bomber\n\nA market bomber was sane when he planted a bomb in Leeds, according to a doctor "
        "at his trial today.\n\nHe had a personality disorder but still had the ``choice and ability to "
        "decide whether or not to carry out the bombing,'' said the doctor.\n\nThe trial continues."
    )
    paper = (
        "A RACIST fanatic was sane when he planted a bomb in Leeds, the Crown Court heard yesterday. "
        "Psychiatrist Dr Tom Vane told the jury Hart, 24, had a personality disorder but still had the "
        "'choice and ability to decide whether or not to carry out the bombing'."
    )
    rows = _rows(wire, paper)
    swap = (",'' said the doctor", "Psychiatrist Dr Tom Vane told the jury", "attribution_change")
    assert swap in rows, rows
    assert ("", "Hart, 24,", "insertion") in rows
    assert not any(c == "attribution_change" and not b for _, b, c in rows)


@pytest.mark.parametrize(
    ("wire_words", "paper_words", "row"),
    [
        (
            "returning to his trucks with",
            "returning to his truck with",
            ("trucks", "truck", "word_substitution"),
        ),
        (
            "sent to a young workers' hostel for",
            "sent to a young worker hostel for",
            ("workers'", "worker", "word_substitution"),
        ),
    ],
)
def test_a_plural_made_singular_after_a_determiner_or_before_a_noun_is_no_misprint(
    wire_words, paper_words, row
):
    wire = f"Bin theft\n\nA cleaner was caught {wire_words} four bags, a court heard today.\n\n"
    wire += "He admitted theft."
    paper = f"A CLEANER was caught {paper_words} four bags, a court heard yesterday."
    rows = _rows(wire, paper)
    assert row in rows, rows
    assert not any(c in {"misprint", "quotation_or_apostrophe"} for _, _, c in rows), rows


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (", I think,", "goats, is thought to have"),  # marks on both sides
        ("theft, between", "stole his first"),  # the same word before a clause's comma
        ("They found", "Her father,"),  # a pronoun: a clause's part
        ("and pupil", "both from Leeds,"),
        ("The judge", "Jailing him,"),
        ("making", "kept in"),  # a participle against a verb and "in": another clause
    ],
)
def test_fragments_with_a_mark_stay_a_cut_and_an_addition(a, b):
    assert one_replacement(a, b, is_whole_pair) is False


@pytest.mark.parametrize(
    "form",
    [
        "After the hearing, Rob",
        "Cotterell, who admitted the murders, was told by",
        "It was not until",
        "inadvertently told him her address",
        "later admitted",
    ],
)
def test_an_addition_not_opening_on_a_speaker_has_no_attribution(form):
    assert speaker_end(form) is None


def test_an_opening_reworded_takes_the_words_it_rewords():
    wire = (
        "Bin theft\n\nA trainee solicitor stole rubbish from a law firm, a court heard today.\n\n"
        "Agreeing to defer sentence to May 10, Judge Tom Vane said: ``This is a sad case.''"
    )
    paper = (
        "A TRAINEE solicitor stole rubbish from a law firm, a court heard yesterday. "
        "Sentencing was deferred to 10 May."
    )
    rows = _rows(wire, paper)
    assert ("Agreeing to defer sentence to", "Sentencing was deferred", "word_substitution") in rows, rows
    assert not any(a == "defer sentence to" for a, _, _ in rows)


def test_an_opening_after_a_paragraph_mark_and_a_control_character_opens_its_sentence():
    assert [_opens("was drawn up.<\n\x19Agreeing", 16), _opens("He went and then", 12)] == [True, False]
