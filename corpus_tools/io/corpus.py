"""Read a corpus folder (text files + INDEX.md) or records into the corpus DataFrame.

The corpus frame has one row per document, indexed by ``doc_id``. Every column of
INDEX.md is kept, followed by ``text`` (the file as decoded, with the Unicode rule of
:mod:`corpus_tools.io.unicode_rules` applied: NFC, invisible characters removed),
``encoding``, ``sha256``, ``n_chars``, ``n_words``, ``n_paragraphs`` and ``repairs``
(the Unicode repairs, offsets into the file as decoded; :func:`corpus_tools.clean`
lists them). Every other offset the package returns points into ``text``.

Bad input raises :class:`CorpusError` naming the file (and INDEX.md line) and what
to do; nothing in the folder is skipped without an error or a :class:`CorpusWarning`.
INDEX.md itself is parsed by :mod:`corpus_tools.io.index_md`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from corpus_tools.errors import CorpusError, CorpusWarning, is_file, os_reason
from corpus_tools.io.decoding import MAX_DOCUMENT_CHARS, check_size, read_text
from corpus_tools.io.index_md import DERIVED_COLUMNS, read_index
from corpus_tools.io.paragraphs import count_words, paragraph_spans
from corpus_tools.io.unicode_rules import has_visible_text, repair_text
from corpus_tools.io.web import WEB_COLUMNS, web_format, web_stem
from corpus_tools.io.web_story import check_doc_ids, load_web, second_opinion

__all__ = [
    "CorpusError",
    "CorpusWarning",
    "DERIVED_COLUMNS",
    "from_records",
    "load_corpus",
    "paragraph_spans",
    "read_index",
    "require_columns",
    "validate_corpus",
]

UNKNOWN = "unknown"


# --------------------------------------------------------------------------- files


def _resolve(path: Path, where: str) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop (Python < 3.13)
        raise CorpusError(f"{where}: cannot be resolved ({exc}); remove the link or fix it.") from exc


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
    resolved = _resolve(candidate, f"{where}: path {name!r}")
    if not resolved.is_relative_to(root.resolve()):
        raise CorpusError(
            f"{where}: {name!r} is a link that points outside the corpus folder; refused, not read."
        )
    return candidate


def _folder_files(root: Path, index_name: str) -> list[str]:
    """Every file below root (POSIX relative paths), the INDEX file excluded.

    Raises:
        CorpusError: a folder below root cannot be listed (it is reported, never skipped).
    """
    found = []

    def fail(exc: OSError) -> None:
        raise CorpusError(
            f"{exc.filename}: folder cannot be read ({os_reason(exc)}); its files would be skipped. "
            "Fix its permissions or move it out of the corpus folder."
        ) from exc

    for dirpath, dirnames, filenames in os.walk(root, onerror=fail, followlinks=False):
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
    """Load a corpus folder: text files catalogued by a Markdown table in INDEX.md, and saved
    web pages and WARC archives (:mod:`corpus_tools.io.web`; INDEX.md optional for them).

    Args:
        path: the corpus folder, or one saved page or WARC archive (its documents
            described by the page alone: :mod:`corpus_tools.io.web`).
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
        the file bytes), ``n_chars``, ``n_words``, ``n_paragraphs`` (int). With web
        pages, the metadata columns also hold those of
        :data:`corpus_tools.io.web.WEB_COLUMNS` (``title``, ``published``, ``updated``,
        ``author``, ``outlet``, ``url``, ``language``, ``source_format``,
        ``extracted_from``) and ``dropped_lines`` (:mod:`corpus_tools.io.web_story`).

    Raises:
        CorpusError: missing folder or INDEX.md, malformed table, a listed file
            missing, not a regular file, empty, binary, undecodable, unreadable,
            outside the folder or with no visible character after the Unicode rule,
            a duplicate ``doc_id`` or file, an unlisted file (strict), a folder that
            cannot be listed; web pages without the ``web`` extra, two pages or WARC
            records given one ``doc_id``, no page that could be loaded (a page that
            cannot be read is a :class:`CorpusWarning` and is left out). Every
            ``OSError`` becomes a CorpusError naming the path.

    Example:
        >>> corpus = load_corpus("seeds")
        >>> corpus.shape[0]
        3
    """
    try:
        return _load_folder(Path(path), index, strict, encoding)
    except OSError as exc:
        raise CorpusError(f"{exc.filename or path}: cannot be read ({os_reason(exc)}).") from exc


def _load_folder(root: Path, index: str, strict: bool, encoding: str | None) -> pd.DataFrame:
    if web_format(root) and is_file(root, str(root)):  # one saved page or one WARC archive
        records = second_opinion(load_web(root.parent, [root.name], {}, encoding))
        if not records:
            raise CorpusError(f"{root}: no page could be loaded from it (see the warnings above).")
        check_doc_ids(records)
        return _finish(pd.DataFrame.from_records(records), ["doc_id", "file", *WEB_COLUMNS, "dropped_lines"])
    if not root.is_dir():
        raise CorpusError(f"{root}: corpus folder not found (or not a folder).")
    index_path = root / index
    if is_file(index_path, str(index_path)) or not any(map(web_format, _folder_files(root, index))):
        table = read_index(index_path)
    else:  # INDEX.md is optional for web pages: their metadata come from the page
        table = pd.DataFrame({"file": [], "index_line": []}, dtype=object)
    if "doc_id" not in table.columns:
        table.insert(1, "doc_id", [web_stem(f) if web_format(f) else Path(f).stem for f in table["file"]])
    if "outlet" not in table.columns:
        table["outlet"] = UNKNOWN

    records, seen_ids, seen_files, web_rows = _listed_records(root, index_path, table, encoding)
    hidden, unlisted = _unlisted_files(root, index, {Path(k) for k in seen_files})
    web_unlisted = [rel for rel in unlisted if web_format(rel)]  # loaded from the page, strict or not
    unlisted = [rel for rel in unlisted if not web_format(rel)]
    if hidden:
        warnings.warn(f"{root}: hidden file(s) not loaded: {', '.join(hidden)}", CorpusWarning, stacklevel=3)
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
    columns = [c for c in table.columns if c != "index_line"]
    records += _unlisted_records(root, index, unlisted, seen_ids, columns, encoding)
    if web_rows or web_unlisted:
        records = second_opinion(records + load_web(root, [*web_rows, *web_unlisted], web_rows, encoding))
        check_doc_ids(records)
        columns += [c for c in (*WEB_COLUMNS, "dropped_lines") if c not in columns]

    if not records:
        raise CorpusError(
            f"{index_path}: the table lists no documents and the folder has no text file or page that "
            "could be loaded; add a row per file."
        )
    columns = [c for c in columns if c != "encoding"]
    return _finish(pd.DataFrame.from_records(records), columns)


def _listed_records(
    root: Path, index_path: Path, table: pd.DataFrame, encoding: str | None
) -> tuple[list[dict], dict[str, int], dict[str, int], dict[str, list[dict]]]:
    """Records of the text files INDEX.md lists, with the INDEX line of each doc_id and of
    each file (resolved POSIX path), and the rows of web files by file (read by
    :func:`corpus_tools.io.web_story.load_web`; a WARC may have one row per record); a
    repeated doc_id or file is a CorpusError."""
    records: list[dict] = []
    seen_ids: dict[str, int] = {}
    seen_files: dict[str, int] = {}
    web_rows: dict[str, list[dict]] = {}
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
        if key in seen_files and web_format(name) != "warc":
            raise CorpusError(
                f"{where_row}: file {name!r} is already listed on line {seen_files[key]}; "
                "list each file once."
            )
        seen_ids[doc_id], seen_files[key] = line, line
        where = f"{file_path} (INDEX.md line {line})"
        if not file_path.exists():
            raise CorpusError(f"{where}: file not found; fix the 'file' cell or add the file.")
        if web_format(name):
            rel = file_path.relative_to(root).as_posix()
            web_rows.setdefault(rel, []).append({**row, "index_line": line})
            continue
        row_enc = str(row.get("encoding") or "").strip() or encoding
        row["text"], row["encoding"], row["sha256"], row["repairs"] = read_text(file_path, where, row_enc)
        records.append(row)
    return records, seen_ids, seen_files, web_rows


def _unlisted_files(root: Path, index: str, listed: set[Path]) -> tuple[list[str], list[str]]:
    """(hidden, unlisted): the files below root that INDEX.md does not list, as relative
    POSIX paths, those with a part starting with '.' apart."""
    hidden, unlisted = [], []
    for rel in _folder_files(root, index):
        p = root / rel
        if _resolve(p, str(p)) in listed:
            continue
        if any(part.startswith(".") for part in Path(rel).parts):
            hidden.append(rel)
        else:
            unlisted.append(rel)
    return hidden, unlisted


def _unlisted_records(
    root: Path,
    index: str,
    unlisted: list[str],
    seen_ids: dict[str, int],
    columns: list[str],
    encoding: str | None,
) -> list[dict]:
    """Records of the unlisted files (strict=False), each with a CorpusWarning, doc_id
    from the file name and ``unknown`` metadata; adds their doc_ids to ``seen_ids``."""
    records = []
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
            stacklevel=4,  # the caller of load_corpus
        )
        text, enc, digest, repairs = read_text(p, str(p), encoding)
        row = {c: UNKNOWN for c in columns}
        row.update(file=rel, doc_id=doc_id, text=text, encoding=enc, sha256=digest, repairs=repairs)
        records.append(row)
    return records


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
    if "repairs" not in frame:
        frame["repairs"] = [()] * len(frame)
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
        ``sha256`` (of the UTF-8 encoded text as given), ``n_chars``, ``n_words``,
        ``n_paragraphs``, ``repairs``. ``text`` has the Unicode rule applied
        (:mod:`corpus_tools.io.unicode_rules`); ``repairs`` point into the text as given.

    Raises:
        CorpusError: a missing ``doc_id`` or ``text`` column, an empty or
            duplicate ``doc_id``, a text that is not a string or has no visible
            character after the Unicode rule.

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
    for i, t in enumerate(frame["text"]):
        check_size(len(t), f"records row {i} (doc_id {frame['doc_id'][i]!r})")
    dupes = frame["doc_id"][frame["doc_id"].duplicated()]
    if len(dupes):
        raise CorpusError(f"records: doc_id {dupes.iloc[0]!r} appears more than once.")
    frame["encoding"] = UNKNOWN
    frame["sha256"] = frame["text"].map(lambda t: hashlib.sha256(t.encode("utf-8")).hexdigest())
    repaired = [repair_text(t) for t in frame["text"]]
    blank = [i for i, (t, _) in enumerate(repaired) if not has_visible_text(t)]
    if blank:
        i = blank[0]
        raise CorpusError(f"records row {i} (doc_id {frame['doc_id'][i]!r}): text has no visible character.")
    old = frame["repairs"] if "repairs" in frame else pd.Series([()] * len(frame))
    frame["text"] = [t for t, _ in repaired]
    # a frame that was loaded already keeps the repairs made when it was read
    frame["repairs"] = [r or tuple(o) for (_, r), o in zip(repaired, old, strict=True)]
    meta = [
        "file",
        "outlet",
        *[c for c in frame.columns if c not in ("file", "outlet", "doc_id", *DERIVED_COLUMNS)],
    ]
    for c in ("file", "outlet"):
        if c not in frame.columns:
            frame[c] = UNKNOWN
    return _finish(frame, ["doc_id", *meta])


def validate_corpus(corpus: pd.DataFrame, columns: Iterable[str] = ("text",), where: str = "corpus") -> None:
    """Check a corpus frame at the entry of an analysis; raise CorpusError on the first problem.

    Checks: ``corpus`` is a DataFrame indexed by ``doc_id`` (not a default integer
    index), no doc_id is repeated, every column of ``columns`` is present, and
    ``text`` (when asked for) holds a string in every row: NaN, None or a number
    is named with its doc_id, and none is longer than
    :data:`corpus_tools.io.decoding.MAX_DOCUMENT_CHARS`. Empty strings pass (they score 0.0).

    Args:
        corpus: the frame to check.
        columns: the columns the analysis reads.
        where: the analysis, for the message.

    Raises:
        CorpusError: naming the column or doc_id and what to do.
    """
    if not isinstance(corpus, pd.DataFrame):
        raise CorpusError(f"{where}: expected a corpus DataFrame, got {type(corpus).__name__}.")
    for col in columns:
        if col not in corpus.columns:
            raise CorpusError(
                f"{where}: the corpus frame has no {col!r} column; build it with "
                "load_corpus() or from_records()."
            )
    if corpus.index.name != "doc_id":
        hint = "corpus.set_index('doc_id')" if "doc_id" in corpus.columns else "from_records()"
        raise CorpusError(
            f"{where}: the corpus frame is indexed by {corpus.index.name or 'a default integer index'!s}, "
            f"not doc_id; use {hint}, or build it with load_corpus()."
        )
    if not corpus.index.is_unique:
        dupe = corpus.index[corpus.index.duplicated()][0]
        raise CorpusError(
            f"{where}: doc_id {dupe!r} appears more than once in the corpus index; make doc_ids unique."
        )
    if "text" in columns:
        bad = [(d, t) for d, t in corpus["text"].items() if not isinstance(t, str)]
        if bad:
            doc_id, value = bad[0]
            raise CorpusError(
                f"{where}: column 'text' of doc_id {doc_id!r} is {value!r} ({type(value).__name__}), not a "
                f"string ({len(bad)} such row(s)); drop those rows or fill them with text."
            )
        for doc_id, t in corpus["text"].items():
            if len(t) > MAX_DOCUMENT_CHARS:
                check_size(len(t), f"{where}: doc_id {doc_id!r}")


def require_columns(corpus: pd.DataFrame, columns: Iterable[str], where: str) -> None:
    """Raise CorpusError naming the first problem of ``corpus`` (see :func:`validate_corpus`)."""
    validate_corpus(corpus, tuple(columns), where)
