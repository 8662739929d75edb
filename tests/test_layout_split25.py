"""The module splits of round 25 keep every old import working, and leave room under the limit.

``attribution/speakers.py`` (498 lines) gave a mention's type and a given name to
``speaker_types.py`` and its affiliation to ``affiliations.py``; ``attribution/reports.py`` (497)
gave the verbs whose object is a statement to ``statement_verbs.py``. No rule changed. Every name
that could be imported from the old modules still can, as the same object.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

import corpus_tools
from corpus_tools import attribution

PACKAGE = Path(corpus_tools.__file__).resolve().parent / "attribution"

#: the public names of the split modules before the split -> the module that holds them now
MOVED = {
    "corpus_tools.attribution.speakers": {
        "PRONOUNS": "pronouns",
        "given_name": "speaker_types",
        "resolve_speakers": "speakers",
        "speaker_features": "speakers",
        "speaker_type": "speaker_types",
    },
    "corpus_tools.attribution.reports": {
        "HEARER_PASSIVES": "reports",
        "expletive": "reports",
        "not_a_report": "reports",
        "physical_act": "reports",
        "statement_verb": "statement_verbs",
    },
}
NEW = ["speaker_types", "affiliations", "statement_verbs"]


@pytest.mark.parametrize(
    ("old", "name", "home"), [(old, n, h) for old, names in MOVED.items() for n, h in names.items()]
)
def test_the_split_attribution_modules_reexport_every_old_name(old, name, home):
    module = importlib.import_module(old)
    assert name in module.__all__
    assert getattr(module, name) is getattr(importlib.import_module(f"corpus_tools.attribution.{home}"), name)


def test_the_split_modules_have_room_for_this_rounds_hooks():
    sizes = {
        p: len((PACKAGE / f"{p}.py").read_text(encoding="utf-8").splitlines())
        for p in ["speakers", "reports", *NEW]
    }
    assert {name: n for name, n in sizes.items() if n >= 400} == {}


@pytest.mark.parametrize("stem", NEW)
def test_the_new_modules_are_listed_in_the_package_docstring(stem):
    assert attribution.__doc__.count(f":mod:`~.{stem}`") == 1
    assert importlib.import_module(f"corpus_tools.attribution.{stem}").__doc__.strip()
