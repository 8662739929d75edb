"""Sentences a text leaves new that tell what source sentences tell, in other words.

Sentence alignment (:func:`corpus_tools.reuse.alignment.align_sentences`) leaves a paper's
sentence ``new`` when no source sentence holds enough of its words. Some of those tell one to
three source sentences' facts in the paper's own words: "Smith stabbed the landlord after the
row over the bill" for the source's "the landlord was stabbed ... the row began over the bill".
Alignment does not take them (on METER courts most such sentences are annotated New: the paper
had a reporter of its own, and aligning them lowers precision, benchmarks/README.md "Issue 22 ...
(branch ret21)"); :func:`retellings` names them beside it, a finding true either way: the sentence
tells what the source sentence tells, whoever wrote it first.

The rule, one paper sentence left new at a time (over ``max_short_words`` words; a question is
none), against the source sentences its document is read against (the coverage frame: every file
of the source, a wire story's takes). A reader's notion of a retelling: *the same event, of the
same participant, with enough of what the source sentence says of it*:

1. its *words of what happened*: lemma keys of content words that are not names, numbers, verbs
   of saying, titles, words of a stock phrase (:func:`corpus_tools.reuse.fusion.evidence_words`),
   the stock words of a court report (:data:`COURT_WORDS`: who tells, where and when) nor light
   verbs and time words (:data:`LIGHT_WORDS`); on the source's side, a word found in three or
   more sentences of its file is that file's topic, worth nothing
   (:func:`corpus_tools.reuse.fusion.common_words`, as alignment reads it: a wire's business copy
   repeats its company, plant, units and "revenue" in every sentence);
2. a source sentence is taken when the two share **an event**
   (:func:`corpus_tools.reuse.event_words.shared_events`: a verb of what happened, or the verb
   and its noun, "stole" and "theft"; the sentence's own, not named in a clause of place, an
   "-ed" adjective or a verb of finding out: :mod:`corpus_tools.reuse.event_roles`, which also
   sets apart a word that modifies another noun), **a participant** (a name, not a court's or a title, or a
   whole number: "2,600" is one number) and at least ``min_topical_context`` (2) of the source
   sentence's own words of what happened, **one of them no verb** (what or where, not only what
   was done: "negotiating" and "representing" alone are a wire's background); a sentence giving
   other sums (figures of 100 or more) than the source sentence's, sharing none, tells another
   fact ("ordered to pay 200,000" against "costs of 500,000 will be paid"). Candidates are
   looked up in an index of the source's names and numbers, never all pairs; the one sharing most
   words is taken first;
3. up to two more join it (:data:`MAX_RETOLD`), each bringing as many words of what happened that
   the ones taken lack.

The 2 is the alignment's own option for the same notion
(:class:`~corpus_tools.reuse.matching.ReuseOptions`: ``min_topical_context``, the words of what
happened a paraphrase beside aligned neighbours needs; fitted on METER's annotation); the event,
the participant and "one no verb" were chosen on round 22's development stories (issue 22's
brief, round 23: a retelling tells the same event; ret22's rule, without them, named four
sentences of the Cominco updates that tell other facts); the one to three sentences are issue
22's brief (known debt 1). A retelling is listed, not aligned: the alignment frame and its shares
stay as they are.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

import pandas as pd

from corpus_tools.io.corpus import require_columns
from corpus_tools.lexicon import HONORIFICS, NUMBER_WORDS, WORD_RE
from corpus_tools.reuse.event_roles import background_keys, modifies, same_use
from corpus_tools.reuse.event_words import Events, events, shared_events
from corpus_tools.reuse.fusion import common_words, evidence_words
from corpus_tools.reuse.matching import ReuseOptions
from corpus_tools.reuse.similarity import SentenceWords, known_names, lemma, sentence_words

__all__ = ["COURT_WORDS", "LIGHT_WORDS", "MAX_RETOLD", "RETELLING_COLUMNS", "retellings"]

#: the most source sentences one paper sentence is read as retelling (a sentence fuses two or
#: three facts; more is a summary of the story, not a retelling of its sentences)
MAX_RETOLD = 3
#: the stock words of a court report, chosen by hand from the wording of British court reporting
#: (the court, its people and its days: who tells, where and when, never what happened); a
#: sentence that shares only these and a name ("Smith appeared at Leeds Crown Court yesterday")
#: retells nothing
COURT_WORDS: frozenset[str] = frozenset(
    """court courts crown bailey magistrate magistrates jury juror jurors judge justice recorder
    trial case hearing hear heard tell told appear appeared yesterday today tomorrow prosecution
    prosecutor prosecuting defence defending counsel qc witness evidence inquest coroner continue
    continues adjourn adjourned resumed cross examination day week month year""".split()
)
#: the light verbs and time words of English: they carry another word's meaning or say when
#: ("took", "getting", "later", "at the time"), never what happened
LIGHT_WORDS: frozenset[str] = frozenset(
    """take took taken taking get got getting make made go going went come came give gave put
    time times later earlier ago before after""".split()
)
_COURT = COURT_WORDS | LIGHT_WORDS
_COURT |= frozenset(map(lemma, _COURT))
_NUMBER_RE = re.compile(r"\b\d[\d,]*(?:\.\d+)?\b")
_NOT_NAMES = _COURT | frozenset(HONORIFICS) | frozenset(map(lemma, HONORIFICS))

#: the columns of :func:`retellings`
RETELLING_COLUMNS = [
    "doc_id",
    "sent_id",
    "source_doc_id",
    "source_sent_id",
    "shared_names",
    "shared_numbers",
    "shared_words",
    "n_retold",
]


def _anchors(w: SentenceWords, text: str) -> frozenset[str]:
    """Names and whole numbers ("2,600" is one number, not "2" and "600"; "1mm" a measure, not
    a number; "one" is a pronoun as often as a number)."""
    numbers = {n.replace(",", "") for n in _NUMBER_RE.findall(text)}
    numbers |= {str(NUMBER_WORDS[k]) for k in w.keys if k in NUMBER_WORDS and k != "one"}
    return (w.names - _NOT_NAMES) | frozenset(numbers)


def _figures(anchors: frozenset[str]) -> frozenset[str]:
    return frozenset(a for a in anchors if a[:1].isdigit())


def _sums(anchors: frozenset[str]) -> frozenset[str]:
    """The figures of 100 or more (sums, counts, years): two sentences giving other ones tell
    other facts; a small number ("three winters", "two trustees") is often background."""
    return frozenset(a for a in _figures(anchors) if float(a) >= 100)


def _happened(w: SentenceWords) -> frozenset[str]:
    return (evidence_words(w) & w.topical) - w.numbers - _COURT


def _own(ev: Events, text: str) -> tuple[Events, frozenset[str], tuple]:
    """A sentence's own events, its background words (:mod:`~corpus_tools.reuse.event_roles`:
    none of its events) and the heads its words modify."""
    bg = background_keys(text)
    return Events(ev.verbal - bg, ev.nominal - bg, ev.named), bg, modifies(text)


def _retold(t: tuple, index: dict, source: dict, opt: ReuseOptions, roles: Callable) -> list[tuple]:
    """The source sentences ``t`` (words, names and numbers, words of what happened, events, key)
    retells, ``[(source key, names, numbers, words)]``, or [] (rule: the module's doc);
    ``roles(key)``: :func:`_own` of a sentence, read only for candidates."""
    tw, anchors, wanted, _, key = t
    if len(wanted) < opt.min_topical_context:
        return []
    scored = []
    for k in {k for a in anchors for k in index.get(a, ())}:
        s, s_anchors, s_happened, _, _ = source[k]
        if len(wanted & s_happened) < opt.min_topical_context:
            continue
        (ev, bg, mods), (s_ev, s_bg, s_mods) = roles(key), roles(k)
        use = {w: same_use(w, mods, s_mods) for w in wanted & s_happened}  # event_roles
        shared = {w for w, u in use.items() if u}
        things = {w for w, u in use.items() if u == 2} - ev.verbal - s_ev.verbal
        if len(shared) < opt.min_topical_context or not things:
            continue  # two of its own words, one of them no verb (what, where: not only "did")
        if not shared_events(ev, tw.content - bg, s_ev, s.content - s_bg):
            continue
        if _sums(anchors) and _sums(s_anchors) and not _sums(anchors & s_anchors):
            continue  # other sums ("pay 200,000" against "paid 500,000"): another fact
        scored.append((-len(shared), k, shared, anchors & s_anchors))
    taken: list[tuple] = []
    held: set[str] = set()
    for _, k, shared, anchored in sorted(scored):
        if len(taken) == MAX_RETOLD:
            break
        if len(shared - held) >= opt.min_topical_context:
            taken.append((k, shared, anchored))
            held |= shared
    out = []
    for k, shared, anchored in taken:
        numbers = _figures(anchored)
        out.append((k, anchored - numbers, numbers, shared))
    return out


def _source_index(keys: tuple, by_key: dict, common: dict) -> tuple[dict, dict]:
    """``(source, index)``: each source sentence's (words, names and numbers, words of what
    happened, events), and its names and numbers -> the source sentences holding them."""
    source, index = {}, defaultdict(list)
    for k in keys:
        s = by_key.get(k)
        if s is None:
            continue
        source[k] = (s[0], s[1], s[2] - common[k[0]], *s[3:])
        for a in s[1]:
            index[a].append(k)
    return source, index


def retellings(
    corpus: pd.DataFrame,
    *,
    alignment: pd.DataFrame,
    coverage: pd.DataFrame,
    sentences: pd.DataFrame,
    options: ReuseOptions | None = None,
) -> pd.DataFrame:
    """The source sentences each sentence left ``new`` tells in its own words (rule: module doc).

    Args:
        corpus: the corpus frame.
        alignment: the frame of :func:`corpus_tools.reuse.alignment.align_sentences`.
        coverage: the frame of :func:`corpus_tools.reuse.alignment.source_coverage` (which source
            sentences each document is read against).
        sentences: the frame of :func:`corpus_tools.text.sentences.sentences`.
        options: the :class:`ReuseOptions` the alignment ran with (defaults when not given).

    Returns:
        One row per paper sentence and source sentence it retells: ``doc_id``, ``sent_id`` (the
        paper's sentence, left ``new`` in ``alignment``), ``source_doc_id``, ``source_sent_id``
        (a source sentence it retells), ``shared_names`` and ``shared_numbers`` (names and figures
        the two share, sorted tuples), ``shared_words`` (the words of what happened they share, as
        lemma keys, sorted), ``n_retold`` (how many source sentences the paper sentence retells,
        1 to :data:`MAX_RETOLD`). Sorted by ``doc_id``, ``sent_id``, source; empty with these
        columns when nothing is retold.

    Example:
        >>> import corpus_tools as ct
        >>> a = ct.analyze(ct.load_seeds())
        >>> len(retellings(a.corpus, alignment=a.alignment, coverage=a.coverage, sentences=a.sentences))
        0
    """
    require_columns(corpus, ["text"], "retellings")
    for name, frame, cols in (
        ("alignment", alignment, ("doc_id", "sent_id", "reuse_class", "text")),
        ("coverage", coverage, ("doc_id", "source_doc_id", "source_sent_id")),
    ):
        missing = [c for c in cols if c not in frame.columns]
        if missing:
            raise ValueError(f"the {name} frame has no column {missing[0]!r}; build it with analyze()")
    opt = options or ReuseOptions()
    new = alignment[alignment["reuse_class"] == "new"]
    new = new[new["text"].str.split().str.len() > opt.max_short_words]
    if not len(new) or not len(coverage):
        return pd.DataFrame(columns=RETELLING_COLUMNS)
    against = coverage[coverage["doc_id"].isin(set(new["doc_id"]))]
    src_docs = set(against["source_doc_id"])
    # the words of the sentences read, as alignment reads them (lemma keys; a word written
    # capitalised inside most of their sentences is a name where it opens one too)
    body = sentences[~sentences["is_boilerplate"] & sentences["doc_id"].astype(str).isin(src_docs)]
    texts = {
        **{
            (str(d), int(i)): t for d, i, t in zip(body["doc_id"], body["sent_id"], body["text"], strict=True)
        },
        **{(str(d), int(i)): t for d, i, t in zip(new["doc_id"], new["sent_id"], new["text"], strict=True)},
    }
    tokens = {k: WORD_RE.findall(t) for k, t in texts.items()}
    names = known_names(tokens.values(), lemmas=True)
    words = {k: sentence_words(w, lemmas=True, names=names) for k, w in tokens.items()}
    by_key = {
        k: (w, _anchors(w, texts[k]), _happened(w), events(tokens[k], _COURT), k) for k, w in words.items()
    }
    own: dict[tuple, tuple] = {}

    def roles(k: tuple) -> tuple:
        if k not in own:
            own[k] = _own(by_key[k][3], texts[k])
        return own[k]

    # a word in three or more sentences of a source file is its topic, not one sentence's fact
    of_doc: defaultdict[str, list[SentenceWords]] = defaultdict(list)
    for k, w in words.items():
        of_doc[k[0]].append(w)
    common = {d: common_words(of_doc.get(d, ())) for d in src_docs}
    # each document's source sentences; one index per set of them (every version of a story
    # is read against the same ones), not one per document
    pairs: defaultdict[object, list[tuple[str, int]]] = defaultdict(list)
    for d, sd, si in zip(
        against["doc_id"],
        against["source_doc_id"].astype(str),
        against["source_sent_id"].astype(int),
        strict=True,
    ):
        pairs[d].append((sd, si))
    read_against = {d: tuple(p) for d, p in pairs.items()}
    new_ids: defaultdict[object, list[int]] = defaultdict(list)
    for d, i in zip(new["doc_id"], new["sent_id"].astype(int), strict=True):
        new_ids[d].append(i)
    indexes: dict[tuple, tuple[dict, dict]] = {}
    rows = []
    for doc_id in sorted(new_ids):
        keys = read_against.get(doc_id, ())
        if keys not in indexes:
            indexes[keys] = _source_index(keys, by_key, common)
        source, index = indexes[keys]
        for sent_id in sorted(new_ids[doc_id]):
            t = by_key[str(doc_id), sent_id]
            if texts[str(doc_id), sent_id].rstrip().rstrip("'\"’”").endswith("?"):
                continue  # a question tells no fact
            found = _retold(t, index, source, opt, roles)
            for k, names, numbers, words in found:
                rows.append(
                    (
                        str(doc_id),
                        sent_id,
                        *k,
                        *(tuple(sorted(x)) for x in (names, numbers, words)),
                        len(found),
                    )
                )
    out = pd.DataFrame(rows, columns=RETELLING_COLUMNS)
    return out.sort_values(["doc_id", "sent_id", "source_doc_id", "source_sent_id"], ignore_index=True)
