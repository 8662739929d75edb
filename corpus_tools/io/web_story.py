"""Web pages in a corpus folder: INDEX.md rows over the page's metadata, the text the pages of one
story share as a second opinion on the article, and the lines each extractor kept and dropped.

trafilatura decides, page by page, what is the article. When several pages of one story from
different sites are loaded together, the text they share *is* the article: a line found on another
site's page (:data:`MIN_SHARED` of its word 4-grams) is article text, whatever its markup; the
shared run goes from the first to the last shared line of :data:`MIN_PROSE_WORDS` words or more.
Inside it, a line is kept when it is shared too; outside it, a short shared line (a headline, a
label that two sites word alike) is not. A line that no other site has is kept when it reads as a
sentence (:data:`MIN_SENTENCE_WORDS` words or more, sentence punctuation at the end, no photo
credit such as "(AP)" closing it), or when it is a long line without a credit inside the shared
run. So a site's chrome that trafilatura kept (a caption, a "last updated" line, a byline,
"Advertisement", "Read more: ...") leaves the compared text, while the paragraphs one version has
alone (a wire's tail that the others cut) stay; what is left of the chrome is a sentence, which
the cleaning's chrome rules (:mod:`corpus_tools.text.cleaning`) still mark.
Pages with fewer than two shared lines get no second opinion. :func:`extraction_lines` reports
every line: kept, or dropped by trafilatura or by the shared text.
"""

from __future__ import annotations

import re
import warnings
from collections import defaultdict
from pathlib import Path

import pandas as pd

from corpus_tools.errors import CorpusError, CorpusWarning
from corpus_tools.io.unicode_rules import repair_text
from corpus_tools.io.web import UNKNOWN, read_web_file, web_format
from corpus_tools.lexicon import WORD_RE

__all__ = [
    "MIN_PROSE_WORDS",
    "MIN_SENTENCE_WORDS",
    "MIN_SHARED",
    "SHINGLE",
    "extraction_lines",
    "load_web",
    "second_opinion",
]

#: words per shingle when looking for a line on other sites' pages
SHINGLE = 4
#: share of a line's shingles found on a page of another site for the line to count as shared
MIN_SHARED = 0.3
#: shared lines of this many words mark the shared run (the article's body on this page)
MIN_PROSE_WORDS = 12
#: an unshared line is kept when it reads as a sentence: this many words, sentence punctuation at the end
MIN_SENTENCE_WORDS = 4
_SENTENCE_END = tuple(".!?\"'\u201d\u2019")
#: a photo credit closing a caption: "(AP)", "(Getty Images)", "(Photo: Ann Example)"
_CREDIT = re.compile(r"\((?:[A-Z][\w.&'/-]*\s?){1,4}(?::[^)]{0,40})?\)\s*$")
#: the extractors named in ``dropped_lines`` and :func:`extraction_lines`
TRAFILATURA, SHARED = "trafilatura", "shared text"


def _apply_row(doc: dict, row: dict) -> dict:
    """The page's record with the INDEX.md row's filled cells over the extracted metadata."""
    for key, value in row.items():
        if key not in ("index_line", "file", "encoding") and str(value).strip() not in ("", UNKNOWN):
            doc[key] = value
    return doc


def _match_rows(path: Path, docs: list[dict], rows: list[dict]) -> list[dict]:
    """INDEX.md rows of one web file applied to its documents: the row of a page, or for a WARC
    the row whose ``url`` is the record's target URI, else whose ``doc_id`` is the record's."""
    if web_format(path) == "html":
        return [_apply_row(d, rows[0]) for d in docs] if rows else docs
    unused = list(rows)
    for doc in docs:
        for key, value in (("url", doc.get("warc_url")), ("doc_id", doc["doc_id"])):
            row = next((r for r in unused if value and str(r.get(key, "")).strip() == value), None)
            if row is not None:
                unused.remove(row)
                _apply_row(doc, row)
                break
    for row in unused:
        warnings.warn(
            f"INDEX.md line {row['index_line']}: no HTML record of {path} has this row's url or doc_id; "
            "the row was not used. Fix its url (the record's WARC-Target-URI) or doc_id.",
            CorpusWarning,
            stacklevel=5,
        )
    return docs


def load_web(root: Path, rels: list[str], listed: dict[str, list[dict]], encoding: str | None) -> list[dict]:
    """Records of the web files ``rels`` of ``root``, each with its INDEX.md row(s) applied.

    Args:
        root: the corpus folder.
        rels: the web files (POSIX paths inside ``root``), listed in INDEX.md or not.
        listed: INDEX.md rows by file (their ``index_line`` kept): the row of a page; for a
            WARC, one row per record it overrides.
        encoding: codec to try after UTF-8 for pages that declare no charset (a row's
            ``encoding`` cell overrides it for a page).
    """
    records = []
    for rel in rels:
        rows = listed.get(rel, [])
        codec = next((str(r["encoding"]).strip() for r in rows if str(r.get("encoding") or "").strip()), None)
        docs = read_web_file(root, rel, encoding=codec or encoding)
        records += _match_rows(root / rel, docs, rows)
    return records


# --------------------------------------------------------------------------- second opinion


def _words(line: str) -> list[str]:
    return [w.lower() for w in WORD_RE.findall(line)]


def _shingles(line: str) -> set[tuple[str, ...]]:
    words = _words(line)
    return set(zip(*(words[i:] for i in range(SHINGLE)), strict=False))


def _site(record: dict) -> str:
    """Pages of one site share their chrome, so shared text counts only across sites."""
    outlet = str(record.get("outlet") or UNKNOWN)
    return outlet if outlet != UNKNOWN else f"doc:{record['doc_id']}"


def _n_words(line: str) -> int:
    return len(WORD_RE.findall(line))


def _is_long(line: str) -> bool:
    return _n_words(line) >= MIN_PROSE_WORDS


def _is_sentence(line: str) -> bool:
    """At least :data:`MIN_SENTENCE_WORDS` words ending a sentence, and no photo credit."""
    end = line.rstrip()
    return _n_words(end) >= MIN_SENTENCE_WORDS and end.endswith(_SENTENCE_END) and not _CREDIT.search(end)


def _kept_lines(lines: list[str], shared: list[bool]) -> list[bool]:
    """Which lines of one page the shared text keeps (all of them with fewer than two shared
    lines of :data:`MIN_PROSE_WORDS` words): see the module's rules."""
    at = [i for i, (line, s) in enumerate(zip(lines, shared, strict=True)) if s and _is_long(line)]
    if len(at) < 2:
        return [True] * len(lines)
    first, last = at[0], at[-1]
    keep = []
    for i, (line, s) in enumerate(zip(lines, shared, strict=True)):
        if first <= i <= last:  # inside the run: shared lines, sentences, long lines without a credit
            keep.append(s or _is_sentence(line) or (_is_long(line) and not _CREDIT.search(line)))
        else:  # outside: sentences, and long shared lines (a short one shares a headline or a label)
            keep.append(_is_sentence(line) or (s and _is_long(line)))
    return keep


def second_opinion(records: list[dict]) -> list[dict]:
    """Apply the shared text of the corpus to each web page's extracted text (see the module).

    Args:
        records: every document of the folder (``doc_id``, ``text``, ``outlet``, and
            ``source_format`` ``html``/``warc`` for pages; others get ``txt``).

    Returns:
        The records, each page's ``text`` without the lines the shared text drops, the Unicode
        rule applied (``repairs``), and ``dropped_lines``: a tuple of ``(line, extractor)`` for
        every line trafilatura or the shared text left out (empty for text files).
    """
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)  # shingle -> the sites that have it
    pages: list[tuple[dict, list[str], list[set]]] = []
    for r in records:
        if r.setdefault("source_format", "txt") == "txt":
            r.setdefault("extracted_from", Path(str(r["file"])).name)
            r["dropped_lines"] = ()
            found = _shingles(r["text"])
        else:
            lines = r["text"].split("\n\n")
            per_line = [_shingles(line) for line in lines]
            pages.append((r, lines, per_line))
            found = set().union(*per_line)
        site = _site(r)
        for sh in found:
            owners[sh].add(site)
    for r, lines, per_line in pages:
        # a shingle of this page is shared when another site has it too
        shared = [bool(sh) and sum(len(owners[x]) > 1 for x in sh) / len(sh) >= MIN_SHARED for sh in per_line]
        keep = _kept_lines(lines, shared)
        r["text"], r["repairs"] = repair_text("\n\n".join(x for x, k in zip(lines, keep, strict=True) if k))
        r["dropped_lines"] = tuple((x, TRAFILATURA) for x in r.pop("page_lines", ())) + tuple(
            (x, SHARED) for x, k in zip(lines, keep, strict=True) if not k
        )
    return records


def check_doc_ids(records: list[dict]) -> None:
    """Raise CorpusError when two documents get one doc_id, naming both.

    Raises:
        CorpusError: a repeated doc_id (two pages with one stem, two captures of one URL).
    """
    seen: dict[str, str] = {}
    for r in records:
        where = str(r["file"]) + (
            f" record {r['extracted_from']}" if r.get("source_format") == "warc" else ""
        )
        doc_id = str(r["doc_id"])
        if doc_id in seen:
            raise CorpusError(
                f"{where}: doc_id {doc_id!r} is also the doc_id of {seen[doc_id]}; give one of them its own "
                "doc_id in INDEX.md (a row with its file, or its url for a WARC record) or rename the file."
            )
        seen[doc_id] = where


# --------------------------------------------------------------------------- report


def extraction_lines(corpus: pd.DataFrame) -> pd.DataFrame:
    """Every line of the web pages of a corpus: kept in ``text``, or dropped and by which extractor.

    Args:
        corpus: a corpus frame loaded from a folder with web pages (column ``dropped_lines``).

    Returns:
        One row per line: ``doc_id``, ``line`` (the line's text), ``kept`` (bool: in ``text``)
        and ``dropped_by`` (``""`` when kept, ``"trafilatura"`` or ``"shared text"``); the kept
        lines of a document first, in order. Text files have no rows.

    Raises:
        CorpusError: the frame has no ``dropped_lines`` column (it was not loaded with web pages).
    """
    if "dropped_lines" not in corpus.columns:
        raise CorpusError(
            "extraction_lines: the corpus frame has no 'dropped_lines' column; load a folder with web pages."
        )
    rows = []
    for doc_id, fmt, text, dropped in zip(
        corpus.index, corpus["source_format"], corpus["text"], corpus["dropped_lines"], strict=True
    ):
        if fmt == "txt":
            continue
        rows += [(doc_id, line, True, "") for line in re.split(r"\n\s*\n", text) if line.strip()]
        rows += [(doc_id, line, False, by) for line, by in dropped]
    return pd.DataFrame(rows, columns=["doc_id", "line", "kept", "dropped_by"])
