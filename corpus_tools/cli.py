"""The command line: ``corpus-tools report PATH -o OUTDIR`` and one sub-command per analysis.

Every command reads a corpus folder (text files + INDEX.md). Bad input ends with a
one-line message on stderr and exit code 2, never a traceback; progress goes to
stderr, never into data files.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import re
import shlex
import warnings
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer
from typer.core import TyperCommand, TyperGroup

from corpus_tools.attribution.accounting import outlet_counts
from corpus_tools.io.corpus import CorpusError, CorpusWarning, load_corpus
from corpus_tools.io.datasets import load_reuters21578
from corpus_tools.io.output import FORMATS, OutputDir
from corpus_tools.report.html import run_analyses, write_report, write_tables
from corpus_tools.text.nlp import ModelError


class _PlainHelp:
    """--help shows no ``<bool>`` type label (flags take no value)."""

    def get_help_option(self, ctx):  # noqa: ANN001, ANN201 - click's signature
        option = super().get_help_option(ctx)
        if option is not None:
            option.metavar = ""
        return option


class _Command(_PlainHelp, TyperCommand):
    """A command with the plain --help line."""


class _Group(_PlainHelp, TyperGroup):
    """The root command, with the same --help line."""


app = typer.Typer(
    cls=_Group,
    add_completion=False,
    no_args_is_help=True,
    help="Study how one news story is reused across outlets.",
)

PathArg = Annotated[Path, typer.Argument(help="Corpus folder with text files and INDEX.md.")]
StrictOpt = Annotated[
    bool, typer.Option("--strict/--no-strict", metavar="", help="Fail on files not listed in INDEX.md.")
]
EncodingOpt = Annotated[str | None, typer.Option(help="Codec to try after UTF-8, e.g. cp1252.")]
SourceOpt = Annotated[
    str | None, typer.Option("--source", help="doc_id of the original (default: detected).")
]
ModelOpt = Annotated[str | None, typer.Option("--model", help="spaCy pipeline (default: en_core_web_sm).")]
OutOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write the tables to this folder.")]
FormatOpt = Annotated[str, typer.Option("--format", help="Data file format: csv, parquet or json.")]
OverwriteOpt = Annotated[
    bool,
    typer.Option(
        "--overwrite",
        metavar="",
        help="Replace OUTDIR even if it holds files corpus-tools did not write (they are deleted).",
    ),
]
SafeCsvOpt = Annotated[
    bool,
    typer.Option(
        "--safe-csv", metavar="", help="Prefix CSV cells starting with = + - @ with ' (spreadsheet-safe)."
    ),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"corpus-tools {metadata.version('corpus_tools')}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, metavar="", help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Study how one news story is reused across outlets."""


#: Python spellings in the package's messages -> this command line's flags
_CLI_WORDS = [
    (re.compile(r"load_corpus\(\.\.\., encoding='([^']*)'\)"), r"--encoding \1"),
    (re.compile(r"\bstrict=False\b"), "--no-strict"),
    (re.compile(r"\bencoding='([^']*)'"), r"--encoding \1"),
    (re.compile(r"\b(source|model|format)=(?=\S)"), r"--\1 "),
]


def cli_words(message: str) -> str:
    """A message of the package in the command line's words: ``strict=False`` -> ``--no-strict``,
    ``load_corpus(..., encoding='cp1252')`` -> ``--encoding cp1252``.

    Example:
        >>> cli_words("remove it, or pass strict=False to load it")
        'remove it, or pass --no-strict to load it'
    """
    for pattern, repl in _CLI_WORDS:
        message = pattern.sub(repl, message)
    return message


def _fail(message: str) -> None:
    typer.echo(f"corpus-tools: error: {cli_words(' '.join(str(message).split()))}", err=True)
    raise typer.Exit(code=2)


@contextlib.contextmanager
def _one_line_errors() -> Iterator[None]:
    """Bad input, a missing model and every OSError end as one line on stderr and exit code 2;
    a CorpusWarning is one line on stderr too."""

    default = warnings.showwarning

    def show(message, category, *args, **kwargs) -> None:  # noqa: ANN001 - warnings' signature
        if issubclass(category, CorpusWarning):
            typer.echo(f"corpus-tools: warning: {cli_words(str(message))}", err=True)
        else:
            default(message, category, *args, **kwargs)

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always", CorpusWarning)
            warnings.showwarning = show
            yield
    except (CorpusError, ModelError) as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))


def _load(path: Path, strict: bool, encoding: str | None) -> pd.DataFrame:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", CorpusWarning)
        try:
            corpus = load_corpus(path, strict=strict, encoding=encoding)
        except CorpusError as exc:
            _fail(str(exc))
    for w in caught:
        typer.echo(f"corpus-tools: warning: {cli_words(str(w.message))}", err=True)
    return corpus


def _show(title: str, frame: pd.DataFrame) -> None:
    typer.echo(f"\n{title}\n{'=' * len(title)}")
    with pd.option_context("display.width", 200, "display.max_colwidth", 40, "display.max_rows", 500):
        typer.echo(frame.to_string(index=False) if len(frame) else "(none)")


def _analyse(corpus, source, model, only) -> dict:
    try:
        return run_analyses(corpus, source=source, model=model, only=only)
    except ValueError as exc:  # CorpusError included
        _fail(str(exc))


def _run(  # noqa: PLR0913 - the command line's options, passed on
    path,
    strict,
    encoding,
    source,
    model,
    only,
    output,
    fmt,
    overwrite=False,
    safe_csv=False,
    title=None,
    command=None,
):
    """Load, analyse, write: OUTDIR is checked and locked before the analysis runs.

    With ``title`` the report is written (tables and report.html), else the tables only.
    """
    if fmt not in FORMATS:
        _fail(f"--format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    with _one_line_errors():
        if output is None:
            corpus = _load(path, strict, encoding)
            return corpus, _analyse(corpus, source, model, only), None
        with OutputDir(output, corpus_dir=path, overwrite=overwrite, safe_csv=safe_csv) as out:
            corpus = _load(path, strict, encoding)
            tables = _analyse(corpus, source, model, only)
            if title is None:
                written = write_tables(tables, out, format=fmt)
            else:
                page = write_report(corpus, tables, out, title=title, format=fmt, command=command)
                written = [page]
        for p in written:
            typer.echo(f"wrote {p}", err=True)
        return corpus, tables, written[-1] if written else None


@app.command(cls=_Command)
def summary(path: PathArg, strict: StrictOpt = True, encoding: EncodingOpt = None) -> None:
    """Print the corpus table and the per-outlet counts."""
    with _one_line_errors():
        corpus = _load(path, strict, encoding)
    cols = [c for c in ("outlet", "role", "n_chars", "n_words", "n_paragraphs") if c in corpus]
    _show(f"Corpus: {path} ({len(corpus)} documents)", corpus[cols].reset_index())
    _show("Documents per outlet", outlet_counts(corpus))


def _print_overlap(t: dict) -> None:
    edges = t["origin"][["source_doc_id", "doc_id", "weight", "reverse"]]
    _show(f"Origin: {t['origin'].attrs.get('origin')}", edges)
    cols = ["doc_id", "derivation", "derived_share", "containment", "source_kept"]
    _show("Derivation", t["derivation"][cols])
    counts = t["alignment"].groupby(["doc_id", "reuse_class"]).size().unstack(fill_value=0).reset_index()
    _show("Sentences by reuse class", counts)


def _print_variants(t: dict) -> None:
    v = t["variants"]
    counts = v.groupby(["category", "doc_id"]).size().unstack(fill_value=0).reset_index() if len(v) else v
    _show("Variants per category", counts)


def _print_speakers(t: dict) -> None:
    _show("Documents per outlet", t["outlets"])
    _show("Sources per document", t["speaker_summary"])
    s = t["speaker_survival"]
    if len(s):
        by_status = s.groupby(["doc_id", "status"]).size().unstack(fill_value=0).reset_index()
        _show("Sources of the original, per version", by_status)


def _analysis_command(name: str, only: list[str], printer, help_text: str) -> None:
    """Register one analysis sub-command: run ``only``, print with ``printer``, write with -o."""

    def command(
        path: PathArg,
        output: OutOpt = None,
        source: SourceOpt = None,
        model: ModelOpt = None,
        fmt: FormatOpt = "csv",
        strict: StrictOpt = True,
        encoding: EncodingOpt = None,
        overwrite: OverwriteOpt = False,
        safe_csv: SafeCsvOpt = False,
    ) -> None:
        _, tables, _ = _run(path, strict, encoding, source, model, only, output, fmt, overwrite, safe_csv)
        printer(tables)

    command.__doc__ = help_text
    app.command(name=name, cls=_Command)(command)


_analysis_command(
    "overlap",
    ["scores", "origin", "passages", "alignment", "coverage", "derivation"],
    _print_overlap,
    "Text reuse: scores, origin, passages, sentence alignment, coverage, derivation.",
)
_analysis_command(
    "variants",
    ["variants", "house_style", "collation"],
    _print_variants,
    "Lexical variants against the source, house style, collation.",
)
_analysis_command(
    "speakers",
    ["outlets", "attributions", "speakers", "speaker_summary", "speaker_survival"],
    _print_speakers,
    "Attributed speakers: who is quoted, named or anonymous, and what each version kept.",
)


@app.command(cls=_Command)
def index(
    path: Annotated[Path, typer.Argument(help="Corpus folder with INDEX.md, or reuters21578.tar.gz.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="New folder for the Parquet files.")],
    partition_size: Annotated[int, typer.Option(help="Documents per Parquet file.")] = 10_000,
    strict: StrictOpt = True,
    encoding: EncodingOpt = None,
) -> None:
    """Write a corpus as partitioned Parquet, the input of find_reuse(engine="dask")."""
    # the Dask-aware module is imported here, not at the top: Dask costs seconds to import,
    # and every other command (the report above all) would pay for it
    try:
        corpus = load_reuters21578(path) if path.is_file() else _load(path, strict, encoding)
        paths = importlib.import_module("corpus_tools.reuse.distributed").to_parquet(
            corpus, output, partition_size=partition_size
        )
    except (CorpusError, ValueError) as exc:
        _fail(str(exc))
    typer.echo(f"wrote {len(corpus):,} documents in {len(paths)} files to {output}", err=True)


@app.command(cls=_Command)
def report(
    path: PathArg,
    output: Annotated[Path, typer.Option("--output", "-o", help="Output folder.")] = Path("report"),
    source: SourceOpt = None,
    model: ModelOpt = None,
    fmt: FormatOpt = "csv",
    strict: StrictOpt = True,
    encoding: EncodingOpt = None,
    overwrite: OverwriteOpt = False,
    safe_csv: SafeCsvOpt = False,
) -> None:
    """Every analysis: OUTPUT/report.html and one data file per table, put in place as a whole."""
    title = f"corpus_tools report: {path}"
    words = ["corpus-tools", "report", str(path), "-o", str(output), "--format", fmt]
    words += ["--source", source] if source else []
    words += ["--model", model] if model else []
    words += ([] if strict else ["--no-strict"]) + (["--encoding", encoding] if encoding else [])
    words += (["--overwrite"] if overwrite else []) + (["--safe-csv"] if safe_csv else [])
    command = shlex.join(words)
    _, _, page = _run(
        path, strict, encoding, source, model, None, output, fmt, overwrite, safe_csv, title, command
    )
    typer.echo(str(page))


#: gen-0 threshold of the cyclic garbage collector in a command-line run (Python's default: 700)
GC_THRESHOLD = 20_000


def main() -> None:
    """Entry point of the ``corpus-tools`` script; errors are one line, exit code 2.

    A run is one short process that owns its interpreter, so it tunes the cyclic garbage
    collector, which otherwise walks the same long-lived objects again and again (a third of
    a second of a 3-second report on the seeds, ``benchmarks/report_seeds.py``): the
    objects of the imports are frozen (:func:`gc.freeze`), and generation 0 is collected every
    :data:`GC_THRESHOLD` allocations instead of 700. Both are undone when the command returns,
    and Python code importing the package is left alone.
    """
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, 10, 10)
    try:
        app()
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
