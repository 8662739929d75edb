"""A court that rules is one speaker under every label a story gives its bench.

A ruling of an appeal court is told as the court's ("the Court of Appeal ruled"), as its judges'
("Three Appeal Court judges ruled", "The appeal judges said") and as its judgment's ("the
judgment said", "Their judgment continued"). A wire story's takes use each of these in turn, and
one paper may use two; they are one speaker, the bench (the claims audit's round 17,
16.07.99/care, causes 1 and 4). A single judge ("the judge", "Mr Justice Hale", "High Court judge
Tom Lee") is a person, read by :mod:`~.judges` and :mod:`~.speaking_judges`, never a bench; two
courts the labels name apart ("the High Court", "the Court of Appeal") are two benches.

* :func:`bench_court`: the court a label speaks for as a bench, or None;
* :func:`same_bench`: whether two labels are one bench;
* :func:`name_bench`, :func:`name_the_benches`: every bench label of a story given the one court
  it names as an institution ("the Court of Appeal"), so a paper's "The appeal judges" and PA's
  "Three Appeal Court judges" are the one court the survival accounting follows.
"""

from __future__ import annotations

import re

import pandas as pd

__all__ = ["bench_court", "name_bench", "name_the_benches", "same_bench"]

#: the heads of a bench's label: its court, its judges, what it gave
_COURT_HEADS = frozenset({"court", "judges", "justices", "bench"})
_GIVEN_HEADS = frozenset({"judgment", "judgement", "ruling"})
#: the determiners of a bench's label ("the judges", "Their judgment", "Three judges")
_DETERMINERS = frozenset({"the", "their", "its"})
_NUMBERS = frozenset({"two", "three", "five", "seven", "nine"})
#: the words that tell one court from another ("the High Court", "the appeal court")
_COURTS = frozenset({"appeal", "high", "crown", "county", "supreme", "lords", "european", "magistrates"})


def bench_court(label: str) -> str | None:
    """The court a speaker label speaks for as a bench: "" for a bench that names no court ("the
    judges", "the judgment"), the words that name it ("appeal", "high") for one that does; None
    for a label that is no bench (a judge, a person, another body).

    Example:
        >>> [bench_court(x) for x in ("the Court of Appeal", "Three Appeal Court judges", "Their judgment")]
        ['appeal', 'appeal', '']
        >>> [bench_court(x) for x in ("the High Court judge, Mr Justice Hale", "a council against it")]
        [None, None]
        >>> bench_court("of the appeal court")  # a label cut before its head

    """
    text = " ".join(str(label).split())
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text.split(",")[0])]
    if len(words) < 2:
        return None
    before_of = words[: words.index("of")] if "of" in words else words
    if not before_of:
        return None  # "of the court": a label cut before its head, no bench
    head = before_of[-1]
    first = words[0]
    if head in _COURT_HEADS:
        if first not in _DETERMINERS | _NUMBERS | _COURTS:
            return None  # "a court", "Smith's court"
    elif head in _GIVEN_HEADS:
        if first not in _DETERMINERS:
            return None  # "a ruling", "a health authority against the ruling"
    else:
        return None
    if head in _GIVEN_HEADS and any(w[:1].isupper() for w in re.findall(r"[A-Za-z]+", text)[1:]):
        return None  # "the NHS ruling": another body's
    return " ".join(w for w in words if w in _COURTS)


def same_bench(a: str, b: str) -> bool:
    """Whether two speaker labels are one bench: both benches (:func:`bench_court`) and no two
    courts named apart.

    Example:
        >>> same_bench("the Court of Appeal", "The appeal judges"), same_bench("the judgment", "Three judges")
        (True, True)
        >>> same_bench("the High Court", "the Court of Appeal"), same_bench("the judge", "the judges")
        (False, False)
    """
    x, y = bench_court(a), bench_court(b)
    if x is None or y is None:
        return False
    return not x or not y or x == y


def name_bench(out: pd.DataFrame, docs: list) -> bool:
    """Give every label of one bench in the documents ``docs`` (a group's takes, a story: "Three
    Appeal Court judges", "Their judgment", :func:`same_bench`) the label and type of the court
    they name as an institution ("the Court of Appeal"), when they name one court only; in
    place. Whether a row changed."""
    rows = out[out["doc_id"].isin(docs) & out["speaker_id"].notna()]
    if "resolved_from" in rows.columns:
        rows = rows[rows["resolved_from"] != "hearing"]  # "the court heard": the hearing's
    labels = rows["speaker_label"].astype(str)
    benches = labels.map(bench_court).notna()
    if not benches.any():
        return False
    named = rows[benches & rows["named"].astype(bool) & (rows["speaker_type"] == "organisation")]
    names = named["speaker_label"].astype(str)
    if len({bench_court(x) for x in names} - {""}) != 1:  # "the Court of Appeal", "The Appeal Court": one
        return False
    court = names.value_counts(sort=True).index[0]  # its name as the story gives it most often
    at = [i for i, x in zip(rows.index, labels, strict=True) if same_bench(x, court) and x != court]
    if not at:
        return False
    out.loc[at, ["named", "speaker_type", "speaker_label"]] = [True, "organisation", court]
    return True


def name_the_benches(frame: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """The attribution rows with every bench label of each story (the corpus's optional ``story``
    column; else the corpus is one story) given the one court the story names as an institution
    (:func:`name_bench`); a copy, other rows unchanged.

    Args:
        frame: the attribution rows (``doc_id``, ``speaker_id``, ``speaker_label``, ``named``,
            ``speaker_type``, ``resolved_from``).
        corpus: the corpus frame.

    Returns:
        A copy of ``frame``.
    """
    if not len(frame):
        return frame
    stories = corpus["story"].astype(str) if "story" in corpus.columns else pd.Series("", index=corpus.index)
    out = frame.copy()
    for key in dict.fromkeys(stories):
        name_bench(out, [str(d) for d in corpus.index[stories == key]])
    return out
