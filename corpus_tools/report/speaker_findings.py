"""The speaker sentences of the findings (used by :mod:`corpus_tools.report.findings`): whom a
document quotes, by kind, and what a version did with each speaker of the source (kept, relabelled,
given to another speaker, dropped) and with their news agency credit.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from corpus_tools.analysis import Analysis
from corpus_tools.attribution.defendant import defendant_heads
from corpus_tools.attribution.shared_quotes import shared_quotations
from corpus_tools.report.checks import named_dropped_check, survival_check
from corpus_tools.report.labels import plain
from corpus_tools.report.segments import Segment, _frame, _join, _once, _plural, _rows

_KIND_WORDS = (
    ("n_people", "named person", "named people"),
    ("n_institutions", "institution", None),
    ("n_governments", "government", None),
    ("n_media", "news outlet", None),
    ("n_anonymous", "anonymous speaker", None),
)


def _quoted(labels: Iterable[str], limit: int = 10) -> str:
    labels = [f"“{plain(x).strip()}”" for x in labels]
    more = len(labels) - limit
    return "; ".join(labels[:limit]) + (f" and {more} more" if more > 0 else "")


def _became(sv: pd.DataFrame, link: str) -> str:
    """'“a” as “b”; “c” as “d”': each speaker of ``sv`` and what it became, ``link`` between."""
    return "; ".join(
        f"“{plain(x).strip()}” {link} “{plain(y).strip()}”"
        for x, y in zip(sv["speaker"], sv["became"], strict=True)
    )


def _speaker_counts(r: pd.Series) -> list[Segment]:
    """'It quotes 8 speakers: 2 governments and 6 anonymous speakers; no named person.'"""
    parts = [_plural(int(r[col]), one, many) for col, one, many in _KIND_WORDS if int(r[col])]
    out: list[Segment] = [" It quotes ", (_plural(int(r["n_speakers"]), "speaker"), "t-speaker_summary")]
    if parts:
        out.append(": " + _join(parts))
    if int(r["n_speakers"]) and not int(r["n_people"]):
        out.append("; no named person")
    agency = int(r["n_agency_attributions"])
    verb = "credits" if agency == 1 else "credit"
    out.append(f"; {_plural(agency, 'statement')} {verb} a news agency or outlet." if agency else ".")
    return out


def _speaker_fates(sv: pd.DataFrame, src: str, speakers: list[str]) -> list[Segment]:
    """What the version did with each speaker of the source, every one named where it matters
    (``speakers``: who the version's statements name, for the check of a dropped speaker it
    quotes by name)."""
    n = sv["status"].value_counts()
    out: list[Segment] = [
        f" Of {src}'s {_plural(len(sv), 'speaker')} it ",
        (f"keeps {int(n.get('kept', 0))}", "t-speaker_survival"),
    ]
    clauses = []
    # told without saying who: listed once, there, never also dropped (the lead's ruling, round 16)
    told = sv["n_statements_unattributed"].astype(int).gt(0) & sv["status"].eq("dropped")
    flag = "; ".join(f for f in (survival_check(sv), named_dropped_check(sv[~told], speakers)) if f)
    for status, says, link in (
        ("relabelled", "relabels {n}", "as"),
        ("re_attributed", "gives the statements of {n} to another speaker", "to"),
    ):
        rows = sv[sv["status"] == status]
        if len(rows):
            clauses.append(f"{says.format(n=len(rows))} ({_became(rows, link)})")
    other = sv[sv["status"] == "kept_other_statement"]
    if len(other):
        clauses.append(f"quotes {len(other)} only on another statement ({_quoted(other['speaker'])})")
    dropped = sv[(sv["status"] == "dropped") & ~told]
    clauses.append(f"drops {len(dropped)}" + (f" ({_quoted(dropped['speaker'])})" if len(dropped) else ""))
    if told.any():
        who = _quoted(sv[told]["speaker"])
        clauses.append(f"keeps what {int(told.sum())} said without saying who ({who})")
    out.append(", " + _join(clauses) + ".")
    if flag:
        out += [" (", (flag, "t-speaker_survival"), ".)"]
    lost = sv[sv["agency_credit_dropped"].astype(bool)]
    if len(lost):
        credits = _join(list(dict.fromkeys(f"“{plain(c).strip()}”" for c in lost["agency_credit"])))
        who = f"{_plural(len(lost), 'speaker')}: {_quoted(lost['speaker'])}"
        out.append(f" It drops the agency credit ({credits}) of {who}.")
    return out


def _speakers(doc: str, src: str | None, a: Analysis) -> list[Segment]:
    out: list[Segment] = []
    summ = _rows(_frame(a, "speaker_summary"), doc)
    if len(summ):
        out += _speaker_counts(summ.iloc[0])
    sv = _rows(_frame(a, "speaker_survival"), doc)
    if src is not None and doc != src and len(sv):
        out += _speaker_fates(sv, src, _version_speakers(doc, a))
    if src is not None and doc != src:
        out += _shared_statements(doc, src, a)
    return out


def _version_speakers(doc: str, a: Analysis) -> list[str]:
    """Who the statements of ``doc`` name, as written and as resolved (mentions aside)."""
    return _once(a, "version_speakers", lambda: _speakers_by_doc(a)).get(doc, [])


def _speakers_by_doc(a: Analysis) -> dict[str, list[str]]:
    if a.attributions is None or not len(a.attributions):
        return {}
    rows = a.attributions[a.attributions["role"] != "mention"]
    out: dict[str, list[str]] = {}
    for doc, written, label in zip(rows["doc_id"], rows["speaker"], rows["speaker_label"], strict=True):
        out.setdefault(str(doc), []).extend((str(written), str(label)))
    return out


def _identities(a: Analysis) -> dict | None:
    """The speakers' identities the speaker survival read (``Analysis.beside``), when they are those
    of the whole corpus: read with the same descriptions of the person on trial (a copy set aside
    may add one); else None (read again)."""
    on_trial, who = a.beside.get("speaker_identities", (None, None))
    if who is None or defendant_heads("\n\n".join(map(str, a.corpus["text"]))) != on_trial:
        return None
    return who


def _shared_statements(doc: str, src: str, a: Analysis) -> list[Segment]:
    """'It and 001 both quote “Okafor”'s statement: 40 of its words are inside those quotation
    marks, evidence of a statement both quote, not of copying.' (:func:`shared_quotations`)"""
    if a.attributions is None:
        return []
    shared = _once(  # once for all the documents of the findings, not once per document
        a,
        "shared_quotations",
        lambda: shared_quotations(
            a.corpus, source=a.source, attributions=a.attributions, identities=_identities(a)
        ),
    )
    rows = _rows(shared, doc)
    if not len(rows):
        return []
    n = int(rows["n_words"].sum())
    whose = _quoted(rows["source_speaker"], limit=3)
    same = "the same speaker" if len(rows) == 1 else "the same speakers"
    return [
        " ",
        (f"{_plural(n, 'word')} it shares with {src}", "t-attributions"),
        f" are inside quotation marks both give to {same} ({whose}):"
        " both quote the same statements, which alone does not show that one copied the other.",
    ]
