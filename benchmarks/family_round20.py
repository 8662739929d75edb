"""Round 20 of the hand reading of real update series (#23): choose the series, then dump their lists.

Run: ``python benchmarks/family_round20.py choose [--data PATH]`` prints the candidate groups of
Reuters-21578 stories all of whose NEWIDs are > 10800, in the order of
``random.Random(20).shuffle``, each with the largest word difference of a pair;
``python benchmarks/family_round20.py count NEWID,NEWID ...`` prints each series' number of fact
rows and no row; ``python benchmarks/family_round20.py dump NEWID,NEWID ...`` prints ``ct.family``
and the fact rows of ``ct.changes`` for each series given (one argument per series). The search is
round 7's (``benchmarks/family_round7.py``) with three settings: the seed 20, only groups whose
every NEWID is > 10800 (``MIN_NEWID``; round 21 reads the other half), and no document of rounds
1-19 nor of the groups rounds 6-19 skipped or counted. The rule for taking a group, in order, is
written in ``benchmarks/family_round20.md``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import family_round7 as base  # noqa: E402  (round 7's search, dump and count, with round 20's settings)

base.MAX_NEWID, base.MIN_NEWID = None, 10800  # round 20: only groups whose every NEWID is > 10800
base.SEED = 20
base.leave_out(7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19)

if __name__ == "__main__":
    base.main()
