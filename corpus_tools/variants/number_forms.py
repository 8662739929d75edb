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
    written once with its unit and once without ("3.9 to 9.9" / "3.9 pct to 9.9 pct"), or an amount
    of a million or more written exactly and rounded (:func:`_rounded_held`)."""
    if key in keys:
        return True
    if (v := _scaled(key)) is not None and (f"{v:.0f}" in keys or f"{v:.0f}dlrs" in keys):
        return True  # "3.65 mln" / "3,650,000 dlrs"
    if re.fullmatch(r"\d+(?:dlrs)?", key) and any(
        _scaled(k) == float(key.removesuffix("dlrs")) for k in keys if k.endswith(("mln", "bln"))
    ):
        return True
    if _rounded_held(key, keys):
        return True
    m = re.fullmatch(r"([\d.]+-[\d.]+)[a-z%]*", key)
    return bool(m) and any(re.fullmatch(re.escape(m.group(1)) + r"[a-z%]*", k) for k in keys)


def _amount(key: str) -> tuple[float, int] | None:
    """An amount of a million or more and its significant digits as written ("2.2mln" -> (2.2e6,
    2), "2178000dlrs" -> (2.178e6, 4), "50bln" -> (5e10, 1)), else None."""
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(mln|bln)?(?:dlrs)?", key)
    if not m:
        return None
    digits = m.group(1).replace(".", "").lstrip("0")
    digits = digits if "." in m.group(1) else digits.rstrip("0")
    value = float(m.group(1)) * {"mln": 1e6, "bln": 1e9, None: 1.0}[m.group(2)]
    return (value, len(digits) or 1) if value >= 1e6 else None


def _rounded_held(key: str, keys: set[str]) -> bool:
    """An amount of a million or more written exactly in one text (three significant digits or
    more) and rounded in the other (two or fewer): "2,178,000 dlrs" / "about 2.2 mln", "52.7
    billion" / "more than 50 billion" (benchmarks/family_round34.md), either way round."""
    if (a := _amount(key)) is None:
        return False
    for k in keys:
        if (b := _amount(k)) is None:
            continue
        (exact, n_exact), (rounded, n_rounded) = sorted((a, b), key=lambda x: -x[1])
        if n_exact >= 3 and n_rounded <= 2 and float(f"{exact:.{n_rounded}g}") == rounded:
            return True
    return False
