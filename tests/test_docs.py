"""The docs cannot drift from the code: the README's module list and docs/frames.md's table are checked."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT
from corpus_tools import STAGES, analyze, collation_wide

README = (ROOT / "README.md").read_text(encoding="utf-8")
FRAMES = (ROOT / "docs" / "frames.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.S | re.M)
    assert match, f"README has no section '## {title}'"
    return match.group(1)


def _package_doc(name: str) -> str:
    """The docstring of a subpackage's ``__init__.py`` (``attribution`` lists its rule modules there)."""
    return (ROOT / "corpus_tools" / name / "__init__.py").read_text(encoding="utf-8").split('"""')[1]


def test_layout_lists_every_module_under_its_subpackage():
    layout = _section("Layout")
    missing = []
    for path in sorted((ROOT / "corpus_tools").rglob("*.py")):
        rel = path.relative_to(ROOT / "corpus_tools")
        if rel.name == "__init__.py":
            continue
        if len(rel.parts) == 1:
            ok = f"`{rel.name}`" in layout
        else:  # named in the bullet of its subpackage, or in the subpackage's own list of its modules
            bullet = re.search(rf"^- `{rel.parts[0]}/`:(.*?)(?=^- |\Z)", layout, re.S | re.M)
            ok = bullet is not None and f"`{rel.name}`" in bullet.group(1)
            ok = ok or f":mod:`~.{rel.stem}`" in _package_doc(rel.parts[0])
        if not ok:
            missing.append(str(rel))
    assert missing == []


def test_readme_stays_short_and_links_pages_that_exist():
    assert len(README.splitlines()) <= 150
    for page in re.findall(r"\]\(((?:docs|benchmarks)/[^)]+)\)", README):
        assert (ROOT / page).is_file(), page


def _frame_table() -> dict[str, list[str]]:
    rows = {}
    for line in FRAMES.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and cells[0].startswith("`."):
            rows[cells[0].strip("`.")] = re.findall(r"`([^`]+)`", cells[2])
    return rows


@pytest.fixture(scope="module")
def seed_analysis(seeds):
    return analyze(seeds)


def test_frame_table_names_every_stage(seed_analysis):
    assert list(_frame_table()) == list(STAGES)


@pytest.mark.parametrize("stage", list(STAGES))
def test_frame_table_gives_each_frames_columns(seed_analysis, stage):
    assert _frame_table()[stage] == list(getattr(seed_analysis, stage).columns)


def test_collation_is_long_and_pivots_to_one_column_per_document(seed_analysis):
    others = sorted(set(seed_analysis.corpus.index) - {seed_analysis.source})
    assert seed_analysis.collation["doc_id"].unique().tolist() == [seed_analysis.source, *others]
    wide = collation_wide(seed_analysis.collation)
    assert wide.columns.tolist() == [
        "position",
        "source_doc_id",
        "source_sent_id",
        "is_variant",
        seed_analysis.source,
        *others,
        "categories",
    ]
    assert len(wide) * (1 + len(others)) == len(seed_analysis.collation)
