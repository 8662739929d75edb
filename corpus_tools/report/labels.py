"""Words for readers: column and category labels, and one strict way to read the frames.

The report, the side-by-side view and the findings read every analysis frame through
:func:`columns`, which returns exactly the columns asked for and names the frame and
the column when one is missing: a renamed column fails loudly instead of leaving a
feature silently empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
import pandas as pd

__all__ = [
    "CATEGORY_LABELS",
    "COLUMN_LABELS",
    "REUSE_LABELS",
    "STATUS_LABELS",
    "category_label",
    "column_label",
    "columns",
    "plain",
]


def columns(frame: pd.DataFrame, name: str, wanted: Iterable[str]) -> pd.DataFrame:
    """``frame[wanted]``: the columns the caller reads of the stage ``name``'s frame, ``attrs`` kept.

    Raises:
        KeyError: a column is missing; the message names the frame and the column.

    Example:
        >>> columns(pd.DataFrame({"doc_id": ["a"], "sent_ids": [(1,)]}), "coverage", ["target_sent_ids"])
        Traceback (most recent call last):
        ...
        KeyError: "the coverage frame has no column 'target_sent_ids' (its columns: doc_id, sent_ids)"
    """
    wanted = list(wanted)
    for column in wanted:
        if column not in frame.columns:
            have = ", ".join(map(str, frame.columns))
            raise KeyError(f"the {name} frame has no column {column!r} (its columns: {have})")
    out = frame[wanted]
    out.attrs = dict(frame.attrs)
    return out


#: reuse classes of aligned sentences, as a reader says them
REUSE_LABELS = {
    "verbatim": "verbatim",
    "near_verbatim": "lightly edited",
    "rewritten": "rewritten",
    "new": "new",
}

#: what a version did with a source sentence or a quoted speaker
STATUS_LABELS = {
    "kept_verbatim": "kept verbatim",
    "kept_edited": "kept, lightly edited",
    "rewritten": "rewritten",
    "dropped": "dropped",
    "kept": "kept",
    "kept_other_statement": "kept, another statement",
    "relabelled": "relabelled",
    "re_attributed": "re-attributed",
    "wholly_derived": "wholly derived",
    "partially_derived": "partially derived",
    "non_derived": "not derived",
}

#: variant categories (corpus_tools.variants.lexical.CATEGORIES) in plain words
CATEGORY_LABELS = {
    "quotation_or_apostrophe": "quote mark or apostrophe",
    "punctuation_other": "other punctuation",
    "abbreviation": "abbreviation",
    "spelling_uk_us": "UK/US spelling",
    "honorific": "title (Mr, Dr...)",
    "date_format": "date format",
    "number_format": "number format",
    "time_reference": "time reference",
    "attribution_change": "attribution changed",
    "name_spelling": "name spelling",
    "misprint": "misprint",
    "word_substitution": "word replaced",
    "insertion": "words added",
    "deletion": "words cut",
}

#: column name -> header a reader understands (columns not listed are shown with spaces for "_")
COLUMN_LABELS = {
    "doc_id": "document",
    "source_doc_id": "source document",
    "sent_id": "sentence",
    "source_sent_id": "source sentence",
    "source_sent_ids": "source sentence(s)",
    "text": "text",
    "source_text": "source text",
    "score": "similarity (0-1)",
    "reuse_class": "reuse",
    "derivation": "derivation",
    "derived_share": "words taken from the source",
    "novel_words": "words of its own",
    "novel_facts": "names and numbers of its own",
    "word_containment": "words found in the source",
    "longest_passage": "longest passage taken",
    "rule": "deciding rule",
    "verbatim_share": "verbatim words",
    "near_verbatim_share": "lightly edited words",
    "rewritten_share": "rewritten words",
    "new_share": "new words",
    "containment": "word triples found in the source",
    "source_kept": "source sentences reused",
    "n_sentences": "sentences",
    "n_words": "words",
    "n_paragraphs": "paragraphs",
    "n_chars": "characters",
    "form": "in this version",
    "source_form": "in the source",
    "context": "context",
    "category": "kind of change",
    "speaker": "speaker",
    "speaker_type": "speaker type",
    "speaker_id": "speaker id",
    "cue": "cue",
    "quote_type": "quote",
    "named": "named",
    "affiliation": "affiliation",
    "via_agency": "via an agency",
    "status": "what happened",
    "became": "became",
    "mentions": "mentions",
    "mentions_kept": "mentions kept",
    "attributions": "attributions",
    "sources": "distinct speakers",
    "n_speakers": "distinct speakers",
    "n_named": "named",
    "n_anonymous": "anonymous",
    "named_sources": "named",
    "anonymous_sources": "anonymous",
    "named_share": "named share",
    "agency_attributions": "via an agency",
    "attributions_per_100_words": "per 100 words",
    "n_tokens": "words",
    "reordered": "moved",
    "weight": "reuse (0-1)",
    "documents": "documents",
    "n_documents": "documents",
    "mean_words": "words per document",
    "n_total": "of all uses",
    "published": "published",
    "role": "role",
    "outlet": "outlet",
    "headline": "headline",
    "dimension": "dimension",
    "style": "style",
    "jaccard": "shared word triples (Jaccard)",
}

_CODE = re.compile(r"^[a-z]+(?:_[a-z0-9]+)+$")


def column_label(name: str) -> str:
    """The header shown for column ``name``: ``column_label("source_sent_ids")`` -> "source sentence(s)"."""
    return COLUMN_LABELS.get(name, str(name).replace("_", " "))


def category_label(value: object) -> str:
    """A category, class or status in plain words: ``"spelling_uk_us"`` -> "UK/US spelling".

    Values the tables do not know keep their text, with spaces for underscores when they
    look like code ("kept_other_statement" -> "kept other statement").
    """
    text = str(value)
    for table in (CATEGORY_LABELS, REUSE_LABELS, STATUS_LABELS):
        if text in table:
            return table[text]
    return text.replace("_", " ") if _CODE.match(text) else text


# C0/C1 control characters but tab and line breaks: wire copy carries them, browsers draw boxes
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def plain(value: object) -> str:
    """A cell's text for reading: control characters removed, missing values empty,
    timestamps as dates, tuples as "a, b", floats to 2 decimals.

    Example:
        >>> plain(pd.Timestamp("2024-03-14", tz="UTC")), plain((3, 4)), plain("a\\x07b"), plain(None)
        ('2024-03-14', '3, 4', 'ab', '')
    """
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return ""
    if isinstance(value, pd.Timestamp):
        return (
            value.strftime("%Y-%m-%d %H:%M") if (value.hour or value.minute) else value.strftime("%Y-%m-%d")
        )
    if isinstance(value, tuple | list):
        return ", ".join(plain(v) for v in value)
    if isinstance(value, bool | np.bool_):
        return "yes" if value else "no"
    if isinstance(value, float | np.floating):
        return f"{value:.2f}"
    return _CONTROL.sub("", str(value))
