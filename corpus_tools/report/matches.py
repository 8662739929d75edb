"""The report of ``corpus-tools match IDX NEW -o OUTDIR``: each new text beside its closest archived texts.

One folder, written as a whole through :class:`corpus_tools.io.output.OutputDir`:

- ``index.html``: one row per new text (the archived documents it shares passages with,
  the one it shares most with, a link to its report), then the ranked table;
- ``matches.csv`` (the passages of :meth:`corpus_tools.ReuseIndex.match`) and ``ranked.csv``
  (:func:`corpus_tools.rank_matches`);
- per new text that shares a passage with the archive, ``<doc_id>/report.html`` and its data
  files: :func:`corpus_tools.report.page.write_report` on a corpus of the ``top`` archived
  documents it shares most with (their text is stored in the index) and the new text, the
  archived document it shares most with as the source. A sub-folder is an ``OutputDir`` of
  its own, written inside this one's staging folder, so the whole is one transaction.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from corpus_tools.analysis import analyze
from corpus_tools.io.output import OutputDir, flat_tuples
from corpus_tools.options import Options
from corpus_tools.report.page import _page_html, write_report
from corpus_tools.report.tables import Html, table_html
from corpus_tools.reuse.index import IndexOptions, ReuseIndex, rank_matches

__all__ = ["write_match_report"]

_RESERVED = {"index.html", "matches.csv", "ranked.csv"}


def _folder(doc_id: str, taken: set[str]) -> str:
    """A folder name for ``doc_id``: its letters, digits, ``.``, ``-`` and ``_``, unique in OUTDIR."""
    base = re.sub(r"[^\w.-]", "_", str(doc_id)).lstrip(".")[:80] or "text"
    name, n = base, 1
    while name.lower() in taken or name in _RESERVED:
        n += 1
        name = f"{base}-{n}"
    taken.add(name.lower())
    return name


def _summary(new: pd.DataFrame, ranked: pd.DataFrame, archived: set[str], folders: dict) -> pd.DataFrame:
    """One row per new text: its report, the archived documents it shares with, the top one."""
    rows, links = [], []
    for doc_id in new.index:
        hits = ranked[(ranked["doc_id"] == doc_id) & ranked["source_doc_id"].isin(archived)]
        links.append(
            Html(f"<a href='{html.escape(folders[doc_id])}/report.html'>{html.escape(doc_id)}</a>")
            if doc_id in folders
            else doc_id
        )
        top = hits.iloc[0] if len(hits) else None
        rows.append(
            {
                "n_archived": len(hits),
                "top_source_doc_id": "" if top is None else top["source_doc_id"],
                "n_tokens": 0 if top is None else int(top["n_tokens"]),
                "n_chars": 0 if top is None else int(top["n_chars"]),
            }
        )
    out = pd.DataFrame(rows, index=range(len(rows)))
    out.insert(0, "doc_id", pd.Series(links, dtype=object))  # object: the links stay Html
    return out


def _index_html(index: ReuseIndex, new, ranked, folders, top: int, command: str | None) -> str:
    summary = _summary(new, ranked, set(index.doc_ids()), folders)
    labels = {
        "n_archived": "archived documents sharing a passage",
        "top_source_doc_id": "shares most with",
        "n_tokens": "words shared with it",
        "n_chars": "characters of the new text shared with it",
    }
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    title = f"corpus_tools match: {len(new):,} new text(s) against {index.path.name}"
    body = [
        f"<h1>{html.escape(title)}</h1>",
        f"<p class='ct-meta'>Index {html.escape(str(index.path))} ({len(index):,} documents); made on {now}"
        + (f". Command: <code>{html.escape(command)}</code>" if command else "")
        + "</p>",
        "<h2>The new texts</h2><p>Each linked text has a report comparing it with the "
        f"{top} archived document(s) it shares most with (findings and side-by-side views).</p>",
        table_html(summary, labels=labels),
        f"<h2>Ranked matches</h2><p>The {top} archived document(s) each new text shares most words "
        "with; every pair is in <a href='ranked.csv'>ranked.csv</a>, every passage in "
        "<a href='matches.csv'>matches.csv</a>.</p>",
        table_html(ranked.loc[ranked["rank"] <= top]),
    ]
    return _page_html(title, body)


def write_match_report(
    index: ReuseIndex,
    new: pd.DataFrame,
    outdir: str | Path,
    *,
    top: int = 3,
    found: pd.DataFrame | None = None,
    options: IndexOptions | None = None,
    overwrite: bool = False,
    command: str | None = None,
    model=None,
    progress: bool = False,
) -> Path:
    """Write OUTDIR: an index page, the match tables, and one report per new text (see the module).

    Args:
        index: an open :class:`corpus_tools.ReuseIndex`.
        new: the new texts (a corpus frame: index ``doc_id``, column ``text``).
        outdir: the output folder (never a user's files: :class:`OutputDir`).
        top: archived documents per new text in its report and in the ranked table.
        found: ``index.match(new)`` when already computed.
        options: the match's settings (default: the index's).
        overwrite, command, model, progress: as for :func:`corpus_tools.write_report` and
            :func:`corpus_tools.analyze`.

    Returns:
        The final path of ``index.html``.
    """
    if isinstance(new, str):
        new = pd.DataFrame({"text": [new]}, index=pd.Index(["text"], name="doc_id"))
    new = new.set_axis(new.index.astype(str).rename("doc_id"))
    found = index.match(new, options=options) if found is None else found
    ranked = rank_matches(found)
    archived = set(index.doc_ids())
    folders: dict[str, str] = {}
    taken: set[str] = set()
    with OutputDir(outdir, overwrite=overwrite) as out:
        out.write_table("matches", flat_tuples(found))
        out.write_table("ranked", flat_tuples(ranked))
        for doc_id in new.index:
            if not ranked.loc[ranked["doc_id"] == doc_id, "source_doc_id"].isin(archived).any():
                continue
            compared = index.compare(new.loc[[doc_id]], top=top, options=options)
            a = analyze(
                compared, source=str(compared.index[0]), model=model, options=Options(), progress=progress
            )
            folders[doc_id] = _folder(doc_id, taken)
            title = f"corpus_tools match: {doc_id} against {index.path.name}"
            write_report(a, out.staging / folders[doc_id], title=title, command=command)
        out.write_text("index.html", _index_html(index, new, ranked, folders, top, command))
    return out.final_path("index.html")
