"""Evidence weighed as a reader would (issue 22): a shared press statement is not copying, a
person with an age is a person, furniture is named, and line-break fragments and crossheads are
layout. Each pinned on invented text of the shape the audit found."""

from __future__ import annotations

from pairs import text_attributions

from corpus_tools import analyze, from_records
from corpus_tools.attribution.shared_quotes import shared_quotations
from corpus_tools.report.findings import findings
from corpus_tools.reuse.derivation import body_words, novelty
from corpus_tools.reuse.novelty import known_lemmas
from corpus_tools.text.cleaning import clean_text

STATEMENT = (
    '"I have loved every minute of my ten years with Redline, but it is time for me to write '
    'my own songs and spend more time with my family," Okafor said in a statement.'
)
WIRE = (
    "Guitarist Dan Okafor is leaving the rock band Redline after ten years, he said on Monday.\n\n"
    + STATEMENT
    + "\n\nThe band will tour Europe in May with a new guitarist, its manager said."
)
#: the paper's own story around the same statement (the issue: "both quote Okafor's statement")
PAPER = (
    "Fans were stunned yesterday when Dan Okafor, the 33-year-old star of Redline, quit the group "
    "that made him famous in Lagos and London.\n\n"
    + STATEMENT
    + "\n\nHis departure comes weeks before the band's biggest concert at the Kingsway arena."
)


def _pair(wire: str, paper: str):
    return from_records(
        [
            {"doc_id": "wire", "text": wire, "outlet": "Reuters", "role": "wire"},
            {"doc_id": "paper", "text": paper, "outlet": "Sun"},
        ]
    )


def test_a_statement_both_quote_is_counted_apart_and_said():
    corpus = _pair(WIRE, PAPER)
    shared = shared_quotations(corpus, source="wire")
    assert shared[["doc_id", "source_doc_id"]].values.tolist() == [["paper", "wire"]]
    assert shared["n_words"].iloc[0] == 29  # every word of the quotation
    text = findings(analyze(corpus, source="wire"), topics=("reuse", "speakers"))["paper"]
    assert "29 words it shares with wire are inside quotation marks both give to the same speaker" in text
    assert "both quote the same statements, which alone does not show that one copied the other" in text


def test_another_statement_of_the_same_speaker_is_not_shared():
    other = '"We will always be friends and I wish the lads every success on the tour," Okafor said.'
    corpus = _pair(WIRE, PAPER.replace(STATEMENT, other))
    assert shared_quotations(corpus, source="wire").empty


def test_a_name_with_an_age_is_a_person_not_an_organisation():
    text = (
        "The mother of a baby found dead in a canal was charged with murder yesterday. "
        "Robina Hashim, 29, had reported her daughter missing on Tuesday, claiming she had been "
        "abducted in the town centre."
    )
    a = text_attributions(text)
    assert set(a.loc[a["speaker"] == "Robina Hashim", "speaker_type"]) == {"person"}


def test_a_related_links_line_is_named_as_set_aside():
    wire = "Norland has offered talks on its missiles, officials said.\n\nThe offer was made last week."
    page = wire + "\n\nMORE FROM Middle-East"
    text = findings(analyze(_pair(wire, page), source="wire"), topics=("reuse",))["paper"]
    assert "page furniture set aside, not compared: 1 related-links line" in text


def test_line_break_fragments_are_joined_and_crossheads_are_not_sentences():
    raw = (
        "A WOMAN was jailed for seven years yesterday\n\n"
        "for torturing her husband with boiling water.\n\n"
        "Mr Dodd ignored a request by\n\n"
        "Mr Justice Morland to leave the\n\n"
        "witness box after his evidence.\n\n"
        "Tragic\n\n"
        "The couple married in 1997 and had four children."
    )
    c = clean_text(raw)
    kinds = [(p.kind, " ".join(c.text[p.start : p.end].split())) for p in c.paragraphs]
    assert kinds == [
        (
            "body",
            "A WOMAN was jailed for seven years yesterday for torturing her husband with boiling water.",
        ),
        (
            "body",
            "Mr Dodd ignored a request by Mr Justice Morland to leave the witness box after his evidence.",
        ),
        ("crosshead", "Tragic"),
        ("body", "The couple married in 1997 and had four children."),
    ]
    assert [e.rule for e in c.edits] == ["line_break_fragment"] * 3


def test_words_of_its_own_are_counted_on_lemmas_with_names_and_numbers_apart():
    src = {k for k, _, _ in body_words("The US will unveil a programme to build two dams, officials said.")}
    version = body_words("The United States unveiled programs to build two dams in Norland, officials said.")
    # "unveiled" is "unveil", "programs" "programme", "United States" "US": none is its own;
    # "Norland" is a name of its own, counted apart
    assert novelty(version, src) == (0, 1)
    assert known_lemmas({"united", "states"}) >= {"us", "unit", "stat"}
