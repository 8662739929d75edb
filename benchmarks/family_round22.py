"""Round 22 of the hand reading of real update series (#23): choose the series, then dump their lists.

Run: ``python benchmarks/family_round22.py choose [--data PATH]`` prints the candidate groups of
Reuters-21578 stories with NEWID <= 10800 in the order of ``random.Random(22).shuffle``, each with
the largest word difference of a pair; ``python benchmarks/family_round22.py count NEWID,NEWID ...``
prints only the number of fact rows of each series (no row shown, for the taking rule);
``python benchmarks/family_round22.py dump NEWID,NEWID ...`` prints ``ct.family`` and the fact rows
of ``ct.changes`` for each series given (one argument per series). The search is round 7's
(``benchmarks/family_round7.py``), with round 22's seed, NEWID <= 10800 (round 23 takes the
others), and no document of rounds 1-21 nor of the groups rounds 6-21 skipped or counted. The rule
for taking a group, in order, is written in ``benchmarks/family_round22.md``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import family_round7 as base  # noqa: E402  (round 7's search, dump and count, with round 22's settings)

base.MAX_NEWID = 10800  # round 22: NEWID <= 10800 only (round 23: the others)
base.SEED = 22
base.leave_out(7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21)

if __name__ == "__main__":
    base.main()
