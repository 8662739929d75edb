"""Round 13 of the hand reading of real update series (#23): choose the series, then dump their lists.

Run: ``python benchmarks/family_round13.py choose [--data PATH]`` prints the candidate groups of
Reuters-21578 stories with NEWID <= 10800 in the order of ``random.Random(13).shuffle``, each with
the largest word difference of a pair; ``python benchmarks/family_round13.py count NEWID,NEWID ...``
prints only the number of fact rows of each series (no row shown, for the taking rule);
``python benchmarks/family_round13.py dump NEWID,NEWID ...`` prints ``ct.family`` and the fact rows
of ``ct.changes`` for each series given (one argument per series). The search is round 7's
(``benchmarks/family_round7.py``), with round 13's seed, NEWID <= 10800 (round 12 takes the
others), and no document of rounds 1-11 nor of the groups rounds 6-11 skipped. The rule for taking
a group, in order, is written in ``benchmarks/family_round13.md``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import family_round7 as base  # noqa: E402  (round 7's search and dump, with round 13's settings)
import family_round10  # noqa: E402  (extends base.READ_BEFORE by rounds 7, 8 and 9, and their skips)

base.MAX_NEWID = 10800  # round 13: NEWID <= 10800 only (round 12: the others)
base.SEED = 13
base.READ_BEFORE += (
    # round 10
    " 2138 2210 5376 5561 6606 6746 4055 4158 8427 8499 8778 8823 10138 10195 10676 10784 704 791"
    # the groups round 10 skipped
    " 5255 5323 4915 4921 1822 1831 1034 1048 1072 1082 6854 6857 3063 3071"
    # round 11
    " 12196 12206 16211 16409 19102 19115 19498 19816 15650 15658 15453 15486"
    # the groups round 11 skipped
    " 17606 17609 14708 14724 19824 19834 13799 14486 16774 16787 13493 13610"
).split()

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "count":
        args = sys.argv[2:]
        data = base.DATA
        if "--data" in args:
            k = args.index("--data")
            data = Path(args[k + 1])
            args = args[:k] + args[k + 2 :]
        family_round10.count(args, data)
    else:
        base.main()
