"""One number for each style count (issues #22, #23): the changes' style line, the family view's
and the findings print the same counts as the variants table for the same pair."""

from __future__ import annotations

import re

import pytest

import corpus_tools as ct
from corpus_tools.report.family_pairs import edge_findings
from corpus_tools.report.findings import findings

# invented: the version straightens the curly quote marks, writes one word the American way and
# adds two sentences (an update, not a copy)
PARENT = (
    "A fire closed the old mill in Dunmore on Tuesday, the council said.\n\n"
    "“The colour of the smoke was black,” said fire officer Ruth Keane.\n\n"
    "“We are checking the roof,” she said, “and the walls.”\n\n"
    "The mill was built in 1880 and employed 40 people."
)
VERSION = (
    "A fire closed the old mill in Dunmore on Tuesday, the council said.\n\n"
    '"The color of the smoke was black," said fire officer Ruth Keane.\n\n'
    '"We are checking the roof," she said, "and the walls."\n\n'
    "The mill was built in 1880 and employed 40 people.\n\n"
    "Police said on Wednesday that the cause of the fire was still not known to them.\n\n"
    "Nobody was hurt, and the road beside the river will open again on Friday morning."
)


@pytest.fixture(scope="module")
def story():
    corpus = ct.from_records(
        [
            {"doc_id": "p", "text": PARENT, "published": "2026-01-05 09:00"},
            {"doc_id": "v", "text": VERSION, "published": "2026-01-05 11:00"},
        ]
    )
    return corpus, ct.analyze(corpus)


def _table_line(a) -> str:
    """The variants table's count of the pair, by hand: quote marks and spellings."""
    cats = a.variants[a.variants["doc_id"] == "v"]["category"].value_counts()
    quotes = int(cats.get("quotation_or_apostrophe", 0))
    spellings = int(cats.get("spelling_uk_us", 0) + cats.get("name_spelling", 0))
    return f"{quotes} quote marks, {spellings} spelling{'s' if spellings != 1 else ''}"


def test_the_table_counts_the_quote_marks_and_the_spelling(story):
    _, a = story
    assert a.source == "p" and a.family.set_index("doc_id").at["v", "parent_doc_id"] == "p"
    assert _table_line(a) == "6 quote marks, 1 spelling"


def test_style_line_findings_and_family_view_say_the_table_s_numbers(story):
    corpus, a = story
    line = _table_line(a)
    style = a.changes[(a.changes["doc_id"] == "v") & (a.changes["section"] == "style")]
    assert style["after"].tolist() == [f"{line} changed (details: the variants table)"]
    alone = ct.changes(corpus)  # the same function on the same pair, outside analyze
    assert alone[alone["section"] == "style"]["after"].tolist() == style["after"].tolist()
    assert re.search(r"Style: (.*?) changed", edge_findings(a.family, a.changes)["v"]).group(1) == line
    assert f"in style: {line}." in findings(a)["v"] or f"all style: {line}." in findings(a)["v"]


def test_style_counts_folds_categories():
    v = ct.extract_variants(
        ct.from_records([{"doc_id": "p", "text": PARENT}, {"doc_id": "v", "text": VERSION}])
    )
    counts = ct.variants.style.style_counts(v)
    assert counts[["style", "n"]].values.tolist() == [["quote marks", 6], ["spellings", 1]]
    assert ct.variants.style.style_line(counts) == "6 quote marks, 1 spelling"
