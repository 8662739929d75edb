"""Work the report no longer repeats (#23 round 5) gives the same results as the plain paths."""

from __future__ import annotations

from corpus_tools.text import nlp
from corpus_tools.text.sentences import parse
from corpus_tools.variants import fact_changes


def _annotations(doc) -> list[tuple]:
    tokens = [
        (t.text, t.idx, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_, t.is_sent_start)
        for t in doc
    ]
    return [*tokens, tuple((e.start, e.end, e.label_) for e in doc.ents)]


def test_a_repeated_text_is_parsed_once_and_each_row_has_its_own_parse(monkeypatch):
    model = nlp.load_model()
    given: list[str] = []
    pipe = model.pipe
    monkeypatch.setattr(model, "pipe", lambda texts, **kw: pipe(given.extend(texts) or texts, **kw))
    texts = ["Oman said the talks failed.", "Cominco said 2,400 struck.", "Oman said the talks failed."]
    docs = nlp.parse_texts(texts, n_process=1)
    assert given == texts[:2]
    assert docs[0] is not docs[2]
    assert _annotations(docs[0]) == _annotations(docs[2])


SENTENCES = [
    "Baker said that he opposes a Federal tax increase to help reduce the budget deficit.",
    '"Obviously Dayton-Hudson people feel unprotected," Vanasek said.',
    'He told the "Moneyline" television program that American Express would sell shares.',
    "The Federal Reserve was not asked, he told Oman.",
]


def test_tags_and_entities_read_apart_are_the_whole_pipelines():
    model = nlp.load_model()
    pos = fact_changes._tagged(model, SENTENCES, "pos")
    ents = fact_changes._tagged(model, SENTENCES, "ner")
    whole = [
        [(t.text, t.pos_, t.ent_type_) for t in doc]
        for doc in model.pipe(SENTENCES, disable=["parser", "lemmatizer"])
    ]
    apart = [[(w, p, e) for (w, p), (_, e) in zip(pos[s], ents[s], strict=True)] for s in SENTENCES]
    assert apart == whole
    assert ("Federal", "ADJ", "") in apart[0] and ("Federal", "PROPN", "ORG") in apart[3]
    assert apart[1][1] == ("Obviously", "ADV", "")


def test_a_forked_parse_read_back_from_its_docbin_is_the_parse(seeds, monkeypatch):
    texts = parse(seeds)["doc"].map(lambda d: d.text).tolist()
    monkeypatch.setattr(nlp, "CHUNK_SIZE", 10)
    forked = nlp.parse_texts(texts, n_process=2)
    alone = nlp.parse_texts(texts, n_process=1)
    assert [d.to_json() for d in forked] == [d.to_json() for d in alone]
    assert [(d.has_unknown_spaces, d.cats, len(d.spans), d.tensor.size) for d in forked] == [
        (False, {}, 0, 0)
    ] * len(texts)


def test_the_pipeline_is_found_once(monkeypatch):
    import spacy  # noqa: PLC0415 - spaCy loads on first use

    first = nlp.load_model()
    calls: list[str] = []
    load = spacy.load
    monkeypatch.setattr(spacy, "load", lambda name, **kw: calls.append(name) or load(name, **kw))
    assert nlp.load_model() is first and nlp.load_model() is first
    assert calls == []  # neither the pipeline loaded nor a default found missing is looked for again
