"""Round 60 of the hand reading of real update series (#23), and the next pool of unseen series.

Run: ``python benchmarks/family_round60.py count`` prints the number of candidate series alone;
``python benchmarks/family_round60.py pool`` prints the NEWIDs of the pool kept unread for later
held-out draws (``benchmarks/claims.py``'s ``POOL_60``) and nothing else; ``python
benchmarks/family_round60.py choose`` prints the other candidates (round 60's own reading) in
order, with their headlines and the largest word difference of a pair. ``dump`` and ``count``
of ``family_round7.py --round 59`` list the fact rows and count them.

The search (written in ``benchmarks/family_round60.md`` before any candidate was printed) is round
59's: one calendar day, rising NEWID, the later document holding at least 10% and under 97% of its
word triples in the earlier one, documents of 60 words or more, the groups with a headline that
round 5's templated-headline pattern matches (the groups rounds 7-58 dropped unread), every document
of rounds 1-59 left out (round 59's orders 1-45 among them). Four rules a reader can check, applied
by the script from the texts and headlines and never read by hand for the pool, keep the groups a
journalist calls one story updated through a day:

- every document has " said" (someone is reported: the speaker audits' condition);
- some pair (earlier, later) differs by 20 words or more (rule (b) of rounds 7-59);
- no headline names a templated item (:data:`ITEM`: results, a dividend, a filing, an offering, a
  bond or note issue, a stake, a rating, a market's or a crop's report, a tender, a posting, a
  period's figure);
- every headline shares a word with another of the group (:func:`one_subject`; rule (a)).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import warnings
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the scripts beside this one
import family_round7 as f7  # noqa: E402

#: the seed of the split between the pool and round 60's own reading
SEED = 60
#: the candidates, in ``random.Random(SEED).shuffle`` order, that round 60 reads (the last ones);
#: the rest is the pool
READ = 25

#: a headline naming a templated item (rule (c) of rounds 7-59, as words): a quarter's or a year's
#: results, a dividend or a split, a filing, an offering, a bond, note or warrant issue, a stake, a
#: debt rating, a market's report (its opening, close, futures, spreads, a money market), a crop or
#: weather report, a tender or auction, a price posting, a month's or a week's figure
ITEM = re.compile(
    r"\bQTR\b|\bNET\b|EARNINGS|PROFIT|RESULTS|DIVIDEND|PAYOUT|\bSPLIT\b|\bFILES?\b|FILING|OFFERING"
    r"|\bPRICED\b|EUROBOND|\bBONDS?\b|\bNOTES?\b|DEBENTURE|CONVERTIBLE|WARRANT|COUPON|\bSTAKE\b"
    r"|\bS/P\b|MOODY|UPGRADE|DOWNGRADE|AFFIRM|RATING|\bRATED\b|USDA|\bCCC\b|WEATHER|\bCROPS?\b"
    r"|MONEY MARKET|HOGS|CATTLE|POSTINGS?|FUTURES|SPREADS?\b|NETBACK|\bOPENS?\b|\bOPENING\b|\bCLOSES?\b"
    r"|MIDDAY|PRICES? PAID|TREASURY BALANCE|HIGHLIGHTS|\bPCT OF\b|TENDER|AUCTION|\bSELLS\b|\bISSUES?\b"
    r"|\b(?:JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|JAN|FEB|AUG|SEPT|OCT|NOV|DEC|WEEK|WEEKLY|MONTHLY)\b",
    re.I,
)
#: headline words that say nothing of a subject (verbs of saying, the pattern's own words)
_NO_SUBJECT = frozenset(
    "SAYS SAID SEES SEEN WILL WOULD COULD WITH FROM OVER INTO AFTER BEFORE MORE LESS THAN THAT THIS"
    " BEEN HAVE UNIT CORP INC LTD GROUP DEBT RATE RATES SALES LOSS LOSSES PLAN PLANS MLN BILLION DLRS"
    " PCT YEAR NEW TALKS".split()
)


def one_subject(heads: list[str]) -> bool:
    """True when every headline shares a word of four letters or more (its possessive set aside, not
    one of :data:`_NO_SUBJECT`) with another headline of the group: rule (a) as words."""
    words = [
        {w for w in re.findall(r"[A-Z][A-Z\-]{2,}[A-Z]", h.upper().replace("'S", "")) if w not in _NO_SUBJECT}
        for h in heads
    ]
    return all(any(w & v for j, v in enumerate(words) if j != i) for i, w in enumerate(words))


#: the searches, in order: (days searched together, the pattern's groups only, the least share of
#: the later text's word triples in the earlier one; under 97% always): round 59's same-day search of the
#: pattern's groups, its two-day search (round 59's second part, never run), and the same-day
#: search of the other groups at 5% to under 10% (rounds 29-36 read every group at 10%)
SEARCHES = ((1, True, 0.10), (2, True, 0.10), (1, False, 0.05))


def candidates(corpus: pd.DataFrame) -> list[list[str]]:
    """The groups of :data:`SEARCHES`, rounds 1-59 left out, kept by the four rules; a group sharing a
    document with a group of an earlier search (or an earlier window) is skipped."""
    f7.configure(59)
    f7.leave_out(59)
    c = corpus[corpus.n_words >= 60].copy()
    c["day"] = c.published.astype(str).str[:10]
    old = set(f7.READ_BEFORE)
    out = []
    for span, templated, share in SEARCHES:
        f7.SPAN_DAYS, f7.MIN_SHARE = span, share
        for _, g, must in f7._windows(c):
            for comp in f7._groups(g):
                heads = [g.at[i, "headline"] for i in comp]
                if not set(must) <= set(g.loc[comp, "day"]) or set(comp) & old:
                    continue
                if any(f7.TEMPLATED.search(h) for h in heads) != templated:
                    continue
                if not all(" said" in c.at[i, "text"] for i in comp):
                    continue
                if any(ITEM.search(h) for h in heads) or not one_subject(heads):
                    continue
                if f7._max_word_diff(c, comp) >= 20:
                    out.append(comp)
                    old |= set(comp)
    return sorted(out, key=lambda comp: [int(i) for i in comp])


def split(cands: list[list[str]]) -> tuple[list[list[str]], list[list[str]]]:
    """The pool (the first of ``random.Random(SEED).shuffle``'s order) and round 60's reading (the last
    :data:`READ`)."""
    order = list(cands)
    random.Random(SEED).shuffle(order)
    return order[:-READ], order[-READ:]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=["count", "pool", "choose"])
    ap.add_argument("--data", type=Path, default=f7.DATA)
    ap.add_argument("--pickle", type=Path, default=None, help="the corpus frame pickled (to load it once)")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    corpus = pd.read_pickle(args.pickle) if args.pickle else f7.ct.load_reuters21578(args.data, limit=None)
    cands = candidates(corpus)
    pool, read = split(cands)
    if args.what == "count":
        print("CANDIDATES", len(cands), "POOL", len(pool), "READ", len(read))
    elif args.what == "pool":
        print("\n".join("+".join(comp) for comp in sorted(pool, key=lambda comp: int(comp[0]))))
    else:
        for k, comp in enumerate(read, 1):
            heads = " / ".join(corpus.at[i, "headline"][:60] for i in comp)
            day = str(corpus.at[comp[0], "published"])[:10]
            print(k, day, " ".join(comp), "| maxdiff", f7._max_word_diff(corpus, comp), "|", heads)


if __name__ == "__main__":
    main()
