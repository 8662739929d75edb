"""Round 17's housekeeping (branch debt17): one comparison of initials with a full name
(:mod:`corpus_tools.text.name_initials`) read by every site that reads initials, and one decision
that a mention is a hearing, not a person (:func:`corpus_tools.attribution.hearings.is_hearing`).
Invented names and text throughout."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pandas as pd
import pytest

from corpus_tools import from_records
from corpus_tools.attribution.attributions import attributions
from corpus_tools.attribution.clause_names import governing_name
from corpus_tools.attribution.hearings import as_hearing, is_hearing
from corpus_tools.attribution.institution_names import same_institution
from corpus_tools.attribution.judges import name_the_judge
from corpus_tools.attribution.opening_pleas import named_after, pleading_opener
from corpus_tools.attribution.opening_speakers import speaking_opener
from corpus_tools.attribution.pronouns import HEARING_KEY, compound_name
from corpus_tools.attribution.take_speakers import same_spokesman
from corpus_tools.text.name_initials import SMALL_WORDS, initials_of, stand_for
from corpus_tools.variants.categories import categorize
from corpus_tools.variants.initials import as_initials

# ----------------------------------------------------------------------------- the initials


@pytest.mark.parametrize(
    ("short", "name", "expected"),
    [
        ("GRC", "grey river council", True),  # every word its letter
        ("grc", "grey river council", True),  # in any case
        ("BH", "bank of halden", True),  # "of" gives no letter
        ("THR", "the halden railway", False),  # nor "the"
        ("HR", "the halden railway", True),
        ("PM", "pell & marsh", True),  # nor "&"
        ("PM", "pell and marsh", True),
        ("GR", "grey river council", False),  # a letter short
        ("GRCX", "grey river council", False),  # a letter too many
        ("RGC", "grey river council", False),  # another order
    ],
)
def test_stand_for_reads_the_first_letters_without_the_small_words(short, name, expected):
    assert stand_for(short, name.split()) is expected


def test_small_letters_accept_the_letters_of_of_for_and_and_only_when_asked():
    words = "office for roads and harbours".split()
    assert [stand_for(s, words) for s in ("ORH", "OfRH", "OfRaH")] == [True, False, False]
    assert [stand_for(s, words, small_letters=True) for s in ("ORH", "OfRH", "OfRaH")] == [True, True, True]
    # "the" never gives a letter, nor "and" without "for" and "of"
    assert not stand_for("TOfRH", ["the", *words], small_letters=True)
    assert not stand_for("ORaH", words, small_letters=True)


def test_an_empty_short_form_is_no_ones_initials():
    assert not stand_for("", [])
    assert not stand_for("", ["the", "of"])  # initials "" too
    assert initials_of(["the", "of"]) == ""


def test_the_small_words_give_no_letter():
    assert all(initials_of([w]) == "" for w in SMALL_WORDS)
    assert initials_of(["varna", "&", "tolle", "of", "the", "north"]) == "vtn"


def test_the_institutions_join_initials_and_name_by_the_shared_comparison():
    # a body's initials and its full name in one document are one body
    assert same_institution("GRC", "the Grey River Council")
    assert same_institution("the PM", "Pell & Marsh")
    assert not same_institution("GRC", "the Grey Ridge Bank")
    # one letter is no one's initials: "the Council" is read by its head noun, not as "C"
    assert not same_institution("C", "Council")


def test_a_spokesman_under_a_bodys_initials_with_small_letters():
    full = "A spokesman for the Office for Roads and Harbours"
    assert same_spokesman("An OfRH spokeswoman", full)
    assert same_spokesman("An ORH spokeswoman", full)
    assert not same_spokesman("An OfRB spokeswoman", full)
    # the institutions' reading takes no small letters: "OfRH" is not "the Office for Roads and Harbours"
    assert not same_institution("OfRH", "the Office for Roads and Harbours")
    assert same_institution("ORH", "the Office for Roads and Harbours")


def test_the_facts_read_initials_by_the_shared_comparison():
    assert as_initials("GRC", "the grey river council")  # lower case: only the shared comparison reads it
    assert as_initials("VTN", "varna & tolle north")  # "&" gives no letter, as in the spelled reading
    assert not as_initials("VTN", "varna tolle")
    assert categorize("Grey River", "GR") == "abbreviation"
    assert categorize("Grey River", "GX") != "abbreviation"


# ----------------------------------------------------------------------------- the hearing


def test_is_hearing_reads_a_frame_a_mapping_and_a_record():
    frame = pd.DataFrame({"resolved_from": ["hearing", "mention", None, "relative"]}, index=[5, 6, 7, 8])
    assert is_hearing(frame).tolist() == [True, False, False, False]
    assert is_hearing(frame).index.tolist() == [5, 6, 7, 8]
    assert is_hearing(pd.DataFrame({"speaker_label": ["the court"]})).tolist() == [False]  # no column
    assert is_hearing({"resolved_from": "hearing"}) and not is_hearing({"resolved_from": "mention"})
    assert is_hearing(SimpleNamespace(resolved_from="hearing"))
    assert not is_hearing(SimpleNamespace(resolved_from="mention")) and not is_hearing(SimpleNamespace())


def _rows(*rows):
    cols = ["doc_id", "speaker_id", "speaker_label", "named", "speaker_type", "resolved_from"]
    return pd.DataFrame([dict(zip(cols, r, strict=True)) for r in rows])


def test_the_judge_is_named_but_a_hearing_is_not():
    frame = _rows(
        ["d", "d:1", "Judge Ann Grey", True, "person", "mention"],
        ["d", "d:2", "the judge", False, "anonymous", "mention"],
        ["d", "d:3", "the judge", False, "anonymous", "hearing"],
    )
    got = name_the_judge(frame)
    assert got["speaker_label"].tolist() == ["Judge Ann Grey", "Judge Ann Grey", "the judge"]
    assert got["speaker_id"].tolist() == ["d:1", "d:1", "d:3"]
    assert got.index.tolist() == frame.index.tolist()


def test_a_hearings_features_are_anonymous_and_the_bench_told_is_the_hearing():
    f = {"type": "official", "named": True, "surname": "Grey", "head": "judge", "label": "The judge"}
    assert as_hearing(f) is f
    assert (f["type"], f["named"], f["surname"], f["label"], f["heads"]) == (
        "anonymous",
        False,
        "",
        "the hearing",
        {"hearing"},
    )
    court = as_hearing({"head": "jury", "label": "the jury"})
    assert (court["label"], court["heads"], court["key"]) == ("the jury", {"jury"}, HEARING_KEY)


def test_the_court_told_in_a_later_take_stays_the_court():
    takes = ["Judge Ann Grey said the claim failed.\n", "The court was told that Mr Tom Vale was ill.\n"]
    records = [{"doc_id": f"t{i}", "text": t, "group": "g", "order": i} for i, t in enumerate(takes, 1)]
    corpus = from_records(records)
    rows = attributions(corpus)
    assert rows[["doc_id", "speaker_label", "named", "resolved_from"]].values.tolist() == [
        ["t1", "Judge Ann Grey", True, "mention"],
        ["t2", "The court", False, "hearing"],
    ]


# ----------------------------------------------------------------------------- a name's words


@pytest.fixture(scope="module")
def nlp():
    from corpus_tools.text.nlp import load_model

    return load_model()


def test_compound_name_is_the_name_the_clause_readings_share(nlp):
    doc = nlp("Mr Tom Vale went on trial in a case where he pleaded guilty.")
    vale = next(t for t in doc if t.text == "Vale")
    assert compound_name(vale).text == "Mr Tom Vale"
    assert compound_name(doc[-2]).text == "guilty"  # a word with nothing compounded on it
    mention = SimpleNamespace(mention=next(doc[i : i + 1] for i, t in enumerate(doc) if t.text == "he"))
    assert governing_name(mention).text == "Mr Tom Vale"  # its title read from the same span


# ----------------------------------------------------------------------------- an opening description


PLEA = re.compile(r"\badmit(?:s|ted|ting)?\b")


def test_named_after_reads_the_cue_from_the_mention_on_and_the_name_within_reach():
    after = "a van driver admitted theft. The van was red. Tom Hale, 42, was held."
    found = named_after("", after[0].upper() + after[1:], {"Hale"}, PLEA, 2)
    assert found is not None and found[2] == 0 and found[-1] == "Tom Hale"
    assert after[found[3] : found[4]].startswith("Tom Hale")
    assert named_after("", after, {"Hale"}, PLEA, 1) is None  # the name two sentences on
    # the plea before the mention, in its own sentence, is no plea of the description's
    before = "In court, after he admitted nothing, "
    assert named_after(before, "a van driver sat. Tom Hale, 42, was held.", {"Hale"}, PLEA, 2) is None


def test_both_openers_read_the_name_by_the_shared_reading():
    plea = "A van driver yesterday admitted six thefts. Tom Hale, 42, pleaded guilty at Ayr."
    said = "A woman jailed for theft yesterday told the court she was sorry. Ann Vale, 41, said more."
    assert pleading_opener("A van driver", "", plea, {"Hale"}) == "Tom Hale"
    assert speaking_opener("A woman", "", said, {"Vale"}) == "Ann Vale"
    # each with its own cue: a statement is no plea, a plea no statement
    assert (
        pleading_opener("A woman", "", said.replace("Ann Vale, 41, said", "Ann Vale admitted"), {"Vale"})
        == ""
    )
    assert speaking_opener("A van driver", "", plea, {"Hale"}) == ""
