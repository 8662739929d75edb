"""Round 36 (speed36): a paragraph's sentences made once must equal spaCy's ``Token.sent`` and
``Span.sent``, on invented text; the children a cue's test walks once give the same readings."""

from __future__ import annotations

from corpus_tools.attribution import doc_texts
from corpus_tools.attribution.doc_texts import doc_ents, span_sent, token_sent
from corpus_tools.attribution.future_acts import future_act
from corpus_tools.text.nlp import load_model

_TEXT = (
    "Dana Pirell, the treasurer, said on Monday the fund would close. "
    "Her deputy disagreed. "
    '"We will reveal our decision on Friday," the board of Marlow Trust Co said in a statement.'
)


def test_token_sent_is_spacys_sentence_for_every_token():
    doc = load_model()(_TEXT)
    assert len(list(doc.sents)) >= 3
    for tok in doc:
        mine, theirs = token_sent(tok), tok.sent
        assert (mine.start, mine.end) == (theirs.start, theirs.end) and mine == theirs
    assert token_sent(doc[0]) is token_sent(doc[1])  # one Span per sentence, made once


def test_span_sent_is_spacys_for_every_span_also_across_sentences_and_empty():
    doc = load_model()(_TEXT)
    n = len(doc)
    for lo in range(n + 1):
        for hi in range(lo, min(n, lo + 14) + 1):
            span = doc[lo:hi]
            if hi == lo and lo == n:
                continue  # spaCy reads no sentence past the doc's end
            mine, theirs = span_sent(span), span.sent
            assert (mine.start, mine.end) == (theirs.start, theirs.end), (lo, hi)


def test_a_doc_with_its_own_sentence_hook_keeps_spacys_reading(monkeypatch):
    monkeypatch.setattr(doc_texts, "_SENTS", {})
    doc = load_model()(_TEXT)
    doc.user_token_hooks["sent"] = lambda tok: tok.doc[: len(tok.doc)]  # one sentence, by the hook
    assert all(token_sent(t) == t.sent == doc[: len(doc)] for t in doc)


def test_future_act_reads_the_same_from_the_children_given():
    text = "Judge Orla Brenn will reveal her decision on Friday, and Tam Quill revealed that it was late."
    doc = load_model()(text)
    for tok in doc:
        assert future_act(tok, list(tok.children)) == future_act(tok)
    assert [t.text for t in doc if future_act(t)] == ["reveal"]


def test_doc_ents_are_spacys_entities_made_once():
    doc = load_model()(_TEXT)
    assert doc_ents(doc) == doc.ents and len(doc.ents) >= 2
    assert doc_ents(doc) is doc_ents(doc)
