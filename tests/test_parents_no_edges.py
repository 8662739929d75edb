"""``analyze(corpus, against="parent")`` on a corpus whose tree has no edge (every document a root).

Found on a METER courts story whose papers the tree reads as written apart from the wire: the
stages compared against the parent called themselves until Python's recursion limit."""

from __future__ import annotations

import pandas as pd

from corpus_tools import analyze

TEXTS = {
    "a": "The city council voted on Tuesday to close the old library on Mill Street. "
    "Councillor Ann Reeve said the building was no longer safe for readers.",
    "b": "A storm brought down power lines across the northern valley overnight. "
    "Engineers from the grid company said supplies would return by the weekend.",
}


def test_no_parent_gives_empty_frames_not_recursion():
    corpus = pd.DataFrame(
        {"text": list(TEXTS.values()), "outlet": ["Post", "Herald"]},
        index=pd.Index(list(TEXTS), name="doc_id"),
    )
    a = analyze(corpus, against="parent", only=["alignment", "speaker_survival"])
    assert a.family["parent_doc_id"].isna().all()
    assert len(a.alignment) == 0 and "doc_id" in a.alignment.columns
    assert len(a.speaker_survival) == 0 and "doc_id" in a.speaker_survival.columns
