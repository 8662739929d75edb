"""Words two texts share inside quotation marks they give to the same speaker.

Two outlets that quote one public statement (a press release, a court statement) share its words
without one copying the other: those words are evidence of a shared statement, not of copying.
:func:`shared_quotations` counts them apart, so the findings can say "both quote Okafor's
statement" beside the share of words found in the source.
"""

from __future__ import annotations

import pandas as pd

from corpus_tools import lexicon
from corpus_tools.attribution.attributions import attributions as find_attributions
from corpus_tools.attribution.entities import statements
from corpus_tools.attribution.survival import speaker_identities
from corpus_tools.io.corpus import require_columns
from corpus_tools.reuse.documents import resolve_source

__all__ = ["MIN_SHARED_SHARE", "MIN_SHARED_WORDS", "SHARED_QUOTATION_COLUMNS", "shared_quotations"]

#: the least number of a quotation's words found in the source's quotation of the same speaker,
#: and the least share of its words, for the two to count as one statement quoted twice
MIN_SHARED_WORDS = 4
MIN_SHARED_SHARE = 0.5
SHARED_QUOTATION_COLUMNS = [
    "doc_id",
    "source_doc_id",
    "speaker",
    "source_speaker",
    "n_words",
    "n_quoted_words",
]


def _words(text: str) -> list[str]:
    return [lexicon.lemma_key(w) for *_, w in lexicon.tokenize(text)]


def shared_quotations(
    corpus: pd.DataFrame,
    *,
    source: str | None = None,
    attributions: pd.DataFrame | None = None,
    model=None,
) -> pd.DataFrame:
    """For each version and speaker: the version's words inside quotation marks given to a speaker
    that the source quotes too, found in the source's quotations of that speaker.

    Args:
        corpus: the corpus frame.
        source: the original (see :func:`corpus_tools.reuse.documents.resolve_source`); None
            picks the origin.
        attributions: the frame of :func:`corpus_tools.attribution.attributions.attributions`;
            computed if not given.
        model: spaCy pipeline name or object, used only when ``attributions`` is computed.

    Returns:
        One row per (version, speaker) with at least :data:`MIN_SHARED_WORDS` such words in
        one quotation, and at least :data:`MIN_SHARED_SHARE` of its words:
        ``doc_id``, ``source_doc_id`` (the source file that quotes the speaker), ``speaker``
        (the version's label), ``source_speaker`` (the source's label), ``n_words`` (the
        version's quoted words found in the source's quotations of the speaker, by
        :func:`corpus_tools.lexicon.lemma_key`) and ``n_quoted_words`` (the version's words in
        its direct quotations of the speaker).

    Example:
        >>> from corpus_tools import load_corpus
        >>> shared = shared_quotations(load_corpus("seeds"))
        >>> shared.groupby("doc_id")["n_words"].sum().to_dict()
        {'000': 105, '002': 84}
    """
    require_columns(corpus, ["text"], "shared_quotations")
    _, members = resolve_source(corpus, source)
    everything = find_attributions(corpus, model=model) if attributions is None else attributions
    direct = statements(everything)
    direct = direct[direct["quote_type"] == "direct"]
    texts = {str(d): str(t) for d, t in corpus["text"].items()}
    who = speaker_identities(statements(everything), texts)
    quotes = [
        (
            str(r.doc_id),
            str(r.speaker_id),
            str(r.speaker_label),
            texts[str(r.doc_id)][r.content_start : r.content_end],
        )
        for r in direct.itertuples()
    ]
    src = [q for q in quotes if q[0] in members]
    rows = []
    for doc, sid, label, text in quotes:
        if doc in members:
            continue
        mine = _words(text)
        found = [  # the source's quotation of the same speaker that holds most of its words
            (sum(w in theirs for w in mine), sdoc, slabel)
            for sdoc, ssid, slabel, stext in src
            if who[sid].same(who[ssid])
            for theirs in [set(_words(stext))]
        ]
        n, sdoc, slabel = max(found, default=(0, "", ""), key=lambda f: f[0])
        if n >= MIN_SHARED_WORDS and n >= MIN_SHARED_SHARE * len(mine):
            rows.append((doc, sdoc, label, slabel, n, len(mine)))
    out = pd.DataFrame(rows, columns=SHARED_QUOTATION_COLUMNS)
    agg = {"n_words": "sum", "n_quoted_words": "sum", "speaker": "first", "source_doc_id": "first"}
    return out.groupby(["doc_id", "source_speaker"], sort=False, as_index=False).agg(agg)[
        SHARED_QUOTATION_COLUMNS
    ]
