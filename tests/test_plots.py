"""Figures: text drawn literally (no mathtext), bounded sizes, the capped heatmap; the report on odd input."""

from __future__ import annotations

import io
import itertools

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.text import Text
from typer.testing import CliRunner

from conftest import STORY_COPY, STORY_WIRE, write_corpus
from corpus_tools import extract_variants, from_records
from corpus_tools.cli import app
from corpus_tools.report.plots import MAX_SIZE, plot_containment, plot_lengths, plot_sentence_pair

MATH_ID = "$\\foo$"


def _texts(fig) -> list[Text]:
    fig.canvas.draw()  # mathtext would raise here on "$\foo$"
    return [t for t in fig.findobj(Text) if t.get_text()]


def _scores(docs: list[str], value=lambda a, b: 0.5) -> pd.DataFrame:
    rows = [(a, b, value(a, b)) for a, b in itertools.permutations(docs, 2)]
    return pd.DataFrame(rows, columns=["doc_id", "source_doc_id", "containment"])


def test_mathtext_doc_id_drawn_literally():
    ax = plot_containment(_scores(["wire", MATH_ID, "a_b"]))
    texts = _texts(ax.figure)
    assert MATH_ID in [t.get_text() for t in texts]
    assert not any(t.get_parse_math() or t.get_usetex() for t in texts)
    ax.figure.savefig(io.BytesIO(), format="png")
    plt.close(ax.figure)
    corpus = from_records([{"doc_id": MATH_ID, "text": "One story.", "outlet": "$AP$"}])
    ax = plot_lengths(corpus)
    assert f"{MATH_ID} ($AP$)" in [t.get_text() for t in _texts(ax.figure)]
    plt.close(ax.figure)


def test_dollar_amounts_in_sentence_pair_kept():
    wire = STORY_WIRE + "The fund raised $5 million in May and $6 million in June, officials said.\n"
    copy = STORY_WIRE + "The fund raised $5 million in May and $7 million in June, officials said.\n"
    corpus = from_records([{"doc_id": "wire", "text": wire}, {"doc_id": "copy", "text": copy}])
    v = extract_variants(corpus, source="wire")
    row = v[v["form"] == "7"].iloc[0]
    fig = plot_sentence_pair(v, corpus, doc_id="copy", sent_id=int(row["sent_id"]))
    drawn = "".join(t.get_text() for t in _texts(fig))
    assert "$5 million" in drawn and "$6 million" in drawn and "$7 million" in drawn
    assert not any(t.get_parse_math() for t in fig.findobj(Text))
    plt.close(fig)


@pytest.mark.parametrize("n,shown", [(10, 10), (40, 40), (300, 40)])
def test_heatmap_is_capped(n, shown):
    docs = [f"d{i:03d}" for i in range(n)]
    # d000..d009 reuse each other strongly: they are the ones kept when the view is capped
    scores = _scores(docs, lambda a, b: 0.9 if a < "d010" and b < "d010" else (0.1 if a < b else 0.0))
    ax = plot_containment(scores)
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert len(labels) == shown and set(docs[:10]) <= set(labels)
    assert tuple(ax.figure.get_size_inches()) == ((8.5, 7.2) if n == 10 else (8.5, 7.5))
    assert ("of 300 documents" in ax.get_title()) == (n > 40)
    plt.close(ax.figure)


def test_figure_sizes_bounded():
    corpus = from_records([{"doc_id": f"d{i}", "text": "One story.", "outlet": "AP"} for i in range(200)])
    ax = plot_lengths(corpus)
    width, height = ax.figure.get_size_inches()
    assert width <= MAX_SIZE[0] and height <= MAX_SIZE[1]
    plt.close(ax.figure)


def test_report_with_mathtext_id_and_empty_body_version(tmp_path):
    files = {
        "wire.txt": STORY_WIRE,
        "copy.txt": STORY_COPY,
        "chrome.txt": "Advertisement\nShare this article\n",  # only the page chrome was captured
    }
    rows = [
        {"file": "wire.txt", "doc_id": "wire", "outlet": "Reuters"},
        {"file": "copy.txt", "doc_id": MATH_ID, "outlet": "$Gulf$"},
        {"file": "chrome.txt", "doc_id": "chrome", "outlet": "Web"},
    ]
    folder = write_corpus(tmp_path / "corpus", files, rows)
    for command in ("report", "speakers"):
        result = CliRunner().invoke(app, [command, str(folder), "-o", str(tmp_path / command)])
        assert result.exit_code == 0, result.output
    page = (tmp_path / "report" / "report.html").read_text()
    assert "$\\foo$" in page and "<b>chrome (Web, 4 words)</b>" in page
    survival = pd.read_csv(tmp_path / "report" / "speaker_survival.csv")
    assert set(survival.query("doc_id == 'chrome'")["status"]) == {"dropped"}
