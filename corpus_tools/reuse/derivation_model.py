"""The derivation model fitted across domains: a multinomial logistic model over shares.

METER's three classes (wholly, partially, non-derived) read from two shares that do not grow
with a text's length (:data:`MODEL_FEATURES`, computed by
:func:`corpus_tools.reuse.derivation.derivation_features`), each taken to its log-odds
(:func:`log_odds`), weighed by :data:`WEIGHTS` and turned into probabilities by a softmax of
the scores divided by :data:`TEMPERATURE`. When the two most probable classes are within
:data:`CHECK_MARGIN` of each other, the class is flagged for a reader to check. A reader can
follow it by hand:

=================  =========  ==================  ===============  ==================
class              intercept  novel_word_share    longest_passage  kept_novel_share
=================  =========  ==================  ===============  ==================
wholly_derived     +2.1225    -0.7519             +1.1886          +0.1103
partially_derived  +0.2424    +0.4975             -0.0571          -1.0448
non_derived        -2.3649    +0.2544             -1.1315          +0.9345
=================  =========  ==================  ===============  ==================

score(class) = intercept + the sum of weight * log_odds(share); the longer its longest run of the
source's words, the more derived; the more content words of its own, the less. ``kept_novel_share``
reads those words outside the quotations the text's reporter heard
(:mod:`corpus_tools.reuse.derivation_quotes`: a quotation in the source's words and framing counts
as taken, one framed in the text's own is set aside), and it is what tells partially from non-derived:
a paper quoting the testimony of a hearing the source also reports shares the quotation's words
without taking them, so ``novel_word_share`` alone reads it as more derived than it is.

Provenance: fitted by ``python benchmarks/derivation.py`` on two labelled domains together,
each domain weighed equally and each class within it (METER courts: 769 newspaper texts
against the Press Association's copy, Gaizauskas, Clough et al. 2001; the Clough & Stevenson
short answers: 95 students' answers against a Wikipedia passage, cut -> wholly, light and
heavy revision -> partially, non -> non-derived, Clough and Stevenson 2011), scikit-learn's
``LogisticRegression`` (L2, ``C`` = :data:`REGULARISATION`). The temperature minimises the
balanced log loss of the pooled out-of-fold scores (5 folds, each holding out a fifth of the
courts dates and one question); the margin is the widest that leaves at least 70 % of each
domain's texts confident. Out of fold: macro-F1 0.646 on courts, 0.775 on the answers; fitted on
courts and tested on the answers 0.668, the reverse 0.571 (round 38, branch class38; the model on
``novel_word_share`` and ``longest_passage`` alone had 0.638, 0.745, 0.641 and 0.547:
benchmarks/README.md, section #24): below the issue's targets, and below the METER rules on courts,
which is why :func:`corpus_tools.reuse.derivation.classify_documents` uses it only when asked. No
scikit-learn is needed here: the weights are constants.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import numpy as np
import pandas as pd

__all__ = [
    "CHECK_MARGIN",
    "CLASSES",
    "MODEL_FEATURES",
    "TEMPERATURE",
    "WEIGHTS",
    "DerivationModel",
    "is_close",
    "log_odds",
]

#: METER's classes, in the order of the model's probabilities.
CLASSES = ("wholly_derived", "partially_derived", "non_derived")
#: The features the model reads (columns of :func:`corpus_tools.reuse.derivation.derivation_features`).
MODEL_FEATURES = ("novel_word_share", "longest_passage", "kept_novel_share")
#: inverse L2 regularisation of the fit (scikit-learn's ``C``)
REGULARISATION = 1.0
#: added to a share and to its complement before the log-odds, so 0 and 1 stay finite
SMOOTHING = 0.02
#: Per class: the intercept, then one weight per feature of :data:`MODEL_FEATURES` (on the
#: log-odds of the share). A class's score is intercept + sum(weight * log_odds(share)); the
#: probabilities are the softmax of the scores over :data:`TEMPERATURE`.
WEIGHTS: Mapping[str, tuple[float, ...]] = MappingProxyType(
    {
        "wholly_derived": (2.1225, -0.7519, 1.1886, 0.1103),
        "partially_derived": (0.2424, 0.4975, -0.0571, -1.0448),
        "non_derived": (-2.3649, 0.2544, -1.1315, 0.9345),
    }
)
#: divides the scores before the softmax: fitted across domains (see the module's docstring)
TEMPERATURE = 1.0655
#: a class whose probability is within this of the runner-up's is flagged ``check``
CHECK_MARGIN = 0.12


def log_odds(share) -> np.ndarray:
    """The log-odds of a share in [0, 1], smoothed by :data:`SMOOTHING` (values outside are clipped).

    Example:
        >>> log_odds([0.0, 0.5, 1.0]).round(3).tolist()
        [-3.932, 0.0, 3.932]
    """
    x = np.clip(np.asarray(share, dtype=float), 0.0, 1.0)
    return np.log((x + SMOOTHING) / (1.0 + SMOOTHING - x))


def is_close(probabilities: np.ndarray, margin: float = CHECK_MARGIN) -> np.ndarray:
    """Per row of class probabilities: whether the top two are within ``margin`` of each other.

    Example:
        >>> is_close(np.array([[0.5, 0.4, 0.1], [0.8, 0.15, 0.05]])).tolist()
        [True, False]
    """
    top2 = np.sort(np.asarray(probabilities, dtype=float), axis=1)[:, -2:]
    return (top2[:, 1] - top2[:, 0]) < margin


def softmax(scores: np.ndarray, temperature: float) -> np.ndarray:
    """Per row of class scores, the probabilities at a temperature (rows sum to 1)."""
    s = scores / temperature
    e = np.exp(s - s.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


@dataclass(frozen=True)
class DerivationModel:
    """A multinomial logistic model over share features; the shipped constants by default.

    Attributes:
        features: the columns it reads (default :data:`MODEL_FEATURES`).
        weights: per class of :data:`CLASSES`, the intercept then one weight per feature
            (default :data:`WEIGHTS`).
        temperature: divides the scores before the softmax (default :data:`TEMPERATURE`, > 0).
        margin: the top two classes within this are flagged (default :data:`CHECK_MARGIN`, [0, 1]).
    """

    features: tuple[str, ...] = MODEL_FEATURES
    weights: Mapping[str, tuple[float, ...]] = field(default_factory=lambda: WEIGHTS)
    temperature: float = TEMPERATURE
    margin: float = CHECK_MARGIN

    def __post_init__(self) -> None:
        if set(self.weights) != set(CLASSES):
            raise ValueError(f"weights: expected one row per class of {CLASSES}, got {sorted(self.weights)}")
        bad = [c for c, w in self.weights.items() if len(w) != len(self.features) + 1]
        if bad:
            raise ValueError(
                f"weights of {bad[0]}: expected {len(self.features) + 1} values (intercept first)"
            )
        if not self.temperature > 0:
            raise ValueError(f"temperature must be > 0, got {self.temperature}")
        if not 0 <= self.margin <= 1:
            raise ValueError(f"margin must be in [0, 1], got {self.margin}")

    def scores(self, frame: pd.DataFrame) -> np.ndarray:
        """Per row of ``frame`` (the model's features as columns), the score of each class."""
        missing = [f for f in self.features if f not in frame.columns]
        if missing:
            raise ValueError(f"derivation features: no column {missing[0]!r} (see derivation_features)")
        x = np.column_stack([np.ones(len(frame)), log_odds(frame[list(self.features)].to_numpy(float))])
        w = np.array([self.weights[c] for c in CLASSES], dtype=float)
        return x @ w.T

    def probabilities(self, frame: pd.DataFrame) -> np.ndarray:
        """Per row, the probability of each class of :data:`CLASSES` (rows sum to 1)."""
        return softmax(self.scores(frame), self.temperature)

    def predict(self, frame: pd.DataFrame) -> np.ndarray:
        """Per row, the most probable class."""
        return np.array(CLASSES, dtype=object)[self.probabilities(frame).argmax(axis=1)]

    def describe(self) -> dict:
        """The constants, as :mod:`corpus_tools.reuse.derivation_model` ships them."""
        return {
            "MODEL_FEATURES": list(self.features),
            "WEIGHTS": {c: [round(float(v), 4) for v in self.weights[c]] for c in CLASSES},
            "TEMPERATURE": round(float(self.temperature), 4),
            "CHECK_MARGIN": self.margin,
        }
