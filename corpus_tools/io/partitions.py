"""A corpus stored as Parquet partitions, written as one transaction and read only when whole.

:func:`write_partitions` writes ``part-00000.parquet``, ... and ``corpus.json`` (the
number of documents and of rows in each partition) through
:class:`corpus_tools.io.output.OutputDir`: into a staging folder beside the target, with
the manifest ``.corpus_tools.json`` (size and SHA-256 of every file), then swapped in
whole. Ctrl-C, a kill or a full disk leaves no folder, or the previous one; the next run
removes the staging folder a killed run left.

:func:`check_complete` is what readers call: a folder holding a manifest must hold
exactly the partitions it lists, with their sizes and checksums, and as many documents
as ``corpus.json`` says; otherwise one line names the folder and what to do. A folder of
Parquet files without a manifest (written by another tool) is read as it is.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
from tqdm import tqdm

from corpus_tools.errors import CorpusError
from corpus_tools.io.corpus import require_columns
from corpus_tools.io.output import MANIFEST, OutputDir, file_digest

__all__ = ["CORPUS_FILE", "check_complete", "write_partitions"]

#: the description of a stored corpus: ``{"n_documents": N, "partitions": {name: n_rows}}``
CORPUS_FILE = "corpus.json"


def write_partitions(
    corpus: pd.DataFrame,
    directory: str | Path,
    *,
    partition_size: int = 10_000,
    overwrite: bool = False,
    progress: bool = False,
) -> list[Path]:
    """Write a corpus as Parquet partitions in corpus order, all or nothing (``ct.to_parquet``).

    The input the Dask engine of :func:`corpus_tools.reuse.distributed.find_reuse` reads
    worker by worker; readers refuse an incomplete folder (:func:`check_complete`).

    Args:
        corpus: the corpus frame (index ``doc_id``, column ``text``, any metadata).
        directory: the output folder: new, empty, or written before by this package
            (replaced as a whole); see :class:`corpus_tools.io.output.OutputDir` for the
            folders refused (a file, a symbolic link, a folder holding other files...).
        partition_size: documents per file (default 10,000: about 8 MB of news text, a
            Dask partition of a few hundred MB once tokenised; benchmarks/scale_out.py).
        overwrite: replace a folder holding files this package did not write.
        progress: a progress bar of the partitions on stderr.

    Returns:
        The final paths of the partitions (``part-00000.parquet``, ...).

    Raises:
        CorpusError: no ``text`` column, a refused folder, or a failed write (a full disk:
            the folder is then left as it was). ValueError: ``partition_size`` < 1.
    """
    require_columns(corpus, ["text"], "to_parquet")
    if partition_size < 1:
        raise ValueError(f"partition_size must be >= 1, got {partition_size}")
    frame = corpus.reset_index().rename(columns={"index": "doc_id"})
    frame["doc_id"] = frame["doc_id"].astype(str)
    starts = range(0, len(frame), partition_size)
    paths, rows = [], {}
    with OutputDir(directory, overwrite=overwrite) as out:
        for k, lo in enumerate(tqdm(starts, desc="to_parquet", unit="part", disable=not progress)):
            name = f"part-{k:05d}.parquet"
            part = frame.iloc[lo : lo + partition_size]
            try:
                part.to_parquet(out.path(name), index=False)
            except OSError as exc:
                raise CorpusError(f"{directory}/{name}: cannot be written ({exc.strerror or exc}).") from exc
            paths.append(out.final_path(name))
            rows[name] = len(part)
        meta = {"n_documents": len(frame), "partitions": rows}
        out.write_text(CORPUS_FILE, json.dumps(meta, indent=1, sort_keys=True))
    return paths


def check_complete(folder: str | Path, files: list[str]) -> None:
    """Refuse a stored corpus that is not whole (see the module docstring); ``files`` are its Parquet files.

    Raises:
        CorpusError: one line naming the folder, what is wrong and what to do.
    """
    folder = Path(folder)
    if not (folder / MANIFEST).exists():
        return
    redo = "write it again with `corpus-tools to-parquet` (ct.to_parquet)."
    try:
        listed = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["files"]
        meta = json.loads((folder / CORPUS_FILE).read_text(encoding="utf-8"))
        expected = meta["partitions"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CorpusError(f"{folder}: the stored corpus has no readable {CORPUS_FILE}; {redo}") from exc
    names = sorted(Path(f).name for f in files)
    if names != sorted(expected):
        missing = sorted(set(expected) - set(names)) or sorted(set(names) - set(expected))
        raise CorpusError(
            f"{folder}: incomplete stored corpus: {len(names)} of {len(expected)} partitions "
            f"({missing[0]} differs); {redo}"
        )
    for name in names:
        entry = listed.get(name) or {}
        if file_digest(folder / name) != entry.get("sha256"):
            raise CorpusError(f"{folder}/{name}: changed since it was written (checksum); {redo}")
    n_rows = sum(pq.ParquetFile(folder / n).metadata.num_rows for n in names)
    if n_rows != meta.get("n_documents") or n_rows != sum(expected.values()):
        raise CorpusError(
            f"{folder}: holds {n_rows:,} documents, {CORPUS_FILE} says {meta.get('n_documents')}; {redo}"
        )


def read_stored(folder: str | Path) -> pd.DataFrame:
    """A corpus stored as Parquet partitions (checked whole) or as a folder of ``.txt`` files.

    Returns:
        The corpus frame indexed by ``doc_id`` (the file stem for ``.txt`` files).

    Raises:
        CorpusError: no ``*.parquet`` or ``*.txt`` file, an incomplete stored corpus, a
            partition without ``doc_id`` or ``text``, or a file that is not UTF-8.
    """
    folder = Path(folder)
    parts = sorted(folder.glob("*.parquet"))
    if parts:
        check_complete(folder, [str(p) for p in parts])
        frame = pd.concat([pd.read_parquet(p) for p in parts], ignore_index=True)
        missing = [c for c in ("doc_id", "text") if c not in frame.columns]
        if missing:
            raise CorpusError(
                f"{folder}: the stored corpus has no {missing[0]!r} column; write it with to_parquet()."
            )
        return frame.set_index("doc_id")
    files = sorted(folder.glob("*.txt"))
    if not files:
        raise CorpusError(f"{folder}: no *.parquet or *.txt file inside; give a corpus folder.")
    texts = []
    for f in files:
        try:
            texts.append(f.read_text(encoding="utf-8"))
        except UnicodeDecodeError as exc:
            raise CorpusError(
                f"{f}: not UTF-8 text; convert it, or give a folder with INDEX.md and --encoding."
            ) from exc
    return pd.DataFrame({"text": texts}, index=pd.Index([f.stem for f in files], name="doc_id"))
