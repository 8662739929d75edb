"""Read a corpus folder (text files + INDEX.md) or records into the corpus DataFrame.

The corpus frame has one row per document, indexed by ``doc_id``. Every column of
INDEX.md is kept, followed by ``text`` (the file exactly as decoded), ``encoding``,
``sha256``, ``n_chars``, ``n_words`` and ``n_paragraphs``.

Bad input raises :class:`CorpusError` naming the file (and INDEX.md line) and what
to do; nothing in the folder is skipped without an error or a :class:`CorpusWarning`.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import tarfile
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from corpus_tools.lexicon import WORD_RE

__all__ = [
    "CorpusError",
    "CorpusWarning",
    "DERIVED_COLUMNS",
    "from_records",
    "load_corpus",
    "load_reuters21578",
    "paragraph_spans",
    "read_index",
    "require_columns",
]

#: Columns the loader computes and appends after the INDEX.md columns.
DERIVED_COLUMNS = ("text", "encoding", "sha256", "n_chars", "n_words", "n_paragraphs")

UNKNOWN = "unknown"
_TERMINAL = tuple(".!?:;\"')]\u201d\u2019")


class CorpusError(ValueError):
    """Bad corpus input: the message names the file (and line) and what to do."""


class CorpusWarning(UserWarning):
    """Something in a corpus folder was loaded in a degraded way (e.g. not in INDEX.md)."""


# --------------------------------------------------------------------------- text stats


def count_words(text: str) -> int:
    """Number of word tokens ("U.S." and "Iran's" count as one word each)."""
    return len(WORD_RE.findall(text))


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the paragraphs of ``text``, blank lines excluded.

    A line break ends a paragraph, except inside hard-wrapped text: a line that
    is at least 40 characters long and does not end in terminal punctuation is
    continued by the next line when that line is not indented. Text whose
    paragraphs are marked by indentation (hard-wrapped wire copy) is read by
    indentation alone: an unindented line continues the paragraph.

    Example:
        >>> paragraph_spans("Title\\n\\nOne line.\\nTwo")
        [(0, 5), (7, 16), (17, 20)]
    """
    lines = text.splitlines(keepends=True)
    info: list[tuple[int, str] | None] = []  # (indent, line without trailing space) or None if blank
    total = n_filled = 0
    indented = flush_left = False
    for k, line in enumerate(lines):
        core = line.rstrip()
        if not core:
            info.append(None)
            continue
        lead = len(core) - len(core.lstrip())
        info.append((lead, core))
        total += len(core) - lead
        n_filled += 1
        if k:
            indented = indented or core.startswith(("  ", "\t"))
            flush_left = flush_left or core[0].isalnum()
    indent_mode = n_filled >= 3 and total / n_filled >= 45 and indented and flush_left
    spans: list[tuple[int, int]] = []
    pos = 0
    cur: list[int] | None = None  # [start, end] of the open paragraph
    prev = ""
    for line, item in zip(lines, info, strict=True):
        start = pos
        pos += len(line)
        if item is None:
            if cur:
                spans.append((cur[0], cur[1]))
            cur, prev = None, ""
            continue
        lead, core = item
        end = start + len(core)
        wrapped = indent_mode or (len(prev) >= 40 and not prev.endswith(_TERMINAL))
        if cur is not None and lead == 0 and wrapped:
            cur[1] = end
        else:
            if cur:
                spans.append((cur[0], cur[1]))
            cur = [start + lead, end]
        prev = core
    if cur:
        spans.append((cur[0], cur[1]))
    return spans


# --------------------------------------------------------------------------- INDEX.md


def _split_row(line: str) -> list[str]:
    """Cells of one Markdown table row; ``\\|`` is a literal pipe."""
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    cells = re.split(r"(?<!\\)\|", s)
    return [c.strip().replace("\\|", "|") for c in cells]


_SEP_CELL = re.compile(r"^:?-{3,}:?$")


def _clean_cell(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == "`":
        value = value[1:-1].strip()
    return value


def read_index(path: str | Path) -> pd.DataFrame:
    """Parse the first Markdown pipe table of an INDEX.md file.

    Args:
        path: the INDEX.md file.

    Returns:
        One row per table row, one string column per header cell, plus
        ``index_line`` (1-based line number of the row in the file).

    Raises:
        CorpusError: no such file, no table, a malformed table (bad separator,
            wrong number of cells, empty or repeated header, no ``file`` column).
    """
    path = Path(path)
    if not path.is_file():
        raise CorpusError(
            f"{path}: INDEX file not found. Add an INDEX.md with a Markdown table "
            "(columns file, doc_id, outlet, ...) listing every text file, or build the "
            "corpus with corpus_tools.from_records()."
        )
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: INDEX file is not UTF-8 ({exc.reason}); save it as UTF-8.") from exc

    head = None
    for i, line in enumerate(lines[:-1]):
        if "|" in line and "|" in lines[i + 1]:
            sep = _split_row(lines[i + 1])
            if sep and all(_SEP_CELL.match(c.replace(" ", "")) for c in sep):
                head = i
                break
    if head is None:
        raise CorpusError(
            f"{path}: no Markdown table found. Expected a header row such as "
            "'| file | doc_id | outlet |' followed by a separator row '|---|---|---|'."
        )
    header = [_clean_cell(c) for c in _split_row(lines[head])]
    n_sep = len(_split_row(lines[head + 1]))
    if n_sep != len(header):
        raise CorpusError(
            f"{path} line {head + 2}: separator row has {n_sep} cells but the header has "
            f"{len(header)}; make them the same."
        )
    if any(not h for h in header):
        raise CorpusError(f"{path} line {head + 1}: a header cell is empty; name every column.")
    dupes = sorted({h for h in header if header.count(h) > 1})
    if dupes:
        raise CorpusError(f"{path} line {head + 1}: column(s) {dupes} appear twice in the header.")
    reserved = sorted(set(header) & (set(DERIVED_COLUMNS) - {"encoding"}) | ({"index_line"} & set(header)))
    if reserved:
        raise CorpusError(
            f"{path} line {head + 1}: column(s) {reserved} are computed by the loader; "
            "rename them in INDEX.md."
        )
    if "file" not in header:
        raise CorpusError(f"{path} line {head + 1}: the table has no 'file' column; add one.")

    rows = []
    for j in range(head + 2, len(lines)):
        line = lines[j]
        if not line.strip() or "|" not in line:
            break  # the table ends at the first non-table line
        cells = [_clean_cell(c) for c in _split_row(line)]
        if len(cells) != len(header):
            raise CorpusError(
                f"{path} line {j + 1}: row has {len(cells)} cells but the header has "
                f"{len(header)} (escape a literal '|' as '\\|')."
            )
        rows.append(dict(zip(header, cells, strict=True), index_line=j + 1))
    frame = pd.DataFrame(rows, columns=[*header, "index_line"])
    return frame.astype({h: object for h in header})


# --------------------------------------------------------------------------- files


def _is_binary(data: bytes) -> bool:
    """NUL bytes, or many control bytes; a control byte opening a line is a paragraph
    mark of wire copy (Press Association style), not a sign of binary data."""
    if b"\x00" in data:
        return True
    sample = data[:4096]
    controls = sum(
        1
        for i, b in enumerate(sample)
        if b < 32 and b not in (9, 10, 12, 13, 27) and not (i and sample[i - 1] == 10)
    )
    return controls > max(2, len(sample) // 100)


_C1 = re.compile(rb"[\x80-\x9f]")
_LATIN1 = ("latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859")


def _decode(data: bytes, where: str, encoding: str | None) -> tuple[str, str]:
    """Decode bytes: UTF-8 (BOM stripped) first, then the encoding the user named
    (cp1252 when latin-1 is named but the bytes hold C1 codes, which latin-1 reads as controls)."""
    try:
        if data.startswith(b"\xef\xbb\xbf"):
            return data.decode("utf-8-sig"), "utf-8-sig"
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if encoding is None or encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
            raise CorpusError(
                f"{where}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}). "
                "Convert it to UTF-8, or name its encoding, e.g. "
                "load_corpus(..., encoding='cp1252') or an 'encoding' column in INDEX.md."
            ) from exc
    try:
        if _C1.search(data) and encoding.lower().replace("_", "-") in _LATIN1:
            # latin-1 would read these bytes as C1 control characters: Windows text (cp1252)
            try:
                return data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                pass
        return data.decode(encoding), encoding
    except LookupError as exc:
        raise CorpusError(f"{where}: unknown encoding {encoding!r}; name a Python codec.") from exc
    except UnicodeDecodeError as exc:
        raise CorpusError(
            f"{where}: neither UTF-8 nor {encoding} (byte 0x{data[exc.start]:02x} at offset "
            f"{exc.start}); name the right encoding."
        ) from exc


def _safe_path(root: Path, name: str, where: str) -> Path:
    """Resolve an INDEX path inside root; refuse absolute paths, '..' and symlinks out."""
    if not name:
        raise CorpusError(f"{where}: the 'file' cell is empty; give the file name.")
    norm = name.replace("\\", "/")
    if norm.startswith("/") or re.match(r"^[A-Za-z]:", norm) or Path(name).is_absolute():
        raise CorpusError(f"{where}: absolute path {name!r} refused; give a path inside the corpus folder.")
    if ".." in norm.split("/"):
        raise CorpusError(f"{where}: path {name!r} leaves the corpus folder ('..') and was not read.")
    if "\x00" in name:
        raise CorpusError(f"{where}: path {name!r} contains a NUL character.")
    candidate = root / norm
    try:
        resolved = candidate.resolve()
    except (OSError, RuntimeError) as exc:
        raise CorpusError(f"{where}: path {name!r} cannot be resolved ({exc}).") from exc
    if not resolved.is_relative_to(root.resolve()):
        raise CorpusError(
            f"{where}: {name!r} is a link that points outside the corpus folder; refused, not read."
        )
    return candidate


def _folder_files(root: Path, index_name: str) -> list[str]:
    """Every file below root (POSIX relative paths), the INDEX file excluded."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        # a symlinked folder is not walked into; it is reported like a file
        names = filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]
        for name in names:
            rel = Path(dirpath, name).relative_to(root).as_posix()
            if rel != index_name:
                found.append(rel)
    return sorted(found)


def load_corpus(  # noqa: C901 - one check per INDEX.md column, each with its own message
    path: str | Path = "seeds",
    *,
    index: str = "INDEX.md",
    strict: bool = True,
    encoding: str | None = None,
) -> pd.DataFrame:
    """Load a corpus folder: text files catalogued by a Markdown table in INDEX.md.

    Args:
        path: the corpus folder.
        index: name of the catalogue file inside ``path``.
        strict: if True, a file in the folder that INDEX.md does not list is an
            error; if False it is loaded with a :class:`CorpusWarning`, its
            ``doc_id`` taken from the file name and its metadata ``unknown``.
            Hidden files (names starting with '.') are never loaded; they are
            named in a warning.
        encoding: codec to try after UTF-8 for files that are not UTF-8
            (e.g. ``"cp1252"``). An ``encoding`` column in INDEX.md overrides it
            per file.

    Returns:
        The corpus frame, index ``doc_id`` (one row per document, in INDEX order),
        columns: every INDEX.md column (``file``, ``outlet``, ... and any extra
        ones, ``outlet`` filled with ``unknown`` if absent), then ``text`` (str,
        the file as decoded), ``encoding`` (codec used), ``sha256`` (hex digest of
        the file bytes), ``n_chars``, ``n_words``, ``n_paragraphs`` (int).

    Raises:
        CorpusError: missing folder or INDEX.md, malformed table, a listed file
            missing, not a regular file, empty, binary, undecodable or outside
            the folder, a duplicate ``doc_id`` or file, an unlisted file (strict).

    Example:
        >>> corpus = load_corpus("seeds")
        >>> corpus.shape[0]
        3
    """
    root = Path(path)
    if not root.is_dir():
        raise CorpusError(f"{root}: corpus folder not found (or not a folder).")
    index_path = root / index
    table = read_index(index_path)
    if "doc_id" not in table.columns:
        table.insert(1, "doc_id", [Path(f).stem for f in table["file"]])
    if "outlet" not in table.columns:
        table["outlet"] = UNKNOWN

    records: list[dict] = []
    seen_ids: dict[str, int] = {}
    seen_files: dict[str, int] = {}
    for row in table.to_dict("records"):
        line = row.pop("index_line")
        where_row = f"{index_path} line {line}"
        doc_id, name = str(row["doc_id"]), str(row["file"])
        if not doc_id:
            raise CorpusError(f"{where_row}: the 'doc_id' cell is empty; give each document an id.")
        if doc_id in seen_ids:
            raise CorpusError(
                f"{where_row}: doc_id {doc_id!r} already used on line {seen_ids[doc_id]}; "
                "doc_ids must be unique."
            )
        file_path = _safe_path(root, name, where_row)
        key = file_path.resolve().as_posix()
        if key in seen_files:
            raise CorpusError(
                f"{where_row}: file {name!r} is already listed on line {seen_files[key]}; "
                "list each file once."
            )
        seen_ids[doc_id], seen_files[key] = line, line
        where = f"{file_path} (INDEX.md line {line})"
        if not file_path.exists():
            raise CorpusError(f"{where}: file not found; fix the 'file' cell or add the file.")
        row_enc = str(row.get("encoding") or "").strip() or encoding
        row["text"], row["encoding"], row["sha256"] = _read_text(file_path, where, row_enc)
        records.append(row)

    listed = {Path(k) for k in seen_files}
    hidden, unlisted = [], []
    for rel in _folder_files(root, index):
        p = root / rel
        if p.resolve() in listed:
            continue
        if any(part.startswith(".") for part in Path(rel).parts):
            hidden.append(rel)
        else:
            unlisted.append(rel)
    if hidden:
        warnings.warn(f"{root}: hidden file(s) not loaded: {', '.join(hidden)}", CorpusWarning, stacklevel=2)
    if unlisted and strict:
        raise CorpusError(
            f"{root / unlisted[0]}: file is not listed in {index}"
            + (
                f" (nor are {len(unlisted) - 1} other file(s): {', '.join(unlisted[1:6])})"
                if len(unlisted) > 1
                else ""
            )
            + f". Add a row for it to {index}, remove it, or pass strict=False to load it "
            "with outlet 'unknown'."
        )
    for rel in unlisted:
        p = _safe_path(root, rel, f"{root / rel}")
        doc_id = Path(rel).stem
        if doc_id in seen_ids:
            raise CorpusError(
                f"{p}: not listed in {index}, and its name gives doc_id {doc_id!r}, which "
                "INDEX.md already uses; list it with its own doc_id."
            )
        seen_ids[doc_id] = 0
        warnings.warn(
            f"{p}: not listed in {index}; loaded as doc_id {doc_id!r} with outlet 'unknown'.",
            CorpusWarning,
            stacklevel=2,
        )
        text, enc, digest = _read_text(p, str(p), encoding)
        row = {c: UNKNOWN for c in table.columns if c != "index_line"}
        row.update(file=rel, doc_id=doc_id, text=text, encoding=enc, sha256=digest)
        records.append(row)

    if not records:
        raise CorpusError(
            f"{index_path}: the table lists no documents and the folder has no text file; add a row per file."
        )
    columns = [c for c in table.columns if c not in ("index_line", "encoding")]
    return _finish(pd.DataFrame.from_records(records), columns)


def _read_text(path: Path, where: str, encoding: str | None) -> tuple[str, str, str]:
    if not path.is_file():
        raise CorpusError(f"{where}: not a regular file; list text files only.")
    data = path.read_bytes()
    if not data.strip():
        raise CorpusError(f"{where}: the file is empty; remove it from the folder and INDEX.md.")
    if _is_binary(data):
        raise CorpusError(
            f"{where}: looks like a binary file (NUL or control bytes), not text; convert it to plain text."
        )
    text, enc = _decode(data, where, encoding)
    if not text.strip():
        raise CorpusError(f"{where}: the file has no visible text.")
    return text, enc, hashlib.sha256(data).hexdigest()


def _checked_date(value, doc_id) -> str:
    """``published`` as given when it is an ISO date (2024-03-14, with or without a time);
    an invalid one (2024-13-45, "yesterday") warns (CorpusWarning) and becomes ``unknown``."""
    text = str(value).strip()
    if text in ("", UNKNOWN):
        return UNKNOWN if text == "" else text
    if pd.isna(pd.to_datetime(text, errors="coerce", format="ISO8601")):
        warnings.warn(
            f"document {doc_id}: published {text!r} is not a valid ISO date (YYYY-MM-DD); "
            "it is read as 'unknown'. Correct it in INDEX.md.",
            CorpusWarning,
            stacklevel=4,
        )
        return UNKNOWN
    return text


def _finish(frame: pd.DataFrame, meta_columns: list[str]) -> pd.DataFrame:
    """Add the derived columns and put columns in their documented order."""
    frame = frame.copy()
    frame["n_chars"] = frame["text"].str.len().astype("int64")
    frame["n_words"] = frame["text"].map(count_words).astype("int64")
    frame["n_paragraphs"] = frame["text"].map(lambda t: len(paragraph_spans(t))).astype("int64")
    meta = [c for c in meta_columns if c != "doc_id" and c not in DERIVED_COLUMNS]
    for c in meta:
        frame[c] = frame[c].fillna(UNKNOWN) if c in frame else UNKNOWN
    if "published" in frame:
        dates = zip(frame["published"], frame["doc_id"], strict=True)
        frame["published"] = [_checked_date(v, d) for v, d in dates]
    frame = frame.set_index("doc_id")[[*meta, *DERIVED_COLUMNS]]
    frame.index = frame.index.astype(str)
    frame.index.name = "doc_id"
    return frame


# --------------------------------------------------------------------------- records


def _records_frame(records) -> pd.DataFrame:
    if isinstance(records, pd.DataFrame):
        frame = records.copy()
        if "doc_id" not in frame.columns and frame.index.name == "doc_id":
            frame = frame.reset_index()
        return frame
    if isinstance(records, (str, Path)):
        p = Path(records)
        if not p.is_file():
            raise CorpusError(f"{p}: records file not found.")
        suffix = "".join(p.suffixes[-2:]) if p.suffix == ".gz" else p.suffix
        try:
            if suffix in (".csv", ".csv.gz"):
                return pd.read_csv(p, dtype=str, keep_default_na=False)
            if suffix in (".jsonl", ".jsonl.gz", ".ndjson"):
                return pd.read_json(p, lines=True, dtype=False)
            if suffix in (".json",):
                return pd.DataFrame(json.loads(p.read_text(encoding="utf-8")))
            if suffix in (".parquet",):
                return pd.read_parquet(p)
        except (ValueError, UnicodeDecodeError, OSError) as exc:
            raise CorpusError(f"{p}: cannot be read as {suffix} records ({exc}).") from exc
        raise CorpusError(f"{p}: unknown records format {suffix!r}; use .csv, .jsonl, .json or .parquet.")
    if isinstance(records, Mapping):
        raise CorpusError("records: got one mapping; pass a list of mappings (one per document).")
    if isinstance(records, Iterable):
        rows = list(records)
        bad = [i for i, r in enumerate(rows) if not isinstance(r, Mapping)]
        if bad:
            raise CorpusError(f"records: item {bad[0]} is a {type(rows[bad[0]]).__name__}, not a mapping.")
        return pd.DataFrame(rows)
    raise CorpusError(
        f"records: expected a DataFrame, a path or a list of mappings, got {type(records).__name__}."
    )


def from_records(records) -> pd.DataFrame:
    """Build the corpus frame from records instead of a folder.

    Args:
        records: a DataFrame, a list of mappings, or a path to a ``.csv``,
            ``.jsonl``, ``.json`` or ``.parquet`` file, with columns ``doc_id``
            and ``text`` and any metadata columns (``outlet``, ``published``...).

    Returns:
        The same frame as :func:`load_corpus`: index ``doc_id``, metadata columns
        (``file`` and ``outlet`` are ``unknown`` when absent), then ``text``,
        ``encoding`` (``unknown``: the text was already decoded; UTF-8 for files),
        ``sha256`` (of the UTF-8 encoded text), ``n_chars``, ``n_words``,
        ``n_paragraphs``.

    Raises:
        CorpusError: a missing ``doc_id`` or ``text`` column, an empty or
            duplicate ``doc_id``, a text that is not a non-empty string.

    Example:
        >>> from_records([{"doc_id": "a", "text": "One story.", "outlet": "AP"}]).loc["a", "n_words"]
        np.int64(2)
    """
    frame = _records_frame(records)
    for col in ("doc_id", "text"):
        if col not in frame.columns:
            raise CorpusError(f"records: no {col!r} column (columns are {list(frame.columns)}).")
    frame = frame.reset_index(drop=True)
    frame["doc_id"] = [
        "" if v is None or v is pd.NA or (isinstance(v, float) and v != v) else str(v).strip()
        for v in frame["doc_id"]
    ]
    bad_id = [i for i, v in enumerate(frame["doc_id"]) if not v]
    if bad_id:
        raise CorpusError(f"records row {bad_id[0]}: empty doc_id.")
    bad_text = [i for i, t in enumerate(frame["text"]) if not isinstance(t, str) or not t.strip()]
    if bad_text:
        i = bad_text[0]
        raise CorpusError(f"records row {i} (doc_id {frame['doc_id'][i]!r}): text is empty or not a string.")
    dupes = frame["doc_id"][frame["doc_id"].duplicated()]
    if len(dupes):
        raise CorpusError(f"records: doc_id {dupes.iloc[0]!r} appears more than once.")
    frame["encoding"] = UNKNOWN
    frame["sha256"] = frame["text"].map(lambda t: hashlib.sha256(t.encode("utf-8")).hexdigest())
    meta = [
        "file",
        "outlet",
        *[c for c in frame.columns if c not in ("file", "outlet", "doc_id", *DERIVED_COLUMNS)],
    ]
    for c in ("file", "outlet"):
        if c not in frame.columns:
            frame[c] = UNKNOWN
    return _finish(frame, ["doc_id", *meta])


def require_columns(corpus: pd.DataFrame, columns: Iterable[str], where: str) -> None:
    """Raise CorpusError naming the first column of ``columns`` that ``corpus`` lacks."""
    if not isinstance(corpus, pd.DataFrame):
        raise CorpusError(f"{where}: expected a corpus DataFrame, got {type(corpus).__name__}.")
    have = set(corpus.columns) | ({corpus.index.name} if corpus.index.name else set())
    for col in columns:
        if col not in have:
            raise CorpusError(
                f"{where}: the corpus frame has no {col!r} column; build it with "
                "load_corpus() or from_records()."
            )


# --------------------------------------------------------------------------- Reuters-21578

_SGML_DOC = re.compile(r"<REUTERS\b(?P<attrs>[^>]*)>(?P<body>.*?)</REUTERS>", re.S)
_SGML_FIELD = {
    name: re.compile(rf"<{name}>(.*?)</{name}>", re.S)
    for name in ("DATE", "TITLE", "DATELINE", "BODY", "TOPICS")
}
_SIGN_OFF = re.compile(r"\s*(?:Reuter|REUTER)\s*(?:&#3;)?\s*$")


def _sgml_text(value: str) -> str:
    value = re.sub(r"&#(?:[0-9]|[12][0-9]|3[01]);", "", value)  # control characters
    return html.unescape(value)


def _sgml_records(sources, limit: int | None) -> list[dict]:
    """Records of the stories with a body; files are read (decompressed) only until ``limit``."""
    records: list[dict] = []
    for name, read in sources:
        for m in _SGML_DOC.finditer(read().decode("latin-1")):
            fields = {k: rx.search(m.group("body")) for k, rx in _SGML_FIELD.items()}
            if not fields["BODY"]:
                continue
            body = _SIGN_OFF.sub("", _sgml_text(fields["BODY"].group(1))).rstrip()
            if not body.strip():
                continue
            newid = re.search(r'NEWID="(\d+)"', m.group("attrs"))
            date = fields["DATE"].group(1).strip() if fields["DATE"] else ""
            topics = re.findall(r"<D>(.*?)</D>", fields["TOPICS"].group(1)) if fields["TOPICS"] else []
            records.append(
                {
                    "doc_id": newid.group(1) if newid else f"{name}:{m.start()}",
                    "text": body,
                    "file": name,
                    "outlet": "Reuters",
                    "headline": _sgml_text(fields["TITLE"].group(1)).strip() if fields["TITLE"] else UNKNOWN,
                    "dateline": _sgml_text(fields["DATELINE"].group(1)).strip(" -\n")
                    if fields["DATELINE"]
                    else UNKNOWN,
                    "published": date,
                    "topics": "; ".join(topics),
                }
            )
            if limit is not None and len(records) >= limit:
                break
        if limit is not None and len(records) >= limit:
            break
    return records


def load_reuters21578(path: str | Path, *, limit: int | None = None) -> pd.DataFrame:
    """Load the Reuters-21578 stories that have a body, via :func:`from_records`.

    Args:
        path: ``reuters21578.tar.gz`` as distributed, or a folder holding its
            ``reut2-*.sgm`` files.
        limit: keep only the first ``limit`` stories with a body (file order).

    Returns:
        The corpus frame, index ``doc_id`` (the ``NEWID``), columns ``file``
        (the SGML file), ``outlet`` (``Reuters``), ``headline``, ``dateline``,
        ``published`` (ISO timestamp), ``topics`` ("; "-joined), then the derived
        columns. ``text`` is the body with SGML entities resolved and the
        closing "Reuter" sign-off removed.

    Raises:
        CorpusError: the path does not exist or holds no ``reut2-*.sgm`` file.
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("**/reut2-*.sgm"))
        if not files:
            raise CorpusError(f"{path}: no reut2-*.sgm file inside; is this Reuters-21578?")
        records = _sgml_records(((p.name, p.read_bytes) for p in files), limit)
    elif path.is_file() and tarfile.is_tarfile(path):
        with tarfile.open(path) as tar:
            members = sorted(
                (m for m in tar.getmembers() if re.search(r"reut2-\d+\.sgm$", m.name)), key=lambda m: m.name
            )
            if not members:
                raise CorpusError(f"{path}: no reut2-*.sgm file inside; is this Reuters-21578?")
            records = _sgml_records(((Path(m.name).name, tar.extractfile(m).read) for m in members), limit)
    else:
        raise CorpusError(f"{path}: not found, or neither a folder nor a tar archive of Reuters-21578.")
    stamps = pd.to_datetime(
        pd.Series([r["published"] for r in records], dtype=object),
        format="%d-%b-%Y %H:%M:%S.%f",
        errors="coerce",
    )
    for r, ts in zip(records, stamps, strict=True):
        r["published"] = UNKNOWN if pd.isna(ts) else ts.isoformat()
    return from_records(records)
