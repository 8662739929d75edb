"""The Dask engine of ``ReuseIndex.build``: one segment written by the workers, its postings bucketed by hash.

``ReuseIndex.build(..., engine="dask")`` writes the same index as the pandas engine (the same
postings, documents and manifest; ``open``, ``match``, ``add`` and ``remove`` read both alike),
laid out for archives no process holds:

1. each input partition ``p`` is read by a worker, which writes its documents as
   ``SEG.docs-PPPPP.parquet`` (keys ``p << 32 | row``: corpus order, no count needed
   beforehand) and emits its distinct ``(hash, key)`` windows with ``bucket = hash % n_buckets``;
2. a shuffle on ``bucket`` (``dask.dataframe.shuffle``) puts every posting of a bucket in
   one partition, whose task writes ``SEG.postings-BBBBB.parquet`` per bucket, sorted by
   hash then key, 2,048 postings per row group, and returns its fences (first and last hash
   of each row group); a shuffle of the ``doc_id`` checks that none appears twice;
3. the driver receives only the fences and the file sizes, writes ``SEG.fences.parquet``
   (``bucket``, ``low``, ``high``) and the manifest entry (``n_buckets``, ``doc_parts``).

A query opens the bucket files of its own hashes only, and in each reads the row groups its
fences allow (:func:`corpus_tools.reuse.index_store.lookup`). The workers write into the
index's staging folder, so on a cluster it must be on a file system every worker sees; the
build is all or nothing as the pandas one (``OutputDir``). ``n_buckets``: about one bucket per
200,000 postings (≈ 1,200 documents of 170 windows) keeps each file's footer near 17 kB, so a
cold query parses little (benchmarks/README.md, #26: 8,192 buckets for 10⁷ documents).
"""

from __future__ import annotations

import contextlib
import operator
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from corpus_tools.errors import CorpusError
from corpus_tools.reuse import index_store as store
from corpus_tools.reuse.distributed import _check_parquet, _read_parquet_part, _read_texts, document_files

try:  # the optional ``dask`` extra
    import dask
    import dask.dataframe as dd
    from dask.distributed import Client, LocalCluster, wait
    from dask.distributed import progress as dask_progress
except ImportError:  # pragma: no cover - exercised where dask is not installed
    dask = dd = None

__all__ = ["build_segment_dask"]

_BITS = 32  # a document key is partition << 32 | row, as in the Dask passage engine
_POSTING_META = {"hash": "uint64", "key": "int64", "bucket": "int64"}


def _index_part(frame: pd.DataFrame, part: int, folder: str, seg: str, window_chars: int, n_buckets: int):
    """One input partition: its documents file written, its postings returned with their bucket."""
    missing = [c for c in ("doc_id", "text") if c not in frame.columns]
    if missing:
        raise CorpusError(f"ReuseIndex.build: partition {part} of the archive has no {missing[0]!r} column.")
    docs = frame.reset_index(drop=True)
    docs["doc_id"] = docs["doc_id"].astype(str)
    first = part << _BITS
    info = {"part": part, "first_key": first, "n": len(docs), "file": None, "size": 0}
    if len(docs):
        docs.insert(0, "key", np.arange(first, first + len(docs), dtype=np.int64))
        name = store.docs_name(seg, part)
        store._write_parquet(
            pa.Table.from_pandas(docs, preserve_index=False), Path(folder) / name, store.DOC_GROUP
        )
        info.update(file=name, size=(Path(folder) / name).stat().st_size)
    h, k = store.window_rows(docs["text"].tolist(), first, window_chars)
    postings = pd.DataFrame({"hash": h, "key": k, "bucket": (h % np.uint64(n_buckets)).astype(np.int64)})
    return info, postings, docs[["doc_id"]].astype(object)


def _repeated(ids: pd.DataFrame) -> list[str]:
    """A ``doc_id`` found twice in one shuffled partition of the ids (every copy of an id is there)."""
    return ids.loc[ids["doc_id"].duplicated(), "doc_id"].head(1).tolist()


def _write_buckets(frame: pd.DataFrame, folder: str, seg: str, n_buckets: int) -> list[dict]:
    """Write each bucket of one shuffled partition (it holds every posting of its buckets)."""
    h, k, b = (frame[c].to_numpy() for c in ("hash", "key", "bucket"))
    order = np.lexsort((k, h, b))
    h, k, b = h[order].astype(np.uint64), k[order].astype(np.int64), b[order]
    cuts = np.flatnonzero(b[1:] != b[:-1]) + 1
    out = []
    for lo, hi in zip(np.r_[0, cuts].tolist(), np.r_[cuts, len(b)].tolist(), strict=True):
        if lo == hi:
            continue
        name = store.postings_name(seg, int(b[lo]), n_buckets)
        table = pa.table({"hash": pa.array(h[lo:hi], pa.uint64()), "key": pa.array(k[lo:hi], pa.int64())})
        store._write_parquet(table, Path(folder) / name, store.POSTING_GROUP)
        starts = np.arange(lo, hi, store.POSTING_GROUP)
        ends = np.minimum(starts + store.POSTING_GROUP, hi) - 1
        size = (Path(folder) / name).stat().st_size
        out.append(
            {
                "bucket": int(b[lo]),
                "file": name,
                "size": size,
                "n": hi - lo,
                "low": h[starts],
                "high": h[ends],
            }
        )
    return out


def _partitions(source, n_partitions: int) -> list:
    """The archive as delayed pandas frames (``doc_id``, ``text``, metadata), read by the workers."""
    if isinstance(source, pd.DataFrame):
        frame = source.rename_axis("doc_id").reset_index()
        bounds = np.linspace(0, len(frame), max(1, min(n_partitions, len(frame))) + 1).astype(int)
        return [dask.delayed(frame.iloc[lo:hi]) for lo, hi in zip(bounds[:-1], bounds[1:], strict=True)]
    kind, files = document_files(source)
    if kind == "parquet":
        _check_parquet(files, source)
        return [dask.delayed(_read_parquet_part)(f) for f in files]
    chunks = [c.tolist() for c in np.array_split(np.array(files), max(1, min(n_partitions, len(files))))]
    return [dask.delayed(_read_texts)(c) for c in chunks]


@contextlib.contextmanager
def _cluster(client):
    """``client``, an address, or a local cluster of 2 worker processes closed afterwards."""
    if client is not None and not isinstance(client, str):
        yield client
        return
    cluster = None
    if client is None:
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    own = Client(cluster if cluster is not None else client)
    try:
        yield own
    finally:
        own.close()
        if cluster is not None:
            cluster.close()


def build_segment_dask(
    source,
    folder: Path,
    seg: str,
    window_chars: int,
    *,
    n_buckets: int = 64,
    client=None,
    n_partitions: int | None = None,
    progress: bool = False,
) -> tuple[dict, int]:
    """Write one bucketed segment of ``source`` into ``folder`` with Dask; returns its manifest entry
    and the next free document key.

    Args:
        source: a corpus frame (index ``doc_id``), a Parquet corpus (file, folder or glob: one
            partition per file) or a folder of ``.txt`` files.
        folder: where the files go (the staging folder of ``ReuseIndex.build``).
        seg: the segment's name.
        window_chars: the index's window size.
        n_buckets: postings files (``hash % n_buckets``).
        client: a ``dask.distributed.Client`` or a scheduler address; default a local cluster
            of 2 worker processes (a script must then run under ``if __name__ == "__main__":``).
        n_partitions: partitions of an in-memory corpus or a text folder (default 2 per worker).
        progress: Dask's progress bar.

    Raises:
        ImportError: without Dask. ValueError: ``n_buckets`` < 1. CorpusError: an unreadable source.
    """
    if dd is None:
        raise ImportError("engine='dask' needs Dask: pip install 'corpus_tools[dask]'")
    if not isinstance(n_buckets, int) or not 1 <= n_buckets <= 99_999:
        raise ValueError(f"n_buckets must be an integer in [1, 99999], got {n_buckets!r}")
    with _cluster(client) as c:
        workers = max(1, len(c.scheduler_info().get("workers", {})))
        parts = _partitions(source, n_partitions or 2 * workers)
        done = [
            dask.delayed(_index_part)(p, i, str(folder), seg, window_chars, n_buckets)
            for i, p in enumerate(parts)
        ]
        infos = [dask.delayed(operator.getitem)(d, 0) for d in done]
        meta = pd.DataFrame({k: pd.Series(dtype=v) for k, v in _POSTING_META.items()})
        postings = dd.from_delayed(
            [dask.delayed(operator.getitem)(d, 1) for d in done], meta=meta, verify_meta=False
        )
        shuffled = postings.shuffle("bucket", npartitions=min(n_buckets, max(len(parts), 2 * workers)))
        writes = [dask.delayed(_write_buckets)(p, str(folder), seg, n_buckets) for p in shuffled.to_delayed()]
        ids = dd.from_delayed(
            [dask.delayed(operator.getitem)(d, 2) for d in done], meta={"doc_id": object}, verify_meta=False
        )
        ids = ids.shuffle("doc_id", npartitions=shuffled.npartitions).to_delayed()
        futures = c.compute([*infos, *writes, *(dask.delayed(_repeated)(p) for p in ids)])
        if progress:
            dask_progress(futures)
        wait(futures)
        results = c.gather(futures)
    n, m = len(infos), len(infos) + len(writes)
    repeated = [d for r in results[m:] for d in r]
    if repeated:
        raise CorpusError(
            f"ReuseIndex.build: doc_id {repeated[0]!r} appears twice in {source}; make doc_ids unique."
        )
    return _entry(folder, seg, n_buckets, results[:n], [b for r in results[n:m] for b in r])


def _entry(folder: Path, seg: str, n_buckets: int, docs: list[dict], buckets: list[dict]) -> tuple[dict, int]:
    """Write the fences file and return the segment's manifest entry and the next free key."""
    docs = [d for d in sorted(docs, key=operator.itemgetter("part")) if d["n"]]
    buckets = sorted(buckets, key=operator.itemgetter("bucket"))
    if len({b["bucket"] for b in buckets}) != len(buckets):
        raise CorpusError(f"{folder}: a hash bucket was written twice; build the index again.")
    n_groups = [len(b["low"]) for b in buckets]
    fences = pa.table(
        {
            "bucket": pa.array(np.repeat([b["bucket"] for b in buckets], n_groups).astype(np.int32)),
            "low": pa.array(
                np.concatenate([b["low"] for b in buckets] or [np.zeros(0, np.uint64)]), pa.uint64()
            ),
            "high": pa.array(
                np.concatenate([b["high"] for b in buckets] or [np.zeros(0, np.uint64)]), pa.uint64()
            ),
        }
    )
    fences_name = f"{seg}.fences.parquet"
    store._write_parquet(fences, Path(folder) / fences_name, 1 << 20)
    files = {d["file"]: d["size"] for d in docs} | {b["file"]: b["size"] for b in buckets}
    files[fences_name] = (Path(folder) / fences_name).stat().st_size
    entry = {
        "name": seg,
        "first_key": docs[0]["first_key"] if docs else 0,
        "n_documents": sum(d["n"] for d in docs),
        "n_postings": sum(b["n"] for b in buckets),
        "n_buckets": n_buckets,
        "doc_parts": [[d["part"], d["first_key"], d["n"]] for d in docs],
        "files": files,
    }
    return entry, ((docs[-1]["part"] + 1) << _BITS) if docs else 0
