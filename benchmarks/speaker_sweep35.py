"""Round 35's sweep of wire speaker lists and survival rows (issue 22, branch sweep35): the 60 series of
``claims.swept_35`` (40 read for kinds, then 20 the rules are checked on). For each series, every
document's text, its ``speakers`` rows and attributions (``speaker_sweep33.print_document``), then the
``speaker_survival`` rows of each later document against the source (``ct.analyze(series)``), to mark
by reading (``benchmarks/speaker_sweep35.md``)::

    python benchmarks/speaker_sweep35.py --data ../shared/data/reuters21578.tar.gz > /tmp/sweep.txt
    python benchmarks/speaker_sweep35.py --check > /tmp/check.txt   # the 20 check series
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import corpus_tools as ct

sys.path.insert(0, str(Path(__file__).resolve().parent))
from claims import DATA, reuters_series, swept_35  # noqa: E402
from speaker_sweep33 import print_document  # noqa: E402


def print_series(corpus, key: str) -> None:
    """Print one series (its documents in ``published`` order, then NEWID): each document's text,
    speakers and attributions, then the ``speaker_survival`` rows of each later document."""
    ids = sorted(key.split("+"), key=lambda i: (corpus.loc[i, "published"], int(i)))
    a = ct.analyze(corpus.loc[ids], only=["speakers", "speaker_survival"])
    print(f"\n##### {key}: source {a.source}")
    for doc_id in ids:
        print(f"\n=== {key}: document {doc_id} ===")
        print_document(corpus, a, doc_id)
    print_survival(a)


def print_survival(a: ct.Analysis) -> None:
    """Print ``a``'s ``speaker_survival`` rows, one a line (``survival37.py`` prints them alone)."""
    print("--- survival (source speaker | in doc | status | became | kept/statements)")
    for r in a.speaker_survival.itertuples():
        print(
            f"  {r.source_doc_id}:{r.speaker_id} {r.speaker!r} | {r.doc_id} | {r.status} | "
            f"{r.became!r} | {r.n_statements_kept}/{r.n_statements}"
        )


def sweep_main(doc: str, swept, n_read: int) -> None:
    """The command line of a sweep script: ``swept(reuters_series(corpus))``'s first ``n_read``
    series (or the rest with ``--check``), each printed by ``print_series``."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument(
        "--data", type=Path, default=DATA / "reuters21578.tar.gz", help="the Reuters-21578 archive"
    )
    ap.add_argument("--check", action="store_true", help="the check series, not the ones read")
    ap.add_argument("--list", action="store_true", help="print the series and exit")
    ap.add_argument("--only", nargs="*", default=None, help="these series keys alone")
    args = ap.parse_args()
    corpus = ct.load_reuters21578(args.data)
    keys = swept(reuters_series(corpus))
    keys = keys[n_read:] if args.check else keys[:n_read]
    if args.only:
        keys = [k for k in keys if k in set(args.only)]
    print(len(keys), "series:", " ".join(keys))
    if args.list:
        return
    for key in keys:
        print_series(corpus, key)


def main() -> None:
    sweep_main(__doc__, swept_35, 40)


if __name__ == "__main__":
    main()
