"""Read the catalogue of a corpus folder: the first Markdown pipe table of its INDEX.md.

A table inside an HTML comment (``<!-- ... -->``) is not read: it is not shown either.

:func:`read_index` returns the table as a frame of strings, one row per table row
with the line it came from (``index_line``), so that :func:`corpus_tools.load_corpus`
can name the INDEX.md line of every problem it finds. A malformed table raises
:class:`~corpus_tools.errors.CorpusError` naming the file, the line and what to do.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd

from corpus_tools.errors import CorpusError, is_file, os_reason

__all__ = ["DERIVED_COLUMNS", "read_index"]

#: Columns the loader computes and appends after the INDEX.md columns; INDEX.md may
#: not name them (except ``encoding``, which gives a file's codec).
DERIVED_COLUMNS = ("text", "encoding", "sha256", "n_chars", "n_words", "n_paragraphs", "repairs")

_SEP_CELL = re.compile(r"^:?-{3,}:?$")


def _split_row(line: str) -> list[str]:
    """Cells of one Markdown table row; ``\\|`` is a literal pipe."""
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    cells = re.split(r"(?<!\\)\|", s)
    return [c.strip().replace("\\|", "|") for c in cells]


def _clean_cell(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == "`":
        value = value[1:-1].strip()
    return value


_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)


def _blank_comments(text: str) -> str:
    """``text`` with every HTML comment (``<!-- ... -->``, an unclosed one running to the end)
    replaced by its line breaks: a table inside a comment is not the catalogue, and every
    other line keeps its number."""
    return _COMMENT.sub(lambda m: "\n" * m.group().count("\n"), text)


def _read_lines(path: Path) -> list[str]:
    """The lines of the INDEX file (UTF-8, BOM stripped), HTML comments blanked."""
    if os.path.exists(path) and not is_file(path, str(path)):
        raise CorpusError(
            f"{path}: the INDEX file is not a regular file (a folder, FIFO or device); "
            "make INDEX.md a plain text file."
        )
    if not is_file(path, str(path)):
        raise CorpusError(
            f"{path}: INDEX file not found. Add an INDEX.md with a Markdown table "
            "(columns file, doc_id, outlet, ...) listing every text file, or build the "
            "corpus with corpus_tools.from_records()."
        )
    try:
        return _blank_comments(path.read_text(encoding="utf-8-sig")).splitlines()
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: INDEX file is not UTF-8 ({exc.reason}); save it as UTF-8.") from exc
    except OSError as exc:
        raise CorpusError(f"{path}: INDEX file cannot be read ({os_reason(exc)}).") from exc


def _header_line(lines: list[str], path: Path) -> int:
    """0-based line of the header: the first row followed by a separator row."""
    for i, line in enumerate(lines[:-1]):
        if "|" in line and "|" in lines[i + 1]:
            sep = _split_row(lines[i + 1])
            if sep and all(_SEP_CELL.match(c.replace(" ", "")) for c in sep):
                return i
    raise CorpusError(
        f"{path}: no Markdown table found. Expected a header row such as "
        "'| file | doc_id | outlet |' followed by a separator row '|---|---|---|'."
    )


def _check_header(header: list[str], n_sep: int, where: str, where_sep: str) -> None:
    """Raise CorpusError on a header that does not match its separator row, has an
    empty, repeated or reserved (computed by the loader) cell, or no ``file`` column."""
    if n_sep != len(header):
        raise CorpusError(
            f"{where_sep}: separator row has {n_sep} cells but the header has "
            f"{len(header)}; make them the same."
        )
    if any(not h for h in header):
        raise CorpusError(f"{where}: a header cell is empty; name every column.")
    dupes = sorted({h for h in header if header.count(h) > 1})
    if dupes:
        raise CorpusError(f"{where}: column(s) {dupes} appear twice in the header.")
    reserved = sorted(set(header) & (set(DERIVED_COLUMNS) - {"encoding"}) | ({"index_line"} & set(header)))
    if reserved:
        raise CorpusError(
            f"{where}: column(s) {reserved} are computed by the loader; rename them in INDEX.md."
        )
    if "file" not in header:
        raise CorpusError(f"{where}: the table has no 'file' column; add one.")


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
    lines = _read_lines(path)
    head = _header_line(lines, path)
    header = [_clean_cell(c) for c in _split_row(lines[head])]
    n_sep = len(_split_row(lines[head + 1]))
    _check_header(header, n_sep, f"{path} line {head + 1}", f"{path} line {head + 2}")

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
