"""Whether a folder may be written as an output folder: the checks of OUTDIR, the manifest of the
files a run wrote, and the staging folders a killed run left (the rules are listed in
:mod:`corpus_tools.io.output`, whose :class:`~corpus_tools.io.output.OutputDir` calls these).

Every ``OSError`` becomes a :class:`~corpus_tools.errors.CorpusError` naming the path.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from pathlib import Path

from corpus_tools.errors import CorpusError, os_reason

__all__ = ["MANIFEST", "check_outdir", "file_digest", "foreign_entries", "remove_stale_staging"]

MANIFEST = ".corpus_tools.json"


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
        raise CorpusError(f"{exc.filename or outdir}: cannot be checked ({os_reason(exc)}).") from exc
    if foreign and not overwrite:
        shown = ", ".join(foreign[:5]) + (f" and {len(foreign) - 5} more" if len(foreign) > 5 else "")
        raise CorpusError(
            f"{outdir}: holds {len(foreign)} file(s) this tool did not write ({shown}); choose a new or "
            "empty folder, or pass --overwrite (overwrite=True) to replace the folder and all it holds."
        )
    return target


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
