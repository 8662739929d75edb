"""The cross-domain derivation model (#24): share features, the model, its check flag, the findings, the
Clough & Stevenson loader — on the seeds and on corpora built here."""

from __future__ import annotations

import io
import tarfile

import numpy as np
import pandas as pd
import pytest

from corpus_tools import analyze, from_records, load_corpus
from corpus_tools.errors import CorpusError
from corpus_tools.io.datasets import load_clough_stevenson
from corpus_tools.report.findings import findings
from corpus_tools.reuse.derivation import body_words, classify_documents, derivation_features, share_features
from corpus_tools.reuse.derivation_model import CLASSES, DerivationModel, is_close, log_odds

WIRE = (
    "A man was jailed for six years on Friday for a robbery at a post office.\n"
    "The court heard that he threatened the staff with a knife and took the cash.\n"
    "The judge said the staff had been terrified by what happened."
)


def test_share_features_on_a_built_text():
    src = {"s": "the court fined mr brown of leeds for theft on monday".split()}
    words = body_words("Mr Brown of Leeds was fined for theft by the court on Monday in York.")
    keys = [k for k, _, _ in words]
    got = share_features(keys, words, src, {"york"}, np.array([True, False]))
    # content words: mr brown leeds fined theft court monday york (8), one (york) not in the source;
    # facts: Brown Leeds Monday York, York new; "brown of leeds" is 3 words: no run of 5
    assert [round(v, 3) for v in got] == [0.125, 0.25, 0.5, 0.0, 0.0, 0.0]
    # York in no other version: unique
    assert round(share_features(keys, words, src, set(), np.array([True]))[5], 3) == 0.125


def test_share_features_of_a_copy_and_of_the_seeds(seeds):
    corpus = from_records([{"doc_id": "wire", "text": WIRE}, {"doc_id": "copy", "text": WIRE}])
    f = derivation_features(corpus, source="wire").set_index("doc_id")
    assert f.loc[
        "copy", ["novel_word_share", "run_share", "source_used", "sentence_aligned_share"]
    ].tolist() == [
        0.0,
        1.0,
        1.0,
        1.0,
    ]
    s = derivation_features(seeds, source="001").set_index("doc_id")
    assert s["novel_word_share"].round(3).to_dict() == {"000": 0.005, "002": 0.025}
    assert s["longest_passage"].round(4).to_dict() == {"000": 0.4211, "002": 0.1707}


def test_log_odds_and_is_close():
    assert log_odds([0.0, 0.5, 1.0]).round(3).tolist() == [-3.932, 0.0, 3.932]
    p = np.array([[0.45, 0.40, 0.15], [0.70, 0.20, 0.10], [0.2, 0.2, 0.6]])
    assert is_close(p, 0.1).tolist() == [True, False, False]
    assert is_close(p, 0.5).tolist() == [True, True, True]


def test_model_probabilities_by_hand():
    m = DerivationModel(
        features=("novel_word_share",),
        weights={"wholly_derived": (0.0, -1.0), "partially_derived": (0.0, 0.0), "non_derived": (0.0, 1.0)},
        temperature=2.0,
    )
    frame = pd.DataFrame({"novel_word_share": [0.5, 0.0]})
    p = m.probabilities(frame)
    assert p[0].round(4).tolist() == [0.3333, 0.3333, 0.3333]  # log-odds 0: every score 0
    z = log_odds([0.0])[0] / 2.0
    expected = np.exp([-z, 0.0, z]) / np.exp([-z, 0.0, z]).sum()
    assert np.allclose(p[1], expected)
    assert m.predict(frame).tolist()[1] == "wholly_derived"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"temperature": 0.0}, "temperature must be > 0"),
        ({"margin": 1.5}, "margin must be in"),
        ({"weights": {"wholly_derived": (0.0, 0.0, 0.0)}}, "one row per class"),
        (
            {"weights": {c: (0.0, 0.0) for c in CLASSES}},
            "expected 4 values",
        ),
    ],
)
def test_model_is_validated(kwargs, message):
    with pytest.raises(ValueError, match=message):
        DerivationModel(**kwargs)


def test_model_needs_its_columns():
    with pytest.raises(ValueError, match="no column 'novel_word_share'"):
        DerivationModel().probabilities(pd.DataFrame({"longest_passage": [0.1]}))


def test_seeds_wholly_derived_by_rules_and_by_model(seeds):
    rules = classify_documents(seeds, source="001").set_index("doc_id")
    assert rules["derivation"].to_dict() == {"000": "wholly_derived", "002": "wholly_derived"}
    assert not rules["check"].any()
    model = classify_documents(seeds, source="001", derivation_model=DerivationModel()).set_index("doc_id")
    assert model["derivation"].to_dict() == {"000": "wholly_derived", "002": "wholly_derived"}
    assert model["probability"].to_dict() == {"000": 0.8605, "002": 0.612}
    assert model["runner_up"].to_dict() == {"000": "partially_derived", "002": "partially_derived"}
    assert model["rule"].eq("model").all() and not model["check"].any()


def test_a_close_call_is_flagged_and_the_findings_say_check(seeds):
    wide = DerivationModel(margin=0.5)  # 002's top two (0.63, ~0.3) are within 0.5, 000's are not
    c = classify_documents(seeds, source="001", derivation_model=wide).set_index("doc_id")
    assert c["check"].to_dict() == {"000": False, "002": True}
    a = analyze(load_corpus("seeds"), only=["derivation"])
    der = a.derivation.copy()
    der["check"] = der["doc_id"].map(c["check"]).astype(bool)
    der["runner_up"] = der["doc_id"].map(c["runner_up"])
    a.derivation = der
    text = findings(a, topics=["reuse"])
    assert (
        "002 (" in text["002"]
        and "is partially or wholly derived: check. Against 001, it adds" in text["002"]
    )
    assert "is wholly derived from 001" in text["000"]


def _archive(tmp_path, answers: dict[str, tuple[str, str, str]]) -> str:
    """A Clough & Stevenson archive: file -> (task, category, text); sources are orig_task*.txt."""
    buf = io.BytesIO()
    rows = ["File,Task,Category"] + [f"{name},{task},{cat}" for name, (task, cat, _) in answers.items()]
    files = {"file_information.csv": "\n".join(rows) + "\n"} | {n: t for n, (_, _, t) in answers.items()}
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for name, text in files.items():
            data = text.encode("utf-8")
            info = tarfile.TarInfo(f"clough-stevenson/{name}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    path = tmp_path / "cs.tar.gz"
    path.write_bytes(buf.getvalue())
    return str(path)


def test_load_clough_stevenson(tmp_path):
    path = _archive(
        tmp_path,
        {
            "g0pA_taska.txt": (
                "a",
                "cut",
                "Inheritance is a way\nto form new classes.\n\nA second paragraph.",
            ),
            "g0pB_taska.txt": ("a", "non", "Classes inherit\nfrom others."),
            "g0pC_taska.txt": ("a", "heavy", "New classes reuse old ones."),
            "orig_taska.txt": ("a", "orig", "Inheritance is a way to form new classes."),
        },
    )
    stories = load_clough_stevenson(path)
    assert list(stories) == ["a"]
    c = stories["a"]
    assert list(c.index) == ["orig_taska", "g0pA_taska", "g0pB_taska", "g0pC_taska"]
    assert c["label"].to_dict() == {
        "orig_taska": "unknown",
        "g0pA_taska": "wholly_derived",
        "g0pB_taska": "non_derived",
        "g0pC_taska": "partially_derived",
    }
    assert c["role"].tolist() == ["source", "answer", "answer", "answer"]
    # hard-wrapped lines joined, paragraphs kept
    assert c.loc["g0pA_taska", "text"] == "Inheritance is a way to form new classes.\n\nA second paragraph."
    assert c.loc["g0pA_taska", "n_paragraphs"] == 2
    d = classify_documents(c, source="orig_taska").set_index("doc_id")
    assert d.loc["g0pA_taska", "derivation"] == "wholly_derived"


def test_load_clough_stevenson_errors(tmp_path):
    with pytest.raises(CorpusError, match="not found"):
        load_clough_stevenson(tmp_path / "missing.tar.gz")
    bad = _archive(tmp_path, {"g0pA_taska.txt": ("a", "copied", "Text.")})
    with pytest.raises(CorpusError, match="category 'copied'"):
        load_clough_stevenson(bad)
