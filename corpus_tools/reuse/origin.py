"""The origin of a story: the directed reuse graph between witnesses and the most likely original.

:func:`origin` directs each pair of witnesses sharing an n-gram by date, then by role, then by the
text, and names the witness with no source among the others; :func:`resolve_source` reads a
``source=`` argument (None: the origin). Import them from :mod:`corpus_tools.reuse.documents` as
before.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from corpus_tools.io.corpus import require_columns
from corpus_tools.reuse.doc_keys import doc_tokens, keys, ngrams, shared_counts
from corpus_tools.reuse.witnesses import _dates, _is_wire, source_groups

__all__ = ["find_origin", "origin", "resolve_source"]


def resolve_source(corpus: pd.DataFrame, source: str | Iterable[str] | None) -> tuple[str, tuple[str, ...]]:
    """The witness ``source`` names: ``(name, doc_ids)``.

    Args:
        corpus: the corpus frame.
        source: a doc_id, a ``group`` value, several doc_ids (one witness, named
            by them joined with "+"), or None for the origin (:func:`find_origin`).

    Raises:
        ValueError: a name that is neither a doc_id nor a group.

    Example:
        >>> resolve_source(load_corpus("seeds"), ["001", "000"])
        ('000+001', ('000', '001'))
    """
    docs = [str(d) for d in corpus.index]
    groups = source_groups(corpus)
    if source is None:
        edges = origin(corpus)
        return edges.attrs["origin"], tuple(edges.attrs["origin_docs"])
    if isinstance(source, str):
        if source in groups:
            return source, groups[source]
        if source in docs:
            return source, (source,)
        raise ValueError(f"source {source!r} is not a doc_id or a group of the corpus (doc_ids: {docs})")
    wanted = [str(s) for s in source]
    bad = [s for s in wanted if s not in docs]
    if bad or not wanted:
        raise ValueError(f"source {bad or wanted!r}: not doc_ids of the corpus (doc_ids: {docs})")
    members = tuple(d for d in docs if d in set(wanted))
    return (members[0] if len(members) == 1 else "+".join(members)), members


def _direction(ca_b: float, cb_a: float, da, db, wa: bool, wb: bool) -> tuple[int, str, bool]:
    """Which of a, b is the source (0 = a, 1 = b), on what evidence, and whether the text disagrees.

    ``ca_b`` is the containment of a in b. The text says the source is the
    fuller text: the one the other is more contained in.
    """
    text_src = 1 if ca_b > cb_a else 0
    if da is not None and db is not None and da != db:
        src, why = (0 if da < db else 1), "published"
    elif wa != wb:
        src, why = (0 if wa else 1), "role"
    else:
        return text_src, "text", False
    return src, why, abs(ca_b - cb_a) > 0.1 and src != text_src


def _containments(
    corpus: pd.DataFrame, groups: dict[str, tuple[str, ...]], scores: pd.DataFrame | None, ngram_size: int
) -> dict[tuple[str, str], float]:
    """Containment of witness a in b, keyed ``(a, b)``, for pairs sharing an n-gram: read from ``scores``
    when every witness is one document (scores are keyed by doc_id), else from the witnesses' n-grams."""
    if scores is not None and all(m == (n,) for n, m in groups.items()):
        return {(r.doc_id, r.source_doc_id): r.containment for r in scores.itertuples()}
    grams = {d: ngrams(keys(t), ngram_size) for d, t in doc_tokens(corpus).items()}
    node = {n: set().union(*(grams[d] for d in m)) for n, m in groups.items()}
    cont = {}
    for (a, b), shared in shared_counts(node).items():
        cont[(a, b)], cont[(b, a)] = shared / len(node[a]), shared / len(node[b])
    return cont


def _directed_edges(
    names: list[str], cont: dict[tuple[str, str], float], dates: dict, wire: dict, min_weight: float
) -> tuple[list[list], set[str], list[str]]:
    """The edge rows of :func:`origin`, the witnesses with a source, and the conflict messages."""
    position = {n: i for i, n in enumerate(names)}
    pairs = sorted(
        {tuple(sorted(p, key=position.get)) for p in cont}, key=lambda p: (position[p[0]], position[p[1]])
    )
    rows, has_source, conflicts = [], set(), []
    for a, b in pairs:  # only pairs that share an n-gram: the others have no edge
        src, why, conflict = _direction(cont[(a, b)], cont[(b, a)], dates[a], dates[b], wire[a], wire[b])
        s, v = (a, b) if src == 0 else (b, a)
        weight, reverse = cont[(v, s)], cont[(s, v)]
        if weight < min_weight:
            continue
        has_source.add(v)
        if conflict:
            conflicts.append(
                f"{why} makes {s!r} the source of {v!r}; the text says the reverse "
                f"({weight:.2f} < {reverse:.2f})"
            )
        rows.append([v, s, weight, reverse, weight - reverse, why, conflict, dates[v], dates[s]])
    return rows, has_source, conflicts


def _later_takers(
    pool: list[str], cont: dict[tuple[str, str], float], dates: dict, min_weight: float
) -> set[str]:
    """The candidates that hold an earlier candidate's text: not the original, though no edge says so.

    A later story that takes an earlier one's lead and adds far more of its own has too little
    of itself in the earlier one for the dated edge (its containment there under ``min_weight``),
    so neither has a source, and the text score alone would name the later, fuller story the
    original. The date says the reverse: ``b`` is a taker when an earlier candidate ``a`` has at
    least ``min_weight`` of its n-grams in ``b`` (round 39, branch rkind39: a central bank story
    at 06:08 holding word for word the lead of one filed at 04:39; a preview three minutes after
    a brief, holding its last sentence; 8072 beside 8071, filed two minutes apart).

    Example:
        >>> dates = {"a": pd.Timestamp("2026-01-01 04:00"), "b": pd.Timestamp("2026-01-01 06:00")}
        >>> sorted(_later_takers(["a", "b"], {("a", "b"): 0.18, ("b", "a"): 0.08}, dates, 0.1))
        ['b']
    """
    candidates = set(pool)
    return {
        b
        for (a, b), c in cont.items()
        if c >= min_weight
        and a in candidates
        and b in candidates
        and dates.get(a) is not None
        and dates.get(b) is not None
        and dates[a] < dates[b]
    }


def origin(
    corpus: pd.DataFrame, *, scores: pd.DataFrame | None = None, ngram_size: int = 3, min_weight: float = 0.1
) -> pd.DataFrame:
    """The directed reuse graph between witnesses and the most likely original.

    Witnesses are documents, or groups of them (:func:`source_groups`). For each
    pair the direction comes, in this order, from ``published`` (a text is not
    derived from a later one, when both are dated), from ``role`` (a ``wire`` or
    ``original`` text is the source of one that is not), then from the text:
    reuse runs from the fuller text to the one cut from it. Where metadata
    decides against clear text evidence (containments differing by more than
    0.1) the edge is flagged ``conflict`` and listed in ``attrs["conflicts"]``.
    The origin is the witness with no source among the others (preferring
    ``wire``/``original`` roles), then not holding an earlier candidate's text
    (:func:`_later_takers`: the date over the text), then one sharing at least ``min_weight``
    of its n-grams or theirs with another witness over one sharing less with all (a story
    told apart is no original of the others), then the highest
    ``origin_score`` (sum
    of the others' containment in it minus its containment in them); when every
    candidate has a source, the best score wins and a conflict is reported.

    Args:
        corpus: the corpus frame.
        scores: the frame of :func:`document_scores`, used when every witness is
            one document (groups need the n-gram sets and recompute).
        ngram_size: as in :func:`document_scores` (when ``scores`` is not given).
        min_weight: smallest containment for an edge.

    Returns:
        One row per edge, sorted by ``weight`` descending: ``doc_id`` (the
        derived witness), ``source_doc_id`` (its source; a group name for a
        group), ``weight`` (containment of ``doc_id`` in the source),
        ``reverse`` (the other way), ``asymmetry`` (``weight - reverse``),
        ``is_best_parent``, ``source_is_origin``, ``direction`` (``published``,
        ``role`` or ``text``: what decided it), ``conflict``, ``published``,
        ``source_published`` (earliest date of the witness, or NaT).
        ``attrs``: ``origin`` (name), ``origin_docs`` (its doc_ids), ``groups``,
        ``origin_scores`` and ``conflicts`` (messages).

    Example:
        >>> origin(load_corpus("seeds")).attrs["origin"]
        '001'
    """
    require_columns(corpus, ["text"], "origin")
    groups = source_groups(corpus)
    names = list(groups)
    cont = _containments(corpus, groups, scores, ngram_size)
    doc_dates, doc_wire = _dates(corpus), _is_wire(corpus)
    dates = {n: min((doc_dates[d] for d in m if d in doc_dates), default=None) for n, m in groups.items()}
    wire = {n: any(doc_wire.get(d, False) for d in m) for n, m in groups.items()}
    score = dict.fromkeys(names, 0.0)  # sum of the others' containment in n minus n's in them
    for (a, b), c in cont.items():
        score[b] += c
        score[a] -= c
    rows, has_source, conflicts = _directed_edges(names, cont, dates, wire, min_weight)
    pool = [n for n in names if wire[n]] or names
    taker = _later_takers(pool, cont, dates, min_weight)
    related = {n for pair, c in cont.items() if c >= min_weight for n in pair}  # share an edge's weight
    ranked = sorted(
        pool,
        key=lambda n: (
            n in has_source,
            n in taker,
            n not in related,
            -round(score[n], 9),
            dates[n] or pd.Timestamp.max.tz_localize("UTC"),
        ),
    )
    top = ranked[0] if ranked else None
    if top is not None and top in has_source:
        conflicts.append(f"every candidate origin has a source; {top!r} has the best text evidence")
    cols = ["doc_id", "source_doc_id", "weight", "reverse", "asymmetry", "direction", "conflict"]
    edges = pd.DataFrame(rows, columns=[*cols, "published", "source_published"])
    best = edges.groupby("doc_id")["weight"].transform("max") if len(edges) else pd.Series(dtype=float)
    edges.insert(5, "is_best_parent", edges["weight"].eq(best).astype(bool))
    edges.insert(6, "source_is_origin", edges["source_doc_id"].eq(top).astype(bool))
    edges = edges.sort_values(
        ["weight", "doc_id", "source_doc_id"], ascending=[False, True, True]
    ).reset_index(drop=True)
    edges.attrs.update(
        origin=top,
        origin_docs=groups.get(top, ()),
        groups=groups,
        origin_scores={n: round(score[n], 6) for n in sorted(names, key=lambda n: -score[n])},
        conflicts=conflicts,
    )
    return edges


def find_origin(corpus: pd.DataFrame) -> str:
    """The name (doc_id or group) of the most likely original (see :func:`origin`)."""
    return origin(corpus).attrs["origin"]
