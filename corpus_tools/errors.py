"""The corpus-input exception and warning, and the helpers that turn an OSError into them.

:mod:`corpus_tools.corpus` re-exports :class:`CorpusError` and :class:`CorpusWarning`;
they live here so that :mod:`corpus_tools.index_md` can raise them without importing
the loader.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["CorpusError", "CorpusWarning", "is_file", "os_reason"]


class CorpusError(ValueError):
    """Bad corpus input: the message names the file (and line) and what to do."""


class CorpusWarning(UserWarning):
    """Something in a corpus folder was loaded in a degraded way (e.g. not in INDEX.md)."""


def os_reason(exc: OSError) -> str:
    """The reason of an OSError for a message ("Permission denied")."""
    return exc.strerror or str(exc)


def is_file(path: Path, where: str) -> bool:
    """``path.is_file()``; an OSError (e.g. a folder that cannot be searched) is a CorpusError."""
    try:
        return path.is_file()
    except OSError as exc:
        raise CorpusError(f"{where}: cannot be read ({os_reason(exc)}); fix its permissions.") from exc
