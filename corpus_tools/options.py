"""The options of the chain: :class:`Options`, every threshold a user may tune, validated,
and :func:`options_from`, which builds one from names and values as a command line or a
TOML file gives them (:func:`option_fields` lists those names).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace

from corpus_tools.errors import check_option
from corpus_tools.reuse.alignment import ReuseOptions
from corpus_tools.reuse.derivation import DerivationRules

__all__ = ["Options", "option_fields", "options_from"]


@dataclass(frozen=True)
class Options:
    """Every option of the chain a user may tune, validated.

    Attributes:
        ngram_size: n of the word n-grams behind document scores and the origin
            (>= 1; 3, the usual choice for news reuse: Clough et al. 2002 on METER).
        min_tokens: shortest shared passage reported, in words (>= 1; 8 words is
            about passim's 50 characters).
        min_weight: smallest containment, in [0, 1], for an edge of the reuse graph
            (0.1: below it two reports of one event share only names and phrases).
        name_similarity: see :func:`corpus_tools.variants.lexical.categorize`.
        reuse: the sentence alignment's thresholds, a
            :class:`corpus_tools.reuse.alignment.ReuseOptions` (each field says where its
            default was fitted).
        derivation: the thresholds of the METER classes, a
            :class:`corpus_tools.reuse.derivation.DerivationRules` (fitted on METER courts).
        collapse_copies: analyse one document of each set of copies (True) or every document
            (False: the ``copies`` frame still lists them).
        copy_containment: in [0, 1], the containment of a near copy in its representative and
            back (:func:`corpus_tools.reuse.copies.find_copies`; 0.95: about one sentence in
            twenty may differ).
    """

    ngram_size: int = 3
    min_tokens: int = 8
    min_weight: float = 0.1
    name_similarity: float = 0.7
    reuse: ReuseOptions = field(default_factory=ReuseOptions)
    derivation: DerivationRules = field(default_factory=DerivationRules)
    collapse_copies: bool = True
    copy_containment: float = 0.95

    def __post_init__(self) -> None:
        for name in ("ngram_size", "min_tokens"):
            check_option("Options", name, getattr(self, name), 1, integer=True)
        if not isinstance(self.collapse_copies, bool):
            raise ValueError(f"Options.collapse_copies must be True or False, got {self.collapse_copies!r}")
        for name in ("min_weight", "name_similarity", "copy_containment"):
            check_option("Options", name, getattr(self, name))
        if not isinstance(self.reuse, ReuseOptions):
            raise ValueError(f"Options.reuse must be a ReuseOptions, got {type(self.reuse).__name__}")
        if not isinstance(self.derivation, DerivationRules):
            raise ValueError(
                f"Options.derivation must be a DerivationRules, got {type(self.derivation).__name__}"
            )


#: the nested options objects of :class:`Options`: field name -> its class
_NESTED = {"reuse": ReuseOptions, "derivation": DerivationRules}


def option_fields() -> dict[str, tuple[str | None, str, type]]:
    """Every option a user may set, by the name a command line gives it: the field's own name
    (``min_tokens``, ``min_score``, ``min_passage``; no two share one) -> (the nested field of
    :class:`Options` holding it or None, the field name, its type)."""
    out: dict[str, tuple[str | None, str, type]] = {}
    for owner, cls in ((None, Options), *_NESTED.items()):
        for f in fields(cls):
            if f.name not in _NESTED:
                out[f.name] = (owner, f.name, type(getattr(cls(), f.name)))
    return out


def _typed(name: str, kind: type, value: object) -> object:
    if not isinstance(value, str):
        return value
    if kind is bool:
        if value.lower() not in ("true", "false"):
            raise ValueError(f"option {name} must be true or false, got {value!r}")
        return value.lower() == "true"
    try:
        return kind(value)
    except ValueError:
        kind_text = "an integer" if kind is int else "a number"
        raise ValueError(f"option {name} must be {kind_text}, got {value!r}") from None


def options_from(values: Mapping[str, object], base: Options | None = None) -> Options:
    """An :class:`Options` with ``values`` set, validated by the options' own checks.

    Args:
        values: option name -> value; a name is a field of :class:`Options`, of
            :class:`ReuseOptions` or of :class:`DerivationRules`, bare (``min_score``) or
            dotted (``reuse.min_score``); a value may be text (``"0.5"``), as a command line gives it.
        base: the options to start from (the defaults when None).

    Raises:
        ValueError: an unknown name, or a value out of its range (the message names both).

    Example:
        >>> o = options_from({"min_tokens": "20", "reuse.min_score": 0.5, "min_passage": "1"})
        >>> o.min_tokens, o.reuse.min_score, o.derivation.min_passage
        (20, 0.5, 1.0)
    """
    known = option_fields()
    top: dict[str, object] = {}
    nested: dict[str, dict[str, object]] = {k: {} for k in _NESTED}
    for raw, value in values.items():
        name = raw.split(".", 1)[1] if raw.split(".", 1)[0] in _NESTED else raw
        if name not in known or ("." in raw and known[name][0] != raw.split(".", 1)[0]):
            raise ValueError(f"unknown option {raw!r}; choose from {', '.join(known)}")
        owner, field_name, kind = known[name]
        typed = _typed(name, kind, value)
        (top if owner is None else nested[owner])[field_name] = typed
    base = base if base is not None else Options()
    subs = {k: replace(getattr(base, k), **v) for k, v in nested.items() if v}
    return replace(base, **top, **subs)
