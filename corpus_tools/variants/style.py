"""House style: which of two forms each document uses, where it has the choice.

Read from each document's own body text (spelling, date order, abbreviations,
honorifics, quote marks, day references), plus its lexical variants against the
source counted per category (:func:`corpus_tools.variants.lexical.extract_variants`).
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from corpus_tools.attribution.quotes import blank_spans, quote_segments
from corpus_tools.io.corpus import require_columns
from corpus_tools.lexicon import AMERICAN_SPELLINGS, HONORIFICS, MONTHS, US_SPELLING
from corpus_tools.reuse.documents import resolve_source
from corpus_tools.text.sentences import clean_text, paragraph_docs, parse
from corpus_tools.variants.honorific_people import first_names, fold_first_names, modifier_mention
from corpus_tools.variants.lexical import CATEGORIES, extract_variants
from corpus_tools.variants.surname_particles import surname_alone

__all__ = [
    "STYLE_WORDS",
    "check_variants",
    "dominant_styles",
    "house_style",
    "quoted_spans",
    "style_counts",
    "style_line",
]

#: the variant categories that are style, not substance, and the word a style count uses for each:
#: the one mapping of :func:`style_counts`, which the changes' style line and the findings print
STYLE_WORDS = {
    "quotation_or_apostrophe": "quote marks",
    "spelling_uk_us": "spellings",
    "name_spelling": "spellings",
    "misprint": "misprints",
    "abbreviation": "abbreviations",
    "honorific": "abbreviations",
    "date_format": "formats",
    "number_format": "formats",
    "punctuation_other": "formats",
}

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_NAMES})\b", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b", re.IGNORECASE)
_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}")
_UNDOTTED = re.compile(r"\b(?:US|UK|UN|EU)\b")
_WEEKDAY_USE = re.compile(r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_RELATIVE_USE = re.compile(r"\b(?:yesterday|today|tomorrow|tonight)\b", re.IGNORECASE)
#: a quotation in single marks: opened after a space or a colon before a capital, closed after
#: sentence punctuation before a space or the paragraph's end (an apostrophe is neither)
_SINGLE_QUOTED = re.compile(r"(?:(?<=^)|(?<=[\s:]))['\u2018](?=[A-Z])([^\n]*?[.!?,])['\u2019](?=\s|$)", re.M)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of cleaned ``text`` inside quotation marks, double (:func:`quote_segments`) or single.
    A speaker's own words are not the paper's house style: the honorifics and day references of
    :func:`house_style` are counted outside them ("said: 'On a Wednesday afternoon ...'" is the
    prosecutor's weekday, not the paper's; the claims audit's tenth round, gu55 and gu89).

    Example:
        >>> t = "Mr Ash said: 'On Monday Mr Bell left.' He denies it. Jo's car"
        >>> [t[a:b] for a, b in quoted_spans(t)]
        ['On Monday Mr Bell left.']
    """
    spans = quote_segments(text) + [m.span(1) for m in _SINGLE_QUOTED.finditer(text)]
    return sorted(spans)


def style_counts(variants: pd.DataFrame) -> pd.DataFrame:
    """The style changes of each pair of a variants frame: its rows of the style categories
    (:data:`STYLE_WORDS`) counted by the word the style line uses. The one count of style: the
    changes' style line (:func:`corpus_tools.variants.changes.changes`), the family view and the
    findings all print this function's output for their pair, so a pair that is the variants
    table's (a version against its source) has the table's numbers.

    Args:
        variants: rows of :func:`corpus_tools.variants.lexical.extract_variants` (columns
            ``doc_id``, ``source_doc_id``, ``category``), of one pair or many.

    Returns:
        One row per (pair, style) with a change: ``doc_id``, ``source_doc_id``, ``style`` (a value
        of :data:`STYLE_WORDS`) and ``n`` (variants), pairs in the frame's order, styles by
        ``n`` descending then by name.

    Example:
        >>> v = pd.DataFrame({"doc_id": ["2", "2", "2"], "source_doc_id": ["1"] * 3,
        ...                   "category": ["quotation_or_apostrophe", "spelling_uk_us", "insertion"]})
        >>> style_counts(v).to_dict("records")[0]
        {'doc_id': '2', 'source_doc_id': '1', 'style': 'quote marks', 'n': 1}
    """
    check_variants(variants, "style_counts")
    cols = ["doc_id", "source_doc_id", "style", "n"]
    style = variants["category"].map(STYLE_WORDS)
    kept = variants[style.notna()]
    if not len(kept):
        return pd.DataFrame(columns=cols).astype({"n": int})
    frame = pd.DataFrame(
        {
            "doc_id": kept["doc_id"].astype(str),
            "source_doc_id": kept["source_doc_id"].astype(str),
            "style": style[style.notna()],
        }
    )
    n = frame.groupby(["doc_id", "source_doc_id", "style"], sort=False).size().rename("n").reset_index()
    pairs = zip(frame["doc_id"], frame["source_doc_id"], strict=True)
    order = {pair: k for k, pair in enumerate(dict.fromkeys(pairs))}
    n["_pair"] = [order[p] for p in zip(n["doc_id"], n["source_doc_id"], strict=True)]
    n["_neg"] = -n["n"]
    n = n.sort_values(["_pair", "_neg", "style"], kind="stable")
    return n[cols].reset_index(drop=True).astype({"n": int})


def check_variants(variants: pd.DataFrame, where: str) -> None:
    """Raise ValueError naming the columns of a variants frame that ``where`` reads and lacks."""
    missing = [c for c in ("doc_id", "source_doc_id", "category") if c not in variants.columns]
    if missing:
        raise ValueError(f"{where}: variants lacks column(s) {missing}; pass the frame of extract_variants")


def style_line(counts: pd.DataFrame) -> str:
    """One line of the style changes in ``counts`` (rows of :func:`style_counts`, one pair or the
    members of a witness, summed by style): "26 quote marks, 2 spellings"; "" if none.

    Example:
        >>> style_line(pd.DataFrame({"style": ["quote marks", "spellings", "formats"], "n": [26, 2, 1]}))
        '26 quote marks, 2 spellings, 1 format'
    """
    n = counts.groupby("style", sort=False)["n"].sum() if len(counts) else pd.Series(dtype=int)
    ranked = sorted(((int(k), s) for s, k in n.items() if k), key=lambda kv: (-kv[0], kv[1]))
    return ", ".join(f"{k} {s if k != 1 else s.removesuffix('s')}" for k, s in ranked)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _honorific_counts(docs, quoted: list[tuple[int, int]] = ()) -> tuple[int, int]:
    """Person names (spaCy PERSON) in the parsed docs with and without Mr/Mrs/Dr before them,
    outside the ``quoted`` spans (offsets of the cleaned text)."""
    with_h = bare = 0
    for _k, offset, doc in docs:
        for ent in doc.ents:
            if ent.label_ != "PERSON" or _inside(offset + ent.start_char, quoted):
                continue
            first = ent[0].text.rstrip(".").lower()
            before = doc[ent.start - 1].text.rstrip(".").lower() if ent.start else ""
            if first in HONORIFICS or before in HONORIFICS:
                with_h += 1
            else:
                bare += 1
    return with_h, bare


def _person_forms(docs, quoted: list[tuple[int, int]] = ()) -> dict[str, Counter]:
    """Each person's mentions outside the ``quoted`` spans, by surname (lower case): how many
    with an honorific before the name (``with``: "Mr Jones", "Miss Susan Evans") and how many by
    the surname alone (``bare``: "Guscott"). A first name and surname without one ("Kenneth
    Jones", a first mention) is no choice of either and is not counted."""
    out: dict[str, Counter] = {}
    for _k, offset, doc in docs:
        for ent in doc.ents:
            if (
                ent.label_ != "PERSON"
                or _inside(offset + ent.start_char, quoted)
                or modifier_mention(doc, ent)
            ):
                continue  # "the Roe murders" names no one (variants/honorific_people.py)
            names = [t.text for t in ent if t.text.rstrip(".").lower() not in HONORIFICS]
            if not names:
                continue
            before = doc[ent.start - 1].text.rstrip(".").lower() if ent.start else ""
            honoured = ent[0].text.rstrip(".").lower() in HONORIFICS or before in HONORIFICS
            if honoured or surname_alone(names):  # "St Leger" too (variants/surname_particles.py)
                key = re.sub(r"['’]s?$", "", names[-1]).lower()
                out.setdefault(key, Counter())["with" if honoured else "bare"] += 1
    return out


def _treated_otherwise(mine: dict[str, Counter], theirs: dict[str, Counter]) -> tuple[int, int, int]:
    """The people both texts name whom this text names otherwise than the source: by each
    text's most used form for the person, an honorific where the source mostly writes the
    surname alone (the first count), or the surname alone where the source mostly gives an
    honorific (the second); where the source uses both as often, either form is its own. The
    third count is the people both name (compared)."""
    with_h = bare = compared = 0
    for person, forms in mine.items():
        if person not in theirs:
            continue
        compared += 1
        form = "with" if forms["with"] >= forms["bare"] else "bare"
        other = "bare" if form == "with" else "with"
        if theirs[person][other] > theirs[person][form]:
            with_h, bare = with_h + (form == "with"), bare + (form == "bare")
    return with_h, bare, compared


def _source_docs(corpus: pd.DataFrame, source, variants: pd.DataFrame) -> set[str]:
    if source is not None:
        return set(resolve_source(corpus, source)[1])
    return set(map(str, variants["source_doc_id"]))


def _variant_rows(corpus: pd.DataFrame, src_docs: set[str], variants) -> list[tuple]:
    """The ``variants`` dimension's rows: each non-source document's variant count per category."""
    rows = []
    counts = variants.groupby(["doc_id", "category"]).size() if len(variants) else pd.Series(dtype=int)
    by_doc = {d: c.droplevel(0) for d, c in counts.groupby(level=0)} if len(counts) else {}  # one pass
    for doc_id in map(str, corpus.index):
        if doc_id in src_docs:
            continue
        v = by_doc.get(doc_id, pd.Series(dtype=int))
        total = int(v.sum())
        for cat in CATEGORIES:
            n = int(v.get(cat, 0))
            rows.append((doc_id, "variants", cat, n, total, round(n / total, 4) if total else 0.0))
    return rows


def house_style(
    corpus: pd.DataFrame,
    *,
    source: str | None = None,
    variants: pd.DataFrame | None = None,
    parses: pd.DataFrame | None = None,
    model=None,
) -> pd.DataFrame:
    """Each document's house style: which of two forms it uses, where it has the choice.

    Style is read from each document's own body text (so the source has a profile
    too), and the variants against the source are counted per category.

    Args:
        corpus: the corpus frame.
        source: the source of the variant counts (doc_id, group or doc_ids);
            None takes the variants' source files.
        variants: the frame of :func:`extract_variants`; extracted here when not given.
        parses: the frame of :func:`corpus_tools.text.sentences.parse` (person names for
            the honorifics); parsed here when not given.
        model: spaCy pipeline, used only for what is not given.

    Returns:
        Long format, one row per (document, dimension, style): ``doc_id``,
        ``dimension``, ``style``, ``n`` (uses), ``n_total`` (uses of any style in
        the dimension) and ``share`` (``n / n_total``, 0.0 when ``n_total`` is 0).
        Dimensions and styles: ``spelling`` (``british``/``american``, words
        with a UK/US pair in breame), ``date_order`` (``day_month``/``month_day``),
        ``abbreviations`` (``dotted``/``undotted``), ``honorifics``
        (``with_honorific``/``without``: in a source file, person names found by spaCy with or
        without Mr, Mrs, Dr... before them, outside quotations (:func:`quoted_spans`); in a
        version, compared person by person with the source's files: the people both name whom
        the version names, by its most used form, with an honorific where the source mostly
        gives none, or by the surname alone where the source mostly gives one, so a version
        that treats each person as the source does counts none, whoever it names more often
        (the claims audit's round 11, gu42, gu55); its ``n_total`` is the people both name, so
        "0 of 5" reads "of the 5 people both name, none named otherwise"; a full name without
        one, "Kenneth Jones", is no choice), ``quote_marks``
        (``curly``/``straight``/``stripped``), ``day_reference``
        (``weekday``/``relative``, outside quotations), and ``variants`` (one style per category:
        variant count against the source, ``n_total`` = all variants of the document).
    """
    require_columns(corpus, ["text"], "house_style")
    parsed = paragraph_docs(parses if parses is not None else parse(corpus, model=model))
    if variants is None:
        variants = extract_variants(corpus, source=source, model=model)
    src_docs = _source_docs(corpus, source, variants)
    people = {}
    for doc_id, raw in corpus["text"].items():
        people[str(doc_id)] = _person_forms(parsed.get(str(doc_id), []), quoted_spans(clean_text(raw).text))
    theirs: dict[str, Counter] = {}
    for d in sorted(src_docs & set(people)):
        for person, forms in people[d].items():
            theirs.setdefault(person, Counter()).update(forms)
    src_firsts = first_names([t for d in sorted(src_docs & set(people)) for t in parsed.get(d, [])])
    theirs = fold_first_names(theirs, src_firsts)  # "Ann" alone is Ann Roe's (variants/honorific_people.py)
    rows = []
    for doc_id, raw in corpus["text"].items():
        c = clean_text(raw)
        body = "\n".join(c.text[p.start : p.end] for p in c.paragraphs if p.kind == "body")
        raw_body = "\n".join(raw[slice(*c.to_raw(p.start, p.end))] for p in c.paragraphs if p.kind == "body")
        quoted = quoted_spans(c.text)
        unquoted = blank_spans(c.text, quoted)
        narrative = "\n".join(unquoted[p.start : p.end] for p in c.paragraphs if p.kind == "body")
        words = re.findall(r"[A-Za-z]+", body)
        british = sum(w.lower() in US_SPELLING for w in words)
        american = sum(w.lower() in AMERICAN_SPELLINGS for w in words)
        compared = None  # a version's honorifics count people, of those both name (n_total)
        if str(doc_id) in src_docs or not src_docs:
            with_h, bare = _honorific_counts(parsed.get(str(doc_id), []), quoted)
        else:
            own = {**first_names(parsed.get(str(doc_id), [])), **src_firsts}
            with_h, bare, compared = _treated_otherwise(fold_first_names(people[str(doc_id)], own), theirs)
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
                "weekday": len(_WEEKDAY_USE.findall(narrative)),
                "relative": len(_RELATIVE_USE.findall(narrative)),
            },
        }
        for dim, styles in dims.items():
            total = compared if dim == "honorifics" and compared is not None else sum(styles.values())
            for style, n in styles.items():
                share = round(n / total, 4) if total else 0.0
                rows.append((str(doc_id), dim, style, int(n), int(total), share))
    rows.extend(_variant_rows(corpus, src_docs, variants))
    return pd.DataFrame(rows, columns=["doc_id", "dimension", "style", "n", "n_total", "share"])


def dominant_styles(
    style: pd.DataFrame, doc_ids: list[str]
) -> tuple[dict[str, str], dict[tuple[str, str], float]]:
    """The house style of ``doc_ids`` (one document, or a source's files pooled): per dimension,
    the style used more often than any other, and each style's share of the uses.

    A dimension whose most used styles tie has no dominant style: a paper with one weekday and one
    relative day ("last Wednesday", "yesterday") keeps no rule of either, so it differs from no
    source (the claims audit's round 14, iq29 and iq55: a tie read as "weekday" against PA's
    "relative", while PA's own first take has one of each).

    Args:
        style: the frame of :func:`house_style` (columns ``doc_id``, ``dimension``, ``style``,
            ``n``, ``n_total``); its ``variants`` rows are left out.
        doc_ids: the documents whose uses are pooled.

    Returns:
        ``(dominant, share)``: ``{dimension: style}`` for the dimensions with one most used style,
        and ``{(dimension, style): share}`` (in [0, 1]) for every dimension the documents use.

    Raises:
        ValueError: ``style`` lacks a column this reads.

    Example:
        >>> hs = pd.DataFrame({"doc_id": ["p"] * 4, "dimension": ["day_reference"] * 2 + ["spelling"] * 2,
        ...                    "style": ["weekday", "relative", "british", "american"],
        ...                    "n": [1, 1, 3, 0], "n_total": [2, 2, 3, 3]})
        >>> dominant_styles(hs, ["p"])[0]
        {'spelling': 'british'}
    """
    missing = [c for c in ("doc_id", "dimension", "style", "n", "n_total") if c not in style.columns]
    if missing:
        raise ValueError(f"dominant_styles: the house style frame lacks column(s) {missing}")
    mine = style[style["doc_id"].astype(str).isin([str(d) for d in doc_ids])]
    mine = mine[(mine["dimension"] != "variants") & (mine["n_total"] > 0)]
    n = mine.groupby(["dimension", "style"], sort=False)["n"].sum()
    share = (n / n.groupby(level="dimension").transform("sum")).to_dict()
    ranked = n[n > 0].sort_values(ascending=False, kind="stable")  # dimensions by their top count
    dominant, seen = {}, set()
    for (dim, top), count in ranked.items():
        if dim not in seen:
            seen.add(dim)
            if (ranked[ranked.index.get_level_values(0) == dim] == count).sum() == 1:
                dominant[dim] = top
    return dominant, share
