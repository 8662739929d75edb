"""The table of the chain's stages: what each reads, what its frame holds, how it is run.

:func:`stage_table` writes the chain once: the stages in the order :func:`corpus_tools.analyze`
runs them, each a :class:`Stage` (the stages it reads, what its frame holds, the ``corpus-tools``
command that shows it, how it is run). :mod:`corpus_tools.analysis` builds the table with its
:func:`~corpus_tools.analysis.parent_frames` (which runs stages of this table, so it is handed in)
and derives ``STAGES``, ``COMMANDS`` and the fields of :class:`~corpus_tools.analysis.Analysis`
from it. ``EARLY`` gives a stage's early part, which a lane computes before the frames it waits for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

import pandas as pd

from corpus_tools.attribution import accounting
from corpus_tools.attribution.attributions import attributions as find_attributions
from corpus_tools.attribution.attributions import unborrowed_attributions
from corpus_tools.attribution.defendant import defendant_heads
from corpus_tools.attribution.entities import statements
from corpus_tools.attribution.survival import speaker_identities
from corpus_tools.parents import changes_stage
from corpus_tools.reuse import alignment as overlap
from corpus_tools.reuse import copies as copy_finder
from corpus_tools.reuse import derivation, documents
from corpus_tools.reuse import family as families
from corpus_tools.text import sentences as text
from corpus_tools.variants import collation, explore, keyness, style
from corpus_tools.variants import lexical as variants

if TYPE_CHECKING:
    from corpus_tools.analysis import Analysis

__all__ = ["EARLY", "Stage", "stage_table"]


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


def stage_table(parent_frames: Callable) -> dict[str, Stage]:
    """The chain, written once: the stages in the order :func:`corpus_tools.analyze` runs them. The
    fields of :class:`~corpus_tools.analysis.Analysis`, the CLI's sub-commands and the progress bar
    all follow this table. ``parent_frames``: :func:`corpus_tools.analysis.parent_frames`, which the
    changes stage reads the frames against each parent with."""
    return {
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
            lambda a, m: accounting.speaker_summary(
                a.analysed, speakers=a.speakers, attributions=a.attributions
            ),
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
EARLY: dict[str, Callable[[Analysis, object], pd.DataFrame]] = {
    "attributions": lambda a, m: unborrowed_attributions(a.analysed, parses=a.parses, sentences=a.sentences),
}


def _speaker_survival(a: Analysis) -> pd.DataFrame:
    """The speaker survival stage; the speakers' identities it reads kept in ``a.beside``."""
    texts = {str(d): str(t) for d, t in a.analysed["text"].items()}
    on_trial = defendant_heads("\n\n".join(texts.values()))
    who = speaker_identities(statements(a.attributions), texts, on_trial=on_trial)
    a.beside = MappingProxyType({**a.beside, "speaker_identities": (on_trial, who)})
    return accounting.speaker_survival(
        a.analysed, source=a.source, attributions=a.attributions, alignment=a.alignment, identities=who
    )
