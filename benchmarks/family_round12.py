"""Round 12 of the hand reading of real update series (#23): choose the series, then dump their lists.

Run: ``python benchmarks/family_round12.py choose [--data PATH]`` prints the candidate groups of
Reuters-21578 stories all of whose NEWIDs are > 10800, in the order of
``random.Random(12).shuffle``, each with the largest word difference of a pair;
``python benchmarks/family_round12.py dump NEWID,NEWID ...`` prints ``ct.family`` and the fact rows
of ``ct.changes`` for each series given (one argument per series);
``python benchmarks/family_round12.py count NEWID,NEWID ...`` prints each series' number of fact
rows and no row. The search is round 7's (``benchmarks/family_round7.py``) with round 9's settings
(no NEWID limit there) and three changes: the seed 12, only groups whose every NEWID is > 10800
(``MIN_NEWID``; round 13 reads the other half), and no document of rounds 1-11 nor of the groups
rounds 9, 10 and 11 skipped. The rule for taking a group, in order, is written in
``benchmarks/family_round12.md``.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import family_round7 as base  # noqa: E402  (round 7's search and dump, with round 12's settings)
import family_round9  # noqa: E402, F401  (round 9's settings: no MAX_NEWID, rounds 7-8 left out)

import corpus_tools as ct  # noqa: E402

MIN_NEWID = 10800  # round 12: only groups whose every NEWID is > 10800
base.MAX_NEWID = None
base.SEED = 12
base.READ_BEFORE += (
    # round 9
    " 2936 2942 14293 14366 17040 17043 12797 12834 17870 17874 10862 10910 19727 19783"
    " 18066 18108 11849 11869 9833 9891"
    # the groups round 9 skipped
    " 9628 9657 11450 11551 13670 14302 13938 14102 13116 13119"
    # round 10
    " 2138 2210 5376 5561 6606 6746 4055 4158 8427 8499 8778 8823 10138 10195 10676 10784 704 791"
    # the groups round 10 skipped
    " 5255 5323 4915 4921 1822 1831 1034 1048 1072 1082 6854 6857 3063 3071"
    # round 11
    " 12196 12206 16211 16409 19102 19115 19498 19816 15650 15658 15453 15486"
    # the groups round 11 skipped
    " 17606 17609 14708 14724 19824 19834 13799 14486 16774 16787 13493 13610"
).split()
_groups_all = base._groups


def _groups_above_min(day):  # noqa: ANN001, ANN202  (round 7's groups, filtered)
    """Round 7's groups of one day, keeping only those whose every NEWID is > MIN_NEWID."""
    return [comp for comp in _groups_all(day) if all(int(i) > MIN_NEWID for i in comp)]


base._groups = _groups_above_min


def count(series: list[str], data: Path) -> None:
    """Print the number of fact rows of each series, no row shown."""
    warnings.filterwarnings("ignore")
    corpus = ct.load_reuters21578(data, limit=None)
    for arg in series:
        s = corpus.loc[arg.split(",")]
        ch = ct.changes(s, family_frame=ct.family(s))
        print(arg, "fact rows:", int((ch.section == "fact").sum()))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "count":
        args = sys.argv[2:]
        data = base.DATA
        if "--data" in args:
            k = args.index("--data")
            data = Path(args[k + 1])
            args = args[:k] + args[k + 2 :]
        count(args, data)
    else:
        base.main()
