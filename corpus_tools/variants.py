"""Lexical variants between aligned versions: extraction, categories, house style, collation.

Variants are read inside sentence pairs that :func:`corpus_tools.overlap.align_sentences`
aligned: both sentences are split into words, quote marks and punctuation, the
two token sequences are aligned (``difflib`` opcodes), and each place where they
differ is one variant. Adjacent edits are grouped into one variant when together
they form a date, number or attribution phrase ("Sept. 20" / "20 September",
"told Reuters" / "said"). Each variant gets one category, tried in this order:

``quotation_or_apostrophe``
    only quote marks or apostrophes differ: curly, straight or stripped.
``punctuation_other``
    only other punctuation differs (brackets, commas, dashes).
``abbreviation``
    the same letters with or without dots ("U.S."/"US"), or initials ("UN" for "United Nations").
``spelling_uk_us``
    British and American spellings of one word, from breame's list ("programme"/"program").
``honorific``
    Mr, Mrs, Ms, Dr, Prof or Sir added or removed.
``date_format``
    the same day and month written differently ("Sept. 20"/"20 September").
``number_format``
    the same number written differently ("5 mln"/"five million", "1,000"/"1000").
``time_reference``
    a relative day or a weekday changed ("on Thursday"/"yesterday").
``attribution_change``
    a reporting verb, the agency or the label of a source changed ("told Reuters"/"said",
    "the sources"/"officials").
``name_spelling``
    one capitalised word spelled differently but close ("Mohammed"/"Mohammad").
``word_substitution``, ``insertion``, ``deletion``
    anything else, by whether both sides have words.
"""

from __future__ import annotations

import html
import re
from difflib import SequenceMatcher
from pathlib import Path

import pandas as pd
from breame.spelling import american_spelling_exists, british_spelling_exists, get_american_spelling
from rapidfuzz.distance import Levenshtein

from corpus_tools.corpus import require_columns
from corpus_tools.overlap import _body_sentences, _source_id, align_sentences, find_origin
from corpus_tools.text import QUOTE_MAP, clean_text, paragraph_docs, parse

__all__ = [
    "CATEGORIES",
    "categorize",
    "collate",
    "collation_to_html",
    "extract_variants",
    "house_style",
]

CATEGORIES = (
    "quotation_or_apostrophe",
    "punctuation_other",
    "abbreviation",
    "spelling_uk_us",
    "honorific",
    "date_format",
    "number_format",
    "time_reference",
    "attribution_change",
    "name_spelling",
    "word_substitution",
    "insertion",
    "deletion",
)
_PHRASE_CATEGORIES = {"date_format", "number_format", "attribution_change", "time_reference"}

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z]+\.(?=\s*\d)|[^\W_]+|[^\w\s]")
_QUOTES = set(QUOTE_MAP) | {'"', "'"}
_HONORIFICS = {"mr", "mrs", "ms", "dr", "prof", "sir", "miss", "mx"}
_MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
_NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "mln": "million",
    "m": "million",
    "bln": "billion",
    "bn": "billion",
    "pct": "%",
    "percent": "%",
    "thousand": "000",
}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_RELATIVE_DAYS = {"yesterday", "today", "tomorrow", "tonight", "overnight", "recently", "earlier", "later"}
_REPORTING = {
    "said",
    "says",
    "say",
    "told",
    "tells",
    "tell",
    "according",
    "quoted",
    "added",
    "stated",
    "reported",
    "declined",
    "announced",
    "confirmed",
    "denied",
    "claimed",
    "noted",
    "explained",
    "insisted",
    "warned",
}
_SOURCE_NOUNS = {
    "reuters",
    "agency",
    "source",
    "sources",
    "official",
    "officials",
    "diplomat",
    "diplomats",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "ministry",
    "aide",
    "aides",
    "person",
    "people",
    "analyst",
    "analysts",
    "insider",
    "insiders",
}


# ----------------------------------------------------------------------------- categories


def _words(form: str) -> list[str]:
    return re.findall(r"[^\W_]+", form.lower())


def _date_key(form: str) -> tuple[int, int] | None:
    words = _words(form)
    months = [_MONTHS[w] for w in words if w in _MONTHS]
    days = [int(w) for w in words if w.isdigit() and 1 <= int(w) <= 31]
    if len(months) == 1 and len(days) == 1:
        return months[0], days[0]
    return None


def _number_key(form: str) -> str:
    text = form.lower().replace("per cent", "%").replace(",", "")
    return " ".join(_NUMBER_WORDS.get(w, w) for w in re.findall(r"[\d.]+|[a-z]+|%", text))


def _is_spelling_pair(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    if british_spelling_exists(a) and get_american_spelling(a) == b:
        return True
    return british_spelling_exists(b) and get_american_spelling(b) == a


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in {"of", "the", "and", "for"})


def categorize(form_a: str, form_b: str) -> str:
    """The category of one variant (see the module docstring for the rules and their order).

    Args:
        form_a: the text in the source sentence ("" for an insertion).
        form_b: the text in the target sentence ("" for a deletion).

    Returns:
        One of :data:`CATEGORIES`.

    Example:
        >>> categorize("Sept. 20", "20 September"), categorize("told Reuters", "said")
        ('date_format', 'attribution_change')
    """
    a, b = form_a.strip(), form_b.strip()
    strip_quotes = lambda s: "".join(ch for ch in s if ch not in _QUOTES and not ch.isspace())  # noqa: E731
    if strip_quotes(a) == strip_quotes(b):
        return "quotation_or_apostrophe"
    wa, wb = _words(a), _words(b)
    if wa == wb:
        if a.replace(".", "") == b.replace(".", "") and "." in a + b:
            return "abbreviation"
        return "punctuation_other"
    la, lb = "".join(wa), "".join(wb)
    if la == lb and any(ch.isalpha() for ch in la):
        return "abbreviation"  # "U.S." / "US"
    if (len(wa) > 1 and len(wb) == 1 and _initials(wa) == wb[0]) or (
        len(wb) > 1 and len(wa) == 1 and _initials(wb) == wa[0]
    ):
        return "abbreviation"  # "United Nations" / "UN"
    if (
        len(wa) == len(wb)
        and wa
        and all(x == y or _is_spelling_pair(x, y) for x, y in zip(wa, wb, strict=True))
    ):
        return "spelling_uk_us"
    diff_a, diff_b = set(wa) - set(wb), set(wb) - set(wa)
    if (diff_a | diff_b) and (diff_a | diff_b) <= _HONORIFICS:
        return "honorific"
    ka, kb = _date_key(a), _date_key(b)
    if ka and ka == kb:
        return "date_format"
    numeric = any(ch.isdigit() for ch in a + b) or (set(wa + wb) & set(_NUMBER_WORDS))
    if numeric and _number_key(a) == _number_key(b):
        return "number_format"
    times = _WEEKDAYS | _RELATIVE_DAYS
    if (set(wa) & times) != (set(wb) & times):
        return "time_reference"
    if (diff_a | diff_b) & (_REPORTING | _SOURCE_NOUNS):
        return "attribution_change"
    if (
        len(wa) == len(wb) == 1
        and a[:1].isupper()
        and b[:1].isupper()
        and Levenshtein.normalized_similarity(wa[0], wb[0]) >= 0.7
        and not (american_spelling_exists(wa[0]) or british_spelling_exists(wa[0]))
    ):
        return "name_spelling"
    if not wa and not wb:
        return "punctuation_other"
    if not a:
        return "insertion"
    if not b:
        return "deletion"
    return "word_substitution"


# ----------------------------------------------------------------------------- extraction


def _tokens(raw: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Words, quote marks and punctuation of raw[start:end], with raw offsets."""
    return [(start + m.start(), start + m.end(), m.group()) for m in _TOKEN.finditer(raw[start:end])]


def _form(raw: str, toks: list[tuple[int, int, str]], i: int, j: int) -> tuple[int, int, str]:
    """Raw span and text of tokens[i:j]; an empty range is an empty span where it would be."""
    if i < j:
        a, b = toks[i][0], toks[j - 1][1]
        return a, b, raw[a:b]
    pos = toks[i - 1][1] if 0 < i <= len(toks) else (toks[0][0] if toks else 0)
    return pos, pos, ""


def _context(raw: str, a: int, b: int, width: int = 40) -> str:
    left = raw[max(0, a - width) : a].split("\n")[-1]
    right = raw[b : b + width].split("\n")[0]
    return f"{left}[{raw[a:b]}]{right}"


_GENERIC = {"insertion", "deletion", "word_substitution", "punctuation_other"}
_AUXILIARIES = {"has", "have", "had", "was", "were", "is", "are", "been"}
_GLUE = {"and", "or", "the", "a", "an", "of", "to", "in", "on", "with"}


def _diff(sa: list[tuple[int, int, str]], sb: list[tuple[int, int, str]]) -> list[tuple[int, int, int, int]]:
    """Edit regions (i1, i2, j1, j2) over token indices; an empty range is an insertion point.

    Words and punctuation are aligned first, quote marks left aside; quote marks
    are then compared between each pair of consecutive aligned tokens, so a
    stripped, curly or straight mark is always its own variant. Adjacent generic
    edits are grouped when they form one phrase: separated by at most one
    punctuation mark or short function word, or forming a date, number, time or
    attribution phrase together.
    """
    ia = [k for k, t in enumerate(sa) if t[2] not in _QUOTES]
    ib = [k for k, t in enumerate(sb) if t[2] not in _QUOTES]
    ka = [sa[k][2].lower() for k in ia]
    kb = [sb[k][2].lower() for k in ib]
    ops = SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes()

    def full(idx: list[int], n_all: int, x1: int, x2: int) -> tuple[int, int]:
        if x1 < x2:
            return idx[x1], idx[x2 - 1] + 1
        pos = idx[x1] if x1 < len(idx) else n_all
        return pos, pos

    def pair_category(x1: int, x2: int, y1: int, y2: int) -> str:
        a_rng, b_rng = full(ia, len(sa), x1, x2), full(ib, len(sb), y1, y2)
        return categorize(
            " ".join(t[2] for t in sa[slice(*a_rng)]), " ".join(t[2] for t in sb[slice(*b_rng)])
        )

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
                if first in _GENERIC and second in _GENERIC and (whole in _PHRASE_CATEGORIES or glue):
                    merged[-1] = (p1, e[1], q1, e[3])
                    continue
        merged.append(e)
    regions = [(*full(ia, len(sa), i1, i2), *full(ib, len(sb), j1, j2)) for i1, i2, j1, j2 in merged]

    # quote marks between consecutive aligned tokens
    anchors = [(-1, -1)]
    for tag, i1, i2, j1, _j2 in ops:
        if tag == "equal":
            anchors += [(ia[i1 + x], ib[j1 + x]) for x in range(i2 - i1)]
    anchors.append((len(sa), len(sb)))
    for (p, q), (p2, q2) in zip(anchors, anchors[1:], strict=False):
        qa = [k for k in range(p + 1, p2) if sa[k][2] in _QUOTES]
        qb = [k for k in range(q + 1, q2) if sb[k][2] in _QUOTES]
        if [sa[k][2] for k in qa] == [sb[k][2] for k in qb]:
            continue
        a_rng = (qa[0], qa[-1] + 1) if qa else ((p + 1, p + 1) if p >= 0 else (0, 0))
        b_rng = (qb[0], qb[-1] + 1) if qb else ((q + 1, q + 1) if q >= 0 else (0, 0))
        regions.append((*a_rng, *b_rng))
    return sorted(regions)


def extract_variants(corpus: pd.DataFrame, *, source: str | None = None, model=None) -> pd.DataFrame:
    """Every word-level difference between each version and its source, categorised.

    Args:
        corpus: the corpus frame.
        source: doc_id of the source; None picks :func:`corpus_tools.overlap.find_origin`.
        model: spaCy pipeline for sentence boundaries.

    Returns:
        One row per variant occurrence, in document order: ``doc_a`` (the source),
        ``doc_b``, ``sent_id_a``, ``sent_id_b``, ``start_a``, ``end_a``,
        ``start_b``, ``end_b`` (offsets into the raw texts; an insertion has an
        empty span in ``doc_a``, a deletion in ``doc_b``), ``form_a``, ``form_b``
        (the raw text of each side), ``category`` (one of :data:`CATEGORIES`),
        ``context_a``, ``context_b`` (the variant in brackets with 40 characters
        of text either side) and ``reuse_class`` of the aligned target sentence.

    Example:
        >>> v = extract_variants(load_corpus("seeds"))
        >>> v.query("doc_b == '002' and category == 'date_format'").form_b.tolist()
        ['20 September']
    """
    require_columns(corpus, ["text"], "extract_variants")
    src_id = _source_id(corpus, source)
    align = align_sentences(corpus, source=src_id, model=model)
    raw = {str(d): t for d, t in corpus["text"].items()}
    spans = {s.sent_id: (s.start, s.end) for s in _body_sentences(corpus, model).get(src_id, [])}
    rows = []
    for r in align[align["reuse_class"] != "new"].itertuples():
        ra, rb = raw[src_id], raw[r.doc_id]
        sa, owner = [], []
        for sid in sorted(r.source_sent_ids):
            toks = _tokens(ra, *spans[sid])
            sa += toks
            owner += [sid] * len(toks)
        sb = _tokens(rb, r.start, r.end)
        for i1, i2, j1, j2 in _diff(sa, sb):
            a0, a1, fa = _form(ra, sa, i1, i2)
            b0, b1, fb = _form(rb, sb, j1, j2)
            sid_a = owner[min(i1, len(owner) - 1)] if owner else -1
            category = categorize(fa, fb)
            if category in ("insertion", "deletion"):
                toks, k = (sb, j2) if category == "insertion" else (sa, i2)
                added = (fb or fa).lower().split()
                if set(added) <= _AUXILIARIES and k < len(toks) and toks[k][2].lower() in _REPORTING:
                    category = "attribution_change"  # "said" -> "has said"
            rows.append(
                (
                    src_id,
                    r.doc_id,
                    sid_a,
                    r.sent_id,
                    a0,
                    a1,
                    b0,
                    b1,
                    fa,
                    fb,
                    category,
                    _context(ra, a0, a1),
                    _context(rb, b0, b1),
                    r.reuse_class,
                )
            )
    cols = [
        "doc_a",
        "doc_b",
        "sent_id_a",
        "sent_id_b",
        "start_a",
        "end_a",
        "start_b",
        "end_b",
        "form_a",
        "form_b",
        "category",
        "context_a",
        "context_b",
        "reuse_class",
    ]
    return pd.DataFrame(rows, columns=cols)


# ----------------------------------------------------------------------------- house style

_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_NAMES})\b", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b", re.IGNORECASE)
_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}")
_UNDOTTED = re.compile(r"\b(?:US|UK|UN|EU)\b")
_WEEKDAY_USE = re.compile(r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_RELATIVE_USE = re.compile(r"\b(?:yesterday|today|tomorrow|tonight)\b", re.IGNORECASE)


def house_style(corpus: pd.DataFrame, *, source: str | None = None, model=None) -> pd.DataFrame:
    """Each document's house style: which of two forms it uses, where it has the choice.

    Style is read from each document's own body text (so the source has a profile
    too), and the variants against the source are counted per category.

    Args:
        corpus: the corpus frame.
        source: doc_id of the source for the variant counts; None picks the origin.
        model: spaCy pipeline for sentence boundaries.

    Returns:
        Long format, one row per (document, dimension, style): ``doc_id``,
        ``dimension``, ``style``, ``n`` (uses), ``of`` (uses of either style in
        the dimension) and ``share`` (``n / of``, 0.0 when ``of`` is 0).
        Dimensions and styles: ``spelling`` (``british``/``american``, words
        with a UK/US pair in breame), ``date_order`` (``day_month``/``month_day``),
        ``abbreviations`` (``dotted``/``undotted``), ``honorifics``
        (``with_honorific``/``without``: person names found by spaCy, with or
        without Mr, Mrs, Dr... before them), ``quote_marks``
        (``curly``/``straight``/``stripped``), ``day_reference``
        (``weekday``/``relative``), and ``variants`` (one style per category:
        variant count against the source, ``of`` = all variants of the document).
    """
    require_columns(corpus, ["text"], "house_style")
    parsed = paragraph_docs(parse(corpus, model=model))
    rows = []
    for doc_id, raw in corpus["text"].items():
        c = clean_text(raw)
        body = "\n".join(c.text[p.start : p.end] for p in c.paragraphs if p.kind == "body")
        raw_body = "\n".join(raw[slice(*c.to_raw(p.start, p.end))] for p in c.paragraphs if p.kind == "body")
        words = re.findall(r"[A-Za-z]+", body)
        british = sum(british_spelling_exists(w.lower()) for w in words)
        american = sum(american_spelling_exists(w.lower()) for w in words)
        # honorifics: person names (spaCy PERSON) with and without Mr/Mrs/Dr before them
        with_h = bare = 0
        for _k, _offset, doc in parsed[str(doc_id)]:
            for ent in doc.ents:
                if ent.label_ != "PERSON":
                    continue
                first = ent[0].text.rstrip(".").lower()
                before = doc[ent.start - 1].text.rstrip(".").lower() if ent.start else ""
                if first in _HONORIFICS or before in _HONORIFICS:
                    with_h += 1
                else:
                    bare += 1
        kinds = [e.kind for e in c.edits]
        curly = sum(1 for e in c.edits if e.kind == "typographic_quote")
        stripped = kinds.count("stripped_apostrophe") + kinds.count("stripped_quote")
        straight = sum(raw_body.count(q) for q in ('"', "'"))
        dims = {
            "spelling": {"british": british, "american": american},
            "date_order": {
                "day_month": len(_DAY_MONTH.findall(body)),
                "month_day": len(_MONTH_DAY.findall(body)),
            },
            "abbreviations": {"dotted": len(_DOTTED.findall(body)), "undotted": len(_UNDOTTED.findall(body))},
            "honorifics": {"with_honorific": with_h, "without": bare},
            "quote_marks": {"curly": curly, "straight": straight, "stripped": stripped},
            "day_reference": {
                "weekday": len(_WEEKDAY_USE.findall(body)),
                "relative": len(_RELATIVE_USE.findall(body)),
            },
        }
        for dim, styles in dims.items():
            total = sum(styles.values())
            for style, n in styles.items():
                share = round(n / total, 4) if total else 0.0
                rows.append((str(doc_id), dim, style, int(n), int(total), share))
    variants = extract_variants(corpus, source=source, model=model)
    src_id = _source_id(corpus, source)
    for doc_id in map(str, corpus.index):
        if doc_id == src_id:
            continue
        v = variants[variants["doc_b"] == doc_id]["category"].value_counts()
        total = int(v.sum())
        for cat in CATEGORIES:
            n = int(v.get(cat, 0))
            rows.append((doc_id, "variants", cat, n, total, round(n / total, 4) if total else 0.0))
    return pd.DataFrame(rows, columns=["doc_id", "dimension", "style", "n", "of", "share"])


# ----------------------------------------------------------------------------- collation


def collate(
    corpus: pd.DataFrame, *, docs: list[str] | None = None, sent_ids: list[int] | None = None, model=None
) -> pd.DataFrame:
    """A multi-witness collation table: one row per aligned position, one column per document.

    Every witness is aligned to the source (the origin of the documents
    collated), sentence by sentence and token by token; the places where any
    witness differs are merged across witnesses into variant rows, and the runs
    where all agree form invariant rows. Because every witness is aligned to the
    same hub and columns are sorted by doc_id, the table does not depend on the
    order the documents are given in (CollateX's progressive alignment does).
    Target sentences with no counterpart in the source are not collated (see
    :func:`corpus_tools.overlap.align_sentences`, class ``new``).

    Args:
        corpus: the corpus frame.
        docs: the doc_ids to collate (default: all); the source is the origin among them.
        sent_ids: restrict to these source sentence ids.
        model: spaCy pipeline for sentence boundaries.

    Returns:
        One row per position, in source order: ``position`` (0-based),
        ``source_sent_id``, ``is_variant`` (forms differ beyond case), one column
        per doc_id (sorted) holding that document's raw text at the position
        ("" where it has nothing), and ``categories`` (the distinct variant
        categories at the position, "; "-joined, "" for invariant rows).
        ``frame.attrs["source"]`` is the source doc_id. Export with
        ``frame.to_csv(...)`` or :func:`collation_to_html`.
    """
    require_columns(corpus, ["text"], "collate")
    if docs is not None:
        missing = [d for d in docs if str(d) not in set(map(str, corpus.index))]
        if missing:
            raise ValueError(f"docs {missing} are not doc_ids of the corpus (doc_ids: {list(corpus.index)})")
        corpus = corpus.loc[sorted(map(str, docs))]
    else:
        corpus = corpus.loc[sorted(map(str, corpus.index))]
    src_id = find_origin(corpus)
    witnesses = [d for d in corpus.index if d != src_id]
    align = align_sentences(corpus, source=src_id, model=model)
    raw = {str(d): t for d, t in corpus["text"].items()}
    src_sents = _body_sentences(corpus, model).get(src_id, [])
    rows = []
    position = 0
    for s in src_sents:
        if sent_ids is not None and s.sent_id not in sent_ids:
            continue
        sa = _tokens(raw[src_id], s.start, s.end)
        # per witness: its tokens aligned to this source sentence, and the edit regions
        per: dict[str, tuple[list, list]] = {}
        for w in witnesses:
            uses = align["source_sent_ids"].map(lambda ids, sid=s.sent_id: sid in ids)
            hits = align[(align["doc_id"] == w) & uses]
            sb = [t for r in hits.itertuples() for t in _tokens(raw[w], r.start, r.end)]
            ops = SequenceMatcher(
                None, [t[2].lower() for t in sa], [t[2].lower() for t in sb], autojunk=False
            ).get_opcodes()
            per[w] = (sb, ops)
        # variant regions on the source axis: union of every witness's edits (insertions are points)
        regions = sorted([op[1], op[2]] for _, ops in per.values() for op in ops if op[0] != "equal")
        merged: list[list[int]] = []
        for i1, i2 in regions:
            if merged and i1 <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], i2)
            else:
                merged.append([i1, i2])
        cuts: list[tuple[int, int, bool]] = []
        pos = 0
        for i1, i2 in merged:
            if i1 > pos:
                cuts.append((pos, i1, False))
            cuts.append((i1, i2, True))
            pos = i2
        if pos < len(sa):
            cuts.append((pos, len(sa), False))
        cuts = _merge_phrases(cuts, sa, per, raw, src_id)
        for i1, i2, is_var in cuts:
            cells = {src_id: _form(raw[src_id], sa, i1, i2)[2] if i1 < i2 else ""}
            for w, (sb, ops) in per.items():
                j1, j2 = _map_range(ops, i1, i2, is_var)
                cells[w] = _form(raw[w], sb, j1, j2)[2] if j1 < j2 else ""
            present = {w: f for w, f in cells.items() if w == src_id or per[w][0]}
            variant = len({f.lower() for f in present.values()}) > 1
            base = cells[src_id]
            cats = sorted({categorize(base, f) for f in present.values() if f.lower() != base.lower()})
            rows.append(
                {
                    "position": position,
                    "source_sent_id": s.sent_id,
                    "is_variant": variant,
                    **{d: cells.get(d, "") for d in sorted(cells)},
                    "categories": "; ".join(cats),
                }
            )
            position += 1
    columns = ["position", "source_sent_id", "is_variant", *sorted(map(str, corpus.index)), "categories"]
    table = pd.DataFrame(rows, columns=columns)
    table.attrs["source"] = src_id
    return table


def _boundary(ops, i: int, after_insert: bool) -> int:
    """Target index at source boundary i; ``after_insert`` skips a target insertion at i."""
    for tag, a1, _a2, b1, b2 in ops:
        if tag == "insert" and a1 == i:
            return b2 if after_insert else b1
    for tag, a1, a2, b1, b2 in ops:
        if tag == "equal" and a1 <= i <= a2:
            return b1 + (i - a1)
        if tag != "equal" and a1 <= i <= a2:
            return b1 if i == a1 else b2
    return ops[-1][4] if ops else 0


def _map_range(ops, i1: int, i2: int, is_variant: bool) -> tuple[int, int]:
    """Target token range aligned to source range [i1, i2): a variant range takes the
    insertions at its edges, an invariant one leaves them to their variant rows."""
    if not ops:
        return 0, 0
    if is_variant:
        return _boundary(ops, i1, after_insert=False), _boundary(ops, i2, after_insert=True)
    return _boundary(ops, i1, after_insert=True), _boundary(ops, i2, after_insert=False)


def _merge_phrases(cuts, sa, per, raw, src_id):
    """Merge variant / one-token invariant / variant runs that form a date, number,
    time or attribution phrase in some witness ("Sept. 20" / "20 September")."""
    out = list(cuts)
    k = 0
    while k + 2 < len(out):
        (a1, _, v1), (b1, b2, v2), (_, c2, v3) = out[k : k + 3]
        if v1 and not v2 and v3 and b2 - b1 == 1:
            src_form = _form(raw[src_id], sa, a1, c2)[2]
            for w, (sb, ops) in per.items():
                j1, j2 = _map_range(ops, a1, c2, True)
                if j1 < j2 and categorize(src_form, _form(raw[w], sb, j1, j2)[2]) in _PHRASE_CATEGORIES:
                    out[k : k + 3] = [(a1, c2, True)]
                    break
            else:
                k += 1
            continue
        k += 1
    return out


def collation_to_html(table: pd.DataFrame, path=None) -> str:
    """The collation table as an HTML table with variant rows highlighted.

    Args:
        table: the frame returned by :func:`collate`.
        path: if given, also write the HTML there.

    Returns:
        The HTML (a ``<table class="collation">`` with its own ``<style>``).
    """
    docs = [c for c in table.columns if c not in ("position", "source_sent_id", "is_variant", "categories")]
    src = table.attrs.get("source")
    head = "".join(f"<th>{html.escape(d)}{' (source)' if d == src else ''}</th>" for d in docs)
    body = []
    for rec in table.to_dict("records"):
        cls = ' class="variant"' if rec["is_variant"] else ""
        cells = "".join(f"<td>{html.escape(str(rec[d]))}</td>" for d in docs)
        body.append(
            f"<tr{cls}><td>{rec['source_sent_id']}</td>{cells}<td>{html.escape(rec['categories'])}</td></tr>"
        )
    out = (
        "<style>table.collation{border-collapse:collapse;font:13px sans-serif}"
        "table.collation td,table.collation th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}"
        "table.collation tr.variant td{background:#fff3c4}</style>\n"
        f'<table class="collation"><thead><tr><th>sentence</th>{head}<th>categories</th></tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>\n"
    )
    if path is not None:
        Path(path).write_text(out, encoding="utf-8")
    return out
