"""Issue 22, round 22: word-change shapes left by wchg21 (README "Issue 22, word-change counts
round 21", Left; known debt 5 of "End of round 21").

A word written short in the other version (a clipping: "Westm" for "Westmorland", "RG" for
"radiogram", "pr" for "procedure") is style, an abbreviation, not a replacement; a common word
that opens a longer one stays a replacement. A version sentence loosely aligned to a source
sentence another named person speaks loses its rows (``ct.analyze`` reads them again once the
attributions are there). A speaker written on the other side of the verb of saying ("said
counsel" / "he said") is one replacement, not a cut and an addition; the article of a turned
apposition ("builder Kit Lam" / "Kit Lam, a builder") no word added. Invented texts of the shapes
the audits found; every case fails on ``0c2e3bc`` (the modules are new: by import), and the
end-to-end cases by their values."""

from __future__ import annotations

from corpus_tools import from_records
from corpus_tools.variants.categories import categorize
from corpus_tools.variants.clippings import is_clipping
from corpus_tools.variants.lexical import extract_variants

# ------------------------------------------------------------------ a word written short


def test_a_county_cut_short_with_its_capital_is_an_abbreviation():
    assert categorize("Westmorland", "Westm") == "abbreviation"
    assert categorize("Det Sgt Olu of Westm police", "Det Sgt Olu of Westmorland police") == "abbreviation"


def test_a_word_in_capitals_and_a_dotted_head_are_abbreviations():
    assert categorize("radiogram", "RG") == "abbreviation"
    assert categorize("Inspector Vane", "Insp. Vane") == "abbreviation"


def test_two_lower_case_letters_opening_the_word_are_an_abbreviation():
    assert categorize("the procedure", "the pr") == "abbreviation"
    assert is_clipping("pr", "procedure")


def test_common_words_opening_longer_ones_stay_replacements():
    assert categorize("the car", "the cardigan") == "word_substitution"  # guard: lower case, three letters
    assert categorize("manager", "man") == "word_substitution"  # guard
    assert categorize("He", "Helen") == "word_substitution"  # guard: a stop word
    assert categorize("Westmorland", "Wm") == "word_substitution"  # guard: a name without its head
    assert not is_clipping("the car.", "the cardigan.")  # guard: the full stop is no short mark
    assert not is_clipping("pr", "paper")  # guard: not the long word's first two letters


def test_a_clipping_through_extract_variants_is_style():
    corpus = from_records(
        [
            {
                "doc_id": "w",
                "text": "Farm fire\n\nA barn burned near Kendal in Westmorland last night, firemen said.",
            },
            {
                "doc_id": "p",
                "text": "Farm fire\n\nA barn burned near Kendal in Westm last night, firemen said.",
            },
        ]
    )
    v = extract_variants(corpus, source="w")
    assert v[["form", "source_form", "category"]].values.tolist() == [
        ["Westm", "Westmorland", "abbreviation"]
    ]


# ------------------------------------------------ a sentence read against another person's words

_VARIANT_COLUMNS = ["doc_id", "sent_id", "form", "source_doc_id", "source_sent_id", "source_form", "category"]


def _frames(version_label, source_label, *, score=0.5, named=True, kind="person"):
    """A paper's sentence 4 ("Ann Vale said the boy ran first") loosely aligned to the wire's
    sentence 7, another witness's ("He said he saw the man run first"), and its sentence 5 read
    right against the wire's 8; the labels of the two speakers given."""
    import pandas as pd

    variants = pd.DataFrame(
        [
            ["p", 4, "Ann Vale", "w", 7, "He", "word_substitution"],
            ["p", 4, "", "w", 7, "he saw the man", "deletion"],
            ["p", 5, "jogged", "w", 8, "ran", "word_substitution"],
        ],
        columns=_VARIANT_COLUMNS,
    )
    alignment = pd.DataFrame(
        {
            "doc_id": ["p", "p"],
            "sent_id": [4, 5],
            "source_doc_id": ["w", "w"],
            "source_sent_ids": [(7,), (8,)],
            "score": [score, 0.95],
            "reuse_class": ["rewritten", "rewritten"],
        }
    )
    attributions = pd.DataFrame(
        {
            "doc_id": ["p", "w", "p", "w"],
            "sent_id": [4, 7, 5, 8],
            "speaker_label": [version_label, source_label, "Tom Reed", "Tom Reed"],
            "named": [named, True, True, True],
            "speaker_type": [kind, "person", "person", "person"],
        }
    )
    return variants, alignment, attributions


def _kept(*frames, **kw):
    from corpus_tools.variants.speaker_pairs import other_speakers

    out = other_speakers(*frames, **kw)
    return sorted(set(zip(out["sent_id"], out["category"], strict=True)))


def test_a_witness_read_against_another_witness_loses_its_rows():
    kept = _kept(*_frames("Driver Ann Vale", "Tom Reed"))
    assert kept == [(5, "word_substitution")]  # sentence 4 gone, sentence 5 kept
    kept = _kept(*_frames("Mary Vale", "Sgt Gary Reed"))  # first names spelt close, surnames not
    assert kept == [(5, "word_substitution")]


def test_one_person_under_two_labels_keeps_its_rows():
    whole = [(4, "deletion"), (4, "word_substitution"), (5, "word_substitution")]
    assert _kept(*_frames("Ann Vayle", "Mrs Ann Vale")) == whole  # guard: a surname spelt close
    assert _kept(*_frames("Her husband Tom", "Tom Reed")) == whole  # guard: a first name shared
    assert _kept(*_frames("Ann Vale", "Tom Reed", score=0.9)) == whole  # guard: a close alignment
    assert _kept(*_frames("A witness", "Tom Reed", named=False, kind="anonymous")) == whole  # guard


def test_analyze_reads_the_rows_again_once_who_speaks_is_known():
    import corpus_tools as ct

    source = (
        "Road fight\n\n"
        "Mr Tom Reed told the court he saw the older man throw the first punch at the van driver. "
        "The older man was driving a blue car. The trial continues."
    )
    paper = (
        "Road fight\n\n"
        "Driver Ann Vale said the younger man struck first, hitting the older man in the face. "
        "The older man was driving a blue car. The trial continues."
    )
    corpus = from_records([{"doc_id": "w", "text": source}, {"doc_id": "p", "text": paper}])
    a = ct.analyze(corpus, source="w")
    row = a.alignment[(a.alignment.doc_id == "p") & (a.alignment.sent_id == 1)].iloc[0]
    assert row.reuse_class != "new" and row.score < 0.6  # the loose pair the rule reads
    alone = extract_variants(corpus, source="w", alignment=a.alignment, sentences=a.sentences)
    assert 1 in set(alone["sent_id"])  # the variants stage alone reads it against Reed's words
    assert 1 not in set(a.variants["sent_id"])


# ------------------------------------------------------- a speaker on the other side of the verb


def _variants(source_body: str, paper_body: str) -> list[list[str]]:
    corpus = from_records(
        [
            {"doc_id": "w", "text": "Trial\n\n" + source_body + " The case goes on."},
            {"doc_id": "p", "text": "Trial\n\n" + paper_body + " The case goes on."},
        ]
    )
    v = extract_variants(corpus, source="w")
    return v[~v.category.isin(["quotation_or_apostrophe"])][
        ["form", "source_form", "category"]
    ].values.tolist()


def test_a_subject_turned_round_the_verb_of_saying_is_one_replacement():
    got = _variants(
        "It would be a ``near certainty'', said counsel, that the ledger was forged.",
        'It would be a "near certainty", he said, that the ledger was forged.',
    )
    assert got == [["he", "counsel", "word_substitution"]]
    got = _variants(
        "The ledger was forged, the clerk said in his report.",
        "The ledger was forged, said Dr Ames in his report.",
    )
    assert got == [["Dr Ames", "the clerk", "word_substitution"]]


def _rows_around_said(version: str, added: str, source: str, cut: str) -> list[tuple]:
    """An addition ``added`` (its first place in ``version``) and a cut ``cut`` (its last place
    in ``source``), both of sentence 3 read against the wire's sentence 6."""
    a, c = version.index(added), source.rindex(cut)
    addition = ("p", 3, a, a + len(added), added, "", "w", 6, 0, 0, "", "", "insertion", "rewritten")
    deletion = ("p", 3, 0, 0, "", "", "w", 6, c, c + len(cut), cut, "", "deletion", "rewritten")
    return [addition, deletion]


def test_words_that_are_no_subject_stay_a_cut_and_an_addition():
    from corpus_tools.variants.inverted_subjects import inverted_subject

    source, version = "Mr Olu said that the ledger was forged.", "He said the ledger was forged."
    rows = _rows_around_said(version, "He", source, "that")
    assert inverted_subject(rows, version, source) == rows  # guard: "that" is no subject
    source, version = "The singer weighed just 40kg (six stone).", "She weighed six stone."
    rows = _rows_around_said(version, "She", source, "just 40kg (")
    assert inverted_subject(rows, version, source) == rows  # guard: a digit and a bracket
    source, version = "It was forged, said counsel, in May.", "It was forged, he said, in May."
    rows = _rows_around_said(version, "he", source, "counsel")
    assert [r[4:5] + r[10:11] + r[12:13] for r in inverted_subject(rows, version, source)] == [
        ("he", "counsel", "word_substitution")
    ]


# ------------------------------------------------------------ an article come with a moved word


def test_the_article_of_a_turned_apposition_is_no_word_added():
    got = _variants(
        "The ledger was signed by Ada Moss and builder Kit Lam.",
        "The ledger was signed by Ada Moss and Kit Lam, a builder.",
    )
    assert got == []
    got = _variants(
        "Retired judge Ann Vale said the ledger was forged.",
        "Ann Vale, the retired judge, said the ledger was forged.",
    )
    assert got == [[",", "", "punctuation_other"]]  # the comma closing the apposition, style


def test_an_article_before_a_word_in_its_place_stays_added():
    got = _variants(
        "Yesterday police said the ledger was forged.", "Yesterday the police said the ledger was forged."
    )
    assert got == [["the", "", "insertion"]]  # guard: the source has "police" right there
    got = _variants("Kit Lam signed the ledger.", "Kit Lam signed the ledger, a builder.")
    assert got == [[", a builder", "", "insertion"]]  # guard: a word the source does not have
