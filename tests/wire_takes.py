"""A court story as the tests of speakers across takes build it: a wire story sent as several
takes of group ``PA`` on one day, and a newspaper's version the next day."""

from __future__ import annotations

from datetime import date, timedelta


def takes_and_paper(takes: list[str], paper: str, day: str):
    """A corpus of ``take1``, ``take2`` ... (group ``PA``, role ``wire``, an hour apart from 11:00
    on ``day``) and ``paper`` (role ``newspaper``, the day after)."""
    from corpus_tools import from_records

    rows = [
        {"doc_id": f"take{i}", "text": t, "group": "PA", "role": "wire", "published": f"{day}T{10 + i}:00"}
        for i, t in enumerate(takes, 1)
    ]
    after = (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    return from_records([*rows, {"doc_id": "paper", "text": paper, "role": "newspaper", "published": after}])
