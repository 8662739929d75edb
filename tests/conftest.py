"""Fixtures that build small corpus folders (text files + INDEX.md) in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


def write_corpus(
    folder: Path,
    files: dict[str, str | bytes],
    rows: list[dict[str, str]] | None = None,
    *,
    index: str | None = None,
) -> Path:
    """Write ``files`` into ``folder`` and an INDEX.md listing ``rows``.

    ``rows`` defaults to one row per file (doc_id = stem, outlet "Test Wire");
    ``index`` replaces the whole INDEX.md text when given.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    if index is None:
        if rows is None:
            rows = [{"file": n, "doc_id": Path(n).stem, "outlet": "Test Wire"} for n in files]
        cols = list(dict.fromkeys(k for r in rows for k in r))
        lines = ["# Test corpus", "", "| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        lines += ["| " + " | ".join(r.get(c, "") for c in cols) + " |" for r in rows]
        index = "\n".join(lines) + "\n"
    (folder / "INDEX.md").write_text(index, encoding="utf-8")
    return folder


@pytest.fixture
def make_corpus(tmp_path):
    """Factory: ``make_corpus(files, rows=None, index=None)`` -> folder path."""
    counter = iter(range(10_000))

    def _make(files, rows=None, *, index=None):
        return write_corpus(tmp_path / f"corpus{next(counter)}", files, rows, index=index)

    return _make


@pytest.fixture(scope="session")
def seeds():
    from corpus_tools import load_corpus

    return load_corpus(SEEDS)
