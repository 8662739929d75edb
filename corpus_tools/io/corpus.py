"""Read a corpus folder (text files + INDEX.md) or records into the corpus DataFrame.

The corpus frame has one row per document, indexed by ``doc_id``. Every column of
INDEX.md is kept, followed by ``text`` (the file as decoded, with the Unicode rule of
:mod:`corpus_tools.io.unicode_rules` applied: NFC, invisible characters removed),
``encoding``, ``sha256``, ``n_chars``, ``n_words``, ``n_paragraphs`` and ``repairs``
(the Unicode repairs, offsets into the file as decoded; :func:`corpus_tools.clean`
lists them). Every other offset the package returns points into ``text``.

Bad input raises :class:`CorpusError` naming the file (and INDEX.md line) and what
to do; nothing in the folder is skipped without an error or a :class:`CorpusWarning`.
INDEX.md itself is parsed by :mod:`corpus_tools.io.index_md`; records are read by
:mod:`corpus_tools.io.records`, and the derived columns and the entry check of an analysis are
in :mod:`corpus_tools.io.corpus_frame` (every name importable from here as well).
"""

from __future__ import annotations

import os
import re
import warnings
from pathlib import Path

import pandas as pd

from corpus_tools.errors import CorpusError, CorpusWarning, is_file, os_reason
from corpus_tools.io.corpus_frame import UNKNOWN, finish_frame, require_columns, validate_corpus
from corpus_tools.io.decoding import read_text
from corpus_tools.io.index_md import DERIVED_COLUMNS, read_index
from corpus_tools.io.paragraphs import paragraph_spans
from corpus_tools.io.records import from_records
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
        return finish_frame(
            pd.DataFrame.from_records(records), ["doc_id", "file", *WEB_COLUMNS, "dropped_lines"]
        )
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
    return finish_frame(pd.DataFrame.from_records(records), columns)


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
