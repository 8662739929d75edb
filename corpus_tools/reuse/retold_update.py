"""An outlet's own later story that tells its earlier one again is partially derived from it.

METER's thresholds (:class:`corpus_tools.reuse.derivation.DerivationRules`) were fitted on
newspapers rewriting a wire (and checked on students rewriting a source, #24), where a text adding
more than eleven words of its own, with little of its wording in the source and no long shared
run, was written apart from it. An update of the wire by the wire is another shape: the later story
leads with news of its own (Conrow's further remarks, a clarification, a return to work), so it
adds many words, and then tells the earlier story again, close to its words but rarely in one long
run. Counted so, it is "not derived", where a reader of the two texts says it was taken from the
earlier one in part.

The rule: a text the thresholds call not derived (the leaf ``new_words_few_shared``) whose outlet
is named and is the outlet of every source file (an update, not another outlet's report), and whose
sentences are on average at least half the source's (``mean_score``, the mean alignment score of
its sentences, at least ``DerivationRules.min_update_score``, 0.5), is ``partially_derived``, leaf
``update_retold``. Example (invented): a wire story of five sentences on a strike's end, then an
update two hours later whose first two sentences are new (the union's vote) and whose last five
are the earlier five, a word or two changed: 40 words of its own, 65% of its words in the source,
mean score 0.6: partially derived, not "not derived".

Where it was found: round 35, branch class35 (#22's R, #24), from the class claims rounds 32-34
marked on later stories of Reuters-21578 update series (``benchmarks/update_classes.csv``, 63
claims; ``benchmarks/update_classes.py``): 7214+7219 (7219 keeps every sentence of 7214 and adds
Conrow's further remarks, called not derived), with 5612+6249 and 5149+5243 (borderline). Its
threshold is the strictest of the values fitted by round (fit on two rounds, test on the third:
0.36, 0.42, 0.51); it breaks no firm mark of the three rounds. A background told again in the
story's own words (a mean score near 0.2-0.3, 13835's settlement, 4781's court ruling) stays not
derived, as the readers of rounds 32-33 read it.

It never fires on METER courts (the papers' outlets are not the Press Association's) nor on the
Clough & Stevenson answers (no outlet), so #24's figures do not move.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from corpus_tools.io.corpus import UNKNOWN

__all__ = ["LEAF", "mark_updates", "same_outlet"]

#: the leaf of :func:`corpus_tools.reuse.derivation.classify_documents` this rule decides
LEAF = "update_retold"
#: the leaf of :class:`~corpus_tools.reuse.derivation.DerivationRules` it may overturn
_NOT_DERIVED = "new_words_few_shared"


def same_outlet(corpus: pd.DataFrame, src_docs: Iterable[str]) -> set[str]:
    """The documents outside ``src_docs`` whose named outlet is the outlet of every source file.

    Example:
        >>> c = pd.DataFrame({"outlet": ["Reuters", "Reuters", "unknown"]}, index=["a", "b", "c"])
        >>> sorted(same_outlet(c, ["a"]))
        ['b']
    """
    if "outlet" not in corpus.columns:
        return set()
    outlets = {str(d): str(v).strip() for d, v in corpus["outlet"].items() if v is not None}
    named = {d: o for d, o in outlets.items() if o and o != UNKNOWN}
    src = {named.get(str(d)) for d in src_docs}
    if len(src) != 1 or None in src:
        return set()
    (outlet,) = src
    return {d for d, o in named.items() if o == outlet and d not in set(map(str, src_docs))}


def mark_updates(feats: pd.DataFrame, updates: set[str], min_score: float) -> None:
    """Class ``partially_derived`` (leaf :data:`LEAF`), in place, each row of ``feats`` (the rule
    columns of ``classify_documents``) in ``updates`` whose leaf is not derived and whose
    ``mean_score`` is at least ``min_score``. Its probability is the share of such texts a reader
    called partially derived in ``benchmarks/update_classes.csv`` (:data:`UPDATE_SHARE`)."""
    if not updates or not len(feats):
        return
    fire = feats["doc_id"].astype(str).isin(updates) & (feats["rule"] == _NOT_DERIVED)
    fire &= feats["mean_score"] >= min_score
    feats.loc[fire, "rule"] = LEAF
    feats.loc[fire, "derivation"] = "partially_derived"
    feats.loc[fire, "probability"] = UPDATE_SHARE


#: of the labelled later stories the rule fires on (7219, 6249, 5243), the share a reader called
#: partially derived, the borderline marks counted half each way (1 firm, 2 borderline: 2 of 3)
UPDATE_SHARE = 0.6667
