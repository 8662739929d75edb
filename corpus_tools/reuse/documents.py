"""Document-level reuse: n-gram scores, shared passages, sources as groups, origin.

All comparisons read the cleaned body of each text (chrome, headline, byline and
dateline left out) as word tokens (:data:`corpus_tools.lexicon.WORD_RE` via
:func:`corpus_tools.text.sentences.word_tokens`) keyed case-, quote-, apostrophe- and dot-
insensitively with British spellings mapped to American ones
(:func:`corpus_tools.text.sentences.match_key`). Every span reported is an offset into the
raw ``text``. Sentence-level reuse is in :mod:`corpus_tools.reuse.alignment`.

Several files can act as one witness: the takes of a wire story (snap, page 1,
page 2, nightlead) share a value in the optional ``group`` column of INDEX.md,
or ``source=`` names several doc_ids (:func:`resolve_source`).

textacy: its ``representations.Vectorizer`` would build the same n-gram counts
as a sparse matrix, but the scores here need sets of n-grams of our own keys
(spelling-mapped) per document and per group, which plain sets give directly.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from itertools import combinations

import pandas as pd

from corpus_tools.errors import check_option
from corpus_tools.io.corpus import UNKNOWN, require_columns
from corpus_tools.reuse.families import FAMILY_CONTAINMENT, FAMILY_SIZE, absorbed
from corpus_tools.reuse.passages import PASSAGE_COLUMNS, longest_chain
from corpus_tools.text.sentences import Token, match_key, word_tokens

__all__ = [
    "SCORE_COLUMNS",
    "document_scores",
    "find_origin",
    "longest_chain",
    "ngrams",
    "origin",
    "resolve_source",
    "shared_passages",
    "source_groups",
    "tile",
    "witness_docs",
]

SCORE_COLUMNS = [
    "doc_id",
    "source_doc_id",
    "n_ngrams",
    "source_n_ngrams",
    "n_shared",
    "jaccard",
    "containment",
]
_WIRE_ROLES = ("wire", "original")


def doc_tokens(corpus: pd.DataFrame) -> dict[str, list[Token]]:
    """Body word tokens of every document."""
    return {str(d): word_tokens(t) for d, t in corpus["text"].items()}


def keys(tokens: list[Token]) -> list[str]:
    """Matching keys of tokens (:func:`corpus_tools.text.sentences.match_key`)."""
    return [match_key(t.norm) for t in tokens]


def ngrams(keys: list[str], n: int) -> set[tuple[str, ...]]:
    """Distinct word n-grams of a key sequence (the whole sequence when shorter than n)."""
    if len(keys) < n:
        return {tuple(keys)} if keys else set()
    return {tuple(keys[i : i + n]) for i in range(len(keys) - n + 1)}


def shared_counts(
    sets: Mapping[str, set], *, family_size: int = FAMILY_SIZE, family_containment: float = FAMILY_CONTAINMENT
) -> dict[tuple[str, str], int]:
    """Distinct items shared by each pair of named sets that share any, through an
    inverted index: pairs that share nothing cost nothing (no loop over all pairs).

    In a family of more than ``family_size`` near-identical sets
    (:data:`corpus_tools.reuse.families.FAMILY_SIZE`), the later members are counted against the
    sets outside the family and its first members only.

    Returns:
        ``{(a, b): shared}`` for ``a`` before ``b`` in the order of ``sets``.
    """
    names = list(sets)
    index: dict[object, list[int]] = defaultdict(list)
    for i, name in enumerate(names):
        for item in sets[name]:
            index[item].append(i)
    late = set()
    if len(names) > family_size:
        late = absorbed(names, sets, index, family_size, family_containment)
    counts: Counter[tuple[int, int]] = Counter()
    for holders in index.values():
        if len(holders) > 1:
            kept = [h for h in holders if h not in late] if late else holders
            counts.update(combinations(kept, 2))
            if len(kept) < len(holders):
                counts.update((min(h, k), max(h, k)) for h in holders if h in late for k in kept)
    return {(names[i], names[j]): n for (i, j), n in counts.items()}


def document_scores(
    corpus: pd.DataFrame, *, ngram_size: int = 3, min_shared: int = 3, min_containment: float = 0.1
) -> pd.DataFrame:
    """Word n-gram overlap between the ordered pairs of documents with real shared evidence.

    Pairs are found through an inverted index of the n-grams, so a corpus of
    many unrelated documents costs what its overlapping pairs cost, not N².
    A pair is listed when it shares at least ``min_shared`` distinct n-grams, or when
    either document's containment in the other reaches ``min_containment``: on an archive
    most pairs share one or two word triples ("the company said", "said it would"; 78% of
    the 3.9 M sharing pairs of 3,000 Reuters stories, issue 28), which is no evidence of
    reuse and would make the table grow with the square of the corpus.

    Args:
        corpus: the corpus frame.
        ngram_size: n of the word n-grams (>= 1; 3 is the usual choice for news
            reuse, Clough et al. 2002).
        min_shared: fewest shared n-grams for a pair to be listed (>= 1; 3 word triples are
            a shared phrase of 5 words; 1 lists every pair sharing anything).
        min_containment: in [0, 1]; a pair sharing fewer n-grams is still listed when a
            containment reaches it (0.1, the reuse graph's ``min_weight``: two short texts).

    Returns:
        One row per ordered pair above the floor (a pair that shares no n-gram scores
        0.0 on both measures and is never listed), in corpus order:
        ``doc_id``, ``source_doc_id``, ``n_ngrams``, ``source_n_ngrams``,
        ``n_shared`` (distinct n-grams in both), ``jaccard`` (shared / union) and
        ``containment`` (share of ``doc_id``'s n-grams found in
        ``source_doc_id``). Scores are in [0, 1], larger = more similar.

    Example:
        >>> s = document_scores(load_corpus("seeds"))
        >>> round(s.query("doc_id == '002' and source_doc_id == '001'").containment.item(), 2)
        0.89
    """
    require_columns(corpus, ["text"], "document_scores")
    if ngram_size < 1:
        raise ValueError(f"ngram_size must be >= 1, got {ngram_size}")
    check_option("document_scores", "min_shared", min_shared, 1, integer=True)
    check_option("document_scores", "min_containment", min_containment)
    grams = {d: ngrams(keys(toks), ngram_size) for d, toks in doc_tokens(corpus).items()}
    order = {d: i for i, d in enumerate(grams)}
    rows = []
    for (a, b), shared in shared_counts(grams).items():
        la, lb = len(grams[a]), len(grams[b])
        if shared < min_shared and shared < min_containment * min(la, lb):
            continue  # no real shared evidence
        jaccard = shared / (la + lb - shared)
        rows.append((a, b, la, lb, shared, jaccard, shared / la))
        rows.append((b, a, lb, la, shared, jaccard, shared / lb))
    rows.sort(key=lambda r: (order[r[0]], order[r[1]]))
    return pd.DataFrame(rows, columns=SCORE_COLUMNS)


# ----------------------------------------------------------------------------- passages


def tile(a: list[str], b: list[str], min_len: int) -> list[tuple[int, int, int]]:
    """Greedy string tiling of two key sequences: THE run finder of this package.

    Finds maximal common runs of at least ``min_len`` keys, longest first, each
    token used by one tile at most; runs are found wherever they are, so text
    moved between versions is tiled too. (The scale engine finds runs from hashed
    n-gram hits instead, because it cannot hold every pair's tokens.)

    Returns:
        ``(i, j, length)`` tiles: ``a[i:i+length] == b[j:j+length]``, sorted by ``i``.

    Example:
        >>> tile("a b c d x y".split(), "x y a b c d".split(), 2)
        [(0, 2, 4), (4, 0, 2)]
    """
    if min_len < 1:
        raise ValueError(f"min_len must be >= 1, got {min_len}")
    starts: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for j in range(len(b) - min_len + 1):
        starts[tuple(b[j : j + min_len])].append(j)
    used_a, used_b = [False] * len(a), [False] * len(b)
    tiles: list[tuple[int, int, int]] = []
    while True:
        matches = []
        for i in range(len(a) - min_len + 1):
            if used_a[i]:
                continue
            for j in starts.get(tuple(a[i : i + min_len]), ()):
                if used_b[j] or (
                    i and j and a[i - 1] == b[j - 1] and not used_a[i - 1] and not used_b[j - 1]
                ):
                    continue  # taken, or not the start of a maximal run
                k = 0
                while (
                    i + k < len(a)
                    and j + k < len(b)
                    and a[i + k] == b[j + k]
                    and not used_a[i + k]
                    and not used_b[j + k]
                ):
                    k += 1
                if k >= min_len:
                    matches.append((k, i, j))
        if not matches:
            break
        for k, i, j in sorted(matches, key=lambda m: (-m[0], m[1], m[2])):
            if any(used_a[i : i + k]) or any(used_b[j : j + k]):
                continue
            used_a[i : i + k] = [True] * k
            used_b[j : j + k] = [True] * k
            tiles.append((i, j, k))
    return sorted(tiles)


def shared_passages(corpus: pd.DataFrame, *, min_tokens: int = 8) -> pd.DataFrame:
    """Maximal passages each pair of documents shares, found by greedy string tiling.

    The pair is not directed: ``source_doc_id`` is the document that comes first
    in corpus order, ``doc_id`` the later one.

    Args:
        corpus: the corpus frame.
        min_tokens: shortest passage reported, in words.

    Returns:
        One row per passage, sorted by pair and ``start``, with the columns of
        :data:`corpus_tools.reuse.passages.PASSAGE_COLUMNS`: ``doc_id``, ``start``, ``end``,
        ``source_doc_id``, ``source_start``, ``source_end`` (raw offsets),
        ``n_tokens``, ``text``, ``source_text`` (the raw passages: they may differ
        in quotes, case, "U.S."/"US" or spelling) and ``reordered`` (the passage
        is out of the order the two texts otherwise share: a moved paragraph).

    Example:
        >>> p = shared_passages(load_corpus("seeds"))
        >>> int(((p.iloc[:, 0] == "002") & (p.iloc[:, 3] == "001")).sum())
        16
    """
    require_columns(corpus, ["text"], "shared_passages")
    toks = doc_tokens(corpus)
    k_of = {d: keys(t) for d, t in toks.items()}
    texts = {str(d): t for d, t in corpus["text"].items()}
    # a passage of min_tokens words is a shared min_tokens-gram: only pairs sharing one are tiled
    # (through the inverted index of shared_counts, not a loop over every pair)
    pairs = shared_counts(
        {d: ngrams(k, min_tokens) if len(k) >= min_tokens else set() for d, k in k_of.items()}
    )
    rows = []
    for src, doc in pairs:
        tiles = tile(k_of[doc], k_of[src], min_tokens)
        ordered = longest_chain(tiles)
        for n, (i, j, k) in enumerate(tiles):
            s, e = toks[doc][i].start, toks[doc][i + k - 1].end
            ss, se = toks[src][j].start, toks[src][j + k - 1].end
            rows.append((doc, s, e, src, ss, se, k, texts[doc][s:e], texts[src][ss:se], n not in ordered))
    order = {d: i for i, d in enumerate(toks)}
    rows.sort(key=lambda r: (order[r[3]], order[r[0]], r[1]))
    return pd.DataFrame(rows, columns=PASSAGE_COLUMNS).astype({"reordered": bool})


# ----------------------------------------------------------------------------- groups


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


# ----------------------------------------------------------------------------- origin


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
    ``wire``/``original`` roles) and the highest ``origin_score`` (sum of the
    others' containment in it minus its containment in them); when every
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
    ranked = sorted(
        pool,
        key=lambda n: (n in has_source, -round(score[n], 9), dates[n] or pd.Timestamp.max.tz_localize("UTC")),
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
