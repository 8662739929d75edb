"""The command line: ``corpus-tools summary PATH`` (more analyses to come)."""

from __future__ import annotations

import sys
import warnings
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer

from corpus_tools.corpus import CorpusError, CorpusWarning, load_corpus
from corpus_tools.nlp import ModelError
from corpus_tools.sources import outlet_counts

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Study how one news story is reused across outlets.",
)


@app.callback()
def _root() -> None:
    """Study how one news story is reused across outlets."""


def _fail(message: str) -> None:
    typer.echo(f"corpus-tools: error: {message}", err=True)
    raise typer.Exit(code=2)


def _load(path: Path, strict: bool, encoding: str | None) -> pd.DataFrame:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", CorpusWarning)
        try:
            corpus = load_corpus(path, strict=strict, encoding=encoding)
        except CorpusError as exc:
            _fail(str(exc))
    for w in caught:
        typer.echo(f"corpus-tools: warning: {w.message}", err=True)
    return corpus


def _show(title: str, frame: pd.DataFrame) -> None:
    typer.echo(f"\n{title}\n{'=' * len(title)}")
    with pd.option_context("display.width", 200, "display.max_colwidth", 40):
        typer.echo(frame.to_string(index=False))


PathArg = Annotated[Path, typer.Argument(help="Corpus folder with text files and INDEX.md.")]
StrictOpt = Annotated[bool, typer.Option(help="Fail on files not listed in INDEX.md.")]
EncodingOpt = Annotated[str | None, typer.Option(help="Codec to try after UTF-8, e.g. cp1252.")]


@app.command()
def summary(path: PathArg, strict: StrictOpt = True, encoding: EncodingOpt = None) -> None:
    """Print the corpus table and the per-outlet counts."""
    corpus = _load(path, strict, encoding)
    cols = [c for c in ("outlet", "role", "n_chars", "n_words", "n_paragraphs") if c in corpus]
    _show(f"Corpus: {path} ({len(corpus)} documents)", corpus[cols].reset_index())
    _show("Documents per outlet", outlet_counts(corpus))


def main() -> None:
    """Entry point of the ``corpus-tools`` script; errors are one line, exit code 2."""
    try:
        app()
    except ModelError as exc:
        typer.echo(f"corpus-tools: error: {exc}", err=True)
        sys.exit(2)
