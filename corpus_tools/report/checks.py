"""Where the evidence is thin: the "check:" flag of the findings.

A claim of the findings gets ``check:`` and a link to its evidence when the measure behind it
sits near the threshold that decided it, or rests on a rule known to be weak:

* a derivation class: the leaf of :class:`corpus_tools.reuse.derivation.DerivationRules` has a
  class-balanced share under :data:`WEAK_LEAF` on METER courts (``DERIVATION_LEAVES``: "adds new
  names or numbers" 0.48, "took a run of the source's wording" 0.43; ``benchmarks/README.md``), or
  ``novel_words`` lies within :data:`NEAR_WORDS` of ``max_novel_words``, or ``word_containment``
  within :data:`NEAR_SHARE` of ``min_containment``, or the model fitted across domains
  (:class:`corpus_tools.reuse.derivation_model.DerivationModel`) gives another class: two fitted
  readings of the same text that disagree. Measured by ``benchmarks/derivation_agreement.py``
  (benchmarks/README.md, round 11): on METER courts they disagree on 24% of the 769 texts, and
  the rules' class is right on 63% of those against 76% of the others; on the Clough & Stevenson
  answers, a domain the rules were not fitted on, they disagree on 20% of 95, right on 21%
  against 76%;
* a relabelled or re-attributed speaker: the statement was followed into a version sentence
  whose alignment score is under :data:`FIRM_SCORE` (a rewritten sentence: who says what in it
  was read off a loose match);
* a dropped speaker whom the version still quotes by name (:func:`named_dropped_check`): a named
  person or organisation counted as dropped while a speaker of the version holds their name.
  Matching a version's speakers to the source's is the weakest rule of the findings (round 10's
  held-out audit: speaker and survival claims 5 of 78 right, ``benchmarks/claims.md``): a
  version whose speaker holds a "dropped" person's name may quote them under another label or
  in a joint statement ("Mr and Mrs Grant denied").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from corpus_tools import lexicon
from corpus_tools.attribution.identities import surname
from corpus_tools.report.given_holders import others_given
from corpus_tools.reuse.derivation import DERIVATION_LEAVES, DerivationRules
from corpus_tools.reuse.derivation_model import MODEL_FEATURES, DerivationModel

__all__ = [
    "FIRM_SCORE",
    "NEAR_SHARE",
    "NEAR_WORDS",
    "WEAK_LEAF",
    "derivation_check",
    "name_key",
    "named_dropped_check",
    "survival_check",
]

#: a derivation leaf whose class-balanced share on METER courts is under this is weak
WEAK_LEAF = 0.55
#: novel words this close to ``max_novel_words`` are near the threshold
NEAR_WORDS = 3
#: a word containment this close to ``min_containment`` is near the threshold
NEAR_SHARE = 0.03
_CLASS_WORDS = {
    "wholly_derived": "wholly derived",
    "partially_derived": "partially derived",
    "non_derived": "not derived",
}
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
        >>> derivation_check(pd.Series({"rule": "few_new_words", "novel_words": 1, "word_containment": 0.9,
        ...                             "derivation": "wholly_derived", "novel_word_share": 0.3,
        ...                             "longest_passage": 0.05, "kept_novel_share": 0.3}))
        'check: the model fitted across domains says partially derived'
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
    if all(f in d.index for f in MODEL_FEATURES):
        other = str(DerivationModel().predict(pd.DataFrame([d[list(MODEL_FEATURES)]]))[0])
        if other != str(d["derivation"]):
            return f"check: the model fitted across domains says {_CLASS_WORDS[other]}"
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


_ARTICLES = {"the", "a", "an"}


def name_key(label: str, kind: str) -> str:
    """The words by which a version would name a speaker of the source, or "" when the label names
    nobody: a person's surname (:func:`corpus_tools.attribution.identities.surname`), an
    organisation's name without its article. Other kinds (governments, anonymous descriptions, the
    media) give "": a version mentions "Iran" or "officials" without meaning the speaker.

    Example:
        >>> name_key("Iran's Foreign Ministry spokesman Bahram Qasemi", "person")
        'Qasemi'
        >>> name_key("The State Department", "organisation"), name_key("a senior official", "anonymous")
        ('State Department', '')
    """
    if kind == "person":
        return surname(" ".join(str(label).split()))
    words = [w for *_, w in lexicon.tokenize(" ".join(str(label).split()))]
    if kind == "organisation":
        while words and words[0].lower() in _ARTICLES:
            words = words[1:]
        return " ".join(words) if words and words[0][:1].isupper() else ""
    return ""


def named_dropped_check(sv: pd.DataFrame, speakers: Iterable[str]) -> str:
    """ "check: ..." when a speaker of the version (``speakers``: who its statements name, as
    written and as resolved) holds the name of a source speaker the version is counted as dropping
    (``sv``: rows of the speaker survival frame of one version), or "". A name only mentioned
    ("given Trump's threats") is no speaker and raises no check.

    Example:
        >>> sv = pd.DataFrame({"status": ["dropped", "dropped"], "speaker_kind": ["person", "anonymous"],
        ...                    "speaker": ["Christopher Grant", "a neighbour"]})
        >>> named_dropped_check(sv, ["Mr and Mrs Grant", "police"])
        'check: it quotes “Grant”, counted as dropped'
        >>> named_dropped_check(sv, ["Meryl Grantham"])
        ''
    """
    dropped = sv[sv["status"] == "dropped"]
    pairs = zip(dropped["speaker"], dropped["speaker_kind"], strict=True)
    keys = [name_key(label, kind) for label, kind in pairs]
    speakers = others_given(sv, list(speakers))  # "Thomas Marshall" is the source's "Thomas"
    said = " ; ".join(" ".join(str(x).split()) for x in speakers)
    named = list(dict.fromkeys(k for k in keys if k and re.search(rf"(?<!\w){re.escape(k)}(?!\w)", said)))
    if not named:
        return ""
    return f"check: it quotes {_quoted_list(named)}, counted as dropped"


def _quoted_list(names: list[str]) -> str:
    quoted = [f"“{n}”" for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
