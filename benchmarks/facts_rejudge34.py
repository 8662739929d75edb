"""The fact changes of the real update series read in rounds 34-58 (#23), judged again on today's code.

Rounds 34-58 of the hand reading (``benchmarks/family_round34.md`` ... ``family_round58.md``) each
read every fact row (``ct.changes(...)`` with ``section == "fact"``) of new Reuters-21578 update
series, on the code of their day, and marked it real or false in a paragraph per edge::

    Facts 6645 -> 6829 (10): cut "White House", ... R (6); cut "April-5-6" W: ...; ... 6 of 10.

This script reads those paragraphs (:func:`marked_rows`: a row is a quoted value after ``cut``,
``added`` or ``changed``, or before it, and takes the mark ``R``, ``W`` or ``?`` that follows it;
every paragraph's rows and R marks are checked against its own "(N)" and "k of N", and the two
paragraphs the reader cannot parse are written out in :data:`OVERRIDES`), dumps today's fact rows of
every series of those rounds (``family_round7.py dump``'s frames: ``ct.family`` on the series'
documents alone, then ``ct.changes``), and matches the two on the edge (parent and child), the
change (cut, added, changed) and the value(s) as written. The readings do not record a row's kind
(name, number, date) apart from their prose, so the kind is not matched. It prints:

- rows unchanged (their marks carry);
- marked rows no longer given (a false row gone is a fix, a real row gone a loss);
- rows new since the reading, each with the mark given in ``benchmarks/facts_rejudge34.md``'s table
  (read by hand from the two texts) or ``-`` where none is given yet;
- the pooled figure on today's code (``?`` counted false, as the rounds count it), with Wilson 95%.

The series of ``benchmarks/claims.py``'s ``HELD_OUT_34`` are held out of round 34's audit: their
round sections are skipped unread (their rows counted, not parsed), and they are not dumped.

Run: ``python benchmarks/facts_rejudge34.py [--data PATH] [--cache PKL] [--rounds 34-58] [--rows]
[--hold-out-37]`` (``--rows`` prints every row, with its mark, under its edge; ``--cache`` keeps the
dump between runs; ``--hold-out-37`` skips ``HELD_OUT_37``'s series unread as well, round 37's
held-out audit's, which rounds 40, 46, 51 and 57 read; the "HELD_OUT_34" line then counts both).
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
import warnings
from pathlib import Path

import pandas as pd

import corpus_tools as ct

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the tables beside this script
from claims import HELD_OUT_34, HELD_OUT_37  # noqa: E402
from family_edges import load_table, wilson  # noqa: E402

DATA = HERE.parents[1] / "shared" / "data" / "reuters21578.tar.gz"
MARKS = HERE / "facts_rejudge34.md"
HELD = {n for key in HELD_OUT_34 for n in key.split("+")}

#: a value in quotes (two joined by "->" for a changed row), a change word, a mark (with its count
#: in brackets), the colon opening a mark's reason, the semicolon closing it
_TOKEN = re.compile(
    r'"(?P<q>[^"]*)"(?:\s*->\s*"(?P<q2>[^"]*)")?|(?P<ch>\b(?:cut|added|changed)\b)'
    r"|(?<![\w-])(?P<mk>R|W|\?)(?:\s\(\d+\))?(?=[\s:;,.]|$)|(?P<colon>:)|(?P<semi>;)"
)
_HEAD = re.compile(r"Facts (\d+) -> (\d+) \((\d+)[^)]*\):\s*")

#: the two paragraphs whose rows the reader above cannot read as written: (parent, child) -> rows
#: (change, value, mark). 627 -> 1539 lists five models inside brackets; 8466 -> 10004 gives two
#: marks after a reason's colon.
OVERRIDES: dict[tuple[str, str], list[tuple[str, str, str]]] = {
    ("627", "1539"): [
        *(
            ("cut", v, "R")
            for v in (
                ["Michael Hammes", "1988", "5,000", "Austria", "Switzerland", "Chrysler LeBaron Turbo"]
                + ["Dodge Lancer ES", "Dodge Shadow ES", "Plymouth Voyager", "Dodge Daytona Shelby Z", "2.2"]
                + ["Peugeot SA"]
                + ["24 pct", "Mitsubishi Motors Corp", "15 pct", "Maserati"]
            )
        ),
        *(
            ("added", v, "R")
            for v in (
                "tomorrow",
                "Ford Motor Co",
                "10.5 mln",
                "GM",
                "North American",
                "Britain",
                "1.5 million",
                "Vauxhall",
                "Spain",
                "1.3 million",
                "1986",
                "7,000 and 8,000",
                "13,000 dlrs",
                "91 million and 104 mln",
                "1,500",
                "19 mln",
                "41",
                "Walter Hayes",
            )
        ),
        ("added", "James Fry of GM", "?"),
    ],
    ("8466", "10004"): [
        ("added", "Reagan", "R"),
        ("added", "Rep. Ed Jones", "R"),
        ("added", "CFTC Commissioner William Seale", "R"),
        ("added", "U.S. House", "W"),
        ("added", "House Agriculture Subcommittee on Conservation", "?"),
        ("added", "Credit", "W"),
        ("added", "Rural Development", "W"),
        ("cut", "mid-April", "?"),
        ("added", "April 15", "?"),
    ],
}


def _strip_brackets(text: str) -> str:
    out, depth = [], 0
    for c in text:
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(c)
    return "".join(out)


def parse_paragraph(para: str) -> tuple[str, str, int, int, list[tuple[str, str, str]]]:
    """One reading's paragraph: (parent, child, N rows, k marked R, [(change, value, mark)]).

    A changed row's value is ``"before -> after"``. Raises ``ValueError`` when the rows read do not
    add up to the paragraph's own N and k (and the edge is not in :data:`OVERRIDES`)."""
    head = _HEAD.match(para)
    parent, child, n = head.group(1), head.group(2), int(head.group(3))
    body = para[head.end() :]
    end = re.search(rf"(?:^|[\s.;])(\d+) of {n}\.", body)
    k = int(end.group(1)) if end else -1
    if (parent, child) in OVERRIDES:
        return parent, child, n, k, OVERRIDES[parent, child]
    body = _strip_brackets(body[: end.start()] if end else body)
    rows: list[tuple[str, str, str]] = []
    pending: list[list] = []  # [change or None, value, change given before the value in its clause]
    change, here, skipping, prev, last = None, False, False, None, 0
    for t in _TOKEN.finditer(body):
        if skipping:  # a mark's reason, up to the next clause
            skipping = not t.group("semi")
            prev, here = None, here and skipping
        elif t.group("q") is not None:
            value = t.group("q") if t.group("q2") is None else f"{t.group('q')} -> {t.group('q2')}"
            pending.append(["changed" if t.group("q2") is not None else change, value, here])
            prev = "q"
        elif t.group("ch"):
            if prev == "q" and not body[last : t.start()].strip():  # '"X" added'
                for p in pending:
                    if not p[2]:
                        p[0], p[2] = t.group("ch"), True
                change = None
            else:  # 'added "X"'
                change, here = t.group("ch"), True
            prev = "ch"
        elif t.group("mk"):
            if prev in ("q", "ch", "mk"):
                rows += [(p[0], p[1], t.group("mk")) for p in pending]
                pending = []
            prev = "mk"
        elif t.group("colon"):
            skipping, prev = prev == "mk", None
        else:  # a clause ends: the change carries, but a change after the next value decides it
            prev, here = None, False
        last = t.end()
    if (
        len(rows) != n
        or sum(m == "R" for _, _, m in rows) != k
        or pending
        or any(c is None for c, _, _ in rows)
    ):
        raise ValueError(f"Facts {parent} -> {child}: read {len(rows)} rows, the paragraph says {n} ({k} R)")
    return parent, child, n, k, rows


def paragraphs(lo: int = 34, hi: int = 58) -> tuple[list[tuple[int, str]], dict[int, int]]:
    """Every "Facts A -> B" paragraph of rounds lo-hi, outside the sections of held-out series, and
    the rows the skipped sections hold, by round (their "(N)" alone is read)."""
    out, skipped = [], {}
    for r in range(lo, hi + 1):
        text = (HERE / f"family_round{r}.md").read_text()
        for section in re.split(r"\n(?=## )", text):
            held = set(re.findall(r"\b\d+\b", section.split("\n", 1)[0])) & HELD
            for para in re.split(r"\n\s*\n", section):
                para = " ".join(para.split())
                if not _HEAD.match(para):
                    continue
                if held:
                    skipped[r] = skipped.get(r, 0) + int(_HEAD.match(para).group(3))
                else:
                    out.append((r, para))
    return out, skipped


def marked_rows(lo: int = 34, hi: int = 58) -> tuple[pd.DataFrame, dict[int, int]]:
    """The rows the rounds marked: round, parent, child, change, value, mark."""
    paras, skipped = paragraphs(lo, hi)
    rows = []
    for r, para in paras:
        parent, child, _, _, marked = parse_paragraph(para)
        rows += [(r, parent, child, c, v, m) for c, v, m in marked]
    return pd.DataFrame(rows, columns=["round", "parent", "child", "change", "value", "mark"]), skipped


def missed_rows(lo: int = 34, hi: int = 58) -> pd.DataFrame:
    """The facts each paragraph lists as missed (its "Missed" sentence to the paragraph's end):
    round, parent, child, value, firm (0 where the reading calls it borderline). A value is a
    quoted string outside brackets; after the word "borderline" (or in a "Missed (borderline)"
    sentence) every value is borderline. Rough: a reading that lists a missed fact in its own words,
    with no quotes, gives no row."""
    rows = []
    for r, para in paragraphs(lo, hi)[0]:
        head = _HEAD.match(para)
        at = para.find("Missed")
        if at < 0:
            continue
        text = _strip_brackets(para[at:].replace("Missed (borderline)", "Missed, borderline"))
        cut = text.find("borderline")
        for q in re.finditer(r'"([^"]+)"', text):
            firm = int(cut < 0 or q.start() < cut)
            rows.append((r, head.group(1), head.group(2), q.group(1), firm))
    return pd.DataFrame(rows, columns=["round", "parent", "child", "value", "firm"])


def series_of(lo: int = 34, hi: int = 58) -> list[tuple[int, list[str]]]:
    """The series of rounds lo-hi (``family_edges.csv``), those holding a held-out NEWID left out."""
    table = load_table((lo, hi))
    out = []
    for (r, series), _ in table.groupby(["round", "series"], sort=False):
        ids = series.split()
        if not set(ids) & HELD:
            out.append((int(r), ids))
    return out


def dump(corpus: pd.DataFrame, series: list[tuple[int, list[str]]]) -> pd.DataFrame:
    """Today's fact rows of each series (as ``family_round7.py dump``): round, parent, child, kind,
    change, value (the before, the after, or "before -> after" for a changed row)."""
    rows = []
    for r, ids in series:
        s = corpus.loc[ids]
        ch = ct.changes(s, family_frame=ct.family(s))
        for x in ch[ch.section == "fact"].itertuples():
            value = {"cut": x.before, "added": x.after}.get(x.change, f"{x.before} -> {x.after}")
            rows.append((r, str(x.parent_doc_id), str(x.doc_id), x.kind, x.change, value))
    return pd.DataFrame(rows, columns=["round", "parent", "child", "kind", "change", "value"])


def new_marks(path: Path = MARKS) -> dict[tuple[str, str, str, str], str]:
    """The marks given by hand to the rows new since the reading: the table of ``path`` whose header
    is ``| round | edge | change | value | mark | reason |`` (edge ``parent -> child``)."""
    out = {}
    if not path.exists():
        return out
    for line in path.read_text().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 5 and re.fullmatch(r"\d+", cells[0]) and "->" in cells[1]:
            parent, child = (x.strip() for x in cells[1].split("->"))
            value = cells[3].strip("`")
            out[parent, child, cells[2], value] = cells[4]
    return out


def compare(marked: pd.DataFrame, today: pd.DataFrame) -> pd.DataFrame:
    """One row per row read or given: ``status`` carried (given today and read), gone (read, no
    longer given) or new (given today, not read); ``mark`` the reading's or the hand mark's."""
    key = ["parent", "child", "change", "value"]
    m = marked.copy()
    t = today.copy()
    m["n"] = m.groupby(key).cumcount()
    t["n"] = t.groupby(key).cumcount()
    both = m.merge(t, on=[*key, "n"], how="outer", suffixes=("", "_today"), indicator=True)
    both["round"] = both["round"].fillna(both["round_today"]).astype(int)
    both["status"] = both["_merge"].map({"both": "carried", "left_only": "gone", "right_only": "new"})
    hand = new_marks()
    new = both.status == "new"
    both.loc[new, "mark"] = [hand.get(tuple(r), "-") for r in both.loc[new, key].itertuples(index=False)]
    return both[["round", *key, "kind", "mark", "status"]].sort_values(
        ["round", "parent", "child"], kind="stable"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--cache", type=Path, help="a pickle of today's dump, written once and read after")
    ap.add_argument("--rounds", default="34-58")
    ap.add_argument("--rows", action="store_true", help="print every row under its edge")
    ap.add_argument(
        "--hold-out-37",
        action="store_true",
        help="skip HELD_OUT_37's series unread too (held out of round 37's audit; not dumped)",
    )
    args = ap.parse_args()
    if args.hold_out_37:
        HELD.update(n for key in HELD_OUT_37 for n in key.split("+"))
    lo, hi = (int(x) for x in args.rounds.split("-"))
    warnings.filterwarnings("ignore")
    marked, skipped = marked_rows(lo, hi)
    if args.cache and args.cache.exists():
        today = pickle.loads(args.cache.read_bytes())
    else:
        corpus = ct.load_reuters21578(args.data, limit=None)
        today = dump(corpus, series_of(lo, hi))
        if args.cache:
            args.cache.write_bytes(pickle.dumps(today))
    rows = compare(marked, today)
    n_held = sum(skipped.values())
    print(
        f"rounds {lo}-{hi}: {len(marked)} rows read ({(marked['mark'] == 'R').sum()} R) outside the held-out"
    )
    print(f"series; {n_held} rows of HELD_OUT_34's series skipped unread (rounds {sorted(skipped)})")
    if args.rows:
        for (r, p, c), g in rows.groupby(["round", "parent", "child"], sort=False):
            print(f"== round {r} {p} -> {c}")
            for x in g.itertuples():
                kind = x.kind if isinstance(x.kind, str) else ""
                print(f"  {x.status:7} {x.mark:1} {x.change:7} {kind:6} {x.value}")
    print()
    print("| status | rows | R | W | ? | unmarked |")
    print("|---|---|---|---|---|---|")
    for status in ("carried", "gone", "new"):
        g = rows[rows.status == status]
        counts = [int((g["mark"] == m).sum()) for m in ("R", "W", "?", "-")]
        print(f"| {status} | {len(g)} | " + " | ".join(map(str, counts)) + " |")
    given = rows[rows.status != "gone"]
    read_edges = set(map(tuple, marked[["parent", "child"]].drop_duplicates().to_numpy()))
    on_read = [(p, c) in read_edges for p, c in zip(given["parent"], given["child"], strict=True)]
    parts = {
        "on the edges the rounds read": given[on_read],
        "on edges no round read, marked": given[[not x for x in on_read]].query("mark != '-'"),
        "every row marked": given[given["mark"] != "-"],
    }
    print()
    for label, g in parts.items():
        k, n = int((g["mark"] == "R").sum()), len(g)
        lo_w, hi_w = wilson(k, n)
        print(f"today's rows {label}: {k} of {n} real ({k / max(n, 1):.1%}; Wilson {lo_w:.1%}-{hi_w:.1%})")
    print(f"rows not marked (out of the figures): {int((given['mark'] == '-').sum())}")
    missed = missed_rows(lo, hi)
    values = given.groupby(["parent", "child"])["value"].apply(list).to_dict()
    missed["found"] = [
        any(v == x or v in x.split(" -> ") for x in values.get((p, c), []))
        for p, c, v in zip(missed["parent"], missed["child"], missed["value"], strict=True)
    ]
    for firm, label in ((1, "firm"), (0, "borderline")):
        g = missed[missed.firm == firm]
        print(f"facts the readings list as missed, {label}: {len(g)}, given today {int(g.found.sum())}")
    k0, n0 = int((marked["mark"] == "R").sum()), len(marked)
    lo0, hi0 = wilson(k0, n0)
    print(f"as read (the same series, each on its day's code): {k0} of {n0}", end=" ")
    print(f"({k0 / n0:.1%}; Wilson {lo0:.1%}-{hi0:.1%})")


if __name__ == "__main__":
    main()
