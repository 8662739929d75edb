"""Doctests read like the README: the public API is in scope and ``seeds/`` is found."""

from __future__ import annotations

from pathlib import Path

import pytest
from _pytest.doctest import DoctestItem

import corpus_tools

ROOT = Path(__file__).resolve().parent


@pytest.fixture(autouse=True)
def _doctest_names(request, doctest_namespace, monkeypatch):
    """Every public name of corpus_tools in each doctest, run from the repository root."""
    if isinstance(request.node, DoctestItem):
        doctest_namespace.update({name: getattr(corpus_tools, name) for name in corpus_tools.__all__})
        monkeypatch.chdir(ROOT)
