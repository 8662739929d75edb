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
import family_round7 as base  # noqa: E402  (round 7's search, dump and count, with round 9's settings)

base.MAX_NEWID = None  # round 9: all NEWIDs (round 7: 10800)
base.SEED = 9
base.leave_out(7, 8)

if __name__ == "__main__":
    base.main()
