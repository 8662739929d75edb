"""Round 9 of the hand reading of real update series (#23): choose the series, then dump their lists.

Run: ``python benchmarks/family_round9.py choose [--data PATH]`` prints the candidate groups of
Reuters-21578 stories over all NEWIDs in the order of ``random.Random(9).shuffle``, each with
the largest word difference of a pair; ``python benchmarks/family_round9.py dump NEWID,NEWID ...``
prints ``ct.family`` and the fact rows of ``ct.changes`` for each series given (one argument per
series). The search is round 6's (``benchmarks/family.md``): documents of 60 words or more, per
day, an edge from an earlier NEWID to a later one where at least 25% and under 97% of the later
text's word triples are in the earlier one, groups of two documents or more joined by such edges,
no document of rounds 1-8 (nor the series checked at the edge level, nor the groups rounds 6, 7
and 8 skipped), no headline matching the templated-headline pattern. Round 9 has no NEWID limit
(round 7's script kept NEWID <= 10800). The rule for taking a group, in order, is written in
``benchmarks/family_round9.md``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import family_round7 as base  # noqa: E402  (round 7's search and dump, with round 9's settings)

base.MAX_NEWID = None  # round 9: all NEWIDs (round 7: 10800)
base.SEED = 9
base.READ_BEFORE += (
    # round 7, and the groups it skipped
    " 9689 9697 5445 5487 2326 2542 232 249 10077 10126 3987 4001 3207 3211 6119 6169 9579 9585 1450 1479"
    # round 8, and the groups it skipped
    " 21020 21174 14262 14519 12775 12940 16732 16741 17170 17188 13042 13050 15057 15353"
    " 13044 13091 18411 18414 20411 20452 15137 15165 14008 14242 12369 12392"
).split()

if __name__ == "__main__":
    base.main()
