"""The module splits of round 26 keep every old import working, and leave room under the limit.

``variants/lexical.py`` (489 lines) gave the pairing of a cut and an addition across a group to
``cross_pairs.py`` and the checks of a replacement's two sides to ``replacement_sides.py``;
``variants/changes.py`` (492) gave the sentence pairing to ``sentence_pairs.py`` and the style rows
of the edges to ``edge_style.py``; ``variants/name_forms.py`` (484) gave a name's words and their
forms to ``name_parts.py`` and the longer and shorter forms of a body's name to
``longer_names.py``. No rule changed. Every name that could be imported from the old modules
still can, as the same object, the private ones the tests reach included.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

import corpus_tools
from corpus_tools import variants
from corpus_tools.variants import changes, name_forms

PACKAGE = Path(corpus_tools.__file__).resolve().parent / "variants"

#: the public names of the split modules before the split -> the module that holds them now
MOVED = {
    "corpus_tools.variants.lexical": {
        "CATEGORIES": "categories",
        "PHRASE_CATEGORIES": "categories",
        "QUOTE_CHARS": "categories",
        "VARIANT_COLUMNS": "lexical",
        "categorize": "categories",
        "diff_tokens": "lexical",
        "extract_variants": "lexical",
    },
    "corpus_tools.variants.changes": {
        "CHANGE_COLUMNS": "edge_style",
        "SECTIONS": "changes",
        "add_style": "edge_style",
        "changes": "changes",
        "edge_summary": "changes",
        "near_copy_line": "edge_style",
        "pair_changes": "changes",
        "pair_sentences": "sentence_pairs",
        "style_rows": "edge_style",
    },
    "corpus_tools.variants.name_forms": {
        "alias_of": "name_aliases",
        "held_as_person": "name_forms",
        "held_in_other_form": "name_forms",
        "held_word_by_word": "name_forms",
        "holds_name": "name_forms",
        "name_words": "name_parts",
        "named_words": "name_parts",
        "same_entity": "name_forms",
        "spelt_alike": "name_forms",
    },
}
#: private names of ``name_forms`` that tests import or read -> their new home and name
PRIVATE = {
    "_leading_initials_held": ("longer_names", "leading_initials_held"),
    "_stem": ("name_parts", "shares_stem"),
    "_typo": ("name_parts", "is_typo"),
    "_untitled": ("name_parts", "untitled"),
    "_word_forms": ("name_parts", "word_forms"),
}
NEW = ["cross_pairs", "replacement_sides", "sentence_pairs", "edge_style", "name_parts", "longer_names"]


@pytest.mark.parametrize(
    ("old", "name", "home"), [(old, n, h) for old, names in MOVED.items() for n, h in names.items()]
)
def test_the_split_variants_modules_reexport_every_old_name(old, name, home):
    module = importlib.import_module(old)
    assert name in module.__all__
    assert getattr(module, name) is getattr(importlib.import_module(f"corpus_tools.variants.{home}"), name)


@pytest.mark.parametrize(("old", "home"), sorted(PRIVATE.items()))
def test_the_private_names_tests_reach_are_the_moved_functions(old, home):
    module, name = home
    moved = getattr(importlib.import_module(f"corpus_tools.variants.{module}"), name)
    assert getattr(name_forms, old) is moved


def test_pair_changes_still_reads_fact_rows_from_changes():
    """benchmarks/report_stages.py replaces ``changes.fact_rows`` to time it: ``pair_changes``
    must stay in ``changes`` and look it up there."""
    assert changes.pair_changes.__module__ == "corpus_tools.variants.changes"
    assert "fact_rows" in changes.pair_changes.__code__.co_names
    assert changes.fact_rows.__module__ == "corpus_tools.variants.fact_changes"


def test_the_split_modules_have_room_for_the_next_rounds_hooks():
    sizes = {
        p: len((PACKAGE / f"{p}.py").read_text(encoding="utf-8").splitlines())
        for p in ["lexical", "changes", "name_forms", *NEW]
    }
    assert {name: n for name, n in sizes.items() if n >= 400} == {}


@pytest.mark.parametrize("stem", NEW)
def test_the_new_modules_are_listed_in_the_package_docstring(stem):
    assert variants.__doc__.count(f":mod:`~.{stem}`") == 1
    assert importlib.import_module(f"corpus_tools.variants.{stem}").__doc__.strip()
