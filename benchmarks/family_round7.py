"""Round 7 of the hand reading of real update series (#23): choose the series, then dump their lists.

Run: ``python benchmarks/family_round7.py choose [--data PATH]`` prints the candidate groups of
Reuters-21578 stories with NEWID <= 10800 in the order of ``random.Random(7).shuffle``, each with
the largest word difference of a pair; ``python benchmarks/family_round7.py dump NEWID,NEWID ...``
prints ``ct.family`` and the fact rows of ``ct.changes`` for each series given (one argument per
series). The search is round 6's (``benchmarks/family.md``): documents of 60 words or more, per
day, an edge from an earlier NEWID to a later one where at least 25% and under 97% of the later
text's word triples are in the earlier one, groups of two documents or more joined by such edges,
no document of rounds 1-6 (nor the series checked at the edge level, nor round 6's skipped
groups), no headline matching the templated-headline pattern. Round 7 keeps only the groups all
of whose NEWIDs are <= 10800 (round 8 takes the others). The rule for taking a group, in order, is
written in ``benchmarks/family_round7.md``.
"""

from __future__ import annotations

import argparse
import collections
import difflib
import random
import re
import sys
import warnings
from pathlib import Path

import pandas as pd

import corpus_tools as ct

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the tables beside this script
from family_rounds_table import (  # noqa: E402
    LATER_ROUNDS,
    LOOSER,
    PART2,
    READ_BEFORE,
    ROUNDS,
    SPAN,
    TEMPLATED_ONLY_ROUNDS,
)

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "reuters21578.tar.gz"
MAX_NEWID = 10800
SEED = 7
#: a later round's half: only groups whose every NEWID is above it (None: no lower bound)
MIN_NEWID = None
#: the least share of a later text's word triples in an earlier one that joins two documents
MIN_SHARE = 0.25


#: the days searched together: 1 (each day alone, rounds 7-36), 2 (two consecutive calendar days,
#: rounds 37-43), "next" (a date and the next date in the data, round 44) or 3 (three consecutive
#: calendar days, the first and the third both held, rounds 45-46) or 4 (four consecutive calendar
#: days, the first and the fourth both held, rounds 47-48; 5 in a second part, :data:`PART2`)
SPAN_DAYS: int | str = 1
#: True (round 59 on, :data:`TEMPLATED_ONLY_ROUNDS`): keep only the groups the templated-headline
#: pattern drops (a headline of the group matches :data:`TEMPLATED`), the groups every earlier
#: search left unread; False: drop them, as rounds 7-58 do
TEMPLATED_ONLY = False


def configure(round_no: int, part: int = 1) -> None:
    """Set the search to a later round's settings (:data:`ROUNDS`, :data:`LOOSER`; part 2: :data:`PART2`)."""
    global MAX_NEWID, MIN_NEWID, SEED, MIN_SHARE, SPAN_DAYS, TEMPLATED_ONLY
    MAX_NEWID, MIN_NEWID, rounds = ROUNDS[round_no]
    SEED, MIN_SHARE = round_no, LOOSER.get(round_no, MIN_SHARE)
    SPAN_DAYS = SPAN.get(round_no, SPAN_DAYS)
    TEMPLATED_ONLY = round_no in TEMPLATED_ONLY_ROUNDS
    leave_out(*rounds)
    if part == 2:
        SPAN_DAYS, first = PART2[round_no]
        READ_BEFORE.extend(first.split())


def leave_out(*rounds: int) -> None:
    """Leave out of the candidates every document the given later rounds read or skipped."""
    READ_BEFORE.extend(" ".join(LATER_ROUNDS[r] for r in rounds).split())


TEMPLATED = re.compile(
    r"ISSUE|EUROBOND|\bBOND|NOTES|DEBT|DEBENTURE|CONVERTIBLE|OFFERING|FILES|STAKE|\bSALES\b|USDA|\bCCC\b"
    r"|WEATHER|MONEY MARKET|HOGS|CATTLE|POSTINGS|\bPCT OF\b|DIVIDEND|\bQTR\b|\bNET\b|LOSS|EARNINGS"
    r"|HIGHLIGHTS|FUTURES|RATES?\b|TREASURY BALANCE|PRICES? PAID|WARRANT",
    re.I,
)


def _triples(text: str) -> set[tuple[str, ...]]:
    w = re.findall(r"\w+", text.lower())
    return {tuple(w[i : i + 3]) for i in range(len(w) - 2)}


def _groups(day: pd.DataFrame) -> list[list[str]]:
    """The groups of a day's documents joined by edges of ``MIN_SHARE`` (25%) to 97% shared word triples."""
    ids = sorted(day.index, key=int)
    tri = {i: _triples(day.at[i, "text"]) for i in ids}
    adj: dict[str, set[str]] = collections.defaultdict(set)
    for k, b in enumerate(ids):
        for a in ids[:k]:
            share = len(tri[a] & tri[b]) / len(tri[b]) if tri[b] else 0.0
            if MIN_SHARE <= share < 0.97:
                adj[a].add(b)
                adj[b].add(a)
    seen: set[str] = set()
    out = []
    for n in adj:
        if n in seen:
            continue
        comp, stack = [], [n]
        while stack:
            x = stack.pop()
            if x not in seen:
                seen.add(x)
                comp.append(x)
                stack += adj[x]
        out.append(sorted(comp, key=int))
    return out


def _max_word_diff(corpus: pd.DataFrame, ids: list[str]) -> int:
    """The largest number of words inserted plus deleted between an earlier and a later body."""
    words = {i: re.findall(r"\w+", corpus.at[i, "text"].lower()) for i in ids}
    best = 0
    for k, b in enumerate(ids):
        for a in ids[:k]:
            sm = difflib.SequenceMatcher(None, words[a], words[b], autojunk=False)
            n = sum((i2 - i1) + (j2 - j1) for op, i1, i2, j1, j2 in sm.get_opcodes() if op != "equal")
            best = max(best, n)
    return best


def _windows(c: pd.DataFrame) -> list[tuple[str, pd.DataFrame, tuple[str, ...]]]:
    """The documents searched together: each day alone, or (``SPAN_DAYS == 2``) each pair of
    consecutive calendar days d, d + 1 both present, or (``SPAN_DAYS == "next"``) each date and the
    next date in the data, or (``SPAN_DAYS == 3``) each date d with the calendar days d + 1 and
    d + 2 (d + 2 present), or (``SPAN_DAYS == 4``) each date d with the calendar days d + 1 to d + 3
    (d + 3 present), or (``SPAN_DAYS`` 5 to 22) d to d + SPAN_DAYS - 1 (the last day present), with
    the days a group must hold (none, both days, d and d + 2, or d and the last day)."""
    if SPAN_DAYS == 1:
        return [(day, g, ()) for day, g in c.groupby("day")]
    if SPAN_DAYS not in (*range(2, 23), "next"):
        raise ValueError(f"SPAN_DAYS must be 1 to 22 or 'next', not {SPAN_DAYS!r}")
    days = sorted(d for d in c.day.unique() if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d))
    out = []
    if SPAN_DAYS == "next":
        for d, d1 in zip(days, days[1:], strict=False):
            out.append((f"{d}/{d1[5:]}", c[c.day.isin([d, d1])], (d, d1)))
        return out
    for d in days:
        d1, d2 = ((pd.Timestamp(d) + pd.Timedelta(days=k)).strftime("%Y-%m-%d") for k in (1, 2))
        if SPAN_DAYS == 2 and d1 in days:
            out.append((f"{d}/{d1[5:]}", c[c.day.isin([d, d1])], (d, d1)))
        elif SPAN_DAYS == 3 and d2 in days:
            out.append((f"{d}/{d1[5:]}/{d2[5:]}", c[c.day.isin([d, d1, d2])], (d, d2)))
        elif SPAN_DAYS in range(4, 23):
            last = [(pd.Timestamp(d) + pd.Timedelta(days=k)).strftime("%Y-%m-%d") for k in range(3, 22)]
            if last[SPAN_DAYS - 4] in days:
                span = [d, d1, d2, *last[: SPAN_DAYS - 3]]
                out.append((f"{d}/{span[-1][5:]}", c[c.day.isin(span)], (d, span[-1])))
    return out


def choose(corpus: pd.DataFrame, n_show: int) -> None:
    c = corpus[corpus.n_words >= 60].copy()
    c["day"] = c.published.astype(str).str[:10]
    old = set(READ_BEFORE)
    cand = []
    for day, g, must in _windows(c):
        for comp in _groups(g):
            if not set(must) <= set(g.loc[comp, "day"]):
                continue
            heads = [g.at[i, "headline"] for i in comp]
            if set(comp) & old or any(TEMPLATED.search(h) for h in heads) != TEMPLATED_ONLY:
                continue
            below = MAX_NEWID is None or all(int(i) <= MAX_NEWID for i in comp)
            if below and (MIN_NEWID is None or all(int(i) > MIN_NEWID for i in comp)):
                cand.append((day, comp, heads))
    print("CANDIDATES", len(cand))
    order = list(range(len(cand)))
    random.Random(SEED).shuffle(order)
    head = f"SHUFFLED ORDER (random.Random({SEED}).shuffle), first {n_show}"
    print(f"{head}, largest word difference of a pair:")
    shown: set[str] = set()
    for k in order[:n_show]:
        day, comp, heads = cand[k]
        diff = _max_word_diff(c, comp)
        # two windows sharing a day can give groups sharing a document: say so (two-day search only)
        again = " | shares a NEWID with a group above" if SPAN_DAYS != 1 and shown & set(comp) else ""
        shown |= set(comp)
        print(k, day, " ".join(comp), "| maxdiff", diff, "|", " / ".join(h[:60] for h in heads) + again)


def dump(corpus: pd.DataFrame, series: list[str]) -> None:
    cols = ["parent_doc_id", "second_parent_doc_id", "relation", "coverage", "kept", "published"]
    for arg in series:
        s = corpus.loc[arg.split(",")]
        f = ct.family(s)
        ch = ct.changes(s, family_frame=f)
        print("=" * 10, arg)
        print(f.set_index("doc_id")[cols].to_string())
        fa = ch[ch.section == "fact"]
        for r in fa.itertuples():
            print(f"{r.doc_id}<-{r.parent_doc_id} {r.kind} {r.change} | {r.before!r} -> {r.after!r}")
        print("fact rows:", len(fa))


def count(corpus: pd.DataFrame, series: list[str]) -> None:
    """The number of fact rows of each series, no row shown (to stop taking series before reading)."""
    for arg in series:
        s = corpus.loc[arg.split(",")]
        ch = ct.changes(s, family_frame=ct.family(s))
        print(arg, "fact rows:", int((ch.section == "fact").sum()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=["choose", "dump", "count"])
    ap.add_argument("series", nargs="*", help="dump: one argument per series, NEWIDs joined by commas")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--show", type=int, default=30)
    ap.add_argument("--round", type=int, default=7, help="a later round's settings (ROUNDS); 7: this round's")
    ap.add_argument("--part", type=int, default=1, choices=[1, 2], help="2: second search (PART2)")
    ap.add_argument("--pickle", type=Path, default=None, help="the corpus frame pickled (to load it once)")
    args = ap.parse_args()
    if args.round != 7:
        configure(args.round, args.part)
    warnings.filterwarnings("ignore")
    corpus = pd.read_pickle(args.pickle) if args.pickle else ct.load_reuters21578(args.data, limit=None)
    if args.what == "choose":
        choose(corpus, args.show)
    else:
        (dump if args.what == "dump" else count)(corpus, args.series)


if __name__ == "__main__":
    main()
