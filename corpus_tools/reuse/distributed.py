"""``find_reuse`` on corpora bigger than one machine: the Dask engine, and the entry point of both engines.

:func:`find_reuse` is the public function (``ct.find_reuse``). It reads the corpus
(a frame, a Parquet folder or glob, a folder of ``.txt`` files, or a
``dask.dataframe``) and runs one of two engines on the same steps of
:mod:`corpus_tools.reuse.passages`:

* ``engine="pandas"``: :func:`corpus_tools.reuse.passages.find_passages` in this process;
* ``engine="dask"``: the steps as Dask tasks, out of core. No process holds the
  whole corpus, and the driver holds none of it:

  1. each input partition is read and tokenised by a worker and kept there
     (``Part``: ids, texts, tokens); it emits its windows ``(hash, doc, first, last)``
     with positions local to each document and ``doc`` a key
     ``partition << 32 | row`` that keeps corpus order;
  2. a hash shuffle (``dask.dataframe.shuffle`` on ``hash``) puts every occurrence
     of a window in one bucket, where document frequencies and occurrence pairs
     are computed (:func:`corpus_tools.reuse.passages.occurrence_pairs`);
  3. a second shuffle on the *partition pair* of the two documents puts all
     occurrences of a document pair in one partition; the ``min_shared`` filter
     runs there (:func:`corpus_tools.reuse.passages.candidate_filter`);
  4. each partition pair's candidates are aligned by a task that receives only
     the two token partitions they come from (a join of candidates with token
     partitions; :func:`corpus_tools.reuse.passages.runs`, the run finder both engines use);
  5. the passages are gathered and sorted, or written by the workers as Parquet
     (``output=``).

  Every task is a pure function of its inputs, so Dask reruns the tasks of a lost
  worker. The driver collects only the distinct partition pairs (a few thousand
  integers) to build step 4.

Why the dispatch lives here: this module is to the right of :mod:`corpus_tools.reuse.passages`
(it imports scale, scale imports nothing of it), so no cycle is possible and no
import hides in a function. Dask is the optional ``dask`` extra: it is imported at
the top inside ``try``, and without it :func:`find_reuse` runs ``engine="pandas"``
and explains how to install the rest.
"""

from __future__ import annotations

import glob
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from corpus_tools.io.corpus import CorpusError, require_columns
from corpus_tools.io.partitions import check_complete, write_partitions
from corpus_tools.reuse.passages import (
    MIN_TOKENS,
    PASSAGE_COLUMNS,
    Tokens,
    Windows,
    candidate_filter,
    check_sizes,
    find_passages,
    hashed_tokens,
    occurrence_pairs,
    passage_frame,
    runs,
    windows,
)

try:  # the optional ``dask`` extra
    import dask
    import dask.dataframe as dd
    from dask.distributed import Client, LocalCluster, wait
    from dask.distributed import progress as dask_progress
except ImportError:  # pragma: no cover - exercised where dask is not installed
    dask = dd = None

__all__ = ["document_files", "find_reuse", "read_documents", "to_parquet"]

_BITS = 32  # a document key is partition << 32 | row
_MASK = (1 << _BITS) - 1
_WINDOW_META = {"hash": "uint64", "doc": "int64", "first": "int32", "last": "int32"}
_OCC_META = {
    "doc_a": "int64",
    "doc_b": "int64",
    "hash": "uint64",
    "first_a": "int32",
    "first_b": "int32",
    "last_a": "int32",
    "pp": "int64",
}


def document_files(source: str | Path) -> tuple[str, list[str]]:
    """The kind (``"parquet"`` or ``"text"``) and sorted files of a corpus on disk.

    ``source`` is a Parquet file, a folder of Parquet files (``corpus-tools to-parquet``,
    checked whole by :func:`corpus_tools.io.partitions.check_complete`), a glob of Parquet
    files, or a folder of ``.txt`` files (``doc_id`` = file stem).

    Raises:
        CorpusError: nothing readable matches ``source``, or a stored corpus is incomplete.
    """
    p = Path(source)
    if p.is_dir():
        for kind, pattern in (("parquet", "*.parquet"), ("text", "*.txt")):
            files = sorted(str(f) for f in p.glob(pattern))
            if files:
                if kind == "parquet":
                    check_complete(p, files)
                return kind, files
        raise CorpusError(
            f"{p}: no *.parquet or *.txt file inside; write one with `corpus-tools to-parquet`."
        )
    files = sorted(glob.glob(str(source)))
    kinds = {"parquet" if f.endswith(".parquet") else "text" if f.endswith(".txt") else "" for f in files}
    if not files or len(kinds) != 1 or "" in kinds:
        raise CorpusError(f"{source}: matches no .parquet or .txt files (or a mixture); give one kind.")
    return kinds.pop(), files


#: ``ct.to_parquet``: the partitioned Parquet the Dask engine reads worker by worker, all or nothing
to_parquet = write_partitions


def _read_text_file(path: str) -> str:
    """One ``.txt`` file of a text folder, UTF-8; an undecodable file is a CorpusError naming it."""
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(
            f"{path}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it to "
            "UTF-8, or list the folder in an INDEX.md and load it with load_corpus(..., encoding='cp1252')."
        ) from exc


def _read_texts(paths: list[str]) -> pd.DataFrame:
    ids = [Path(f).stem for f in paths]
    return pd.DataFrame({"doc_id": ids, "text": [_read_text_file(f) for f in paths]})


def _parquet_error(path: str, exc: Exception) -> CorpusError:
    return CorpusError(
        f"{path}: not a readable Parquet partition ({type(exc).__name__}: {exc}); "
        "rewrite the corpus with `corpus-tools index`."
    )


def _check_parquet(files: list[str], source) -> None:
    """Every partition's footer is read and its schema holds ``doc_id`` and ``text``."""
    for f in files:
        try:
            names = set(pq.read_schema(f).names)
        except (pa.ArrowException, OSError) as exc:
            raise _parquet_error(f, exc) from exc
        missing = [c for c in ("doc_id", "text") if c not in names]
        if missing:
            raise CorpusError(
                f"{f}: the stored corpus has no {missing[0]!r} column (columns: {sorted(names)}); "
                f"write {source} with to_parquet() or `corpus-tools index`."
            )


def _read_parquet_part(path: str, columns: list[str] | None = None) -> pd.DataFrame:
    """One Parquet partition; a corrupt one is a CorpusError naming it."""
    try:
        return pd.read_parquet(path, columns=columns)
    except (pa.ArrowException, OSError) as exc:
        raise _parquet_error(path, exc) from exc


def read_documents(source: str | Path) -> pd.DataFrame:
    """A corpus written by :func:`to_parquet` (or a ``.txt`` folder) in one frame.

    Returns:
        The frame indexed by ``doc_id``, with ``text`` and the stored columns.
    """
    kind, files = document_files(source)
    if kind == "text":
        frame = _read_texts(files)
    else:
        _check_parquet(files, source)
        frame = pd.concat([_read_parquet_part(f) for f in files], ignore_index=True)
    missing = [c for c in ("doc_id", "text") if c not in frame.columns]
    if missing:
        raise CorpusError(
            f"{source}: the stored corpus has no {missing[0]!r} column; write it with to_parquet()."
        )
    return frame.set_index("doc_id")


@dataclass
class Part:
    """One input partition, tokenised and kept on a worker: its number, ids, texts and tokens."""

    index: int
    ids: list[str]
    texts: list[str]
    tokens: Tokens


def _tokenize_part(frame: pd.DataFrame, index: int) -> Part:
    t = hashed_tokens(frame["text"].tolist())
    small = Tokens(
        *(x.astype(np.int32) for x in (t.tok_doc, t.start, t.end)), t.hash, t.norm_len, t.doc_first
    )
    return Part(index, frame["doc_id"].astype(str).tolist(), frame["text"].tolist(), small)


def _window_frame(part: Part, window_chars: int) -> pd.DataFrame:
    sd = windows(part.tokens, window_chars)
    base = part.tokens.doc_first[sd.doc]
    return pd.DataFrame(
        {
            "hash": sd.hash,
            "doc": (np.int64(part.index) << _BITS) + sd.doc.astype(np.int64),
            "first": (sd.first - base).astype(np.int32),
            "last": (sd.last - base).astype(np.int32),
        }
    )


def _bucket_pairs(frame: pd.DataFrame, max_df: int) -> pd.DataFrame:
    """Occurrence pairs of one hash bucket (every occurrence of its windows is here)."""
    sd = Windows(*(frame[c].to_numpy() for c in ("hash", "doc", "first", "last")))
    occ = occurrence_pairs(sd, max_df)
    occ["pp"] = ((occ["doc_a"] >> _BITS) << _BITS) | (occ["doc_b"] >> _BITS)
    return pd.DataFrame(occ).astype(_OCC_META)


def _distinct_pp(frame: pd.DataFrame) -> np.ndarray:
    return np.unique(frame["pp"].to_numpy())


def _split(frame: pd.DataFrame) -> dict[int, pd.DataFrame]:
    return {int(k): g for k, g in frame.groupby("pp", sort=False)}


def _subset(tokens: Tokens, docs: np.ndarray) -> Tokens:
    """The tokens of documents ``docs`` (sorted indices) only, renumbered 0..len(docs)-1."""
    lo, lens = tokens.doc_first[docs], tokens.doc_first[docs + 1] - tokens.doc_first[docs]
    first = np.r_[0, np.cumsum(lens)].astype(np.int64)
    idx = np.repeat(lo - first[:-1], lens) + np.arange(first[-1])
    doc = np.repeat(np.arange(len(docs)), lens)
    return Tokens(doc, tokens.start[idx], tokens.end[idx], tokens.hash[idx], tokens.norm_len[idx], first)


def _align(occ: pd.DataFrame, part_a: Part, part_b: Part, min_tokens: int, min_shared: int) -> pd.DataFrame:
    """Passages of the candidate pairs between two partitions (``part_a`` first in corpus order).

    Only the documents of the candidates are gathered, so the work is that of the
    pairs, not of the two partitions.
    """
    parts = [part_a] if part_a.index == part_b.index else [part_a, part_b]
    ka, kb = occ["doc_a"].to_numpy(), occ["doc_b"].to_numpy()
    keys = np.sort(np.r_[ka, kb])
    keys = keys[np.r_[True, keys[1:] != keys[:-1]]] if len(keys) else keys  # corpus order
    pieces, ids, texts = [], [], []
    for p in parts:
        rows = keys[(keys >> _BITS) == p.index] & _MASK
        pieces.append(_subset(p.tokens, rows))
        ids += [p.ids[r] for r in rows.tolist()]
        texts += [p.texts[r] for r in rows.tolist()]
    tokens = pieces[0]
    if len(pieces) == 2:
        ta, tb = pieces
        tokens = Tokens(
            np.r_[ta.tok_doc, tb.tok_doc + len(ta.doc_first) - 1],
            *(np.r_[getattr(ta, f), getattr(tb, f)] for f in ("start", "end", "hash", "norm_len")),
            np.r_[ta.doc_first[:-1], tb.doc_first + len(ta.hash)],
        )
    a, b = np.searchsorted(keys, ka), np.searchsorted(keys, kb)
    code = a * len(keys) + b
    keep = candidate_filter(code, occ["hash"].to_numpy(), min_shared)
    fa = tokens.doc_first[a] + occ["first_a"].to_numpy()
    fb = tokens.doc_first[b] + occ["first_b"].to_numpy()
    la = tokens.doc_first[a] + occ["last_a"].to_numpy()
    found = runs(tokens, code[keep], fa[keep], fb[keep], la[keep], min_tokens)
    found["doc_a"], found["doc_b"] = keys[found["doc_a"]], keys[found["doc_b"]]
    by_key = keys.tolist()
    return passage_frame(
        found, dict(zip(by_key, ids, strict=True)), dict(zip(by_key, texts, strict=True)), keys=True
    )


def _sorted(frames: list[pd.DataFrame]) -> pd.DataFrame:
    out = pd.concat(frames, ignore_index=True) if frames else _empty()
    order = ["source_doc_key", "doc_key", "source_start", "start"]
    return out.sort_values(order, kind="stable", ignore_index=True)


def _empty() -> pd.DataFrame:
    names = ("doc_a", "start_a", "end_a", "doc_b", "start_b", "end_b", "n_tokens", "reordered")
    found = {k: np.zeros(0, dtype=bool if k == "reordered" else np.int64) for k in names}
    return passage_frame(found, [], [], keys=True)


def _documents(source, n_partitions: int) -> dd.DataFrame:
    """The corpus as a ``dask.dataframe`` of ``doc_id``, ``text``, read by the workers."""
    if isinstance(source, pd.DataFrame):
        require_columns(source, ["text"], "find_reuse")
        frame = pd.DataFrame({"doc_id": [str(d) for d in source.index], "text": source["text"].to_numpy()})
        return dd.from_pandas(frame, npartitions=max(1, min(n_partitions, len(frame))), sort=False)
    if isinstance(source, dd.DataFrame):
        if "doc_id" not in source.columns:
            source = source.reset_index()
        missing = {"doc_id", "text"} - set(source.columns)
        if missing:
            raise CorpusError(f"find_reuse: the dask.dataframe has no {sorted(missing)[0]!r} column.")
        return source[["doc_id", "text"]]
    if isinstance(source, str) and "://" in source:
        return dd.read_parquet(source, columns=["doc_id", "text"])
    kind, files = document_files(source)
    if kind == "parquet":  # each partition read by a worker; errors name the file
        _check_parquet(files, source)
        meta = pd.DataFrame({"doc_id": [], "text": []}, dtype=object)
        return dd.from_map(_read_parquet_part, files, columns=["doc_id", "text"], meta=meta)
    chunks = [c.tolist() for c in np.array_split(np.array(files), max(1, min(n_partitions, len(files))))]
    return dd.from_map(_read_texts, chunks, meta=pd.DataFrame({"doc_id": [], "text": []}, dtype=object))


def _run_dask(docs, client, *, min_tokens, window_chars, max_df, min_shared, n_buckets, output, progress):
    parts = [dask.delayed(_tokenize_part)(p, i) for i, p in enumerate(docs.to_delayed())]
    parts = client.persist(parts)
    meta = pd.DataFrame({k: pd.Series(dtype=v) for k, v in _WINDOW_META.items()})
    sd = dd.from_delayed(
        [dask.delayed(_window_frame)(p, window_chars) for p in parts], meta=meta, verify_meta=False
    )
    occ_meta = pd.DataFrame({k: pd.Series(dtype=v) for k, v in _OCC_META.items()})
    occ = sd.shuffle("hash", npartitions=n_buckets).map_partitions(_bucket_pairs, max_df, meta=occ_meta)
    occ = client.persist(occ.shuffle("pp", npartitions=n_buckets))
    occ_parts = occ.to_delayed()
    pp_lists = client.gather(client.compute([dask.delayed(_distinct_pp)(p) for p in occ_parts]))
    outs = []
    for q, pps in enumerate(pp_lists):
        if not len(pps):
            continue
        split = dask.delayed(_split)(occ_parts[q])
        frames = [
            dask.delayed(_align)(
                split[int(pp)], parts[pp >> _BITS], parts[pp & _MASK], min_tokens, min_shared
            )
            for pp in pps.tolist()
        ]
        outs.append(dask.delayed(_sorted)(frames))
    if output is not None:
        found = dd.from_delayed(outs or [dask.delayed(_empty)()], meta=_empty(), verify_meta=False)
        written = client.compute(
            found[PASSAGE_COLUMNS].to_parquet(str(output), write_index=False, compute=False)
        )
        if progress:
            dask_progress(written)
        wait(written)
        written.result()
        return None
    futures = client.compute(outs)
    if progress:
        dask_progress(futures)
    return _sorted(client.gather(futures))[PASSAGE_COLUMNS]


def _run_pandas(source, sizes: dict, output, progress: bool) -> pd.DataFrame | None:
    """The pandas engine: the corpus read in this process, its passages returned or written to ``output``."""
    if dd is not None and isinstance(source, dd.DataFrame):
        source = source.compute().set_index("doc_id")
    corpus = source if isinstance(source, pd.DataFrame) else read_documents(source)
    found = find_passages(corpus, **sizes, progress=progress)
    if output is None:
        return found
    Path(output).mkdir(parents=True, exist_ok=True)
    found.to_parquet(Path(output) / "part-00000.parquet", index=False)
    return None


def find_reuse(
    source,
    *,
    engine: str = "pandas",
    min_tokens: int = MIN_TOKENS,
    window_chars: int = 25,
    max_df: int = 1000,
    min_shared: int = 2,
    client=None,
    n_partitions: int | None = None,
    output: str | Path | None = None,
    progress: bool = False,
) -> pd.DataFrame | None:
    """Every document pair that shares a passage of at least ``min_tokens`` words: ``ct.find_reuse``.

    One function, two engines computing the same frame: ``"pandas"`` in this process,
    ``"dask"`` out of core on a cluster.

    Args:
        source: the corpus: a corpus frame (index ``doc_id``, column ``text``), a Parquet
            file, folder or glob (``ct.to_parquet``, ``corpus-tools index``), a folder of
            ``.txt`` files, or a ``dask.dataframe`` with ``doc_id`` and ``text``. The Dask
            engine reads paths on the workers, partition by partition.
        engine: ``"pandas"`` (one process, :func:`corpus_tools.reuse.passages.find_passages`) or
            ``"dask"`` (out of core, on ``client``); the result is the same frame.
        min_tokens: shortest passage reported, in words, the unit of ``ct.Options.min_tokens``
            (default 8; passim's floor is 50 characters: benchmarks/README.md, section #26).
        window_chars, max_df, min_shared: the index's settings, as in
            :func:`corpus_tools.reuse.passages.find_passages`.
        client: for ``engine="dask"``, a ``dask.distributed.Client`` or a scheduler address;
            default: a local cluster of 2 worker processes, closed afterwards.
        n_partitions: Dask partitions of an in-memory corpus or text folder, and hash buckets of
            the shuffles (default: the input's partitions, at least 2 per worker).
        output: a folder to write the passages to as partitioned Parquet (by the workers for
            ``engine="dask"``) instead of returning them; the files are sorted within, not across.
        progress: progress bars on stderr (Dask's for ``engine="dask"``).

    Returns:
        The passage frame of :func:`corpus_tools.reuse.passages.find_passages` (columns
        ``doc_id, start, end, source_doc_id, source_start, source_end, n_tokens, text,
        source_text, reordered``; undirected: ``source_doc_id`` is first in corpus
        order), or None when ``output`` is given.

    Raises:
        ValueError: an unknown engine or a non-positive size. ImportError: ``engine="dask"``
        without Dask. CorpusError: an unreadable ``source``.
    """
    if engine not in ("pandas", "dask"):
        raise ValueError(f"engine must be 'pandas' or 'dask', got {engine!r}")
    sizes = {
        "min_tokens": min_tokens,
        "window_chars": window_chars,
        "max_df": max_df,
        "min_shared": min_shared,
    }
    check_sizes(**sizes)
    if engine == "pandas":
        return _run_pandas(source, sizes, output, progress)
    if dd is None:
        raise ImportError("engine='dask' needs Dask: pip install 'corpus_tools[dask]'")
    own = client is None
    if own:
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    elif isinstance(client, str):
        own, cluster, client = True, None, Client(client)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        docs = _documents(source, n_partitions or 2 * workers)
        buckets = n_partitions or max(docs.npartitions, 2 * workers)
        return _run_dask(docs, client, **sizes, n_buckets=buckets, output=output, progress=progress)
    finally:
        if own:
            client.close()
            if cluster is not None:
                cluster.close()
