"""Round 26 (speed26): readings made once must equal what they replace, on invented text."""

from __future__ import annotations

from corpus_tools.attribution import doc_texts
from corpus_tools.attribution.defendant import defendant_heads
from corpus_tools.attribution.doc_texts import doc_reading, doc_text, doc_tokens
from corpus_tools.attribution.namesakes import full_names
from corpus_tools.attribution.near_words import spaced
from corpus_tools.text.nlp import load_model


def test_doc_text_and_tokens_equal_spacys_and_are_made_once():
    doc = load_model()("Ann Lee, the coroner, said the van was red.")
    assert doc_text(doc) == doc.text == "Ann Lee, the coroner, said the van was red."
    assert doc_text(doc) is doc_text(doc)
    tokens = doc_tokens(doc)
    assert tokens is doc_tokens(doc)
    assert [t.i for t in tokens] == list(range(len(doc)))
    assert [t.text for t in tokens] == [t.text for t in doc]
    assert tokens[3] == doc[3] and tokens[-1] == doc[-1]


def test_the_oldest_reading_is_dropped_above_kept(monkeypatch):
    monkeypatch.setattr(doc_texts, "KEPT", 2)
    monkeypatch.setattr(doc_texts, "_READINGS", {})
    nlp = load_model()
    docs = [nlp(t) for t in ("Ann spoke.", "Tom Ray spoke.", "The judge spoke at length.")]
    calls = []
    for d in docs:
        assert doc_reading("n", d, lambda x: calls.append(x.text) or len(x)) == len(d)
    assert len(doc_texts._READINGS["n"]) == 2 and id(docs[0]) not in doc_texts._READINGS["n"]
    assert doc_reading("n", docs[2], lambda x: -1) == len(docs[2])  # kept: not built again
    assert doc_reading("n", docs[0], lambda x: -1) == -1  # dropped: built again
    assert calls == ["Ann spoke.", "Tom Ray spoke.", "The judge spoke at length."]


def test_full_names_keep_each_paragraphs_offset():
    nlp = load_model()
    first, second = (
        nlp("Peter Holt told the court he was at home."),
        nlp("Later Mary Jones said she saw him."),
    )
    paragraphs = [(0, 0, first), (1, 100, second)]
    names = full_names(paragraphs)
    assert names == full_names(paragraphs)  # read again from the kept readings: the same
    assert [(at, g, s) for at, g, s in names if s in ("Holt", "Jones")] == [
        (0, "Peter", "Holt"),
        (106, "Mary", "Jones"),
    ]


def test_defendant_heads_read_once_give_a_fresh_set():
    text = "A 15-year-old boy went on trial today accused of arson. The schoolboy denies the charge."
    heads = defendant_heads(text)
    assert {"boy", "schoolboy"} <= heads
    heads.add("changed")
    assert "changed" not in defendant_heads(text)


def test_spaced_joins_white_space():
    assert spaced("Ann  Lee,\n\nthe coroner ") == "Ann Lee, the coroner"
