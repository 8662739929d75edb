"""The lock file beside an output folder or a reuse index: one run writes it at a time, and a second
run fails at once naming the first one's process id.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from corpus_tools.errors import CorpusError

try:  # POSIX; elsewhere the lock is an exclusive-create file
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None

__all__ = ["release_lock", "take_lock"]


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
