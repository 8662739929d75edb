"""Source accounting: documents per outlet, distinct speakers per article, their survival across versions.

The attributions themselves (who said what, speakers resolved within a document) come from
:func:`corpus_tools.attribution.attributions.attributions`; this module counts them and follows each
speaker of the original into every other version:

* :func:`outlet_counts`: documents, words and roles per outlet (the corpus's own sources);
* :func:`speaker_table`: one row per distinct speaker of each document;
* :func:`speaker_summary`: per document, speakers by kind (named people, institutions,
  governments, anonymous), agency credits;
* :func:`corpus_tools.attribution.survival.speaker_survival` (re-exported): per speaker of the
  original and version, ``kept``, ``relabelled``, ``re_attributed``, ``kept_other_statement`` or ``dropped``.
"""

from __future__ import annotations

import functools
import warnings
from collections import Counter

import numpy as np
import pandas as pd

from corpus_tools.attribution.attributions import attributions
from corpus_tools.attribution.bare_bodies import bare_repeats
from corpus_tools.attribution.court_letters import lettered_anonymous
from corpus_tools.attribution.entities import speaker_kind, statements
from corpus_tools.attribution.pairs import pair_people
from corpus_tools.attribution.survival import speaker_survival
from corpus_tools.io.corpus import require_columns

__all__ = [
    "attributions",
    "outlet_counts",
    "speaker_summary",
    "speaker_survival",
    "speaker_table",
    "statements",
    "source_summary",
    "source_survival",
    "source_table",
]


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
    """Distinct speakers per document, every mention resolved to one entity (see
    :func:`corpus_tools.attribution.attributions.attributions`: pronouns, name variants, descriptions,
    one government under several names).

    Only speakers of a statement count: a mention of speech ("given Trump's threats") and a report
    nested inside another speaker's statement (``role``) make no speaker.

    Args:
        corpus: the corpus frame.
        attributions: the frame of :func:`attributions`; computed if not given.
        model: spaCy pipeline name or object, used only when ``attributions`` is not given.

    Returns:
        One row per distinct speaker, in order of first mention: ``doc_id``, ``speaker_id``,
        ``speaker`` (its first full mention), ``named`` (on the record: a named person, institution
        or government), ``speaker_type``, ``speaker_kind`` (``person``, ``organisation``,
        ``government``, ``media`` or ``anonymous``, :func:`corpus_tools.attribution.entities.speaker_kind`),
        ``affiliation``, ``n_statements`` (its attributions), ``n_direct`` (of them, direct
        quotations), ``via_agency`` (any of them credits a news agency or outlet) and
        ``first_sent_id``. Attributions to an unresolved pronoun have no speaker and no row.

    Example:
        >>> from corpus_tools import load_corpus
        >>> t = speaker_table(load_corpus("seeds"))
        >>> t.query("doc_id == '001'")[["speaker", "speaker_kind"]].values.tolist()[:2]
        [['Iranian and Western officials familiar with the overtures', 'anonymous'], ['Iran', 'government']]
    """
    require_columns(corpus, ["text"], "speaker_table")
    a = statements(_attributions(corpus, attributions, model))
    cols = [
        "doc_id",
        "speaker_id",
        "speaker",
        "named",
        "speaker_type",
        "speaker_kind",
        "affiliation",
        "n_statements",
        "n_direct",
        "via_agency",
        "first_sent_id",
    ]
    g = a.assign(is_direct=a["quote_type"] == "direct").groupby(["doc_id", "speaker_id"], sort=False)
    out = g.agg(
        speaker=("speaker_label", "first"),
        named=("named", "first"),
        speaker_type=("speaker_type", "first"),
        affiliation=("affiliation", "first"),
        n_statements=("sent_id", "size"),
        n_direct=("is_direct", "sum"),
        via_agency=("via_agency", "any"),
        first_sent_id=("sent_id", "min"),
    ).reset_index()
    out["speaker_kind"] = [
        speaker_kind(t, bool(n)) for t, n in zip(out["speaker_type"], out["named"], strict=True)
    ]
    ints = dict.fromkeys(["n_statements", "n_direct", "first_sent_id"], "int64")
    return lettered_anonymous(out[cols].astype({"named": bool, "via_agency": bool, **ints}))  # "Woman A"


#: the count columns of :func:`speaker_summary`, in order
SUMMARY_COLUMNS = [
    "doc_id",
    "n_attributions",
    "n_speakers",
    "n_named",
    "n_people",
    "n_institutions",
    "n_governments",
    "n_media",
    "n_anonymous",
    "named_share",
    "n_agency_attributions",
    "n_direct",
    "n_indirect",
    "n_mixed",
    "n_unresolved",
    "n_nested",
    "n_mentions",
    "attributions_per_100_words",
]


def speaker_summary(
    corpus: pd.DataFrame,
    *,
    speakers: pd.DataFrame | None = None,
    attributions: pd.DataFrame | None = None,
    model=None,
) -> pd.DataFrame:
    """Per document: statements, distinct speakers by kind (named people, institutions,
    governments, media, anonymous), agency credits.

    Args:
        corpus: the corpus frame.
        speakers: the frame of :func:`speaker_table`; computed when not given.
        attributions: the frame of :func:`attributions`; computed if not given.
        model: spaCy pipeline name or object, used only when a frame must be computed.

    Returns:
        One row per document: ``doc_id``, ``n_attributions`` (statements of a speaker, see
        :func:`corpus_tools.attribution.entities.statements`), ``n_speakers`` (distinct speakers;
        a named pair spoken of together, "John Marsh and Colin Webb", counted as the people it names,
        :func:`corpus_tools.attribution.pairs.pair_people`), ``n_named`` (on the record:
        ``n_people`` + ``n_institutions`` + ``n_governments`` + ``n_media``), ``n_people`` (named
        persons, a pair as the people it names), ``n_institutions`` (named organisations,
        companies, documents),
        ``n_governments`` (a country or capital for its government, each counted once),
        ``n_media``, ``n_anonymous`` (speakers not on the record: "a senior official"),
        ``named_share`` (of distinct speakers; 0.0 when none), ``n_agency_attributions``
        (statements whose speaker or medium is a news agency or an outlet of the corpus, e.g.
        "told Reuters"), ``n_direct``, ``n_indirect``, ``n_mixed`` (statements by quote type),
        ``n_unresolved`` (attributions to a pronoun with no speaker in reach), ``n_nested``
        (reports inside another speaker's statement), ``n_mentions`` (speech mentioned, not
        reported) and ``attributions_per_100_words`` (statements per 100 words).

    Example:
        >>> from corpus_tools import load_corpus
        >>> s = speaker_summary(load_corpus("seeds")).set_index("doc_id")
        >>> s.loc["000", ["n_people", "n_governments", "n_anonymous"]].tolist()
        [0, 2, 6]
    """
    require_columns(corpus, ["text", "n_words"], "speaker_summary")
    everything = _attributions(corpus, attributions, model)
    a = statements(everything)
    table = speaker_table(corpus, attributions=everything) if speakers is None else speakers
    missing = [c for c in ("doc_id", "named", "speaker_kind") if c not in table.columns]
    if missing:
        raise ValueError(f"the speakers frame has no column {missing[0]!r}; build it with speaker_table()")
    rows = []
    # each column read once as an array, each document's rows by position (a pandas selection per
    # document and column cost more than the counting)
    at_a, at_t, at_e = (_positions(f) for f in (a, table, everything))
    kind, speaker = table["speaker_kind"].to_numpy(), table["speaker"].to_numpy()
    named_, via = table["named"].to_numpy(), a["via_agency"].to_numpy()
    quote_type, role = a["quote_type"].to_numpy(), everything["role"].to_numpy()
    unresolved = everything["speaker_id"].isna().to_numpy()
    none = np.zeros(0, dtype=np.intp)
    for doc_id, n_words in corpus["n_words"].items():
        x, t, e = (at.get(str(doc_id), none) for at in (at_a, at_t, at_e))
        kinds = Counter(kind[t].tolist())
        people = [p for p, k in zip(speaker[t].tolist(), kind[t].tolist(), strict=True) if k == "person"]
        extra = pair_people(people) - len(people)  # a pair counts the people it names
        drop = t[bare_repeats(speaker[t].tolist(), kind[t].tolist())]  # one body twice: :mod:`~.bare_bodies`
        kinds -= Counter(kind[drop].tolist())
        named = int(named_[t].sum()) - int(named_[drop].sum()) + extra
        types = Counter(quote_type[x].tolist())
        rows.append(
            (
                str(doc_id),
                len(x),
                sum(kinds.values()) + extra,
                named,
                int(kinds.get("person", 0)) + extra,
                int(kinds.get("organisation", 0)),
                int(kinds.get("government", 0)),
                int(kinds.get("media", 0)),
                int(kinds.get("anonymous", 0)),
                round(named / (sum(kinds.values()) + extra), 4) if len(t) else 0.0,
                int(via[x].sum()),
                int(types.get("direct", 0)),
                int(types.get("indirect", 0)),
                int(types.get("mixed", 0)),
                int(unresolved[e].sum()),
                int((role[e] == "nested").sum()),
                int((role[e] == "mention").sum()),
                round(100 * len(x) / n_words, 2) if n_words else 0.0,
            )
        )
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)


def _positions(frame: pd.DataFrame) -> dict:
    """doc_id -> the positions of the frame's rows of that document, in order."""
    return frame.groupby("doc_id", sort=False).indices if len(frame) else {}


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
