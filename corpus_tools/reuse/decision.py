"""The fitted alignment decision: one logistic model over what each sentence and its candidates show.

The rules of :func:`corpus_tools.reuse.matching.match` and :func:`corpus_tools.reuse.matching.fused_alone`
propose, for every sentence, the source sentences it is most likely taken from and a class. For a
sentence the rules call ``rewritten`` or ``new`` (never ``verbatim`` or ``near_verbatim``: a copy is
a copy), :func:`decide` then weighs the evidence at once, as the threshold rules weighed it one
route at a time: the shares of its evidence words, topical words and names the proposed source
sentences hold, the longest run of words shared, the paraphrase score, the rule that fired, whether a
neighbouring sentence aligns by its words, how much of its document the rules align, and its length
and place (:data:`FEATURES`). The model is a logistic regression (:data:`WEIGHTS`); a sentence is
reused when its probability is at least :data:`THRESHOLD`. It runs only with
``ReuseOptions(fitted_decision=1)``: it leans on the length of the text, and aligns sentences of
texts of one to five sentences that the rules rightly leave new (benchmarks/README.md "#24 sentence
reuse round 7").
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from corpus_tools.reuse.matching import Match, ReuseOptions, Sentence, fused_alone, merged_score

__all__ = ["FEATURES", "THRESHOLD", "WEIGHTS", "admissible", "decide", "decision_features", "proposal"]

#: The features of a sentence against the source sentences proposed for it, in model order.
FEATURES: tuple[str, ...] = (
    "held_share",  # share of its evidence words the proposed source sentences hold
    "topical_share",  # ... of its topical words (content beyond names, numbers, verbs of saying)
    "names_share",  # ... of its names
    "run_share",  # the longest run of words shared with the primary source sentence / its words
    "run_log",  # log(1 + that run)
    "target_cover",  # share of its words matched in order in the primary source sentence
    "source_cover",  # share of the primary source sentence's words matched in it
    "score",  # the sentence score against the proposed source sentences read as one
    "n_evidence_log",  # log(1 + its evidence words)
    "length_ratio_log",  # log of (words of the proposed source sentences / its words)
    "n_fused",  # how many source sentences are proposed
    "route_words",  # the rules align it by words (compressed, expanded, short quote, sign-off)
    "route_score",  # ... by the paraphrase score
    "route_context",  # ... by the weaker score beside a sentence aligned by words
    "route_fused",  # ... as fused from sentences no one of which explains it
    "beside_words",  # the previous or next sentence aligns by words
    "doc_aligned_share",  # share of its document's sentences the rules align
    "n_candidates_log",  # log(1 + source sentences the rules class other than new)
    "position",  # its place in the document, 0 (first) to 1 (last)
    "doc_fixed_share",  # share of its document's sentences verbatim or near verbatim
    "doc_held_share",  # mean over its document's sentences of held_share (1 for those)
    "doc_sentences_log",  # log(1 + its document's sentences)
)

#: Weights (intercept first, then :data:`FEATURES` in order, in the features' own units) fitted
#: on METER courts' phrase annotations: the 4,672 sentences of the 354 annotated courts texts that
#: the rules call rewritten or new, all ten dates (``benchmarks/sentence_decision.py``, a logistic
#: regression on standardised features, C=1; benchmarks/README.md "#24 sentence reuse round 7").
#: Fitted on four date folds and scored on the fifth, recall / precision of reused sentences
#: 0.820 / 0.817 (the threshold rules alone 0.811 / 0.808); in sample 0.840 / 0.838.
WEIGHTS: tuple[float, ...] = (
    -2.2846,  # intercept
    1.2612,  # held_share
    -0.1466,  # topical_share
    0.0511,  # names_share
    3.3724,  # run_share
    -0.4623,  # run_log
    1.51,  # target_cover
    1.7203,  # source_cover
    0.326,  # score
    0.9307,  # n_evidence_log
    0.1264,  # length_ratio_log
    -0.0528,  # n_fused
    0.3363,  # route_words
    0.5387,  # route_score
    0.4657,  # route_context
    0.8,  # route_fused
    0.3458,  # beside_words
    -0.7051,  # doc_aligned_share
    -0.0139,  # n_candidates_log
    -0.8872,  # position
    0.6518,  # doc_fixed_share
    3.0889,  # doc_held_share
    -0.9601,  # doc_sentences_log
)
#: Probability from which a sentence is reused: the out-of-fold operating point (the threshold
#: with the best smaller of recall and precision on the probabilities of the held-out dates).
THRESHOLD = 0.47


def proposal(t: Sentence, row: Mapping, opt: ReuseOptions, common) -> list[Match]:
    """The source sentences proposed for ``t``: those the rules chose; else those it is fused from
    with no floor on the evidence they hold (:func:`fused_alone`); else the single candidate
    holding most of its evidence words; [] when no candidate holds any."""
    if row["chosen"]:
        return list(row["chosen"])
    every = row["every"]
    loose = ReuseOptions(min_fused_cover=0.0, min_topical=0, min_fused_words_alone=1)
    fused = fused_alone(t, every, loose, common)
    if fused:
        return fused
    held = [(len(_held(t, [m])), len(m.target_pos), m) for m in every]
    best = max(held, key=lambda h: h[:2], default=None)
    return [best[2]] if best and best[0] else []


def _held(t: Sentence, chosen: list[Match]) -> frozenset[str]:
    return t.evidence & frozenset().union(*(m.src.words.content | m.src.words.numbers for m in chosen))


def decision_features(t: Sentence, row: Mapping, chosen: list[Match], idf, context: Mapping) -> list[float]:
    """:data:`FEATURES` of sentence ``t`` against its proposed source sentences ``chosen``.

    ``row``: the rules' outcome (``cls``, ``route``, ``every``: the candidates' matches);
    ``context``: ``beside`` (a neighbour aligns by words), ``doc_share`` (share of the
    document's sentences the rules align), ``position`` (0 to 1).
    """
    n_ev = len(t.evidence)
    held = _held(t, chosen)
    topical = t.evidence & t.words.topical
    names = t.words.names
    src_names = frozenset().union(*(m.src.words.names for m in chosen)) if chosen else frozenset()
    primary = chosen[0] if chosen else None
    n_keys = max(1, len(t.keys))
    run = _longest(primary) if primary else 0
    src_len = sum(len(m.src.keys) for m in chosen)
    route = row["route"]
    return [
        len(held) / n_ev if n_ev else 0.0,
        len(held & topical) / len(topical) if topical else 0.0,
        len(names & src_names) / len(names) if names else 0.0,
        run / n_keys,
        math.log1p(run),
        len(primary.target_pos) / n_keys if primary else 0.0,
        len(primary.source_pos) / max(1, len(primary.src.keys)) if primary else 0.0,
        merged_score(t, chosen, idf) if chosen else 0.0,
        math.log1p(n_ev),
        math.log((src_len + 1) / (n_keys + 1)),
        float(len(chosen)),
        float(route == "words"),
        float(route == "score"),
        float(route == "context"),
        float(route == "fused"),
        float(context["beside"]),
        context["doc_share"],
        math.log1p(sum(m.cls != "new" for m in row["every"])),
        context["position"],
    ]


def _longest(m: Match) -> int:
    longest, run, last = 0, 0, None
    for j in sorted(m.target_pos):
        run = run + 1 if last is not None and j == last + 1 else 1
        longest, last = max(longest, run), j
    return longest


def probability(x: list[float], weights: tuple[float, ...] = WEIGHTS) -> float:
    """The model's probability that a sentence with features ``x`` is reused."""
    z = weights[0] + sum(w * v for w, v in zip(weights[1:], x, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def decide(rows: list[dict], idf, opt: ReuseOptions, common, *, weights=None, threshold=None) -> None:
    """Decide, in place, every ``rewritten`` or ``new`` row of one document's alignment by the
    fitted model: a row the model calls reused keeps (or takes) its proposed source sentences as
    ``rewritten``; one it does not becomes ``new``. A row with no proposed source sentence keeps
    the rules' call, and the model admits a sentence the rules call new only when
    :func:`admissible`. Each row gets its ``features`` (None for verbatim and near verbatim) and
    ``admissible``."""
    weights = WEIGHTS if weights is None else weights
    threshold = THRESHOLD if threshold is None else threshold
    words = [r["route"] == "words" for r in rows]
    share = sum(r["cls"] != "new" for r in rows) / max(1, len(rows))
    proposed = []
    for k, r in enumerate(rows):
        t = r["t"]
        if r["cls"] in ("verbatim", "near_verbatim"):
            r["features"] = None
            proposed.append(None)
            continue
        chosen = proposal(t, r, opt, common) if r["every"] else []
        beside = (k > 0 and words[k - 1]) or (k + 1 < len(rows) and words[k + 1])
        context = {"beside": beside, "doc_share": share, "position": k / max(1, len(rows) - 1)}
        none = [0.0] * (len(FEATURES) - 3)
        r["features"] = decision_features(t, r, chosen, idf, context) if chosen else none
        r["admissible"] = bool(chosen) and admissible(t, opt)
        proposed.append(chosen)
    n = max(1, len(rows))
    fixed = sum(r["features"] is None for r in rows) / n
    held = sum(1.0 if r["features"] is None else r["features"][0] for r in rows) / n
    for r, chosen in zip(rows, proposed, strict=True):
        if r["features"] is None:
            continue
        r["features"] += [fixed, held, math.log1p(len(rows))]
        if not any(weights) or not chosen:
            continue
        if probability(r["features"], weights) < threshold:
            r.update(chosen=[], cls="new", score=0.0)
        elif r["cls"] == "new" and r["admissible"]:
            r.update(chosen=chosen, cls="rewritten", score=merged_score(r["t"], chosen, idf))


def admissible(t: Sentence, opt: ReuseOptions) -> bool:
    """Whether the model may align a sentence the rules call new: one longer than
    ``max_short_words`` (a short sentence aligns only by a run of its words or nearly verbatim:
    "The hearing continues." holds one or two words of many source sentences). Requiring the
    proposed sentences to hold half its topical words too (the rule of :func:`fused_alone`) cost
    0.008 of held-out F1 on METER courts (benchmarks/README.md "#24 sentence reuse round 7")."""
    return len(t.keys) > opt.max_short_words
