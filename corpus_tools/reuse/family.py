"""A story's family tree: each version's nearest ancestor, not one origin for all.

A wire story is updated through the day, each update rewriting the last one;
papers take a later take; sites republish another site's copy. :func:`family`
gives every document the earlier document that best explains it, its *parent*,
and names the relation:

- ``identical``: the same body text after cleaning (or the same bytes: ``sha256``);
- ``update``: the same outlet, later;
- ``copy``: another outlet, little change (both texts at least ``copy_min``
  covered by the other);
- ``rewrite``: another outlet, more change;
- ``independent``: no parent (the root of a family, or a document sharing no passage).

Candidate parents are the documents sharing a passage with it, found by the
inverted index of hashed word windows (:func:`corpus_tools.reuse.passages.find_passages`),
never every pair. The parent is the candidate with the fewest unexplained
words: the words of the document not in a passage shared with the candidate,
plus :data:`CUT_WEIGHT` per word of the candidate the document leaves out; ties
go to the first of identical copies, then to the fewest passages (a reordered
text breaks into more), then to the latest. Candidates must come earlier: in
``published`` order when the dates differ; otherwise in *text order*: the
documents of one family are ordered along the spanning tree of smallest
differences, walked from a root (see :func:`corpus_tools.reuse.family_order.text_order`): the
witness from which the tree's edges read forward the most, each edge read as a reader reads two
versions (what one adds is foreign, what it cuts was the story's; an update writes a new lead; a copy
spells out the wire's units: :mod:`corpus_tools.reuse.family_lean`), an edge read backward turned.
Without dates the direction is still a guess: benchmarks/README.md gives the figures. A document
that also takes ``merge_min`` words or more, not explained by its parent, from a
second earlier witness names it as ``second_parent_doc_id`` (a paper combining
two takes). Documents of one ``group`` (a wire story's takes) are one witness.
A witness left with no parent that retells an earlier witness of its outlet in
shorter passages (a follow-up, an answer to a bid that repeats the bid) takes it
as parent, an ``update``: :mod:`corpus_tools.reuse.retold` gives the rule; one that retells, up
to a few days later, an earlier witness of its outlet in rewritten sentences takes it too
(:mod:`corpus_tools.reuse.retold_across`; the words of its aligned sentences count as covered), and
one that tells an earlier witness's news again, up to ten days later, in its own words
(:mod:`corpus_tools.reuse.retold_lead`; only its runs of five words or more count as covered), its
lead read more loosely when it tells two of the earlier story's figures again
(:mod:`corpus_tools.reuse.figures_told`) or dates the earlier story's news
(:mod:`corpus_tools.reuse.news_day`), a day the earlier lead names still to come
(:mod:`corpus_tools.reuse.days_to_come`), and the lead's names read where a later sentence opens with
them or writes them a letter apart (:mod:`corpus_tools.reuse.names_told`); a story filed within the
hour that holds most of the earlier lead's names and words needs its one sentence told and no
figure kept (:mod:`corpus_tools.reuse.within_hour`).
Two dated witnesses of one outlet sharing a single weak passage (a name, a stock phrase, a line of
background) while the later one tells none of the earlier one's news again are not parent and
child by it (:mod:`corpus_tools.reuse.weak_link`; nor when the line is the earlier lead's teller
and the later lead tells little of its news, :mod:`corpus_tools.reuse.lead_news`), nor are two
stories of one event filed minutes apart that share a line and no more
(:mod:`corpus_tools.reuse.companion`).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict

import numpy as np
import pandas as pd

from corpus_tools.io.corpus import UNKNOWN, require_columns
from corpus_tools.reuse.companion import companions
from corpus_tools.reuse.documents import _dates, _is_wire, source_groups
from corpus_tools.reuse.family_edge import COPY_COVERAGE, COPY_PASSAGE_WORDS, witness_row  # noqa: F401 (were here)
from corpus_tools.reuse.family_lean import witness_lean
from corpus_tools.reuse.family_order import comes_before, text_order
from corpus_tools.reuse.passages import MIN_TOKENS, find_passages, hashed_tokens
from corpus_tools.reuse.retold import SHORT_TOKENS, retold_parents
from corpus_tools.reuse.retold_across import across_parents, aligned_masks
from corpus_tools.reuse.retold_lead import lead_parents
from corpus_tools.reuse.weak_link import weak_links
from corpus_tools.text.cleaning import clean_text

__all__ = ["FAMILY_COLUMNS", "RELATIONS", "body_text", "family", "family_edges"]

RELATIONS = ("identical", "update", "copy", "rewrite", "independent")

FAMILY_COLUMNS = [
    "doc_id",
    "witness",
    "parent_doc_id",
    "second_parent_doc_id",
    "relation",
    "family_id",
    "n_words",
    "parent_n_words",
    "n_shared_passages",
    "coverage",
    "kept",
    "n_new_words",
    "n_cut_words",
    "n_second_parent_words",
    "direction",
    "outlet",
    "parent_outlet",
    "role",
    "published",
    "parent_published",
    "n_children",
]

_SPACE = re.compile(r"\s+")
#: weight of a word of the parent left out, against 1 for a word of the document not
#: from the parent: a version is mostly explained by where its words come from, and
#: among parents explaining it equally, the one it cut least from is nearer
CUT_WEIGHT = 0.05


def body_text(raw: str) -> str:
    """The cleaned body of a raw text (chrome, headline, byline and dateline left out), one
    paragraph per line, spaces collapsed."""
    c = clean_text(raw)
    parts = []
    for p in c.paragraphs:
        if p.kind != "body":
            continue
        a = (
            max(p.start, c.dateline[1])
            if c.dateline and c.dateline[0] <= p.start < c.dateline[1]
            else p.start
        )
        seg = " ".join(c.text[a : p.end].split())  # hard wraps the cleaning kept, joined
        if seg:
            parts.append(seg)
    return "\n".join(parts)


def _meta(corpus: pd.DataFrame, column: str) -> dict[str, str]:
    if column not in corpus.columns:
        return {}
    return {
        str(d): str(v) for d, v in corpus[column].items() if v is not None and str(v) not in ("", UNKNOWN)
    }


def _coverage(passages: pd.DataFrame, starts: list[np.ndarray]) -> dict[tuple[int, int], np.ndarray]:
    """``{(a, b): which words of a lie inside a passage shared with b}`` for every pair with a passage."""
    spans: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for r in passages.itertuples(index=False):
        spans[(r.doc_key, r.source_doc_key)].append((r.start, r.end))
        spans[(r.source_doc_key, r.doc_key)].append((r.source_start, r.source_end))
    out = {}
    for (a, b), ss in spans.items():
        lo = np.array([s for s, _ in ss])
        hi = np.array([e for _, e in ss])
        st = starts[a]
        inside = ((st[:, None] >= lo[None, :]) & (st[:, None] < hi[None, :])).any(axis=1)
        out[(a, b)] = inside
    return out


def family_edges(
    corpus: pd.DataFrame, *, min_tokens: int = MIN_TOKENS, merge_min: int = 12
) -> tuple[pd.DataFrame, dict[str, tuple[str, ...]]]:
    """One row per witness with its parent and the evidence (see :func:`family`), and the witnesses."""
    groups = source_groups(corpus)
    names = list(groups)
    raw = {str(d): t for d, t in corpus["text"].items()}
    bodies = ["\n".join(body_text(raw[d]) for d in groups[n]) for n in names]
    digests = ["".join(hashlib.sha256(raw[d].encode("utf-8")).hexdigest() for d in groups[n]) for n in names]
    norm = [_SPACE.sub(" ", b).strip() for b in bodies]
    toks = hashed_tokens(bodies)
    starts = [toks.start[toks.doc_first[i] : toks.doc_first[i + 1]] for i in range(len(names))]
    size = [len(s) for s in starts]
    doc_dates = _dates(corpus)
    dates = [min((doc_dates[d] for d in groups[n] if d in doc_dates), default=None) for n in names]
    far = pd.Timestamp.max.tz_localize("UTC")
    same: dict[str, list[int]] = {}  # identical bodies: one copy (the earliest) enters the index
    for i, t in enumerate(norm):
        if t:
            same.setdefault(t, []).append(i)
    first = {t: min(m, key=lambda i: (dates[i] or far, i)) for t, m in same.items()}
    indexed = [b if not norm[i] or first[norm[i]] == i else "" for i, b in enumerate(bodies)]
    wit = pd.DataFrame({"text": indexed}, index=pd.Index(names, name="doc_id"))
    passages = find_passages(wit, min_tokens=min(min_tokens, SHORT_TOKENS))
    key = {n: i for i, n in enumerate(names)}
    passages["doc_key"] = passages["doc_id"].map(key)
    passages["source_doc_key"] = passages["source_doc_id"].map(key)
    short = passages[passages["n_tokens"] < min_tokens]  # only for a retelling (corpus_tools.reuse.retold)
    passages = passages[passages["n_tokens"] >= min_tokens]
    n_passages = passages.groupby(["doc_key", "source_doc_key"]).size().to_dict()
    masks = _coverage(passages, starts)
    cover = {k: int(m.sum()) for k, m in masks.items()}
    for t, members in same.items():  # each other copy: identical to the first, and nothing else
        a = first[t]
        for b in members:
            if b != a:
                cover[(a, b)] = cover[(b, a)] = size[a]
                masks[(a, b)] = masks[(b, a)] = np.ones(size[a], dtype=bool)
    # unexplained words of a when b is its parent: a's words not from b, plus CUT_WEIGHT per word of b cut
    cost = {
        (a, b): (size[a] - w) + CUT_WEIGHT * (size[b] - cover.get((b, a), 0)) for (a, b), w in cover.items()
    }
    pairs = {(a, b): min(cost[(a, b)], cost.get((b, a), np.inf)) for a, b in cost if a < b}
    doc_wire = _is_wire(corpus)
    # a wire witness: marked so, or undated takes of one group (a wire story's takes)
    wire = [
        any(doc_wire.get(d, False) for d in groups[n]) or (len(groups[n]) > 1 and dates[i] is None)
        for i, n in enumerate(names)
    ]
    rank = text_order(len(names), pairs, dates, wire, witness_lean(bodies, toks, masks))
    order = {i: (dates[i] or far, rank[i], i) for i in range(len(names))}
    outlets, roles = _meta(corpus, "outlet"), _meta(corpus, "role")
    w_outlet = [next((outlets[d] for d in groups[n] if d in outlets), None) for n in names]
    neighbours: dict[int, list[int]] = defaultdict(list)
    for a, j in cover:
        neighbours[a].append(j)
    ctx = (names, size, cover, masks, cost, n_passages, norm, digests)
    ctx += (dates, w_outlet, roles, groups, merge_min)
    weak = weak_links(passages, w_outlet, bodies, dates)  # one weak passage: no parent by it
    weak |= companions(cover, size, w_outlet, bodies, dates)  # filed minutes apart (reuse.companion)
    cands = {
        i: [
            j
            for j in neighbours[i]
            if comes_before(order[j], order[i], dates[j], dates[i]) and (min(i, j), max(i, j)) not in weak
        ]
        for i in order
    }
    rows = [witness_row(i, cands[i], locals_=ctx) for i in range(len(names))]
    orphans = {i for i in range(len(names)) if not cands[i]}
    may_precede = lambda j, i: comes_before(order[j], order[i], dates[j], dates[i])  # noqa: E731
    retold = retold_parents(short, orphans, may_precede, w_outlet, bodies, dates)
    across = across_parents(short, orphans - set(retold), may_precede, w_outlet, bodies, dates)
    lead = lead_parents(orphans - set(retold) - set(across), may_precede, w_outlet, bodies, dates)
    for i, j in {**retold, **across, **lead}.items():
        pair = short[(short["doc_key"].isin((i, j))) & (short["source_doc_key"].isin((i, j)))]
        found = _coverage(pair, starts)  # a news told again (lead) may share no run of five words
        new = {k: found.get(k, np.zeros(size[k[0]], dtype=bool)) for k in ((i, j), (j, i))}
        if i in across:  # words of aligned sentences count as covered (corpus_tools.reuse.retold_across)
            aligned = aligned_masks(bodies[j], bodies[i], starts[i], starts[j])
            new = {k: m | aligned[n] for n, (k, m) in enumerate(new.items())}
        for (a, b), m in new.items():
            masks[(a, b)], cover[(a, b)] = m, int(m.sum())
        cost[(i, j)] = (size[i] - cover[(i, j)]) + CUT_WEIGHT * (size[j] - cover[(j, i)])
        n_passages[(i, j)], n_passages[(j, i)] = len(pair), 0
        rows[i] = witness_row(i, [j], locals_=ctx)
    out = pd.DataFrame(
        rows, columns=[c for c in FAMILY_COLUMNS if c not in ("doc_id", "n_children", "family_id")]
    )
    out["order"] = [order[i] for i in range(len(names))]
    return out, groups


def family(
    corpus: pd.DataFrame,
    *,
    min_tokens: int = MIN_TOKENS,
    merge_min: int = 12,
    copies: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The family tree of a story: one row per document with its nearest ancestor.

    Args:
        corpus: the corpus frame (:func:`corpus_tools.load_corpus`); ``published``,
            ``outlet``, ``role`` and ``group`` are read when present.
        min_tokens: shortest shared passage, in words (the unit of
            :func:`corpus_tools.reuse.passages.find_passages` and ``ct.Options.min_tokens``).
        merge_min: words a document must take from a second earlier witness, and
            not from its parent, for that witness to be named a second parent.
        copies: the ``copies`` frame of :func:`corpus_tools.reuse.copies.find_copies`, or
            None. Its near copies then stay out of the tree's search (one story republished a
            thousand times costs one witness, not a million pairs): each is a child of the
            representative it copies, ``update`` from the same outlet, else ``copy``, with
            ``coverage`` and ``kept`` its window containment and the word counts that follow.

    Returns:
        One row per document, in corpus order: ``doc_id``; ``witness`` (its group,
        or itself); ``parent_doc_id`` (the parent witness, None for a root or an
        unrelated document); ``second_parent_doc_id`` (a merge's other parent, or
        None); ``relation`` (one of :data:`RELATIONS`); ``family_id`` (the root
        witness of its tree); ``n_words`` and ``parent_n_words`` (body words);
        ``n_shared_passages`` (passages shared with the parent); ``coverage`` (share
        of the document's words in a passage shared with the parent, in [0, 1]);
        ``kept`` (share of the parent's words the document keeps, in [0, 1]);
        ``n_new_words`` and ``n_cut_words`` (words of the document not from the
        parent, words of the parent left out); ``n_second_parent_words`` (words
        taken from the second parent and not from the first); ``direction``
        (``published`` when dates ordered the pair, ``text`` otherwise);
        ``outlet``, ``parent_outlet``, ``role``, ``published``,
        ``parent_published`` (None when not known); ``n_children``.

    Raises:
        CorpusError: no ``text`` column.

    Example:
        >>> f = family(load_corpus("seeds"))
        >>> f[["doc_id", "parent_doc_id", "relation"]].values.tolist()
        [['000', '001', 'copy'], ['001', None, 'independent'], ['002', '001', 'rewrite']]
    """
    require_columns(corpus, ["text"], "family")
    near = copies[copies["kind"] == "near"] if copies is not None and len(copies) else None
    if near is not None and len(near):
        core = corpus.drop(index=[d for d in near["doc_id"] if d in corpus.index])
        return _with_near_copies(corpus, family(core, min_tokens=min_tokens, merge_min=merge_min), near)
    wit, groups = family_edges(corpus, min_tokens=min_tokens, merge_min=merge_min)
    parent = {w: p for w, p in zip(wit["witness"], wit["parent_doc_id"], strict=True) if isinstance(p, str)}

    def root(n: str) -> str:
        seen = set()
        while parent.get(n) is not None and n not in seen:
            seen.add(n)
            n = parent[n]
        return n

    children = wit["parent_doc_id"].dropna().value_counts().to_dict()
    wit["family_id"] = [root(n) for n in wit["witness"]]
    wit["n_children"] = [int(children.get(n, 0)) for n in wit["witness"]]
    docs = pd.DataFrame(
        [(d, n) for n, members in groups.items() for d in members], columns=["doc_id", "witness"]
    )
    out = docs.merge(wit, on="witness", how="left")
    position = {str(d): i for i, d in enumerate(corpus.index)}
    out = out.sort_values("doc_id", key=lambda s: s.map(position)).reset_index(drop=True)
    obj = [
        "witness",
        "parent_doc_id",
        "second_parent_doc_id",
        "family_id",
        "direction",
        "outlet",
        "parent_outlet",
        "role",
    ]
    out = out.astype(dict.fromkeys(obj, object))
    out[obj] = out[obj].where(out[obj].notna(), None)
    return out[FAMILY_COLUMNS]


def _with_near_copies(corpus: pd.DataFrame, tree: pd.DataFrame, near: pd.DataFrame) -> pd.DataFrame:
    """The tree of the corpus without its near copies, each near copy added as a child of the
    witness of the document it copies (see :func:`family`'s ``copies``)."""
    at = tree.set_index("doc_id")
    outlets, roles, dates = _meta(corpus, "outlet"), _meta(corpus, "role"), _dates(corpus)
    rows = []
    for r in near.itertuples(index=False):
        d, rep = str(r.doc_id), str(r.copy_of)
        parent = at.loc[rep]
        same = outlets.get(d) is not None and outlets.get(d) == parent["outlet"]
        both = dates.get(d) is not None and parent["published"] is not None
        rows.append(
            {
                "doc_id": d,
                "witness": d,
                "parent_doc_id": parent["witness"],
                "second_parent_doc_id": None,
                "relation": "update" if same else "copy",
                "family_id": parent["family_id"],
                "n_words": int(r.n_words),
                "parent_n_words": int(r.copy_of_n_words),
                "n_shared_passages": 1,
                "coverage": round(float(r.containment), 4),
                "kept": round(float(r.containment), 4),
                "n_new_words": round(int(r.n_words) * (1 - float(r.containment))),
                "n_cut_words": round(int(r.copy_of_n_words) * (1 - float(r.containment))),
                "n_second_parent_words": 0,
                "direction": "published" if both else "text",
                "outlet": outlets.get(d),
                "parent_outlet": parent["outlet"],
                "role": roles.get(d),
                "published": dates.get(d),
                "parent_published": parent["published"],
                "n_children": 0,
            }
        )
    added = pd.DataFrame(rows, columns=FAMILY_COLUMNS)
    n_copies = added["parent_doc_id"].value_counts().to_dict()
    tree = tree.copy()
    tree["n_children"] = [
        int(n) + int(n_copies.get(w, 0)) for n, w in zip(tree["n_children"], tree["witness"], strict=True)
    ]
    out = pd.concat([tree, added.astype(tree.dtypes.to_dict(), errors="ignore")], ignore_index=True)
    position = {str(d): i for i, d in enumerate(corpus.index)}
    return out.sort_values("doc_id", key=lambda s: s.map(position)).reset_index(drop=True)[FAMILY_COLUMNS]
