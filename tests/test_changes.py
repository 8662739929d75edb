"""What changed in substance along an edge: facts first, quotes, claims, headline, one style line."""

from __future__ import annotations

import pytest

from corpus_tools import from_records
from corpus_tools.variants.changes import (
    CHANGE_COLUMNS,
    changes,
    edge_summary,
    pair_changes,
)
from corpus_tools.variants.facts import facts, split_sentences

PARENT = (
    "Two people were killed when a bus overturned near Lyon on Monday, police said.\n\n"
    "The driver, a 45-year-old man, was taken to hospital in Grenoble.\n\n"
    '"The road was icy and the bus was going too fast," said fire chief Pierre Martin.\n\n'
    "The company Transalp said it would open an inquiry.\n\n"
    "Officials in Paris declined to comment on the programme of road repairs."
)
CHILD = (
    "Three people were killed when a bus overturned near Lyon on Monday, police said.\n\n"
    '"The road was icy and the bus was going too fast," said regional prefect Anne Dubois.\n\n'
    "The driver, a 45-year-old man, was taken to hospital in Grenoble.\n\n"
    "The company Transalp said it would open an inquiry and suspend 12 drivers.\n\n"
    "Officials in Paris declined to comment on the program of road repairs."
)


@pytest.fixture(scope="module")
def edge():
    return pair_changes(
        CHILD, PARENT, headline="Three killed in bus crash", parent_headline="Two killed in bus crash"
    )


def test_changed_number_comes_first(edge):
    first = edge.iloc[0]
    assert (first.section, first.kind, first.change, first.before, first.after) == (
        "fact",
        "number",
        "changed",
        "Two",
        "Three",
    )


def test_facts_added_and_cut(edge):
    f = edge[edge.section == "fact"]
    assert set(f[f.change == "added"].after) == {"Anne Dubois", "12"}
    assert set(f[f.change == "cut"].before) == {"Pierre Martin"}
    # nothing moved counts as a fact change: Grenoble, Lyon and Transalp are in both
    assert not f.before.isin(["Grenoble", "Lyon", "Transalp"]).any()


def test_quote_reattributed_and_claims(edge):
    q = edge[edge.section == "quote"]
    assert q[["change", "before", "after"]].values.tolist() == [
        ["re-attributed", "pierre martin", "anne dubois"]
    ]
    claims = edge[edge.section == "claim"]
    assert sorted(claims.kind) == ["edit", "edit", "edit", "moved"]
    moved = claims[claims.kind == "moved"].iloc[0]
    # the quote and the driver sentence swapped places: one of them is out of order
    assert moved.after.startswith(('"The road was icy', "The driver, a 45-year-old"))


def test_headline_and_one_style_line(edge):
    assert edge[edge.section == "headline"][["before", "after"]].values.tolist() == [
        ["Two killed in bus crash", "Three killed in bus crash"]
    ]
    style = edge[edge.section == "style"]
    assert len(style) == 1 and style.after.iloc[0] == "1 spelling changed (details: the variants table)"
    assert edge.section.tolist()[-1] == "style"


def test_summary_line_leads_with_facts(edge):
    line = edge_summary(edge)
    assert line.startswith("Two → Three; +Anne Dubois, +12; −Pierre Martin")
    assert "new headline" in line


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Talks have not resumed since May 21, said John Hanson.",
            [("date", "May 21", "5-21"), ("name", "John Hanson", "john hanson")],
        ),
        (
            "The U.S. State Department said 5.5 pct of 1,000 dlrs.",
            [
                ("name", "U.S. State Department", "us state department"),
                ("number", "5.5 pct", "5.5pct"),
                ("number", "1,000 dlrs", "1000dlrs"),
            ],
        ),
    ],
)
def test_facts(sentence, expected):
    assert facts(sentence) == expected


def test_split_sentences_keeps_abbreviations():
    text = "Mr. Smith met U.S. officials on Sept. 20 in Washington. They agreed. It ended."
    assert split_sentences(text) == [
        "Mr. Smith met U.S. officials on Sept. 20 in Washington.",
        "They agreed.",
        "It ended.",
    ]


def test_seed_002_names_the_cut_state_department_reply_and_oman(seeds):
    ch = changes(seeds)
    assert list(ch.columns) == CHANGE_COLUMNS
    e = ch[ch.doc_id == "002"]
    assert set(e.parent_doc_id) == {"001"}
    cut = e[(e.section == "fact") & (e.change == "cut")]
    # the State Department once, by its long name, in the reply's first sentence (its short
    # name in the next sentence is the same body, not a second fact)
    assert {"Oman", "U.S. State Department"} <= set(cut.before)
    assert not cut.before.str.fullmatch("State Department").any()
    state = cut[cut.before == "U.S. State Department"].parent_sentence.iloc[0]
    assert state.startswith("The U.S. mission at the United Nations referred Reuters")
    style = e[e.section == "style"]
    assert len(style) == 1 and "\n" not in style.after.iloc[0]
    assert style.after.iloc[0].startswith("26 quote marks")  # the variants table's count (issue #23)
    # facts lead: every fact row comes before the first quote, claim or style row
    sections = e.section.tolist()
    assert sections.index("quote") > max(i for i, s in enumerate(sections) if s == "fact")


def test_identical_copy_has_no_change():
    c = from_records(
        [
            {"doc_id": "a", "text": PARENT, "published": "2020-01-01"},
            {"doc_id": "b", "text": PARENT, "published": "2020-01-02"},
        ]
    )
    ch = changes(c)
    assert ch.empty and list(ch.columns) == CHANGE_COLUMNS
