"""Round 61 of the hand reading of real update series (#23): round 60's candidates it did not take.

Run: ``python benchmarks/family_round61.py check --pickle FRAME`` prints the number of NEWIDs that
orders 7-25 of round 60's reading (``family_round60.py choose``) share with ``claims.POOL_60``,
``HELD_OUT_39`` and ``TUNE_39`` (expected 0; no NEWID is printed); ``lead`` prints, for each of those
orders in turn, each document's NEWID, date, headline and first paragraph (the text the rule of
``benchmarks/family_round61.md`` judges a group from, before any tree or fact list). ``dump`` and
``count`` of ``family_round7.py --round 59`` list the fact rows and count them.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the scripts beside this one
import claims  # noqa: E402
import family_round7 as f7  # noqa: E402
import family_round60 as f60  # noqa: E402

#: the orders of round 60's reading (1-based, ``choose``'s) that round 61 reads
FIRST_ORDER = 7


def unread(corpus: pd.DataFrame) -> list[list[str]]:
    """Orders 7-25 of round 60's reading, in ``choose``'s order."""
    _, read = f60.split(f60.candidates(corpus))
    return read[FIRST_ORDER - 1 :]


def held(*lists: list[str]) -> set[str]:
    """Every NEWID of the given lists of series ("a+b")."""
    return {i for series in lists for s in series for i in s.split("+")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=["check", "lead"])
    ap.add_argument("--data", type=Path, default=f7.DATA)
    ap.add_argument("--pickle", type=Path, default=None, help="the corpus frame pickled (to load it once)")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    corpus = pd.read_pickle(args.pickle) if args.pickle else f7.ct.load_reuters21578(args.data, limit=None)
    groups = unread(corpus)
    if args.what == "check":
        out = held(claims.POOL_60, claims.HELD_OUT_39, claims.TUNE_39)
        print(
            "GROUPS",
            len(groups),
            "SHARED WITH POOL_60 / HELD_OUT_39 / TUNE_39",
            len(out & held(["+".join(g) for g in groups])),
        )
        return
    for k, comp in enumerate(groups, FIRST_ORDER):
        print(f"== order {k} | maxdiff {f7._max_word_diff(corpus, comp)}")
        for i in comp:
            first = corpus.at[i, "text"].strip().split("\n\n")[0].replace("\n", " ")
            print(f"  {i} {str(corpus.at[i, 'published'])[:16]} | {corpus.at[i, 'headline']} | {first[:400]}")


if __name__ == "__main__":
    main()
