"""The stored reuse index on the command line: the ``index`` sub-commands (build, add,
remove, stats) and ``match``, which :mod:`corpus_tools.cli` registers on its app.
"""

from __future__ import annotations

import importlib
import shlex
import sys
from pathlib import Path
from typing import Annotated

import typer

from corpus_tools.cli_common import (
    EncodingOpt,
    OverwriteOpt,
    StrictOpt,
    _Command,
    _fail,
    _Group,
    _one_line_errors,
    _read_corpus,
    _show,
    _warnings_to_stderr,
)
from corpus_tools.io.output import check_outdir
from corpus_tools.report.matches import write_match_report

index_app = typer.Typer(
    cls=_Group, no_args_is_help=True, help="A stored reuse index: build, add, remove, stats."
)
IndexArg = Annotated[Path, typer.Argument(help="The index folder (corpus-tools index build).")]


def _index_module():
    # imported here, not at the top: pyarrow's Parquet reader is not needed by the report
    return importlib.import_module("corpus_tools.reuse.index")


@index_app.command(name="build", cls=_Command)
def index_build(
    archive: Annotated[Path, typer.Argument(help="The archive: corpus folder, Parquet corpus or .tar.gz.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The index folder to write.")],
    window_chars: Annotated[int, typer.Option(help="Normalised characters a window covers.")] = 25,
    max_df: Annotated[int, typer.Option(help="Skip windows found in more documents.")] = 1000,
    min_shared: Annotated[int, typer.Option(help="Distinct windows a pair must share.")] = 2,
    min_tokens: Annotated[int, typer.Option(help="Shortest passage, in words.")] = 8,
    strict: StrictOpt = True,
    encoding: EncodingOpt = None,
    overwrite: OverwriteOpt = False,
    engine: Annotated[
        str,
        typer.Option(help="pandas (this process) or dask (a local cluster of 2 workers, or --scheduler)."),
    ] = "pandas",
    buckets: Annotated[
        int, typer.Option(help="Postings files of a Dask-built index (1 per ~1,200 docs).")
    ] = 64,
    scheduler: Annotated[
        str | None, typer.Option(help="A Dask scheduler address, for --engine dask.")
    ] = None,
) -> None:
    """Build a reuse index of an archive (written whole, or not at all)."""
    mod = _index_module()
    with _one_line_errors():
        try:
            options = mod.IndexOptions(window_chars, max_df, min_shared, min_tokens)
        except ValueError as exc:
            _fail(str(exc))
        if engine not in ("pandas", "dask"):
            _fail(f"--engine must be pandas or dask, got {engine!r}")
        check_outdir(output, overwrite=overwrite)
        stored = (
            archive.is_dir() and not (archive / "INDEX.md").exists()
        )  # Parquet or .txt: read by the workers
        corpus = archive if engine == "dask" and stored else _read_corpus(archive, strict, encoding)
        dask = {"engine": "dask", "client": scheduler, "n_buckets": buckets} if engine == "dask" else {}
        with _warnings_to_stderr():
            idx = mod.ReuseIndex.build(
                corpus, output, options=options, overwrite=overwrite, progress=sys.stderr.isatty(), **dask
            )
    typer.echo(f"indexed {len(idx):,} documents in {output}", err=True)


@index_app.command(name="add", cls=_Command)
def index_add(
    index: IndexArg,
    new: Annotated[Path, typer.Argument(help="New documents: corpus folder, Parquet corpus or .txt file.")],
    strict: StrictOpt = True,
    encoding: EncodingOpt = None,
) -> None:
    """Add documents to an index (an interrupted add leaves the index as it was)."""
    with _one_line_errors(), _warnings_to_stderr():
        idx = _index_module().ReuseIndex.open(index)
        corpus = _read_corpus(new, strict, encoding)
        idx.add(corpus, progress=sys.stderr.isatty())
    typer.echo(f"added {len(corpus):,} documents: {len(idx):,} in {index}", err=True)


@index_app.command(name="remove", cls=_Command)
def index_remove(
    index: IndexArg, doc_ids: Annotated[list[str], typer.Argument(help="doc_id of each document.")]
) -> None:
    """Remove documents from an index."""
    with _one_line_errors(), _warnings_to_stderr():
        idx = _index_module().ReuseIndex.open(index).remove(doc_ids)
    typer.echo(f"removed {len(doc_ids):,} documents: {len(idx):,} in {index}", err=True)


@index_app.command(name="stats", cls=_Command)
def index_stats(index: IndexArg) -> None:
    """Print the index's counts, size and options."""
    with _one_line_errors():
        stats = _index_module().ReuseIndex.open(index).stats()
    for name, value in stats.items():
        typer.echo(f"{name}: {value:,}" if isinstance(value, int) else f"{name}: {value}")


def match(
    index: IndexArg,
    new: Annotated[Path, typer.Argument(help="A .txt file, or a folder of new texts.")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the tables and a report here.")
    ] = None,
    top: Annotated[int, typer.Option(help="Archived documents shown per new text.")] = 10,
    encoding: EncodingOpt = None,
    overwrite: OverwriteOpt = False,
) -> None:
    """What new texts share with an indexed archive: a ranked table (and a report with -o)."""
    mod = _index_module()
    with _one_line_errors():
        if output is not None:
            check_outdir(output, overwrite=overwrite)
        idx = mod.ReuseIndex.open(index)
        corpus = _read_corpus(new, True, encoding)
        found = idx.match(corpus)
        ranked = mod.rank_matches(found)
        shown = ranked.loc[ranked["rank"] <= top]
        meta = [c for c in ("source_outlet", "source_headline", "source_published") if c in shown]
        _show(f"Matches in {index} ({len(idx):,} documents)", shown[[*shown.columns[:6], *meta]])
        if output is not None:
            _match_report(idx, corpus, found, output, top, overwrite)


def _match_report(idx, corpus, found, output, top, overwrite) -> None:
    """OUTDIR: an index page and the tables, and one report per new text against its top hits."""
    page = write_match_report(
        idx,
        corpus,
        output,
        top=min(top, 3),
        found=found,
        overwrite=overwrite,
        command=shlex.join(sys.argv),
        progress=sys.stderr.isatty(),
    )
    typer.echo(f"wrote {page}", err=True)
