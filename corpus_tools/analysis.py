"""The chain: a corpus in, every analysis frame out, each stage computed once.

:func:`analyze` runs the stages in order and hands each the frames it builds on:

    copies -> cleaning -> parses -> sentences -> scores -> origin -> passages -> alignment
    -> coverage -> derivation -> variants -> house_style -> collation
    -> attributions -> speakers -> speaker_summary -> speaker_survival (+ outlets)

Every stage function also works alone on a corpus (the notebooks call them one at
a time) and computes what it is not given; here nothing is computed twice and
nothing is cached between calls: change an option or the source and call
:func:`analyze` again.

Copies first: identical and near-identical documents
(:func:`corpus_tools.reuse.copies.find_copies`) are listed in the ``copies`` frame and
only their representative goes through the other stages (``Analysis.analysed``), so a story
republished a thousand times costs one analysis, not a million pairs. ``cleaning`` and
``outlets`` read every document. ``Options(collapse_copies=False)`` analyses every one.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from corpus_tools.attribution import accounting
from corpus_tools.attribution.attributions import attributions as find_attributions
from corpus_tools.errors import check_option
from corpus_tools.io.corpus import require_columns
from corpus_tools.io.output import FORMATS, OutputDir, flat_tuples
from corpus_tools.reuse import alignment as overlap
from corpus_tools.reuse import copies as copy_finder
from corpus_tools.reuse import derivation, documents
from corpus_tools.reuse.alignment import ReuseOptions
from corpus_tools.text import sentences as text
from corpus_tools.text.nlp import model_name
from corpus_tools.variants import collation, style
from corpus_tools.variants import lexical as variants

__all__ = ["STAGES", "Analysis", "Options", "analyze"]


@dataclass(frozen=True)
class Options:
    """Every option of the chain a user may tune, validated.

    Attributes:
        ngram_size: n of the word n-grams behind document scores and the origin
            (>= 1; 3, the usual choice for news reuse: Clough et al. 2002 on METER).
        min_tokens: shortest shared passage reported, in words (>= 1; 8 words is
            about passim's 50 characters).
        min_weight: smallest containment, in [0, 1], for an edge of the reuse graph
            (0.1: below it two reports of one event share only names and phrases).
        name_similarity: see :func:`corpus_tools.variants.lexical.categorize`.
        reuse: the sentence alignment's thresholds, a
            :class:`corpus_tools.reuse.alignment.ReuseOptions` (each field says where its
            default was fitted).
        collapse_copies: analyse one document of each set of copies (True) or every document
            (False: the ``copies`` frame still lists them).
        copy_containment: in [0, 1], the containment of a near copy in its representative and
            back (:func:`corpus_tools.reuse.copies.find_copies`; 0.95: about one sentence in
            twenty may differ).
    """

    ngram_size: int = 3
    min_tokens: int = 8
    min_weight: float = 0.1
    name_similarity: float = 0.7
    reuse: ReuseOptions = field(default_factory=ReuseOptions)
    collapse_copies: bool = True
    copy_containment: float = 0.95

    def __post_init__(self) -> None:
        for name in ("ngram_size", "min_tokens"):
            check_option("Options", name, getattr(self, name), 1, integer=True)
        if not isinstance(self.collapse_copies, bool):
            raise ValueError(f"Options.collapse_copies must be True or False, got {self.collapse_copies!r}")
        for name in ("min_weight", "name_similarity", "copy_containment"):
            check_option("Options", name, getattr(self, name))
        if not isinstance(self.reuse, ReuseOptions):
            raise ValueError(f"Options.reuse must be a ReuseOptions, got {type(self.reuse).__name__}")


# stage name -> (the stages whose frames it reads, what its frame holds)
_STAGES: dict[str, tuple[tuple[str, ...], str]] = {
    "copies": ((), "Identical and near-identical documents: each copy and the document analysed for it"),
    "cleaning": ((), "What cleaning found: chrome, datelines, quote marks, stripped apostrophes"),
    "outlets": ((), "Documents, words and roles per outlet"),
    "parses": (("copies",), "spaCy parses of the body paragraphs"),
    "sentences": (("parses",), "Sentences with raw offsets"),
    "scores": (("copies",), "Word n-gram Jaccard and containment of the ordered pairs with shared evidence"),
    "origin": (("scores",), "Directed reuse graph and the most likely original"),
    "passages": (("copies",), "Shared passages of every pair of documents"),
    "alignment": (("origin", "sentences"), "Every sentence aligned to the source"),
    "coverage": (("alignment", "sentences"), "What each version kept of each source sentence"),
    "derivation": (("alignment", "coverage", "scores"), "METER derivation classes"),
    "variants": (("alignment", "sentences"), "Word-level variants against the source"),
    "house_style": (("variants", "parses"), "House style per document"),
    "collation": (("alignment", "sentences"), "Collation table of all versions"),
    "attributions": (
        ("parses", "sentences", "alignment"),
        "Every attribution: who is said to have said what",
    ),
    "speakers": (("attributions",), "Distinct speakers per document"),
    "speaker_summary": (("speakers",), "Speakers per document: named, anonymous, via agencies"),
    "speaker_survival": (("attributions", "alignment"), "What each version kept of the source's speakers"),
}

#: stage name -> what its frame holds, in the order :func:`analyze` runs them
STAGES: dict[str, str] = {name: what for name, (_, what) in _STAGES.items()}


@dataclass
class Analysis:
    """Every frame of one run of :func:`analyze`, as named attributes.

    Attributes:
        corpus: the corpus frame analysed.
        source: doc_id of the source every version is compared with.
        model: the spaCy pipeline used (``lang_name-version``).
        options: the :class:`Options` used.
        copies, cleaning, outlets, parses, sentences, scores, origin, passages, alignment,
        coverage, derivation, variants, house_style, collation, attributions,
        speakers, speaker_summary, speaker_survival: the frames (None for a stage
        not run); :data:`STAGES` says what each holds.
    """

    corpus: pd.DataFrame
    source: str | None
    model: str | None
    options: Options
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
    collation: pd.DataFrame | None = None
    attributions: pd.DataFrame | None = None
    speakers: pd.DataFrame | None = None
    speaker_summary: pd.DataFrame | None = None
    speaker_survival: pd.DataFrame | None = None
    _order: list[str] = field(default_factory=list, repr=False)

    @property
    def analysed(self) -> pd.DataFrame:
        """The documents the stages after ``copies`` read: the corpus without the copies
        (all of it when copies were not looked for or not collapsed)."""
        if self.copies is None or not len(self.copies) or not self.options.collapse_copies:
            return self.corpus
        return self.corpus.drop(index=self.copies["doc_id"].tolist())

    def tables(self) -> dict[str, pd.DataFrame]:
        """The frames that were computed, by stage name, in stage order (parses left out:
        they hold spaCy objects, not data to write)."""
        return {n: getattr(self, n) for n in STAGES if n != "parses" and getattr(self, n) is not None}

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
        outdir: str | Path,
        *,
        format: str = "csv",  # noqa: A002 - the name every writer of this package uses
        overwrite: bool = False,
        safe_csv: bool = False,
    ) -> list[Path]:
        """Write one data file per frame into ``outdir``, put in place as a whole.

        Args:
            outdir: a new or empty folder, or one this package wrote before (see
                :class:`corpus_tools.io.output.OutputDir`: never the corpus folder, no
                symlink followed, a concurrent run refused).
            format: ``csv``, ``parquet`` or ``json``; tuples are written "a; b".
            overwrite, safe_csv: as in :class:`corpus_tools.io.output.OutputDir`.

        Returns:
            The final paths of the files.
        """
        if format not in FORMATS:
            raise ValueError(f"format must be one of {FORMATS}, got {format!r}")
        with OutputDir(outdir, overwrite=overwrite, safe_csv=safe_csv) as out:
            return [out.write_table(n, flat_tuples(f), format=format) for n, f in self.tables().items()]


def _needed(only: Iterable[str]) -> list[str]:
    want: set[str] = set()

    def add(name: str) -> None:
        if name not in want:
            want.add(name)
            for dep in _STAGES[name][0]:
                add(dep)

    for name in only:
        add(name)
    return [n for n in STAGES if n in want]


def _run_stage(name: str, a: Analysis, model) -> pd.DataFrame:  # noqa: C901 - one branch per stage
    c, o, src = a.analysed, a.options, a.source
    if name == "copies":
        prefer = [src] if src is not None else []  # the source named is analysed, not its copy
        return copy_finder.find_copies(c, min_containment=o.copy_containment, prefer=prefer)
    if name == "cleaning":
        return text.clean(a.corpus)
    if name == "outlets":
        return accounting.outlet_counts(a.corpus)
    if name == "parses":
        return text.parse(c, model=model)
    if name == "sentences":
        return text.sentences(c, parses=a.parses)
    if name == "scores":
        return documents.document_scores(c, ngram_size=o.ngram_size)
    if name == "origin":
        return documents.origin(c, scores=a.scores, min_weight=o.min_weight)
    if name == "passages":
        return documents.shared_passages(c, min_tokens=o.min_tokens)
    if name == "alignment":
        return overlap.align_sentences(c, source=src, sentences=a.sentences, options=o.reuse)
    if name == "coverage":
        return overlap.source_coverage(c, source=src, alignment=a.alignment, sentences=a.sentences)
    if name == "derivation":
        return derivation.classify_documents(
            c, source=src, alignment=a.alignment, coverage=a.coverage, scores=a.scores, options=o.reuse
        )
    if name == "variants":
        return variants.extract_variants(
            c, source=src, alignment=a.alignment, sentences=a.sentences, name_similarity=o.name_similarity
        )
    if name == "house_style":
        return style.house_style(c, source=src, variants=a.variants, parses=a.parses)
    if name == "collation":
        return collation.collate(c, source=src, alignment=a.alignment, sentences=a.sentences)
    if name == "attributions":
        return find_attributions(c, parses=a.parses, sentences=a.sentences, alignment=a.alignment)
    if name == "speakers":
        return accounting.speaker_table(c, attributions=a.attributions)
    if name == "speaker_summary":
        return accounting.speaker_summary(c, speakers=a.speakers, attributions=a.attributions)
    return accounting.speaker_survival(c, source=src, attributions=a.attributions, alignment=a.alignment)


def analyze(
    corpus: pd.DataFrame,
    *,
    source: str | None = None,
    model=None,
    options: Options | None = None,
    only: Iterable[str] | None = None,
    progress: bool = False,
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
    if source is not None and str(source) not in set(map(str, corpus.index)):
        raise ValueError(f"source {source!r} is not a doc_id of the corpus (doc_ids: {list(corpus.index)})")
    steps = _needed(only)
    parsed = any(s in steps for s in ("parses", "attributions", "speakers", "speaker_summary"))
    a = Analysis(corpus, str(source) if source is not None else None, None, options)
    # the bar is drawn before the first stage (the spaCy model loads inside "parses"), so progress
    # shows from the first second
    with tqdm(steps, desc="analyses", unit="stage", disable=not progress, file=sys.stderr) as bar:
        for name in bar:
            bar.set_postfix_str(name)
            setattr(a, name, _run_stage(name, a, model))
            if name == "origin" and a.source is None:
                a.source = a.origin.attrs["origin"]
    if parsed:
        a.model = model_name(model)  # loaded by then: this only names it
    return a
