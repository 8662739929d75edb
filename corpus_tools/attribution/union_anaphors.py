"""The rule of this name, the union named last (round 34, branch orgs34): now a row of
:mod:`~.body_anaphors`, which reads "the company", "the union" and "the government" as one
(round 35, branch house35); this module keeps the name importable.

* :func:`union_anaphor`: :func:`corpus_tools.attribution.body_anaphors.union_anaphor`.
"""

from __future__ import annotations

from corpus_tools.attribution.body_anaphors import union_anaphor

__all__ = ["union_anaphor"]
