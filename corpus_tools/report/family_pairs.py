"""Each version beside its parent (the pair views the family tree's edges open) and one
paragraph per edge, facts first: the parts of :mod:`corpus_tools.report.family_view` about
one edge."""

from __future__ import annotations

import html

import pandas as pd

from corpus_tools.report.views import alignment_html
from corpus_tools.reuse.passages import MIN_TOKENS
from corpus_tools.variants.changes import edge_summary, pair_sentences

__all__ = ["edge_findings", "pair_view_html"]

_COLOURS = {
    "same": "#ffffff",
    "edit": "#fff3bf",
    "moved": "#dbe9f6",
    "addition": "#d8f3dc",
    "deletion": "#fde2e1",
}


def _e(text) -> str:
    return html.escape(str(text))


def _witnesses(fam: pd.DataFrame) -> pd.DataFrame:
    w = fam.drop_duplicates("witness").reset_index(drop=True)
    return w.assign(outlet=w["outlet"].map(lambda o: o if isinstance(o, str) and o else "unknown outlet"))


def _by_edge(changes_frame: pd.DataFrame) -> tuple[dict, pd.DataFrame]:
    """The rows of each edge, ``{(doc_id, parent_doc_id): rows}``, and an empty frame for the others."""
    groups = {k: g for k, g in changes_frame.groupby(["doc_id", "parent_doc_id"], sort=False)}
    return groups, changes_frame.iloc[0:0]


def _anchor(doc: str, parent: str) -> str:
    return "pair-" + "".join(ch if ch.isalnum() else "_" for ch in f"{doc}-{parent}")


def _full_view(corpus: pd.DataFrame, doc_id: str, parent: str, docs: list[str], frames: dict | None) -> str:
    """The report's side-by-side view (:func:`corpus_tools.report.views.alignment_html`) of
    ``doc_id`` against ``parent`` (files ``docs``), from frames run against the parent; "" when
    they hold no row of the pair."""
    if not frames or frames.get("alignment") is None or frames.get("coverage") is None:
        return ""
    if doc_id not in set(map(str, corpus.index)):
        return ""  # a group of takes: the light view

    def pair(frame):
        if frame is None or not {"doc_id", "source_doc_id"} <= set(frame.columns):
            return frame
        return frame[(frame["doc_id"].astype(str) == doc_id) & frame["source_doc_id"].astype(str).isin(docs)]

    al = pair(frames["alignment"])
    if not len(al):
        return ""
    return alignment_html(
        corpus,
        doc_id=doc_id,
        source=parent,
        alignment=al,
        coverage=pair(frames["coverage"]),
        variants=pair(frames.get("variants")),
        derivation=frames.get("derivation"),
        view_id=_anchor(doc_id, parent) + "-view",
    )


def pair_view_html(
    corpus: pd.DataFrame,
    doc_id: str,
    parent: str,
    changes_frame: pd.DataFrame,
    *,
    frames: dict[str, pd.DataFrame] | None = None,
    view_link: str | None = None,
) -> str:
    """A version beside its parent: what changed in substance first, then the two texts side by
    side: the report's full view (sentences linked to their source sentences, word variants
    marked) when ``frames`` hold the alignment and coverage run against the parent
    (:func:`corpus_tools.analysis.parent_frames`), else the sentences paired here, coloured by
    NewsEdits' kinds (edit yellow, moved blue, addition green, deletion red). ``view_link``: the
    id of that view already on the page (the parent is the source): linked, not repeated."""
    texts = {str(d): t for d, t in corpus["text"].items()}

    def members(n):
        return [d for d in texts if d == n] or (
            corpus.index[corpus["group"].astype(str) == n].astype(str).tolist() if "group" in corpus else []
        )

    text = "\n\n".join(texts[d] for d in members(doc_id))
    ptext = "\n\n".join(texts[d] for d in members(parent))
    edge = changes_frame[(changes_frame["doc_id"] == doc_id) & (changes_frame["parent_doc_id"] == parent)]
    items = []
    for r in edge[edge["section"].isin(["fact", "quote", "headline", "style"])].head(40).itertuples():
        what = f"{r.before} → {r.after}" if r.before and r.after else (r.after or r.before)
        items.append(f"<li><b>{_e(r.section)}</b> {_e(r.kind)} {_e(r.change)}: {_e(what[:200])}</li>")
    head = (
        f'<section class="ct-pair" id="{_anchor(doc_id, parent)}">'
        f"<h3>{_e(doc_id)} beside its parent {_e(parent)}"
        f" — {_e(edge_summary(edge))}</h3><ul>{''.join(items)}</ul>"
    )
    if view_link:
        return (
            head + f"<p class='ct-note'>Its parent is the source: the two side by side are "
            f'<a href="#{_e(view_link)}">{_e(doc_id)} beside {_e(parent)}</a>.</p></section>'
        )
    full = _full_view(corpus, doc_id, parent, members(parent), frames)
    if full:
        return head + full + "</section>"
    rows = "".join(
        f'<tr style="background:{_COLOURS[k]}"><td>{_e(k)}</td><td>{_e(a)}</td><td>{_e(b)}</td></tr>'
        for k, a, b in pair_sentences(text, ptext).itertuples(index=False)
    )
    return (
        head + "<details><summary>Sentences side by side</summary>"
        "<table class='ct-table-plain'><thead><tr><th>kind</th>"
        f"<th>parent {_e(parent)}</th><th>version {_e(doc_id)}</th></tr></thead><tbody>{rows}</tbody></table>"
        "</details></section>"
    )


def _minutes(a, b) -> str:
    if a is None or b is None or pd.isna(a) or pd.isna(b):
        return ""
    m = (pd.Timestamp(a) - pd.Timestamp(b)).total_seconds() / 60
    return (
        f", {m:.0f} minutes later"
        if m < 120
        else f", {m / 60:.0f} hours later"
        if m < 48 * 60
        else f", {m / 1440:.0f} days later"
    )


def _quote_line(q: pd.DataFrame, limit: int = 4) -> str:
    """The quotes of an edge in words: speakers cut, re-attributed, relabelled (the speaker
    survival's rows, by name), then statements counted by change."""
    parts = []
    for change, verb, join in (
        ("cut", "cut", ""),
        ("re-attributed", "re-attributed", " to "),
        ("relabelled", "relabelled", " as "),
    ):
        rows = q[(q["kind"] == "speaker") & (q["change"] == change)]
        if len(rows):
            names = [
                f"{b}{join}{a}" if join else b for b, a in zip(rows["before"], rows["after"], strict=True)
            ]
            more = f" and {len(names) - limit} more" if len(names) > limit else ""
            who = "speaker" if len(names) == 1 else "speakers"
            parts.append(f"{len(names)} {who} {verb} ({'; '.join(names[:limit])}{more})")
    n = q[q["kind"] == "statement"]["change"].value_counts()
    parts += [f"{k} statement{'s' if k > 1 else ''} {c}" for c, k in n.items()]
    return ", ".join(parts)


def _taken(r) -> str:
    """What an edge takes from its parent, in words: the share of words in shared passages; for a
    later story joined only by short runs (:mod:`corpus_tools.reuse.retold`,
    :mod:`corpus_tools.reuse.retold_lead`: no passage of ``min_tokens`` words), the news told again
    in its own words ("copy" or "takes 6% of its words" would misread it)."""
    p, n = r.parent_doc_id, int(r.n_shared_passages)
    if r.relation == "update" and (n == 0 or r.coverage * r.n_words / n < MIN_TOKENS):
        runs = f"{n} short {'run' if n == 1 else 'runs'} of words the same: {r.coverage:.0%} of its words"
        return f"it tells {p}'s news again in its own words ({runs if n else 'no run of five words alike'})."
    return f"it takes {r.coverage:.0%} of its words from {p} and keeps {r.kept:.0%} of {p}."


def edge_findings(
    family_frame: pd.DataFrame, changes_frame: pd.DataFrame, *, limit: int | None = None
) -> dict[str, str]:
    """One plain-language paragraph per edge of the tree, facts first, style last in one line.

    Args:
        family_frame, changes_frame: the frames of :func:`corpus_tools.family` and
            :func:`corpus_tools.changes`.
        limit: at most this many paragraphs (the first witnesses), None for all.

    Returns:
        ``{doc_id: paragraph}`` for every witness with a parent, in corpus order.

    Example:
        >>> c = load_corpus("seeds"); f = family(c)
        >>> edge_findings(f, changes(c, family_frame=f))["002"][:60]
        '002 is a rewrite of 001: it takes 95% of its words from 001 '
    """
    out = {}
    by_edge, empty = _by_edge(changes_frame)
    for r in _witnesses(family_frame).itertuples(index=False):
        if r.parent_doc_id is None:
            continue
        if limit is not None and len(out) >= limit:
            break
        edge = by_edge.get((r.witness, r.parent_doc_id), empty)
        kind = "identical copy" if r.relation == "identical" else r.relation
        head = f"{r.witness} is {'an' if kind[0] in 'aeiou' else 'a'} {kind} of {r.parent_doc_id}"
        if r.relation == "identical":
            out[r.witness] = (
                f"{head}: the same text after cleaning{_minutes(r.published, r.parent_published)}."
            )
            continue
        parts = [f"{head}{_minutes(r.published, r.parent_published)}: {_taken(r)}"]
        if r.second_parent_doc_id is not None:
            parts.append(
                f"It also takes {r.n_second_parent_words} words from {r.second_parent_doc_id} (a merge)."
            )
        f = edge[edge["section"] == "fact"]
        facts = [f"{x.before} became {x.after}" for x in f[f["change"] == "changed"].itertuples()]
        facts += (
            [f"cut {', '.join(f[f['change'] == 'cut']['before'].head(8))}"]
            if (f["change"] == "cut").any()
            else []
        )
        facts += (
            [f"added {', '.join(f[f['change'] == 'added']['after'].head(8))}"]
            if (f["change"] == "added").any()
            else []
        )
        parts.append("Facts: " + "; ".join(facts) + "." if facts else "No fact changed.")
        quotes = _quote_line(edge[edge["section"] == "quote"])
        if quotes:
            parts.append(f"Quotes: {quotes}.")
        c = edge[edge["section"] == "claim"]["kind"].value_counts()
        if len(c):
            parts.append("Sentences (NewsEdits kinds): " + ", ".join(f"{n} {k}" for k, n in c.items()) + ".")
        h = edge[edge["section"] == "headline"]
        if len(h):
            parts.append(f"Headline: “{h.before.iloc[0]}” became “{h.after.iloc[0]}”.")
        st = edge[edge["section"] == "style"]
        if len(st):
            parts.append(f"Style: {st.after.iloc[0]}.")
        out[r.witness] = " ".join(parts)
    return out
