"""The chain: a corpus in, every analysis frame out, each stage computed once.

:func:`analyze` runs the stages in order and hands each the frames it builds on:

    cleaning -> parses -> sentences -> scores -> origin -> passages -> alignment
    -> coverage -> derivation -> variants -> house_style -> collation
    -> attributions -> speakers -> speaker_summary -> speaker_survival (+ outlets)

Every stage function also works alone on a corpus (the notebooks call them one at
a time) and computes what it is not given; here nothing is computed twice and
nothing is cached between calls: change an option or the source and call
:func:`analyze` again.
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
from corpus_tools.reuse import derivation, documents
from corpus_tools.reuse import family as families
from corpus_tools.reuse.alignment import ReuseOptions
from corpus_tools.text import sentences as text
from corpus_tools.text.nlp import model_name
from corpus_tools.variants import changes as edits
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
    """

    ngram_size: int = 3
    min_tokens: int = 8
    min_weight: float = 0.1
    name_similarity: float = 0.7
    reuse: ReuseOptions = field(default_factory=ReuseOptions)

    def __post_init__(self) -> None:
        for name in ("ngram_size", "min_tokens"):
            check_option("Options", name, getattr(self, name), 1, integer=True)
        for name in ("min_weight", "name_similarity"):
            check_option("Options", name, getattr(self, name))
        if not isinstance(self.reuse, ReuseOptions):
            raise ValueError(f"Options.reuse must be a ReuseOptions, got {type(self.reuse).__name__}")


# stage name -> (the stages whose frames it reads, what its frame holds)
_STAGES: dict[str, tuple[tuple[str, ...], str]] = {
    "cleaning": ((), "What cleaning found: chrome, datelines, quote marks, stripped apostrophes"),
    "outlets": ((), "Documents, words and roles per outlet"),
    "parses": ((), "spaCy parses of the body paragraphs"),
    "sentences": (("parses",), "Sentences with raw offsets"),
    "scores": ((), "Word n-gram Jaccard and containment of every ordered pair sharing one"),
    "origin": (("scores",), "Directed reuse graph and the most likely original"),
    "passages": ((), "Shared passages of every pair of documents"),
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
    "family": ((), "Each document's nearest ancestor (parent) and how it was made from it"),
    "changes": (("family",), "What changed in substance along each edge of the family tree, facts first"),
}

#: the stages that compare versions with a source: against="parent" runs them once per parent
PER_PARENT = (
    "alignment",
    "coverage",
    "derivation",
    "variants",
    "house_style",
    "collation",
    "speaker_survival",
)
AGAINST = ("origin", "parent")

#: stage name -> what its frame holds, in the order :func:`analyze` runs them
STAGES: dict[str, str] = {name: what for name, (_, what) in _STAGES.items()}


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
        cleaning, outlets, parses, sentences, scores, origin, passages, alignment,
        coverage, derivation, variants, house_style, collation, attributions,
        speakers, speaker_summary, speaker_survival, family, changes: the frames (None
        for a stage not run); :data:`STAGES` says what each holds.
    """

    corpus: pd.DataFrame
    source: str | None
    model: str | None
    options: Options
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
    family: pd.DataFrame | None = None
    changes: pd.DataFrame | None = None
    against: str = "origin"
    _order: list[str] = field(default_factory=list, repr=False)

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


def _slice(frame: pd.DataFrame | None, docs: set[str]) -> pd.DataFrame | None:
    """The rows of a frame about the documents ``docs`` only (both ends of a pair)."""
    if frame is None or "doc_id" not in frame.columns:
        return frame
    keep = frame["doc_id"].astype(str).isin(docs)
    if "source_doc_id" in frame.columns:
        keep &= frame["source_doc_id"].astype(str).isin(docs)
    return frame[keep]


def _per_parent(name: str, a: Analysis, model) -> pd.DataFrame:
    """A comparing stage run once per parent of the family tree, on the parent and its
    children only, the frames it reads cut to them; the results stacked."""
    fam = a.family if a.family is not None else families.family(a.corpus)
    members = fam.groupby("witness", sort=False)["doc_id"].apply(list).to_dict()
    kids = fam.dropna(subset=["parent_doc_id"]).drop_duplicates("witness")
    out = []
    for parent, group in kids.groupby("parent_doc_id", sort=False):
        docs = {d for w in [parent, *group["witness"]] for d in members.get(w, [w])}
        sub = a.corpus[a.corpus.index.astype(str).isin(docs)]
        frames = {n: _slice(getattr(a, n), docs) for n in STAGES if n not in ("family", "changes")}
        piece = Analysis(sub, parent, a.model, a.options, **frames)
        out.append(_run_stage(name, piece, model))
    return pd.concat(out, ignore_index=True) if out else _run_stage(name, a, model).iloc[0:0]


def _run_stage(name: str, a: Analysis, model) -> pd.DataFrame:  # noqa: C901 - one branch per stage
    c, o, src = a.corpus, a.options, a.source
    if a.against == "parent" and name in PER_PARENT:
        return _per_parent(name, a, model)
    if name == "family":
        return families.family(c)
    if name == "changes":
        return edits.changes(c, family_frame=a.family)
    if name == "cleaning":
        return text.clean(c)
    if name == "outlets":
        return accounting.outlet_counts(c)
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
