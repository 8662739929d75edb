"""The report opened in a real browser: headless Chromium (Debian's), driven by Playwright."""

from __future__ import annotations

import shutil

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


@pytest.mark.skipif(
    CHROMIUM is None,
    reason="Debian's chromium is not installed (make test installs it with "
    "apt-get when it runs as root); the report could not be opened in a browser",
)
def test_report_renders_in_chromium(tmp_path):
    out = tmp_path / "report"
    assert CliRunner().invoke(app, ["report", str(SEEDS), "-o", str(out)]).exit_code == 0
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto((out / "report.html").as_uri())
        images = page.eval_on_selector_all(
            "img", "els => els.map(e => [e.naturalWidth, e.naturalHeight, e.alt])"
        )
        headings = page.eval_on_selector_all("h2", "els => els.map(e => e.textContent)")
        tables = page.locator("table").count()
        summary = page.locator(".summary p").all_inner_texts()
        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        browser.close()
    assert errors == []
    assert len(images) == 7 and all(w > 100 and h > 50 for w, h, _ in images)
    assert headings == [
        "Corpus",
        "Summary per document",
        "Overlap",
        "Lexical variants",
        "Sources",
        "Data files",
    ]
    assert tables >= 12
    assert len(summary) == 3 and summary[0].startswith("000 (unknown, republication, 419 words).")
    assert (tmp_path / "report.png").stat().st_size > 50_000
