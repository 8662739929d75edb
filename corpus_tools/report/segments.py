"""What the findings' paragraphs are made of, shared by :mod:`corpus_tools.report.findings` and
:mod:`corpus_tools.report.speaker_findings`: the :data:`Segment` a paragraph is made of, the columns
the findings read of each frame (:data:`FINDINGS_COLUMNS`) and the small helpers that read them
and put figures into words.
"""

from __future__ import annotations

import pandas as pd

from corpus_tools.analysis import Analysis
from corpus_tools.report.labels import columns
from corpus_tools.reuse.derivation import DERIVATION_COUNTS, DERIVATION_SHARES

__all__ = ["FINDINGS_COLUMNS", "Segment"]

#: a piece of a paragraph: plain text, or (text, link target) for a figure the report links
Segment = str | tuple[str, str]


#: frame -> the columns the findings read of it
FINDINGS_COLUMNS: dict[str, list[str]] = {
    "alignment": ["doc_id", "reuse_class"],
    "coverage": ["doc_id", "status"],
    "derivation": [
        "doc_id",
        "derivation",
        "rule",
        *DERIVATION_COUNTS,
        *DERIVATION_SHARES,
        "novel_word_share",
        "probability",
        "runner_up",
        "check",
        "n_sentences",
    ],
    "origin": ["doc_id", "source_doc_id", "is_best_parent", "direction"],
    "copies": ["doc_id", "copy_of", "kind", "containment"],
    "variants": ["doc_id", "category", "source_form", "form"],
    "house_style": ["doc_id", "dimension", "style", "n", "n_total"],
    "speaker_summary": [
        "doc_id",
        "n_speakers",
        "n_people",
        "n_institutions",
        "n_governments",
        "n_media",
        "n_anonymous",
        "n_agency_attributions",
    ],
    "speaker_survival": [
        "doc_id",
        "speaker",
        "status",
        "became",
        "evidence_score",
        "agency_credit",
        "agency_credit_dropped",
        "n_statements_unattributed",
    ],
    "cleaning": ["doc_id", "rule"],
    "sentences": ["doc_id", "text_clean", "is_boilerplate"],
}


def _frame(a: Analysis, name: str) -> pd.DataFrame:
    """The columns the findings read of ``a``'s frame ``name``; no rows when the stage was not run."""
    frame = getattr(a, name)
    wanted = FINDINGS_COLUMNS[name]
    return columns(frame if frame is not None else pd.DataFrame(columns=wanted), name, wanted)


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _rows(frame: pd.DataFrame, doc: str) -> pd.DataFrame:
    return frame[frame["doc_id"].astype(str) == doc]


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
