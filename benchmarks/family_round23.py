"""Round 23 of the hand reading of real update series (#23): choose the series, then dump their lists.

Run: ``python benchmarks/family_round23.py choose [--data PATH]`` prints the candidate groups of
Reuters-21578 stories all of whose NEWIDs are > 10800, in the order of
``random.Random(23).shuffle``, each with the largest word difference of a pair;
``python benchmarks/family_round23.py count NEWID,NEWID ...`` prints each series' number of fact
rows and no row; ``python benchmarks/family_round23.py dump NEWID,NEWID ...`` prints ``ct.family``
and the fact rows of ``ct.changes`` for each series given (one argument per series). The search is
round 7's (``benchmarks/family_round7.py``) with three settings: the seed 23, only groups whose
every NEWID is > 10800 (``MIN_NEWID``; round 22 reads the other half), and no document of rounds
1-21 nor of the groups rounds 6-21 skipped or counted. The rule for taking a group, in order, is
written in ``benchmarks/family_round23.md``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import family_round7 as base  # noqa: E402  (round 7's search, dump and count, with round 23's settings)

base.MAX_NEWID, base.MIN_NEWID = None, 10800  # round 23: only groups whose every NEWID is > 10800
base.SEED = 23
base.leave_out(7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21)

if __name__ == "__main__":
    base.main()
