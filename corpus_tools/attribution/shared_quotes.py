"""Words two texts share inside quotation marks they give to the same speaker.

Two outlets that quote one public statement (a press release, a court statement) share its words
without one copying the other: those words are evidence of a shared statement, not of copying.
:func:`shared_quotations` counts them apart, so the findings can say "both quote Okafor's
statement" beside the share of words found in the source.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import pandas as pd

from corpus_tools import lexicon
from corpus_tools.attribution import quotes
from corpus_tools.attribution.attributions import attributions as find_attributions
from corpus_tools.attribution.entities import statements
from corpus_tools.attribution.misprints import misprint
from corpus_tools.attribution.quotes import quotation_extent, quotations, quote_segments, single_opened
from corpus_tools.attribution.survival import speaker_identities
from corpus_tools.io.corpus import require_columns
from corpus_tools.reuse.documents import resolve_source

__all__ = [
    "MIN_RUN",
    "MIN_SHARED_WORDS",
    "SHARED_QUOTATION_COLUMNS",
    "quotations_by_speaker",
    "shared_quotations",
]

#: the least number of a quotation's words found in the source's quotations of the same speaker
#: for it to count as the source's statement quoted again, and the least run of words, in the
#: source's order, a word must stand in to count (issue 22, round 21: until then a word counted
#: when its lemma was anywhere among the person's quoted words, in sentences with two thirds of
#: their words found so, which counted a retold quotation's common words and another witness's
#: statement given to the person: noye's times, guardian, mirror, star in claims.md)
MIN_SHARED_WORDS = 4
MIN_RUN = 3
SHARED_QUOTATION_COLUMNS = [
    "doc_id",
    "source_doc_id",
    "speaker",
    "source_speaker",
    "n_words",
    "n_quoted_words",
]
_STRAIGHT = str.maketrans({"\u201c": '"', "\u201d": '"'})
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]*\s+")


def _words(text: str) -> list[str]:
    return [lexicon.lemma_key(w) for *_, w in lexicon.tokenize(text)]


def _sentences(text: str) -> list[list[str]]:
    """The words of each sentence of a quotation (split after . ! ? and any closing marks)."""
    return [w for w in (_words(x) for x in _SENTENCE_END.split(text)) if w]


def _counted(sentences: list[list[str]], held: set[tuple[str, ...]]) -> tuple[int, int]:
    """(words in shared runs, words of the sentences holding one) over the sentences of a
    quotation: a word counts when it stands in a run of at least :data:`MIN_RUN` words that
    one of the source's quotations of the person holds in that order (``held``: their
    :func:`_grams`), each word once however many runs it stands in. A sentence of the
    version's own inside a quotation shares at most a common phrase, a different statement of
    the speaker its common words alone, and the source's reported speech none of its words
    out of order (issue 22, round 21: words counted one by one against all the person's
    quoted words came to more than the quotations held)."""
    n = total = 0
    for words in sentences:
        hit = [False] * len(words)
        for i in range(len(words) - MIN_RUN + 1):
            if tuple(words[i : i + MIN_RUN]) in held:
                hit[i : i + MIN_RUN] = [True] * MIN_RUN
        if any(hit):
            n, total = n + sum(hit), total + len(words)
    return n, total


def _grams(runs: list[str]) -> set[tuple[str, ...]]:
    """The runs of :data:`MIN_RUN` words of the source's quotations ``runs`` (:func:`_run`)."""
    out: set[tuple[str, ...]] = set()
    for r in runs:
        w = r.split()
        out.update(tuple(w[i : i + MIN_RUN]) for i in range(len(w) - MIN_RUN + 1))
    return out


def _run(words: list[str]) -> str:
    return f" {' '.join(words)} "


def _short(sents: list[list[str]], runs: list[str]) -> int:
    """The words of a quotation of fewer than :data:`MIN_SHARED_WORDS` words ("dirt", "glittering
    career") that run whole, in order, inside one of the source's quotations of the same person,
    one of them no stop word; else 0."""
    words = [w for x in sents for w in x]
    if not words or len(words) >= MIN_SHARED_WORDS or all(w in lexicon.STOP_WORDS for w in words):
        return 0
    return len(words) if any(_run(words) in r for r in runs) else 0


def _best(
    sents: list[list[str]],
    persons: list[int],
    grams: dict[int, set[tuple[str, ...]]],
    runs: dict[int, list[str]],
) -> tuple[int, int, int]:
    """(words counted, words of the sentences counted, person) of one quotation, over the source's
    ``persons``: :func:`_counted` when at least :data:`MIN_SHARED_WORDS`, else a short quotation
    the person's quotations hold whole (:func:`_short`); (0, 0, -1) for none."""
    found = []
    for p in (p for p in persons if p in grams):
        n, total = _counted(sents, grams[p])
        if n < MIN_SHARED_WORDS:
            n = total = _short(sents, runs[p])
        found.append((n, total, p))
    return max(found, default=(0, 0, -1), key=lambda f: f[0])


def _heard(mine, theirs) -> bool:
    """Whether a version's speaker ``mine`` may be given the words of the source's speaker
    ``theirs`` that its own person's quotations do not hold: ``mine`` is a hearing ("The court
    heard ... 'dig up dirt'": the words a court heard are those of whoever the source quotes there).
    A speaker described otherwise is not (a relabel of the seeds' 002, "an Iranian official" for 001's
    "an Iranian source with knowledge of the meeting", quotes words 001 gives without marks)."""
    return mine.hearing and not theirs.hearing


def _nested(text: str) -> list[str]:
    """The runs of words of the quotations nested inside a source quotation ("He was heard to sing
    `a little ditty'"), closed ones (:func:`~.quotes.single_quotations`, the one reader of single
    marks): words the quoted speaker reports another person saying."""
    return [_run(_words(text[a:b])) for a, b in quotes.single_quotations(text, closed=True)]


_SPAN = ("content_start", "content_end")  # a statement's content, raw offsets


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def quotations_by_speaker(
    stmts: pd.DataFrame, texts: dict[str, str]
) -> dict[tuple[str, str], list[tuple[int, int]]]:
    """(doc_id, speaker_id) -> the spans of the document inside quotation marks given to that
    speaker, merged and in text order:

    - each direct statement's content, and the content of any statement a single mark opens (a
      quotation in single marks that ``quote_type``, reading double marks, typed indirect),
      widened to the whole of its quotation
      (:func:`~corpus_tools.attribution.quotes.quotation_extent`: a quotation that runs on over
      sentences after its one attribution) and to the outermost quotation it stands in ("He was
      shouting: 'Don't ...'" inside the witness's quotation);
    - the parts of a mixed statement inside double marks;
    - each quotation that is no statement's own (:func:`_carried`).

    ``stmts``: rows of :func:`~corpus_tools.attribution.entities.statements` (raw offsets of
    ``texts``)."""
    docs, sids = stmts["doc_id"].astype(str).tolist(), stmts["speaker_id"].astype(str).tolist()
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {k: [] for k in zip(docs, sids, strict=True)}
    # the columns read once as lists, each document's rows by position (#23: CPU, not per group)
    cols = (sids, stmts["quote_type"].tolist(), *(stmts[c].astype(int).tolist() for c in _SPAN))
    by_doc: dict[str, list[int]] = {}
    for n, doc in enumerate(docs):
        by_doc.setdefault(doc, []).append(n)
    for doc, at in by_doc.items():  # documents in order of first row, rows in order, as a groupby
        text = texts[doc]
        outer, marks = quotations(text), quote_segments(text.translate(_STRAIGHT))
        rows = [tuple(c[n] for c in cols) for n in at]  # (speaker_id, quote_type, start, end)
        for sid, kind, a, b in rows:
            if kind == "direct" or single_opened(text, a):
                got = [quotation_extent(text, a, b), *((qa, qb) for qa, qb in outer if qa <= a < qb)]
            elif kind == "mixed":
                got = [(max(a, qa), min(b, qb)) for qa, qb in marks if qa < b and a < qb]
            else:
                continue
            spans[(doc, sid)].extend(got)
        for sid, a, b in _carried(rows, text, outer):
            spans[(doc, sid)].append((a, b))
    return {k: _merge(v) for k, v in spans.items() if v}


def _carried(rows: list[tuple], text: str, outer: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """(speaker_id, start, end) of the quotations ``outer`` of one document (its statements
    ``rows``, each ``(speaker_id, quote_type, content_start, content_end)``) that are no statement's own
    quotation: none of its quoted statements starts where
    it starts (one that starts inside it is nested in it, "He was shouting: 'Don't ...'"). Such
    a quotation is carried on after its attribution ('He said: "I got halfway across.' then a
    paragraph '"I went over to the window."'; "He was grabbed. 'I was bundled back ...'"), often
    in single marks a parse reads no cue in: it goes to the speaker of the last statement before
    it (a different statement of that speaker shares only common words with the source's, and
    :func:`shared_quotations` does not count it)."""
    starts = sorted((a, sid) for sid, _, a, _ in rows)
    at = [x for x, _ in starts]
    quoted = sorted(a for _, kind, a, _ in rows if kind == "direct" or single_opened(text, a))
    out = []
    for a, b in outer:
        i, j = bisect_left(at, a), bisect_left(quoted, a - 1)
        if i and not (j < len(quoted) and quoted[j] <= a + 3):  # no quoted statement of its own
            out.append((starts[i - 1][1], a, b))
    return out


def _clusters(ids: list[str], who) -> dict[str, int]:
    """speaker_id -> one number per person: the source's speakers that are one person (across
    takes and labels, :meth:`~corpus_tools.attribution.survival._Who.same`) share it; a surname
    alone ("Paterson") joins at most one given name's person, never "Sylvia" and "Sarah" Paterson
    through it (29.03.00/stepmother of ``benchmarks/claims_tune20.md``)."""
    parent = list(range(len(ids)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    firsts = [set(who[sid].firsts) for sid in ids]  # a root's given names: "Paterson" joins one of them
    for i in range(len(ids)):
        for j in range(i):
            a, b = root(i), root(j)
            agree = (
                not firsts[a]
                or not firsts[b]
                or any(x == y or misprint(x, y) for x in firsts[a] for y in firsts[b])
            )
            if a != b and agree and who[ids[i]].same(who[ids[j]]):
                parent[a] = b
                firsts[b] |= firsts[a]
    return {sid: root(i) for i, sid in enumerate(ids)}


def shared_quotations(
    corpus: pd.DataFrame,
    *,
    source: str | None = None,
    attributions: pd.DataFrame | None = None,
    model=None,
    identities: dict | None = None,
) -> pd.DataFrame:
    """For each version and speaker of the source: the version's words inside quotation marks
    given to that speaker that the source's quotations of the same speaker hold too.

    What is counted: every word (:func:`corpus_tools.lexicon.tokenize`, stop words included) of
    the version's quotations of a speaker (:func:`quotations_by_speaker`: the whole of each
    quotation, its sentences after the attribution included) that stands in a run of at least
    :data:`MIN_RUN` words (compared by :func:`~corpus_tools.lexicon.lemma_key`) one of the
    source's quotations of the same person holds in that order, in every source document (a wire
    story's several takes) and under every label ("Kenneth Jones", "Mr Jones"), each word once
    (:func:`_counted`: a sentence of the version's own, a different statement of the same
    speaker or the source's reported speech shares few such runs), and only in quotations
    with at least :data:`MIN_SHARED_WORDS` words counted, or shorter ones the
    person's quotations hold whole and in order ("dirt", "glittering career": :func:`_short`).
    Words the version's own person's quotations do not hold are counted under the source's speaker
    whose quotations hold them when the version gives them to a hearing ("The court heard":
    :func:`_heard`), unless they are a quotation the source's speaker reports another person
    saying (:func:`_nested`). The version's speakers that are one person of the source are one row.

    Args:
        corpus: the corpus frame.
        source: the original (see :func:`corpus_tools.reuse.documents.resolve_source`); None
            picks the origin.
        attributions: the frame of :func:`corpus_tools.attribution.attributions.attributions`;
            computed if not given.
        model: spaCy pipeline name or object, used only when ``attributions`` is computed.
        identities: :func:`~corpus_tools.attribution.survival.speaker_identities` of the
            statements of ``attributions`` over the texts of ``corpus``, when the caller has them
            (the report: the speaker survival's); read here when None.

    Returns:
        One row per (version, person the source quotes) with at least one quotation counted,
        in the version's order: ``doc_id``, ``source_doc_id`` (the source document holding most
        of the words found), ``speaker`` (the version's first label of the person),
        ``source_speaker`` (the source's first label of the person: one label per person),
        ``n_words`` (the words counted) and ``n_quoted_words`` (the words of the sentences
        counted).

    Example:
        >>> from corpus_tools import load_corpus
        >>> shared = shared_quotations(load_corpus("seeds"))
        >>> shared.groupby("doc_id")["n_words"].sum().to_dict()
        {'000': 105, '002': 84}
    """
    require_columns(corpus, ["text"], "shared_quotations")
    _, members = resolve_source(corpus, source)
    everything = find_attributions(corpus, model=model) if attributions is None else attributions
    stmts = statements(everything)
    texts = {str(d): str(t) for d, t in corpus["text"].items()}
    quoted = quotations_by_speaker(stmts, texts)
    if not quoted:
        return pd.DataFrame(columns=SHARED_QUOTATION_COLUMNS)
    who = speaker_identities(stmts, texts) if identities is None else identities
    labels = dict(zip(stmts["speaker_id"].astype(str), stmts["speaker_label"].astype(str), strict=True))
    src_ids = list(dict.fromkeys(sid for doc, sid in quoted if doc in members))
    person = _clusters(src_ids, who)
    keys: dict[int, dict[str, set[str]]] = {}  # person -> source doc -> the words of its quotations
    for (doc, sid), spans in quoted.items():
        if doc in members:
            held = keys.setdefault(person[sid], {}).setdefault(doc, set())
            for a, b in spans:
                held.update(_words(texts[doc][a:b]))
    label_of = {p: labels[sid] for sid, p in reversed(list(person.items()))}  # the first label
    runs = {
        p: [
            _run(_words(texts[d][a:b]))
            for (d, s), sp in quoted.items()
            if person.get(s) == p and d in members
            for a, b in sp
        ]
        for p in keys
    }
    grams = {p: _grams(r) for p, r in runs.items()}
    nested = {  # the quotations each person's quotations report (:func:`_nested`)
        p: [
            r
            for (d, s), sp in quoted.items()
            if person.get(s) == p and d in members
            for a, b in sp
            for r in _nested(texts[d][a:b])
        ]
        for p in keys
    }
    rows: dict[tuple[str, int], list] = {}
    borrowed: set[tuple[str, int]] = set()  # rows labelled, so far, by a hearing
    for (doc, sid), spans in quoted.items():
        if doc in members:
            continue
        persons = [p for p in dict.fromkeys(person[s] for s in src_ids if who[sid].same(who[s]))]
        others = [p for p in dict.fromkeys(person[s] for s in src_ids if _heard(who[sid], who[s]))]
        for a, b in spans:
            sents = _sentences(texts[doc][a:b])
            n, total, p = _best(sents, persons, grams, runs)
            if not n:  # a hearing's quoted words: its speaker's in the source
                words = _run([w for x in sents for w in x])  # a nested report is its own speaker's
                n, total, p = _best(
                    sents,
                    [p for p in others if not any(words in r for r in nested.get(p, ()))],
                    grams,
                    runs,
                )
            if not n:
                continue
            if (doc, p) not in rows:
                rows[(doc, p)] = [doc, {}, labels[sid], label_of[p], 0, 0]
                if p not in persons:
                    borrowed.add((doc, p))
            elif p in persons and (doc, p) in borrowed:  # the version's own label of the person
                rows[(doc, p)][2] = labels[sid]
                borrowed.discard((doc, p))
            row = rows[(doc, p)]
            for sdoc, held in keys[p].items():
                row[1][sdoc] = row[1].get(sdoc, 0) + sum(w in held for x in sents for w in x)
            row[4] += n
            row[5] += total
    out = [[d, max(by, key=by.get), *rest] for d, by, *rest in rows.values()]
    return pd.DataFrame(out, columns=SHARED_QUOTATION_COLUMNS)
