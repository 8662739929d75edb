"""Round 37's re-reading of the earlier sweeps' survival rows (issue 22, branch survival37): the read
series of ``claims.swept_33`` (40), ``swept_35`` (40) and ``swept_36`` (30), or with ``--check`` the
check series of ``swept_35`` (20) and ``swept_36`` (15), each printed as the sweeps print them
(``speaker_sweep35.print_series``: every document's text, speakers and attributions, then the
``speaker_survival`` rows), or with ``--rows`` the survival rows alone, to mark by reading
(``benchmarks/survival37.md``)::

    python benchmarks/survival37.py > /tmp/read.txt              # the 110 read series
    python benchmarks/survival37.py --check > /tmp/check.txt     # the 35 check series
    python benchmarks/survival37.py --rows --sweep 36            # swept_36's read rows alone
    python benchmarks/survival37.py --rows --lists HELD_OUT_37 HELD_OUT_36   # round 38's held-out rows
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import corpus_tools as ct

sys.path.insert(0, str(Path(__file__).resolve().parent))
import claims  # noqa: E402
from claims import DATA, reuters_series, swept_33, swept_35, swept_36  # noqa: E402
from speaker_sweep35 import print_series, print_survival  # noqa: E402

#: each sweep's series and how many of them were read (the rest are its check series)
SWEEPS = {"33": (swept_33, 40), "35": (swept_35, 40), "36": (swept_36, 30)}
#: the sweeps whose check series are re-marked (round 33's sweep read first documents only)
CHECKED = ("35", "36")


def survival_keys(series: list[str], *, check: bool = False, sweeps=tuple(SWEEPS)) -> list[tuple]:
    """``(sweep, key)`` of the read series of ``sweeps`` (or, ``check``, their check series), in the
    sweeps' order; ``series``: ``reuters_series``' keys."""
    out = []
    for name in sweeps:
        if check and name not in CHECKED:
            continue
        swept, n_read = SWEEPS[name]
        keys = swept(series)
        out += [(name, k) for k in (keys[n_read:] if check else keys[:n_read])]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--data", type=Path, default=DATA / "reuters21578.tar.gz", help="the Reuters-21578 archive"
    )
    ap.add_argument("--check", action="store_true", help="the check series, not the ones read")
    ap.add_argument("--rows", action="store_true", help="the survival rows alone, no texts")
    ap.add_argument("--sweep", nargs="*", default=list(SWEEPS), choices=list(SWEEPS))
    ap.add_argument("--only", nargs="*", default=None, help="these series keys alone")
    ap.add_argument(
        "--lists", nargs="*", default=None, help="claims.py's lists (HELD_OUT_37 ...), not the sweeps"
    )
    args = ap.parse_args()
    corpus = ct.load_reuters21578(args.data)
    if args.lists:
        keys = [(name, k) for name in args.lists for k in getattr(claims, name)]
    else:
        keys = survival_keys(reuters_series(corpus), check=args.check, sweeps=args.sweep)
    if args.only:
        keys = [(s, k) for s, k in keys if k in set(args.only)]
    print(len(keys), "series")
    for sweep, key in keys:
        if not args.rows:
            print(f"\n##### {'' if args.lists else 'sweep '}{sweep}")
            print_series(corpus, key)
            continue
        ids = sorted(key.split("+"), key=lambda i: (corpus.loc[i, "published"], int(i)))
        a = ct.analyze(corpus.loc[ids], only=["speakers", "speaker_survival"])
        print(f"\n##### {'' if args.lists else 'sweep '}{sweep} {key}: source {a.source}")
        print_survival(a)


if __name__ == "__main__":
    main()
