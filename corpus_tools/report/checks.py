"""Where the evidence is thin: the "check:" flag of the findings.

A claim of the findings gets ``check:`` and a link to its evidence when the measure behind it
sits near the threshold that decided it, or rests on a rule known to be weak:

* a derivation class: the leaf of :class:`corpus_tools.reuse.derivation.DerivationRules` has a
  class-balanced share under :data:`WEAK_LEAF` on METER courts (``DERIVATION_LEAVES``: "adds new
  names or numbers" 0.48, "took a run of the source's wording" 0.43; ``benchmarks/README.md``), or
  ``novel_words`` lies within :data:`NEAR_WORDS` of ``max_novel_words``, or ``word_containment``
  within :data:`NEAR_SHARE` of ``min_containment``;
* a relabelled or re-attributed speaker: the statement was followed into a version sentence
  whose alignment score is under :data:`FIRM_SCORE` (a rewritten sentence: who says what in it
  was read off a loose match).
"""

from __future__ import annotations

import pandas as pd

from corpus_tools.reuse.derivation import DERIVATION_LEAVES, DerivationRules

__all__ = ["FIRM_SCORE", "NEAR_SHARE", "NEAR_WORDS", "WEAK_LEAF", "derivation_check", "survival_check"]

#: a derivation leaf whose class-balanced share on METER courts is under this is weak
WEAK_LEAF = 0.55
#: novel words this close to ``max_novel_words`` are near the threshold
NEAR_WORDS = 3
#: a word containment this close to ``min_containment`` is near the threshold
NEAR_SHARE = 0.03
#: an alignment score under this makes a relabel or re-attribution worth checking
FIRM_SCORE = 0.9


def derivation_check(d: pd.Series, rules: DerivationRules | None = None) -> str:
    """Why a document's derivation class should be checked, or "" (one row of the derivation frame).

    Example:
        >>> import pandas as pd
        >>> row = {"rule": "new_words_shared", "novel_words": 13, "word_containment": 0.95}
        >>> derivation_check(pd.Series(row))
        'check: 13 new words, near the threshold of 11'
        >>> derivation_check(pd.Series({"rule": "few_new_words", "novel_words": 1, "word_containment": 1.0}))
        ''
    """
    rules = rules or DerivationRules()
    rule = str(d["rule"])
    if rule not in DERIVATION_LEAVES:
        return ""
    share = DERIVATION_LEAVES[rule][1]
    if share < WEAK_LEAF:
        return f"check: this rule is right for {share:.0%} of METER courts texts"
    if abs(int(d["novel_words"]) - rules.max_novel_words) <= NEAR_WORDS:
        return f"check: {int(d['novel_words'])} new words, near the threshold of {rules.max_novel_words}"
    near = abs(float(d["word_containment"]) - rules.min_containment) <= NEAR_SHARE
    if rule in ("new_words_shared", "new_words_few_shared") and near:
        return f"check: {float(d['word_containment']):.0%} of its words found, near the threshold"
    return ""


def survival_check(rows: pd.DataFrame) -> str:
    """ "check: ..." for relabelled or re-attributed speakers read off a loose sentence match, or ""."""
    moved = rows[rows["status"].isin(["relabelled", "re_attributed"])]
    loose = moved[moved["evidence_score"].fillna(0.0) < FIRM_SCORE]
    if not len(loose):
        return ""
    n = len(loose)
    return (
        f"check: {'the' if n == 1 else n} relabel{'' if n == 1 else 's'} or re-attribution"
        f"{'' if n == 1 else 's'} above rest{'s' if n == 1 else ''} on a loose sentence match, "
        f"score under {FIRM_SCORE}"
    )
