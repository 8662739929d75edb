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

Every ``OSError`` becomes a :class:`~corpus_tools.io.corpus.CorpusError` naming the path.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import json
import os
import re
import secrets
import shutil
import warnings
from pathlib import Path

import pandas as pd

from corpus_tools.io.corpus import CorpusError, CorpusWarning
from corpus_tools.io.data_files import csv_float, for_file

try:  # POSIX; elsewhere the lock is an exclusive-create file
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None

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
MANIFEST = ".corpus_tools.json"
_FORMULA_START = ("=", "+", "-", "@")


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _sha256(path: Path) -> str:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    digest = hashlib.sha256()
    with os.fdopen(fd, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def file_digest(path: str | Path) -> str:
    """SHA-256 (hex) of a file, never following a symbolic link: the checksum of the manifest."""
    return _sha256(Path(path))


def foreign_entries(outdir: str | Path) -> list[str]:
    """Names in ``outdir`` this package did not write (per its manifest), sorted.

    A symlink, a file missing from the manifest or changed since it was written (size
    or SHA-256), a folder unless its own manifest lists all it holds (an ``OutputDir``
    written inside the run's staging folder), is foreign. A missing ``outdir`` has none.
    """
    outdir = Path(outdir)
    if not outdir.exists():
        return []
    try:
        ours = json.loads((outdir / MANIFEST).read_text(encoding="utf-8"))["files"]
        ours = ours if not (outdir / MANIFEST).is_symlink() and isinstance(ours, dict) else {}
    except (OSError, ValueError, KeyError, TypeError):
        ours = {}
    foreign = []
    with os.scandir(outdir) as entries:
        for entry in entries:
            if entry.name == MANIFEST and not entry.is_symlink():
                continue
            meta = ours.get(entry.name)
            mine = (
                isinstance(meta, dict)
                and entry.is_file(follow_symlinks=False)
                and entry.stat(follow_symlinks=False).st_size == meta.get("size")
                and _sha256(Path(entry.path)) == meta.get("sha256")
            )
            if not mine and entry.is_dir(follow_symlinks=False):
                mine = os.path.isfile(Path(entry.path) / MANIFEST) and not foreign_entries(entry.path)
            if not mine:
                foreign.append(entry.name)
    return sorted(foreign)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. PermissionError: the process exists, under another user
        return True
    return True


def remove_stale_staging(target: Path) -> list[str]:
    """Remove the staging folders of ``target`` left by killed runs; returns their names, sorted.

    A staging folder is ``.NAME.tmp-PID-HEX`` (or ``.NAME.old-PID-HEX``, the previous output
    during a swap without ``renameat2``) beside ``target``; it is stale when no process PID
    is running (this process's own are never touched). Call it while holding OUTDIR's lock.
    """
    pattern = re.compile(rf"\.{re.escape(target.name)}\.(?:tmp|old)-(\d+)-[0-9a-f]+")
    removed = []
    with os.scandir(target.parent) as entries:
        for entry in entries:
            found = pattern.fullmatch(entry.name)
            if not found or not entry.is_dir(follow_symlinks=False):
                continue
            pid = int(found.group(1))
            if pid == os.getpid() or _alive(pid):
                continue
            shutil.rmtree(entry.path)
            removed.append(entry.name)
    return sorted(removed)


def check_outdir(
    outdir: str | Path, *, corpus_dir: str | Path | None = None, overwrite: bool = False
) -> Path:
    """Check that ``outdir`` may be written (see the module docstring); nothing is created.

    Args:
        outdir: the output folder.
        corpus_dir: the corpus folder the output is made from, if any.
        overwrite: allow an OUTDIR holding files this package did not write.

    Returns:
        ``outdir`` as an absolute path (its parents resolved, itself not followed).

    Raises:
        CorpusError: naming OUTDIR and what to do.
    """
    if str(outdir).strip() == "":
        raise CorpusError("output folder: the name is empty; give a folder name, e.g. -o report.")
    path = Path(outdir)
    try:
        target = path.absolute().parent.resolve() / path.absolute().name
        if path.name in ("", ".", ".."):
            target = path.resolve()
        if os.path.islink(target):
            raise CorpusError(f"{outdir}: the output folder is a symbolic link; give the folder itself.")
        if target.exists() and not target.is_dir():
            raise CorpusError(f"{outdir}: exists and is not a folder; give a folder name for the output.")
        if target.is_dir() and not os.access(target, os.W_OK | os.X_OK):
            raise CorpusError(
                f"{outdir}: the output folder is read-only; make it writable or choose another."
            )
        if target.is_dir() and _mounted(target):
            raise CorpusError(
                f"{outdir}: is a mount point (another file system than its parent), where the finished "
                "output cannot be swapped into place; write into a folder inside it, e.g. "
                f"-o {Path(outdir) / 'report'}."
            )
        cwd, home = Path.cwd().resolve(), Path.home().resolve()
        if cwd.is_relative_to(target) or target == home or target == Path(target.anchor):
            raise CorpusError(
                f"{outdir}: is the current folder, a parent of it, the home folder or the root; "
                "write the output into a folder of its own, e.g. -o report."
            )
        if corpus_dir is not None:
            corpus = Path(corpus_dir).resolve()
            if target.is_relative_to(corpus) or corpus.is_relative_to(target):
                raise CorpusError(
                    f"{outdir}: is the corpus folder {corpus_dir}, inside it or contains it; the output "
                    "would mix with the corpus files. Write it elsewhere, e.g. -o report next to the corpus."
                )
        foreign = foreign_entries(target)
    except OSError as exc:
        raise CorpusError(f"{exc.filename or outdir}: cannot be checked ({_reason(exc)}).") from exc
    if foreign and not overwrite:
        shown = ", ".join(foreign[:5]) + (f" and {len(foreign) - 5} more" if len(foreign) > 5 else "")
        raise CorpusError(
            f"{outdir}: holds {len(foreign)} file(s) this tool did not write ({shown}); choose a new or "
            "empty folder, or pass --overwrite (overwrite=True) to replace the folder and all it holds."
        )
    return target


def flat_tuples(frame: pd.DataFrame) -> pd.DataFrame:
    """Tuple cells become "a; b" strings, so every format stores them alike."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype != object:  # numbers, booleans, strings: never a tuple
            continue
        values = out[col].tolist()
        if any(isinstance(v, tuple) for v in values):
            out[col] = ["; ".join(map(str, v)) if isinstance(v, tuple) else v for v in values]
    return out


def _defused(value: object) -> object:
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_START) else value


def csv_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells and column names starting with ``= + - @`` get a
    leading apostrophe.

    Example:
        >>> csv_safe(pd.DataFrame({"=1+1": ["@cmd", "a=b"]})).to_dict("list")
        {"'=1+1": ["'@cmd", 'a=b']}
    """
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(_defused)
    out.columns = [_defused(c) for c in out.columns]
    return out


def _mounted(target: Path) -> bool:
    """``target`` (an existing folder) is a mount point: on another file system than its
    parent, or a bind mount listed in ``/proc/self/mountinfo``."""
    if os.path.ismount(target) or target.stat().st_dev != target.parent.stat().st_dev:
        return True
    try:
        lines = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:  # not Linux: ismount and the device numbers are all there is
        return False
    # field 5 is the mount point, with spaces and the like escaped as octal (\040)
    octal = re.compile(r"\\([0-7]{3})")
    points = {octal.sub(lambda m: chr(int(m[1], 8)), ln.split()[4]) for ln in lines if len(ln.split()) > 4}
    return str(target) in points


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2); False where that is not available."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def take_lock(
    lock_path: Path, *, who: str | Path, what: str, advice: str, exclusive_without_flock: bool = True
) -> int:
    """Take the lock file ``lock_path`` (it holds this process id); returns its descriptor.

    Another run holding it is a :class:`CorpusError`: "``who``: another corpus-tools run
    (process PID) is writing this ``what`` (lock ...); ``advice``". Without ``fcntl`` the
    lock is an exclusive create where ``exclusive_without_flock``, else not taken.
    """
    while True:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            elif exclusive_without_flock:  # pragma: no cover
                os.close(fd)
                fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
        except (BlockingIOError, FileExistsError) as exc:
            os.close(fd)
            pid = lock_path.read_text(errors="replace").strip() or "?"
            raise CorpusError(
                f"{who}: another corpus-tools run (process {pid}) is writing this {what} "
                f"(lock {lock_path}); {advice}"
            ) from exc
        with contextlib.suppress(FileNotFoundError):
            now, mine = os.stat(lock_path, follow_symlinks=False), os.fstat(fd)
            if (now.st_ino, now.st_dev) == (mine.st_ino, mine.st_dev):
                os.ftruncate(fd, 0)
                os.write(fd, str(os.getpid()).encode())
                return fd
        os.close(fd)  # the lock file was replaced while we waited: try again


def release_lock(lock_path: Path, fd: int | None) -> None:
    """Remove the lock file taken by :func:`take_lock` and close ``fd`` (None: not taken)."""
    if fd is not None:
        with contextlib.suppress(OSError):
            lock_path.unlink()
        os.close(fd)


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
                f"{exc.filename or self.outdir}: cannot write the output folder here ({_reason(exc)}); "
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
                n: {"size": (self.staging / n).stat().st_size, "sha256": _sha256(self.staging / n)}
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
                f"{exc.filename or self.outdir}: the output could not be put in place ({_reason(exc)}); "
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
            raise CorpusError(f"{self.outdir}/{name}: cannot be written ({_reason(exc)}).") from exc

    def write_text(self, name: str, text: str) -> Path:
        """Write a UTF-8 text file; returns its final path."""
        try:
            with self._open(name, "x", encoding="utf-8", newline="") as fh:
                fh.write(text)
        except OSError as exc:  # e.g. a full disk
            raise CorpusError(f"{self.outdir}/{name}: cannot be written ({_reason(exc)}).") from exc
        return self.final_path(name)

    def write_bytes(self, name: str, data: bytes) -> Path:
        """Write a binary file; returns its final path."""
        try:
            with self._open(name, "xb") as fh:
                fh.write(data)
        except OSError as exc:
            raise CorpusError(f"{self.outdir}/{name}: cannot be written ({_reason(exc)}).") from exc
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
            raise CorpusError(f"{self.outdir}/{file_name}: cannot be written ({_reason(exc)}).") from exc
        return self.final_path(file_name)
