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
import sys
import tomllib
import warnings
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer
from typer.core import TyperCommand, TyperGroup

from corpus_tools.analysis import COMMANDS, Analysis, Options, analyze, options_from
from corpus_tools.attribution.accounting import outlet_counts
from corpus_tools.io.corpus import CorpusError, CorpusWarning, load_corpus
from corpus_tools.io.datasets import load_reuters21578
from corpus_tools.io.index_draft import write_index_md
from corpus_tools.io.output import FORMATS, OutputDir, check_outdir, flat_tuples
from corpus_tools.io.partitions import read_stored, write_partitions
from corpus_tools.report.labels import columns
from corpus_tools.report.page import write_report
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
OptionOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--option",
        metavar="NAME=VALUE",
        help="Set one option of the analysis, e.g. min_tokens=20 or reuse.min_score=0.5 (repeatable; "
        "every field of Options, ReuseOptions and DerivationRules).",
    ),
]
OptionsFileOpt = Annotated[
    Path | None,
    typer.Option(
        "--options",
        metavar="FILE.toml",
        help="Options from a TOML file: name = value lines, or [reuse] and [derivation] tables; "
        "--option overrides it.",
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


def _analyse(corpus, source, model, only, options) -> Analysis:
    try:
        return analyze(corpus, source=source, model=model, options=options, only=only, progress=True)
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
                written = [
                    write_report(a, out, title=title, format=fmt, command=command, corpus_dir=path)
                ]
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


def _read_corpus(path: Path, strict: bool = True, encoding: str | None = None) -> pd.DataFrame:
    """A corpus from the command line: reuters21578.tar.gz, a folder with INDEX.md, a stored
    Parquet corpus, a folder of .txt files, or one .txt file (its doc_id is its stem)."""
    if not path.exists():
        raise CorpusError(f"{path}: not found; give a corpus folder, a Parquet corpus or a .txt file.")
    if path.is_file():
        if path.name.endswith((".tar.gz", ".tgz")):
            return load_reuters21578(path)
        text = path.read_text(encoding=encoding or "utf-8")
        return pd.DataFrame({"text": [text]}, index=pd.Index([path.stem], name="doc_id"))
    if (path / "INDEX.md").exists():
        return _load(path, strict, encoding)
    return read_stored(path)


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


index_app = typer.Typer(
    cls=_Group, no_args_is_help=True, help="A stored reuse index: build, add, remove, stats."
)
app.add_typer(index_app, name="index")
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
) -> None:
    """Build a reuse index of an archive (written whole, or not at all)."""
    mod = _index_module()
    with _one_line_errors():
        try:
            options = mod.IndexOptions(window_chars, max_df, min_shared, min_tokens)
        except ValueError as exc:
            _fail(str(exc))
        check_outdir(output, overwrite=overwrite)
        corpus = _read_corpus(archive, strict, encoding)
        with _warnings_to_stderr():
            idx = mod.ReuseIndex.build(corpus, output, options=options, overwrite=overwrite, progress=True)
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
        idx.add(corpus, progress=True)
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


@contextlib.contextmanager
def _warnings_to_stderr() -> Iterator[None]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", CorpusWarning)
        yield
    for w in caught:
        typer.echo(f"corpus-tools: warning: {w.message}", err=True)


@app.command(cls=_Command)
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
            _match_report(idx, corpus, found, ranked, output, top, overwrite)


def _match_report(idx, corpus, found, ranked, output, top, overwrite) -> None:
    """OUTDIR: the matches, the ranked table, and a report of the new texts against their top hits."""
    with OutputDir(output, overwrite=overwrite) as out:
        for name, frame in (("matches", found), ("ranked", ranked)):
            out.write_table(name, flat_tuples(frame), format="csv")
        if len(ranked):
            compared = idx.compare(corpus, top=min(top, 3))
            a = _analyse(compared, str(compared.index[0]), None, None, Options())
            title = f"corpus_tools match: {', '.join(corpus.index[:3])} against {idx.path}"
            write_report(a, out, title=title, command=shlex.join(sys.argv))
    typer.echo(f"wrote {out.final_path('report.html' if len(ranked) else 'ranked.csv')}", err=True)
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
