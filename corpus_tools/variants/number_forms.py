"""Whether a text holds a number in another form: the precision rule of number facts.

A number is reported added or cut only when the other text lacks it in every form: the same key
(:func:`corpus_tools.variants.facts.number_keys`: value and unit in one spelling), the same amount
in figures or in millions ("400,000" / "0.4 mln", a form the update series of Reuters-21578 use
both of, benchmarks/family_round16.md), or a range written once with its unit and once without.
"""

from __future__ import annotations

import re

__all__ = ["holds_number"]


def _scaled(key: str) -> float | None:
    """The value of a number key in millions or billions ("0.4mln" -> 400000.0), else None."""
    m = re.fullmatch(r"([\d.]+)(mln|bln)", key)
    return (
        float(m.group(1)) * (1e6 if m.group(2) == "mln" else 1e9) if m and m.group(1).count(".") < 2 else None
    )


def holds_number(key: str, keys: set[str]) -> bool:
    """Whether a text whose number keys are ``keys`` (:func:`number_keys`) holds the number
    ``key``: the same key, the same amount in figures ("0.4 mln" / "400,000"), or the same range
    written once with its unit and once without ("3.9 to 9.9" / "3.9 pct to 9.9 pct")."""
    if key in keys:
        return True
    if (v := _scaled(key)) is not None and (f"{v:.0f}" in keys or f"{v:.0f}dlrs" in keys):
        return True  # "3.65 mln" / "3,650,000 dlrs"
    if re.fullmatch(r"\d+(?:dlrs)?", key) and any(
        _scaled(k) == float(key.removesuffix("dlrs")) for k in keys if k.endswith(("mln", "bln"))
    ):
        return True
    m = re.fullmatch(r"([\d.]+-[\d.]+)[a-z%]*", key)
    return bool(m) and any(re.fullmatch(re.escape(m.group(1)) + r"[a-z%]*", k) for k in keys)
