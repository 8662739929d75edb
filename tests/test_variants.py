"""Lexical variants: categories, extraction, house style, collation — built sentences and seeds."""

from __future__ import annotations

import itertools

import matplotlib

matplotlib.use("Agg")

import pytest
from pairs import pair

from corpus_tools.report.plots import plot_sentence_pair, plot_variant_categories
from corpus_tools.variants.collation import collate, collation_to_html, collation_wide
from corpus_tools.variants.lexical import categorize, extract_variants
from corpus_tools.variants.style import house_style


def _pair(src: str, tgt: str):
    return pair(src, tgt, "tgt")


@pytest.mark.parametrize(
    "form_a,form_b,category",
    [
        ("\u2019", "'", "quotation_or_apostrophe"),
        ("", "'", "quotation_or_apostrophe"),
        ("\u201cdimensions\u201d", '"dimensions"', "quotation_or_apostrophe"),
        ("(", "", "punctuation_other"),
        ("talks,", "talks", "punctuation_other"),
        # words joined or split are no quote-mark change (claims audit round 10, gu29, gu125)
        ("half way", "halfway", "punctuation_other"),
        ("onto", "on to", "punctuation_other"),
        ("dont", "don't", "quotation_or_apostrophe"),
        # a capitalised stop word is no name (ch27)
        ("The", "They", "word_substitution"),
        ("U.S.", "US", "abbreviation"),
        ("U.K.", "UK", "abbreviation"),
        ("United Nations", "UN", "abbreviation"),
        ("programme", "program", "spelling_uk_us"),
        ("colour", "color", "spelling_uk_us"),
        ("defence programmes", "defense programs", "spelling_uk_us"),
        ("", "Mr", "honorific"),
        ("Dr", "", "honorific"),
        ("Sept. 20", "20 September", "date_format"),
        ("March 3", "3 March", "date_format"),
        ("5.93 mln", "5.93 million", "number_format"),
        ("ten", "10", "number_format"),
        ("1,000", "1000", "number_format"),
        ("on Thursday", "yesterday", "time_reference"),
        ("told Reuters", "said", "attribution_change"),
        ("the sources", "officials", "attribution_change"),
        ("Mohammed", "Mohammad", "name_spelling"),
        ("Smith", "Smyth", "name_spelling"),
        ("But", "However", "word_substitution"),
        ("overtures", "proposals", "word_substitution"),
        ("", "of US and Iranian foreign ministers", "insertion"),
        ("reached under his predecessor Barack Obama", "", "deletion"),
    ],
)
def test_categorize(form_a, form_b, category):
    assert categorize(form_a, form_b) == category


def test_extract_on_a_built_pair():
    src = (
        "But the sources said on Thursday that U.S. President Donald Trump s threats to end the programme "
        "were serious, a diplomat told Reuters on Sept. 20."
    )
    tgt = (
        "However officials said yesterday that US President Donald Trump\u2019s threats to end the program "
        "were serious, a diplomat said on 20 September."
    )
    corpus = _pair(src, tgt)
    v = extract_variants(corpus, source="src")
    got = [(r.source_form, r.form, r.category) for r in v.itertuples()]
    assert got == [  # minimal whole units: the connective and the speaker noun apart (issue 22)
        ("But the", "However", "word_substitution"),
        ("sources", "officials", "attribution_change"),
        ("on Thursday", "yesterday", "time_reference"),
        ("U.S.", "US", "abbreviation"),
        ("", "\u2019", "quotation_or_apostrophe"),  # the stripped apostrophe: not a deletion
        ("programme", "program", "spelling_uk_us"),
        ("told Reuters", "said", "attribution_change"),
        ("Sept. 20", "20 September", "date_format"),
    ]
    for r in v.itertuples():
        assert src[r.source_start : r.source_end] == r.source_form
        assert tgt[r.start : r.end] == r.form
    apostrophe = v[v.form == "\u2019"].iloc[0]
    # the insertion point where it stood
    assert src[apostrophe.source_start - 5 : apostrophe.source_start] == "Trump"
    assert "Donald Trump[] s threats" in apostrophe.source_context


def test_punctuation_change_is_never_a_word_substitution():
    v = extract_variants(
        _pair(
            "The talks, which began in May, ended on a Monday.",
            "The talks which began in May ended on a Monday.",
        ),
        source="src",
    )
    assert v["category"].tolist() == ["punctuation_other", "punctuation_other"]


def test_auxiliary_before_reporting_verb_is_attribution():
    v = extract_variants(
        _pair("Qasemi said the programme was defensive.", "Qasemi has said the programme was defensive."),
        source="src",
    )
    assert v[["form", "category"]].values.tolist() == [["has", "attribution_change"]]


# --------------------------------------------------------------------------- seeds


@pytest.fixture(scope="module")
def seed_variants(seeds):
    return extract_variants(seeds)


def test_seed_variant_counts(seed_variants):
    counts = seed_variants.groupby(["doc_id", "category"]).size().to_dict()
    assert counts == {
        ("000", "abbreviation"): 9,  # 8, and the Zarif sentence's "U.S." -> "US"
        # the dateline's "(Reuters) -"; the Zarif sentence, fused from 001's 11 and 12, is read against
        # both: the five names are kept (moved from 11), "The other five powers are", ", all of whom
        # ... deal." and "the six powers, including" are cut
        ("000", "deletion"): 4,
        ("000", "insertion"): 1,  # "and" (before "US")
        ("000", "name_spelling"): 1,
        ("000", "punctuation_other"): 1,
        ("000", "quotation_or_apostrophe"): 19,
        ("000", "spelling_uk_us"): 5,
        ("002", "abbreviation"): 10,
        ("002", "attribution_change"): 5,
        ("002", "date_format"): 1,
        ("002", "deletion"): 9,
        ("002", "honorific"): 2,
        ("002", "insertion"): 1,
        ("002", "punctuation_other"): 5,
        ("002", "quotation_or_apostrophe"): 26,
        ("002", "time_reference"): 2,
        # "the Islamic Republic's stance" -> "the country's stance": one thing named again, one
        # replacement (variants/named_again.py; a cut and an addition before round 20)
        ("002", "word_substitution"): 5,
    }


@pytest.mark.parametrize(
    "doc_b,form_a,form_b,category",
    [
        ("002", "Sept. 20", "20 September", "date_format"),
        ("002", "on Thursday", "yesterday", "time_reference"),
        ("002", "sources", "officials", "attribution_change"),
        ("002", "familiar with the overtures", "", "deletion"),  # cut, not hidden in the attribution
        ("002", "told Reuters", "have said", "attribution_change"),
        ("002", "But", "However", "word_substitution"),
        ("002", "", "Mr", "honorific"),
        ("002", "Zarif-Tillerson", "", "deletion"),
        ("000", "Mohammad", "Mohammed", "name_spelling"),
        ("000", "programme", "program", "spelling_uk_us"),
        ("000", "U.N.", "UN", "abbreviation"),
    ],
)
def test_seed_variants_named_in_the_issue(seed_variants, doc_b, form_a, form_b, category):
    rows = seed_variants[(seed_variants.doc_id == doc_b) & (seed_variants.source_form == form_a)]
    rows = rows[rows.form == form_b]
    assert len(rows) >= 1
    assert set(rows.category) == {category}


def test_seed_stripped_marks_are_quotation(seeds, seed_variants):
    v = seed_variants
    # every variant that touches only quote marks or apostrophes is categorised as such
    marks = set("\u2018\u2019\u201c\u201d\"' ")
    only_marks = v[(v.source_form + v.form).map(lambda f: f != "" and set(f) <= marks)]
    assert set(only_marks.category) == {"quotation_or_apostrophe"}
    cut = v[(v.doc_id == "000") & (v.category == "deletion")]
    assert sorted(cut.source_form) == [  # no quote mark
        "(Reuters) -",
        ", all of whom have reaffirmed commitment to the deal.",
        "The other five powers are",
        "the six powers, including",
    ]
    for r in v.itertuples():
        assert seeds.loc[r.source_doc_id, "text"][r.source_start : r.source_end] == r.source_form
        assert seeds.loc[r.doc_id, "text"][r.start : r.end] == r.form


def test_seed_house_style(seeds):
    h = house_style(seeds).set_index(["doc_id", "dimension", "style"])
    n = h["n"].to_dict()
    assert n[("001", "spelling", "british")] == 17 and n[("001", "spelling", "american")] == 2
    assert n[("000", "spelling", "british")] == 0 and n[("000", "spelling", "american")] == 6
    assert n[("002", "spelling", "british")] == 11
    assert n[("002", "date_order", "day_month")] == 1 and n[("001", "date_order", "month_day")] == 1
    assert n[("001", "abbreviations", "dotted")] == 14 and n[("001", "abbreviations", "undotted")] == 0
    assert n[("002", "abbreviations", "undotted")] == 11
    assert n[("002", "honorifics", "with_honorific")] == 2 and n[("001", "honorifics", "with_honorific")] == 0
    assert n[("000", "quote_marks", "curly")] == 19 and n[("001", "quote_marks", "stripped")] == 16
    assert n[("002", "day_reference", "relative")] == 1 and n[("001", "day_reference", "weekday")] == 2
    assert n[("002", "variants", "date_format")] == 1
    assert h.loc[("002", "variants", "date_format"), "n_total"] == 66  # "Islamic Republic" -> "country" one
    assert h.loc[("001", "spelling", "british"), "share"] == pytest.approx(17 / 19, abs=1e-4)


def test_collation_does_not_depend_on_document_order(seeds):
    full = collate(seeds)
    for perm in itertools.permutations(range(3)):
        assert collate(seeds.iloc[list(perm)]).equals(full)
    assert full.attrs["source"] == "001"
    assert list(full.columns) == [
        "position",
        "source_doc_id",
        "source_sent_id",
        "doc_id",
        "is_source",
        "form",
        "is_variant",
        "categories",
    ]
    # one row per witness and position: the source first, then the witnesses in doc_id order
    assert full["doc_id"].tolist()[:6] == ["001", "000", "002"] * 2
    assert full.groupby("position")["is_source"].sum().eq(1).all()
    full = collation_wide(full)
    assert list(full.columns)[4:7] == ["001", "000", "002"]
    date = full[full["002"] == "20 September"]
    assert date[["000", "001", "categories"]].values.tolist() == [["Sept. 20", "Sept. 20", "date_format"]]
    # a source sentence 000 did not keep has empty cells for 000
    dropped = full[full.source_sent_id == 10]
    assert (dropped["000"] == "").all() and (dropped["002"] == "").all()


def test_collation_docs_and_html(seeds, tmp_path):
    table = collate(seeds, docs=["002", "001"], sent_ids=[9])
    assert table["doc_id"].unique().tolist() == ["001", "002"]
    variant = table[table.is_variant]
    assert variant[["doc_id", "is_source", "form"]].values.tolist() == [
        ["001", True, "on Thursday"],
        ["002", False, "yesterday"],
    ]
    wide = collation_wide(table)
    assert list(wide.columns)[4:6] == ["001", "002"]
    assert wide[wide.is_variant]["001"].tolist() == ["on Thursday"]
    out = collation_to_html(table, tmp_path / "c.html")
    assert out.count('class="variant"') == int(wide.is_variant.sum()) == 1
    assert len(table) == 2 * len(wide)
    with pytest.raises(KeyError, match="the collation frame has no column 'doc_id'"):
        collation_wide(wide)
    assert (tmp_path / "c.html").read_text() == out
    with pytest.raises(ValueError, match=r"docs \['999'\] are not doc_ids"):
        collate(seeds, docs=["999"])


def test_variant_plots(seeds, seed_variants):
    ax = plot_variant_categories(seed_variants)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["000", "002"]
    fig = plot_sentence_pair(seed_variants, seeds, doc_id="002", sent_id=11)
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "20 September" in "".join(texts) and "Sept. 20" in "".join(texts)
    with pytest.raises(ValueError, match="no variant"):
        plot_sentence_pair(seed_variants, seeds, doc_id="002", sent_id=999)


def test_house_style_reads_honorifics_and_days_outside_quotations():
    """A speaker's words are not the paper's style (claims audit round 10, gu55 and gu89): the
    wire's "Mr Vane" and "On a Tuesday" inside the prosecutor's quotation are hers, so the wire's
    own narrative writes bare surnames and relative days, like the paper."""
    src = (
        'Lorna Quill, prosecuting, said: "On a Tuesday evening Mr Vane drove off. Mr Vane was angry."\n\n'
        "Vane denies assault. The trial continues today."
    )
    paper = "Prosecutor Lorna Quill said: 'On a Tuesday evening Mr Vane drove off.'\n\nVane denies it today."
    h = house_style(pair(src, paper)).set_index(["doc_id", "dimension", "style"])["n"].to_dict()
    for doc in ("src", "v"):
        assert h[(doc, "honorifics", "with_honorific")] == 0
        assert h[(doc, "day_reference", "weekday")] == 0
        assert h[(doc, "day_reference", "relative")] == 1
