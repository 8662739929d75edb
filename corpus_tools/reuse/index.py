"""A stored reuse index: an archive on disk that answers, for new texts, what they share with it.

``ct.ReuseIndex`` keeps the passage engine's inverted index of hashed word windows
(:mod:`corpus_tools.reuse.passages`) on disk, so new texts are compared with an archive
without recomputing it. An index is a folder of Parquet files any tool reads:

- ``index.json``: the manifest (format, options, segments, removed documents); the one
  file a write replaces, atomically, to commit;
- per *segment* (the archive at ``build``, then one per ``add``), ``SEG.docs.parquet``
  (``key``, ``doc_id``, ``text`` and the metadata columns, 16 documents per row group),
  ``SEG.postings.parquet`` (``hash``, ``key``: each distinct window of each document, sorted
  by hash, 2,048 rows per row group) and ``SEG.fences.parquet`` (first and last hash of
  each posting row group, so a query reads only the row groups of its own hashes);
- a segment built by the Dask engine (``build(..., engine="dask")``,
  :mod:`corpus_tools.reuse.index_dask`) has one ``SEG.docs-PPPPP.parquet`` per input partition
  and its postings in ``SEG.postings-BBBBB.parquet``, one file per bucket ``hash % n_buckets``
  (``SEG.fences.parquet`` then has a ``bucket`` column): a query opens only its buckets;
- ``removed-*.parquet``: the keys of removed documents;
- ``.corpus_tools.json``: the manifest of :class:`corpus_tools.io.output.OutputDir`.

**Exact against batch.** ``match`` computes, for the new texts, exactly what
:func:`corpus_tools.find_reuse` computes on archive + new texts for the pairs that involve a
new text: a window's document frequency is the archive's (from the postings) plus the new
texts', the archived documents sharing ``min_shared`` eligible windows with a new text are
re-tokenised from their stored text, and the same functions (``occurrence_pairs``,
``candidate_filter``, ``runs``) find the passages. Archived documents come first in corpus
order (``source_doc_id`` is the archived one).

**Writes are transactions.** ``build`` writes a whole folder through ``OutputDir``
(staged, swapped in). ``add`` and ``remove`` write new files under new names, then
replace ``index.json``: an interrupted write (Ctrl-C, a kill, a full disk) leaves the
index as it was, and the next writer deletes the files it left. A writer holds the lock
``.IDX.lock`` beside the folder; a second writer is refused in one line. Readers take no
lock: files named in a committed manifest are never changed.
"""

from __future__ import annotations

import importlib
import json
import sys
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
from tqdm import tqdm

from corpus_tools.errors import CorpusError, check_option
from corpus_tools.io.corpus import from_records, load_corpus, require_columns
from corpus_tools.io.index_md import DERIVED_COLUMNS
from corpus_tools.io.output import MANIFEST, OutputDir, file_digest
from corpus_tools.io.partitions import read_stored
from corpus_tools.reuse import index_store as store
from corpus_tools.reuse.passages import (
    MIN_TOKENS,
    candidate_filter,
    hashed_tokens,
    occurrence_pairs,
    passage_frame,
    runs,
    windows,
)

__all__ = ["IndexOptions", "ReuseIndex", "rank_matches"]

CHUNK = 5_000  # documents tokenised at a time by build and add


@dataclass(frozen=True)
class IndexOptions:
    """The settings of a stored index, stored in it and checked.

    Args:
        window_chars: normalised characters a window covers; fixed when the index is built
            (the postings are its windows): a ``match`` with another value is refused.
        max_df, min_shared, min_tokens: as in :func:`corpus_tools.find_reuse`; read at query
            time, so a ``match`` may pass others and they are applied, never mixed.
    """

    window_chars: int = 25
    max_df: int = 1000
    min_shared: int = 2
    min_tokens: int = MIN_TOKENS

    def __post_init__(self) -> None:
        for name in ("window_chars", "max_df", "min_shared", "min_tokens"):
            check_option("IndexOptions", name, getattr(self, name), 1, 1e12, integer=True)


def _stored(corpus_or_path) -> pd.DataFrame:
    """A corpus frame as it is, or read from a path: a folder with INDEX.md, a Parquet corpus, .txt files."""
    if not isinstance(corpus_or_path, str | Path):
        return corpus_or_path
    path = Path(corpus_or_path)
    return load_corpus(path) if (path / "INDEX.md").exists() else read_stored(path)


def _as_corpus(corpus_or_text, where: str) -> pd.DataFrame:
    if isinstance(corpus_or_text, str):
        return pd.DataFrame({"text": [corpus_or_text]}, index=pd.Index(["text"], name="doc_id"))
    if not isinstance(corpus_or_text, pd.DataFrame):
        raise TypeError(f"{where}: give a corpus frame or a text, got {type(corpus_or_text).__name__}")
    require_columns(corpus_or_text, ["text"], where)
    frame = corpus_or_text.copy()
    frame.index = frame.index.astype(str)
    frame.index.name = "doc_id"
    if frame.index.has_duplicates:
        dup = frame.index[frame.index.duplicated()][0]
        raise CorpusError(f"{where}: doc_id {dup!r} appears twice; give each document its own id.")
    return frame


def _segment_tables(corpus: pd.DataFrame, first_key: int, window_chars: int, progress: bool, desc: str):
    """The docs and postings tables of one segment (``corpus`` in key order)."""
    texts = corpus["text"].tolist()
    hashes, keys = [], []
    bar = tqdm(total=len(texts), desc=desc, unit="doc", disable=not progress, file=sys.stderr)
    for lo in range(0, len(texts), CHUNK):
        h, k = store.window_rows(texts[lo : lo + CHUNK], first_key + lo, window_chars)
        hashes.append(h)
        keys.append(k)
        bar.update(len(texts[lo : lo + CHUNK]))
    bar.close()
    h = np.concatenate(hashes) if hashes else np.zeros(0, dtype=np.uint64)
    k = np.concatenate(keys) if keys else np.zeros(0, dtype=np.int64)
    order = np.argsort(h, kind="stable")  # keys ascend within a chunk and across chunks
    postings = pa.table({"hash": pa.array(h[order], pa.uint64()), "key": pa.array(k[order], pa.int64())})
    docs = corpus.reset_index()
    docs.insert(0, "key", np.arange(first_key, first_key + len(docs), dtype=np.int64))
    return pa.Table.from_pandas(docs, preserve_index=False), postings


def rank_matches(matches: pd.DataFrame) -> pd.DataFrame:
    """One row per (new text, archived document) pair of ``ReuseIndex.match``, best first.

    Returns:
        Columns ``rank`` (1 = shares most with this new text), ``doc_id`` (the new text),
        ``source_doc_id`` (the archived document), ``n_passages``, ``n_tokens`` (words
        shared, summed over the passages), ``n_chars`` (characters of the new text inside
        a shared passage) and the archived document's metadata (``source_*`` columns).
        Sorted by ``doc_id`` in order of appearance, then ``rank``.
    """
    meta = [c for c in matches.columns if c.startswith("source_") and c not in store.SOURCE_PASSAGE]
    cols = ["rank", "doc_id", "source_doc_id", "n_passages", "n_tokens", "n_chars", *meta]
    if not len(matches):
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    grouped = matches.groupby(["doc_id", "source_doc_id"], sort=False)
    out = grouped.agg(n_passages=("start", "size"), n_tokens=("n_tokens", "sum"))
    out["n_chars"] = [store.covered_chars(g) for _, g in grouped]
    for c in meta:
        out[c] = grouped[c].first()
    out = out.reset_index()
    order = {d: i for i, d in enumerate(dict.fromkeys(matches["doc_id"]))}
    out["_doc"] = out["doc_id"].map(order)
    out = out.sort_values(["_doc", "n_tokens", "n_chars"], ascending=[True, False, False], kind="stable")
    out["rank"] = out.groupby("_doc").cumcount() + 1
    return out[cols].reset_index(drop=True)


def _stored_options(path: Path, stored: dict) -> IndexOptions:
    """The options an index was built with, as its manifest stores them; an index written
    before the hash windows were called windows stores ``seed_chars``."""
    stored = dict(stored)
    if "seed_chars" in stored:
        stored["window_chars"] = stored.pop("seed_chars")
    unknown = sorted(set(stored) - {f.name for f in fields(IndexOptions)})
    if unknown:
        raise CorpusError(
            f"{path}: the index stores options this version does not know ({', '.join(unknown)}); "
            "build it again with corpus-tools index build."
        )
    return IndexOptions(**stored)


class ReuseIndex:
    """A reuse index stored in a folder: build, open, add, remove, match, stats.

    Example:
        >>> import tempfile, corpus_tools as ct
        >>> seeds = ct.load_seeds()
        >>> folder = tempfile.mkdtemp() + "/idx"
        >>> idx = ct.ReuseIndex.build(seeds.iloc[:2], folder)
        >>> hits = idx.match(seeds.iloc[2:])
        >>> sorted(set(hits["source_doc_id"]))
        ['000', '001']
    """

    def __init__(self, path: str | Path, manifest: dict) -> None:
        self.path = Path(path)
        self._manifest = manifest
        self.options = _stored_options(self.path, manifest["options"])
        self._segments = [store.Segment(self.path, s) for s in manifest["segments"]]
        self._removed = store.read_removed(self.path, manifest)
        self._ids: pd.Series | None = None

    # ------------------------------------------------------------------ reading

    @classmethod
    def open(cls, path: str | Path) -> ReuseIndex:
        """Open a stored index for reading (no lock: readers share it).

        Raises:
            CorpusError: ``path`` is not a whole index (one line naming what is missing).
        """
        return cls(path, store.read_manifest(Path(path)))

    def __len__(self) -> int:
        return sum(s.n_documents for s in self._segments) - len(self._removed)

    def __repr__(self) -> str:
        return f"ReuseIndex({str(self.path)!r}: {len(self):,} documents)"

    def _repr_html_(self) -> str:
        return pd.Series(self.stats(), name="value").to_frame()._repr_html_()

    def doc_ids(self) -> pd.Series:
        """The live archived documents: ``doc_id`` indexed by ``key`` (corpus order)."""
        if self._ids is None:
            ids = pd.concat([s.doc_ids() for s in self._segments]) if self._segments else pd.Series()
            self._ids = ids[~ids.index.isin(self._removed)].astype(str)
        return self._ids

    def documents(self, doc_ids=None) -> pd.DataFrame:
        """Archived documents as a corpus frame (index ``doc_id``, ``text`` and metadata); all if None."""
        ids = self.doc_ids()
        keys = ids.index.to_numpy() if doc_ids is None else ids.index[ids.isin(list(doc_ids))].to_numpy()
        return store.fetch_documents(self._segments, keys).drop(columns="key").set_index("doc_id")

    def stats(self) -> dict:
        """Counts and settings: ``n_documents``, ``n_removed``, ``n_segments``, ``n_postings``,
        ``size_bytes`` (every file of the folder), and the stored options."""
        size = sum(f.stat().st_size for f in self.path.iterdir() if f.is_file())
        return {
            "path": str(self.path),
            "n_documents": len(self),
            "n_removed": len(self._removed),
            "n_segments": len(self._segments),
            "n_postings": sum(s.n_postings for s in self._segments),
            "size_bytes": size,
            **asdict(self.options),
        }

    def _options_for(self, options: IndexOptions | None) -> IndexOptions:
        if options is None:
            return self.options
        if options.window_chars != self.options.window_chars:
            raise ValueError(
                f"{self.path}: the index was built with window_chars={self.options.window_chars}, the match "
                f"asks for {options.window_chars}; build another index with those options."
            )
        return options

    def match(
        self, corpus_or_text, *, options: IndexOptions | None = None, progress: bool = False
    ) -> pd.DataFrame:
        """The passages new texts share with the archive (and with each other), ranked.

        Args:
            corpus_or_text: a corpus frame (index ``doc_id``, column ``text``) or one text
                (then its ``doc_id`` is ``"text"``).
            options: query settings; ``max_df``, ``min_shared``, ``min_tokens`` are applied at
                query time, another ``window_chars`` is refused. Default: the stored ones.
            progress: a progress bar on stderr.

        Returns:
            The frame of :func:`corpus_tools.find_reuse` (``doc_id``, ``start``, ``end``,
            ``source_doc_id``, ``source_start``, ``source_end``, ``n_tokens``, ``text``,
            ``source_text``, ``reordered``) for every pair of a new text (``doc_id``) with an
            archived document or an earlier new text (``source_doc_id``), plus the archived
            document's metadata as ``source_<column>`` (empty for a new source). Pairs are
            ranked (:func:`rank_matches`: most shared words first), passages in text order.

        Raises:
            ValueError: another ``window_chars``. CorpusError: a frame without ``text``.
        """
        new = _as_corpus(corpus_or_text, "ReuseIndex.match")
        opts = self._options_for(options)
        bar = tqdm(total=3, desc="match", unit="step", disable=not progress, file=sys.stderr)
        new_h, new_k = store.window_rows(new["text"].tolist(), 0, opts.window_chars)
        hashes = np.unique(new_h)
        post_h, post_k = store.lookup(self._segments, hashes, self._removed)
        bar.update()
        eligible, cand = store.candidates(new_h, new_k, post_h, post_k, opts)
        archived = store.fetch_documents(self._segments, cand)
        bar.update()
        found = _passages(archived, new, eligible, opts)
        bar.close()
        return store.with_metadata(found, archived)

    def compare(self, corpus_or_text, *, top: int = 3, options: IndexOptions | None = None) -> pd.DataFrame:
        """A corpus of the new texts and the ``top`` archived documents each shares most with.

        The input of ``ct.show_alignment`` and ``ct.analyze``: the archived documents come
        first (the one shared most first), then the new texts; column ``role`` says which.
        An archived document with the ``doc_id`` of a new text is left out.
        """
        new = _as_corpus(corpus_or_text, "ReuseIndex.compare")
        ranked = rank_matches(self.match(new, options=options))
        best = ranked.loc[ranked["rank"] <= top].sort_values(["n_tokens"], ascending=False, kind="stable")
        wanted = [d for d in dict.fromkeys(best["source_doc_id"]) if d not in new.index]  # not a new text
        archived = self.documents(wanted)
        archived = archived.loc[[d for d in wanted if d in archived.index]]
        out = pd.concat([archived.assign(role="archived"), new.assign(role="new")])
        keep = [c for c in out.columns if c == "text" or c not in DERIVED_COLUMNS]
        out = out[keep].astype(object).where(out[keep].notna(), "unknown")
        return from_records(out.rename_axis("doc_id").reset_index())  # derived columns computed again

    # ------------------------------------------------------------------ writing

    @classmethod
    def build(
        cls,
        corpus: pd.DataFrame | str | Path,
        path: str | Path,
        *,
        options: IndexOptions | None = None,
        overwrite: bool = False,
        progress: bool = False,
        engine: str = "pandas",
        client=None,
        n_buckets: int = 64,
    ) -> ReuseIndex:
        """Write a new index of ``corpus`` at ``path`` (all or nothing) and open it.

        Args:
            corpus: the archive: a corpus frame (index ``doc_id``, column ``text``, metadata), or
                a path: a folder with INDEX.md, a Parquet corpus (``ct.to_parquet``), ``.txt`` files.
            path: a new or empty folder, or an index this package wrote (replaced whole).
            options: the index's settings (default :class:`IndexOptions`).
            overwrite: replace a folder holding files this package did not write.
            progress: a progress bar on stderr.
            engine: ``"pandas"`` (this process: one postings file) or ``"dask"`` (the workers
                read the partitions and write the postings in ``n_buckets`` files by hash, so a
                query opens only its buckets: :mod:`corpus_tools.reuse.index_dask`). Both
                indexes answer ``match`` alike.
            client: for ``engine="dask"``, a ``dask.distributed.Client`` or an address; default
                a local cluster of 2 worker processes.
            n_buckets: for ``engine="dask"``, the postings files (about one per 1,200 documents).

        Raises:
            CorpusError: a refused folder, a frame without ``text`` or a failed write
                (then nothing is left at ``path``, or the previous index).
            ValueError: an unknown engine.
        """
        if engine not in ("pandas", "dask"):
            raise ValueError(f"engine must be 'pandas' or 'dask', got {engine!r}")
        source = corpus
        if engine == "pandas" or not isinstance(corpus, str | Path) or (Path(corpus) / "INDEX.md").exists():
            source = corpus = _as_corpus(_stored(corpus), "ReuseIndex.build")
        options = options or IndexOptions()
        with OutputDir(path, overwrite=overwrite) as out:
            seg = store.new_segment_name()
            try:
                if engine == "dask":  # Dask is imported only here: a query never pays its import (~0.5 s)
                    build_segment_dask = importlib.import_module(
                        "corpus_tools.reuse.index_dask"
                    ).build_segment_dask
                    entry, next_key = build_segment_dask(
                        source,
                        out.staging,
                        seg,
                        options.window_chars,
                        n_buckets=n_buckets,
                        client=client,
                        progress=progress,
                    )
                else:
                    docs, postings = _segment_tables(corpus, 0, options.window_chars, progress, "index build")
                    entry = store.write_segment(out.staging, seg, docs, postings)
                    next_key = len(corpus)
            except OSError as exc:
                raise CorpusError(
                    f"{path}: the index could not be written ({exc.strerror or exc}); nothing was changed."
                ) from exc
            for name in entry["files"]:
                out.path(name)  # the files written into the staging folder are the output's
            manifest = store.new_manifest(asdict(options), [entry], next_key)
            out.write_text(store.INDEX_FILE, json.dumps(manifest, indent=1))
        return cls.open(path)

    def add(self, corpus: pd.DataFrame | str | Path, *, progress: bool = False) -> ReuseIndex:
        """Add documents to the index without touching the archive's postings (a new segment).

        ``corpus`` is a corpus frame or a path, as for :meth:`build`.

        Raises:
            CorpusError: a ``doc_id`` already in the index, another writer, or a failed
                write (then the index is left as it was).
        """
        corpus = _as_corpus(_stored(corpus), "ReuseIndex.add")
        with store.Writer(self.path) as w:
            self._reload(w.manifest)
            clash = corpus.index[corpus.index.isin(self.doc_ids().to_numpy())]
            if len(clash):
                raise CorpusError(
                    f"{self.path}: {clash[0]!r} is already in the index; remove it first or rename it."
                )
            seg = store.new_segment_name()
            first = w.manifest["next_key"]
            docs, postings = _segment_tables(corpus, first, self.options.window_chars, progress, "index add")
            entry = w.write_segment(seg, docs, postings)
            w.manifest["segments"].append(entry)
            w.manifest["next_key"] = first + len(corpus)
            w.commit()
            self._reload(w.manifest)
        return self

    def remove(self, doc_ids) -> ReuseIndex:
        """Remove archived documents (their postings are skipped from now on).

        Raises:
            CorpusError: a ``doc_id`` not in the index, another writer, or a failed write.
        """
        doc_ids = [str(d) for d in ([doc_ids] if isinstance(doc_ids, str) else doc_ids)]
        with store.Writer(self.path) as w:
            self._reload(w.manifest)
            ids = self.doc_ids()
            unknown = [d for d in doc_ids if d not in set(ids)]
            if unknown:
                raise CorpusError(f"{self.path}: {unknown[0]!r} is not in the index; nothing was removed.")
            keys = np.union1d(self._removed, ids.index[ids.isin(doc_ids)].to_numpy())
            w.write_removed(keys)
            w.commit()
            self._reload(w.manifest)
        return self

    def _reload(self, manifest: dict) -> None:
        self.__init__(self.path, manifest)

    def verify(self) -> None:
        """Check every file's SHA-256 against the manifest (``open`` checks only presence and size).

        Raises:
            CorpusError: naming the first file that changed.
        """
        listed = json.loads((self.path / MANIFEST).read_text(encoding="utf-8"))["files"]
        for name in store.live_files(self._manifest):
            if file_digest(self.path / name) != listed.get(name, {}).get("sha256"):
                raise CorpusError(f"{self.path}/{name}: changed since it was written; build the index again.")


def _passages(archived: pd.DataFrame, new: pd.DataFrame, eligible: np.ndarray, opts: IndexOptions):
    """Passages of every pair with a new text: archive first, then the new texts (corpus order)."""
    ids = archived["doc_id"].astype(str).tolist() + new.index.tolist()
    texts = archived["text"].tolist() + new["text"].tolist()
    n_arch = len(archived)
    tokens = hashed_tokens(texts)
    sd = windows(tokens, opts.window_chars)
    keep = np.isin(sd.hash, eligible)
    sd = type(sd)(sd.hash[keep], sd.doc[keep], sd.first[keep], sd.last[keep])
    occ = occurrence_pairs(sd, len(texts) + 1)  # every window here is eligible in the whole corpus
    with_new = occ["doc_b"] >= n_arch
    occ = {k: v[with_new] for k, v in occ.items()}
    code = occ["doc_a"] * len(texts) + occ["doc_b"]
    keep = candidate_filter(code, occ["hash"], opts.min_shared)
    firsts = (occ[k][keep] for k in ("first_a", "first_b", "last_a"))
    found = runs(tokens, code[keep], *firsts, opts.min_tokens)
    return passage_frame(found, ids, texts, keys=True)
