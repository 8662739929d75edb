"""The corpus-input exception and warning, the helpers that turn an OSError into them, and
the range check every options object uses for its fields.

:mod:`corpus_tools.io.corpus` re-exports :class:`CorpusError` and :class:`CorpusWarning`;
they live here so that :mod:`corpus_tools.io.index_md` can raise them without importing
the loader.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

__all__ = ["CorpusError", "CorpusWarning", "check_fields", "check_option", "is_file", "os_reason"]


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


def check_option(owner: str, name: str, value, low: float = 0.0, high: float = 1.0, *, integer: bool = False):
    """Raise ValueError unless ``value`` is a number in ``[low, high]`` (an integer >= ``low``
    when ``integer``); the message names ``owner.name``, e.g. "ReuseOptions.min_score".

    Example:
        >>> check_option("Options", "min_weight", 1.5)
        Traceback (most recent call last):
        ...
        ValueError: Options.min_weight must be in [0, 1], got 1.5
    """
    number = isinstance(value, int) if integer else isinstance(value, int | float)
    if isinstance(value, bool) or not number or not low <= value <= (math.inf if integer else high):
        if integer:
            raise ValueError(f"{owner}.{name} must be an integer >= {low:g}, got {value!r}")
        span = f">= {low:g}" if high == math.inf else f"in [{low:g}, {high:g}]"
        raise ValueError(f"{owner}.{name} must be {span}, got {value!r}")


def check_fields(options, int_low: Callable[[str], int] = lambda name: 0) -> None:
    """:func:`check_option` on every field of a frozen options dataclass: an ``int`` field must be
    an integer >= ``int_low(name)``, any other a number in [0, 1]."""
    for f in fields(options):
        integer = f.type in ("int", int)
        low = int_low(f.name) if integer else 0
        check_option(type(options).__name__, f.name, getattr(options, f.name), low, integer=integer)
