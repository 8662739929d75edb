"""Issue 22, round 24: word-change and house-style shapes of round 23's held-out claims (claims.md,
"Twenty-third round", causes 4 and 8: ap13, ap31, bd47, bd81, bd70, bd82).

A phrase reworded in a kept frame is one replacement, not a cut and an addition; a time phrase a
version takes from the next source sentence in its own order ("last June" for "in June last year")
is kept, not added; a time word written otherwise ("tonight" -> "last night") is one time
reference, not also an addition; an honorific replaced by a rank and a first name is one
replacement, not a style change and an addition. In house style, "the Roe murders" names no one,
and a first name alone is the person its full name names; the findings say of how many people
the honorifics differ. Invented texts of the shapes the audit found; every case fails on
``6a4066d`` (the modules are new: by import; the end-to-end cases by their values too)."""

from __future__ import annotations

from collections import Counter

import corpus_tools as ct
from corpus_tools import from_records
from corpus_tools.report.findings import findings
from corpus_tools.report.honorific_scope import honorific_scope
from corpus_tools.variants.held_times import is_time_phrase
from corpus_tools.variants.honorific_people import fold_first_names, modifier_mention
from corpus_tools.variants.lexical import extract_variants
from corpus_tools.variants.reworded import _side_ok


def _rows(wire: str, paper: str) -> list[tuple[str, str, str]]:
    corpus = from_records([{"doc_id": "w", "text": wire}, {"doc_id": "p", "text": paper}])
    v = extract_variants(corpus, source="w")
    return [(r.source_form.replace("\n", " "), r.form, r.category) for r in v.itertuples()]


# ------------------------------------------------------------------ a phrase reworded in a kept frame

_WIRE = (
    "Ferry case\n\nA salesman accused of indulging in a noisy brawl with a steward on a cross-channel "
    "ferry was sent for trial when he appeared in court today.\n\n"
    "Tom Vane, 38, of Mill Lane, Dover, appeared before Dover magistrates charged with affray and "
    "being drunk on board the P&O ferry.\n\n"
    "The charges follow an alleged incident in the bar of a crossing from Calais to Dover in June "
    "last year."
)
_PAPER = (
    "A SALESMAN accused of a drunken punch-up with a steward on a ferry was yesterday sent for "
    "trial by Dover magistrates charged with affray and being drunk on the P&O boat last June."
)


def test_a_phrase_reworded_in_a_kept_frame_is_one_replacement():
    rows = _rows(_WIRE, _PAPER)
    assert ("indulging in a noisy brawl", "a drunken punch-up", "word_substitution") in rows
    assert not any(b == "a drunken punch-up" and c == "insertion" for _, b, c in rows)
    assert not any(a == "indulging in a noisy brawl" and c == "deletion" for a, _, c in rows)


def test_a_time_phrase_kept_from_the_next_source_sentence_is_no_addition():
    rows = _rows(_WIRE, _PAPER)
    assert not any("last June" in b for _, b, _ in rows), rows
    assert ("", "boat", "insertion") in rows  # the boat stays added, its time phrase leaves it


def test_a_time_phrase_the_source_holds_nowhere_near_stays_added():
    wire = _WIRE.replace(" in June last year", "")
    rows = _rows(wire, _PAPER)
    assert any("last June" in b for _, b, _ in rows), rows  # guard: no neighbouring sentence holds it


def test_a_clause_reworded_at_a_sentence_end_is_one_replacement():
    rows = _rows(
        "Dealer jailed\n\nMr Hale said Rudd was a fantasist who wanted to seem a wealthy and clever "
        "trader.\n\nIn truth he owed thousands.",
        "Mr Hale said Rudd was a fantasist bent on making money but failing. In truth he owed thousands.",
    )
    assert (
        "who wanted to seem a wealthy and clever trader",
        "bent on making money but failing",
        "word_substitution",
    ) in rows


def test_a_reworded_side_holds_no_name_number_or_time():
    assert _side_ok("a drunken punch-up", opens=False)
    assert not _side_ok("Ted, 70,", opens=False)  # a name and an age: facts
    assert not _side_ok("number K123", opens=False)
    assert not _side_ok("late on Friday", opens=False)
    assert not _side_ok("said he", opens=False)
    assert not _side_ok("door-", opens=False)  # a word cut at a hyphen
    assert not _side_ok("of the", opens=False)  # no content word
    assert not _side_ok(", who accepted", opens=False)  # a clause joined by a comma
    assert not _side_ok("There was no room", opens=True) and not _side_ok("states he acted", opens=False)
    assert _side_ok("who liked to seem wealthy as he was", opens=False)  # a relative clause


# ------------------------------------------------------------------ a time word counted twice


def test_a_time_word_written_otherwise_is_one_time_reference():
    rows = _rows(
        "Inquiry widens\n\nPolice were tonight trying to find out whether the arsonist John Pike "
        "could be linked to other fires in the county.",
        "Police were last night trying to find out whether he could be linked to other fires in the county.",
    )
    assert ("tonight", "last night", "time_reference") in rows
    assert not any(b == "last night" and c == "insertion" for _, b, c in rows)
    assert sum(c == "time_reference" for _, _, c in rows) == 1


def test_time_phrases():
    assert is_time_phrase("last June") and is_time_phrase("on Friday night") and is_time_phrase("in May 1998")
    assert (
        not is_time_phrase("boat last June") and not is_time_phrase("last") and not is_time_phrase("in the")
    )


# ------------------------------------------------------------------ an honorific replaced by a rank


def test_an_honorific_replaced_by_a_rank_and_first_name_is_one_replacement():
    rows = _rows(
        "Dealer jailed\n\nMr Hale said Rudd was a fantasist who owed thousands.",
        "Det Sgt Tom Hale described Rudd as a fantasist who owed thousands.",
    )
    assert ("Mr", "Det Sgt Tom", "word_substitution") in rows
    assert not any(c == "honorific" for _, _, c in rows)
    assert not any(b == "Det Sgt Tom" and c == "insertion" for _, b, c in rows)


def test_an_honorific_for_a_first_name_alone_stays_as_it_was():
    rows = _rows(
        "Dealer jailed\n\nMr Hale said Rudd was a fantasist who owed thousands.",
        "Tom Hale said Rudd was a fantasist who owed thousands.",
    )
    assert not any(c == "word_substitution" and a == "Mr" for a, _, c in rows), rows  # guard: no rank


# ------------------------------------------------------------------ honorifics by the same person's mentions

_PA = (
    "Sisters killed\n\nA gardener was today jailed for life for the murders of Ann Roe, 50, and her "
    "sister Jane Roe, 47, at their farm near Ely. Mr Hale, the detective who led the inquiry, said "
    "Dunn was cruel. Neighbours found Ann on the floor of the kitchen. Jane was found in the yard. "
    "Mr Hale said the case was closed. Dunn, 33, admitted both killings. Dunn was led away."
)
_PAPER_ROE = (
    "A gardener was yesterday jailed for life for murdering Ann Roe, 50, and her sister, 47, "
    "at their farm near Ely. Miss Roe was found in the yard and her sister in the kitchen. Mr Hale "
    "said Dunn was cruel. Dunn admitted both killings and Dunn was led away."
)


def _roe_analysis():
    records = [
        {"doc_id": "pa", "text": _PA, "role": "wire", "outlet": "PA", "published": "2000-04-03"},
        {
            "doc_id": "paper",
            "text": _PAPER_ROE,
            "role": "newspaper",
            "outlet": "mirror",
            "published": "2000-04-04",
        },
    ]
    return ct.analyze(from_records(records))


def test_honorifics_are_counted_by_the_same_persons_mentions():
    a = _roe_analysis()
    h = a.house_style.set_index(["doc_id", "dimension", "style"])
    # the Roes: "Ann" and "Jane" alone are theirs (PA: no honorific), "Miss Roe" the paper's
    assert h.loc[("paper", "honorifics", "with_honorific"), "n"] == 1
    text = findings(a)["paper"]
    assert "honorifics with honorific (pa: without), for 1 of the 3 people both name" in text, text


def test_a_surname_after_an_article_is_no_mention():
    import spacy
    from spacy.tokens import Span

    doc = spacy.blank("en")("Mr Hale said the Roe murders shocked Roe")
    assert modifier_mention(doc, Span(doc, 4, 5, label="PERSON"))  # "the Roe murders"
    assert not modifier_mention(doc, Span(doc, 7, 8, label="PERSON"))  # "shocked Roe"
    assert not modifier_mention(doc, Span(doc, 0, 2, label="PERSON"))


def test_first_names_fold_into_the_one_surname_they_stand_before():
    folded = fold_first_names({"ann": Counter(bare=2), "roe": Counter(with_=1)}, {"ann": {"roe"}})
    assert folded == {"roe": Counter(bare=2, with_=1)}
    kept = fold_first_names({"ann": Counter(bare=2)}, {"ann": {"roe", "dunn"}})
    assert kept == {"ann": Counter(bare=2)}  # guard: two surnames


def test_honorific_scope_reads_the_versions_row():
    import pandas as pd

    rows = pd.DataFrame(
        {
            "dimension": ["honorifics"] * 2,
            "style": ["with_honorific", "without"],
            "n": [2, 0],
            "n_total": [5, 5],
        }
    )
    assert honorific_scope(rows, "with_honorific") == ", for 2 of the 5 people both name"
    assert honorific_scope(rows, "without") == ""


# ------------------------------------------------------------------ words kept from a near source sentence

_NEAR = {
    ("w", 5): "A salesman was sent for trial today.",
    ("w", 6): "Tom Vane, 38, appeared before Dover magistrates charged with affray.",
    ("w", 7): "He was bailed.",
    ("w", 8): "The charges follow a fight on a crossing from Calais to Dover in June last year.",
}
_VERSION = "Vane was on a crossing from Calais to Dover when he met a steward."


def _row(category: str, form: str, source_form: str, sid: int = 6) -> tuple:
    a = _VERSION.find(form) if form else 0
    return (
        "p",
        0,
        a,
        a + len(form),
        form,
        "",
        "w",
        sid,
        0,
        len(source_form),
        source_form,
        "",
        category,
        "rewritten",
    )


def test_words_kept_word_for_word_from_a_near_source_sentence_are_no_change():
    from corpus_tools.variants.next_sentence import from_next_sentence

    rows = [
        _row("word_substitution", "from Calais to", "appeared before"),  # s8's words, read against s6
        _row("insertion", "crossing from Calais", ""),
        _row("insertion", "met a steward", ""),  # guard: no source sentence writes it
        _row("word_substitution", "Tom Vane", "He", sid=7),  # guard: a pronoun named
    ]
    out = from_next_sentence(rows, _VERSION, _NEAR, lambda raw, a, b: "")
    got = [(r[10], r[4], r[12]) for r in out]
    assert got == [
        ("appeared before", "", "deletion"),
        ("", "met a steward", "insertion"),
        ("He", "Tom Vane", "word_substitution"),
    ]
