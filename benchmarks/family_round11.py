"""Round 11 of the hand reading of real update series (#23): choose the series, then dump their lists.

Run: ``python benchmarks/family_round11.py choose [--data PATH]`` prints the candidate groups of
Reuters-21578 stories all of whose NEWIDs are > 10800, in the order of
``random.Random(11).shuffle``, each with the largest word difference of a pair;
``python benchmarks/family_round11.py dump NEWID,NEWID ...`` prints ``ct.family`` and the fact rows
of ``ct.changes`` for each series given (one argument per series). The search is round 7's
(``benchmarks/family_round7.py``) with round 9's settings (no NEWID limit there) and three changes:
the seed 11, only groups whose every NEWID is > 10800 (``MIN_NEWID``; round 10 reads the other
half), and no document of rounds 1-9 nor of the groups round 9 skipped. The rule for taking a
group, in order, is written in ``benchmarks/family_round11.md``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import family_round7 as base  # noqa: E402  (round 7's search and dump, with round 11's settings)
import family_round9  # noqa: E402, F401  (round 9's settings: no MAX_NEWID, rounds 7-8 left out)

MIN_NEWID = 10800  # round 11: only groups whose every NEWID is > 10800
base.MAX_NEWID = None
base.SEED = 11
base.READ_BEFORE += (
    # round 9
    " 2936 2942 14293 14366 17040 17043 12797 12834 17870 17874 10862 10910 19727 19783"
    " 18066 18108 11849 11869 9833 9891"
    # the groups round 9 skipped
    " 9628 9657 11450 11551 13670 14302 13938 14102 13116 13119"
).split()
_groups_all = base._groups


def _groups_above_min(day):  # noqa: ANN001, ANN202  (round 7's groups, filtered)
    """Round 7's groups of one day, keeping only those whose every NEWID is > MIN_NEWID."""
    return [comp for comp in _groups_all(day) if all(int(i) > MIN_NEWID for i in comp)]


base._groups = _groups_above_min

if __name__ == "__main__":
    base.main()
