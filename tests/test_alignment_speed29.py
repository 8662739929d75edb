"""speed29 (#23, CPU of the alignment): what is computed once or skipped gives what was computed
before, on invented sentences."""

from difflib import SequenceMatcher

import pandas as pd

from corpus_tools import from_records
from corpus_tools.reuse import similarity
from corpus_tools.reuse.alignment import body_sentences
from corpus_tools.reuse.fusion import sentence_words_
from corpus_tools.reuse.matching import ReuseOptions, Sentence, match
from corpus_tools.reuse.similarity import _features, idf_weights, known_names, sentence_score, window
from corpus_tools.reuse.word_keys import lemma, word_key
from corpus_tools.text.sentences import match_key, norm_token

WIRE = "Smith, who denies two charges of arson at the Leeds mill, was bailed until May."
PAIRS = [
    ("Smith denies two charges of arson.", WIRE),  # the window of the window is the window
    ("Smith was bailed.", "Smith , who denies two charges , was bailed until May by the court"),
    ("The mill burned down in May.", WIRE),  # the window no shorter than the short side
    ("He denies two charges of arson.", WIRE),  # "He" unmatched: the window shorter, read again
    ("Nothing here matches at all.", WIRE),  # only "at": the window shorter, read again
    ("Nothing here matches.", "Police came quickly yesterday."),  # no block: the window is the long one
]


def test_word_keys_kept_are_the_keys_built_afresh():
    words = ["Programmes", "U.S.", "denied", "9ins", "three", "Denies", "Programmes"]
    for w in words:
        assert word_key(w) == match_key(norm_token(w))
        assert word_key(w, True) == lemma(match_key(norm_token(w)))
    assert [word_key(w, True) for w in words[:4]] == ["program", "us", "deny", "9in"]
    assert similarity.lemma is lemma  # still exported where it was
    sents = [["Smith", "was", "bailed"], ["Police", "said", "Smith", "lied"], ["the", "police", "came"]]
    assert known_names(sents, lemmas=True) == frozenset({"smith"})


def _score_as_before(a, b, idf=None):
    """sentence_score as it was: the window of the window computed again."""
    w = similarity.SCORE_WEIGHTS
    win, done = window(a, b), {}
    rows = [_features(a, b, idf, win, done)]
    if len(a.keys) != len(b.keys):
        rows.append(_features(*win, idf, window(*win), done))
    z = max(w["intercept"] + sum(w[n] * x for n, x in zip(similarity.FEATURES, f, strict=True)) for f in rows)
    return 1.0 / (1.0 + similarity.math.exp(-z))


def test_window_of_a_window_no_shorter_is_itself_and_scores_are_unchanged():
    shortcut = 0
    for x, y in PAIRS:
        a, b = sentence_words_(x, lemmas=True), sentence_words_(y, lemmas=True)
        short, span = window(a, b)
        if len(short.keys) <= len(span.keys):
            shortcut += 1
            again = window(short, span)
            assert again[0] is short and again[1].keys == span.keys and again[1].names == span.names
        assert sentence_score(a, b) == _score_as_before(a, b)  # exactly, not approximately
        assert sentence_score(b, a) == _score_as_before(b, a)
    assert shortcut == 4


def test_body_sentences_reads_rows_by_document_in_order_of_first_row():
    corpus = from_records(
        [{"doc_id": "a", "text": "Ann Roe was jailed. She wept."}, {"doc_id": "b", "text": "Roe wept."}]
    )
    # the frame's rows interleave documents: each document's rows are read in frame order
    frame = pd.DataFrame(
        {
            "doc_id": ["a", "b", "a"],
            "sent_id": [0, 0, 1],
            "start": [0, 0, 20],
            "end": [19, 9, 29],
            "is_boilerplate": [False, False, False],
        }
    )
    out = body_sentences(corpus, sentences=frame)
    assert [(s.doc_id, s.sent_id, s.start, s.end, s.keys) for d in ("a", "b") for s in out[d]] == [
        ("a", 0, 0, 19, ("ann", "roe", "was", "jail")),
        ("a", 1, 20, 29, ("she", "weep")),
        ("b", 0, 0, 9, ("roe", "weep")),
    ]
    assert out["a"][1].words.names == frozenset()  # "She" opens its sentence
    assert out["b"][0].words.names == frozenset({"roe"})  # a known name even opening one


def _sentence(doc: str, text: str):
    words = sentence_words_(text, lemmas=True)
    return Sentence(doc, 0, 0, len(text), words.keys, words)


def test_a_match_hands_its_blocks_to_the_score_only_for_a_shorter_source():
    src = _sentence("wire", "He denies two charges of arson at the mill.")
    longer = _sentence("paper", "Smith, 40, who denies two charges of arson at the Leeds mill, was bailed.")
    shorter = _sentence("paper", "He denies arson.")
    idf = idf_weights([src.keys, longer.keys, shorter.keys])
    m = match(src, longer, idf, ReuseOptions())
    assert m.blocks == SequenceMatcher(None, src.keys, longer.keys, autojunk=False).get_matching_blocks()
    assert m.score == sentence_score(longer.words, src.words, idf=idf)  # the blocks matched afresh
    assert round(m.score, 4) == 0.9982 and m.cls == "rewritten"
    assert match(src, shorter, idf, ReuseOptions()).blocks is None  # the window is the other way round
