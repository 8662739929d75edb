"""The report's list of the documents read from web pages: where each came from and what was kept.

A document loaded from a saved page or a WARC record (``source_format`` ``html``/``warc``) is
listed with its title, date, outlet, address, a link to the original file (relative to the
report, so the two folders can move together) and the number of lines each extractor dropped
(:func:`corpus_tools.io.web_story.extraction_lines` lists them).
"""

from __future__ import annotations

import html
import os
from pathlib import Path

import pandas as pd

__all__ = ["MAX_LINES", "pages_html"]

#: dropped lines listed per page in the report (all of them are in ``corpus.dropped_lines``)
MAX_LINES = 200


def _href(corpus_dir: Path | None, file: str, report_dir: Path | None) -> str:
    if corpus_dir is None:
        return file
    original = (corpus_dir / file).resolve()
    if report_dir is None:
        return original.as_uri()
    return Path(os.path.relpath(original, report_dir.resolve())).as_posix()


def pages_html(
    corpus: pd.DataFrame, *, corpus_dir: str | Path | None = None, report_dir: str | Path | None = None
) -> str:
    """An HTML section listing the documents of ``corpus`` read from web pages ("" when there are none).

    Args:
        corpus: the corpus frame.
        corpus_dir: the folder the corpus was loaded from (links point to its files), or
            the one page or WARC archive it was.
        report_dir: the folder the report is written to (links are made relative to it).

    Returns:
        ``<h3>`` and a table: doc_id, format (HTML or WARC), title, published, outlet, the URL as
        a link, the original file as a link, and the lines trafilatura and the shared text dropped;
        then, folded, the lines each page lost and to which extractor.
    """
    if "source_format" not in corpus.columns:
        return ""
    pages = corpus[corpus["source_format"].isin(["html", "warc"])]
    if not len(pages):
        return ""
    base = Path(corpus_dir) if corpus_dir is not None else None
    if base is not None and base.is_file():  # the corpus was one page or one WARC archive
        base = base.parent
    where = Path(report_dir) if report_dir is not None else None
    rows = []
    for doc_id, r in pages.iterrows():
        dropped = [by for _, by in r.get("dropped_lines", ())]
        url = str(r.get("url", "unknown"))
        link = f"<a href='{html.escape(url)}'>{html.escape(url)}</a>" if url.startswith("http") else "unknown"
        name = str(r["file"]) + (f" ({r['extracted_from']})" if r["source_format"] == "warc" else "")
        href = html.escape(_href(base, str(r["file"]), where))
        cells = [
            f"<code>{html.escape(str(doc_id))}</code>",
            html.escape(str(r["source_format"]).upper()),
            html.escape(str(r.get("title", "unknown"))),
            html.escape(str(r.get("published", "unknown"))),
            html.escape(str(r.get("outlet", "unknown"))),
            link,
            f"<a href='{href}'>{html.escape(name)}</a>",
            f"{dropped.count('trafilatura')} / {dropped.count('shared text')}",
        ]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    head = "doc_id format title published outlet url original lines&nbsp;dropped".split()
    return (
        "<h3 id='web-pages'>Documents read from web pages</h3>"
        f"<p class='ct-note'>{len(pages)} of the {len(corpus)} documents came from saved web pages or WARC "
        "records: their text is the article as trafilatura extracted it, without the lines no other "
        "site's page shares outside the article (lines dropped: by trafilatura / by the shared text). "
        "Offsets and the views point into that extracted text.</p>"
        "<table class='ct-table-plain'><thead><tr>"
        + "".join(f"<th>{h}</th>" for h in head)
        + f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        + "".join(_dropped_html(str(d), r.get("dropped_lines", ())) for d, r in pages.iterrows())
    )


def _dropped_html(doc_id: str, dropped) -> str:
    """The lines each extractor left out of one page, folded (at most :data:`MAX_LINES` shown)."""
    if not len(dropped):
        return ""
    items = "".join(
        f"<li><span class='ct-note'>{html.escape(by)}:</span> {html.escape(line)}</li>"
        for line, by in list(dropped)[:MAX_LINES]
    )
    more = f"<p class='ct-note'>and {len(dropped) - MAX_LINES} more.</p>" if len(dropped) > MAX_LINES else ""
    return (
        f"<details><summary>Lines left out of <code>{html.escape(doc_id)}</code> ({len(dropped)})</summary>"
        f"<ul>{items}</ul>{more}</details>"
    )
