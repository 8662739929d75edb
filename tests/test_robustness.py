"""Issue 28: faults and loads. Messages that say what happened and name the file, stale staging
removed, documents over the size limit refused, copies analysed once, pair tables with evidence."""

from __future__ import annotations

import os
import subprocess
import sys
import warnings

import pandas as pd
import pytest
from dask.distributed import Client
from typer.testing import CliRunner

from conftest import SEEDS
from corpus_tools import Options, analyze, from_records, load_corpus
from corpus_tools.cli import app
from corpus_tools.errors import CorpusError, CorpusWarning
from corpus_tools.io import decoding
from corpus_tools.io.output import OutputDir
from corpus_tools.report.findings import findings, overview
from corpus_tools.reuse.copies import copy_offsets, find_copies
from corpus_tools.reuse.distributed import find_reuse, read_documents
from corpus_tools.reuse.documents import document_scores, shared_passages

runner = CliRunner()

# 30 distinct sentences of a story: one changed word is well under 5% of its word windows
STORY = " ".join(
    f"Officials in district {i} said the storm closed {i + 2} roads and {i + 7} schools on Friday."
    for i in range(30)
)


# ----------------------------------------------------------------------------- messages


def test_fifo_named_index_is_not_a_regular_file(make_corpus):
    folder = make_corpus({"a.txt": "A storm hit the coast."}, index="")
    (folder / "INDEX.md").unlink()
    os.mkfifo(folder / "INDEX.md")
    with pytest.raises(CorpusError, match=r"INDEX.md: the INDEX file is not a regular file"):
        load_corpus(folder)  # returns at once: the FIFO is never opened


def test_table_inside_an_html_comment_is_not_the_catalogue(make_corpus):
    index = (
        "# Corpus\n<!-- an old table\n| file | doc_id |\n|---|---|\n| gone.txt | gone |\n-->\n\n"
        "| file | doc_id |\n|---|---|\n| a.txt | a |\n"
    )
    folder = make_corpus({"a.txt": "A storm hit the coast."}, index=index)
    corpus = load_corpus(folder)
    assert corpus.index.tolist() == ["a"]
    assert corpus.loc["a", "file"] == "a.txt"


def test_unclosed_comment_hides_the_rest(make_corpus):
    index = "| file | doc_id |\n|---|---|\n| a.txt | a |\n\n<!-- draft\n| file | doc_id |\n|---|---|\n"
    folder = make_corpus({"a.txt": "A storm hit the coast."}, index=index)
    assert load_corpus(folder).index.tolist() == ["a"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected(make_corpus, codec):
    text = "Café owners said the storm closed the harbour on Friday."
    folder = make_corpus({"a.txt": text.encode(codec)})
    corpus = load_corpus(folder)
    assert (corpus.loc["a", "text"], corpus.loc["a", "encoding"]) == (text, codec)


def test_nul_bytes_that_are_not_utf16_are_refused_with_the_hint(make_corpus):
    folder = make_corpus({"a.txt": b"\x00\x01\x02abc" * 20})
    with pytest.raises(CorpusError, match=r"a.txt .*binary.*encoding='utf-16'"):
        load_corpus(folder)


def test_utf8_inside_a_cp1252_file_warns_naming_it(make_corpus):
    data = "Caf\xe9 one. ".encode("cp1252") + "Café two.".encode()
    folder = make_corpus({"mixed.txt": data})
    with pytest.warns(CorpusWarning, match=r"mixed.txt .*read as cp1252.*UTF-8 sequences.*'Ã©' for 'é'"):
        corpus = load_corpus(folder, encoding="cp1252")
    assert corpus.loc["mixed", "text"] == "Café one. CafÃ© two."


def test_plain_cp1252_file_does_not_warn(make_corpus):
    folder = make_corpus({"a.txt": "Caf\xe9 owners said \u201cyes\u201d.".encode("cp1252")})
    with warnings.catch_warnings():
        warnings.simplefilter("error", CorpusWarning)
        assert load_corpus(folder, encoding="cp1252").loc["a", "text"] == "Café owners said \u201cyes\u201d."


# ----------------------------------------------------------------------------- size guard


def test_document_over_the_limit_refused_up_front_with_its_size(make_corpus, monkeypatch):
    monkeypatch.setattr(decoding, "MAX_DOCUMENT_CHARS", 1_000)
    folder = make_corpus({"small.txt": "A storm hit.", "big.txt": "word " * 250})
    with pytest.raises(CorpusError, match=r"big.txt .*1,250 characters, over the limit of 1,000 per doc"):
        load_corpus(folder)
    folder = make_corpus({"huge.txt": "word " * 1_000})  # over 4 bytes a character: not even read
    with pytest.raises(CorpusError, match=r"huge.txt .*5,000 bytes, over the limit of 1,000 characters"):
        load_corpus(folder)


def test_records_over_the_limit_refused(monkeypatch):
    monkeypatch.setattr(decoding, "MAX_DOCUMENT_CHARS", 100)
    with pytest.raises(CorpusError, match=r"records row 1 \(doc_id 'b'\): 200 characters, over the limit"):
        from_records([{"doc_id": "a", "text": "short"}, {"doc_id": "b", "text": "x" * 200}])


def test_cli_refuses_a_long_file_in_one_line(make_corpus, monkeypatch, tmp_path):
    monkeypatch.setattr(decoding, "MAX_DOCUMENT_CHARS", 1_000)
    folder = make_corpus({"big.txt": "word " * 250})
    result = runner.invoke(app, ["report", str(folder), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "1,250 characters, over the limit" in lines[0]


# ----------------------------------------------------------------------------- staging leftovers


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_stale_staging_of_a_killed_run_is_removed_and_said(tmp_path):
    dead = _dead_pid()
    stale = tmp_path / f".out.tmp-{dead}-0a1b2c3d"
    stale.mkdir()
    (stale / "scores.csv").write_text("corpus text")
    other = tmp_path / f".other.tmp-{dead}-0a1b2c3d"  # another OUTDIR's: not ours to remove
    other.mkdir()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        running = tmp_path / f".out.tmp-{alive.pid}-0a1b2c3d"
        running.mkdir()
        said = rf"removed 1 staging folder\(s\) .*\.out\.tmp-{dead}-0a1b2c3d"
        with pytest.warns(CorpusWarning, match=said), OutputDir(tmp_path / "out") as out:
            out.write_text("a.txt", "x")
        assert not stale.exists() and other.exists() and running.exists()
    finally:
        alive.kill()
        alive.wait()


def test_cli_says_it_removed_stale_staging_in_one_line(tmp_path):
    stale = tmp_path / f".out.tmp-{_dead_pid()}-0a1b2c3d"
    stale.mkdir()
    result = runner.invoke(app, ["overlap", str(SEEDS), "-o", str(tmp_path / "out")], catch_exceptions=False)
    said = [line for line in result.output.splitlines() if "staging" in line]
    assert len(said) == 1 and said[0].startswith("corpus-tools: warning: ") and not stale.exists()


# ----------------------------------------------------------------------------- errors that name the file


@pytest.fixture(scope="module")
def client():
    with Client(processes=False, n_workers=1, threads_per_worker=1, dashboard_address=":0") as c:
        yield c


def _parquet(folder, frame):
    folder.mkdir()
    frame.to_parquet(folder / "part-00000.parquet", index=False)
    return folder


def _client(request, engine: str):
    return request.getfixturevalue("client") if engine == "dask" else None


@pytest.mark.parametrize("engine", ["pandas", "dask"])
def test_non_utf8_text_file_named_with_the_encoding_hint(tmp_path, request, engine):
    (tmp_path / "a.txt").write_text("A storm hit the coast on Friday.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes("Caf\xe9 owners said so.".encode("cp1252"))
    with pytest.raises(CorpusError, match=r"b.txt: not valid UTF-8 \(byte 0xe9 at offset 3\).*'cp1252'"):
        find_reuse(tmp_path, engine=engine, client=_client(request, engine))


@pytest.mark.parametrize("engine", ["pandas", "dask"])
def test_schema_without_text_is_a_corpus_error_naming_the_partition(tmp_path, request, engine):
    folder = _parquet(tmp_path / "pq", pd.DataFrame({"doc_id": ["a"], "body": ["A storm."]}))
    with pytest.raises(CorpusError, match=r"part-00000.parquet: the stored corpus has no 'text' column"):
        find_reuse(folder, engine=engine, client=_client(request, engine))


@pytest.mark.parametrize("engine", ["pandas", "dask"])
def test_corrupt_partition_is_named(tmp_path, request, engine):
    frame = pd.DataFrame({"doc_id": ["a", "b"], "text": ["A storm hit the coast.", "Ferries stopped."]})
    folder = _parquet(tmp_path / "pq", frame)
    frame.to_parquet(folder / "part-00001.parquet", index=False)
    data = (folder / "part-00001.parquet").read_bytes()
    (folder / "part-00001.parquet").write_bytes(data[: len(data) // 2])  # a partition cut short
    with pytest.raises(CorpusError, match=r"part-00001.parquet: not a readable Parquet partition"):
        find_reuse(folder, engine=engine, client=_client(request, engine))


def test_corrupt_data_page_is_named_by_the_worker(tmp_path):
    frame = pd.DataFrame({"doc_id": ["a"], "text": ["A storm hit the coast. " * 50]})
    folder = _parquet(tmp_path / "pq", frame)
    data = bytearray((folder / "part-00000.parquet").read_bytes())
    at = data.find(b"A storm hit")
    data[at - 20 : at + 200] = b"\xff" * 220  # the text column's page, footer intact
    (folder / "part-00000.parquet").write_bytes(bytes(data))
    with pytest.raises(CorpusError, match=r"part-00000.parquet: not a readable Parquet partition"):
        read_documents(folder)


# ----------------------------------------------------------------------------- copies


def _copies_corpus() -> pd.DataFrame:
    near = STORY.replace("closed 9 roads", "closed 90 roads")
    brief = " ".join(STORY.split(". ")[:10]) + "."
    texts = {"a": STORY, "b": STORY, "c": "SYDNEY, Jan 3 - " + STORY, "d": near, "e": brief}
    texts["f"] = "Other news."
    return from_records([{"doc_id": d, "text": t} for d, t in texts.items()])


def test_identical_and_near_identical_copies_found():
    got = find_copies(_copies_corpus())
    assert got[["doc_id", "copy_of", "kind"]].values.tolist() == [
        ["b", "a", "identical"],
        ["c", "a", "identical"],  # the dateline is not body text
        ["d", "a", "near"],
    ]
    assert got.containment.tolist()[:2] == [1.0, 1.0]
    assert 0.95 <= got.containment.iloc[2] < 1.0
    assert got.n_words.tolist()[:2] == got.copy_of_n_words.tolist()[:2] == [len(STORY.split())] * 2


def test_a_brief_cut_from_the_story_is_not_a_copy_and_thresholds_apply():
    corpus = _copies_corpus()
    assert "e" not in set(find_copies(corpus).doc_id)
    assert find_copies(corpus, min_containment=1.0).doc_id.tolist() == ["b", "c"]
    assert find_copies(corpus, prefer=["d"]).copy_of.tolist() == ["d", "d", "d"]


def test_files_of_a_group_are_never_copies():
    corpus = _copies_corpus().assign(group=["PA", "PA", "", "", "", ""])
    got = find_copies(corpus)  # neither copies nor representatives
    assert got[["doc_id", "copy_of"]].values.tolist() == [["d", "c"]]


def test_copy_offsets_map_word_by_word():
    corpus = _copies_corpus()
    text_a, text_c, text_d = (corpus.loc[d, "text"] for d in "acd")
    a = text_a.index("district 4")
    b = a + len("district 4")
    changed = text_a.index("closed 9 roads") + len("closed ")
    got = copy_offsets(corpus, "c", "a", [(a, b), (changed, changed + 1)])
    assert [text_c[s:e] for s, e in got] == ["district 4", "9"]
    assert copy_offsets(corpus, "d", "a", [(a, b), (changed, changed + 1)])[1] is None
    assert text_d[slice(*copy_offsets(corpus, "d", "a", [(a, b)])[0])] == "district 4"


def test_analyze_analyses_one_document_of_each_copy_set():
    corpus = _copies_corpus()
    a = analyze(corpus, only=["derivation", "outlets"])
    assert a.copies.doc_id.tolist() == ["b", "c", "d"]
    assert a.analysed.index.tolist() == ["a", "e", "f"]
    assert set(a.alignment.doc_id) <= {"a", "e", "f"} and set(a.scores.doc_id) <= {"a", "e", "f"}
    assert a.outlets.n_documents.sum() == 6  # every document is counted
    every = analyze(corpus, only=["scores"], options=Options(collapse_copies=False))
    assert every.copies.doc_id.tolist() == ["b", "c", "d"]
    assert set(every.scores.doc_id) == set("abcde")


def test_a_named_source_is_the_one_analysed():
    a = analyze(_copies_corpus(), source="b", only=["alignment"])
    assert a.source == "b"
    assert a.copies.doc_id.tolist() == ["a", "c", "d"] and set(a.copies.copy_of) == {"b"}


def test_options_check_the_copy_fields():
    with pytest.raises(ValueError, match=r"Options.copy_containment must be in \[0, 1\], got 1.5"):
        Options(copy_containment=1.5)
    with pytest.raises(ValueError, match=r"Options.collapse_copies must be True or False"):
        Options(collapse_copies="yes")


# ----------------------------------------------------------------------------- pair tables


def test_scores_list_pairs_with_shared_evidence_only():
    base = "The company said it would close the plant. Workers were told on Monday that talks would resume. "
    texts = {
        "a": base + "Output of steel fell sharply in March after the strike ended.",
        "b": base + "Wheat harvests were lower in Kansas than farmers had hoped this year.",
        "c": "Shares rose. The company said it expected growth. "
        + " ".join(f"Town {i} had rain." for i in "abcdefghi"),
    }
    corpus = from_records([{"doc_id": d, "text": t} for d, t in texts.items()])
    every = document_scores(corpus, min_shared=1, min_containment=0.0)
    kept = document_scores(corpus)
    pairs = lambda f: sorted(set(zip(f.doc_id, f.source_doc_id, strict=True)))  # noqa: E731
    assert pairs(every) == [("a", "b"), ("a", "c"), ("b", "a"), ("b", "c"), ("c", "a"), ("c", "b")]
    assert every.set_index(["doc_id", "source_doc_id"]).n_shared[("a", "c")] == 2  # "the company said"
    assert pairs(kept) == [("a", "b"), ("b", "a")]  # 15 shared triples
    with pytest.raises(ValueError, match="document_scores.min_shared must be an integer >= 1"):
        document_scores(corpus, min_shared=0)


def test_findings_and_overview_report_copies_as_copies():
    a = analyze(_copies_corpus())
    text = findings(a)
    assert text["b"] == (
        "b (unknown outlet, 450 words) is an identical copy of a, analysed in its place: "
        "what is said of a holds for it."
    )
    assert text["d"].startswith("d (unknown outlet, 450 words) is a near-identical copy (99%) of a,")
    assert "3 documents are copies of other documents, analysed once (the copies table)." in overview(a)


def test_pair_tables_of_a_large_family_of_versions_grow_linearly():
    sents = STORY.split(". ")
    versions = []
    for i in range(25):  # one whole sentence replaced in each: about 0.93, versions but not copies
        ss = list(sents)
        ss[i] = f"A reader number {i} wrote in to complain about the late buses and the rain"
        versions.append({"doc_id": f"v{i:02d}", "text": ". ".join(ss)})
    corpus = from_records(versions)
    assert find_copies(corpus).empty
    scores = document_scores(corpus)
    pairs = set(zip(scores.doc_id, scores.source_doc_id, strict=True))
    first = {f"v{i:02d}" for i in range(10)}  # FAMILY_SIZE: its first members are paired with all
    assert len(pairs) == 2 * (45 + 15 * 10)
    assert all(a in first or b in first for a, b in pairs)
    assert ("v20", "v00") in pairs and ("v20", "v21") not in pairs
    passages = shared_passages(corpus)
    assert set(zip(passages.doc_id, passages.source_doc_id, strict=True)) <= pairs
    small = shared_passages(corpus.iloc[:10])  # a small family: every pair, as before
    assert len(set(zip(small.doc_id, small.source_doc_id, strict=True))) == 45
