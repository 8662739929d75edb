"""Source accounting: documents per outlet, distinct speakers per article, their survival across versions.

The attributions themselves (who said what, speakers resolved within a document) come from
:func:`corpus_tools.attribution.attributions.attributions`; this module counts them and follows each
speaker of the original into every other version:

* :func:`outlet_counts`: documents, words and roles per outlet (the corpus's own sources);
* :func:`speaker_table`: one row per distinct speaker of each document;
* :func:`speaker_summary`: per document, named against anonymous speakers, agency credits;
* :func:`speaker_survival`: per speaker of the original and version, ``kept``,
  ``kept_other_statement``, ``re_attributed`` or ``dropped``.
"""

from __future__ import annotations

import functools
import re
import warnings
from collections import defaultdict

import pandas as pd

from corpus_tools import lexicon
from corpus_tools.attribution.attributions import attributions
from corpus_tools.io.corpus import require_columns
from corpus_tools.reuse.alignment import align_sentences
from corpus_tools.reuse.documents import resolve_source

__all__ = [
    "attributions",
    "outlet_counts",
    "speaker_summary",
    "speaker_survival",
    "speaker_table",
    "source_summary",
    "source_survival",
    "source_table",
]

_HEAD_WORDS = frozenset().union(*lexicon.SPEAKER_WORDS.values())
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")


# ----------------------------------------------------------------------------- outlets


def outlet_counts(corpus: pd.DataFrame) -> pd.DataFrame:
    """Documents, words and roles per outlet, from the corpus frame's metadata.

    Args:
        corpus: the corpus frame (:func:`corpus_tools.load_corpus`).

    Returns:
        One row per outlet, sorted by ``n_documents`` (descending) then ``outlet``,
        columns ``outlet``, ``n_documents``, ``n_words`` (sum of the documents' ``n_words``),
        ``mean_words`` (rounded to 1 decimal), ``roles`` (the distinct ``role``
        values, sorted, joined by "; "; ``unknown`` when the corpus has no
        ``role`` column) and ``doc_ids`` (joined by "; ").

    Example:
        >>> from corpus_tools import load_corpus
        >>> outlet_counts(load_corpus("seeds"))[["outlet", "n_documents"]].values.tolist()
        [['unknown', 2], ['Reuters', 1]]
    """
    require_columns(corpus, ["outlet", "n_words"], "outlet_counts")
    frame = corpus.reset_index()
    if "role" not in frame.columns:
        frame["role"] = "unknown"
    rows = []
    for outlet, group in frame.groupby("outlet", sort=True):
        rows.append(
            {
                "outlet": outlet,
                "n_documents": len(group),
                "n_words": int(group["n_words"].sum()),
                "mean_words": round(float(group["n_words"].mean()), 1),
                "roles": "; ".join(sorted(set(map(str, group["role"])))),
                "doc_ids": "; ".join(map(str, group["doc_id"])),
            }
        )
    out = pd.DataFrame(rows, columns=["outlet", "n_documents", "n_words", "mean_words", "roles", "doc_ids"])
    out = out.sort_values(["n_documents", "outlet"], ascending=[False, True], kind="stable")
    return out.reset_index(drop=True)


# ----------------------------------------------------------------------------- distinct speakers


def _attributions(corpus, attributions_, model) -> pd.DataFrame:
    return attributions(corpus, model=model) if attributions_ is None else attributions_


def speaker_table(
    corpus: pd.DataFrame, *, attributions: pd.DataFrame | None = None, model=None
) -> pd.DataFrame:
    """Distinct speakers per document, every mention resolved to one (see
    :func:`corpus_tools.attribution.attributions.attributions`: pronouns, name variants, descriptions).

    Args:
        corpus: the corpus frame.
        attributions: the frame of :func:`attributions`; computed if not given.
        model: spaCy pipeline name or object, used only when ``attributions`` is not given.

    Returns:
        One row per distinct speaker, in order of first mention: ``doc_id``, ``speaker_id``,
        ``speaker`` (its first full mention), ``named``, ``speaker_type``, ``affiliation``,
        ``mentions`` (attributions to it), ``direct`` (of them, direct quotations),
        ``via_agency`` (any of them credits a news agency or outlet) and ``first_sent_id``.
        Attributions to an unresolved pronoun have no speaker and no row.

    Example:
        >>> from corpus_tools import load_corpus
        >>> t = speaker_table(load_corpus("seeds"))
        >>> t.query("doc_id == '001'").speaker.tolist()[:2]
        ['Iran', 'Iranian and Western officials familiar with the overtures']
    """
    require_columns(corpus, ["text"], "speaker_table")
    a = _attributions(corpus, attributions, model)
    a = a[a["speaker_id"].notna()]
    cols = [
        "doc_id",
        "speaker_id",
        "speaker",
        "named",
        "speaker_type",
        "affiliation",
        "mentions",
        "direct",
        "via_agency",
        "first_sent_id",
    ]
    g = a.assign(is_direct=a["quote_type"] == "direct").groupby(["doc_id", "speaker_id"], sort=False)
    out = g.agg(
        speaker=("speaker_label", "first"),
        named=("named", "first"),
        speaker_type=("speaker_type", "first"),
        affiliation=("affiliation", "first"),
        mentions=("sent_id", "size"),
        direct=("is_direct", "sum"),
        via_agency=("via_agency", "any"),
        first_sent_id=("sent_id", "min"),
    ).reset_index()
    ints = dict.fromkeys(["mentions", "direct", "first_sent_id"], "int64")
    return out[cols].astype({"named": bool, "via_agency": bool, **ints})


def speaker_summary(
    corpus: pd.DataFrame,
    *,
    speakers: pd.DataFrame | None = None,
    attributions: pd.DataFrame | None = None,
    model=None,
) -> pd.DataFrame:
    """Per document: attributions, distinct speakers, named against anonymous, agency credits.

    Args:
        corpus: the corpus frame.
        speakers: the frame of :func:`speaker_table`; computed when not given.
        attributions: the frame of :func:`attributions`; computed if not given.
        model: spaCy pipeline name or object, used only when a frame must be computed.

    Returns:
        One row per document: ``doc_id``, ``attributions``, ``sources`` (distinct speakers),
        ``named_sources``, ``anonymous_sources``, ``named_share`` (of distinct speakers; 0.0
        when none), ``agency_attributions`` (the speaker or the medium is a news agency or an
        outlet of the corpus, e.g. "told Reuters"), ``direct``, ``indirect``, ``mixed``
        (attributions by quote type), ``unresolved`` (attributions to a pronoun with no speaker
        in reach) and ``attributions_per_100_words``.

    Example:
        >>> from corpus_tools import load_corpus
        >>> s = speaker_summary(load_corpus("seeds"))
        >>> s[["doc_id", "named_sources", "anonymous_sources"]].values.tolist()[1]
        ['001', 7, 16]
    """
    require_columns(corpus, ["text", "n_words"], "speaker_summary")
    a = _attributions(corpus, attributions, model)
    table = speaker_table(corpus, attributions=a) if speakers is None else speakers
    rows = []
    for doc_id, n_words in corpus["n_words"].items():
        x, t = a[a["doc_id"] == str(doc_id)], table[table["doc_id"] == str(doc_id)]
        named = int(t["named"].sum())
        kinds = x["quote_type"].value_counts()
        rows.append(
            (
                str(doc_id),
                len(x),
                len(t),
                named,
                len(t) - named,
                round(named / len(t), 4) if len(t) else 0.0,
                int(x["via_agency"].sum()),
                int(kinds.get("direct", 0)),
                int(kinds.get("indirect", 0)),
                int(kinds.get("mixed", 0)),
                int(x["speaker_id"].isna().sum()),
                round(100 * len(x) / n_words, 2) if n_words else 0.0,
            )
        )
    cols = [
        "doc_id",
        "attributions",
        "sources",
        "named_sources",
        "anonymous_sources",
        "named_share",
        "agency_attributions",
        "direct",
        "indirect",
        "mixed",
        "unresolved",
        "attributions_per_100_words",
    ]
    return pd.DataFrame(rows, columns=cols)


# ----------------------------------------------------------------------------- across versions


def _profile(rows: pd.DataFrame) -> dict:
    """What identifies one distinct speaker across documents: names, head noun, affiliation."""
    first = rows.iloc[0]
    mentions = [first.speaker_label, *rows["speaker"]]
    head = next(
        (
            w.rstrip("s") if w.rstrip("s") in _HEAD_WORDS else w
            for m in mentions
            for w in re.findall(r"[a-z]+", m.lower())
            if w in _HEAD_WORDS or w.rstrip("s") in _HEAD_WORDS
        ),
        "",
    )
    if not first.named:
        names = set()
    elif first.speaker_type in ("person", "official"):  # a person: the surname of each named mention
        names = {_CAPITALISED.findall(m)[-1] for m in mentions if _CAPITALISED.findall(m)}
    else:  # an organisation or outlet: its name
        names = {m.lower().removeprefix("the ") for m in mentions}
    sides = {re.sub(r"[.\s]", "", s.lower()) for s in str(first.affiliation).split(";")} - {"unknown"}
    return {
        "named": bool(first.named),
        "names": names,
        "head": head,
        "sides": sides,
        "type": first.speaker_type,
    }


def _same_speaker(a: dict, b: dict) -> bool:
    """Named: a shared name. Unnamed: the same head noun and the same sides ("U.S." = "US"), or
    sides given on one side only ("officials" may be "Iranian and Western officials")."""
    if a["named"] or b["named"]:
        return a["named"] == b["named"] and bool(a["names"] & b["names"])
    sides = a["sides"] == b["sides"] or not a["sides"] or not b["sides"]
    return bool(a["head"]) and a["head"] == b["head"] and sides


_RANK = {"kept": 0, "kept_other_statement": 1, "re_attributed": 2, "dropped": 3}


def speaker_survival(
    corpus: pd.DataFrame,
    *,
    source: str | None = None,
    attributions: pd.DataFrame | None = None,
    alignment: pd.DataFrame | None = None,
    model=None,
) -> pd.DataFrame:
    """Each speaker of the original in every other version: kept, quoted otherwise, re-attributed, dropped.

    Speakers are compared by identity, not by sentence: two speakers are the same when both
    are named and share a name ("Owen Tarrant", "Mr Tarrant"), or both are unnamed with the same
    head noun and compatible affiliations ("two U.S. officials", "U.S. officials"). A statement
    of the original is followed into the version's sentences that reuse its sentence
    (``alignment``). The status, the best over the speaker's statements:

    * ``kept``: a statement is reused and still attributed to the same speaker;
    * ``kept_other_statement``: the version quotes the speaker, but none of these statements;
    * ``re_attributed``: a statement is reused but attributed to another or anonymised speaker,
      and the speaker is not quoted otherwise;
    * ``dropped``: the speaker does not appear in the version.

    Args:
        corpus: the corpus frame.
        source: the original: a doc_id, a ``group`` or several doc_ids read as one witness (see
            :func:`corpus_tools.reuse.documents.resolve_source`); None picks the origin.
        attributions: the frame of :func:`attributions`; computed if not given.
        alignment: the frame of :func:`corpus_tools.reuse.alignment.align_sentences` from ``source``;
            computed when not given.
        model: spaCy pipeline name or object, used only when a frame must be computed.

    Returns:
        One row per (speaker of the original, other document): ``source_doc_id`` (the file of
        the original that quotes the speaker: with a group, each take's speakers are its own), ``speaker_id``,
        ``speaker`` (its first full mention), ``named``, ``speaker_type``, ``doc_id``, ``status``,
        ``became`` (the version's speakers and cues for its reused statements, "; "-joined),
        ``statements`` (its attributions in the original), ``statements_kept`` and
        ``quoted_in_version`` (attributions to the same speaker in the version).

    Raises:
        ValueError: ``source`` names no document or group of the corpus.
    """
    require_columns(corpus, ["text"], "speaker_survival")
    ids = list(map(str, corpus.index))
    name, members = resolve_source(corpus, source)
    a = _attributions(corpus, attributions, model)
    a = a[a["speaker_id"].notna()]
    align = align_sentences(corpus, source=name, model=model) if alignment is None else alignment
    align = align[align["source_doc_id"].isin(members)]
    profiles = {sid: _profile(g) for sid, g in a.groupby("speaker_id", sort=False)}
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for rec in a.to_dict("records"):
        by_doc[str(rec["doc_id"])].append(rec)
    statements: dict[str, list[dict]] = {}  # the witness's speakers, in order, with their statements
    for src in members:
        for rec in by_doc.get(src, []):
            statements.setdefault(rec["speaker_id"], []).append(rec)
    rows = []
    for doc_id in (d for d in ids if d not in members):
        mine = by_doc.get(doc_id, [])
        mine_ids = dict.fromkeys(r["speaker_id"] for r in mine)
        reused: dict[tuple[str, int], set[int]] = {}  # (source file, its sentence) -> version sentences
        here = align[align["doc_id"] == doc_id]
        for sent_id, src, sources in zip(
            here["sent_id"], here["source_doc_id"], here["source_sent_ids"], strict=True
        ):
            for s in sources:
                reused.setdefault((str(src), int(s)), set()).add(int(sent_id))
        for sid, g in statements.items():
            p = profiles[sid]
            same_ids = {t for t in mine_ids if _same_speaker(p, profiles[t])}
            kept, became = 0, []
            for stmt in g:
                targets = reused.get((str(stmt["doc_id"]), int(stmt["sent_id"])), set())
                there = [t for t in mine if int(t["sent_id"]) in targets]
                kept += any(t["speaker_id"] in same_ids for t in there)
                became += [f"{t['speaker']} {t['cue']}".strip() for t in there]
            status = (
                "kept"
                if kept
                else "kept_other_statement"
                if same_ids
                else "re_attributed"
                if became
                else "dropped"
            )
            first = g[0]
            rows.append(
                (
                    str(first["doc_id"]),
                    sid,
                    first["speaker_label"],
                    bool(first["named"]),
                    first["speaker_type"],
                    doc_id,
                    status,
                    "; ".join(dict.fromkeys(became)),
                    len(g),
                    kept,
                    sum(r["speaker_id"] in same_ids for r in mine),
                )
            )
    cols = [
        "source_doc_id",
        "speaker_id",
        "speaker",
        "named",
        "speaker_type",
        "doc_id",
        "status",
        "became",
        "statements",
        "statements_kept",
        "quoted_in_version",
    ]
    return pd.DataFrame(rows, columns=cols)


# ----------------------------------------------------------------------------- deprecated names
def _deprecated(func, old: str):
    """``old`` calls ``func`` with a DeprecationWarning: the names of release 0.1, kept one release."""

    @functools.wraps(func)
    def alias(*args, **kwargs):
        warnings.warn(
            f"corpus_tools.{old} is deprecated and will be removed in 0.3; use {func.__name__} "
            "(people quoted are speakers; a source is the document a version was taken from)",
            DeprecationWarning,
            stacklevel=2,
        )
        return func(*args, **kwargs)

    alias.__name__ = alias.__qualname__ = old
    return alias


#: deprecated aliases of 0.1 (people quoted were "sources"); removed in 0.3
source_table = _deprecated(speaker_table, "source_table")
source_summary = _deprecated(speaker_summary, "source_summary")
source_survival = _deprecated(speaker_survival, "source_survival")
