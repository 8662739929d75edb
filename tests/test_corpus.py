"""The loader: seeds, every bad-input case, records, and a hypothesis fuzz test."""

from __future__ import annotations

import hashlib
import json
import os
import re
import string
import tempfile
import tomllib
import warnings
from pathlib import Path

import pandas as pd
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT, SEEDS, SHARED_SEEDS, as_nobody, write_corpus
from corpus_tools import CorpusError, CorpusWarning, from_records, load_corpus
from corpus_tools.io.corpus import paragraph_spans, read_index, require_columns

SEED_SHA256 = {
    "000_c3841d01014edce8.txt": "642007192f5ebccf8f17962243bb849fe7cb54a0c2abcd225fe2aa01f3d51b43",
    "001_142e2b0f050a88fc.txt": "415b5c798f3b180946c3e12d6bdd91f928b1aa258dccf8f864737588d676243f",
    "002_0afd51a7b35587d2.txt": "330ca51cb17dcfafabdb7a00d223c0e054238fdb1087cdf14d067ffeadf63e9e",
}
STORY = "LONDON (Reuters) - The minister said on Monday the talks would go on.\nHe did not elaborate.\n"


# --------------------------------------------------------------------------- seeds


@pytest.mark.parametrize("name,digest", sorted(SEED_SHA256.items()))
def test_seed_files_are_byte_identical(name, digest):
    data = (SEEDS / name).read_bytes()
    assert hashlib.sha256(data).hexdigest() == digest
    if SHARED_SEEDS.is_dir():
        assert data == (SHARED_SEEDS / name).read_bytes()


def test_seeds_load(seeds):
    assert list(seeds.index) == ["000", "001", "002"]
    assert seeds.index.name == "doc_id"
    for col in ("file", "outlet", "role", "headline", "dateline", "published", "url", "language", "notes"):
        assert col in seeds.columns
    derived = ["text", "encoding", "sha256", "n_chars", "n_words", "n_paragraphs", "repairs"]
    assert list(seeds.columns[-7:]) == derived
    assert seeds.loc["001", "outlet"] == "Reuters"
    assert seeds.loc["002", "role"] == "rewrite"
    assert seeds.loc["000", "url"] == "unknown"
    assert seeds["n_paragraphs"].tolist() == [17, 39, 18]
    assert seeds["n_chars"].tolist() == [2574, 6050, 3101]
    assert seeds["encoding"].tolist() == ["utf-8"] * 3
    assert seeds.loc["000", "sha256"] == SEED_SHA256["000_c3841d01014edce8.txt"]
    for doc_id, row in seeds.iterrows():
        assert row["text"] == (SEEDS / row["file"]).read_text(encoding="utf-8"), doc_id


def test_load_does_not_read_past_table(make_corpus):
    index = (
        "Intro prose.\n\n| file | doc_id | outlet |\n|:---|:---:|---:|\n| a.txt | a | AP |\n\n"
        "After the table | with a pipe |\n"
    )
    corpus = load_corpus(make_corpus({"a.txt": STORY}, index=index))
    assert corpus.loc["a", "outlet"] == "AP"
    assert len(corpus) == 1


def test_extra_columns_kept_and_doc_id_defaults(make_corpus):
    folder = make_corpus(
        {"x/one.txt": STORY, "two.txt": STORY + "More.\n"},
        [{"file": "x/one.txt", "desk": "politics"}, {"file": "`two.txt`", "desk": "a \\| b"}],
    )
    corpus = load_corpus(folder)
    assert list(corpus.index) == ["one", "two"]
    assert corpus.loc["two", "desk"] == "a | b"
    assert corpus.loc["one", "outlet"] == "unknown"


def test_words_and_paragraphs_counts(make_corpus):
    text = "Title\n\nThe U.S. and Iran's envoy met.\nA second paragraph here.\n"
    corpus = load_corpus(make_corpus({"t.txt": text}))
    assert corpus.loc["t", "n_words"] == 1 + 6 + 4
    assert corpus.loc["t", "n_paragraphs"] == 3


@pytest.mark.parametrize(
    "text,expected",
    [
        ("a\nb", [(0, 1), (2, 3)]),
        ("Title\n\n\nBody.", [(0, 5), (8, 13)]),
        ("  indented line.\n", [(2, 16)]),
        # hard-wrapped: a long line without end punctuation continues on the next line
        ("x" * 45 + " word\ncontinues here.\n    New para.", [(0, 66), (71, 80)]),
        # indentation-marked paragraphs: an unindented line continues, even after a full stop
        ("    " + "a" * 50 + " ends.\nthen " + "c" * 50 + ".\n    " + "b" * 50 + ".", [(4, 117), (122, 173)]),
    ],
)
def test_paragraph_spans(text, expected):
    assert paragraph_spans(text) == expected


# --------------------------------------------------------------------------- bad input


def _raises(folder, match, **kwargs):
    with pytest.raises(CorpusError, match=match) as info:
        load_corpus(folder, **kwargs)
    return str(info.value)


def test_missing_folder(tmp_path):
    _raises(tmp_path / "nope", "corpus folder not found")


def test_missing_index(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    msg = _raises(tmp_path, "INDEX file not found")
    assert "INDEX.md" in msg and "from_records" in msg


@pytest.mark.parametrize(
    "index,match",
    [
        ("no table here\n", "no Markdown table found"),
        ("| file | doc_id |\n| just text |\n", "no Markdown table found"),
        ("| file | doc_id |\n|---|---|---|\n| a.txt | a |\n", "line 2: separator row has 3 cells"),
        ("| file | doc_id |\n|---|---|\n| a.txt | a | extra |\n", "line 3: row has 3 cells"),
        ("| file | |\n|---|---|\n| a.txt | a |\n", "line 1: a header cell is empty"),
        ("| file | file |\n|---|---|\n| a.txt | a |\n", "appear twice"),
        ("| name | doc_id |\n|---|---|\n| a.txt | a |\n", "no 'file' column"),
        ("| file | text |\n|---|---|\n| a.txt | a |\n", "computed by the loader"),
    ],
)
def test_malformed_index(make_corpus, index, match):
    msg = _raises(make_corpus({"a.txt": STORY}, index=index), match)
    assert "INDEX.md" in msg


def test_listed_file_missing(make_corpus):
    folder = make_corpus(
        {"a.txt": STORY}, [{"file": "a.txt", "doc_id": "a"}, {"file": "b.txt", "doc_id": "b"}]
    )
    msg = _raises(folder, "file not found")
    assert "b.txt" in msg and "line 6" in msg


def test_unlisted_file_strict_and_lenient(make_corpus):
    folder = make_corpus(
        {"a.txt": STORY, "b.txt": STORY + "Extra.\n"}, [{"file": "a.txt", "doc_id": "a", "outlet": "AP"}]
    )
    msg = _raises(folder, "not listed in INDEX.md")
    assert "b.txt" in msg and "strict=False" in msg
    with pytest.warns(CorpusWarning, match=r"b\.txt: not listed"):
        corpus = load_corpus(folder, strict=False)
    assert list(corpus.index) == ["a", "b"]
    assert corpus.loc["b", "outlet"] == "unknown"
    assert corpus.loc["b", "file"] == "b.txt"


def test_hidden_file_is_reported(make_corpus):
    folder = make_corpus({"a.txt": STORY})
    (folder / ".DS_Store").write_bytes(b"\x00\x01")
    with pytest.warns(CorpusWarning, match=r"hidden file\(s\) not loaded: \.DS_Store"):
        corpus = load_corpus(folder)
    assert len(corpus) == 1


def test_unlisted_stem_colliding_with_doc_id(make_corpus):
    folder = make_corpus({"a.txt": STORY, "b.txt": STORY}, [{"file": "a.txt", "doc_id": "b"}])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        _raises(folder, "already uses", strict=False)


@pytest.mark.parametrize(
    "rows,match",
    [
        (
            [{"file": "a.txt", "doc_id": "x"}, {"file": "b.txt", "doc_id": "x"}],
            "doc_id 'x' already used on line 5",
        ),
        ([{"file": "a.txt", "doc_id": "x"}, {"file": "./a.txt", "doc_id": "y"}], "already listed on line 5"),
        ([{"file": "a.txt", "doc_id": ""}, {"file": "b.txt", "doc_id": "b"}], "'doc_id' cell is empty"),
        ([{"file": "", "doc_id": "a"}, {"file": "b.txt", "doc_id": "b"}], "'file' cell is empty"),
    ],
)
def test_duplicates_and_empty_cells(make_corpus, rows, match):
    _raises(make_corpus({"a.txt": STORY, "b.txt": STORY}, rows), match)


@pytest.mark.parametrize(
    "content,match",
    [
        (b"", "the file is empty"),
        (b"  \n\t\n", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (bytes(range(1, 32)) * 10, "binary file"),
        ("Caf\u00e9 talks resumed.".encode("cp1252"), r"not valid UTF-8 \(byte 0xe9 at offset 3\)"),
    ],
)
def test_bad_file_content(make_corpus, content, match):
    msg = _raises(make_corpus({"bad.txt": content}), match)
    assert "bad.txt" in msg and "INDEX.md line 5" in msg


def test_named_encoding(make_corpus):
    folder = make_corpus({"w.txt": "Caf\u00e9 talks \u201cresumed\u201d.".encode("cp1252"), "u.txt": STORY})
    corpus = load_corpus(folder, encoding="cp1252")
    assert corpus.loc["w", "text"] == "Caf\u00e9 talks \u201cresumed\u201d."
    assert corpus.loc["w", "encoding"] == "cp1252"
    assert corpus.loc["u", "encoding"] == "utf-8"
    _raises(folder, "not valid UTF-8", encoding="utf-8")
    _raises(folder, "unknown encoding 'klingon'", encoding="klingon")


def test_encoding_column_in_index(make_corpus):
    folder = make_corpus(
        {"w.txt": "na\u00efve".encode("latin-1")}, [{"file": "w.txt", "doc_id": "w", "encoding": "latin-1"}]
    )
    corpus = load_corpus(folder)
    assert corpus.loc["w", "text"] == "na\u00efve"
    assert corpus.loc["w", "encoding"] == "latin-1"


def test_bom_is_stripped(make_corpus):
    corpus = load_corpus(make_corpus({"b.txt": b"\xef\xbb\xbfHello there."}))
    assert corpus.loc["b", "text"] == "Hello there."
    assert corpus.loc["b", "encoding"] == "utf-8-sig"


@pytest.mark.parametrize("name", ["/etc/passwd", "../secret.txt", "sub/../../secret.txt", "C:\\x.txt"])
def test_paths_outside_are_refused(make_corpus, tmp_path, name):
    (tmp_path / "secret.txt").write_text("SECRET")
    folder = make_corpus({"a.txt": STORY}, [{"file": "a.txt", "doc_id": "a"}, {"file": name, "doc_id": "s"}])
    msg = _raises(folder, "refused|leaves the corpus folder")
    assert "line 6" in msg


def test_symlink_outside_is_refused(make_corpus, tmp_path):
    (tmp_path / "secret.txt").write_text("SECRET")
    folder = make_corpus({"a.txt": STORY})
    os.symlink(tmp_path / "secret.txt", folder / "link.txt")
    write_corpus(folder, {}, [{"file": "a.txt", "doc_id": "a"}, {"file": "link.txt", "doc_id": "l"}])
    _raises(folder, "points outside the corpus folder")
    # unlisted, with strict=False: still refused, never read
    write_corpus(folder, {}, [{"file": "a.txt", "doc_id": "a"}])
    _raises(folder, "points outside the corpus folder", strict=False)


def test_symlinked_folder_is_reported(make_corpus, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x.txt").write_text(STORY)
    folder = make_corpus({"a.txt": STORY})
    os.symlink(outside, folder / "more")
    _raises(folder, "more: file is not listed")


def test_directory_listed_as_file(make_corpus):
    folder = make_corpus(
        {"a.txt": STORY, "sub/b.txt": STORY},
        [
            {"file": "a.txt", "doc_id": "a"},
            {"file": "sub", "doc_id": "s"},
            {"file": "sub/b.txt", "doc_id": "b2"},
        ],
    )
    _raises(folder, "not a regular file")


# --------------------------------------------------------------------------- records


def test_from_records_matches_loader(seeds):
    records = seeds.reset_index()[["doc_id", "text", "outlet", "role"]]
    rebuilt = from_records(records)
    assert list(rebuilt.index) == list(seeds.index)
    assert rebuilt["n_words"].tolist() == seeds["n_words"].tolist()
    assert rebuilt["n_paragraphs"].tolist() == seeds["n_paragraphs"].tolist()
    assert rebuilt.loc["001", "outlet"] == "Reuters"
    assert rebuilt.loc["001", "sha256"] == seeds.loc["001", "sha256"]  # seed files are UTF-8, no BOM
    assert rebuilt.loc["000", "file"] == "unknown"


def test_from_records_files(tmp_path):
    rows = [
        {"doc_id": "a", "text": STORY, "outlet": "AP"},
        {"doc_id": 7, "text": "Other story.", "outlet": "AFP"},
    ]
    pd.DataFrame(rows).to_csv(tmp_path / "r.csv", index=False)
    (tmp_path / "r.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    for name in ("r.csv", "r.jsonl"):
        corpus = from_records(tmp_path / name)
        assert list(corpus.index) == ["a", "7"]
        assert corpus.loc["7", "outlet"] == "AFP"
        assert corpus.loc["a", "n_words"] == 16
    with pytest.raises(CorpusError, match="unknown records format"):
        (tmp_path / "r.xml").write_text("<x/>")
        from_records(tmp_path / "r.xml")


@pytest.mark.parametrize(
    "records,match",
    [
        ([{"text": "x"}], "no 'doc_id' column"),
        ([{"doc_id": "a"}], "no 'text' column"),
        ([{"doc_id": "a", "text": "x"}, {"doc_id": "a", "text": "y"}], "doc_id 'a' appears more than once"),
        ([{"doc_id": "", "text": "x"}], "row 0: empty doc_id"),
        ([{"doc_id": "a", "text": "  "}], r"row 0 \(doc_id 'a'\): text is empty"),
        ([{"doc_id": "a", "text": 3}], "not a string"),
        ({"doc_id": "a", "text": "x"}, "one mapping"),
        (["a", "b"], "item 0 is a str"),
        (42, "expected a DataFrame"),
    ],
)
def test_from_records_errors(records, match):
    with pytest.raises(CorpusError, match=match):
        from_records(records)


def test_require_columns_names_missing_column():
    with pytest.raises(CorpusError, match="no 'text' column"):
        require_columns(pd.DataFrame({"a": [1]}), ["text"], "clean")


def test_read_index_line_numbers(make_corpus):
    folder = make_corpus({"a.txt": STORY, "b.txt": STORY})
    assert read_index(folder / "INDEX.md")["index_line"].tolist() == [5, 6]


# --------------------------------------------------------------------------- packaging


def test_environment_yml_matches_pyproject():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert env["channels"] == ["conda-forge"]
    deps = env["dependencies"]
    assert "python=3.11" in deps
    pip_block = next(d for d in deps if isinstance(d, dict))["pip"]
    assert pip_block[-1] == '-e ".[dev]"' or pip_block[-1] == "-e .[dev]"

    def name(req: str) -> str:
        return re.split(r"[<>=!\[ ;]", req, maxsplit=1)[0].lower().replace("_", "-")

    declared = {name(r) for r in project["dependencies"] + project["optional-dependencies"]["dev"]}
    conda = {name(d) for d in deps if isinstance(d, str) and name(d) not in ("python", "pip")}
    assert conda <= declared, conda - declared
    assert {"pandas", "spacy", "matplotlib"} <= conda


# --------------------------------------------------------------------------- robust input (issue 14)


@pytest.mark.parametrize(
    "data,encoding,expected_encoding",
    [
        ("\ufeffCaf\u00e9 talks resumed.".encode("utf-16-le"), None, "utf-16"),
        ("\ufeffCaf\u00e9 talks resumed.".encode("utf-16-be"), None, "utf-16"),
        ("\ufeffCaf\u00e9 talks resumed.".encode("utf-32-le"), None, "utf-32"),
        ("Caf\u00e9 talks resumed.".encode("utf-16"), "utf-16", "utf-16"),
        ("Caf\u00e9 talks resumed.".encode("utf-16-le"), "utf-16-le", "utf-16-le"),
        ("Caf\u00e9 talks resumed.".encode("utf-32-be"), "utf_32_be", "utf_32_be"),
    ],
)
def test_utf16_and_utf32_load(make_corpus, data, encoding, expected_encoding):
    rows = [{"file": "w.txt", "doc_id": "w", **({"encoding": encoding} if encoding else {})}]
    corpus = load_corpus(make_corpus({"w.txt": data}, rows))
    assert corpus.loc["w", "text"] == "Caf\u00e9 talks resumed."
    assert corpus.loc["w", "encoding"] == expected_encoding
    assert corpus.loc["w", "repairs"] == ()


def test_utf16_binary_still_refused(make_corpus):
    data = b"\xff\xfe" + "".join(chr(c) for c in range(1, 32)).encode("utf-16-le") * 5
    _raises(make_corpus({"b.txt": data}), "binary file")
    _raises(make_corpus({"o.txt": b"\xff\xfe\x00\xd8"}), "not valid utf-16")


def test_unicode_repairs_in_text_and_findings(make_corpus):
    raw = (
        "Cafe\u0301 owners met the U.\u200bS. envoy in Zu\u0308rich.\n"
        "The gov\u00adernment\u200e agreed.\ufeff\n"
    )
    corpus = load_corpus(make_corpus({"u.txt": raw}))
    text = corpus.loc["u", "text"]
    assert text == "Caf\u00e9 owners met the U.S. envoy in Z\u00fcrich.\nThe government agreed.\n"
    assert corpus.loc["u", "n_chars"] == len(text)
    from corpus_tools import clean
    from corpus_tools.io.unicode_rules import apply_repairs

    found = clean(corpus).query("kind == 'unicode'")
    assert found["rule"].tolist() == ["nfc", "zero_width", "nfc", "soft_hyphen", "bidi_control", "bom"]
    for r in found.itertuples():  # offsets point into the file as read
        assert raw[r.start : r.end] == r.original
    assert apply_repairs(raw, corpus.loc["u", "repairs"]) == text


@pytest.mark.parametrize(
    "content", ["\u200b\u200b\u200b", "\u00ad \u200d\n\ufeff\u2060", "\u202e\u2066 \u2069"]
)
def test_document_of_invisible_characters_is_an_error(make_corpus, content):
    msg = _raises(make_corpus({"z.txt": content}), "no visible text once invisible characters are removed")
    assert "z.txt" in msg
    with pytest.raises(CorpusError, match="doc_id 'z'.*no visible character"):
        from_records([{"doc_id": "z", "text": content}])


def test_from_records_repairs_and_keeps_loader_repairs():
    corpus = from_records([{"doc_id": "a", "text": "Zu\u0308rich talks."}])
    assert corpus.loc["a", "text"] == "Z\u00fcrich talks." and corpus.loc["a", "repairs"][0].rule == "nfc"
    again = from_records(corpus)  # already repaired: the first repairs are kept
    assert again.loc["a", "repairs"] == corpus.loc["a", "repairs"]


def test_unreadable_file_and_index_are_corpus_errors(make_corpus, monkeypatch):
    folder = make_corpus({"a.txt": STORY})
    real_read = Path.read_bytes

    def deny(self):
        if self.name == "a.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    msg = _raises(folder, r"a.txt \(INDEX.md line 5\): cannot be read \(Permission denied\)")
    monkeypatch.setattr(
        Path, "read_text", lambda self, **k: (_ for _ in ()).throw(PermissionError(13, "Permission denied"))
    )
    msg = _raises(folder, r"INDEX file cannot be read \(Permission denied\)")
    assert "INDEX.md" in msg


def test_unreadable_subfolder_is_reported(make_corpus, monkeypatch):
    folder = make_corpus({"a.txt": STORY, "sub/b.txt": STORY}, [{"file": "a.txt", "doc_id": "a"}])
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path).name == "sub":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    msg = _raises(folder, r"sub: folder cannot be read \(Permission denied\)", strict=False)
    assert "would be skipped" in msg


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to drop privileges to 'nobody' (real permissions)")
def test_unreadable_file_and_folder_for_real():
    base = Path(tempfile.mkdtemp(prefix="ct-perm-", dir="/tmp"))
    try:
        base.chmod(0o755)
        rows = [{"file": n, "doc_id": n[0]} for n in ("a.txt", "b.txt")]  # sub/c.txt is not listed
        folder = write_corpus(base / "c", {"a.txt": STORY, "b.txt": STORY, "sub/c.txt": STORY}, rows)
        for p in [folder, *folder.rglob("*")]:
            p.chmod(0o755 if p.is_dir() else 0o644)
        with warnings.catch_warnings():  # as root first: imports what the child needs (stdlib is root-only)
            warnings.simplefilter("ignore", CorpusWarning)
            assert len(load_corpus(folder, strict=False)) == 3
        checks = [
            ("b.txt", 0o000, "b.txt (INDEX.md line 6): cannot be read (Permission denied)"),
            ("sub", 0o000, "sub: folder cannot be read (Permission denied)"),
        ]
        for name, mode, expected in checks:
            (folder / name).chmod(mode)

            def child(expected=expected) -> int:
                try:
                    load_corpus(folder, strict=False)
                except CorpusError as exc:
                    return 0 if expected in str(exc) else 1
                return 2

            assert as_nobody(child) == 0, name
            (folder / name).chmod(0o755 if name == "sub" else 0o644)
    finally:
        for p in sorted(base.rglob("*"), reverse=True):
            p.rmdir() if p.is_dir() and not p.is_symlink() else p.unlink()
        base.rmdir()


def test_unlisted_symlink_loop_is_a_corpus_error(make_corpus):
    folder = make_corpus({"a.txt": STORY})
    os.symlink("loop", folder / "loop")
    for strict in (True, False):
        _raises(folder, "loop", strict=strict)


@pytest.mark.parametrize(
    "frame,match",
    [
        (
            pd.DataFrame({"text": ["a b c", float("nan")]}, index=pd.Index(["a", "b"], name="doc_id")),
            r"doc_id 'b' is nan \(float\), not a string",
        ),
        (
            pd.DataFrame({"text": [None, "x"]}, index=pd.Index(["a", "b"], name="doc_id")),
            r"doc_id 'a' is (None|nan)",
        ),
        (
            pd.DataFrame({"text": ["x", 3]}, index=pd.Index(["a", "b"], name="doc_id")),
            r"doc_id 'b' is 3 \(int\)",
        ),
        (
            pd.DataFrame({"text": ["x", "y"]}, index=pd.Index(["a", "a"], name="doc_id")),
            "doc_id 'a' appears more than once",
        ),
        (pd.DataFrame({"text": ["x", "y"]}), "default integer index, not doc_id; use from_records"),
        (pd.DataFrame({"doc_id": ["a", "b"], "text": ["x", "y"]}), r"use corpus.set_index\('doc_id'\)"),
    ],
)
@pytest.mark.parametrize(
    "entry", ["clean", "sentences", "document_scores", "extract_variants", "speaker_survival"]
)
def test_bad_api_frames_are_corpus_errors(frame, match, entry):
    import corpus_tools as ct

    with pytest.raises(CorpusError, match=rf"{entry}: .*{match}"):
        getattr(ct, entry)(frame)


# --------------------------------------------------------------------------- fuzz

_NAME = st.text(alphabet=string.ascii_letters + string.digits + "._-/ \\|`", min_size=0, max_size=12)
_CELL = st.one_of(_NAME, st.text(max_size=8), st.sampled_from(["../x", "/etc/hosts", "a.txt", "", "`b.txt`"]))
_LINE = st.one_of(
    st.lists(_CELL, min_size=0, max_size=5).map(lambda cells: "| " + " | ".join(cells) + " |"),
    st.sampled_from(
        ["|---|---|", "|---|---|---|", "| file | doc_id |", "| file | doc_id | outlet |", "", "# t"]
    ),
    st.text(max_size=30),
)
_CONTENT = st.one_of(
    st.binary(max_size=40),
    st.text(max_size=60).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from([b"", b"Plain story text.", "Caf\u00e9".encode("cp1252"), b"\x00\x01"]),
)
_FILES = st.dictionaries(
    st.sampled_from(["a.txt", "b.txt", "c.md", ".hidden", "sub/d.txt", "e"]), _CONTENT, max_size=4
)


@pytest.mark.slow
@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lines=st.lists(_LINE, max_size=8),
    files=_FILES,
    strict=st.booleans(),
    encoding=st.sampled_from([None, "cp1252", "nope"]),
    index_bytes=st.one_of(st.none(), st.binary(max_size=20)),
)
def test_only_corpus_error_escapes(lines, files, strict, encoding, index_bytes):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "c"
        folder.mkdir()
        for name, content in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(content)
        index = folder / "INDEX.md"
        if index_bytes is not None:
            index.write_bytes(index_bytes)
        else:
            index.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", CorpusWarning)
            try:
                corpus = load_corpus(folder, strict=strict, encoding=encoding)
            except CorpusError:
                return
        # whatever loaded is complete: every row has text and its derived columns
        assert corpus["text"].map(lambda t: isinstance(t, str) and t.strip() != "").all()
        assert (corpus["n_chars"] == corpus["text"].str.len()).all()


# --------------------------------------------------------------------------- Reuters-21578

SGML = """<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" NEWID="1">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS><D>cocoa</D><D>trade</D></TOPICS>
<TEXT>&#2;
<TITLE>BAHIA COCOA REVIEW</TITLE>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in
the Bahia cocoa zone, alleviating the drought since early
January &amp; improving prospects, Comissaria Smith said.
    The dry period means the temporao will be late this year.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="2">
<DATE>26-FEB-1987 15:02:20.00</DATE>
<TOPICS></TOPICS>
<TEXT TYPE="BRIEF">&#2;
<TITLE>NO BODY HERE</TITLE>
</TEXT>
</REUTERS>
"""
REUTERS_TGZ = ROOT.parent / "shared" / "data" / "reuters21578.tar.gz"


def test_load_reuters_sgml(tmp_path):
    from corpus_tools.io.datasets import load_reuters21578

    (tmp_path / "reut2-000.sgm").write_bytes(SGML.encode("latin-1"))
    corpus = load_reuters21578(tmp_path)
    assert list(corpus.index) == ["1"]  # the story without a body is not a document
    row = corpus.loc["1"]
    assert row["headline"] == "BAHIA COCOA REVIEW"
    assert row["dateline"] == "SALVADOR, Feb 26"
    assert row["published"] == "1987-02-26T15:01:01.790000"
    assert row["topics"] == "cocoa; trade"
    assert row["text"].endswith("late this year.")  # sign-off and control entity removed
    assert "January & improving" in row["text"]
    assert row["n_paragraphs"] == 2  # hard-wrapped lines joined, indentation starts a paragraph
    with pytest.raises(CorpusError, match="no reut2-"):
        load_reuters21578(SEEDS)


@pytest.mark.skipif(
    not REUTERS_TGZ.exists(), reason="../shared/data/reuters21578.tar.gz is not beside the repo"
)
def test_load_reuters_archive():
    from corpus_tools.io.datasets import load_reuters21578

    corpus = load_reuters21578(REUTERS_TGZ, limit=5)
    assert len(corpus) == 5
    assert corpus.loc["1", "headline"] == "BAHIA COCOA REVIEW"
    assert corpus["outlet"].unique().tolist() == ["Reuters"]
    assert not corpus["text"].str.contains("Reuter\\s*$", regex=True).any()
