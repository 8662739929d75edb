"""Each version against its parent: the comparing stages run once per parent of the family tree.

:func:`corpus_tools.analyze` with ``against="parent"`` runs the stages of :data:`PER_PARENT`
this way, and :func:`corpus_tools.analysis.parent_frames` gives their frames beside an analysis
read against the origin (the changes stage's speaker survival and variants, the report's side by
side views). The stages themselves are the chain's (:mod:`corpus_tools.analysis`): each function
here takes the chain's ``run(name, analysis, model)`` and ``needed(names)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import fields, replace

import pandas as pd

from corpus_tools.reuse import family as families
from corpus_tools.variants import changes as edits

__all__ = ["AGAINST", "PER_PARENT", "changes_stage", "frames_against_parents", "per_parent", "with_style"]

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


def _slicer(frame: pd.DataFrame | None) -> Callable[[set[str]], pd.DataFrame | None]:
    """``docs`` -> the rows of ``frame`` about ``docs`` (both ends of a pair), in order; indexed once."""
    if frame is None or "doc_id" not in frame.columns:
        return lambda docs: frame
    rows = frame.groupby(frame["doc_id"].astype(str).to_numpy(), sort=False).indices
    pair = frame["source_doc_id"].astype(str).tolist() if "source_doc_id" in frame.columns else None
    return lambda docs: frame.iloc[
        [i for i in sorted(i for d in docs for i in rows.get(d, ())) if pair is None or pair[i] in docs]
    ]


def per_parent(name: str, a, model, *, run: Callable, needed: Callable) -> pd.DataFrame:
    """A comparing stage run per parent, on it and its children, the frames it reads cut to them
    (``a``: a :class:`corpus_tools.Analysis`); with no parent in the tree, the stage's empty frame."""
    fam = a.family if a.family is not None else families.family(a.corpus)
    members = fam.groupby("witness", sort=False)["doc_id"].apply(list).to_dict()
    kids = fam.dropna(subset=["parent_doc_id"]).drop_duplicates("witness")
    cuts = {n: _slicer(getattr(a, n)) for n in needed([name]) if n not in (name, "family", "changes")}
    out = []
    for parent, group in kids.groupby("parent_doc_id", sort=False):
        docs = {d for w in [parent, *group["witness"]] for d in members.get(w, [w])}
        sub = a.corpus[a.corpus.index.astype(str).isin(docs)]
        piece = type(a)(sub, parent, a.model, a.options, **{n: cut(docs) for n, cut in cuts.items()})
        out.append(run(name, piece, model))
    if out:
        return pd.concat(out, ignore_index=True)
    # no version has a parent (every document a root): the stage's columns, no rows; run against
    # the origin, since against the parent would come back here
    return run(name, replace(a, against="origin"), model).iloc[0:0]


def frames_against_parents(
    a, names: Iterable[str], *, run: Callable, needed: Callable, model=None, max_edges: int = 200
) -> dict | None:
    """``{name: frame}`` of comparing stages (:data:`PER_PARENT`) with each version against its parent,
    run once per parent; None without a tree or above ``max_edges`` edges (all aligned again)."""
    parents = set() if a.family is None else set(a.family["parent_doc_id"].dropna().astype(str))
    if a.against == "parent" or parents == {str(a.source)}:  # the analysis' own frames are the parents'
        return {n: getattr(a, n) for n in names}
    if not parents or a.family["parent_doc_id"].notna().sum() > max_edges:
        return None
    p = replace(a, against="parent", **dict.fromkeys(todo := [n for n in needed(names) if n in PER_PARENT]))
    kept = _kept(a, model)  # the changes stage's alignment and variants, read again by the report
    for name in todo:
        if name not in kept:
            kept[name] = run(name, p, model)
        p = replace(p, **{name: kept[name]})
    return {n: getattr(p, n) for n in names}


def _kept(a, model) -> dict:
    """The frames against each parent already computed on ``a``'s inputs (issue #23: the changes
    stage and the report's side by side views both align and collect variants against each parent;
    on a 10-document METER story the report did it twice). A stage of :data:`PER_PARENT` run per
    parent reads only ``a``'s corpus, options and frames outside :data:`PER_PARENT` (those inside it
    are run again, in order, in :func:`frames_against_parents`): while these are the same objects
    (``is``) and ``model`` the same, its frame is the same, so it is kept on ``a`` and given again.
    ``a.model`` and ``a.changes`` are not read by these stages (the model name is set after the chain)."""
    inputs = (a.corpus, a.source, a.options, model) + tuple(
        getattr(a, f.name) for f in fields(a)[5:] if f.name not in (*PER_PARENT, "changes")
    )
    held = a.__dict__.get("_against_parents")
    if (
        held is None
        or len(held[0]) != len(inputs)
        or any(x is not y for x, y in zip(held[0], inputs, strict=True))
    ):
        held = (inputs, {})  # the inputs held, so that no id is reused while they are compared
        a.__dict__["_against_parents"] = held
    return held[1]


def changes_stage(a, model, *, frames: Callable) -> pd.DataFrame:
    """The changes stage of analysis ``a``: quotes read from the speaker survival against each parent,
    the style rows from the variants against each parent (``frames``: the chain's
    :func:`corpus_tools.analysis.parent_frames`). Where those variants are not yet computed (a lane
    forked before the variants stage; a tree above ``max_edges`` edges), the frame is made without
    style rows and :func:`corpus_tools.analyze` adds them at the end (:func:`with_style`)."""
    got = frames(a, ["speaker_survival", "variants"], model=model) or {}
    pv = got.get("variants")
    return edits.changes(
        a.corpus,
        family_frame=a.family,
        survival=got.get("speaker_survival"),
        variants=pv,
        style=pv is not None,
        copies=a.copies if a.options.collapse_copies else None,  # set aside: their style from their text
        quotes="survival" if got else "text",  # no survival per parent above max_edges: not run twice
    )


def with_style(a) -> pd.DataFrame:
    """``a.changes`` made without style rows, with those of the edges whose variants ``a`` holds: all
    (``against="parent"``, or the source is every edge's parent), else the edges from the source.
    Its ``attrs`` are the frame's, with ``style`` True: the same as a frame made with its style rows
    (a lane's changes then equal the one process's, ``attrs`` included)."""
    parents = None if a.against == "parent" else {str(a.source)}
    rows = edits.style_rows(a.family, a.variants, parents=parents, corpus=a.corpus, copies=a.copies)
    out = edits.add_style(a.changes, a.family, rows)
    out.attrs = {**a.changes.attrs, "style": True}  # as the frame made with its style rows says
    return out
