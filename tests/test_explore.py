"""Exploration: concordance, keyness, text statistics and key terms, on the seeds and built corpora."""

from __future__ import annotations

import math
import re
import subprocess
import sys

import pandas as pd
import pytest

from corpus_tools import from_records
from corpus_tools.text.sentences import clean_text, paragraph_docs, parse, sentences
from corpus_tools.variants.explore import Concordance, concordance, key_terms, text_stats
from corpus_tools.variants.keyness import keyness, select_documents, version_keyness

MISSILE = re.compile(r"(?<!\w)missile(?!\w)", re.IGNORECASE)


@pytest.fixture(scope="module")
def seed_parses(seeds):
    return parse(seeds)


@pytest.fixture(scope="module")
def seed_sentences(seeds, seed_parses):
    return sentences(seeds, parses=seed_parses)


@pytest.fixture(scope="module")
def missile(seeds, seed_sentences):
    return concordance(seeds, "missile", sentences=seed_sentences)


# ----------------------------------------------------------------------------- concordance


def test_concordance_finds_every_occurrence_in_the_cleaned_text(seeds, missile):
    expected = {str(d): len(MISSILE.findall(clean_text(raw).text)) for d, raw in seeds["text"].items()}
    assert missile.groupby("doc_id").size().to_dict() == expected
    assert expected == {"000": 6, "001": 18, "002": 9}


def test_concordance_covers_every_sentence_holding_the_word(seeds, missile, seed_sentences):
    holding = seed_sentences[seed_sentences["text_clean"].str.contains(MISSILE)]
    want = set(zip(holding["doc_id"], holding["sent_id"], strict=True))
    assert set(zip(missile["doc_id"], missile["sent_id"], strict=True)) == want
    assert {d for d, _ in want} == {"000", "001", "002"}


def test_concordance_offsets_point_into_the_raw_text(seeds, missile):
    for row in missile.itertuples():
        assert seeds.loc[row.doc_id, "text"][row.start : row.end].lower() == "missile"
        assert row.match.lower() == "missile"
    first = missile.iloc[0]
    assert first.left.endswith("its ballistic ") and first.right.startswith(" arsenal")


def test_concordance_matches_the_cleaned_text_and_maps_back_to_the_raw():
    # a stripped apostrophe: the cleaned view reads "Iran's", one character longer than the raw "Iran s"
    raw = "Officials said Iran s missile tests went on.\n\nThe missile tests were condemned on Friday."
    corpus = from_records([{"doc_id": "a", "text": raw, "outlet": "Wire"}])
    k = concordance(corpus, "Iran's missile")
    assert len(k) == 1 and k.loc[0, "match"] == "Iran's missile"
    assert raw[k.loc[0, "start"] : k.loc[0, "end"]] == "Iran s missile"
    tests = concordance(corpus, r"missile\s+tests?", regex=True)
    assert [raw[a:b] for a, b in zip(tests["start"], tests["end"], strict=True)] == ["missile tests"] * 2
    assert tests["sent_id"].tolist() == [0, 1] and tests["outlet"].tolist() == ["Wire", "Wire"]
    assert concordance(corpus, "MISSILE", ignore_case=False).empty


def test_concordance_by_version_puts_the_aligned_sentences_together(seeds, seed_sentences):
    k = concordance(seeds, "missile", by="version", sentences=seed_sentences)
    third = k[k["source_sent_id"] == 2]
    assert third["doc_id"].tolist() == ["001", "000", "002"]
    assert third["match"].str.lower().tolist() == ["missile"] * 3
    assert third["right"].str.split().str[0].tolist() == ["programme.", "program.", "programme."]
    assert (k["source_doc_id"] == "001").all()


def test_concordance_renders_aligned_on_the_match(missile):
    page = missile.head(2)._repr_html_()
    assert isinstance(missile.head(2), Concordance)
    assert "text-align:right" in page and "<b>missile</b>" in page


def test_concordance_refuses_an_empty_query_and_an_unknown_by(seeds, seed_sentences):
    with pytest.raises(ValueError, match="non-empty"):
        concordance(seeds, "", sentences=seed_sentences)
    with pytest.raises(ValueError, match="by must be"):
        concordance(seeds, "missile", by="outlet", sentences=seed_sentences)


# ----------------------------------------------------------------------------- keyness

_UK = "Mr Smith said the defence programme would go ahead, and Mr Jones said the programme was ready."
_US = "Smith said the defense program would go ahead, and Jones said the program was ready."
_COMMON = " The ministers met in the capital on Tuesday to discuss the budget for next year."


@pytest.fixture(scope="module")
def spelling_corpus():
    rows = [{"doc_id": f"uk{i}", "outlet": "London Paper", "text": _UK + _COMMON * i} for i in (1, 2, 3)]
    rows += [{"doc_id": f"us{i}", "outlet": "Washington Daily", "text": _US + _COMMON * i} for i in (1, 2, 3)]
    return from_records(rows)


def test_keyness_before_normalisation_tops_the_spellings(spelling_corpus):
    k = keyness(spelling_corpus, "London Paper", "Washington Daily", normalize=False)
    assert set(k["word"].head(3)) == {"programme", "mr", "defence"}
    assert set(k["word"].tail(2)) == {"program", "defense"}
    assert (k.head(3)["side"] == "target").all() and (k.tail(2)["side"] == "reference").all()


def test_keyness_after_normalisation_the_spelling_pairs_drop_out(spelling_corpus):
    k = keyness(spelling_corpus, "London Paper", "Washington Daily").set_index("word")
    assert k.index[0] == "mr" and k.loc["mr", "keyness"] > 8 and k.loc["mr", "p_value"] < 0.005
    # one row per pair, shown in its most frequent form (a tie: the alphabetically first)
    pairs = k.loc[["program", "defence"]]
    assert not {"programme", "defense"} & set(k.index)
    assert (pairs["keyness"].abs() < 0.01).all() and (pairs["p_value"] > 0.9).all()
    assert pairs["n_target"].tolist() == pairs["n_reference"].tolist() == [6, 3]
    assert (k["p_value"] < 0.05).sum() == 1  # only "mr" is still key


def test_keyness_statistics_agree_with_scipy(spelling_corpus):
    stats = pytest.importorskip("scipy.stats")
    k = keyness(spelling_corpus, ["uk1", "uk2"], "us3", normalize=False)
    c, d = 2 * 17 + 3 * 15, 15 + 3 * 15  # words of uk1 + uk2, of us3
    chi = keyness(spelling_corpus, ["uk1", "uk2"], "us3", normalize=False, measure="chi_squared")
    for word in ("mr", "program", "the", "ministers"):
        row, chi_row = k.set_index("word").loc[word], chi.set_index("word").loc[word]
        a, b = int(row["n_target"]), int(row["n_reference"])
        table = [[a, b], [c - a, d - b]]
        g2, p, _, _ = stats.chi2_contingency(table, correction=False, lambda_="log-likelihood")
        x2, px, _, _ = stats.chi2_contingency(table, correction=False)
        assert abs(row["keyness"]) == pytest.approx(g2, abs=1e-3) and row["p_value"] == pytest.approx(p)
        assert abs(chi_row["keyness"]) == pytest.approx(x2, abs=1e-3)
        assert chi_row["p_value"] == pytest.approx(px)
        ratio = math.log2((max(a, 0.5) / c) / (max(b, 0.5) / d))
        assert row["log_ratio"] == pytest.approx(ratio, abs=1e-4)


def test_keyness_sub_corpora_by_outlet_doc_and_rest(seeds, spelling_corpus):
    assert select_documents(spelling_corpus, ["Washington Daily", "uk1"]) == ["uk1", "us1", "us2", "us3"]
    rest = keyness(spelling_corpus, "London Paper")
    assert rest.equals(keyness(spelling_corpus, "London Paper", "Washington Daily"))
    with pytest.raises(ValueError, match="not a doc_id, an outlet or a group"):
        keyness(spelling_corpus, "The Times")
    with pytest.raises(ValueError, match="disjoint"):
        keyness(spelling_corpus, "uk1", "London Paper")
    with pytest.raises(ValueError, match="measure must be"):
        keyness(seeds, "001", measure="dice")


def test_version_keyness_on_the_seeds(seeds):
    v = version_keyness(seeds, n=3)
    assert sorted(set(v["doc_id"])) == ["000", "002"] and (v["source_doc_id"] == "001").all()
    top = v[(v["doc_id"] == "002") & (v["side"] == "version")]
    assert top["rank"].tolist() == [1, 2, 3] and top["word"].iloc[0] in {"however", "mr"}
    assert (top["keyness"] > 0).all() and (v[v["side"] == "source"]["keyness"] < 0).all()
    assert "reuters" in set(v[v["side"] == "source"]["word"])


# ----------------------------------------------------------------------------- text statistics


def test_text_stats_agree_with_textacy(seeds, seed_parses):
    readability = pytest.importorskip("textacy.text_stats.readability")
    diversity = pytest.importorskip("textacy.text_stats.diversity")
    from spacy.tokens import Doc

    ours = text_stats(seeds, parses=seed_parses).set_index("doc_id")
    for doc_id, paras in paragraph_docs(seed_parses).items():
        doc = Doc.from_docs([d for _, _, d in paras])
        row = ours.loc[doc_id]
        assert row["flesch_reading_ease"] == pytest.approx(readability.flesch_reading_ease(doc), abs=0.01)
        grade = readability.flesch_kincaid_grade_level(doc)
        assert row["flesch_kincaid_grade"] == pytest.approx(grade, abs=0.01)
        assert row["gunning_fog"] == pytest.approx(readability.gunning_fog_index(doc), abs=0.01)
        assert row["lexical_diversity"] == pytest.approx(diversity.ttr(doc), abs=1e-4)
    assert ours.loc["001", ["n_sentences", "n_words"]].tolist() == [39, 960]


def test_text_stats_with_its_light_pipeline_equal_the_full_parse(seeds, seed_parses):
    pd.testing.assert_frame_equal(text_stats(seeds), text_stats(seeds, parses=seed_parses))


def test_text_stats_with_rule_based_sentences(seeds):
    rules = text_stats(seeds, segmenter="rules").set_index("doc_id")
    parser = text_stats(seeds).set_index("doc_id")
    assert rules["n_words"].tolist() == parser["n_words"].tolist() == [365, 960, 498]
    assert rules["n_syllables"].tolist() == parser["n_syllables"].tolist()
    assert (rules["n_sentences"] - parser["n_sentences"]).abs().max() <= 3
    with pytest.raises(ValueError, match="segmenter must be one of"):
        text_stats(seeds, segmenter="punkt")


def test_text_stats_of_a_document_without_words():
    texts = {"a": "The cat sat on the mat.", "b": "..."}
    corpus = from_records([{"doc_id": d, "text": t} for d, t in texts.items()])
    s = text_stats(corpus).set_index("doc_id")
    assert s.loc["a", ["n_sentences", "n_words", "n_syllables"]].tolist() == [1, 6, 6]
    assert s.loc["a", "flesch_reading_ease"] == pytest.approx(206.835 - 1.015 * 6 - 84.6, abs=1e-3)
    assert s.loc["b", "n_words"] == 0 and math.isnan(s.loc["b", "flesch_reading_ease"])


# ----------------------------------------------------------------------------- key terms


def test_key_terms_of_the_seeds_and_what_the_versions_change(seeds, seed_parses):
    pytest.importorskip("textacy")
    k = key_terms(seeds, n=10, parses=seed_parses)
    src = k[k["doc_id"] == "001"]
    assert (src["status"] == "source").all() and src["rank"].tolist() == list(range(1, 11))
    assert src["term"].iloc[0] == "ballistic missile programme"
    for doc_id in ("000", "002"):
        mine = k[k["doc_id"] == doc_id]
        assert mine[mine["status"] != "lost"]["rank"].tolist() == list(range(1, 11))
        # every source term is either kept by the version or lost
        kept_or_lost = len(mine[mine["status"].isin(["kept", "lost"])])
        assert kept_or_lost == 10
    lost = set(k[(k["doc_id"] == "002") & (k["status"] == "lost")]["term"])
    assert "possible talk" in lost and "ballistic missile programme" not in lost
    with pytest.raises(ValueError, match="method must be"):
        key_terms(seeds, method="lda", parses=seed_parses)


# ----------------------------------------------------------------------------- the report


def test_the_report_shows_the_exploration_tables_without_textacy(tmp_path):
    # textacy made unimportable, as in an install without the `explore` extra
    code = (
        "import sys; sys.modules['textacy'] = None\n"
        "import corpus_tools as ct\n"
        "from corpus_tools.report.page import write_report\n"
        "c = ct.load_seeds()\n"
        f"write_report(ct.analyze(c), {str(tmp_path / 'out')!r})\n"
        "print(sorted(m for m in ('textacy', 'sklearn') if sys.modules.get(m)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "House style: text statistics" in page and "House style: the words each version prefers" in page
    assert "Flesch reading ease (higher = easier)" in page and "however (4.3)" in page
    assert (tmp_path / "out" / "text_stats.csv").exists() and (tmp_path / "out" / "keyness.csv").exists()


def test_plot_keyness_draws_both_sides(spelling_corpus):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from corpus_tools.report.explore_plots import plot_keyness

    k = keyness(spelling_corpus, "London Paper", "Washington Daily", normalize=False)
    ax = plot_keyness(k, n=3, target="London Paper", reference="Washington Daily")
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == 6 and {"program", "defense"} <= set(labels[:3])
    assert set(labels[3:]) == {"programme", "mr", "defence"}
    widths = [p.get_width() for p in ax.patches]
    assert all(w < 0 for w in widths[:3]) and all(w > 0 for w in widths[3:])
    plt.close(ax.figure)
