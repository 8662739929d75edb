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
import family_round7 as base  # noqa: E402  (round 7's search, dump and count, with round 11's settings)

base.MAX_NEWID, base.MIN_NEWID = None, 10800  # round 11: only groups whose every NEWID is > 10800
base.SEED = 11
base.leave_out(7, 8, 9)

if __name__ == "__main__":
    base.main()
