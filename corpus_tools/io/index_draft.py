"""A draft INDEX.md for a folder of web pages, written from the metadata read from the pages.

``corpus-tools index-md FOLDER`` (or :func:`write_index_md`) writes it for the user to check and
edit: one row per document (a WARC gives one row per HTML record, matched back by its ``url``),
with a ``role`` column to fill in. It never replaces a file: an existing INDEX.md is left as it
is and the draft goes elsewhere only when asked (``output``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from corpus_tools.errors import CorpusError, os_reason
from corpus_tools.io.corpus import load_corpus

__all__ = ["DRAFT_COLUMNS", "index_md_draft", "write_index_md"]

#: the draft's columns, in order (those the corpus frame lacks are ``unknown``)
DRAFT_COLUMNS = (
    "file",
    "doc_id",
    "outlet",
    "role",
    "title",
    "published",
    "updated",
    "author",
    "url",
    "language",
    "source_format",
    "extracted_from",
)


def _cell(value) -> str:
    return " ".join(str(value).split()).replace("|", "\\|") or "unknown"


def index_md_draft(corpus: pd.DataFrame, *, folder: str = "this folder") -> str:
    """The text of an INDEX.md listing every document of ``corpus`` with its metadata.

    Args:
        corpus: a corpus frame (from :func:`corpus_tools.load_corpus`).
        folder: the folder's name, for the heading.

    Returns:
        Markdown: a heading, a note saying where the values come from, the pipe table of
        :data:`DRAFT_COLUMNS` (``|`` in a cell escaped as ``\\|``).

    Example:
        >>> from corpus_tools import from_records
        >>> print(index_md_draft(from_records([{"doc_id": "a", "text": "One story."}])).splitlines()[4])
        | file | doc_id | outlet | role | title | published | updated | author | url | language | source_format | extracted_from |
    """  # noqa: E501 - the doctest shows the whole header line
    frame = corpus.reset_index()
    lines = [
        f"# Corpus: {folder}",
        "",
        "Draft written by `corpus-tools index-md` from the metadata read from each page; check every "
        "value, fill in `role` (wire original, republication, rewrite), then load the folder.",
        "",
        "| " + " | ".join(DRAFT_COLUMNS) + " |",
        "|" + "---|" * len(DRAFT_COLUMNS),
    ]
    for row in frame.to_dict("records"):
        lines.append("| " + " | ".join(_cell(row.get(c, "unknown")) for c in DRAFT_COLUMNS) + " |")
    return "\n".join(lines) + "\n"


def write_index_md(
    folder: str | Path, *, output: str | Path | None = None, encoding: str | None = None
) -> Path:
    """Load ``folder`` (text files not listed are read with a warning) and write its INDEX.md draft.

    Args:
        folder: the corpus folder (web pages, WARC archives, text files).
        output: where to write the draft (default ``FOLDER/INDEX.md``).
        encoding: as in :func:`corpus_tools.load_corpus`.

    Returns:
        The path written.

    Raises:
        CorpusError: the target exists (it is never replaced) or cannot be written, or the
            folder cannot be loaded.
    """
    folder = Path(folder)
    target = Path(output) if output is not None else folder / "INDEX.md"
    if target.exists() or target.is_symlink():
        raise CorpusError(
            f"{target}: exists and was not overwritten; edit it, or write the draft elsewhere "
            "(corpus-tools index-md FOLDER -o draft.md)."
        )
    corpus = load_corpus(folder, strict=False, encoding=encoding)
    text = index_md_draft(corpus, folder=folder.name or str(folder))
    try:  # exclusive create, no symlink followed: a file made meanwhile is not replaced either
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
    except FileExistsError as exc:
        raise CorpusError(f"{target}: exists and was not overwritten.") from exc
    except OSError as exc:
        raise CorpusError(f"{target}: cannot be written ({os_reason(exc)}).") from exc
    return target
