"""The files of a stored reuse index (:mod:`corpus_tools.reuse.index`): segments, lookups, transactions.

Kept apart from :class:`corpus_tools.reuse.index.ReuseIndex` so that the class reads as
its API; this module holds the format (see the index module's docstring) and the writer.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from corpus_tools.errors import CorpusError, CorpusWarning
from corpus_tools.io.output import MANIFEST, file_digest, release_lock, take_lock
from corpus_tools.reuse.passages import hashed_tokens, windows

INDEX_FILE = "index.json"
FORMAT = "corpus_tools.reuse_index"
VERSION = 1
DOC_GROUP = 16  # documents per row group of SEG.docs.parquet: a match reads ~16 KB per archived document
POSTING_GROUP = 2048  # postings per row group: a query hash costs one ~25 KB row group read
SOURCE_PASSAGE = {"source_doc_id", "source_start", "source_end", "source_text"}
_KINDS = ("docs", "postings", "fences")
_REBUILD = "build it again with `corpus-tools index build`"


def new_segment_name() -> str:
    """A fresh segment name: files never reuse a name, so a reader's files never change under it."""
    return f"seg-{secrets.token_hex(6)}"


def segment_files(seg: str) -> list[str]:
    return [f"{seg}.{kind}.parquet" for kind in _KINDS]


def new_manifest(options: dict, segments: list[dict], next_key: int) -> dict:
    return {
        "format": FORMAT,
        "version": VERSION,
        "options": options,
        "segments": segments,
        "removed": None,
        "n_removed": 0,
        "next_key": next_key,
    }


def live_files(manifest: dict) -> list[str]:
    """The data files a manifest refers to."""
    names = [n for s in manifest["segments"] for n in s["files"]]
    return names + ([manifest["removed"]] if manifest.get("removed") else [])


def read_manifest(path: Path) -> dict:
    """The manifest of the index at ``path``, after checking every file it names is there, whole.

    Raises:
        CorpusError: one line: not an index, another format, or a missing or truncated file.
    """
    try:
        manifest = json.loads((path / INDEX_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        if path.is_dir() and any(path.glob("*.parquet")):
            raise CorpusError(f"{path}: incomplete index (no {INDEX_FILE}); {_REBUILD}.") from exc
        raise CorpusError(f"{path}: not a reuse index (no {INDEX_FILE}); {_REBUILD}.") from exc
    except (OSError, ValueError) as exc:
        raise CorpusError(f"{path}/{INDEX_FILE}: unreadable ({exc}); {_REBUILD}.") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise CorpusError(f"{path}: {INDEX_FILE} is not a corpus_tools reuse index; {_REBUILD}.")
    if manifest.get("version") != VERSION:
        raise CorpusError(
            f"{path}: index format version {manifest.get('version')}, this is {VERSION}; {_REBUILD}."
        )
    sizes = {n: z for s in manifest["segments"] for n, z in s["files"].items()}
    if manifest.get("removed"):
        sizes[manifest["removed"]] = manifest["removed_size"]
    for name, size in sizes.items():
        try:
            actual = (path / name).stat().st_size
        except OSError:
            actual = None
        if actual != size:
            raise CorpusError(f"{path}: incomplete index ({name} is missing or truncated); {_REBUILD}.")
    return manifest


def read_removed(path: Path, manifest: dict) -> np.ndarray:
    if not manifest.get("removed"):
        return np.zeros(0, dtype=np.int64)
    return pq.read_table(path / manifest["removed"])["key"].to_numpy()


class Segment:
    """One segment's files, opened lazily and kept open (a warm index reads only row groups).

    A segment written in one process (``build``, ``add``) has one docs file and one postings
    file (one bucket). A segment written by the Dask engine (:mod:`corpus_tools.reuse.index_dask`)
    has one docs file per input partition (``doc_parts``: part, first key, documents) and its
    postings split in ``n_buckets`` files by ``hash % n_buckets``; a lookup opens only the
    buckets of its hashes. The fences file lists, per bucket, each row group's first and last hash.
    """

    def __init__(self, folder: Path, entry: dict) -> None:
        self.name, self.first_key = entry["name"], entry["first_key"]
        self.n_documents, self.n_postings = entry["n_documents"], entry["n_postings"]
        self.n_buckets = int(entry.get("n_buckets", 1))
        whole = [[None, self.first_key, self.n_documents]]  # one docs file (build, add)
        self.doc_parts = [tuple(p) for p in entry.get("doc_parts", whole)]
        self.folder = folder
        self._files: dict[str, pq.ParquetFile] = {}
        self._fences: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    def _open(self, name: str) -> pq.ParquetFile:
        if name not in self._files:
            self._files[name] = pq.ParquetFile(self.folder / name)
        return self._files[name]

    def postings_file(self, bucket: int) -> pq.ParquetFile:
        return self._open(postings_name(self.name, bucket, self.n_buckets))

    def docs_file(self, part: int | None) -> pq.ParquetFile:
        return self._open(docs_name(self.name, part))

    def opened(self) -> list[str]:
        """The names of the files this segment has opened so far (a query opens only what it needs)."""
        return sorted(self._files)

    def fences(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Bucket, first and last hash of each posting row group, sorted by bucket then hash."""
        if self._fences is None:
            t = pq.read_table(self.folder / f"{self.name}.fences.parquet")
            low, high = t["low"].to_numpy(), t["high"].to_numpy()
            bucket = t["bucket"].to_numpy() if "bucket" in t.column_names else np.zeros(len(low), np.int64)
            self._fences = bucket.astype(np.int64), low, high
        return self._fences

    def doc_ids(self) -> pd.Series:
        parts = []
        for part, _, _ in self.doc_parts:
            t = self.docs_file(part).read(columns=["key", "doc_id"])
            parts.append(pd.Series(t["doc_id"].to_pylist(), index=t["key"].to_numpy(), dtype=object))
        return pd.concat(parts) if parts else pd.Series(dtype=object)


def docs_name(seg: str, part: int | None) -> str:
    return f"{seg}.docs.parquet" if part is None else f"{seg}.docs-{part:05d}.parquet"


def postings_name(seg: str, bucket: int, n_buckets: int) -> str:
    return f"{seg}.postings.parquet" if n_buckets == 1 else f"{seg}.postings-{bucket:05d}.parquet"


def window_rows(texts: list[str], first_key: int, window_chars: int) -> tuple[np.ndarray, np.ndarray]:
    """Each distinct (window hash, document key) of ``texts``, documents numbered from ``first_key``,
    sorted by hash then key."""
    sd = windows(hashed_tokens(texts), window_chars)
    key = sd.doc.astype(np.int64) + first_key
    order = np.lexsort((key, sd.hash))
    h, k = sd.hash[order], key[order]
    keep = np.r_[True, (h[1:] != h[:-1]) | (k[1:] != k[:-1])] if len(h) else np.zeros(0, dtype=bool)
    return h[keep], k[keep]


def lookup(segments: list[Segment], hashes: np.ndarray, removed: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Postings (hash, key) of the sorted distinct ``hashes``, removed documents left out, sorted by hash.

    Per segment, only the buckets of ``hashes`` are opened, and in each only the row groups
    whose fences may hold one of them are read.
    """
    hs, ks = [np.zeros(0, dtype=np.uint64)], [np.zeros(0, dtype=np.int64)]
    for seg in segments:
        bucket, low, high = seg.fences()
        wanted = (hashes % np.uint64(seg.n_buckets)).astype(np.int64)
        for b in np.unique(wanted).tolist():
            lo_row, hi_row = np.searchsorted(bucket, [b, b + 1])
            if lo_row == hi_row:
                continue  # no posting in this bucket: its file is not there
            h, k = _read_bucket(seg, b, hashes[wanted == b], low[lo_row:hi_row], high[lo_row:hi_row])
            keep = ~np.isin(k, removed) if len(removed) else np.ones(len(k), dtype=bool)
            hs.append(h[keep])
            ks.append(k[keep])
    h, k = np.concatenate(hs), np.concatenate(ks)
    order = np.lexsort((k, h))
    return h[order], k[order]


def _read_bucket(seg: Segment, bucket: int, hashes, low, high) -> tuple[np.ndarray, np.ndarray]:
    """The postings of ``hashes`` (sorted) in one bucket file, from the row groups the fences allow."""
    g_lo = np.searchsorted(high, hashes, side="left")
    g_hi = np.searchsorted(low, hashes, side="right")  # groups [g_lo, g_hi) may hold the hash
    n = np.maximum(g_hi - g_lo, 0)
    groups = np.unique(np.repeat(g_lo, n) + _ramp(n))
    if not len(groups):
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    t = seg.postings_file(bucket).read_row_groups(groups.tolist(), columns=["hash", "key"], use_threads=False)
    h, k = t["hash"].to_numpy(), t["key"].to_numpy()  # sorted by hash: the groups ascend
    lo, hi = np.searchsorted(h, hashes, side="left"), np.searchsorted(h, hashes, side="right")
    rows = np.repeat(lo, hi - lo) + _ramp(hi - lo)
    return h[rows], k[rows]


def _ramp(n: np.ndarray) -> np.ndarray:
    """0..n[0]-1, 0..n[1]-1, ... concatenated."""
    total = int(n.sum())
    starts = np.repeat(np.cumsum(n) - n, n)
    return np.arange(total) - starts


def _counts(sorted_values: np.ndarray, at: np.ndarray) -> np.ndarray:
    return np.searchsorted(sorted_values, at, side="right") - np.searchsorted(sorted_values, at, side="left")


def candidates(new_h, new_k, post_h, post_k, opts) -> tuple[np.ndarray, np.ndarray]:
    """Windows eligible in archive + new texts (2..max_df documents), and the archived keys to align.

    ``new_h``/``new_k``: distinct (hash, new document) sorted by hash; ``post_h``/``post_k``:
    the archive's postings of those hashes, sorted by hash. An archived document is a
    candidate when it shares at least ``min_shared`` distinct eligible windows with one new text,
    exactly the pairs :func:`corpus_tools.reuse.passages.candidate_filter` keeps in a batch run.
    """
    hashes = np.unique(new_h)
    df = _counts(new_h, hashes) + _counts(post_h, hashes)
    eligible = hashes[(df >= 2) & (df <= opts.max_df)]
    rows = np.isin(new_h, eligible)
    nh, nk = new_h[rows], new_k[rows]
    lo, hi = np.searchsorted(post_h, nh, side="left"), np.searchsorted(post_h, nh, side="right")
    n = hi - lo
    key = post_k[np.repeat(lo, n) + _ramp(n)]
    doc = np.repeat(nk, n)
    if not len(key):
        return eligible, np.zeros(0, dtype=np.int64)
    order = np.lexsort((doc, key))  # pairs, not key * n + doc: a Dask-built key is partition << 32 | row
    key, doc = key[order], doc[order]
    first = np.flatnonzero(np.r_[True, (key[1:] != key[:-1]) | (doc[1:] != doc[:-1])])
    shared = np.diff(np.r_[first, len(key)])  # (hash, key) and (hash, doc) are distinct: windows shared
    return eligible, np.unique(key[first][shared >= opts.min_shared])


def fetch_documents(segments: list[Segment], keys: np.ndarray) -> pd.DataFrame:
    """The stored rows (``key``, ``doc_id``, ``text``, metadata) of ``keys``, in key order."""
    keys = np.unique(np.asarray(keys, dtype=np.int64))
    frames = []
    for seg in segments:
        for part, first, n in seg.doc_parts:
            mine = keys[(keys >= first) & (keys < first + n)]
            if not len(mine):
                continue
            rows = mine - first
            groups = np.unique(rows // DOC_GROUP)
            t = seg.docs_file(part).read_row_groups(groups.tolist(), use_threads=False)
            starts = np.searchsorted(groups, rows // DOC_GROUP) * DOC_GROUP  # rows before each group read
            frames.append(t.take(pa.array(starts + rows % DOC_GROUP)).to_pandas())
    if not frames:
        seg = next((s for s in segments if s.doc_parts), None)
        names = seg.docs_file(seg.doc_parts[0][0]).schema_arrow.names if seg else ["key", "doc_id", "text"]
        return pd.DataFrame({c: pd.Series(dtype=object) for c in names})
    return pd.concat(frames, ignore_index=True)


def with_metadata(found: pd.DataFrame, archived: pd.DataFrame) -> pd.DataFrame:
    """``found`` (passage_frame with keys) with the archived metadata as ``source_*``, pairs ranked."""
    meta = [c for c in archived.columns if c not in ("key", "doc_id", "text")]
    src = found.pop("source_doc_key").to_numpy()
    found.pop("doc_key")
    is_arch = src < len(archived)
    for c in meta:
        values = archived[c].to_numpy(dtype=object)
        found[f"source_{c}"] = (
            np.where(is_arch, values[np.minimum(src, max(len(archived) - 1, 0))], None)
            if len(archived)
            else None
        )
    if not len(found):
        return found
    pair_words = found.groupby(["doc_id", "source_doc_id"], sort=False)["n_tokens"].transform("sum")
    doc_order = found["doc_id"].map({d: i for i, d in enumerate(dict.fromkeys(found["doc_id"]))})
    order = np.lexsort((found["start"].to_numpy(), -pair_words.to_numpy(), doc_order.to_numpy()))
    return found.iloc[order].reset_index(drop=True)


def covered_chars(group: pd.DataFrame) -> int:
    """Characters of the new text inside at least one of ``group``'s passages."""
    spans = sorted(zip(group["start"], group["end"], strict=True))
    total, reach = 0, -1
    for s, e in spans:
        s = max(s, reach)
        if e > s:
            total, reach = total + e - s, e
    return total


def _write_parquet(table: pa.Table, path: Path, row_group_size: int) -> None:
    """Write ``table`` to ``path`` (a new file) and flush it to disk.

    A window hash is random: compressing it costs time and saves nothing. Statistics are kept
    for ``key`` only (the fences locate hashes), so the footer a reader parses stays small.
    """
    codecs = {c: "none" if c == "hash" else "zstd" for c in table.column_names}
    stats = [c for c in table.column_names if c == "key"]
    pq.write_table(
        table,
        path,
        row_group_size=row_group_size,
        compression=codecs,
        use_dictionary=False,
        write_statistics=stats or False,
    )
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_segment(folder: Path, seg: str, docs: pa.Table, postings: pa.Table) -> dict:
    """Write one segment's three files into ``folder``; returns its manifest entry."""
    h = postings["hash"].to_numpy()
    starts = np.arange(0, len(h), POSTING_GROUP)
    ends = np.minimum(starts + POSTING_GROUP, len(h)) - 1
    fences = pa.table({"low": pa.array(h[starts], pa.uint64()), "high": pa.array(h[ends], pa.uint64())})
    names = segment_files(seg)
    for name, table, size in zip(
        names, (docs, postings, fences), (DOC_GROUP, POSTING_GROUP, 1 << 20), strict=True
    ):
        _write_parquet(table, folder / name, size)
    keys = docs["key"].to_numpy()
    return {
        "name": seg,
        "first_key": int(keys[0]) if len(keys) else 0,
        "n_documents": len(keys),
        "n_postings": len(h),
        "files": {n: (folder / n).stat().st_size for n in names},
    }


def _replace_json(path: Path, data: dict) -> None:
    """Write JSON beside ``path`` and rename it over ``path`` (atomic on POSIX)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class Writer:
    """The one writer of an index: lock, clean what an interrupted writer left, write, commit.

    Files are written under new names; :meth:`commit` replaces ``.corpus_tools.json`` and
    then ``index.json`` (the commit point). On an error or an interrupt before the commit,
    the files written are deleted and the index is as it was.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.lock_path = self.path.absolute().parent.resolve() / f".{self.path.absolute().name}.lock"
        self.written: list[str] = []
        self._fd: int | None = None
        self.manifest: dict = {}

    def __enter__(self) -> Writer:
        read_manifest(self.path)  # an index is there before the lock file is made
        self._lock()
        try:
            self.manifest = read_manifest(self.path)
            self._clean()
        except BaseException:
            self._release()
            raise
        return self

    def _lock(self) -> None:
        """OutputDir's lock file beside the index, so a build and an add exclude each other."""
        self._fd = take_lock(
            self.lock_path,
            who=self.path,
            what="index",
            advice="wait for it to end.",
            exclusive_without_flock=False,
        )

    def _clean(self) -> None:
        keep = set(live_files(self.manifest)) | {INDEX_FILE, MANIFEST}
        left = [
            p
            for p in self.path.iterdir()
            if p.name not in keep and p.is_file() and (p.name.startswith(("seg-", "removed-", ".")))
        ]
        for p in left:
            p.unlink()
        sync_file_manifest(self.path, self.manifest)
        if left:
            warnings.warn(
                f"{self.path}: removed {len(left)} file(s) left by an interrupted write", CorpusWarning, 3
            )

    def write_segment(self, seg: str, docs: pa.Table, postings: pa.Table) -> dict:
        self.written += segment_files(seg)
        try:
            return write_segment(self.path, seg, docs, postings)
        except OSError as exc:
            raise CorpusError(
                f"{self.path}: the index could not be written ({exc.strerror or exc}); it is left as it was."
            ) from exc

    def write_removed(self, keys: np.ndarray) -> None:
        name = f"removed-{secrets.token_hex(6)}.parquet"
        self.written.append(name)
        try:
            _write_parquet(pa.table({"key": pa.array(keys, pa.int64())}), self.path / name, 1 << 20)
        except OSError as exc:
            raise CorpusError(
                f"{self.path}: the index could not be written ({exc.strerror or exc}); it is left as it was."
            ) from exc
        self.manifest.update(
            removed=name, removed_size=(self.path / name).stat().st_size, n_removed=len(keys)
        )

    def commit(self) -> None:
        """Put the written files in the index: the manifests are replaced, ``index.json`` last."""
        try:
            commit_index(self.path, self.manifest)
            self.written = []
            sync_file_manifest(self.path, self.manifest)
        except OSError as exc:
            raise CorpusError(
                f"{self.path}: the index could not be written ({exc.strerror or exc}); it is left as it was."
            ) from exc

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            for name in self.written:  # not committed: an error or an interrupt
                with contextlib.suppress(OSError):
                    (self.path / name).unlink()
        finally:
            self._release()

    def _release(self) -> None:
        release_lock(self.lock_path, self._fd)
        self._fd = None


def commit_index(path: Path, manifest: dict) -> None:
    """Replace ``index.json``: the one step that makes a write visible."""
    _replace_json(path / INDEX_FILE, manifest)


def sync_file_manifest(path: Path, manifest: dict) -> None:
    """Make ``.corpus_tools.json`` (OutputDir's list of the files this package wrote) list the live files.

    Run after each commit, and by the next writer when a write was interrupted between the two.
    """
    try:
        listed = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
        old = listed["files"]
    except (OSError, ValueError, KeyError):
        listed, old = {"tool": "corpus_tools"}, {}
    files = {}
    for name in [*live_files(manifest), INDEX_FILE]:
        size = (path / name).stat().st_size
        same = name != INDEX_FILE and isinstance(old.get(name), dict) and old[name].get("size") == size
        files[name] = old[name] if same else {"size": size, "sha256": file_digest(path / name)}
    if files != old:
        _replace_json(path / MANIFEST, {**listed, "files": files})
