"""The command line: ``corpus-tools report PATH -o OUTDIR`` and one sub-command per analysis.

Every command reads a corpus folder (text files + INDEX.md). Bad input ends with a
one-line message on stderr and exit code 2, never a traceback; progress goes to
stderr, never into data files. The stored index's commands (``index``, ``match``) are
defined in :mod:`corpus_tools.cli_index` and registered here; what the commands share is
in :mod:`corpus_tools.cli_common`.
"""

from __future__ import annotations

import gc
import shlex
import tomllib
import warnings
from importlib import metadata
from pathlib import Path
from typing import Annotated

import typer

from corpus_tools.analysis import COMMANDS, Analysis
from corpus_tools.attribution.accounting import outlet_counts
from corpus_tools.cli_common import (
    EncodingOpt,
    FormatOpt,
    ModelOpt,
    OptionOpt,
    OptionsFileOpt,
    OutOpt,
    OverwriteOpt,
    PathArg,
    SafeCsvOpt,
    SourceOpt,
    StrictOpt,
    _analyse,
    _Command,
    _fail,
    _Group,
    _load,
    _one_line_errors,
    _read_corpus,
    _show,
    _warnings_to_stderr,
    cli_words,
)
from corpus_tools.cli_index import index_app, match
from corpus_tools.io.corpus import CorpusWarning
from corpus_tools.io.index_draft import write_index_md
from corpus_tools.io.output import FORMATS, OutputDir, check_outdir
from corpus_tools.io.partitions import write_partitions
from corpus_tools.options import Options, options_from
from corpus_tools.report.labels import columns
from corpus_tools.report.page import write_report

app = typer.Typer(
    cls=_Group,
    add_completion=False,
    no_args_is_help=True,
    help="Study how one news story is reused across outlets.",
)


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


def _options(pairs: list[str] | None, file: Path | None) -> Options:
    """The analysis options of ``--options FILE.toml`` then ``--option name=value``, validated by
    the options' own checks; a bad one ends as one line, exit code 2."""
    values: dict[str, object] = {}
    if file is not None:
        try:
            table = tomllib.loads(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            _fail(f"{file}: cannot read the options ({exc}); write name = value lines in TOML.")
        for key, value in table.items():
            items = value.items() if isinstance(value, dict) else [(None, value)]
            values |= {f"{key}.{k}" if k is not None else key: v for k, v in items}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            _fail(f"--option {pair!r}: write name=value, e.g. --option min_tokens=20")
        values[name.strip()] = value.strip()
    try:
        return options_from(values)
    except (ValueError, TypeError) as exc:
        _fail(f"{'--options ' + str(file) + ': ' if file else ''}{exc}")


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
    options=None,
):
    """Load, analyse, write: the options and OUTDIR are checked (and OUTDIR locked) before
    the analysis runs.

    With ``title`` the report is written (tables and report.html), else the tables only.
    """
    if fmt not in FORMATS:
        _fail(f"--format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    options = options if options is not None else Options()
    with _one_line_errors():
        if output is None:
            corpus = _load(path, strict, encoding)
            return _analyse(corpus, source, model, only, options), None
        with OutputDir(output, corpus_dir=path, overwrite=overwrite, safe_csv=safe_csv) as out:
            corpus = _load(path, strict, encoding)
            a = _analyse(corpus, source, model, only, options)
            if title is None:
                written = a.to_files(out, format=fmt, names=only)
            else:
                written = [write_report(a, out, title=title, format=fmt, command=command, corpus_dir=path)]
        for p in written:
            typer.echo(f"wrote {p}", err=True)
        return a, written[-1] if written else None


@app.command(cls=_Command)
def summary(path: PathArg, strict: StrictOpt = True, encoding: EncodingOpt = None) -> None:
    """Print the corpus table and the per-outlet counts."""
    with _one_line_errors():
        corpus = _load(path, strict, encoding)
    cols = [c for c in ("outlet", "role", "n_chars", "n_words", "n_paragraphs") if c in corpus]
    if "source_format" in corpus:  # read from web pages: what the page says about itself
        cols = ["title", "published", "outlet", "url", "source_format", *cols[1:]]
    _show(f"Corpus: {path} ({len(corpus)} documents)", corpus[cols].reset_index())
    _show("Documents per outlet", outlet_counts(corpus))


def _print_overlap(a: Analysis) -> None:
    edges = columns(a.origin, "origin", ["source_doc_id", "doc_id", "weight", "reverse"])
    _show(f"Origin: {a.origin.attrs['origin']}", edges)
    cols = ["doc_id", "derivation", "derived_share", "containment", "source_kept"]
    _show("Derivation", columns(a.derivation, "derivation", cols))
    al = columns(a.alignment, "alignment", ["doc_id", "reuse_class"])
    counts = al.groupby(["doc_id", "reuse_class"]).size().unstack(fill_value=0).reset_index()
    _show("Sentences by reuse class", counts)


def _print_variants(a: Analysis) -> None:
    v = columns(a.variants, "variants", ["category", "doc_id"])
    counts = v.groupby(["category", "doc_id"]).size().unstack(fill_value=0).reset_index() if len(v) else v
    _show("Variants per category", counts)


def _print_speakers(a: Analysis) -> None:
    _show("Documents per outlet", a.outlets)
    _show("Speakers per document", a.speaker_summary)
    s = columns(a.speaker_survival, "speaker_survival", ["doc_id", "status"])
    if len(s):
        by_status = s.groupby(["doc_id", "status"]).size().unstack(fill_value=0).reset_index()
        _show("Speakers of the original, per version", by_status)


def _analysis_command(name: str, printer, help_text: str) -> None:
    """Register one analysis sub-command: run its stages (:data:`corpus_tools.analysis.COMMANDS`),
    print with ``printer``, write with -o."""
    only = COMMANDS[name]

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
        option: OptionOpt = None,
        options_file: OptionsFileOpt = None,
    ) -> None:
        options = _options(option, options_file)
        a, _ = _run(
            path, strict, encoding, source, model, only, output, fmt, overwrite, safe_csv, options=options
        )
        printer(a)

    command.__doc__ = help_text
    app.command(name=name, cls=_Command)(command)


#: sub-command -> (what it prints, its help); its stages are COMMANDS[name], from the stage table
_PRINTERS = {
    "overlap": (
        _print_overlap,
        "Text reuse: scores, origin, passages, sentence alignment, coverage, derivation.",
    ),
    "variants": (_print_variants, "Lexical variants against the source, house style, collation."),
    "speakers": (
        _print_speakers,
        "Attributed speakers: who is quoted, named or anonymous, and what each version kept.",
    ),
}
if set(_PRINTERS) != set(COMMANDS):  # checked on import: the stage table names the commands
    raise RuntimeError(f"corpus_tools.cli: printers for {sorted(_PRINTERS)}, stage table {sorted(COMMANDS)}")
for _name, (_printer, _help) in _PRINTERS.items():
    _analysis_command(_name, _printer, _help)


@app.command(name="to-parquet", cls=_Command)
def to_parquet(
    path: Annotated[Path, typer.Argument(help="Corpus folder with INDEX.md, or reuters21578.tar.gz.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the Parquet files.")],
    partition_size: Annotated[int, typer.Option(help="Documents per Parquet file.")] = 10_000,
    strict: StrictOpt = True,
    encoding: EncodingOpt = None,
    overwrite: OverwriteOpt = False,
) -> None:
    """Write a corpus as partitioned Parquet (all or nothing), the input of find_reuse(engine="dask")."""
    with _one_line_errors():
        if partition_size < 1:
            _fail(f"--partition-size must be >= 1, got {partition_size}")
        check_outdir(output, overwrite=overwrite)  # before the corpus is read
        corpus = _read_corpus(path, strict, encoding)
        with _warnings_to_stderr():
            paths = write_partitions(
                corpus, output, partition_size=partition_size, overwrite=overwrite, progress=True
            )
    typer.echo(f"wrote {len(corpus):,} documents in {len(paths)} files to {output}", err=True)


app.add_typer(index_app, name="index")
app.command(cls=_Command)(match)


@app.command(name="index-md", cls=_Command)
def index_md(
    path: Annotated[Path, typer.Argument(help="Folder of saved web pages, WARC archives and text files.")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the draft here (default: PATH/INDEX.md).")
    ] = None,
    encoding: EncodingOpt = None,
) -> None:
    """Write a draft INDEX.md from the metadata read from the pages; an existing file is never replaced."""
    with warnings.catch_warnings(record=True) as caught, _one_line_errors():
        warnings.simplefilter("always", CorpusWarning)
        written = write_index_md(path, output=output, encoding=encoding)
    for w in caught:
        typer.echo(f"corpus-tools: warning: {cli_words(str(w.message))}", err=True)
    typer.echo(f"wrote {written}: check every value and fill in the role column", err=True)


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
    option: OptionOpt = None,
    options_file: OptionsFileOpt = None,
) -> None:
    """Every analysis: OUTPUT/report.html and one data file per table, put in place as a whole."""
    options = _options(option, options_file)
    title = f"corpus_tools report: {path}"
    words = ["corpus-tools", "report", str(path), "-o", str(output), "--format", fmt]
    words += ["--source", source] if source else []
    words += ["--model", model] if model else []
    words += ([] if strict else ["--no-strict"]) + (["--encoding", encoding] if encoding else [])
    words += (["--overwrite"] if overwrite else []) + (["--safe-csv"] if safe_csv else [])
    words += ["--options", str(options_file)] if options_file else []
    words += [w for pair in option or [] for w in ("--option", pair)]
    command = shlex.join(words)
    _, page = _run(
        path, strict, encoding, source, model, None, output, fmt, overwrite, safe_csv, title, command, options
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
