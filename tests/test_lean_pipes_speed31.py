"""text/lean_pipes.py (speed31, #23): the cheaper lemmatizer and attribute ruler set what the stock
components set, token for token, on invented text that reaches every kind of their patterns."""

from __future__ import annotations

import numpy as np
import pytest

spacy = pytest.importorskip("spacy")

from corpus_tools.text import nlp as nlp_mod  # noqa: E402
from corpus_tools.text.lean_pipes import _PairMatcher, lean  # noqa: E402

TEXTS = [
    "I said I'm gonna go, and y'all know it. Ain't nobody gotta wait, she gets it.",
    "There is a man who got the  keys; there were three of them.  Let's go, c'mon.",
    "It rained. They gave it to me and I gave it to you. You did, did you not? He has had enough.",
    "\"We're doin' fine,\" said Mr Hale, 47, of Mill Lane.  'Em nothin' but ol' somethin' 'nuff.",
    "The boxers' trainers ran faster; the best-known judges were sitting in Leeds Crown Court.",
]


@pytest.fixture(scope="module")
def pair():
    loaded = nlp_mod.load_model()  # the pipeline the package uses, made lean on its load
    name = next(k for k, v in nlp_mod._MODELS.items() if v is loaded)
    return spacy.load(name), lean(spacy.load(name))


def _tokens(doc):
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, ORTH, POS, TAG  # noqa: PLC0415

    return doc.to_array([ORTH, NORM, TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]), [
        (t.lemma_, t.pos_, str(t.morph), t.tag_, t.dep_) for t in doc
    ]


def test_lean_parses_equal_stock(pair):
    stock, fast = pair
    for a, b in zip(stock.pipe(TEXTS), fast.pipe(TEXTS), strict=True):
        xa, la = _tokens(a)
        xb, lb = _tokens(b)
        assert np.array_equal(xa, xb)
        assert la == lb
    # the texts reach the ruler's two-token, DEP, REGEX and IS_SPACE rules and the lemma rules
    doc = fast("I'm gonna say there is a  dog that got fed.")
    assert [t.lemma_ for t in doc][:4] == ["I", "be", "go", "to"]
    assert doc[8].pos_ == "SPACE" and doc[6].pos_ == "VERB"  # "  ": IS_SPACE; "there is": expl


def test_pair_matches_equal_the_stock_matcher(pair):
    stock, _ = pair
    ruler = stock.get_pipe("attribute_ruler")
    fast = _PairMatcher(ruler)
    assert fast.ok
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(stock.pipe(TEXTS))
    found = 0
    for doc in docs:
        want = ruler.match(doc)
        assert fast.match(doc) == want
        found += sum(e - s == 2 for _, _, s, e in want)
    assert found >= 3  # gonna, there is/were, let's


def test_lemma_tables_and_kept_lemmas(pair):
    _, fast = pair
    lem = fast.get_pipe("lemmatizer")
    index = lem.lookups.get_table("lemma_index")
    assert all(isinstance(v, frozenset) for v in index.values())
    doc = fast("The judges were sitting and ran.")
    assert [t.lemma_ for t in doc] == ["the", "judge", "be", "sit", "and", "run", "."]
    assert lem.lemmatize(doc[1]) is lem.lemmatize(doc[1])  # kept: the same list handed back


def test_unsupported_ruler_kept_stock():
    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a"}, {"LOWER": "b"}, {"LOWER": "c"}]], {"LEMMA": "abc"})
    assert not _PairMatcher(ruler).ok
    ruler2 = spacy.blank("en").add_pipe("attribute_ruler")
    ruler2.add([[{"LOWER": "a", "OP": "+"}]], {"LEMMA": "a"})
    assert not _PairMatcher(ruler2).ok
    ruler3 = spacy.blank("en").add_pipe("attribute_ruler")
    ruler3.add([[{"LOWER": {"IN": ["x", "y"]}}, {"LOWER": {"REGEX": "^z+$"}}]], {"LEMMA": "q"}, index=1)
    pm = _PairMatcher(ruler3)
    assert pm.ok
    doc = ruler3.vocab.strings and spacy.blank("en")("x zz y z x a")  # another vocab: same hashes
    assert pm.match(doc) == ruler3.match(doc) and len(pm.match(doc)) == 2
    lean(ruler3_nlp := spacy.blank("en"))  # no lemmatizer, no ruler: nothing to do
    assert ruler3_nlp.pipe_names == []
