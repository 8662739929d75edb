"""The decision for one sentence against one source sentence, and its tunables.

:class:`ReuseOptions` holds every tunable of sentence alignment; :func:`match` classifies a
sentence against one candidate source sentence (verbatim, near verbatim, rewritten or new, and
the route that decided); :func:`candidates` picks the source sentences worth scoring;
:func:`fused_alone` aligns a sentence no single source sentence explains to the sentences it is
fused from. :func:`corpus_tools.reuse.alignment.align_sentences` runs them over documents.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cached_property, lru_cache
from threading import get_ident

from corpus_tools.errors import check_fields
from corpus_tools.reuse.fusion import evidence_words, fuse, is_closing_line, is_court_formula
from corpus_tools.reuse.similarity import SentenceWords, sentence_score

__all__ = [
    "Match",
    "ReuseOptions",
    "RUN_WORDS",
    "Sentence",
    "candidates",
    "covers",
    "fused_alone",
    "held_words",
    "match",
    "merged_score",
    "word_runs",
]


@dataclass(frozen=True)
class ReuseOptions:
    """Every tunable of sentence alignment, validated.

    Attributes:
        min_target_cover: ``near_verbatim`` needs this share of the sentence's
            words matched in one source sentence (default 0.7, range (0, 1];
            kept from the earlier rules, which give the seeds' classes).
        min_source_cover: ... and this share of the source sentence kept
            (default 0.3, [0, 1]).
        tokens_per_edit: ... and at most max(3, words / this) edit regions
            (default 8, >= 1).
        min_compression: ``rewritten`` needs this share of the sentence's words
            found in order in the source sentence (a compression; in a source sentence
            twice as long or longer, a stop word counts only inside a run of two shared
            words: "Pinochet ... was ... court" is no compression of a 40-word sentence; or
            this share of the source sentence, at least 4 words, in it: an expansion, read
            so too in a sentence twice as long; default 0.5, (0, 1]; the stop-word rule on
            METER courts, 5,859 sentences: 38 false alignments and 17 true ones fewer,
            ``benchmarks/sentence_reuse.py``, benchmarks/README.md #24 round 6) ...
        min_topical: ... and at least this many shared content words that are not
            names, numbers or verbs of saying (default 1, >= 0: reports of one
            event written independently share names and "said"; a reused
            sentence shares what happened) ...
        min_score: ... or a :func:`corpus_tools.reuse.similarity.sentence_score` of at
            least this (default 0.4, [0, 1]) ...
        min_topical_score: ... with at least this many such shared words (default
            3, >= 0: a score read on a window of a long source sentence lets
            weakly related sentences in when one or two words are shared) ...
        min_score_context: ... or, when the previous or the next sentence of the
            document aligns by words (verbatim, near verbatim, compressed,
            expanded or a short quote), a score of at least this (default 0.3,
            [0, 1]: a rewritten sentence sits among copied ones, while a weak
            paraphrase alone in an independent report is a coincidence; a text's lead
            against a source file's lead counts as beside when it scores ``min_score``: a
            lead reports the lead, :func:`corpus_tools.reuse.neighbours.lead_pairs`) ...
        min_topical_context: ... with at least this many such shared words
            (default 2, >= 0). The defaults of these six: METER's phrase
            annotations (recall against precision over a grid replayed on
            per-candidate metrics, the choice checked in by-date folds;
            ``benchmarks/meter.py``, benchmarks/README.md).
        min_quote_tokens: a sentence with fewer content words than this is looked
            up as a run of words in the source sentences, so a short quote of
            stop words ("See you at the next show!") aligns (default 3, >= 1).
        max_candidates: distinct source sentences scored per sentence, best
            IDF-weighted overlap first; a sentence repeated word for word in
            several files of the source (a wire story's takes) counts once
            (default 8, >= 1; 16 on METER: recall +0.01, precision -0.01).
        min_fused_words: a further source sentence of the same file joins an
            aligned sentence (a fusion) when it brings at least this many of the
            sentence's content words, names and numbers that the sentences
            already taken lack, one at least in a word pair the two share, and one beyond the
            names of the sentence's speaker ("Mr Justice NAME said" takes no sentence for the
            name alone; :func:`corpus_tools.reuse.fusion.fuse`; default 3, >= 1).
        min_fused_words_alone: ... and this many for a sentence that no single
            source sentence explains (default 2, >= 1), which is then aligned to
            the source sentences of one file it is fused from when ...
        min_fused_cover: ... they hold at least this share of its content words,
            names and numbers, and at least half (and ``min_topical``) of its words
            beyond names, numbers and verbs of saying: what happened, not only who
            and where (default 0.6, [0, 1]). Fitted on
            METER courts' phrase annotations (5 GroupKFold folds by date;
            ``benchmarks/sentence_reuse.py``, benchmarks/README.md #24): 0.6 kept
            precision within 0.005 of the alignment before fusions (0.794/0.795);
            re-measured with speaker labels as layout (5,859 sentences), recall/precision
            of reused sentences 0.812/0.793 at 0.6, 0.821/0.787 at 0.5 (the choice by F1
            in every fold), 0.798/0.795 at 0.8.
        min_score_cover: the paraphrase routes (``min_score``, ``min_score_context``) need the
            source sentence, with those fused with it, to hold at least this share of the
            sentence's evidence words (:func:`covers`; default
            0.3, [0, 1]): a long sentence that shares "evidence" and "crimes alleged" with a
            short one is not its rewrite (METER pinochet, issue 22). Fitted with the lemma keys
            of :func:`corpus_tools.reuse.similarity.sentence_words` on METER courts' phrase
            annotations (5,859 sentences, GroupKFold by date, ``benchmarks/sentence_reuse.py``,
            benchmarks/README.md #24): at 0.3, with ``min_fused_cover`` 0.6, recall/precision of
            reused sentences 0.817/0.798 (0.808/0.795 before lemma keys and this floor); 0.2:
            0.827/0.785; 0.4: 0.802/0.809; chosen on the training dates by F1, 0.3 in four folds
            of five (held out, ``min_fused_cover`` chosen alongside, 0.827/0.783). Re-measured
            in round 6 (names opening a sentence, candidates by a run of words, no compression
            on lone stop words; benchmarks/README.md "#24 and #22, sentence reuse round 6"):
            (0.6, 0.3) 0.811/0.808, (0.5, 0.3) 0.825/0.798, (0.6, 0.4) 0.797/0.819; chosen on
            the training dates by F1 held out 0.816/0.792, by the smaller of the two 0.800/0.800;
            (0.6, 0.3) kept: the in-sample best by the smaller of the two.
        min_fused_cover_beside: a sentence left new whose nearest aligned neighbour (at most two
            sentences away) takes a source sentence near those it is fused from aligns to them
            when they hold this share of its evidence words, each bringing one word
            (:func:`corpus_tools.reuse.neighbours.fused_beside`; default 0.5, [0, 1]; chosen on
            METER courts' training dates by F1 in all five date folds, benchmarks/README.md "#24
            and #22, sentence reuse round 10").
        max_short_words: a sentence of at most this many words ("The hearing continues.")
            aligns, unless verbatim, only by one run of words it shares with one source
            sentence holding two of its evidence words (its one evidence word, in a run of three
            words or more), or nearly verbatim; a stock court formula
            (:data:`corpus_tools.reuse.fusion.COURT_FORMULAS`: "The case continues.") aligns
            only to the source's own formula ("The case was adjourned until Thursday."); it is
            never fused (default 5,
            >= 1: a long source sentence explains a 3-word sentence by two common words
            whatever it says; METER pinochet's sign-offs, issue 22).
        max_fused_sentences: a sentence fused from sentences of several files of one source
            (a wire story's takes: the lead of one, the name from another) takes at most this
            many source sentences in all (default 3, >= 1); within one file, fusion is bounded
            only by ``min_fused_words``.
        fitted_decision: 1 lets the logistic model of :mod:`corpus_tools.reuse.decision` decide
            every sentence the rules call ``rewritten`` or ``new`` (default 0: the rules decide).
            On METER courts, fitted on four dates and scored on the fifth, recall / precision of
            reused sentences 0.820 / 0.817 against the rules' 0.811 / 0.808; it is off by default
            because it leans on the length of the text (a sentence of a short text is likely
            reused on METER) and aligns sentences of texts of one to five sentences that the
            rules rightly leave new (benchmarks/README.md "#24 sentence reuse round 7").

    Words used only inside stock phrases ("the end of the", "said in a statement":
    :data:`corpus_tools.reuse.fusion.STOCK_PHRASES`) and titles ("Mr") are no
    evidence for any route but ``verbatim`` and the short quote's run of words.
    """

    min_target_cover: float = 0.7
    min_source_cover: float = 0.3
    tokens_per_edit: int = 8
    min_compression: float = 0.5
    min_topical: int = 1
    min_score: float = 0.4
    min_topical_score: int = 3
    min_score_context: float = 0.3
    min_topical_context: int = 2
    min_quote_tokens: int = 3
    max_candidates: int = 8
    min_fused_words: int = 3
    min_fused_words_alone: int = 2
    min_fused_cover: float = 0.6
    min_score_cover: float = 0.3
    min_fused_cover_beside: float = 0.5
    max_short_words: int = 5
    max_fused_sentences: int = 3
    fitted_decision: int = 0

    def __post_init__(self) -> None:
        check_fields(self, lambda name: 0 if name.startswith(("min_topical", "fitted")) else 1)


@dataclass(frozen=True)
class Sentence:
    """A body sentence as alignment reads it: raw offsets, surface norms, words (a leading
    speaker label left out: :func:`corpus_tools.reuse.alignment.speaker_label`)."""

    doc_id: str
    sent_id: int
    start: int
    end: int
    norms: tuple[str, ...]
    words: SentenceWords
    #: the sentence is layout, not text (a transcript's speaker label alone, "MR HAMILTON:"):
    #: it aligns to nothing and nothing aligns to it
    layout: bool = False
    #: the sentence opens in lower case: the splitter cut it from the sentence before
    #: (:func:`corpus_tools.reuse.pieces.joined_pieces`)
    opens_lower: bool = False
    #: a question in its own voice (:func:`corpus_tools.reuse.own_questions.asks_itself`)
    question: bool = False

    @property
    def keys(self) -> tuple[str, ...]:
        return self.words.keys

    @cached_property
    def evidence(self) -> frozenset[str]:
        """Content words that can count as evidence of reuse (no stock phrase, no title)."""
        return evidence_words(self.words)

    @cached_property
    def sign_off(self) -> bool:
        """A court sign-off (:func:`corpus_tools.reuse.fusion.is_court_formula`); read once: a
        source sentence meets every sentence of every other document."""
        return is_court_formula(self.keys)

    @cached_property
    def closing(self) -> bool:
        """A court report's closing line (:func:`corpus_tools.reuse.fusion.is_closing_line`)."""
        return is_closing_line(self.keys)


@dataclass
class Match:
    """One sentence (``target``) against one candidate source sentence (``src``): the positions
    matched in order on both sides, the edit regions, the class and the route that decided it."""

    src: Sentence
    target: Sentence
    idf: Mapping[str, float]
    target_pos: set[int]
    source_pos: set[int]
    edits: int
    cls: str = "new"
    #: what made the class: "words" (shared words alone), "score" or "context" (the
    #: sentence score, the latter only beside a sentence aligned by words); "" for new
    route: str = ""
    #: difflib's matching blocks of ``src`` against ``target`` when ``src`` is the shorter: the
    #: score's window reads them (#23: not matched again); None otherwise
    blocks: list | None = field(default=None, compare=False, repr=False)

    @cached_property
    def score(self) -> float:
        """The sentence score against this source sentence, computed only when a class or a
        ranking needs it (most candidates are rejected on cheaper evidence first)."""
        if self.target.norms == self.src.norms:
            return 1.0
        return sentence_score(self.target.words, self.src.words, idf=self.idf, blocks=self.blocks)


@lru_cache(maxsize=4)  # a target meets its candidates in turn: difflib indexes its words once (#23)
def _matcher(keys: tuple[str, ...], thread: int) -> SequenceMatcher:
    return SequenceMatcher(None, (), keys, autojunk=False)


def match(s: Sentence, t: Sentence, idf, opt: ReuseOptions) -> Match:
    """Sentence ``t`` against source sentence ``s``: its class by the routes of :class:`ReuseOptions`
    (words alone, then the sentence score, then the score beside an aligned neighbour)."""
    sm = _matcher(t.keys, get_ident())  # each thread its own
    sm.set_seq1(s.keys)
    tpos, spos = set(), set()
    for i, j, n in sm.get_matching_blocks():
        spos.update(range(i, i + n))
        tpos.update(range(j, j + n))
    edits = sum(1 for op in sm.get_opcodes() if op[0] != "equal")
    shorter = len(s.keys) < len(t.keys)  # the score's window is then these blocks
    m = Match(s, t, idf, tpos, spos, edits, blocks=sm.get_matching_blocks() if shorter else None)
    cover_t, cover_s = len(tpos) / len(t.keys), len(spos) / len(s.keys)
    # in a sentence twice as long, a stop word matched alone says nothing ("was" found somewhere)
    in_t, in_s = cover_t, cover_s
    if len(s.keys) >= 2 * len(t.keys):
        in_t = _in_order(t, [(j, n) for _, j, n in sm.get_matching_blocks()]) / len(t.keys)
    if len(t.keys) >= 2 * len(s.keys):
        in_s = _in_order(s, [(i, n) for i, _, n in sm.get_matching_blocks()]) / len(s.keys)
    topical = len(t.words.topical & s.words.topical & t.evidence)
    longest = max((n for *_, n in sm.get_matching_blocks()), default=0)
    route = "words"
    if t.norms == s.norms:
        cls = "verbatim"
    elif _same_sign_off(t, s):
        cls = "rewritten"  # "The hearing continues." for "The hearing was adjourned until tomorrow."
    elif (
        t.evidence & (s.words.content | s.words.numbers)
        and cover_t >= opt.min_target_cover
        and cover_s >= opt.min_source_cover
        and edits <= max(3, len(t.keys) // opt.tokens_per_edit)
    ):
        cls = "near_verbatim"
    elif topical >= opt.min_topical and (
        in_t >= opt.min_compression or (in_s >= opt.min_compression and len(spos) >= 4)
    ):  # compressed, or expanded (the source inside it: a merge)
        cls = "rewritten"
    elif len(t.words.content) < opt.min_quote_tokens and len(t.keys) >= 3 and longest >= 0.9 * len(t.keys):
        cls = "rewritten"  # a short quote kept word for word inside a longer source sentence
    elif topical >= opt.min_topical_score and m.score >= opt.min_score:
        cls, route = "rewritten", "score"  # paraphrased
    elif topical >= opt.min_topical_context and m.score >= opt.min_score_context:
        cls, route = "rewritten", "context"  # paraphrased, kept only beside a sentence aligned by words
    else:
        cls, route = "new", ""
    short = len(t.keys) <= opt.max_short_words
    if cls not in ("new", "verbatim") and short and not _short_evidence(m, cls, sm.get_matching_blocks()):
        cls, route = "new", ""
    m.cls, m.route = cls, route
    return m


#: the length of a run of words that makes a source sentence a candidate for a sentence of few
#: content words (:func:`candidates`). Set by hand, not fitted: a candidate is only scored, the
#: rules of :func:`match` decide (METER courts: 1 more true alignment, none false; round 6 of
#: benchmarks/README.md #24)
RUN_WORDS = 4


def word_runs(keys: tuple[str, ...], n: int = RUN_WORDS) -> set[tuple[str, ...]]:
    """Every run of ``n`` consecutive word keys of a sentence."""
    return {keys[k : k + n] for k in range(len(keys) - n + 1)}


def _in_order(sent: Sentence, blocks: list[tuple[int, int]]) -> int:
    """How many of a sentence's words the other sentence holds in order (``blocks``: the runs
    of shared words as ``(position in sent, length)``), a stop word counting only inside a run
    of two words or more."""
    words = sent.words.content | sent.words.numbers
    return sum(n if n >= 2 else sum(k in words for k in sent.keys[j : j + n]) for j, n in blocks)


def _same_sign_off(t: Sentence, s: Sentence) -> bool:
    """Whether ``t`` is a court sign-off (:func:`corpus_tools.reuse.fusion.is_court_formula`) and
    ``s`` the source's closing line on the same proceedings ("hearing", "case": a shared word)."""
    return bool(t.sign_off and s.closing and t.evidence & s.words.content)


def covers(t: Sentence, chosen: list[Match], share: float) -> bool:
    """Whether the source sentences of ``chosen`` together hold at least ``share`` of sentence
    ``t``'s evidence words (the decision for a sentence read by the paraphrase score: a long
    sentence sharing "evidence" and "crimes alleged" with a short one is not its rewrite)."""
    return len(_held(t, chosen)) >= share * len(t.evidence)


def _short_evidence(m: Match, cls: str, blocks) -> bool:
    """Whether a short sentence's match rests on more than one or two common words: a court
    formula ("The case continues.") only against the source's own closing line ("The case was
    adjourned until Thursday.") or nearly verbatim; any other sentence when nearly verbatim, or
    by one run of words holding two of its evidence words (or all of them, in a run of three
    words or more). ``blocks``: the matching blocks of the source's keys against the sentence's."""
    t = m.target
    if t.sign_off:
        return cls == "near_verbatim" or m.src.closing
    if cls == "near_verbatim":
        return True
    for _, j, n in blocks:
        held = len(t.evidence & set(t.keys[j : j + n]))
        if held >= 2 or (held == len(t.evidence) and n >= 3):
            return True
    return False


def candidates(
    t: Sentence, src: list[Sentence], index, idf, opt: ReuseOptions, *, runs: Mapping | None = None
) -> list[int]:
    """Indexes into ``src`` of the source sentences worth scoring for ``t``: the richest in its
    content words (IDF-weighted, ``index`` maps a word to the sentences holding it), and for a
    sentence of few content words those holding it as a run of words, or holding a run of
    :data:`RUN_WORDS` of its words (``runs`` maps each run to the sentences holding it:
    "I have nothing to do with any of the charges" finds "I had absolutely nothing to do with
    any of these charges" among many sentences on "charges"), and for any sentence those holding
    such a run with two of its evidence words ("screeched to a halt": a short source sentence
    that many longer ones sharing common words outweigh); for a court sign-off, the
    source's closing lines (:func:`corpus_tools.reuse.fusion.is_closing_line`)."""
    weight: dict[int, float] = defaultdict(float)
    # in sorted order: a set's order follows PYTHONHASHSEED, and two sentences of the same words
    # summed in two orders could differ in the last bit and swap places at the cut (round 30)
    for key in sorted(t.words.content):
        for n in index.get(key, ()):
            weight[n] += idf.get(key, 1.0)
    best, seen = [], set()
    for n in sorted(weight, key=lambda n: (-weight[n], n)):
        if src[n].norms not in seen:  # the same sentence in several takes is one candidate
            seen.add(src[n].norms)
            best.append(n)
            if len(best) == opt.max_candidates:
                break
    if len(t.words.content) < opt.min_quote_tokens:
        run = " " + " ".join(t.keys) + " "
        best += [n for n, s in enumerate(src) if n not in best and run in " " + " ".join(s.keys) + " "]
    if runs is not None:
        few = len(t.words.content) < opt.min_quote_tokens
        for gram in word_runs(t.keys):
            if not few and len(t.evidence.intersection(gram)) < 2:
                continue
            for n in runs.get(gram, ()):
                if n not in best and src[n].norms not in seen:
                    seen.add(src[n].norms)
                    best.append(n)
    if t.sign_off:  # a sign-off is looked up among the source's closing lines
        best += [n for n, s in enumerate(src) if n not in best and s.closing]
    return best


def fused_alone(
    t: Sentence, every: list[Match], opt: ReuseOptions, common: Mapping[str, frozenset[str]]
) -> list[Match]:
    """The source sentences a sentence no single one explains is fused from: those
    :func:`corpus_tools.reuse.fusion.fuse` picks in one file, or across the files of a source
    split into takes (at most ``max_fused_sentences``, each bringing words the others lack),
    when together they hold ``min_fused_cover`` of its evidence words and ``min_topical`` of its
    topical words; [] otherwise. The set holding the most evidence wins, one file on a tie.
    ``common``: per source file, the words that tell none of its sentences apart
    (:func:`corpus_tools.reuse.fusion.common_words`); across files, their union."""
    best: list[Match] = []
    if not t.evidence:
        return best
    if len(t.keys) <= opt.max_short_words:
        return _short_alone(t, every, opt)
    docs = sorted({m.src.doc_id for m in every})
    groups = [[m for m in every if m.src.doc_id == doc] for doc in docs]
    if len(docs) > 1:
        groups.append(every)
    for same in groups:
        words = frozenset().union(*(common.get(m.src.doc_id, frozenset()) for m in same))
        picked = fuse(
            t.words,
            [(m.src.sent_id, m.src.words) for m in same],
            min_words=opt.min_fused_words_alone,
            common=words,
        )
        chosen = [same[n] for n in (picked[: opt.max_fused_sentences] if same is every else picked)]
        held = _held(t, chosen)
        if (
            len(held) >= opt.min_fused_cover * len(t.evidence)
            and len(held & t.words.topical) >= max(opt.min_topical, len(t.evidence & t.words.topical) / 2)
            and len(held) > len(_held(t, best))
        ):
            best = chosen
    return best


def _short_alone(t: Sentence, every: list[Match], opt: ReuseOptions) -> list[Match]:
    """A short sentence no source sentence explains by the routes of :func:`match` is taken from
    the one source sentence holding most of its evidence words by a run of its words
    (:func:`_short_evidence`), when that is ``min_fused_cover`` of them and ``min_topical`` of its
    topical words; [] otherwise. It is never fused from several."""
    fits = []
    for m in every:
        held = _held(t, [m])
        blocks = SequenceMatcher(None, m.src.keys, t.keys, autojunk=False).get_matching_blocks()
        if (
            len(held) >= opt.min_fused_cover * len(t.evidence)
            and len(held & t.words.topical) >= opt.min_topical
            and _short_evidence(m, "", blocks)
        ):
            fits.append((-len(held), m.src.doc_id, m.src.sent_id, m))
    return [min(fits, key=lambda f: f[:3])[3]] if fits else []


def held_words(t: Sentence, chosen: list[Match]) -> frozenset[str]:
    """The evidence words of sentence ``t`` that the source sentences of ``chosen`` hold."""
    return _held(t, chosen)


def _held(t: Sentence, chosen: list[Match]) -> frozenset[str]:
    return t.evidence & frozenset().union(*(m.src.words.content | m.src.words.numbers for m in chosen))


def merged_score(t: Sentence, chosen: list[Match], idf) -> float:
    """The sentence score against the chosen source sentences read as one (0.0 for none)."""
    if not chosen:
        return 0.0
    parts = [m.src.words for m in sorted(chosen, key=lambda m: m.src.sent_id)]
    merged = SentenceWords(
        tuple(k for w in parts for k in w.keys),
        frozenset().union(*(w.names for w in parts)),
        frozenset().union(*(w.numbers for w in parts)),
    )
    return sentence_score(t.words, merged, idf=idf)
