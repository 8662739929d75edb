"""The chain: a corpus in, every analysis frame out, each stage computed once.

:func:`analyze` runs the stages of :data:`STAGES` in order and hands each the frames it
builds on. The stage table (``_STAGES``, written in :mod:`corpus_tools.stages`: what each stage
reads, what its frame holds, the ``corpus-tools`` command that shows it, how it is run) is the
one list of stages: the fields of :class:`Analysis` are checked against it on import, and
:data:`COMMANDS`, the progress bar and the report's data files follow it.

Every stage function also works alone on a corpus (the notebooks call them one at a time) and
computes what it is not given; here nothing is computed twice and nothing is cached between
calls: change an option or the source and call :func:`analyze` again.

Copies first: identical and near-identical documents (:func:`corpus_tools.reuse.copies.find_copies`)
are listed in the ``copies`` frame and only their representative goes through the other stages
(``Analysis.analysed``): a story republished a thousand times costs one analysis, not a million
pairs. ``cleaning`` and ``outlets`` read every document; ``Options(collapse_copies=False)`` all.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from types import MappingProxyType
from typing import ClassVar

import pandas as pd
from tqdm import tqdm

from corpus_tools.io.corpus import require_columns
from corpus_tools.io.output import FORMATS, OutputDir, flat_tuples
from corpus_tools.lanes import Lanes
from corpus_tools.options import Options
from corpus_tools.parents import (
    AGAINST,
    PER_PARENT,
    frames_against_parents,
    per_parent,
    with_style,
)
from corpus_tools.stages import EARLY as _EARLY
from corpus_tools.stages import Stage, stage_table
from corpus_tools.text.cleaning import cleaned_once
from corpus_tools.text.nlp import model_name, processes
from corpus_tools.variants.speaker_pairs import other_speakers

__all__ = ["COMMANDS", "STAGES", "Analysis", "Stage", "analyze", "parent_frames"]


#: The chain, written once (:func:`corpus_tools.stages.stage_table`): the stages in the order
#: :func:`analyze` runs them; the changes stage looks :func:`parent_frames` up here when it runs
_STAGES: dict[str, Stage] = stage_table(lambda *args, **kwargs: parent_frames(*args, **kwargs))

#: stage name -> what its frame holds, in the order :func:`analyze` runs them
STAGES: dict[str, str] = {name: stage.what for name, stage in _STAGES.items()}

#: ``corpus-tools`` sub-command -> the stages it shows, in stage order
COMMANDS: dict[str, list[str]] = {}
for _name, _stage in _STAGES.items():
    if _stage.command is not None:
        COMMANDS.setdefault(_stage.command, []).append(_name)


@dataclass
class Analysis:
    """Every frame of one run of :func:`analyze`, as named attributes.

    Attributes:
        corpus: the corpus frame analysed.
        source: doc_id of the source every version is compared with (the origin, with
            ``against="parent"``: it stays the answer to "how much was taken").
        against: ``origin`` or ``parent``: what the comparing stages (:data:`PER_PARENT`) read.
        model: the spaCy pipeline used (``lang_name-version``).
        options: the :class:`Options` used.
        one attribute per stage of :data:`STAGES`, in its order (checked on import):
            its frame, or None for a stage not run.
    """

    corpus: pd.DataFrame
    source: str | None
    model: str | None
    options: Options
    against: str = "origin"
    copies: pd.DataFrame | None = None
    cleaning: pd.DataFrame | None = None
    outlets: pd.DataFrame | None = None
    parses: pd.DataFrame | None = None
    sentences: pd.DataFrame | None = None
    scores: pd.DataFrame | None = None
    origin: pd.DataFrame | None = None
    passages: pd.DataFrame | None = None
    alignment: pd.DataFrame | None = None
    coverage: pd.DataFrame | None = None
    derivation: pd.DataFrame | None = None
    variants: pd.DataFrame | None = None
    house_style: pd.DataFrame | None = None
    text_stats: pd.DataFrame | None = None
    keyness: pd.DataFrame | None = None
    collation: pd.DataFrame | None = None
    attributions: pd.DataFrame | None = None
    speakers: pd.DataFrame | None = None
    speaker_summary: pd.DataFrame | None = None
    speaker_survival: pd.DataFrame | None = None
    family: pd.DataFrame | None = None
    changes: pd.DataFrame | None = None
    #: the early parts of stages a lane computed (``_EARLY``), by stage; empty outside a lane
    early: ClassVar[Mapping[str, pd.DataFrame]] = MappingProxyType({})
    #: what a stage computed beside its frame that a later reader reads again, by name: the speaker
    #: survival's ``speaker_identities`` (the descriptions of the person on trial they were read
    #: with, the identities), read again by the report's shared quotations
    beside: ClassVar[Mapping[str, object]] = MappingProxyType({})

    @property
    def analysed(self) -> pd.DataFrame:
        """The documents the stages after ``copies`` read: the corpus without the copies
        (all of it when copies were not looked for or not collapsed)."""
        if self.copies is None or not len(self.copies) or not self.options.collapse_copies:
            return self.corpus
        return self.corpus.drop(index=self.copies["doc_id"].tolist())

    def tables(self, names: Iterable[str] | None = None) -> dict[str, pd.DataFrame]:
        """The frames that were computed, by stage name, in stage order (parses left out:
        they hold spaCy objects, not data to write); only ``names`` when given."""
        want = set(STAGES) if names is None else set(names)
        return {
            n: getattr(self, n)
            for n in STAGES
            if n != "parses" and n in want and getattr(self, n) is not None
        }

    def __repr__(self) -> str:
        lines = [f"Analysis of {len(self.corpus)} documents, source {self.source!r}, model {self.model}"]
        for name, frame in self.tables().items():
            lines.append(f"  .{name:<16} {len(frame):>6} rows  {STAGES[name]}")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td><code>.{html.escape(n)}</code></td><td style='text-align:right'>{len(f)}</td>"
            f"<td>{html.escape(STAGES[n])}</td></tr>"
            for n, f in self.tables().items()
        )
        return (
            f"<p><b>Analysis</b> of {len(self.corpus)} documents; source "
            f"<code>{html.escape(str(self.source))}</code>; model {html.escape(str(self.model))}</p>"
            f"<table><thead><tr><th>frame</th><th>rows</th><th>what it holds</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>"
        )

    def to_files(
        self,
        outdir: str | Path | OutputDir,
        *,
        format: str = "csv",  # noqa: A002 - the name every writer of this package uses
        names: Iterable[str] | None = None,
        overwrite: bool = False,
        safe_csv: bool = False,
    ) -> list[Path]:
        """Write one data file per frame into ``outdir``, put in place as a whole: the one
        table writer of the package (the report and the command line write through it).

        Args:
            outdir: a new or empty folder, or one this package wrote before (see
                :class:`corpus_tools.io.output.OutputDir`: never the corpus folder, no
                symlink followed, a concurrent run refused); or an open ``OutputDir``.
            format: ``csv``, ``parquet`` or ``json``; tuples are written "a; b".
            names: only these frames (stage names); every computed frame by default.
            overwrite, safe_csv: as in :class:`corpus_tools.io.output.OutputDir` (used when
                ``outdir`` is a path).

        Returns:
            The final paths of the files.
        """
        if format not in FORMATS:
            raise ValueError(f"format must be one of {FORMATS}, got {format!r}")
        if not isinstance(outdir, OutputDir):
            with OutputDir(outdir, overwrite=overwrite, safe_csv=safe_csv) as out:
                return self.to_files(out, format=format, names=names)
        return [outdir.write_table(n, flat_tuples(f), format=format) for n, f in self.tables(names).items()]


# the fields of Analysis are the stages of the table, in its order: checked once, here
if [f.name for f in fields(Analysis)][5:] != list(STAGES):
    raise RuntimeError("corpus_tools.Analysis's frame fields must be analysis._STAGES, in order")


def _needed(only: Iterable[str]) -> list[str]:
    """The stages of ``only`` and every stage they read, in stage order."""
    want, todo = set(), list(only)
    while todo:
        if (name := todo.pop()) not in want:
            want.add(name)
            todo += _STAGES[name].needs
    return [n for n in STAGES if n in want]


def parent_frames(a: Analysis, names: Iterable[str], *, model=None, max_edges: int = 200) -> dict | None:
    """``{name: frame}`` of comparing stages (:data:`PER_PARENT`) with each version against its parent,
    run once per parent; None without a tree or above ``max_edges`` edges (all aligned again)."""
    return frames_against_parents(a, names, run=_run_stage, needed=_needed, model=model, max_edges=max_edges)


def _run_early(name: str, a: Analysis, model) -> None:
    """The early part of stage ``name`` (``_EARLY``), kept in ``a.early`` for the stage."""
    a.early = MappingProxyType({**a.early, name: _EARLY[name](a, model)})


def _run_stage(name: str, a: Analysis, model) -> pd.DataFrame:
    """The frame of stage ``name``: from the stage table, or once per parent (``against="parent"``)."""
    if a.against == "parent" and name in PER_PARENT:
        return per_parent(name, a, model, run=_run_stage, needed=_needed)
    return _STAGES[name].run(a, model)


def analyze(
    corpus: pd.DataFrame,
    *,
    source: str | None = None,
    model=None,
    options: Options | None = None,
    only: Iterable[str] | None = None,
    progress: bool = False,
    against: str = "origin",
) -> Analysis:
    """Run the analyses in order, each once, and return every frame.

    Args:
        corpus: the corpus frame (:func:`corpus_tools.load_corpus`).
        source: doc_id of the source every version is compared with; None takes
            the origin (:func:`corpus_tools.reuse.alignment.origin`).
        model: spaCy pipeline name or object (see :func:`corpus_tools.load_model`).
        options: an :class:`Options`; its defaults otherwise.
        only: run only these stages (names of :data:`STAGES`) and what they need.
        progress: a progress bar on stderr.
        against: ``origin`` (every version against one source) or ``parent`` (each
            version against its nearest ancestor, :func:`corpus_tools.family`: the
            stages of :data:`PER_PARENT` run once per parent; the report reads what
            changed from these and how much was taken from the origin's ``derivation``).

    Returns:
        An :class:`Analysis`: ``a.alignment``, ``a.variants``, ``a.speakers``...

    Raises:
        ValueError: an unknown stage name, or ``source`` is not a doc_id.
        ModelError: no spaCy pipeline is installed.

    Example:
        >>> a = analyze(load_corpus("seeds"))
        >>> a.source, a.derivation.derivation.tolist()
        ('001', ['wholly_derived', 'wholly_derived'])
    """
    require_columns(corpus, ["text"], "analyze")
    options = options if options is not None else Options()
    if not isinstance(options, Options):
        raise TypeError(f"options must be a corpus_tools.Options, got {type(options).__name__}")
    only = list(only) if only is not None else list(STAGES)
    unknown = sorted(set(only) - set(STAGES))
    if unknown:
        raise ValueError(f"unknown stage(s) {unknown}; choose from {list(STAGES)}")
    if against not in AGAINST:
        raise ValueError(f"against must be one of {AGAINST}, got {against!r}")
    if source is not None and str(source) not in set(map(str, corpus.index)):
        raise ValueError(f"source {source!r} is not a doc_id of the corpus (doc_ids: {list(corpus.index)})")
    steps = _needed([*only, "family"] if against == "parent" else only)
    parsed = any(s in steps for s in ("parses", "attributions", "speakers", "speaker_summary"))
    a = Analysis(corpus, str(source) if source is not None else None, None, options, against=against)
    # the bar is drawn before the first stage (the model loads inside "parses"): progress from the start
    bar = tqdm(steps, desc="analyses", unit="stage", disable=not progress, file=sys.stderr)
    # the stages the chain reads late run beside it, in forked processes, when the parse does
    lanes = Lanes(steps, parallel=against == "origin" and processes(int(corpus["text"].str.len().sum())) > 1)
    with bar, cleaned_once(), lanes:  # each document cleaned once for all the stages
        for name in bar:
            bar.set_postfix_str(name)
            frame = lanes.take(name)
            setattr(a, name, frame if frame is not None else _run_stage(name, a, model))
            if name == "origin" and a.source is None:
                a.source = a.origin.attrs["origin"]
            lanes.start_after(name, _run_stage, a, model, _run_early)
    if lanes.beside:  # what the lanes' stages computed beside their frames
        a.beside = MappingProxyType({**a.beside, **lanes.beside})
    if a.variants is not None and a.attributions is not None:  # read again where who speaks is known
        a.variants = other_speakers(
            a.variants, a.alignment, a.attributions, name_similarity=a.options.name_similarity
        )
    if a.changes is not None and not a.changes.attrs.get("style", True):
        a.changes = with_style(a)  # the changes' style rows, where they meet the variants
    if parsed:
        a.model = model_name(model)  # loaded by then: this only names it
    return a
