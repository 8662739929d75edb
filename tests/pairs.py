"""Small corpora the tests build again and again: two invented texts, a source ``"src"`` and one
version (the alignment, fusion and variant tests), the speaker table of one text or of several (the
speaker tests), the survival rows of a later invented text against an earlier one (the survival
tests), and the fact rows of one edge between two invented texts (the fact tests)."""

from __future__ import annotations

import pandas as pd

from corpus_tools import from_records


def pair(source: str, version: str, version_id: str = "v") -> pd.DataFrame:
    """The corpus of ``source`` (doc_id ``"src"``) and ``version`` (doc_id ``version_id``)."""
    return from_records([{"doc_id": "src", "text": source}, {"doc_id": version_id, "text": version}])


def rules_alignment(corpus: pd.DataFrame, source: str = "src", options=None) -> pd.DataFrame:
    """:func:`corpus_tools.align_sentences` by the threshold rules alone (the fitted decision's
    weights all 0): what a test of one rule pins."""
    from corpus_tools.reuse.alignment import _aligned
    from corpus_tools.reuse.decision import WEIGHTS

    return _aligned(corpus, source, None, None, options, weights=(0.0,) * len(WEIGHTS))[0]


def speaker_rows(text: str) -> list[list]:
    """``[speaker, speaker_kind, n_statements]`` of each speaker of one invented text (doc_id "d")."""
    from corpus_tools.attribution.accounting import speaker_table

    t = speaker_table(from_records([{"doc_id": "d", "text": text}]))
    return t[["speaker", "speaker_kind", "n_statements"]].values.tolist()


def speaker_tables(*texts: str) -> list[list]:
    """``[doc_id, speaker, speaker_kind, n_statements]`` of each speaker of invented Reuters texts
    (doc_ids "d0", "d1", ... in order)."""
    from corpus_tools.attribution.accounting import speaker_table

    records = [{"doc_id": f"d{i}", "text": t, "outlet": "Reuters"} for i, t in enumerate(texts)]
    t = speaker_table(from_records(records))
    return t[["doc_id", "speaker", "speaker_kind", "n_statements"]].values.tolist()


def text_attributions(text: str, cue: str | None = None) -> pd.DataFrame:
    """The attribution rows of one invented text (doc_id "d"); with ``cue``, only the rows whose
    cue matches that regular expression."""
    from corpus_tools.attribution.attributions import attributions

    rows = attributions(from_records([{"doc_id": "d", "text": text}]))
    return rows if cue is None else rows[rows.cue.str.contains(cue)]


def survival(first: str, later: str) -> pd.DataFrame:
    """:func:`corpus_tools.speaker_survival` of ``later`` (doc_id "b", a day later) against ``first``
    (doc_id "a", the source)."""
    from corpus_tools import speaker_survival

    corpus = from_records(
        [
            {"doc_id": "a", "text": first, "published": "1987-04-06"},
            {"doc_id": "b", "text": later, "published": "1987-04-07"},
        ]
    )
    return speaker_survival(corpus, source="a")


def survival_fates(first: str, later: str) -> dict[str, tuple[str, str]]:
    """:func:`survival` as speaker label -> (status, became)."""
    s = survival(first, later)
    return {sp: (st, became) for sp, st, became in zip(s["speaker"], s["status"], s["became"], strict=True)}


def fact_rows(parent: str, child: str) -> list[tuple[str, str, str]]:
    """``(kind, change, before or after)`` of the fact rows of the edge ``parent`` -> ``child``."""
    from corpus_tools.variants.changes import pair_changes

    ch = pair_changes(child, parent)
    ch = ch[ch.section == "fact"]
    return [(r.kind, r.change, r.before or r.after) for r in ch.itertuples()]
