"""Write an output folder safely: all of a run or none of it, never outside it, never over a user's file.

:class:`OutputDir` is used as a context manager around a run::

    with OutputDir("report", corpus_dir="seeds") as out:   # checks, lock, staging folder
        a = analyze(corpus)                                # OUTDIR is checked before this
        out.write_table("scores", a.scores)                 # into the staging folder
    # on success the staging folder replaces OUTDIR as a whole; on an error or Ctrl-C
    # it is deleted and OUTDIR is left as it was

The rules:

- Everything is written into a new folder beside OUTDIR (``.NAME.tmp-*``), created
  with exclusive creates (a symlink is never followed), then swapped with OUTDIR in
  one step (``renameat2(RENAME_EXCHANGE)`` on Linux, else two renames): a reader sees
  the previous complete output or the new complete one.
- A manifest (``.corpus_tools.json``) lists the files a run wrote, with size and
  SHA-256. A non-empty OUTDIR holding anything else (a file not in the manifest, a
  file changed since, a symlink, a folder without such a manifest) is refused unless ``overwrite=True``,
  which replaces the folder *and deletes what it held*.
- OUTDIR may not be empty (``""``), a file, a symlink, the current folder or one of
  its parents, the home folder, the corpus folder, inside it, or a parent of it; nor a
  mount point (a folder on another file system than its parent, where the staging
  folder is made): the final swap could not work there, so it is refused up front.
- A lock file beside OUTDIR (``.NAME.lock``) makes a concurrent run into the same
  OUTDIR fail at once with the other run's process id.
- A staging folder of OUTDIR left by a killed run (``.NAME.tmp-PID-*`` or
  ``.NAME.old-PID-*`` whose process PID is gone) is removed by the next run into
  the same OUTDIR, which says so in one :class:`~corpus_tools.errors.CorpusWarning`.
- CSV cells holding a line break or a carriage return are quoted (rows end in
  ``\\r\\n``, RFC 4180); ``safe_csv=True`` prefixes text cells and header cells that
  start with ``= + - @`` with an apostrophe so spreadsheets do not run them as formulas.

The checks and the manifest are in :mod:`corpus_tools.io.output_checks`, the lock in
:mod:`corpus_tools.io.locks`, the cells made fit for a file in :mod:`corpus_tools.io.table_cells`;
every name is importable from here as well.

Every ``OSError`` becomes a :class:`~corpus_tools.io.corpus.CorpusError` naming the path.
"""

from __future__ import annotations

import ctypes
import json
import os
import secrets
import shutil
import warnings
from pathlib import Path

import pandas as pd

from corpus_tools.errors import CorpusError, CorpusWarning, os_reason
from corpus_tools.io.data_files import csv_float, for_file
from corpus_tools.io.locks import release_lock, take_lock
from corpus_tools.io.output_checks import (
    MANIFEST,
    check_outdir,
    file_digest,
    foreign_entries,
    remove_stale_staging,
)
from corpus_tools.io.table_cells import csv_safe, flat_tuples

__all__ = [
    "FORMATS",
    "MANIFEST",
    "OutputDir",
    "check_outdir",
    "csv_safe",
    "file_digest",
    "flat_tuples",
    "foreign_entries",
    "release_lock",
    "remove_stale_staging",
    "take_lock",
]

FORMATS = ("csv", "parquet", "json")


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2); False where that is not available."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


class OutputDir:
    """A transaction on an output folder: checks and lock on entry, atomic swap on success.

    Args:
        outdir: the output folder (created if missing, with its parents).
        corpus_dir: the corpus folder; OUTDIR may not be it, inside it or contain it.
        overwrite: replace an OUTDIR that holds files this package did not write
            (they are deleted). Default False: such a folder is refused.
        safe_csv: prefix CSV text cells that start with ``= + - @`` with ``'``.
            Default False: cells are written as they are.

    Raises:
        CorpusError: on entry, OUTDIR is refused (see :func:`check_outdir`), another
            run holds its lock, or its parent cannot be written; on exit, the swap
            failed (OUTDIR is then left as it was).
    """

    def __init__(
        self,
        outdir: str | Path,
        *,
        corpus_dir: str | Path | None = None,
        overwrite: bool = False,
        safe_csv: bool = False,
    ) -> None:
        self.outdir, self.corpus_dir, self.overwrite, self.safe_csv = outdir, corpus_dir, overwrite, safe_csv
        self.target = check_outdir(outdir, corpus_dir=corpus_dir, overwrite=overwrite)
        self.staging: Path | None = None
        self.written: list[str] = []
        self._lock: int | None = None
        self._lock_path = self.target.parent / f".{self.target.name}.lock"

    # ------------------------------------------------------------------ lock and staging

    def _acquire(self) -> None:
        self._lock = take_lock(
            self._lock_path,
            who=self.outdir,
            what="folder",
            advice="wait for it to end or choose another folder.",
        )

    def _release(self) -> None:
        release_lock(self._lock_path, self._lock)
        self._lock = None

    def __enter__(self) -> OutputDir:
        try:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            self._acquire()
            self.target = check_outdir(self.outdir, corpus_dir=self.corpus_dir, overwrite=self.overwrite)
            stale = remove_stale_staging(self.target)
            if stale:
                warnings.warn(
                    f"{self.outdir}: removed {len(stale)} staging folder(s) left by an interrupted run "
                    f"({', '.join(stale[:3])}{' ...' if len(stale) > 3 else ''}).",
                    CorpusWarning,
                    stacklevel=2,
                )
            name = f".{self.target.name}.tmp-{os.getpid()}-{secrets.token_hex(4)}"
            self.staging = self.target.parent / name
            self.staging.mkdir()
        except OSError as exc:
            self._release()
            raise CorpusError(
                f"{exc.filename or self.outdir}: cannot write the output folder here ({os_reason(exc)}); "
                "choose a folder you can write."
            ) from exc
        except BaseException:
            self._release()
            raise
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self._commit()
        finally:
            if self.staging is not None and self.staging.exists():
                shutil.rmtree(self.staging, ignore_errors=True)
            self._release()

    def _commit(self) -> None:
        manifest = {
            "tool": "corpus_tools",
            "files": {
                n: {"size": (self.staging / n).stat().st_size, "sha256": file_digest(self.staging / n)}
                for n in self.written
            },
        }
        try:
            with open(self.staging / MANIFEST, "x", encoding="utf-8") as fh:
                json.dump(manifest, fh, indent=1, sort_keys=True)
            check_outdir(
                self.outdir, corpus_dir=self.corpus_dir, overwrite=self.overwrite
            )  # changed meanwhile?
            if not os.path.lexists(self.target):
                os.rename(self.staging, self.target)
            elif _exchange(self.staging, self.target):
                pass  # staging now holds the previous output; __exit__ deletes it
            else:
                old = self.staging.with_name(self.staging.name.replace(".tmp-", ".old-"))
                os.rename(self.target, old)
                os.rename(self.staging, self.target)
                self.staging = old
        except OSError as exc:
            raise CorpusError(
                f"{exc.filename or self.outdir}: the output could not be put in place ({os_reason(exc)}); "
                f"{self.outdir} is left as it was."
            ) from exc

    # ------------------------------------------------------------------ writing

    def path(self, name: str) -> Path:
        """Reserve ``name`` (a plain file name) in the staging folder and return its path there."""
        if self.staging is None:
            raise RuntimeError("OutputDir: use it as a context manager (with OutputDir(...) as out)")
        if not name or name in (".", "..", MANIFEST) or "/" in name or "\\" in name:
            raise ValueError(f"output file name {name!r} refused: give a plain file name")
        if name in self.written:
            raise ValueError(f"output file {name!r} written twice in one run")
        self.written.append(name)
        return self.staging / name

    def final_path(self, name: str) -> Path:
        """Where ``name`` will be once the run is complete."""
        return self.target / name

    def _open(self, name: str, mode: str, **kwargs):
        try:
            return open(self.path(name), mode, **kwargs)  # "x": exclusive create, never follows a link
        except OSError as exc:
            raise CorpusError(f"{self.outdir}/{name}: cannot be written ({os_reason(exc)}).") from exc

    def write_text(self, name: str, text: str) -> Path:
        """Write a UTF-8 text file; returns its final path."""
        try:
            with self._open(name, "x", encoding="utf-8", newline="") as fh:
                fh.write(text)
        except OSError as exc:  # e.g. a full disk
            raise CorpusError(f"{self.outdir}/{name}: cannot be written ({os_reason(exc)}).") from exc
        return self.final_path(name)

    def write_bytes(self, name: str, data: bytes) -> Path:
        """Write a binary file; returns its final path."""
        try:
            with self._open(name, "xb") as fh:
                fh.write(data)
        except OSError as exc:
            raise CorpusError(f"{self.outdir}/{name}: cannot be written ({os_reason(exc)}).") from exc
        return self.final_path(name)

    def write_table(self, name: str, frame: pd.DataFrame, *, format: str = "csv") -> Path:  # noqa: A002
        """Write ``frame`` as ``name.<format>`` (csv, parquet or json); returns its final path.

        A stage's frame goes through :func:`~corpus_tools.io.data_files.for_file` (CSV floats: its
        ``csv_float``); CSV rows end in ``\\r\\n`` (a line break is quoted); ``safe_csv``: :func:`csv_safe`.

        Raises:
            ValueError: an unknown format.
        """
        if format not in FORMATS:
            raise ValueError(f"format must be one of {FORMATS}, got {format!r}")
        file_name, frame = f"{name}.{format}", for_file(name, frame)
        try:
            if format == "csv":
                with self._open(file_name, "x", encoding="utf-8", newline="") as fh:
                    data = csv_safe(frame) if self.safe_csv else frame
                    data.to_csv(fh, index=False, lineterminator="\r\n", float_format=csv_float)
            elif format == "parquet":
                with self._open(file_name, "xb") as fh:
                    frame.to_parquet(fh, index=False)
            else:
                with self._open(file_name, "x", encoding="utf-8") as fh:
                    frame.to_json(fh, orient="records", indent=1, force_ascii=False)
        except OSError as exc:
            raise CorpusError(f"{self.outdir}/{file_name}: cannot be written ({os_reason(exc)}).") from exc
        return self.final_path(file_name)
