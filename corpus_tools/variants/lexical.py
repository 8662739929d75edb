"""Lexical variants between aligned versions: extraction.

Variants are read inside sentence groups that :func:`corpus_tools.reuse.alignment.align_sentences`
aligned (:mod:`corpus_tools.variants.groups`: a version sentence with every source sentence it
is aligned to, a source sentence with every version sentence aligned to it): both sides are split
into words, quote marks and punctuation, the two token sequences are aligned (``difflib``
opcodes), words both sides have in another order are kept as moves
(:mod:`corpus_tools.variants.moves`), and each place where they differ is one variant.
Adjacent edits are grouped into one variant when together they form a date, number or
attribution phrase ("Sept. 20" / "20 September", "told Reuters" / "said"). Each variant gets one category
(:mod:`corpus_tools.variants.categories`).

Not textacy here: ``textacy.similarity`` scores two strings but does not say where
or how they differ, and ``textacy.preprocessing`` normalises quotes and spellings
without offsets, so a variant could not point back into the raw text.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

import pandas as pd

from corpus_tools.io.corpus import require_columns
from corpus_tools.lexicon import tokenize
from corpus_tools.reuse.alignment import align_sentences
from corpus_tools.text.cleaning import cleaned_once
from corpus_tools.text.sentences import body_spans
from corpus_tools.text.sentences import sentences as split_sentences
from corpus_tools.variants.age_suffixes import split_age_suffix
from corpus_tools.variants.bound_letters import bound_keys
from corpus_tools.variants.categories import (
    ATTRIBUTION_WORDS,
    CATEGORIES,
    NOT_ATTRIBUTION,
    PHRASE_CATEGORIES,
    QUOTE_CHARS,
    categorize,
    is_visit,
)
from corpus_tools.variants.cross_pairs import cross_pairs
from corpus_tools.variants.followed import by_file, settle_version
from corpus_tools.variants.groups import at as _at
from corpus_tools.variants.groups import groups, sentence_end, side
from corpus_tools.variants.joined_words import joined_regions, split_joined
from corpus_tools.variants.kept import drop_held, drop_kept
from corpus_tools.variants.marks import quote_regions, silent_apostrophes, with_apostrophes, word_keys
from corpus_tools.variants.merges import merge_parts
from corpus_tools.variants.moves import resolve_moves
from corpus_tools.variants.pairs import pair_parts
from corpus_tools.variants.plural_misprints import plural_after_change
from corpus_tools.variants.plural_possessives import drop_kept_possessives
from corpus_tools.variants.possessive_marks import with_possessives
from corpus_tools.variants.read_against import read_against
from corpus_tools.variants.replacement_sides import one_for_one, one_sided_attribution, source_noun_modifier
from corpus_tools.variants.reworded import settle_final
from corpus_tools.variants.reworded_openings import join_reworded_openings
from corpus_tools.variants.singular_nouns import singular_nouns
from corpus_tools.variants.slot_numbers import split_slot_numbers
from corpus_tools.variants.speaker_swaps import join_speaker_swaps
from corpus_tools.variants.time_words import split_time_words
from corpus_tools.variants.units import MAX_UNIT_WORDS, is_dateline_credit, is_loose_rewording, split_region
from corpus_tools.variants.units import is_apposition as _apposition
from corpus_tools.variants.whole_pairs import split_fragments
from corpus_tools.variants.word_shapes import settle_shapes

__all__ = [
    "CATEGORIES",
    "PHRASE_CATEGORIES",
    "QUOTE_CHARS",
    "VARIANT_COLUMNS",
    "categorize",
    "diff_tokens",
    "extract_variants",
]

# ----------------------------------------------------------------------------- extraction


def diff_tokens(raw: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Words, quote marks and punctuation of ``raw[start:end]``, with raw offsets
    (:func:`corpus_tools.lexicon.tokenize` with ``marks=True``)."""
    return tokenize(raw[start:end], marks=True, offset=start)


def token_range(raw: str, toks: list[tuple[int, int, str]], i: int, j: int) -> tuple[int, int, str]:
    """Raw span and text of ``toks[i:j]``; an empty range is an empty span where it would be."""
    if i < j:
        a, b = toks[i][0], toks[j - 1][1]
        return a, b, raw[a:b]
    pos = toks[i - 1][1] if 0 < i <= len(toks) else (toks[0][0] if toks else 0)
    return pos, pos, ""


def _context(raw: str, a: int, b: int, width: int = 40) -> str:
    """The variant in brackets with up to ``width`` characters either side, cut at a
    word boundary and at a line break, whitespace runs shown as one space."""
    left = re.split(r"[\r\n]", raw[max(0, a - width) : a])[-1]
    right = re.split(r"[\r\n]", raw[b : b + width])[0]
    if a - width > 0 and " " in left:
        left = "…" + left[left.index(" ") + 1 :]
    if b + width < len(raw) and " " in right:
        right = right[: right.rindex(" ")] + "…"
    middle = " ".join(raw[a:b].split()) if raw[a:b].strip() else raw[a:b]
    return f"{left}[{middle}]{right}"


_GENERIC = {"insertion", "deletion", "word_substitution", "punctuation_other", "misprint"}
_AUXILIARIES = {"has", "have", "had", "was", "were", "is", "are", "been"}
_GLUE = {"and", "or", "the", "a", "an", "of", "to", "in", "on", "with"}


def _diff(
    sa: list[tuple[int, int, str]],
    sb: list[tuple[int, int, str]],
    oa: list | None = None,
    ob: list | None = None,
    links: set | None = None,
) -> list[tuple[int, int, int, int]]:
    """Edit regions (i1, i2, j1, j2) over token indices; an empty range is an insertion point.

    Words and punctuation are aligned first, quote marks left aside; quote marks
    are then compared between each pair of consecutive aligned tokens, so a
    stripped, curly or straight mark is always its own variant. Adjacent generic
    edits are grouped when they form one phrase: separated by at most one
    punctuation mark or short function word, or forming a date, number, time or
    attribution phrase together. Words both sides have in another order are kept as moves
    (:func:`corpus_tools.variants.moves.resolve_moves`), and no region crosses a border of the
    sentences ``oa``/``ob`` (the sentence of each token; one sentence each when not given).
    ``links``: the (version sentence, source sentence) pairs aligned, for moves across them.
    """
    ia = [k for k, t in enumerate(sa) if t[2] not in QUOTE_CHARS]
    ib = [k for k, t in enumerate(sb) if t[2] not in QUOTE_CHARS]
    ka, kb = word_keys(sa, ia, sb), word_keys(sb, ib, sa)  # a contraction read written out
    ka, kb = bound_keys(sa, ia, ka), bound_keys(sb, ib, kb)  # "A-level": variants/bound_letters.py
    ops = SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes()

    def full(idx: list[int], n_all: int, x1: int, x2: int) -> tuple[int, int]:
        if x1 < x2:
            return idx[x1], idx[x2 - 1] + 1
        pos = idx[x1] if x1 < len(idx) else n_all
        return pos, pos

    def forms(r: tuple[int, int, int, int]) -> tuple[list[str], list[str]]:  # each side's tokens, marks in
        return tuple(
            [t[2] for t in s[slice(*full(i, len(s), *x))]] for s, i, x in ((sa, ia, r[:2]), (sb, ib, r[2:]))
        )

    def pair_category(*r: int) -> str:
        return categorize(*(" ".join(f) for f in forms(r)))

    # word and punctuation edits, in non-quote coordinates
    edits = [op[1:] for op in ops if op[0] != "equal"]
    merged: list[tuple[int, int, int, int]] = []
    for e in edits:
        if merged:
            p1, p2, q1, q2 = merged[-1]
            gap = e[0] - p2
            if gap <= 1 and e[2] - q2 == gap:
                first = pair_category(p1, p2, q1, q2)
                second = pair_category(*e)
                whole = pair_category(p1, e[1], q1, e[3])
                glue = gap == 0 or not ka[p2].isalnum() or ka[p2] in _GLUE
                if first in _GENERIC and second in _GENERIC and (whole in PHRASE_CATEGORIES or glue):
                    merged[-1] = (p1, e[1], q1, e[3])
                    continue
        merged.append(e)
    oa, ob = oa or [0] * len(sa), ob or [0] * len(sb)
    oa, ob, raw = [oa[k] for k in ia], [ob[k] for k in ib], [sa[k][2] for k in ia]

    def unit(r: tuple[int, int, int, int]) -> bool:  # a named change with something on both sides
        category = pair_category(*r)
        a, b = forms(r)
        if category == "word_substitution" and _peel(a, b, 0.7):
            return True  # "the six powers, including U.S." -> "and US" holds "U.S." -> "US"
        return category not in _GENERIC and any(
            p[0] < p[1] and p[2] < p[3] for p in split_region(a, b, category)
        )

    reword = lambda r: is_loose_rewording(*forms(r))  # noqa: E731  one rewording beside one kept word
    merged = resolve_moves(ka, kb, ops, merged, oa, ob, raw, unit, reword, links)
    regions = [(*full(ia, len(sa), i1, i2), *full(ib, len(sb), j1, j2)) for i1, i2, j1, j2 in merged]
    regions = with_apostrophes(sa, sb, regions)  # "'d" added, one change
    silent = silent_apostrophes(sa, sb, ia, ib, ops)
    return sorted(regions + quote_regions(sa, sb, ia, ib, ops, regions, silent))


#: columns of :func:`extract_variants`
VARIANT_COLUMNS = [
    "doc_id",
    "sent_id",
    "start",
    "end",
    "form",
    "context",
    "source_doc_id",
    "source_sent_id",
    "source_start",
    "source_end",
    "source_form",
    "source_context",
    "category",
    "reuse_class",
]


def _units(
    sa: list, sb: list, name_similarity: float, oa: list, ob: list, links: set | None = None
) -> list[tuple[int, int, int, int]]:
    """The diff regions cut into minimal whole units (:func:`corpus_tools.variants.units.split_region`)."""
    out = []
    for i1, i2, j1, j2 in _diff(sa, sb, oa, ob, links):
        a, b = [t[2] for t in sa[i1:i2]], [t[2] for t in sb[j1:j2]]
        category = categorize(" ".join(a), " ".join(b), name_similarity=name_similarity)
        pieces = split_region(a, b, category)
        split = category == "word_substitution" and len(pieces) > 1
        if category == "word_substitution" and one_sided_attribution(a, b):
            pieces = [(0, len(a), 0, 0), (len(a), len(a), 0, len(b))]  # "spokesman said it" -> ", which"
        elif split and all({w.lower() for w in s} & NOT_ATTRIBUTION for s in (a, b)):
            pieces = split_region(a, b, "attribution_change")  # "charged with ``some" -> "accused"
        elif split and one_for_one(sa, sb, i1, i2, j1, j2):
            pieces = [(0, 1, 0, 1)]  # "the horrific injuries" -> "the other injuries": one replacement
        elif split:
            pieces = _peel(a, b, name_similarity) or pieces
        pieces = split_age_suffix(a, b, pieces)  # "-year-old" apart: variants/age_suffixes.py
        out += [(i1 + p, i1 + q, j1 + x, j1 + y) for p, q, x, y in _apart(a, b, pieces)]
    return with_possessives(cross_pairs(out, sa, sb, name_similarity), sa, sb)  # possessive_marks.py


def _apart(a: list[str], b: list[str], pieces: list[tuple[int, int, int, int]]) -> list[tuple]:
    """Pieces with words on one side and only punctuation on the other cut in two: "Miss" -> ","
    is the honorific cut and the comma added, no pair. Empty pieces are left out."""
    out = []
    for p, q, x, y in pieces:
        wa, wb = (any(t[:1].isalnum() for t in s) for s in (a[p:q], b[x:y]))
        if p < q and x < y and wa != wb:
            out += [(p, q, x, x), (q, q, x, y)]
        elif p < q or x < y:  # an empty piece is no change
            out.append((p, q, x, y))
    return out


def _peel(a: list[str], b: list[str], name_similarity: float) -> list[tuple[int, int, int, int]]:
    """A specific pair at either end of a long substitution, the rest cut and added: "the six
    powers, including U.S." -> "and US" is a cut, an addition and "U.S." -> "US"."""
    for k in (1, 2):
        for m in (1, 2):
            if k >= len(a) and m >= len(b):
                continue
            for tail in (True, False):
                pa, pb = (a[-k:], b[-m:]) if tail else (a[:k], b[:m])
                if categorize(" ".join(pa), " ".join(pb), name_similarity=name_similarity) in _GENERIC:
                    continue
                if tail:
                    return [(0, len(a) - k, 0, 0), (len(a) - k, len(a) - k, 0, len(b) - m)] + [
                        (len(a) - k, len(a), len(b) - m, len(b))
                    ]
                return [(0, k, 0, m), (k, len(a), m, m), (len(a), len(a), m, len(b))]
    return []


def _variant_rows(
    group: list, ids: list[int], src_id: str, ra: str, rb: str, spans: dict, name_similarity: float
) -> list[tuple]:
    """The variants of one aligned group (:func:`corpus_tools.variants.groups.groups`): its
    version sentences diffed, as one sequence, against all the source sentences they are aligned to."""
    sb, ob = side(rb, [(r.sent_id, r.start, r.end) for r in group])
    sa, oa = side(ra, [(sid, *spans[(src_id, sid)]) for sid in ids])
    sa, oa, sb, ob = split_joined(sa, oa, sb, ob)  # "connectionwith": variants/joined_words.py
    cls = {r.sent_id: r.reuse_class for r in group}
    doc = group[0].doc_id
    rows = []
    links = {(r.sent_id, sid) for r in group for sid in r.source_sent_ids}
    for i1, i2, j1, j2 in joined_regions(_units(sa, sb, name_similarity, oa, ob, links), sa, sb):
        if sentence_end(sa, oa, i1, i2) and j1 == j2 or sentence_end(sb, ob, j1, j2) and i1 == i2:
            continue  # the full stop of a sentence split in two or fused with the next
        a0, a1, fa = token_range(ra, sa, i1, i2)
        b0, b1, fb = token_range(rb, sb, j1, j2)
        sent = _at(ob, j1, j2)
        category = categorize(fa, fb, name_similarity=name_similarity)
        if category in PHRASE_CATEGORIES and not (fa and fb) and len((fa or fb).split()) > MAX_UNIT_WORDS:
            category = "insertion" if fb else "deletion"  # a clause, its "said" or "today" with it
        if is_dateline_credit(fa) and not any(ch.isalnum() for ch in fb):
            category = "deletion"  # "(Reuters) -" of a dateline: no attribution changed
        if category in ("insertion", "deletion"):
            toks, k = (sb, j2) if category == "insertion" else (sa, i2)
            added = (fb or fa).lower().split()
            word, after = (toks[x][2] if x < len(toks) else "" for x in (k, k + 1))
            cue = word.lower() in ATTRIBUTION_WORDS and not is_visit(word, after)
            if set(added) <= _AUXILIARIES and cue:
                category = "attribution_change"  # "said" -> "has said"
        elif category == "attribution_change" and not (fa and fb):
            toks, k, lo = (sb, j2, j1) if fb else (sa, i2, i1)
            if source_noun_modifier((fa or fb).split(), toks, k) or _apposition(toks, lo, k):
                category = "insertion" if fb else "deletion"  # "official Daimler" -> "Daimler"
        rows.append(
            (doc, sent, b0, b1, fb, _context(rb, b0, b1))
            + (src_id, _at(oa, i1, i2), a0, a1, fa, _context(ra, a0, a1), category, cls[sent])
        )
    return rows


def extract_variants(
    corpus: pd.DataFrame,
    *,
    source: str | None = None,
    alignment: pd.DataFrame | None = None,
    sentences: pd.DataFrame | None = None,
    model=None,
    name_similarity: float = 0.7,
) -> pd.DataFrame:
    """Every word-level difference between each version and its source, categorised.

    Args:
        corpus: the corpus frame.
        source: the source (a doc_id, a group or several doc_ids, see
            :func:`corpus_tools.reuse.documents.resolve_source`) when ``alignment`` is not
            given; None takes the origin.
        alignment: the frame of :func:`corpus_tools.reuse.alignment.align_sentences`;
            aligned here when not given. Each variant is read against the file
            its source sentence comes from (``source_doc_id``).
        sentences: the frame of :func:`corpus_tools.text.sentences.sentences`, for the
            source sentences' spans; split here when not given.
        model: spaCy pipeline, used only for what is not given.
        name_similarity: see :func:`categorize`.

    Returns:
        One row per variant occurrence, in document order (:data:`VARIANT_COLUMNS`), each
        change counted once even where a sentence is fused from, or split over, several:
        ``doc_id``, ``sent_id``, ``start``, ``end`` (the version's side: raw
        offsets; a deletion has an empty span), ``form`` (its raw text),
        ``context`` (the variant in brackets with up to 40 characters either
        side, cut at a word boundary and a line break), ``source_doc_id``,
        ``source_sent_id``, ``source_start``, ``source_end``, ``source_form``,
        ``source_context`` (the same on the source's side; an insertion has an
        empty span), ``category`` (one of :data:`CATEGORIES`) and
        ``reuse_class`` of the aligned sentence.

    Example:
        >>> v = extract_variants(load_corpus("seeds"))
        >>> v.query("doc_id == '002' and category == 'date_format'").form.tolist()
        ['20 September']
    """
    require_columns(corpus, ["text"], "extract_variants")
    with cleaned_once():  # each text's cleaned view built once (the tokens read it, groups.side)
        return _extract(corpus, source, alignment, sentences, model, name_similarity)


def _extract(corpus, source, alignment, sentences, model, name_similarity: float) -> pd.DataFrame:
    if alignment is None:
        alignment = align_sentences(corpus, source=source, sentences=sentences, model=model)
    if sentences is not None:  # each sentence read against the one it takes its words from
        alignment = read_against(alignment, corpus, sentences)
    reused = alignment[alignment["reuse_class"] != "new"]
    others = {str(d) for pairs in reused["other_source_sents"] for d, _ in pairs}
    src_docs = sorted(set(map(str, reused["source_doc_id"])) | others)
    if sentences is None:
        sentences = split_sentences(corpus.loc[src_docs], model=model)
    spans = {(d, i): (a, b) for d in src_docs for i, a, b in body_spans(sentences, d)}
    raw = {str(d): t for d, t in corpus["text"].items()}
    every = {(d, i): raw[d][a:b] for (d, i), (a, b) in spans.items()}
    rows: dict[str, list] = {}
    by_doc = {str(d): g for d, g in alignment.groupby("doc_id", sort=False)}
    for (doc, src), pairs in reused.groupby(["doc_id", "source_doc_id"], sort=False):
        got = []
        for group, ids in groups(pairs):
            got += _variant_rows(group, ids, str(src), raw[str(src)], raw[doc], spans, name_similarity)
        mine = by_doc[str(doc)]
        mine = mine[(mine["source_doc_id"].astype(str) == str(src)) | (mine["reuse_class"] == "new")]
        texts = {i: raw[str(src)][a:b] for (d, i), (a, b) in spans.items() if d == str(src)}
        merged = merge_parts(drop_kept(got, mine, texts), raw[doc], raw[str(src)], _context)
        # after the merge: a quote mark merged into a cut goes with it when the cut is held
        held = drop_held(merged, by_doc[str(doc)], every)  # then a change's two halves paired
        paired = pair_parts(held, raw[doc], raw[str(src)], _context)
        rows.setdefault(doc, []).extend(settle_shapes(paired, raw[doc], raw[str(src)], _context))
    files = by_file(every, alignment, corpus, sentences)  # each version read whole (variants/followed.py)
    rows = {doc: settle_version(got, by_doc[doc], files, raw[doc], _context) for doc, got in rows.items()}
    rows = {doc: settle_final(got, raw[doc], raw, every, _context) for doc, got in rows.items()}  # reworded
    rows = {doc: split_fragments(got, raw[doc], raw, _context) for doc, got in rows.items()}  # whole_pairs
    rows = {doc: plural_after_change(got, raw[doc]) for doc, got in rows.items()}  # plural_misprints
    rows = {doc: singular_nouns(got, raw[doc]) for doc, got in rows.items()}  # singular_nouns
    rows = {doc: join_reworded_openings(got, raw[doc], raw, _context) for doc, got in rows.items()}
    rows = {doc: split_time_words(got, raw[doc], raw, _context) for doc, got in rows.items()}  # time_words
    rows = {doc: join_speaker_swaps(got, raw[doc], _context) for doc, got in rows.items()}  # speaker_swaps
    rows = {doc: drop_kept_possessives(got, raw[doc], raw) for doc, got in rows.items()}
    rows = {doc: split_slot_numbers(got, raw[doc], raw, _context) for doc, got in rows.items()}
    ordered = [r for doc in rows for r in sorted(rows[doc], key=lambda r: (r[1], r[2], r[8]))]
    return pd.DataFrame(ordered, columns=VARIANT_COLUMNS)
