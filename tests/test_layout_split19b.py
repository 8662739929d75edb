"""The splits of round 19b keep every old import and patch target working, well under the limit.

``reuse/family.py``, ``attribution/attributions.py``, ``reuse/derivation.py``,
``reuse/documents.py`` and ``analysis.py`` were split by task. Every name the repository imports
from them (and every name they defined) still imports from there, as the same object as in the
module that holds it now; a test that replaces ``analysis.parent_frames`` still reaches the
changes stage.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
from pathlib import Path

import pytest

import corpus_tools
from corpus_tools import analysis

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path(corpus_tools.__file__).resolve().parent

#: the names that moved: old module -> {name: the module that holds it now}
MOVED = {
    "corpus_tools.reuse.family": {
        "COPY_COVERAGE": "corpus_tools.reuse.family_edge",
        "COPY_PASSAGE_WORDS": "corpus_tools.reuse.family_edge",
    },
    "corpus_tools.reuse.derivation": {
        "RUN_WORDS": "corpus_tools.reuse.derivation_words",
        "body_words": "corpus_tools.reuse.derivation_words",
        "is_fact": "corpus_tools.reuse.derivation_words",
        "novelty": "corpus_tools.reuse.derivation_words",
        "share_features": "corpus_tools.reuse.derivation_words",
    },
    "corpus_tools.reuse.documents": {
        "doc_tokens": "corpus_tools.reuse.doc_keys",
        "keys": "corpus_tools.reuse.doc_keys",
        "ngrams": "corpus_tools.reuse.doc_keys",
        "shared_counts": "corpus_tools.reuse.doc_keys",
        "source_groups": "corpus_tools.reuse.witnesses",
        "witness_docs": "corpus_tools.reuse.witnesses",
        "_dates": "corpus_tools.reuse.witnesses",
        "_is_wire": "corpus_tools.reuse.witnesses",
        "origin": "corpus_tools.reuse.origin",
        "find_origin": "corpus_tools.reuse.origin",
        "resolve_source": "corpus_tools.reuse.origin",
    },
    "corpus_tools.analysis": {"Stage": "corpus_tools.stages", "_EARLY": "corpus_tools.stages"},
}

#: the public names (``__all__``) of each split module before the split (base d89d6e5)
OLD_ALL = {
    "corpus_tools.reuse.family": ["FAMILY_COLUMNS", "RELATIONS", "body_text", "family", "family_edges"],
    "corpus_tools.attribution.attributions": [
        "ATTRIBUTION_COLUMNS",
        "attributions",
        "unborrowed_attributions",
    ],
    "corpus_tools.reuse.derivation": [
        "DERIVATION_COUNTS",
        "DERIVATION_FEATURES",
        "DERIVATION_LEAVES",
        "DERIVATION_SHARES",
        "SHARE_FEATURES",
        "DerivationRules",
        "classify_documents",
        "derivation_features",
    ],
    "corpus_tools.reuse.documents": [
        "SCORE_COLUMNS",
        "document_scores",
        "find_origin",
        "longest_chain",
        "ngrams",
        "origin",
        "resolve_source",
        "shared_passages",
        "source_groups",
        "tile",
        "witness_docs",
    ],
    "corpus_tools.analysis": ["COMMANDS", "STAGES", "Analysis", "Stage", "analyze", "parent_frames"],
}

#: the modules the splits made, each well under the limit
NEW = [
    "reuse/family.py",
    "reuse/family_order.py",
    "reuse/family_edge.py",
    "attribution/attributions.py",
    "attribution/document_attributions.py",
    "reuse/derivation.py",
    "reuse/derivation_words.py",
    "reuse/documents.py",
    "reuse/doc_keys.py",
    "reuse/witnesses.py",
    "reuse/origin.py",
    "analysis.py",
    "stages.py",
]


@pytest.mark.parametrize(
    ("old", "name", "home"), [(old, n, h) for old, names in MOVED.items() for n, h in names.items()]
)
def test_a_moved_name_imports_from_its_old_module_as_the_same_object(old, name, home):
    moved = getattr(importlib.import_module(home), "EARLY" if name == "_EARLY" else name)
    assert getattr(importlib.import_module(old), name) is moved
    if callable(moved):  # a function or class is defined where it lives now, not made again
        assert moved.__module__ == home


@pytest.mark.parametrize(("old", "name"), [(old, n) for old, names in OLD_ALL.items() for n in names])
def test_every_old_public_name_still_imports(old, name):
    module = importlib.import_module(old)
    assert name in module.__all__
    assert getattr(module, name) is not None


def _imported_from(module: str) -> dict[str, str]:
    """Every X of ``from <module> import X`` in corpus_tools, tests and benchmarks (an AST scan)."""
    used: dict[str, str] = {}
    for d in ("corpus_tools", "tests", "benchmarks"):
        for path in (ROOT / d).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.module == module:
                    used.update({alias.name: str(path) for alias in node.names})
    return used


def test_every_name_the_repository_imports_from_a_split_module_is_there():
    missing, found = {}, 0
    for old in OLD_ALL:
        used = _imported_from(old)
        found += len(used)
        module = importlib.import_module(old)
        missing.update({f"{old}.{name}": where for name, where in used.items() if not hasattr(module, name)})
    assert found >= 30  # the scan found the import sites (benchmarks import private names too)
    assert missing == {}


def test_replacing_parent_frames_in_analysis_reaches_the_changes_stage(monkeypatch):
    seen = []

    def stub(a, names, *, model=None, max_edges=200):
        seen.append((a, list(names), model))
        raise LookupError("the stub ran")

    monkeypatch.setattr(analysis, "parent_frames", stub)
    with pytest.raises(LookupError, match="the stub ran"):
        analysis._STAGES["changes"].run("an analysis", "a model")
    assert seen == [("an analysis", ["speaker_survival", "variants"], "a model")]


def test_the_stage_table_is_the_one_analysis_reads():
    assert list(analysis.STAGES) == list(analysis._STAGES)
    assert analysis.STAGES["family"] == analysis._STAGES["family"].what
    assert [f.name for f in dataclasses.fields(analysis.Analysis)][5:] == list(analysis.STAGES)
    assert set(analysis._EARLY) == {"attributions"}


def test_the_split_modules_are_well_under_the_limit():
    sizes = {name: len((PACKAGE / name).read_text(encoding="utf-8").splitlines()) for name in NEW}
    assert {name: n for name, n in sizes.items() if n >= 400} == {}
