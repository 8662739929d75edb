"""The corpus-relative derivation model (#24, round 6): shares standardised within the corpus
classified, the absolute model for a corpus of fewer than ``min_versions`` versions."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from corpus_tools import analyze, from_records, load_corpus
from corpus_tools.report.findings import findings
from corpus_tools.reuse.derivation import classify_documents
from corpus_tools.reuse.derivation_model import DerivationModel, log_odds
from corpus_tools.reuse.derivation_relative import RELATIVE_WEIGHTS, CorpusRelativeModel, corpus_z

WIRE = [
    "A man was jailed for six years on Friday for a robbery at a post office.",
    "The court heard that he threatened the staff with a knife and took the cash.",
    "The judge said the staff had been terrified by what happened.",
]
NEW = [
    "Neighbours in the village described him as a quiet gardener who kept bees.",
    "His sister told reporters outside that the family would appeal against the sentence.",
    "Police have renewed calls for witnesses to a second robbery in the same town last spring.",
    "The shop reopened on Monday with a new alarm and a guard at the door.",
]
#: twelve versions of the wire: copies, the wire with a sentence added, half copies, one wire sentence
#: among new ones
VERSIONS = {
    "v01": WIRE,
    "v02": WIRE[:2],
    "v03": WIRE + NEW[:1],
    "v04": [WIRE[0], NEW[0], WIRE[1]],
    "v05": [WIRE[0], *NEW[:2]],
    "v06": [WIRE[1], *NEW[1:3]],
    "v07": [WIRE[2], *NEW],
    "v08": [*NEW[:3], WIRE[0]],
    "v09": [*WIRE[1:], *NEW[3:]],
    "v10": [WIRE[0], WIRE[2], *NEW[2:]],
    "v11": [*NEW, WIRE[1]],
    "v12": [WIRE[0].replace("six", "seven"), NEW[0]],
}


def _corpus(names):
    recs = [{"doc_id": "wire", "text": "\n".join(WIRE)}]
    return from_records(recs + [{"doc_id": k, "text": "\n".join(VERSIONS[k])} for k in names])


def test_corpus_z_standardises_the_log_odds_within_the_frame():
    frame = pd.DataFrame({"containment": [0.1, 0.5, 0.9, 0.5], "longest_passage": [0.3] * 4})
    z = corpus_z(frame)
    x = log_odds([0.1, 0.5, 0.9, 0.5])
    assert np.allclose(z[:, 0], (x - x.mean()) / x.std())
    assert z[:, 1].tolist() == [0.0] * 4  # equal in every version: 0, not a division by zero
    # each row's z depends on the corpus, not on the row's place in it
    assert np.allclose(corpus_z(frame.iloc[::-1])[::-1], z)


def test_probabilities_on_a_large_corpus_follow_the_weights_by_hand():
    frame = pd.DataFrame(
        {"containment": np.linspace(0.05, 0.95, 12), "longest_passage": np.linspace(0.9, 0.1, 12) ** 2}
    )
    m = CorpusRelativeModel()
    z = corpus_z(frame)
    w = np.array([RELATIVE_WEIGHTS[c] for c in ("wholly_derived", "partially_derived", "non_derived")])
    s = (np.column_stack([np.ones(12), z]) @ w.T) / m.temperature
    expected = np.exp(s) / np.exp(s).sum(1, keepdims=True)
    assert np.allclose(m.probabilities(frame), expected)
    assert m.is_relative(frame) and not m.is_relative(frame.head(9))


def test_a_small_corpus_is_classified_by_the_absolute_model(seeds):
    frame = pd.DataFrame(
        {
            "containment": [0.2, 0.9],
            "novel_word_share": [0.6, 0.01],
            "longest_passage": [0.1, 0.8],
            "kept_novel_share": [0.6, 0.01],
        }
    )
    assert np.array_equal(CorpusRelativeModel().probabilities(frame), DerivationModel().probabilities(frame))
    c = classify_documents(seeds, source="001", derivation_model=CorpusRelativeModel()).set_index("doc_id")
    assert c["derivation"].to_dict() == {"000": "wholly_derived", "002": "wholly_derived"}
    assert c["probability"].to_dict() == {"000": 0.8605, "002": 0.612}
    assert c["rule"].eq("model").all() and not c["check"].any()


def test_twelve_versions_are_read_relative_to_each_other():
    corpus = _corpus(sorted(VERSIONS))
    rel = classify_documents(corpus, source="wire", derivation_model=CorpusRelativeModel()).set_index(
        "doc_id"
    )
    assert rel["rule"].eq("model_corpus").all()
    assert rel["derivation"].to_dict() == {
        "v01": "wholly_derived",
        "v02": "wholly_derived",
        "v03": "wholly_derived",
        "v04": "partially_derived",
        "v05": "non_derived",
        "v06": "non_derived",
        "v07": "non_derived",
        "v08": "non_derived",
        "v09": "partially_derived",
        "v10": "partially_derived",
        "v11": "non_derived",
        "v12": "partially_derived",
    }
    assert rel["check"][rel["check"]].index.tolist() == ["v03", "v05", "v06", "v09", "v10", "v12"]
    # the absolute model calls the half copies wholly derived: ten of twelve
    absolute = classify_documents(corpus, source="wire", derivation_model=DerivationModel())
    assert (absolute["derivation"] == "wholly_derived").sum() == 10
    # nine versions: under min_versions, the absolute model decides
    small = classify_documents(
        _corpus(sorted(VERSIONS)[:9]), source="wire", derivation_model=CorpusRelativeModel()
    )
    assert small["rule"].eq("model").all()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"min_versions": 1}, "min_versions must be an integer >= 2"),
        ({"temperature": 0.0}, "temperature must be > 0"),
        ({"weights": {"wholly_derived": (0.0, 1.0)}}, "expected one row per class"),
    ],
)
def test_bad_constants_are_refused(kwargs, message):
    with pytest.raises(ValueError, match=message):
        CorpusRelativeModel(**kwargs)


def test_a_missing_column_is_named():
    frame = pd.DataFrame({"longest_passage": np.linspace(0.1, 0.9, 12)})
    with pytest.raises(ValueError, match="no column 'containment'"):
        CorpusRelativeModel().probabilities(frame)


def test_the_findings_give_the_measures_the_relative_model_read():
    a = analyze(load_corpus("seeds"), only=["derivation"])
    der = a.derivation.copy()
    der.loc[der["doc_id"] == "002", ["rule", "probability", "check"]] = ["model_corpus", 0.81, False]
    a.derivation = der
    text = findings(a, topics=["reuse"])["002"]
    row = der.set_index("doc_id").loc["002"]
    assert "against the other versions of the corpus, 001 holds " in text
    assert f"{round(100 * row['containment'])}%" in text and "(probability 0.81)" in text
