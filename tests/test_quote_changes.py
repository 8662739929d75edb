"""One count of the quotes changed per edge, with or without analyze (issue #22), and the style
line of a near copy analyze sets aside (issue #23)."""

from __future__ import annotations

import pytest
from strike_story import P, X, Y, wire_corpus

from corpus_tools import Options, analyze
from corpus_tools.report.family_view import show_family
from corpus_tools.text.nlp import ModelError
from corpus_tools.variants import quote_changes
from corpus_tools.variants.changes import changes, edge_summary, near_copy_line, style_rows

COLS = ["doc_id", "parent_doc_id", "kind", "change", "before", "after"]


@pytest.fixture(scope="module")
def chain():
    # a, then b (adds Y), then c from b, which drops the company spokesman: the edge c <- b reads
    # its quotes against b, a parent that is not the source
    corpus = wire_corpus({"a": [*P, X], "b": [*P, X, Y], "c": [P[0], P[1], P[3], X, Y]})
    return corpus, analyze(corpus)


def _quotes(frame):
    return frame[frame["section"] == "quote"][COLS].reset_index(drop=True)


def test_changes_alone_counts_the_quotes_as_analyze_does(chain):
    corpus, a = chain
    assert a.family.set_index("doc_id")["parent_doc_id"].to_dict() == {"a": None, "b": "a", "c": "b"}
    alone = changes(corpus, family_frame=a.family)
    assert alone.attrs["quotes"] == "survival"
    assert _quotes(alone).values.tolist() == _quotes(a.changes).values.tolist()
    # the speaker the survival says was dropped, not a statement read from the text
    assert _quotes(alone).values.tolist() == [
        ["c", "b", "speaker", "cut", "Company spokesman John Hanson", ""]
    ]
    edge = alone[alone["doc_id"] == "c"]
    assert "1 speaker cut" in edge_summary(edge) and "quote cut" not in edge_summary(edge)


def test_show_family_says_the_report_s_count(chain):
    corpus, a = chain
    html = str(show_family(corpus, family_frame=a.family))
    assert "1 speaker cut" in html and "1 quote cut" not in html


def test_without_a_pipeline_the_text_read_quotes_say_so(chain, monkeypatch):
    corpus, a = chain

    def no_model(model=None):
        raise ModelError("no pipeline")

    monkeypatch.setattr(quote_changes, "load_model", no_model)
    alone = changes(corpus, family_frame=a.family, style=False)
    assert alone.attrs["quotes"] == "text"
    notes = alone[alone["kind"] == "note"]
    assert notes[["doc_id", "change", "before"]].values.tolist() == [
        ["b", "read from the text", "no spaCy pipeline"],
        ["c", "read from the text", "no spaCy pipeline"],
    ]
    edge = alone[alone["doc_id"] == "c"]
    assert edge["section"].iloc[: len(edge[edge["section"] == "fact"]) + 1].iloc[-1] == "quote"
    assert "quotes read from the text" in edge_summary(edge)


def test_quotes_must_be_survival_or_text(chain):
    corpus, a = chain
    with pytest.raises(ValueError, match="quotes must be"):
        changes(corpus, family_frame=a.family, quotes="both")


@pytest.fixture(scope="module")
def near():
    # b changes one word of a in style ("pct" -> "percent"): a near copy analyze sets aside
    corpus = wire_corpus({"a": [*P, X, Y], "b": [*P[:3], P[3].replace("10 pct", "10 percent"), X, Y]})
    return corpus, analyze(corpus, options=Options(copy_containment=0.8))


def test_a_near_copy_set_aside_has_its_style_line(near):
    corpus, a = near
    assert a.copies[["doc_id", "copy_of", "kind"]].values.tolist() == [["b", "a", "near"]]
    assert "b" not in set(a.variants["doc_id"])  # set aside: no variants of its own
    style = a.changes[a.changes["section"] == "style"]
    alone = changes(corpus, family_frame=a.family)
    assert style[COLS].values.tolist() == alone[alone["section"] == "style"][COLS].values.tolist()
    assert style["after"].tolist() == ["1 format changed (details: the variants table)"]


def test_style_rows_say_a_near_copy_plainly(near):
    corpus, a = near
    rows = style_rows(a.family, a.variants, parents={"a"}, corpus=corpus, copies=a.copies)
    assert rows[COLS].values.tolist() == [
        ["b", "a", "style", "changed", "", "a near copy, 1 word changed (not analysed)"]
    ]
    assert style_rows(a.family, a.variants, parents={"a"}).empty  # without the copies: nothing


def test_near_copy_line_counts_the_words_changed():
    assert near_copy_line("He said 10 percent.", "He said 10 pct.") == (
        "a near copy, 1 word changed (not analysed)"
    )
    assert near_copy_line("She said 12 percent on Friday.", "He said 10 pct.").startswith(
        "a near copy, 5 words changed"
    )
