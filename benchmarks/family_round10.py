"""Round 10 of the hand reading of real update series (#23): choose the series, then dump their lists.

Run: ``python benchmarks/family_round10.py choose [--data PATH]`` prints the candidate groups of
Reuters-21578 stories with NEWID <= 10800 in the order of ``random.Random(10).shuffle``, each with
the largest word difference of a pair; ``python benchmarks/family_round10.py count NEWID,NEWID ...``
prints only the number of fact rows of each series (no row shown, for the taking rule);
``python benchmarks/family_round10.py dump NEWID,NEWID ...`` prints ``ct.family`` and the fact rows
of ``ct.changes`` for each series given (one argument per series). The search is round 7's
(``benchmarks/family_round7.py``), with round 10's seed, NEWID <= 10800 (round 11 takes the
others), and no document of rounds 1-9 nor of the groups rounds 6-9 skipped. The rule for taking a
group, in order, is written in ``benchmarks/family_round10.md``.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import family_round7 as base  # noqa: E402  (round 7's search and dump, with round 10's settings)
import family_round9  # noqa: E402,F401  (extends base.READ_BEFORE by rounds 7 and 8, and their skips)

import corpus_tools as ct  # noqa: E402

base.MAX_NEWID = 10800  # round 10: NEWID <= 10800 only (round 11: the others)
base.SEED = 10
base.READ_BEFORE += (
    # round 9
    " 2936 2942 14293 14366 17040 17043 12797 12834 17870 17874 10862 10910 19727 19783"
    " 18066 18108 11849 11869 9833 9891"
    # the groups round 9 skipped
    " 9628 9657 11450 11551 13670 14302 13938 14102 13116 13119"
).split()


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
