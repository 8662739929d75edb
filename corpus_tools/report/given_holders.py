"""A version's speaker named in full whose given name is another source speaker's whole label
holds no dropped namesake's surname, for the "check:" flag.

The flag of :func:`~.checks.named_dropped_check` fires when a speaker of the version holds the
surname of a source speaker counted dropped. A court story's wire names a boy "Thomas" and his
mother "Mrs Marshall"; a paper quotes "Thomas Marshall", the boy, and only tells of his mother
("lied to his mother"): she is rightly dropped, and the flag "it quotes Marshall" would point at
the boy (read from round 25's held-out thomas/informant, 22.11.99/thomas, the telegraph and the
guardian, ``benchmarks/claims.md`` th76, th87, th99; the survival rule is
:mod:`corpus_tools.attribution.given_rivals`).

The rule: a version speaker "Given Surname" whose given name is the whole label of a person among
the source's speakers (``sv``'s) is that speaker's, and raises no flag for another's surname.

* :func:`others_given`: the version's speakers left to the flag.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["others_given"]


def others_given(sv: pd.DataFrame, speakers: list[str]) -> list[str]:
    """``speakers`` (the version's, as written and resolved) without those named in full whose
    given name is the one-word label of a person of the survival rows ``sv`` (one version's).

    Example:
        >>> sv = pd.DataFrame({"speaker": ["Tom", "Mrs Hale"], "speaker_kind": ["person", "person"]})
        >>> others_given(sv, ["Tom Hale", "Ann Roe"])
        ['Ann Roe']
    """
    people = sv[sv["speaker_kind"].eq("person")]["speaker"].astype(str)
    alone = {" ".join(x.split()) for x in people if len(x.split()) == 1}
    out = []
    for s in map(str, speakers):
        words = s.split()
        if not (len(words) == 2 and words[0] in alone):
            out.append(s)
    return out
