"""Fixtures that build small corpus folders (text files + INDEX.md) in tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


def write_corpus(
    folder: Path,
    files: dict[str, str | bytes],
    rows: list[dict[str, str]] | None = None,
    *,
    index: str | None = None,
) -> Path:
    """Write ``files`` into ``folder`` and an INDEX.md listing ``rows``.

    ``rows`` defaults to one row per file (doc_id = stem, outlet "Test Wire");
    ``index`` replaces the whole INDEX.md text when given.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    if index is None:
        if rows is None:
            rows = [{"file": n, "doc_id": Path(n).stem, "outlet": "Test Wire"} for n in files]
        cols = list(dict.fromkeys(k for r in rows for k in r))
        lines = ["# Test corpus", "", "| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        lines += ["| " + " | ".join(r.get(c, "") for c in cols) + " |" for r in rows]
        index = "\n".join(lines) + "\n"
    (folder / "INDEX.md").write_text(index, encoding="utf-8")
    return folder


@pytest.fixture
def make_corpus(tmp_path):
    """Factory: ``make_corpus(files, rows=None, index=None)`` -> folder path."""
    counter = iter(range(10_000))

    def _make(files, rows=None, *, index=None):
        return write_corpus(tmp_path / f"corpus{next(counter)}", files, rows, index=index)

    return _make


@pytest.fixture(scope="session")
def seeds():
    from corpus_tools import load_corpus

    return load_corpus(SEEDS)


# --------------------------------------------------------------------------- a second story

STORY_WIRE = """BRUSSELS (Reuters) - European Union finance ministers agreed on Tuesday to delay a vote on the new banking rules until next month, two EU diplomats told Reuters.
The delay gives Germany and France more time to settle their differences over the programme of deposit guarantees, the diplomats said.
"We are close, but we are not there yet," said Dutch finance minister Wopke Hoekstra after the meeting.
A European Commission spokeswoman declined to comment on the timing of the vote.
Under the proposal, banks would have to hold more capital against government bonds from Oct. 1.
Critics say the rules would hurt smaller lenders in southern Europe, according to a senior Italian official.
The ministers will meet again in Luxembourg on Nov. 14, the diplomats said.
"""
STORY_COPY = """BRUSSELS: European Union finance ministers agreed on Tuesday to delay a vote on the new banking rules until next month, two EU diplomats told Reuters.
The delay gives Germany and France more time to settle their differences over the program of deposit guarantees, the diplomats said.
“We are close, but we are not there yet,” said Dutch finance minister Wopke Hoekstra after the meeting.
"""
STORY_REWRITE = """European Union finance ministers have agreed to delay a vote on new banking rules until next month, officials said.
The delay gives Germany and France more time to settle their differences over the programme of deposit guarantees.
"We are close, but we are not there yet," said Mr Hoekstra, the Dutch finance minister, after the meeting yesterday.
Under the proposal, banks would have to hold more capital against government bonds from 1 October.
"""
STORY_PARTIAL = """Finance ministers in Brussels put off a decision on banking rules on Tuesday.
The delay gives Germany and France more time to settle their differences over the programme of deposit guarantees, the diplomats said.
Gulf Bank chief Omar Haddad welcomed the delay, saying the rules would raise costs at its 40 branches.
The Manama Chamber of Commerce said it would write to the government this week.
"""
STORY_UNRELATED = """The home side won the cup final 3-1 on Saturday after extra time.
Fans celebrated in the streets of the city until the early hours of Sunday morning.
The coach said his players had shown great character after going a goal down.
"""
STORY_INDEX_ROWS = [
    ("wire.txt", "wire", "Reuters", "wire original", "2019-10-08"),
    ("copy.txt", "copy", "Gulf Daily", "republication", "2019-10-08"),
    ("rewrite.txt", "rewrite", "London Paper", "rewrite", "2019-10-09"),
    ("partial.txt", "partial", "Gulf Daily", "local follow-up", "2019-10-09"),
    ("unrelated.txt", "sport", "London Paper", "unrelated", "2019-10-12"),
    ("other.txt", "other", "AP", "wire original", "2019-10-08"),
]
STORY_OTHER = """LONDON (AP) - Oil prices fell on Tuesday as traders weighed rising stockpiles in the United States.
Brent crude was down 1.2 percent at $58 a barrel, analysts said.
"""


@pytest.fixture(scope="session")
def story_corpus(tmp_path_factory) -> Path:
    """A 6-document corpus of another story: wire, copy, rewrite, partial reuse, unrelated, other wire."""
    texts = {
        "wire.txt": STORY_WIRE,
        "copy.txt": STORY_COPY,
        "rewrite.txt": STORY_REWRITE,
        "partial.txt": STORY_PARTIAL,
        "unrelated.txt": STORY_UNRELATED,
        "other.txt": STORY_OTHER,
    }
    rows = [
        {"file": f, "doc_id": d, "outlet": o, "role": r, "published": p} for f, d, o, r, p in STORY_INDEX_ROWS
    ]
    return write_corpus(tmp_path_factory.mktemp("story"), texts, rows)


# --------------------------------------------------------------------------- a 12-document corpus, 4 outlets

#: (file stem, outlet, role, published, how the text is made from STORY_WIRE / the others)
REUSE_ROWS = [
    ("wire", "Reuters", "wire original", "2019-10-08"),
    ("wire_short", "Reuters", "wire update", "2019-10-08"),
    ("gulf_copy", "Gulf Daily", "republication", "2019-10-08"),
    ("gulf_cut", "Gulf Daily", "republication", "2019-10-09"),
    ("gulf_local", "Gulf Daily", "local follow-up", "2019-10-09"),
    ("london_rewrite", "London Paper", "rewrite", "2019-10-09"),
    ("london_copy", "London Paper", "republication", "2019-10-10"),
    ("london_sport", "London Paper", "unrelated", "2019-10-12"),
    ("ap_oil", "AP", "wire original", "2019-10-08"),
    ("ap_rewrite", "AP", "rewrite", "2019-10-09"),
    ("ap_brief", "AP", "brief", "2019-10-10"),
    ("gulf_sport", "Gulf Daily", "unrelated", "2019-10-11"),
]


def _reuse_texts() -> dict[str, str]:
    wire = STORY_WIRE.splitlines()
    us = {"programme": "program", "Oct. 1": "October 1", "Nov. 14": "November 14"}

    def swap(text: str, pairs: dict[str, str]) -> str:
        for a, b in pairs.items():
            text = text.replace(a, b)
        return text

    return {
        "wire": STORY_WIRE,
        "wire_short": "\n".join(wire[:5]) + "\n",
        "gulf_copy": STORY_COPY,
        "gulf_cut": swap("\n".join([wire[0].replace("BRUSSELS (Reuters) - ", "BRUSSELS: "), *wire[2:5]]), us)
        + "\n",
        "gulf_local": STORY_PARTIAL,
        "london_rewrite": STORY_REWRITE,
        "london_copy": STORY_REWRITE.replace("yesterday", "on Tuesday") + wire[6] + "\n",
        "london_sport": STORY_UNRELATED,
        "ap_oil": STORY_OTHER,
        "ap_rewrite": swap(
            "\n".join([wire[2], wire[0], wire[5], wire[6]]).replace("told Reuters", "said"), us
        )
        + "\nThe vote was expected to be close, officials said.\n",
        "ap_brief": wire[0].replace("(Reuters)", "(AP)") + "\n" + wire[3] + "\n",
        "gulf_sport": STORY_UNRELATED.replace("3-1", "2-0").replace("Saturday", "Friday"),
    }


@pytest.fixture(scope="session")
def reuse_corpus(tmp_path_factory) -> Path:
    """12 documents from 4 outlets (Reuters, Gulf Daily, London Paper, AP) on one story: a wire
    original and its update, copies, cuts, rewrites (one reordered), a local follow-up, and three
    unrelated documents; INDEX.md gives outlet, role and published date."""
    texts = _reuse_texts()
    rows = [
        {"file": f"{d}.txt", "doc_id": d, "outlet": o, "role": r, "published": p} for d, o, r, p in REUSE_ROWS
    ]
    return write_corpus(tmp_path_factory.mktemp("reuse12"), {f"{d}.txt": t for d, t in texts.items()}, rows)


def as_nobody(fn) -> int:
    """Run ``fn()`` in a forked child with the privileges of 'nobody' (real permissions, even as root);
    returns the child's exit code."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 3
        try:
            os.setgid(65534)
            os.setuid(65534)
            code = fn()
        finally:
            os._exit(code)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def dated_series(texts: list[str], days: list[str], headline: str):
    """A corpus frame of update texts ``d0``, ``d1``, ... under one headline, published on ``days``:
    the shape of the fact-change rounds' invented series (tests/test_facts_round47.py to 49)."""
    import pandas as pd

    ids = [f"d{k}" for k in range(len(texts))]
    frame = {"doc_id": ids, "text": texts, "headline": [headline] * len(texts)}
    return pd.DataFrame({**frame, "published": pd.to_datetime(days, utc=True)}).set_index(
        "doc_id", drop=False
    )


def fact_rows(first: str, later: str, days: list[str], headline: str, *, parent_checked: bool = True):
    """The ``section == "fact"`` rows of ``ct.changes`` between two dated texts (``d0`` then ``d1``),
    after checking that the family tree makes ``d0`` the parent of ``d1`` (``parent_checked``)."""
    import corpus_tools as ct

    corpus = dated_series([first, later], days, headline)
    family = ct.family(corpus)
    if parent_checked:
        assert family.set_index("doc_id").at["d1", "parent_doc_id"] == "d0"
    ch = ct.changes(corpus, family_frame=family)
    return ch[ch.section == "fact"]


def fact_changes(first: str, later: str, days: list[str], headline: str) -> list[tuple[str, str]]:
    """``(change, before or after)`` of :func:`fact_rows`, sorted: what the fact tests of rounds 37
    and 39 compare."""
    fa = fact_rows(first, later, days, headline)
    return sorted(zip(fa.change, fa.before.fillna("") + fa.after.fillna(""), strict=True))


#: an invented wire story the speed tests of rounds 17 and 22 build their versions from
BAKER_WIRE = (
    "A baker from Dunmore was fined 400 pounds yesterday for selling stale bread at a village fair.\n\n"
    "Magistrate Helen Voss told Kit Brandt, 52, that the loaves had been three weeks old.\n\n"
    '"I did not know the bread was old," Brandt said.\n\n'
    "The fair's organisers said they would check every stall next summer."
)
