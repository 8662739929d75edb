"""What each version did with the speakers of its source: kept, relabelled, re-attributed, dropped.

A speaker is followed by identity and by statement. Identity (:mod:`~.speaker_identity`): one
government under any of its names, a named person by surname, a named institution by name, an
anonymous speaker by every word of its description ("two U.S. officials" = "two US officials"), never
by a generic head word ("official", "source"). Statement (:mod:`~.survival_status`): a statement of
the source is followed into the version's sentences that reuse its sentence (the alignment) and to
the version's statement there whose content shares its words; where the alignment finds none, to a
statement of the version anywhere that tells it in other words
(:mod:`corpus_tools.attribution.paraphrase`: "denies strangling ... and dumping her body in the bath"),
or to a sentence that names the speaker and reports it without a cue the attributions read ("Ian
Beckett pleaded not guilty to indecently assaulting two women", for "he denied assaulting both
women").
"""

from __future__ import annotations

import pandas as pd

from corpus_tools.attribution.attributions import attributions as find_attributions
from corpus_tools.attribution.bench_members import bench_ids
from corpus_tools.attribution.entities import statements
from corpus_tools.attribution.kept_forms import mend
from corpus_tools.attribution.own_voice import stock_keys
from corpus_tools.attribution.pair_members import member_statements
from corpus_tools.attribution.paraphrase import content_keys, fact_keys, names_in
from corpus_tools.attribution.speaker_identity import _Who as _Who  # re-exported: tests import it here
from corpus_tools.attribution.speaker_identity import one_witness, speaker_identities
from corpus_tools.attribution.survival_status import (
    MIN_CONTENT_SHARE,
    Sentences,
    one_version,
    reused_sentences,
)
from corpus_tools.attribution.survival_status import _other_fate as _other_fate  # re-exported
from corpus_tools.attribution.told_parties import mark_windows
from corpus_tools.io.corpus import require_columns
from corpus_tools.reuse.alignment import align_sentences
from corpus_tools.reuse.documents import resolve_source

__all__ = [
    "MIN_CONTENT_SHARE",
    "STATUSES",
    "SURVIVAL_COLUMNS",
    "one_witness",
    "speaker_identities",
    "speaker_survival",
]

#: the statuses, best first: a speaker with statements of several fates takes the best
STATUSES = ("kept", "re_attributed", "relabelled", "kept_other_statement", "dropped")
SURVIVAL_COLUMNS = [
    "source_doc_id",
    "speaker_id",
    "speaker",
    "named",
    "speaker_type",
    "speaker_kind",
    "doc_id",
    "status",
    "became",
    "n_statements",
    "n_statements_kept",
    "n_quoted_in_version",
    "agency_credit",
    "agency_credit_dropped",
    "evidence_score",
    "n_statements_unattributed",
]


def speaker_survival(
    corpus: pd.DataFrame,
    *,
    source: str | None = None,
    attributions: pd.DataFrame | None = None,
    alignment: pd.DataFrame | None = None,
    model=None,
    identities: dict[str, _Who] | None = None,
) -> pd.DataFrame:
    """Each speaker of the original in every other version: kept, relabelled, re-attributed,
    quoted on another statement, or dropped.

    The status, the best over the speaker's statements (:data:`STATUSES`):

    * ``kept``: the version gives a statement of the source to the same speaker (a plea or
      denial the source tells without a cue counts: :func:`~.pleas.uncued_plea_kept`), or it quotes the
      institution an anonymous spokesman speaks for and keeps his words without saying who ("An
      Environment Agency spokesman said" -> "The Environment Agency said" on another statement,
      his words told unattributed: survival by statement, :func:`~.kept_forms.speaks_for`);
    * ``re_attributed``: the statement is given to a different speaker (another speaker of the
      source, another named person, or a named speaker with no word of the anonymous one's
      description: "the union representative said" -> "Fish said"): ``became`` shows who; never a
      party the statement itself reports, told under that party (:mod:`~.told_parties`: the party is
      kept, if a speaker of the source), nor by a version statement with no word of content;
    * ``relabelled``: the same statement, given to a differently described speaker that is no
      other speaker of the source and shares a word of its description ("an Iranian source with
      knowledge of the meeting" -> "an Iranian official"): ``became`` shows the new label;
    * ``kept_other_statement``: the version quotes this same speaker (or the institution a
      spokesman speaks for), on something else;
    * ``dropped``: the version quotes this speaker nowhere.

    Args:
        corpus: the corpus frame.
        source: the original: a doc_id, a ``group`` or several doc_ids read as one witness (see
            :func:`corpus_tools.reuse.documents.resolve_source`); None picks the origin.
        attributions: the frame of :func:`corpus_tools.attribution.attributions.attributions`;
            computed if not given.
        alignment: the frame of :func:`corpus_tools.reuse.alignment.align_sentences` from ``source``;
            computed when not given.
        model: spaCy pipeline name or object, used only when a frame must be computed.
        identities: :func:`speaker_identities` of the statements of ``attributions`` over the
            texts of ``corpus``, when the caller has them (read here when None).

    Returns:
        One row per (speaker of the original, other document): ``source_doc_id`` (the file of
        the original that quotes the speaker), ``speaker_id``, ``speaker`` (its first full
        mention), ``named``, ``speaker_type``, ``speaker_kind``, ``doc_id``, ``status``,
        ``became`` (for ``relabelled`` and ``re_attributed``: the version's speakers of the
        statements, "; "-joined; else ""), ``n_statements`` (its statements in the original),
        ``n_statements_kept`` (of them, given to the same speaker in the version),
        ``n_quoted_in_version`` (statements of the same speaker in the version),
        ``agency_credit`` (the source's credit of a news agency for this speaker, e.g. "told
        Reuters"; "" if none), ``agency_credit_dropped`` (the version carries a statement of
        the speaker that the source credits to an agency, without the credit) and
        ``evidence_score`` (the best alignment score of the version sentences its statements were
        followed into, 0-1; NaN when none was reused or a statement was found only in other
        words), ``n_statements_unattributed`` (of its statements, those the version tells
        without giving them to anyone: "he was told that his trial will start", for "Judge
        Rivlin told Beckett that his trial would start").

    Raises:
        ValueError: ``source`` names no document or group of the corpus.

    Example:
        >>> from corpus_tools import load_corpus
        >>> s = speaker_survival(load_corpus("seeds")).set_index(["doc_id", "speaker"])
        >>> s.loc[("002", "an Iranian source with knowledge of the meeting"), ["status", "became"]].tolist()
        ['relabelled', 'an Iranian official']
    """
    require_columns(corpus, ["text"], "speaker_survival")
    name, members = resolve_source(corpus, source)
    everything = find_attributions(corpus, model=model) if attributions is None else attributions
    a = statements(everything)
    align = align_sentences(corpus, source=name, model=model) if alignment is None else alignment
    align = align[align["source_doc_id"].isin(members)]
    texts = {str(d): str(t) for d, t in corpus["text"].items()}
    who = speaker_identities(a, texts) if identities is None else dict(identities)  # one_witness adds to it
    nested: dict[str, list[tuple[int, int]]] = {}  # each document's nested reports, read once
    inner = everything[everything["role"] == "nested"]
    for d, lo, hi in zip(inner["doc_id"], inner["content_start"], inner["content_end"], strict=True):
        if lo == lo and hi == hi and lo is not None and hi is not None:  # no NaN, no None
            nested.setdefault(str(d), []).append((int(lo), int(hi)))
    recs = [
        {
            **r,
            "content": texts[str(r["doc_id"])][int(r["content_start"]) : int(r["content_end"])],
            "span": _span(r, texts),
            "parts": _nested(r, nested, texts),
        }
        for r in a.to_dict("records")
    ]
    for r in recs:  # each statement's words read once, not once per version it is compared with
        r["keys"] = content_keys(r["content"])
    takes = [texts[m] for m in members]
    source_recs = one_witness([r for r in recs if str(r["doc_id"]) in members], who, takes)
    source_recs = member_statements(source_recs, who)  # a pair beside its members: :mod:`~.pair_members`
    for r in source_recs:
        r["facts"], r["span_names"] = fact_keys(r["content"]), names_in(r["span"])
        r["part_keys"] = [r["keys"], *map(content_keys, r["parts"])]
    mark_windows(source_recs, texts, inner)  # the parties each statement reports: :mod:`~.told_parties`
    stock = stock_keys(source_recs)  # the story's stock words: no speaker's statement told by them
    for r in source_recs:
        r["own_parts"], r["own_facts"] = [k - stock for k in r["part_keys"]], r["facts"] - stock
        r["stock"] = stock
    benched = bench_ids(source_recs + recs, who, texts, "\n\n".join(takes), members)  # one court's
    rows = []
    by_doc: dict[str, list[dict]] = {}  # each document's records and alignment rows, indexed once
    for r in recs:
        by_doc.setdefault(str(r["doc_id"]), []).append(r)
    keys = align["doc_id"].astype(str)
    at = keys.groupby(keys, sort=False).indices if len(align) else {}
    read = ("sent_id", "start", "end", "source_doc_id", "source_sent_ids", "score")  # columns read below
    cols = {c: align[c].to_numpy() for c in read}  # a version's rows taken from arrays, not a frame
    for doc_id in (d for d in map(str, corpus.index) if d not in members):
        mine = by_doc.get(doc_id, [])
        here = {c: v[at[doc_id]] if doc_id in at else v[:0] for c, v in cols.items()}
        sents = [texts[doc_id][int(a) : int(b)] for a, b in zip(here["start"], here["end"], strict=True)]
        read = Sentences(sents, here["sent_id"])
        rows += one_version(doc_id, mine, source_recs, reused_sentences(here), who, read, benched)
    return mend(pd.DataFrame(rows, columns=SURVIVAL_COLUMNS), everything, align, who, members, texts)


def _span(r: dict, texts: dict[str, str]) -> str:
    """The text of one attribution, its speaker, cue and content."""
    bounds = [
        r[k] for k in ("speaker_start", "cue_start", "content_start", "speaker_end", "cue_end", "content_end")
    ]
    bounds = [int(b) for b in bounds if b == b and b is not None]
    return texts[str(r["doc_id"])][min(bounds) : max(bounds)]


def _nested(r: dict, nested: dict[str, list[tuple[int, int]]], texts: dict[str, str]) -> list[str]:
    """The contents of the reports nested in one statement ("the jury was told Kerr admitted ...,
    but denied strangling her": "strangling her"), each a statement a version may tell alone;
    ``nested``: each document's nested reports as (content start, content end)."""
    lo, hi = int(r["content_start"]), int(r["content_end"])
    text = texts[str(r["doc_id"])]
    return [text[a:b] for a, b in nested.get(str(r["doc_id"]), []) if a >= lo and b <= hi]
