"""What is read from a text, read once per analysis.

Inside :func:`corpus_tools.text.cleaning.cleaned_once` (:func:`corpus_tools.analyze` runs its
stages in one), :func:`read_once` builds each reading of a distinct text once: the word tokens
of a document are read by six stages (copies, scores, passages, alignment, coverage,
derivation). Outside the block every call builds afresh; nothing outlives the block.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

__all__ = ["read_once", "reads_once"]

T = TypeVar("T")
#: inside :func:`reads_once`: (reading, raw text) -> what :func:`read_once` built from it
_READS: ContextVar[dict[tuple, object] | None] = ContextVar("text_reads", default=None)


@contextmanager
def reads_once() -> Iterator[None]:
    """Within the block, :func:`read_once` builds each reading of a text once."""
    token = _READS.set(_READS.get() if _READS.get() is not None else {})
    try:
        yield
    finally:
        _READS.reset(token)


def read_once(reading: tuple, raw: str, build: Callable[[str], T]) -> T:
    """``build(raw)``, once per distinct ``reading`` and text inside :func:`reads_once`;
    ``build`` must return an immutable value (it is shared by the callers).

    Example:
        >>> with reads_once():
        ...     a = read_once(("upper",), "abc", lambda t: (t.upper(),))
        ...     a is read_once(("upper",), "abc", lambda t: (t.upper(),))
        True
    """
    reads = _READS.get()
    if reads is None:
        return build(raw)
    key = (reading, raw)
    if key not in reads:
        reads[key] = build(raw)
    return reads[key]  # type: ignore[return-value]
