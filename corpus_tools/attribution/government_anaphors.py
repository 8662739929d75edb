"""The rule of this name, the one government named before (round 33, branch spk71): now a row of
:mod:`~.body_anaphors`, which reads "the company", "the union" and "the government" as one
(round 35, branch house35); this module keeps the name importable.

* :func:`government_anaphor`: :func:`corpus_tools.attribution.body_anaphors.government_anaphor`.
"""

from __future__ import annotations

from corpus_tools.attribution.body_anaphors import government_anaphor

__all__ = ["government_anaphor"]
