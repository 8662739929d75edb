"""The parse workers of a large job (#23 round 8): larger batches, the same parses."""

from __future__ import annotations

import gc
import sys

import pytest

from corpus_tools.text import nlp

NAMES = ["Harlow Mining", "Dr Anna Petrova", "Westbrook Council", "Kestrel Bank", "Mr Tomas Ruiz"]
VERBS = ["said", "told reporters", "announced", "denied", "confirmed"]
THINGS = ["a 12.5 pct rise in output", "the sale of its Ontario unit", "talks with the union on Monday",
          "a loss of 3.2 mln dlrs", "that the plant would close in May"]  # fmt: skip


def _paragraphs(n: int) -> list[str]:
    """Invented wire paragraphs of varied length (one to three sentences), all distinct."""
    out = []
    for i in range(n):
        sents = [
            f"{NAMES[(i + k) % 5]} {VERBS[(i * 3 + k) % 5]} {THINGS[(i + 2 * k) % 5]} ({i + k} units)."
            for k in range(1 + i % 3)
        ]
        out.append(" ".join(sents))
    return out


def _annotations(doc) -> list[tuple]:
    tokens = [
        (t.text, t.idx, t.tag_, t.pos_, t.morph.to_json(), t.dep_, t.head.i, t.lemma_, t.norm_, t.ent_iob_,
         t.ent_type_, t.is_sent_start)
        for t in doc
    ]  # fmt: skip
    return [*tokens, tuple((e.start, e.end, e.label_) for e in doc.ents)]


def test_worker_batches_of_any_size_give_the_parse_of_small_batches(monkeypatch):
    texts = _paragraphs(90)
    monkeypatch.setattr(nlp, "CHUNK_SIZE", 45)  # two chunks, one batch each in a worker
    monkeypatch.setattr(nlp, "WORKER_BATCH_SIZE", 45)
    forked = nlp.parse_texts(texts, n_process=2)
    monkeypatch.setattr(nlp, "BATCH_SIZE", 4)  # in this process: batches of 4
    alone = nlp.parse_texts(texts, n_process=1)
    assert [_annotations(d) for d in forked] == [_annotations(d) for d in alone]
    assert [d.to_json() for d in forked] == [d.to_json() for d in alone]
    assert nlp.WORKER_BATCH_SIZE == 45 and len(forked) == 90


def _freeze_count(texts: list[str]) -> bytes:
    return str(gc.get_freeze_count()).encode()


class _Blob:
    """Stands in for a DocBin: reads back what a worker sent as its one 'doc'."""

    def __init__(self):
        self.blob = b""

    def from_bytes(self, blob):
        self.blob = blob
        return self

    def get_docs(self, vocab):
        return [int(self.blob)]


def test_a_worker_freezes_the_objects_it_inherits(monkeypatch):
    import spacy.tokens  # noqa: PLC0415

    inherited = [[i] for i in range(1000)]  # objects the collector tracks, made before the fork
    monkeypatch.setattr(nlp, "_parse_chunk", _freeze_count)
    monkeypatch.setattr(spacy.tokens, "DocBin", _Blob)
    counts = nlp._parse_forked(nlp.load_model(), ["a"] * 4, 2)
    assert len(counts) == 1
    assert counts[0] >= gc.get_freeze_count() + len(inherited)


class _Seen(_Blob):
    """A _Blob that notes, in this process, how many objects are frozen as it reads a chunk back."""

    frozen: list[int] = []

    def get_docs(self, vocab):
        _Seen.frozen.append(gc.get_freeze_count())
        return super().get_docs(vocab)


def test_this_process_is_frozen_while_its_workers_run(monkeypatch):
    # its collector must not write into the pages it shares with the workers (#23: the process tree)
    import spacy.tokens  # noqa: PLC0415

    inherited = [[i] for i in range(1000)]
    monkeypatch.setattr(nlp, "_parse_chunk", _freeze_count)
    monkeypatch.setattr(spacy.tokens, "DocBin", _Seen)
    monkeypatch.setattr(_Seen, "frozen", [])
    assert gc.get_freeze_count() == 0
    nlp._parse_forked(nlp.load_model(), ["a"] * 4, 2)
    assert _Seen.frozen and _Seen.frozen[0] >= len(inherited)
    assert gc.get_freeze_count() == 0  # unfrozen after
    gc.freeze()  # frozen by a caller (the lanes): left frozen
    try:
        nlp._parse_forked(nlp.load_model(), ["a"] * 4, 2)
        assert gc.get_freeze_count() >= len(inherited)
    finally:
        gc.unfreeze()


def _rss_mib() -> int:
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) // 1024 for line in f if line.startswith("VmRSS:"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim, read from /proc")
def test_trim_heap_returns_freed_memory_before_a_fork():
    # freed memory below a live allocation stays resident until trimmed (a fork would share it)
    freed = [bytes(1000) for _ in range(150_000)]  # 150 MB in malloc's heap (above pymalloc's 512 B)
    kept = bytes(1000)  # above them: the heap's top is not freed
    del freed
    before = _rss_mib()
    nlp.trim_heap()
    assert before - _rss_mib() > 100
    assert len(kept) == 1000


def test_the_heap_is_trimmed_before_the_workers_fork(monkeypatch):
    import spacy.tokens  # noqa: PLC0415

    trimmed: list[int] = []
    monkeypatch.setattr(nlp, "trim_heap", lambda: trimmed.append(len(_Seen.frozen)))
    monkeypatch.setattr(nlp, "_parse_chunk", _freeze_count)
    monkeypatch.setattr(spacy.tokens, "DocBin", _Seen)
    monkeypatch.setattr(_Seen, "frozen", [])
    nlp._parse_forked(nlp.load_model(), ["a"] * 4, 2)
    assert trimmed == [0]  # once, before the first chunk came back
