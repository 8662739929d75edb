"""The lighter data files (corpus_tools.io.data_files): written smaller, read back whole."""

import numpy as np
import pandas as pd
import pytest

from corpus_tools import analyze
from corpus_tools.io.data_files import csv_float, for_file, restore
from corpus_tools.io.output import OutputDir, flat_tuples
from corpus_tools.variants.changes import CHANGE_COLUMNS

FRAMES = ["changes", "sentences", "alignment", "scores", "keyness", "derivation"]


@pytest.fixture(scope="module")
def written(seeds, tmp_path_factory):
    a = analyze(seeds, only=FRAMES)
    out = tmp_path_factory.mktemp("files") / "out"
    a.to_files(out, names=FRAMES)
    return a, out


def _read(path):
    ids = {"doc_id": str, "source_doc_id": str, "parent_doc_id": str}
    return pd.read_csv(path, keep_default_na=False, dtype=ids)


@pytest.mark.parametrize(
    ("value", "text"),
    [(3 / 7, "0.428571"), (0.5, "0.5"), (123456789.0, "123456789.0"), (1 / 3e9, "3.33333e-10"), (2.0, "2.0")],
)
def test_csv_float_keeps_six_digits_and_whole_numbers(value, text):
    assert csv_float(value) == text


def test_csv_files_write_six_significant_digits(written):
    a, out = written
    line = (out / "scores.csv").read_text().splitlines()[1]
    row = a.scores.iloc[0]
    assert line.split(",")[-2:] == [f"{row.jaccard:.6g}", f"{row.containment:.6g}"]
    assert len(f"{row.jaccard!r}") > len(f"{row.jaccard:.6g}")  # the exact float is longer


def test_changes_file_leaves_out_claim_sentences_and_restores_them(written):
    a, out = written
    raw = _read(out / "changes.csv")
    claim = raw["section"] == "claim"
    assert claim.sum() > 5 and (raw.loc[claim, ["sentence", "parent_sentence"]] == "").all().all()
    back = restore("changes", raw)
    pd.testing.assert_frame_equal(back, a.changes.reset_index(drop=True), check_dtype=False)
    # a re-attributed quote keeps its sentences: there before/after are speakers
    moved = raw[(raw["section"] == "quote") & (raw["change"] != "added")]
    assert (moved[["sentence", "parent_sentence"]] != "").any(axis=1).any()


def test_facts_of_one_sentence_name_it_once():
    rows = [
        ("b", "a", "fact", "number", "added", "", "7", "Ann saw 7 men in Leeds.", ""),
        ("b", "a", "fact", "name", "added", "", "Leeds", "Ann saw 7 men in Leeds.", ""),
        ("b", "a", "fact", "name", "cut", "Oman", "", "", "Oman said no."),
        ("b", "a", "fact", "name", "cut", "Iran", "", "", "Iran said yes."),
        ("c", "a", "fact", "name", "added", "", "Leeds", "Ann saw 7 men in Leeds.", ""),
        (
            "c",
            "a",
            "claim",
            "addition",
            "added",
            "",
            "Ann saw 7 men in Leeds.",
            "Ann saw 7 men in Leeds.",
            "",
        ),
    ]
    frame = pd.DataFrame(rows, columns=CHANGE_COLUMNS)
    light = for_file("changes", frame)
    assert light["sentence"].tolist() == [
        "Ann saw 7 men in Leeds.",
        "",
        "",
        "",
        "Ann saw 7 men in Leeds.",
        "",
    ]
    assert light["parent_sentence"].tolist() == ["", "", "Oman said no.", "Iran said yes.", "", ""]
    pd.testing.assert_frame_equal(restore("changes", light), frame)


def test_sentences_and_alignment_files_restore_whole(written):
    a, out = written
    sents = _read(out / "sentences.csv")
    assert (sents["text_clean"] == "").sum() > 20  # most sentences need no cleaning
    back = restore("sentences", sents)
    assert back["text_clean"].tolist() == a.sentences["text_clean"].tolist()
    align = _read(out / "alignment.csv")
    assert "text" not in align.columns
    whole = restore("alignment", align, sentences=back)
    assert list(whole.columns) == list(a.alignment.columns)
    assert whole["text"].tolist() == a.alignment["text"].tolist()
    exact = flat_tuples(a.alignment)
    assert whole["source_text"].tolist() == exact["source_text"].tolist()
    assert np.allclose(whole["score"].astype(float), exact["score"], rtol=1e-5)


def test_a_sentence_cleaned_to_nothing_keeps_text_clean_whole():
    f = pd.DataFrame({"text": ["a", "*"], "text_clean": ["a", ""]})
    assert for_file("sentences", f)["text_clean"].tolist() == ["a", ""]
    assert for_file("sentences", f.iloc[:1])["text_clean"].tolist() == [""]


def test_in_memory_frames_and_other_files_are_untouched(written, tmp_path):
    a, _ = written
    before = a.changes.copy()
    with OutputDir(tmp_path / "o") as out:
        out.write_table("changes", a.changes)
        out.write_table("my_table", a.changes)  # not a stage's file: written whole
    pd.testing.assert_frame_equal(a.changes, before)
    mine = _read(tmp_path / "o" / "my_table.csv")
    assert mine["sentence"].tolist() == a.changes["sentence"].tolist()
    with pytest.raises(ValueError, match="needs the sentences"):
        restore("alignment", a.alignment)


def test_an_empty_frame_has_the_columns_of_its_file():
    empty = pd.DataFrame(columns=["doc_id", "sent_id", "start", "text", "source_text"])
    assert "text" not in for_file("alignment", empty).columns
    sents = pd.DataFrame(columns=["doc_id", "sent_id", "text", "text_clean"])
    back = restore("alignment", for_file("alignment", empty), sentences=sents)
    assert list(back.columns) == list(empty.columns)
    assert restore("changes", for_file("changes", pd.DataFrame(columns=CHANGE_COLUMNS))).shape == (0, 9)
