"""The rule of this name, the company the lead opens with (round 33, branch spk71; widened in
round 34, branch orgs34): now a row of :mod:`~.body_anaphors`, which reads "the company", "the
union" and "the government" as one (round 35, branch house35); this module keeps the name
importable.

* :func:`lead_company`: :func:`corpus_tools.attribution.body_anaphors.lead_company`.
"""

from __future__ import annotations

from corpus_tools.attribution.body_anaphors import lead_company

__all__ = ["lead_company"]
