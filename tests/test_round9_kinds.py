"""Issue 22, round 9's other kinds (benchmarks/claims.md, "Ninth round"): PA's "#" for "£" in the
word changes, a source word written otherwise (a lone number in words, a clipped word in full) and
the order of a wire story's takes. Invented texts of the shapes the audit found."""

from __future__ import annotations

import re

import pytest

from corpus_tools import analyze, findings, from_records
from corpus_tools.report.findings import overview
from corpus_tools.report.views import show_alignment
from corpus_tools.reuse.derivation import body_words, is_fact
from corpus_tools.reuse.novelty import compounds, novel_lists
from corpus_tools.variants.lexical import extract_variants

# ----------------------------------------------------------------------------- "#" for "£"

#: PA-style wire copy: paragraph marks, "<" line ends and "#" for the pound sign
WIRE = (
    "\x19A baker was today jailed after stealing nearly #300,000 from customers who trusted him.<\n"
    "\x19He admitted taking about #20,000 from the till of his shop in Leeds.<\n"
    "\x19The judge said the thefts were a grave breach of trust.<\n"
)
PAPER = (
    "A baker was yesterday jailed after stealing nearly £300,000 from customers who trusted him.\n\n"
    "He admitted taking £20,000 from the till of his shop in Leeds.\n\n"
    "The judge said the thefts were a grave breach of trust.\n"
)


def test_a_wire_hash_for_the_pound_sign_is_compared_as_cleaning_reads_it():
    corpus = from_records(
        [
            {"doc_id": "wire1", "text": WIRE, "outlet": "PA", "role": "wire"},
            {"doc_id": "paper", "text": PAPER, "outlet": "Herald", "role": "newspaper"},
        ]
    )
    v = extract_variants(corpus, source="wire1")
    got = [(r.sent_id, r.source_form, r.form, r.category) for r in v.itertuples()]
    # before: "#" -> "£" other punctuation (sentence 0), "about #" cut and "£" added (sentence 1)
    assert got == [(0, "today", "yesterday", "time_reference"), (1, "about", "", "deletion")]
    for r in v.itertuples():  # the forms stay the raw text at their offsets
        assert WIRE[r.source_start : r.source_end] == r.source_form
        assert PAPER[r.start : r.end] == r.form


def test_a_hash_that_cleaning_keeps_is_still_a_change():
    # not wire copy: cleaning reads no "#" as "£", so neither do the word changes
    source = "The band reached #1 in the charts with its second single last spring."
    corpus = from_records(
        [
            {"doc_id": "a", "text": source, "outlet": "Herald"},
            {"doc_id": "b", "text": source.replace("#1", "£1"), "outlet": "Gazette"},
        ]
    )
    v = extract_variants(corpus, source="a")
    assert [(r.source_form, r.form) for r in v.itertuples()] == [("#", "£")]


# ----------------------------------------------------------------------------- written otherwise


def _own(source: str, text: str) -> tuple[list[str], list[tuple[str, ...]]]:
    source_keys = {k for k, _, _ in body_words(source)} | compounds([source])
    return novel_lists(body_words(text), source_keys, is_fact)


@pytest.mark.parametrize(
    "source, text",
    [
        # a lone number in words for the source's figure of the same thing (os25), either way round
        (
            "The baker was also banned from running a company for 10\nyears.",
            "The baker was banned from running a company for ten years.",
        ),
        ("The court heard that eight women had complained.", "The court heard that 8 women had complained."),
        # a clipped word's full form (os22), and the clipping of the source's full form
        ("The couple placed adverts in national newspapers.", "The couple put advertisements in newspapers."),
        ("The firm sent advertisements to every house.", "The firm sent ads to every house."),
        ("She rang him on her phone at the laboratory.", "She rang him on her telephone at the lab."),
    ],
)
def test_a_source_word_written_otherwise_is_not_its_own(source, text):
    assert _own(source, text) == ([], [])


def test_a_number_in_words_that_counts_something_else_stays_its_own():
    # the same figure before another word is another fact ("ten weeks" is not "10 years"), and a
    # figure inside a longer number is no whole number ("10" of "10.30")
    source = "The baker was banned for 10 years after the hearing at 10.30 today."
    words, names = _own(source, "The baker was jailed for ten weeks and ten men wept.")
    assert words == ["jailed", "weeks", "men", "wept"]
    assert names == [("ten",)]


# ----------------------------------------------------------------------------- the takes' order


def _take(time: str, label: str, body: str) -> str:
    rule = "  " + "-" * 72
    return f"{rule}\n\n{rule}\n\n      {time} 22/11/99: {label} (HHH) COURTS Storm\n{rule}\n{body}"


def test_takes_are_numbered_in_the_order_sent_and_a_substitute_is_named():
    page1 = (
        "\x19A ferry company cancelled every crossing today as storm winds reached ninety miles an hour.<\n"
    )
    page2 = "\x19Harbour staff tied down the cranes overnight and moored the boats in the inner basin.<\n"
    sub = (
        "\x19A ferry company cancelled every crossing today after storm winds reached ninety miles an "
        "hour and the coastguard closed the harbour.<\n"
    )
    paper = (
        "A ferry company cancelled every crossing yesterday after storm winds reached ninety miles an "
        "hour and the coastguard closed the harbour. Harbour staff tied down the cranes overnight."
    )
    wire = {"group": "PA", "role": "wire", "outlet": "PA"}
    corpus = from_records(
        [
            # the file names sort the substitute (sent last) between page 1 and page 2
            {
                "doc_id": "storm1",
                "text": _take("12:24", "Page 1", page1),
                "published": "1999-11-22T12:24",
                **wire,
            },
            {
                "doc_id": "storm1sub",
                "text": _take("15:06", "Page 1", sub).replace("Storm\n", "Storm Substitute\n"),
                "published": "1999-11-22T15:06",
                **wire,
            },
            {
                "doc_id": "storm2",
                "text": _take("13:18", "Page 2", page2),
                "published": "1999-11-22T13:18",
                **wire,
            },
            {
                "doc_id": "paper",
                "text": paper,
                "role": "newspaper",
                "outlet": "Herald",
                "published": "1999-11-23",
            },
        ]
    )
    a = analyze(corpus, progress=False)
    f = findings(a)
    assert f["storm1"].startswith("storm1 (PA, wire, ")
    assert " is file 1 of the 3 that make up PA in the order sent (at 12:24), the most likely" in f["storm1"]
    assert " is file 2 of the 3 that make up PA in the order sent (at 13:18), the most likely" in f["storm2"]
    assert (
        " is file 3 of the 3 that make up PA in the order sent (at 15:06, a substitute take), the most likely"
        in f["storm1sub"]
    )
    assert ": storm1, storm2, storm1sub)." in overview(a)
    # the side-by-side view shows the files it takes from in the same order
    labels = re.findall(r'class="ct-file">([^<]*)<', show_alignment(a, "paper").html)
    assert labels == ["storm1: file 1 of 3", "storm2: file 2 of 3", "storm1sub: file 3 of 3"]


def test_takes_without_times_keep_the_corpus_order_and_no_time_is_given():
    wire = {"group": "PA", "role": "wire", "outlet": "PA"}
    take1 = "The ferry company cancelled every crossing on Friday. Storm winds reached ninety miles an hour."
    take2 = "Harbour staff tied down the cranes overnight. The company expects to sail again on Sunday."
    corpus = from_records(
        [
            {"doc_id": "take2", "text": take2, "published": "1999-11-22", **wire},
            {"doc_id": "take1", "text": take1, "published": "1999-11-22", **wire},
            {"doc_id": "paper", "text": f"{take1} {take2}", "role": "newspaper", "outlet": "Herald"},
        ]
    )
    f = findings(analyze(corpus, progress=False))
    assert " is file 1 of the 2 that make up PA, the most likely" in f["take2"]
    assert " is file 2 of the 2 that make up PA, the most likely" in f["take1"]
