"""Table cells made fit for a file: tuples as "a; b" strings, and CSV cells defused against
spreadsheet formulas (``safe_csv``).
"""

from __future__ import annotations

import pandas as pd

__all__ = ["csv_safe", "flat_tuples"]

_FORMULA_START = ("=", "+", "-", "@")


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
