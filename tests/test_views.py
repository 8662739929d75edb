"""The side-by-side view (show_alignment), the reuse graph and the heatmap's tick labels."""

from __future__ import annotations

import itertools
import re

import matplotlib
import pandas as pd
import pytest

from corpus_tools import AlignmentView, analyze, findings, from_records, load_corpus, overview, show_alignment
from corpus_tools.report.graph import graph_layout, reuse_graph_svg
from corpus_tools.report.labels import category_label, columns, plain
from corpus_tools.report.plots import plot_containment, plot_reuse_graph

matplotlib.use("Agg")


@pytest.fixture(scope="module")
def seed_analysis(seeds):
    return analyze(seeds)


def test_show_alignment_marks_every_sentence_and_variant(seed_analysis):
    a = seed_analysis
    view = show_alignment(a, "002")
    assert isinstance(view, AlignmentView) and (view.doc_id, view.source) == ("002", "001")
    page = view._repr_html_()
    assert (
        page.startswith("<style>")
        and page.rstrip().endswith("</script>")
        and "http" not in page.lower().replace('xmlns="http://www.w3.org/2000/svg"', "")
    )
    rows = a.alignment[a.alignment.doc_id == "002"]
    assert len(re.findall(r'id="ct-002-v\d+"', view.html)) == len(rows) == 20
    cover = a.coverage[a.coverage.doc_id == "002"]
    assert view.html.count('class="ct-s ct-dropped" id=') == int((cover.status == "dropped").sum()) == 19
    # the pop-up of a sentence holds its source sentence and score
    first = rows.iloc[0]
    pop = re.search(
        rf'id="ct-002-v{first.sent_id}".*?<span class="ct-pop">(.*?)</span></span>', view.html, re.S
    )
    assert "Source sentence 0" in pop.group(1) and f"similarity {first.score:.2f}" in pop.group(1)
    # the date variant is marked inside the version: "Sept. 20" -> "20 September"
    assert 'data-cat="date_format" title="date format: “Sept. 20” → “20 September”"' in view.html
    assert view.html.count('class="ct-v"') >= len(a.variants[a.variants.doc_id == "002"]) - 5


def test_show_alignment_from_a_corpus_and_errors(seeds):
    view = show_alignment(seeds, "000")
    assert view.source == "001" and 'id="view-000"' in str(view)
    assert "wholly derived: 0 words of its own, 100% of its words in sentences taken from 001" in str(view)
    with pytest.raises(ValueError, match="is the source"):
        show_alignment(seeds, "001")
    with pytest.raises(ValueError, match="not a document"):
        show_alignment(seeds, "999")
    other = show_alignment(seeds, "000", source="002")
    assert other.source == "002" and "beside its source 002" in other.html


def test_labels_and_strict_columns():
    assert category_label("spelling_uk_us") == "UK/US spelling"
    assert category_label("kept_other_statement") == "kept, another statement"
    assert category_label("some_new_code") == "some new code" and category_label("U.S.") == "U.S."
    assert (
        plain("wire\x07copy\x1b") == "wirecopy"
        and plain(pd.Timestamp("2024-03-14", tz="UTC")) == "2024-03-14"
    )
    old = pd.DataFrame({"doc_a": ["a"], "doc_b": ["b"], "weight": [0.5]})
    old.attrs["origin"] = "a"
    with pytest.raises(KeyError, match="the origin frame has no column 'source_doc_id'"):
        columns(old, "origin", ["source_doc_id", "doc_id"])  # old names are no longer read
    picked = columns(old, "origin", ["weight", "doc_a"])
    assert picked.columns.tolist() == ["weight", "doc_a"] and picked.attrs == {"origin": "a"}


def test_reuse_graph_layout_and_svg(seed_analysis, reuse_corpus):
    layout = graph_layout(seed_analysis.corpus, seed_analysis.origin).set_index("doc_id")
    assert layout.attrs["by"] == "role" and layout.loc["001", "column"] == 0
    assert layout.loc[["000", "002"], "column"].tolist() == [1, 1]
    svg = reuse_graph_svg(seed_analysis.corpus, seed_analysis.origin)
    assert svg.count('<g class="ct-node">') == 3 and svg.count("<line ") == 2 and "ORIGIN" in svg
    a = analyze(load_corpus(reuse_corpus), only=["origin"])
    layout = graph_layout(a.corpus, a.origin).set_index("doc_id")
    assert layout.attrs["by"] == "date"
    assert layout.loc["wire", "column"] == 0 and layout.loc["london_sport", "column"] == 4  # 5 dates
    svg = reuse_graph_svg(a.corpus, a.origin)
    assert svg.count('<g class="ct-node">') == 12
    assert 'stroke-dasharray="6 4"' in svg  # an edge between two versions, with its caveat
    assert "two papers can share a source" in svg
    ax = plot_reuse_graph(a.corpus, a.origin)
    assert ax.get_title() == "Reuse graph (origin: wire)"


def test_a_grouped_wire_story_is_one_node_ringed_with_its_arrow():
    # two takes of one wire story (group "PA") and a paper printed from both: the edges name the
    # witness "PA", so the graph draws the takes as that one node (before, it drew the takes as
    # documents, ringed none and lost the arrow, and the matplotlib graph raised KeyError)
    takes = [
        "The town council approved the new harbour budget on Monday after a long debate.",
        "The mayor said the plan would pay for three lifeboats and a new sea wall by spring.",
    ]
    corpus = from_records(
        [
            {
                "doc_id": "take1",
                "text": takes[0],
                "group": "PA",
                "role": "wire",
                "published": "1999-07-12T11:00",
            },
            {
                "doc_id": "take2",
                "text": takes[1],
                "group": "PA",
                "role": "wire",
                "published": "1999-07-12T15:00",
            },
            {"doc_id": "paper", "text": "\n".join(takes), "role": "newspaper", "published": "1999-07-13"},
        ]
    )
    a = analyze(corpus, only=["origin"])
    layout = graph_layout(a.corpus, a.origin).set_index("doc_id")
    assert layout.index.tolist() == ["PA", "paper"]
    assert layout.loc["PA", ["documents", "role", "date", "column"]].tolist() == [
        "take1, take2",
        "wire",
        "1999-07-12",
        0,
    ]
    assert layout.loc["paper", ["documents", "column"]].tolist() == ["paper", 1]
    svg = reuse_graph_svg(a.corpus, a.origin)
    assert svg.count('<g class="ct-node">') == 2 and svg.count("<line ") == 1
    assert svg.count('r="26"') == 1 and "ORIGIN" in svg  # the group is ringed as the origin
    assert "PA → paper" in svg and "documents take1, take2" in svg
    ax = plot_reuse_graph(a.corpus, a.origin)
    assert sum(t.arrow_patch is not None for t in ax.texts) == 1
    assert ax.get_title() == "Reuse graph (origin: PA)"


def test_a_version_beside_a_source_of_several_files():
    # the source is a group of two takes; the paper prints the second take's sentences first.
    # Before, show_alignment raised KeyError (no document is named "PA") and the report drew
    # every take's sentences at offsets of the first take's text
    take1 = "The ferry company cancelled every crossing on Friday. Storm winds reached ninety miles an hour."
    take2 = (
        "Harbour staff tied down the cranes overnight. The company expects to sail again on Sunday morning."
    )
    corpus = from_records(
        [
            {"doc_id": "take1", "text": take1, "group": "PA", "role": "wire", "outlet": "PA"},
            {"doc_id": "take2", "text": take2, "group": "PA", "role": "wire", "outlet": "PA"},
            {"doc_id": "paper", "text": f"{take2}\n{take1}", "role": "newspaper", "outlet": "Herald"},
        ]
    )
    a = analyze(corpus, progress=False)
    view = show_alignment(a, "paper")
    h = view.html
    assert view.source == "PA" and "Source: PA (2 files)" in h
    assert re.findall(r'class="ct-file">([^<]*)<', h) == ["take1: file 1 of 2", "take2: file 2 of 2"]
    ids = re.findall(r'<span class="ct-s [^"]*" id="ct-paper-s(\d+)"', h)
    assert ids == ["0", "1", "2", "3"]  # take1's sentences 0-1, take2's numbered on from 2
    where = {i: h.index(f'id="ct-paper-s{i}"') for i in ids}
    start2 = h.index('class="ct-file">take2')
    links = re.findall(r'id="ct-paper-v(\d+)" tabindex="0" data-src="([^"]*)"', h)
    assert links == [("0", "2"), ("1", "3"), ("2", "0"), ("3", "1")]
    assert all(where[src] > start2 for v, src in links[:2])  # taken from take2: found in take2's part
    assert "source sentence 0 of take2" in h and "Source sentence 0 of take2" in h
    assert (
        overview(a).split(". ")[1]
        == "The most likely original is PA (2 files, PA, wire, 31 words: take1, take2)"
    )
    f = findings(a)
    assert f["take2"].startswith(
        "take2 (PA, wire, 16 words) is file 2 of the 2 that make up PA, the most likely"
    )
    assert f["paper"].startswith("paper (Herald, newspaper, 31 words) is wholly derived from PA:")


def _boxes(labels, renderer):
    return [t.get_window_extent(renderer) for t in labels if t.get_text()]


@pytest.mark.parametrize("n", [10, 40])
def test_heatmap_tick_labels_never_overlap(n):
    docs = [f"outlet_{i:02d}_2024-03-{i % 28 + 1:02d}" for i in range(n)]
    rows = [
        (a, b, 0.1 + 0.8 * ((i * 7 + j * 3) % 10) / 10)
        for (i, a), (j, b) in itertools.permutations(enumerate(docs), 2)
    ]
    scores = pd.DataFrame(rows, columns=["doc_id", "source_doc_id", "containment"])
    ax = plot_containment(scores)
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    for labels in (ax.get_xticklabels(), ax.get_yticklabels()):
        boxes = _boxes(labels, renderer)
        assert len(boxes) == n
        overlaps = [(i, j) for i, j in itertools.combinations(range(n), 2) if boxes[i].overlaps(boxes[j])]
        assert overlaps == []
    matplotlib.pyplot.close(fig)
