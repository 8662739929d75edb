"""The chain: a corpus in, every analysis frame out, each stage computed once.

:func:`analyze` runs the stages of :data:`STAGES` in order and hands each the frames it
builds on. The stage table (``_STAGES``: what each stage reads, what its frame holds, the
``corpus-tools`` command that shows it, how it is run) is the one list of stages: the
fields of :class:`Analysis` are checked against it on import, and :data:`COMMANDS`, the
progress bar and the report's data files follow it.

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
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from types import MappingProxyType
from typing import ClassVar

import pandas as pd
from tqdm import tqdm

from corpus_tools.attribution import accounting
from corpus_tools.attribution.attributions import attributions as find_attributions
from corpus_tools.attribution.attributions import unborrowed_attributions
from corpus_tools.attribution.defendant import defendant_heads
from corpus_tools.attribution.entities import statements
from corpus_tools.attribution.survival import speaker_identities
from corpus_tools.io.corpus import require_columns
from corpus_tools.io.output import FORMATS, OutputDir, flat_tuples
from corpus_tools.lanes import Lanes
from corpus_tools.options import Options
from corpus_tools.parents import (
    AGAINST,
    PER_PARENT,
    changes_stage,
    frames_against_parents,
    per_parent,
    with_style,
)
from corpus_tools.reuse import alignment as overlap
from corpus_tools.reuse import copies as copy_finder
from corpus_tools.reuse import derivation, documents
from corpus_tools.reuse import family as families
from corpus_tools.text import sentences as text
from corpus_tools.text.cleaning import cleaned_once
from corpus_tools.text.nlp import model_name, processes
from corpus_tools.variants import collation, explore, keyness, style
from corpus_tools.variants import lexical as variants

__all__ = ["COMMANDS", "STAGES", "Analysis", "Stage", "analyze", "parent_frames"]


@dataclass(frozen=True)
class Stage:
    """One stage of the chain.

    Attributes:
        needs: the stages whose frames it reads.
        what: what its frame holds.
        command: the ``corpus-tools`` sub-command that shows it (None: only the report).
        run: ``run(analysis, model)`` -> its frame, from the frames already in ``analysis``.
    """

    needs: tuple[str, ...]
    what: str
    command: str | None
    run: Callable[[Analysis, object], pd.DataFrame]


#: The chain, written once: the stages in the order :func:`analyze` runs them. The fields of
#: :class:`Analysis`, the CLI's sub-commands and the progress bar all follow this table.
_STAGES: dict[str, Stage] = {
    "copies": Stage(
        (),
        "Identical and near-identical documents: each copy and the document analysed for it",
        "overlap",
        lambda a, m: copy_finder.find_copies(
            a.corpus,
            min_containment=a.options.copy_containment,
            prefer=[a.source] if a.source is not None else [],  # the source named is analysed
        ),
    ),
    "cleaning": Stage(
        (),
        "What cleaning found: chrome, datelines, quote marks, stripped apostrophes",
        None,
        lambda a, m: text.clean(a.corpus),
    ),
    "outlets": Stage(
        (),
        "Documents, words and roles per outlet",
        "speakers",
        lambda a, m: accounting.outlet_counts(a.corpus),
    ),
    "parses": Stage(
        ("copies",),
        "spaCy parses of the body paragraphs",
        None,
        lambda a, m: text.parse(a.analysed, model=m),
    ),
    "sentences": Stage(
        ("parses",),
        "Sentences with raw offsets",
        None,
        lambda a, m: text.sentences(a.analysed, parses=a.parses),
    ),
    "scores": Stage(
        ("copies",),
        "Word n-gram Jaccard and containment of the ordered pairs with shared evidence",
        "overlap",
        lambda a, m: documents.document_scores(a.analysed, ngram_size=a.options.ngram_size),
    ),
    "origin": Stage(
        ("scores",),
        "Directed reuse graph and the most likely original",
        "overlap",
        lambda a, m: documents.origin(a.analysed, scores=a.scores, min_weight=a.options.min_weight),
    ),
    "passages": Stage(
        ("copies",),
        "Shared passages of every pair of documents",
        "overlap",
        lambda a, m: documents.shared_passages(a.analysed, min_tokens=a.options.min_tokens),
    ),
    "alignment": Stage(
        ("origin", "sentences"),
        "Every sentence aligned to the source",
        "overlap",
        lambda a, m: overlap.align_sentences(
            a.analysed, source=a.source, sentences=a.sentences, options=a.options.reuse
        ),
    ),
    "coverage": Stage(
        ("alignment", "sentences"),
        "What each version kept of each source sentence",
        "overlap",
        lambda a, m: overlap.source_coverage(
            a.analysed, source=a.source, alignment=a.alignment, sentences=a.sentences
        ),
    ),
    "derivation": Stage(
        ("alignment", "coverage", "scores"),
        "METER derivation classes",
        "overlap",
        lambda a, m: derivation.classify_documents(
            a.analysed,
            source=a.source,
            alignment=a.alignment,
            coverage=a.coverage,
            scores=a.scores,
            options=a.options.reuse,
            rules=a.options.derivation,
        ),
    ),
    "variants": Stage(
        ("alignment", "sentences"),
        "Word-level variants against the source",
        "variants",
        lambda a, m: variants.extract_variants(
            a.analysed,
            source=a.source,
            alignment=a.alignment,
            sentences=a.sentences,
            name_similarity=a.options.name_similarity,
        ),
    ),
    "house_style": Stage(
        ("variants", "parses"),
        "House style per document",
        "variants",
        lambda a, m: style.house_style(a.analysed, source=a.source, variants=a.variants, parses=a.parses),
    ),
    "text_stats": Stage(
        ("parses",),
        "Sentences, words, lexical diversity and readability per document",
        "variants",
        lambda a, m: explore.text_stats(a.analysed, parses=a.parses),
    ),
    "keyness": Stage(
        ("origin",),
        "The words each version prefers over its source, and the reverse",
        "variants",
        lambda a, m: keyness.version_keyness(a.analysed, source=a.source),
    ),
    "collation": Stage(
        ("alignment", "sentences"),
        "Collation table of all versions",
        "variants",
        lambda a, m: collation.collate(
            a.analysed, source=a.source, alignment=a.alignment, sentences=a.sentences
        ),
    ),
    "attributions": Stage(
        ("parses", "sentences", "alignment"),
        "Every attribution: who is said to have said what",
        "speakers",
        lambda a, m: find_attributions(
            a.analysed,
            parses=a.parses,
            sentences=a.sentences,
            alignment=a.alignment,
            unborrowed=a.early.get("attributions"),  # found by a lane while the chain aligned
        ),
    ),
    "speakers": Stage(
        ("attributions",),
        "Distinct speakers per document",
        "speakers",
        lambda a, m: accounting.speaker_table(a.analysed, attributions=a.attributions),
    ),
    "speaker_summary": Stage(
        ("speakers",),
        "Speakers per document: named, anonymous, via agencies",
        "speakers",
        lambda a, m: accounting.speaker_summary(a.analysed, speakers=a.speakers, attributions=a.attributions),
    ),
    "speaker_survival": Stage(
        ("attributions", "alignment"),
        "What each version kept of the source's speakers",
        "speakers",
        lambda a, m: _speaker_survival(a),
    ),
    "family": Stage(
        ("copies",),
        "Each document's nearest ancestor (parent) and how it was made from it",
        None,
        lambda a, m: families.family(a.corpus, copies=a.copies if a.options.collapse_copies else None),
    ),
    "changes": Stage(
        ("family", "speaker_survival", "variants"),
        "What changed in substance along each edge of the family tree, facts first",
        None,
        lambda a, m: changes_stage(a, m, frames=parent_frames),
    ),
}

#: stage -> its early part: what a lane computes before the chain's frames it waits for come
#: (:class:`corpus_tools.lanes.LanePlan`); the stage reads it from ``Analysis.early``
_EARLY: dict[str, Callable[[Analysis, object], pd.DataFrame]] = {
    "attributions": lambda a, m: unborrowed_attributions(a.analysed, parses=a.parses, sentences=a.sentences),
}

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


def _speaker_survival(a: Analysis) -> pd.DataFrame:
    """The speaker survival stage; the speakers' identities it reads kept in ``a.beside``."""
    texts = {str(d): str(t) for d, t in a.analysed["text"].items()}
    on_trial = defendant_heads("\n\n".join(texts.values()))
    who = speaker_identities(statements(a.attributions), texts, on_trial=on_trial)
    a.beside = MappingProxyType({**a.beside, "speaker_identities": (on_trial, who)})
    return accounting.speaker_survival(
        a.analysed, source=a.source, attributions=a.attributions, alignment=a.alignment, identities=who
    )


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
    if a.changes is not None and not a.changes.attrs.get("style", True):
        a.changes = with_style(a)  # the changes' style rows, where they meet the variants
    if parsed:
        a.model = model_name(model)  # loaded by then: this only names it
    return a
