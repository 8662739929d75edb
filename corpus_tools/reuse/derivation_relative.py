"""The derivation model read relative to the corpus being classified (opt-in).

A boundary fitted on one domain's raw shares falls inside a class of another domain (METER's
newspaper texts take less of their source than students who revise a Wikipedia passage lightly).
This model reads two shares as positions in the corpus's own distribution instead: each share is
taken to its log-odds (:func:`corpus_tools.reuse.derivation_model.log_odds`) and standardised over
all the versions classified in one call (minus their mean, over their standard deviation; a share
equal in every version gets 0), without any label. Then a multinomial logistic model, as
:class:`~corpus_tools.reuse.derivation_model.DerivationModel`:

=================  =========  ===============  =================
class              intercept  containment (z)  longest_passage (z)
=================  =========  ===============  =================
wholly_derived     +0.0116    +0.5294          +1.1984
partially_derived  +0.5957    +0.8431          -0.4462
non_derived        -0.6073    -1.3725          -0.7522
=================  =========  ===============  =================

the more of its word 3-grams found in the source than the corpus's other versions, the more derived;
the longer its longest run of the source's words, the more wholly derived. Probabilities: the
softmax of the scores over :data:`RELATIVE_TEMPERATURE`; ``check`` when the top two are within
:data:`RELATIVE_MARGIN`.

A corpus of fewer than :data:`MIN_VERSIONS` versions has no distribution to stand in: it is
classified by the absolute model (:class:`DerivationModel()`, its own temperature and margin), and
:func:`corpus_tools.reuse.derivation.classify_documents` says which model decided in ``rule``
(``model`` for the absolute one, ``model_corpus`` for this one).

Provenance: ``python benchmarks/derivation.py`` (``benchmarks/derivation_round6.py``), fitted on
METER courts (769 newspaper texts, each standardised within courts) and the Clough & Stevenson
answers (95, within the answers), each domain and class weighed equally (scikit-learn, C=1). Fitted
on one domain and tested on the other, each domain its own corpus: courts -> answers 0.759,
answers -> courts 0.602 (the absolute model then 0.641 and 0.547; 0.668 and 0.571 since round 38);
pooled cross-validation, each held-out fold its own corpus: courts 0.604, answers 0.812 (absolute
then 0.637, 0.745; 0.646, 0.775 since round 38). Chosen among about 240
candidates on the same texts over rounds 3 and 6, so these figures are optimistic; below the issue's
targets (0.70 both ways; 0.72 / 0.80), and below the METER rules on courts (0.711), which stay the
default. By the size of the test corpus (answers -> courts, whole stories, 10 cuts): >= 3 versions
0.519, >= 10 0.556, >= 20 0.573, >= 100 0.595; the answers' tasks are 19 versions each (0.756):
:data:`MIN_VERSIONS` is the smallest size at which it beats the absolute model both ways.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import numpy as np
import pandas as pd

from corpus_tools.reuse.derivation_model import CLASSES, DerivationModel, log_odds, softmax

__all__ = [
    "MIN_VERSIONS",
    "RELATIVE_FEATURES",
    "RELATIVE_MARGIN",
    "RELATIVE_TEMPERATURE",
    "RELATIVE_WEIGHTS",
    "CorpusRelativeModel",
    "corpus_z",
]

#: The shares the model reads, standardised within the corpus (columns of ``derivation_features``).
RELATIVE_FEATURES = ("containment", "longest_passage")
#: Per class of :data:`CLASSES`: the intercept, then one weight per feature's z-score.
RELATIVE_WEIGHTS: Mapping[str, tuple[float, ...]] = MappingProxyType(
    {
        "wholly_derived": (0.0116, 0.5294, 1.1984),
        "partially_derived": (0.5957, 0.8431, -0.4462),
        "non_derived": (-0.6073, -1.3725, -0.7522),
    }
)
#: divides the scores before the softmax (balanced log loss of the leave-one-domain-out scores)
RELATIVE_TEMPERATURE = 1.2821
#: the widest margin leaving >= 70 % of each domain's texts confident, out of fold
RELATIVE_MARGIN = 0.15
#: fewer versions than this in one call: the absolute model classifies them
MIN_VERSIONS = 10


def corpus_z(frame: pd.DataFrame, features=RELATIVE_FEATURES) -> np.ndarray:
    """Per row, each feature's log-odds standardised over the rows of ``frame`` (population sd).

    A feature equal in every row gets 0.

    Example:
        >>> frame = pd.DataFrame({"containment": [0.1, 0.5, 0.9], "longest_passage": [0.2] * 3})
        >>> corpus_z(frame).round(3).tolist()
        [[-1.225, 0.0], [0.0, 0.0], [1.225, 0.0]]
    """
    x = log_odds(frame[list(features)].to_numpy(float))
    sd = x.std(axis=0)
    return np.where(sd > 1e-9, (x - x.mean(axis=0)) / np.where(sd > 1e-9, sd, 1.0), 0.0)


@dataclass(frozen=True)
class CorpusRelativeModel:
    """The logistic model on shares standardised within the corpus; the shipped constants by default.

    Attributes:
        features: the columns it reads (default :data:`RELATIVE_FEATURES`).
        weights: per class of :data:`CLASSES`, the intercept then one weight per feature's z-score.
        temperature: divides the scores before the softmax (> 0).
        margin: the top two classes within this are flagged ``check`` ([0, 1]).
        min_versions: fewer rows than this are classified by ``fallback`` (an integer >= 2).
        fallback: the absolute model for small corpora (default :class:`DerivationModel()`).
    """

    features: tuple[str, ...] = RELATIVE_FEATURES
    weights: Mapping[str, tuple[float, ...]] = field(default_factory=lambda: RELATIVE_WEIGHTS)
    temperature: float = RELATIVE_TEMPERATURE
    margin: float = RELATIVE_MARGIN
    min_versions: int = MIN_VERSIONS
    fallback: DerivationModel = field(default_factory=DerivationModel)

    def __post_init__(self) -> None:
        # the same checks as the absolute model's, on this model's constants
        DerivationModel(self.features, self.weights, self.temperature, self.margin)
        if not (isinstance(self.min_versions, int) and self.min_versions >= 2):
            raise ValueError(f"min_versions must be an integer >= 2, got {self.min_versions!r}")

    def is_relative(self, frame: pd.DataFrame) -> bool:
        """Whether ``frame`` holds enough versions to be read relative to itself."""
        return len(frame) >= self.min_versions

    def active(self, frame: pd.DataFrame):
        """The model that classifies ``frame``: this one, or ``fallback`` for a small corpus."""
        return self if self.is_relative(frame) else self.fallback

    def scores(self, frame: pd.DataFrame) -> np.ndarray:
        """Per row, the score of each class (``fallback``'s scores for a small corpus)."""
        if not self.is_relative(frame):
            return self.fallback.scores(frame)
        missing = [f for f in self.features if f not in frame.columns]
        if missing:
            raise ValueError(f"derivation features: no column {missing[0]!r} (see derivation_features)")
        x = np.column_stack([np.ones(len(frame)), corpus_z(frame, self.features)])
        return x @ np.array([self.weights[c] for c in CLASSES], dtype=float).T

    def probabilities(self, frame: pd.DataFrame) -> np.ndarray:
        """Per row, the probability of each class of :data:`CLASSES` (rows sum to 1)."""
        if not self.is_relative(frame):
            return self.fallback.probabilities(frame)
        return softmax(self.scores(frame), self.temperature)

    predict = DerivationModel.predict

    def describe(self) -> dict:
        """The constants, as :mod:`corpus_tools.reuse.derivation_relative` ships them."""
        return {
            "RELATIVE_FEATURES": list(self.features),
            "RELATIVE_WEIGHTS": {c: [round(float(v), 4) for v in self.weights[c]] for c in CLASSES},
            "RELATIVE_TEMPERATURE": round(float(self.temperature), 4),
            "RELATIVE_MARGIN": self.margin,
            "MIN_VERSIONS": self.min_versions,
        }
