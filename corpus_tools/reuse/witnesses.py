"""The witnesses of a corpus: its documents grouped as one source, their dates and roles.

The takes of a wire story sharing a ``group`` value are one witness (:func:`source_groups`);
:func:`witness_docs` reads a witness's name back to its doc_ids. ``_dates`` and ``_is_wire`` read
the ``published`` and ``role`` columns per document (for :func:`corpus_tools.reuse.origin.origin`
and :func:`corpus_tools.reuse.family.family`). Import them from :mod:`corpus_tools.reuse.documents`
as before.
"""

from __future__ import annotations

import pandas as pd

from corpus_tools.io.corpus import UNKNOWN

__all__ = ["source_groups", "witness_docs"]

_WIRE_ROLES = ("wire", "original")


def source_groups(corpus: pd.DataFrame) -> dict[str, tuple[str, ...]]:
    """Witnesses of the corpus: ``{name: doc_ids}`` in corpus order.

    Documents sharing a value in the optional ``group`` column form one witness
    named by that value; every other document is its own witness, named by its
    doc_id. A group value equal to another document's doc_id is not allowed.

    Example:
        >>> source_groups(load_corpus("seeds"))
        {'000': ('000',), '001': ('001',), '002': ('002',)}
    """
    docs = [str(d) for d in corpus.index]
    if "group" not in corpus.columns:
        return {d: (d,) for d in docs}
    out: dict[str, list[str]] = {}
    for d, g in zip(docs, corpus["group"], strict=True):
        g = "" if g is None or pd.isna(g) else str(g).strip()
        name = d if g in ("", UNKNOWN) else g
        out.setdefault(name, []).append(d)
    clash = sorted(n for n, members in out.items() if n in docs and members != [n])
    if clash:
        raise ValueError(f"group name(s) {clash} are also doc_ids of other documents; rename the group")
    return {n: tuple(m) for n, m in out.items()}


def witness_docs(corpus: pd.DataFrame, name: str) -> tuple[str, ...]:
    """The doc_ids of the witness ``name`` as :func:`resolve_source` names it (a doc_id, a
    ``group`` value, or doc_ids joined by "+"), in corpus order; () when it names none.

    Example:
        >>> witness_docs(load_corpus("seeds"), "000+001"), witness_docs(load_corpus("seeds"), "PA")
        (('000', '001'), ())
    """
    docs = [str(d) for d in corpus.index]
    groups = source_groups(corpus)
    if name in groups:
        return groups[name]
    parts = set(str(name).split("+"))
    return tuple(d for d in docs if d in parts) if parts <= set(docs) else ()


def _dates(corpus: pd.DataFrame) -> dict[str, pd.Timestamp]:
    if "published" not in corpus.columns:
        return {}
    out = {}
    for d, v in corpus["published"].items():
        ts = pd.to_datetime(str(v), errors="coerce", utc=True, format="ISO8601")
        if not pd.isna(ts):
            out[str(d)] = ts
    return out


def _is_wire(corpus: pd.DataFrame) -> dict[str, bool]:
    if "role" not in corpus.columns:
        return {}
    return {str(d): any(w in str(r).lower() for w in _WIRE_ROLES) for d, r in corpus["role"].items()}
