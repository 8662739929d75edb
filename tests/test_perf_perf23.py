"""Round 23's speed-ups (issue #23): the report's parts built in a forked worker give the same page."""

from __future__ import annotations

import os
import re

import pytest

import corpus_tools as ct
from corpus_tools.report import page
from corpus_tools.report.forked import ForkedParts


def _pid() -> int:
    return os.getpid()


def test_forked_parts_are_computed_in_another_process_and_returned_alike():
    parts = {"pid": _pid, "words": lambda: [w.upper() for w in ("kiln", "loaf")]}
    with ForkedParts(parts, parallel=True) as forked:
        assert forked.take("words") == ["KILN", "LOAF"]
        assert forked.take("pid") != os.getpid()  # built by the worker
    with ForkedParts(parts, parallel=False) as here:
        assert here.take("pid") == os.getpid()
        assert here.take("words") == ["KILN", "LOAF"]


def test_a_part_that_fails_in_the_worker_raises_its_error_here():
    def broken():
        raise ValueError("no such oven")

    oven = pytest.raises(ValueError, match="no such oven")
    with ForkedParts({"broken": broken}, parallel=True) as forked, oven:
        forked.take("broken")


def _page(story_corpus, tmp_path, monkeypatch, n: int) -> tuple[str, dict[str, bytes]]:
    monkeypatch.setattr(page, "processes", lambda n_chars, n_process=None: n)
    a = ct.analyze(ct.load_corpus(story_corpus))
    out = tmp_path / f"out{n}"
    path = page.write_report(a, out)
    text = re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", "DATE", path.read_text(encoding="utf-8"))
    files = {p.name: p.read_bytes() for p in out.iterdir() if p.suffix == ".csv"}
    return text.replace(str(out), "OUT"), files


def test_the_page_and_data_files_are_the_same_forked_or_not(story_corpus, tmp_path, monkeypatch):
    forked_page, forked_files = _page(story_corpus, tmp_path, monkeypatch, 2)
    here_page, here_files = _page(story_corpus, tmp_path, monkeypatch, 1)
    assert forked_page == here_page
    assert "Gulf Daily" in forked_page and "id='tables'" in forked_page  # the findings and the tables
    assert forked_files == here_files and "alignment.csv" in forked_files
