"""The word lists copied from other packages stay equal to the originals, read through their APIs."""

from __future__ import annotations

from pathlib import Path

import pytest

import corpus_tools
from corpus_tools import lexicon


def test_stop_words_are_spacys():
    from spacy.lang.en.stop_words import STOP_WORDS

    assert frozenset(STOP_WORDS) == lexicon.STOP_WORDS


def test_reporting_verbs_hold_textacys():
    constants = pytest.importorskip("textacy.constants")
    assert frozenset(constants.REPORTING_VERBS["en"]) == lexicon.TEXTACY_REPORTING_VERBS
    assert lexicon.TEXTACY_REPORTING_VERBS < lexicon.REPORTING_VERBS


def test_no_module_reads_another_packages_source_files():
    package = Path(corpus_tools.__file__).parent  # the whole package, lexicon/ with it
    for path in package.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "spec_from_file_location" not in source, path
        assert "submodule_search_locations" not in source, path


def test_archaic_british_forms_do_not_mark_the_usual_spelling_american():
    # British papers write "connection" and "jail"; "connexion", "gaol" are old forms
    assert {"connection", "connections", "jail", "inflection"}.isdisjoint(lexicon.AMERICAN_SPELLINGS)
    assert "program" in lexicon.AMERICAN_SPELLINGS and lexicon.is_spelling_pair("programme", "program")
