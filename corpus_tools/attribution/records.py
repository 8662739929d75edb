"""The record of one attribution and the columns of the attributions frame
(:func:`corpus_tools.attribution.attributions.attributions`), kept apart so the rules that build
attributions can share the type without importing the whole reader."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pandas as pd

__all__ = [
    "ATTRIBUTION_COLUMNS",
    "IDENTITY",
    "Attr",
    "adopt_identity",
    "name_the_alone",
    "speakers_by_document",
]

#: the columns of the attributions frame, in order (documented in ``attributions``)
ATTRIBUTION_COLUMNS = [
    "doc_id",
    "sent_id",
    "speaker",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "content_start",
    "content_end",
    "quote_type",
    "quote_evidence",
    "named",
    "speaker_type",
    "affiliation",
    "via_agency",
    "medium",
    "speaker_id",
    "speaker_label",
    "resolved_from",
    "role",
    "reported_by",
]


@dataclass
class Attr:
    """One attribution as :func:`corpus_tools.attribution.attributions.attributions` finds it, before
    its row is written (offsets in the cleaned text)."""

    doc_id: str
    para: int
    span: tuple[int, int]  # speaker mention, cleaned offsets
    cue_span: tuple[int, int]
    content: tuple[int, int]
    cue: str
    mention: object  # spaCy Span, or None for a continuing quote
    quote_type: str = "indirect"
    quote_evidence: str = "no_quote_marks"
    via_agency: bool = False
    medium: str = ""
    resolved_from: str = "mention"
    antecedent: object = None  # the noun phrase a relative pronoun ("who said") stands for
    entity: dict | None = field(default=None, repr=False)
    role: str = "speaker"  # speaker, mention or nested (entities.attribution_role, entities.mark_nested)
    outer: object = field(default=None, repr=False)  # the attribution that reports a nested one
    free: bool = False  # an absolute clause ("with Washington saying ..."): never nested
    resolve: bool = True  # False: no speaker to resolve (reports.not_a_report, reports.expletive)
    continues: object = field(default=None, repr=False)  # the attribution a continuing quote goes on
    after_stop: bool = False  # its quotation opens the next sentence ("X said later. 'It is ...'")


#: the columns that say who a row's speaker is: what one speaker takes from another it is found to be
IDENTITY = ["speaker_id", "named", "speaker_type", "speaker_label"]


def speakers_by_document(frame: pd.DataFrame) -> Iterator[list[dict]]:
    """Each document's speakers of the attribution rows ``frame``: the first row of each
    ``speaker_id``, as records, one list a document (rows without a speaker left out)."""
    for _, rows in frame[frame["speaker_id"].notna()].groupby("doc_id", sort=False):
        yield rows.drop_duplicates("speaker_id").to_dict("records")


def adopt_identity(frame: pd.DataFrame, doc_id: str, speaker_ids: list, speaker: dict) -> None:
    """Give the rows of ``speaker_ids`` in document ``doc_id`` the :data:`IDENTITY` of the record
    ``speaker`` (one of the same document's speakers), in place: they are one speaker."""
    at = frame["speaker_id"].isin(speaker_ids) & (frame["doc_id"] == doc_id)
    frame.loc[at, IDENTITY] = [speaker[c] for c in IDENTITY]


def name_the_alone(
    frame: pd.DataFrame, alone: Callable[[str], bool], named: Callable[[dict], bool]
) -> pd.DataFrame:
    """The attribution rows with each document's speakers whose label ``alone`` picks ("the judge",
    "the newspaper") given the :data:`IDENTITY` of the one speaker ``named`` picks in the same
    document, before or after them. A document where ``named`` picks no label or two (case aside)
    is left as it is; only documents with a label ``alone`` picks are read.

    Args:
        frame: the attribution rows (``doc_id``, ``speaker_id``, ``speaker_label``, ``named``,
            ``speaker_type``).
        alone: whether a label is the description alone ("the judge").
        named: whether a speaker's record (one row of it) is a named one of that kind.

    Returns:
        A copy of ``frame``.
    """
    if not len(frame):
        return frame
    out = frame.copy()
    rows = out["speaker_label"].map(lambda label: alone(str(label)))
    for recs in speakers_by_document(out[out["doc_id"].isin(out.loc[rows, "doc_id"])]):
        names = [r for r in recs if named(r) and not alone(str(r["speaker_label"]))]
        ids = [r["speaker_id"] for r in recs if alone(str(r["speaker_label"]))]
        if len({str(r["speaker_label"]).lower() for r in names}) == 1 and ids:
            adopt_identity(out, names[0]["doc_id"], ids, names[0])
    return out
