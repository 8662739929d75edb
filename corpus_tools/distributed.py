"""The Dask engine of :func:`corpus_tools.scale.find_reuse`: the same three steps as tasks.

1. tokenise and seed each partition of documents (embarrassingly parallel);
2. build the inverted index per hash bucket: every occurrence of a seed lands in
   the bucket of its hash, so document frequencies and occurrence pairs are
   computed bucket by bucket; the per-bucket pair counts are summed to pick the
   candidates (pairs sharing ``min_shared`` seeds);
3. align the candidates per pair bucket against the token arrays, which are
   scattered to the workers once.

Every step computes exactly what the pandas engine computes, so the result is the
same frame. Needs ``pip install "dask[distributed]"`` (the ``dask`` extra).
"""

from __future__ import annotations

import numpy as np
from dask.distributed import Client, LocalCluster

from corpus_tools.scale import Seeds, Tokens, _occurrence_pairs, _runs, candidate_filter, seeds, tokenize

__all__ = ["find_reuse_dask"]


def _tokenize_part(texts: list[str], seed_chars: int) -> tuple[Tokens, Seeds]:
    tokens = tokenize(texts)
    return tokens, seeds(tokens, seed_chars)


def _merge(parts: list[tuple[Tokens, Seeds]], sizes: list[int]) -> tuple[Tokens, Seeds]:
    """Concatenate partition results, shifting document, token and character indices."""
    doc_off = np.cumsum([0, *sizes[:-1]])
    tok_off = np.cumsum([0, *(len(t.hash) for t, _ in parts[:-1])])
    tokens = Tokens(
        doc_start=np.concatenate([t.doc_start for t, _ in parts]),  # local to each part; unused after merge
        tok_doc=np.concatenate([t.tok_doc + o for (t, _), o in zip(parts, doc_off, strict=True)]),
        start=np.concatenate([t.start for t, _ in parts]),
        end=np.concatenate([t.end for t, _ in parts]),
        hash=np.concatenate([t.hash for t, _ in parts]),
        norm_len=np.concatenate([t.norm_len for t, _ in parts]),
        doc_first=np.r_[
            np.concatenate([t.doc_first[:-1] + o for (t, _), o in zip(parts, tok_off, strict=True)]),
            sum(len(t.hash) for t, _ in parts),
        ],
    )
    sd = Seeds(
        hash=np.concatenate([s.hash for _, s in parts]),
        doc=np.concatenate([s.doc + o for (_, s), o in zip(parts, doc_off, strict=True)]),
        first=np.concatenate([s.first + o for (_, s), o in zip(parts, tok_off, strict=True)]),
        last=np.concatenate([s.last + o for (_, s), o in zip(parts, tok_off, strict=True)]),
    )
    return tokens, sd


def _bucket(sd: Seeds, k: int, n: int) -> Seeds:
    sel = (sd.hash % np.uint64(n)) == np.uint64(k)
    return Seeds(sd.hash[sel], sd.doc[sel], sd.first[sel], sd.last[sel])


def _bucket_occurrences(sd: Seeds, k: int, n: int, n_docs: int, max_df: int):
    """Occurrence pairs of one hash bucket, before the min_shared filter (min_shared=1)."""
    return _occurrence_pairs(_bucket(sd, k, n), n_docs, max_df, 1)


def find_reuse_dask(
    texts: list[str],
    *,
    min_chars: int,
    seed_chars: int,
    max_df: int,
    min_shared: int,
    client: Client | None = None,
    n_partitions: int | None = None,
) -> list[tuple]:
    """Rows of :func:`corpus_tools.scale.find_reuse`, computed on a Dask cluster."""
    own = client is None
    cluster = None
    if own:
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or 1)
        parts_n = n_partitions or 2 * workers
        bounds = np.linspace(0, len(texts), parts_n + 1).astype(int)
        chunks = [texts[a:b] for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
        futures = client.map(_tokenize_part, chunks, [seed_chars] * len(chunks), pure=False)
        parts = client.gather(futures)
        tokens, sd = _merge(parts, [len(c) for c in chunks])
        # inverted index, one task per hash bucket
        sd_f = client.scatter(sd, broadcast=True)
        occ_f = [
            client.submit(_bucket_occurrences, sd_f, k, parts_n, len(texts), max_df, pure=False)
            for k in range(parts_n)
        ]
        occs = client.gather(occ_f)
        code, fa, fb, last_a = (np.concatenate([o[i] for o in occs]) for i in range(4))
        # candidates: distinct shared seeds per pair summed over buckets (a seed lives in one bucket)
        # a seed is identified by its hash; rank the hashes to get small integer keys
        seed_hash = sd.hash[np.searchsorted(sd.first, fa)] if len(fa) else np.zeros(0, dtype=np.uint64)
        seed_key = np.searchsorted(np.sort(seed_hash), seed_hash).astype(np.int64)
        keep = candidate_filter(code, seed_key, min_shared)
        code, fa, fb, last_a = code[keep], fa[keep], fb[keep], last_a[keep]
        # alignment, one task per pair bucket
        tokens_f = client.scatter(tokens, broadcast=True)
        sel = [code % parts_n == k for k in range(parts_n)]
        run_f = [
            client.submit(_runs, tokens_f, code[m], fa[m], fb[m], last_a[m], min_chars, pure=False)
            for m in sel
        ]
        return [row for rows in client.gather(run_f) for row in rows]
    finally:
        if own:
            client.close()
            cluster.close()
