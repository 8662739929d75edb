"""What changed in the quotes along an edge of the family tree (:mod:`~.changes`' quote rows).

A statement is a sentence with a quote mark or a reporting verb (:func:`is_statement`), attributed
to the names next to its reporting verb (:func:`statement_speakers`): the rule that reads the quotes
from the text. :func:`survival_rows` reads them from the speaker survival of a version against its
parent instead (:func:`corpus_tools.attribution.survival.speaker_survival`).
"""

from __future__ import annotations

import re

import pandas as pd

from corpus_tools.attribution.survival import speaker_survival
from corpus_tools.lexicon import CUE_WORDS, WORD_RE
from corpus_tools.text.nlp import ModelError, load_model
from corpus_tools.variants.facts import NAME_RE, ORDINARY_WORDS, QUOTE_RE, fact_key, word_keys

__all__ = [
    "SURVIVAL_READ",
    "edge_survival",
    "is_statement",
    "statement_speakers",
    "survival_rows",
    "text_note",
]


def is_statement(sentence: str) -> bool:
    """A sentence with a quote mark or a reporting verb."""
    return bool(QUOTE_RE.search(sentence)) or any(k in CUE_WORDS for k in word_keys(sentence))


def statement_speakers(sentence: str) -> set[str]:
    """Who a statement is attributed to: names outside quote marks next to a reporting verb
    ("Smith said", "said Smith", "according to Smith")."""
    outside = re.sub(r"[\"“][^\"”]*[\"”]", " ", sentence)
    cues = [m.start() for m in WORD_RE.finditer(outside) if m.group().lower() in CUE_WORDS]
    out = set()
    for m in NAME_RE.finditer(outside):
        near = any(0 <= c - m.end() <= 12 or 0 <= m.start() - c <= 30 for c in cues)
        key = fact_key(re.sub(r"['’]s$", "", m.group()))
        if near and key and key.split()[0] not in ORDINARY_WORDS:
            out.add(key)
    return out


#: the columns of the speaker survival frame read here
SURVIVAL_READ = [
    "source_doc_id",
    "doc_id",
    "speaker",
    "status",
    "became",
    "n_statements",
    "n_statements_kept",
]


def text_note(reason: str) -> tuple:
    """The quote row of an edge whose quotes were read from the text, not the speaker survival:
    ``kind`` ``note``, ``change`` "read from the text", ``before`` why (``reason``)."""
    after = "statements read from the text (quote marks, reporting verbs), not from the speaker survival"
    return ("quote", "note", "read from the text", reason, after, "", "")


#: survival statuses -> the quote row's change
_SURVIVAL_CHANGES = {"dropped": "cut", "re_attributed": "re-attributed", "relabelled": "relabelled"}


def survival_rows(survival: pd.DataFrame, text_rows: list) -> list:
    """Quote rows from the speaker survival of one version against its parent: its speakers
    dropped, re-attributed or relabelled, and statements of kept speakers cut; with the
    statements added and shortened of ``text_rows`` (the rule's quote rows)."""
    cut_text = [r[3] for r in text_rows if r[2] == "cut"]
    rows = []
    for r in survival.itertuples(index=False):
        speaker = str(r.speaker)
        where = next((t for t in cut_text if speaker.lower() in t.lower()), "")
        if r.status in _SURVIVAL_CHANGES:
            change = _SURVIVAL_CHANGES[r.status]
            rows.append(("quote", "speaker", change, speaker, str(r.became), "", where))
        elif int(r.n_statements_kept) < int(r.n_statements) and r.status in ("kept", "kept_other_statement"):
            lost = int(r.n_statements) - int(r.n_statements_kept)
            rows.append(
                ("quote", "statement", "cut", f"{speaker}: {lost} of {r.n_statements}", "", "", where)
            )
    return rows + [r for r in text_rows if r[2] in ("added", "shortened")]


def edge_survival(corpus: pd.DataFrame, family_frame: pd.DataFrame, *, model=None) -> pd.DataFrame | None:
    """The speaker survival of every version against its parent, as :func:`corpus_tools.analyze`
    computes it for the changes (``against="parent"``, :func:`corpus_tools.analysis.parent_frames`):
    :func:`~corpus_tools.attribution.survival.speaker_survival` run once per parent, on the parent
    and its children (a witness read as its files). None when no spaCy pipeline is installed.

    Returns:
        The columns of :func:`~corpus_tools.attribution.survival.speaker_survival`, parent after
        parent (``source_doc_id``: a file of the parent witness).
    """
    try:
        nlp = load_model(model)
    except ModelError:
        return None
    members = family_frame.groupby("witness", sort=False)["doc_id"].apply(list).to_dict()
    kids = family_frame.dropna(subset=["parent_doc_id"]).drop_duplicates("witness")
    edges = list(zip(kids["witness"], kids["parent_doc_id"], strict=True))
    if "second_parent_doc_id" in kids.columns:
        edges += [(w, p) for w, p in zip(kids["witness"], kids["second_parent_doc_id"], strict=True)]
    children: dict[str, list[str]] = {}
    for w, p in edges:
        if isinstance(p, str):
            children.setdefault(p, []).append(w)
    out = []
    for parent, group in children.items():
        docs = {str(d) for w in [parent, *group] for d in members.get(w, [w])}
        sub = corpus[corpus.index.astype(str).isin(docs)]
        out.append(speaker_survival(sub, source=parent, model=nlp))
    return pd.concat(out, ignore_index=True) if out else None
