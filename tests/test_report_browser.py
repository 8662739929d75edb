"""The report opened in a real browser: headless Chromium (Debian's), driven by Playwright.

Opens the report of the seeds and of a built corpus of 12 documents from 4 outlets, takes
full-page screenshots (copied to the folder ``CT_SCREENSHOTS`` names, when set), and checks
what a reader relies on: no console errors, a side-by-side view for every derived document,
hovering a sentence shows its source sentence, sorting a table reorders it, paging and
filtering work, and no table cell holds a literal backslash-n.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pytest
from playwright.sync_api import sync_playwright
from typer.testing import CliRunner

from conftest import SEEDS
from corpus_tools.cli import app

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# the flags this workplace's closed network needs (no background connections)
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="Debian's chromium is not installed (make test installs it with "
        "apt-get when it runs as root); the report could not be opened in a browser",
    ),
]


def _report(corpus_dir: Path, out: Path) -> Path:
    result = CliRunner().invoke(app, ["report", str(corpus_dir), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _check(out: Path, shot: Path) -> dict:
    derivation = pd.read_csv(out / "derivation.csv", dtype=str)
    derived = sorted(derivation[derivation["derivation"] != "non_derived"]["doc_id"])
    errors: list[str] = []
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.goto((out / "report.html").as_uri())
        page.screenshot(path=str(shot), full_page=True)
        # the views against the source (the family tree's pair views have ids "pair-...")
        views = sorted(
            page.eval_on_selector_all("section.ct-view[id^='view-']", "els => els.map(e => e.dataset.doc)")
        )
        # hover the first reused sentence of the first view: its source sentence appears
        sentence = page.locator(".ct-view .ct-version .ct-s[data-src]:not([data-src=''])").first
        sentence.scroll_into_view_if_needed()
        sentence.hover()
        pop = sentence.locator(".ct-pop")
        pop_visible, pop_text = pop.is_visible(), pop.inner_text()
        info = sentence.locator("xpath=ancestor::section[1]").locator(".ct-info").inner_text()
        lit = page.locator(".ct-view .ct-source .ct-s.ct-hl").count()
        # sort the alignment table by similarity: the first row changes to the lowest score
        table = page.locator("#t-alignment + p + .ct-tablebox table")
        first_before = table.locator("tbody tr:visible").first.inner_text()
        header = table.locator("th", has_text="similarity")
        header.click()
        scores_asc = table.locator("tbody tr:visible td:nth-child(4)").all_inner_texts()
        header.click()
        scores_desc = table.locator("tbody tr:visible td:nth-child(4)").all_inner_texts()
        first_after = table.locator("tbody tr:visible").first.inner_text()
        visible_rows = table.locator("tbody tr:visible").count()
        cells = page.eval_on_selector_all("table td", "els => els.map(e => e.innerText)")
        page.screenshot(path=str(shot.with_name(shot.stem + "_hover.png")), full_page=False)
        browser.close()
    return {
        "errors": errors,
        "remote": [u for u in requests if not u.startswith(("file:", "data:"))],
        "derived": derived,
        "views": views,
        "pop": (pop_visible, pop_text),
        "info": info,
        "lit": lit,
        "sorted": (first_before, first_after, scores_asc, scores_desc),
        "visible_rows": visible_rows,
        "cells": cells,
    }


def _assert_reader_view(r: dict) -> None:
    assert r["errors"] == [] and r["remote"] == []
    assert r["views"] == r["derived"] and r["views"]
    visible, text = r["pop"]
    assert visible and "Source sentence" in text and "similarity" in text
    assert r["info"] == text and r["lit"] >= 1  # the source sentence is lit on the right
    before, after, asc, desc = r["sorted"]
    assert [float(x) for x in asc] == sorted(float(x) for x in asc)
    assert [float(x) for x in desc] == sorted((float(x) for x in desc), reverse=True)
    assert before != after or asc != desc
    assert r["visible_rows"] <= 25  # paged
    assert not [c for c in r["cells"] if "\\n" in c]


def _keep(shot: Path) -> None:
    folder = os.environ.get("CT_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        for p in shot.parent.glob(shot.stem + "*.png"):
            shutil.copy(p, Path(folder) / p.name)


def test_seed_report_in_chromium(tmp_path):
    out = _report(SEEDS, tmp_path / "seeds")
    shot = tmp_path / "report_seeds.png"
    r = _check(out, shot)
    _keep(shot)
    _assert_reader_view(r)
    assert r["views"] == ["000", "002"]
    assert shot.stat().st_size > 100_000


def test_built_corpus_report_in_chromium(tmp_path, reuse_corpus):
    out = _report(reuse_corpus, tmp_path / "reuse12")
    shot = tmp_path / "report_reuse12.png"
    r = _check(out, shot)
    _keep(shot)
    _assert_reader_view(r)
    outlets = pd.read_csv(out / "outlets.csv")
    assert int(outlets["n_documents"].sum()) == 12 and len(outlets) == 4
    assert len(r["views"]) == 8  # 11 versions, 3 of them not derived from the wire


def test_clicking_a_source_sentence_lights_the_version_sentences_using_it(tmp_path):
    out = _report(SEEDS, tmp_path / "seeds")
    coverage = pd.read_csv(
        out / "coverage.csv", dtype={"doc_id": str, "sent_ids": str}, keep_default_na=False
    )
    kept = coverage[(coverage["doc_id"] == "000") & (coverage["status"] != "dropped")].iloc[0]
    dropped = coverage[(coverage["doc_id"] == "000") & (coverage["status"] == "dropped")].iloc[0]
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto((out / "report.html").as_uri())
        view = page.locator("section.ct-view#view-000")
        source = view.locator(f".ct-source .ct-s[data-sid='{kept['source_sent_id']}']")
        source.scroll_into_view_if_needed()
        source.click()
        lit = view.locator(".ct-version .ct-s.ct-hl").evaluate_all("els => els.map(e => e.id)")
        info = view.locator(".ct-info").inner_text()
        view.locator(f".ct-source .ct-s[data-sid='{dropped['source_sent_id']}']").click()
        lit_dropped = view.locator(".ct-version .ct-s.ct-hl").count()
        info_dropped = view.locator(".ct-info").inner_text()
        browser.close()
    assert errors == []
    expected = [f"ct-000-v{i.strip()}" for i in kept["sent_ids"].split(";")]
    assert sorted(lit) == sorted(expected) and lit  # the version sentences that use it
    assert info.startswith(f"source sentence {kept['source_sent_id']}:") and "not used" not in info
    assert lit_dropped == 0 and info_dropped.endswith("not used by this version")
