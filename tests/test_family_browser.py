"""Clicking an edge of the family tree in a real browser (headless Chromium) opens the full
side-by-side view of that version and its parent: the view scrolls into sight and its
sentences link to the parent's, as the views against the source do."""

from __future__ import annotations

import test_report_browser as browser_test
from playwright.sync_api import sync_playwright
from test_family_pairs import story_corpus

from corpus_tools import analyze, write_report

pytestmark = browser_test.pytestmark


def test_clicking_an_edge_opens_the_pair_side_by_side(tmp_path):
    out = tmp_path / "story"
    write_report(analyze(story_corpus()), out)
    errors: list[str] = []
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=browser_test.CHROMIUM, args=browser_test.FLAGS)
        page = chromium.new_page(viewport={"width": 1280, "height": 900})
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto((out / "report.html").as_uri())
        edge = page.locator("svg a[href='#pair-c_b'] path").first
        edge.scroll_into_view_if_needed()
        edge.click(force=True)  # the arrow's path: a thin target
        page.wait_for_function("location.hash === '#pair-c_b'")
        view = page.locator("section#pair-c_b section.ct-view#pair-c_b-view")
        box = view.bounding_box()
        in_sight = page.evaluate("h => h < window.innerHeight", box["y"]) and box["y"] + box["height"] > 0
        heading = view.locator("h3").inner_text()
        sentence = view.locator(".ct-version .ct-s[data-src='4']")
        sentence.hover()
        pop = sentence.locator(".ct-pop").inner_text()
        lit = view.locator(".ct-source .ct-s.ct-hl").evaluate_all("els => els.map(e => e.id)")
        page.screenshot(path=str(tmp_path / "family_pair.png"))
        chromium.close()
    assert errors == []
    assert in_sight
    assert heading.startswith("c (Wire) beside its source b")
    assert pop.startswith("Source sentence 4") and "Union leader Mary Collins" in pop
    assert lit == ["ct-pair_c_b_view-s4"]  # the parent's sentence, lit on the right
