"""What every command of the command line shares: the plain --help line (``_Command``,
``_Group``), the option annotations, and the helpers that read a corpus, run the analysis,
print a table and turn bad input into one line on stderr and exit code 2 (:func:`cli_words`
puts the package's messages in the command line's words).
"""

from __future__ import annotations

import contextlib
import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer
from typer.core import TyperCommand, TyperGroup

from corpus_tools.analysis import Analysis, analyze
from corpus_tools.io.corpus import CorpusError, CorpusWarning, load_corpus
from corpus_tools.io.datasets import load_reuters21578
from corpus_tools.io.partitions import read_stored
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


def _analyse(corpus, source, model, only, options) -> Analysis:
    try:
        return analyze(corpus, source=source, model=model, options=options, only=only, progress=True)
    except ValueError as exc:  # CorpusError included
        _fail(str(exc))


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


@contextlib.contextmanager
def _warnings_to_stderr() -> Iterator[None]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", CorpusWarning)
        yield
    for w in caught:
        typer.echo(f"corpus-tools: warning: {w.message}", err=True)
