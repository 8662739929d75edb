"""Round 34's check set of speaker entities (issue 22, branch orgs34): the package's speaker list of
every document of 100 Reuters-21578 update series, to mark by reading where one company or body is
split into two or more speaker entries, or two are merged wrongly (``benchmarks/speaker_entities34.md``).

The set: the 60 series of round 33's sweep (``benchmarks/speaker_sweep33.py``, seeds 3371 and 3372),
``HELD_OUT_32``, ``TUNE_32``, ``HELD_OUT_33`` and ``TUNE_33`` (never round 34's lists). For each
document: its speakers (``speaker_id | label | type | named | statements``) and, under ``?``, the
pairs of its institution or named entries whose labels share a first word, or of which one is the
other's initials, or one is "the company"-like: the candidates a reader checks first. ``--text``
prints each document's text too::

    python benchmarks/speaker_entities34.py --data ../shared/data/reuters21578.tar.gz > /tmp/ents.txt
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import corpus_tools as ct

sys.path.insert(0, str(Path(__file__).resolve().parent))
from claims import DATA, HELD_OUT_32, HELD_OUT_33, TUNE_32, TUNE_33  # noqa: E402
from speaker_sweep33 import draw  # noqa: E402

#: a label that stands for a company without naming it
_ANAPHORS = re.compile(r"^(?:the|a|an) (?:\w+ )?(?:company|group|bank|firm|partnership|corporation)\b", re.I)


def check_set(corpus) -> list[tuple[str, str]]:
    """``(list name, series key)`` of the set, in the order above."""
    out = [("sweep3371", k) for k in draw(corpus, 3371, 40)]
    out += [("sweep3372", k) for k in draw(corpus, 3372, 20)]
    for name, keys in (("HELD_OUT_32", HELD_OUT_32), ("TUNE_32", TUNE_32)):
        out += [(name, k) for k in keys]
    for name, keys in (("HELD_OUT_33", HELD_OUT_33), ("TUNE_33", TUNE_33)):
        out += [(name, k) for k in keys]
    return out


def _first(label: str) -> str:
    words = [w for w in re.findall(r"[\w&'-]+", label) if w.lower() not in ("the", "a", "an")]
    return words[0].lower() if words else ""


def candidates(rows: list[tuple[str, str, str, bool]]) -> list[str]:
    """Pairs of a document's entries a reader checks first (module docstring)."""
    out = []
    for i, (ida, la, ta, na) in enumerate(rows):
        for idb, lb, tb, nb in rows[i + 1 :]:
            fa, fb = _first(la), _first(lb)
            same_first = fa and fa == fb and (na or nb)
            initials = any(
                len(x) >= 2 and x.isupper() and x == "".join(w[0] for w in y.split() if w[:1].isupper())
                for x, y in ((la, lb), (lb, la))
            )
            anaphor = (bool(_ANAPHORS.match(la)) and tb == "organisation") or (
                bool(_ANAPHORS.match(lb)) and ta == "organisation"
            )
            if same_first or initials or anaphor:
                out.append(f"{ida} {la!r} ~ {idb} {lb!r}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--data", type=Path, default=DATA / "reuters21578.tar.gz", help="the Reuters-21578 archive"
    )
    ap.add_argument("--text", action="store_true", help="print each document's text too")
    args = ap.parse_args()
    corpus = ct.load_reuters21578(args.data)
    n_docs = n_entries = n_cand = 0
    for name, key in check_set(corpus):
        ids = key.split("+")
        a = ct.analyze(corpus.loc[ids], only=["speakers"])
        print(f"\n=== {name} {key}")
        for doc in sorted(ids, key=lambda i: (corpus.loc[i, "published"], int(i))):
            sp = a.speakers[a.speakers["doc_id"] == doc]
            rows = [(r.speaker_id, r.speaker, r.speaker_kind, bool(r.named)) for r in sp.itertuples()]
            n_docs, n_entries = n_docs + 1, n_entries + len(rows)
            print(f"--- {doc} ({len(rows)} speakers)")
            if args.text:
                print(corpus.loc[doc, "text"].strip())
            for r in sp.itertuples():
                line = f"  {r.speaker_id} | {r.speaker} | {r.speaker_kind}"
                print(f"{line} | named={r.named} | n={r.n_statements}")
            for c in candidates(rows):
                n_cand += 1
                print(f"  ? {c}")
    print(f"\n{n_docs} documents, {n_entries} speaker entries, {n_cand} candidate pairs")


if __name__ == "__main__":
    main()
