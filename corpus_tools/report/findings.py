"""Findings in plain words, written from the frames: one paragraph per document.

:func:`findings` gives the text a notebook's "What it shows" cell or the report
opens with; :func:`overview` one paragraph on the whole corpus. Every figure comes
from the frames of :func:`corpus_tools.analyze`, so the prose follows any corpus.
A version's class is told in the measures that decided it (the shares the derivation model
reads, or what it adds of its own and how many of its words the source holds: the ``rule`` of
:func:`corpus_tools.reuse.derivation.classify_documents`); a class flagged ``check`` is told as
the two classes it lies between ("partially or wholly derived: check"); how it was taken is told in one
measure everywhere, the share of its words that lie in sentences taken from the
source (``derived_share``). The speaker sentences are :mod:`corpus_tools.report.speaker_findings`;
what a paragraph is made of, :mod:`corpus_tools.report.segments`.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

import pandas as pd

from corpus_tools.analysis import Analysis
from corpus_tools.io.corpus import require_columns
from corpus_tools.lexicon import tokenize
from corpus_tools.report.change_claims import claimed_changes
from corpus_tools.report.change_words import measured, not_all_new, others, told
from corpus_tools.report.checks import derivation_check
from corpus_tools.report.honorific_scope import honorific_scope
from corpus_tools.report.labels import category_label, plain
from corpus_tools.report.lifted_findings import reuse_added, reuse_kept, reuse_share
from corpus_tools.report.segments import Segment, _frame, _join, _once, _plural, _rows, by_document
from corpus_tools.report.speaker_findings import _speakers
from corpus_tools.report.takes import sent_order, take_note
from corpus_tools.reuse.documents import witness_docs
from corpus_tools.reuse.retold_update import LEAF as UPDATE_LEAF
from corpus_tools.variants.style import STYLE_WORDS, dominant_styles, style_counts, style_line
from corpus_tools.variants.units import MAX_UNIT_WORDS, is_example

__all__ = ["TOPICS", "findings", "overview", "segments"]

#: what a paragraph can speak of, in order
TOPICS = ("reuse", "changes", "style", "speakers")


def _pct(x: float) -> str:
    return f"{x:.0%}"


def _who(corpus: pd.DataFrame, doc: str) -> str:
    row = corpus.loc[doc]
    outlet = plain(row["outlet"])
    bits = ["unknown outlet" if outlet in ("", "unknown") else outlet]
    role = plain(row["role"]) if "role" in corpus.columns else ""  # an optional column of INDEX.md
    if role and role != "unknown":
        bits.append(role)
    bits.append(f"{int(row['n_words'])} words")
    return ", ".join(bits)


def _who_files(corpus: pd.DataFrame, files: list[str]) -> str:
    """``_who`` for a group: its files, outlets, role and words together."""
    rows = corpus.loc[files]
    outlets = list(dict.fromkeys(plain(o) for o in rows["outlet"]))
    bits = [
        _plural(len(files), "file"),
        ", ".join(o for o in outlets if o not in ("", "unknown")) or "unknown outlet",
    ]
    roles = set(rows["role"].astype(str)) if "role" in rows else set()  # optional in INDEX.md
    if "wire" in roles or "original" in roles:
        bits.append("wire" if "wire" in roles else "original")
    bits.append(f"{int(rows['n_words'].sum())} words")
    return ", ".join(bits)


#: the two classes a flagged version lies between (``check`` of classify_documents), in words
_CHECK_PAIRS = {
    frozenset(("wholly_derived", "partially_derived")): "partially or wholly derived",
    frozenset(("partially_derived", "non_derived")): "partially derived or not derived",
    frozenset(("wholly_derived", "non_derived")): "wholly derived or not derived",
}


def _decided(d, src: str) -> list[Segment]:
    """Why the document has its class, in the measures of the rule that decided it
    (:class:`corpus_tools.reuse.derivation.DerivationRules`, the ``rule`` column)."""
    table = "t-derivation"
    rule = str(d["rule"])
    own = (_plural(int(d["novel_words"]), "word"), table)
    if rule == "no_sentence_shared":
        return [f" none of its sentences matches {src}'s."]
    if rule == "model":
        return [
            " it adds ",
            own,
            " of its own (",
            (_pct(d["novel_word_share"]), table),
            f" of its content words), and its longest passage of {src}'s wording holds ",
            (_pct(d["longest_passage"]), table),
            f" of its words (probability {d['probability']:.2f}).",
        ]
    if rule == "model_corpus":  # CorpusRelativeModel: shares read against the corpus's other versions
        return [
            f" against the other versions of the corpus, {src} holds ",
            (_pct(d["containment"]), table),
            f" of its three-word sequences, and its longest passage of {src}'s wording holds ",
            (_pct(d["longest_passage"]), table),
            f" of its words (probability {d['probability']:.2f}).",
        ]
    if rule == "few_new_words":
        if int(d["novel_words"]) == 0 and int(d["novel_facts"]) == 0:
            return [" it adds ", ("no word", table), f" of its own to {src}'s."]
        facts = (_plural(int(d["novel_facts"]), "name or number", "names or numbers"), table)
        if int(d["novel_words"]) == 0:
            return [
                " it adds ",
                ("no word", table),
                " of its own, only ",
                facts,
                f" that {src} does not have.",
            ]
        return [" it adds only ", own, " and ", facts, f" that {src} does not have."]
    if rule == "few_new_words_new_facts":
        return [
            " it adds only ",
            own,
            " of its own, but ",
            (_plural(int(d["novel_facts"]), "name or number", "names or numbers"), table),
            f" that {src} does not have.",
        ]
    if rule == "new_words_run":
        return [
            " it adds ",
            own,
            f" of its own, and took a passage of {src}'s wording (",
            (_pct(d["longest_passage"]), table),
            " of its words in one run).",
        ]
    found = (_pct(d["word_containment"]), table)
    if rule == UPDATE_LEAF:
        return [
            " it adds ",
            own,
            f" of its own, but it is an update from {src}'s outlet that tells {src} again close to its"
            " words (its sentences score ",
            (f"{float(d['mean_score']):.2f}", table),
            " on average).",
        ]
    if rule == "new_words_shared":
        return [" it adds ", own, " of its own, and ", found, f" of its words are found in {src}."]
    return [" it adds ", own, " of its own, and only ", found, f" of its words are found in {src}."]


def _reuse(doc: str, src: str, a: Analysis) -> list[Segment]:
    der = _rows(_frame(a, "derivation"), doc)
    if not len(der):
        return []
    d = der.iloc[0]
    cls = str(d["derivation"])
    if _identical(doc, src, a):
        return [
            "is an ",
            ("identical copy", "t-derivation"),
            f" of {src}: the same text after cleaning ({_plural(int(d['n_sentences']), 'sentence')}).",
            *_set_aside(doc, a, lead=" "),
        ]
    if bool(d["check"]):
        pair = _CHECK_PAIRS[frozenset((cls, str(d["runner_up"])))]
        return ["is ", (f"{pair}: check", "t-derivation"), f". Against {src},", *_decided(d, src)]
    # the thresholds the analysis was run with, not the defaults
    flag = derivation_check(d, a.options.derivation)
    shown = [" (", (flag, "t-derivation"), ")"] if flag else []
    if cls == "non_derived":
        return ["is not derived", *shown, f" from {src}:", *_decided(d, src)]
    out: list[Segment] = [
        "is ",
        (category_label(cls), "t-derivation"),
        *shown,
        f" from {src}:",
        *_decided(d, src),
        " ",
        (_pct(d["derived_share"]), f"view-{doc}"),
        f" of its words are in sentences taken from {src} ({_pct(d['verbatim_share'])} verbatim, "
        f"{_pct(d['near_verbatim_share'])} lightly edited, {_pct(d['rewritten_share'])} rewritten); "
        + reuse_share(doc, src, a, _pct(d["new_share"])),
    ]
    cov = _rows(_frame(a, "coverage"), doc)
    if len(cov):
        kept = int((cov["status"] != "dropped").sum())
        told, n_told = reuse_kept(doc, a)  # dropped source sentences a new one lifts or retells
        out += [" It keeps ", (f"{kept} of {src}'s {len(cov)} sentences", f"view-{doc}"), *told]
        out.append(f" and drops {len(cov) - kept - n_told}")
        al = _rows(_frame(a, "alignment"), doc)
        new = int((al["reuse_class"] == "new").sum()) if len(al) else 0
        out.append(reuse_added(doc, src, a, new))
        out += _set_aside(doc, a, lead=" (", end=").") or ["."]
    return out


#: page furniture (the cleaning's ``rule``) in plain words, singular and plural
_FURNITURE = {
    "caption": ("photo caption", "photo captions"),
    "timestamp": ("timestamp line", "timestamp lines"),
    "navigation": ("navigation line", "navigation lines"),
    "related_links": ("related-links line", "related-links lines"),
    "copyright": ("copyright line", "copyright lines"),
    "headline": ("headline", "headlines"),
    "byline": ("byline", "bylines"),
}


def _set_aside(doc: str, a: Analysis, *, lead: str = " ", end: str = ".") -> list[Segment]:
    """'page furniture set aside, not compared: 1 photo caption, ...' from the cleaning table."""
    rows = _rows(_frame(a, "cleaning"), doc)
    rows = rows[rows["rule"].isin(list(_FURNITURE))]
    if not len(rows):
        return []
    n = rows["rule"].value_counts()
    parts = [f"{int(n[r])} {_FURNITURE[r][0 if n[r] == 1 else 1]}" for r in _FURNITURE if r in n]
    return [lead, ("page furniture set aside, not compared", "t-cleaning"), ": " + _join(parts) + end]


def _body_texts(a: Analysis) -> dict[str, str]:
    """doc_id -> its body after the cleaning (sentences joined, white space normalised)."""
    sents = _frame(a, "sentences")
    body = sents[~sents["is_boilerplate"].astype(bool)]
    return {
        d: " ".join(" ".join(map(str, g["text_clean"])).split())
        for d, g in body.groupby(body["doc_id"].astype(str))
    }


def _source_body(a: Analysis) -> str:
    """The source's body after the cleaning, its files joined."""
    texts = _once(a, "body_texts", lambda: _body_texts(a))
    return " ".join(texts.get(d, "") for d in witness_docs(a.corpus, a.source))


def _identical(doc: str, src: str | None, a: Analysis) -> bool:
    """Whether ``doc`` has the same body as ``src`` after the cleaning (same sentences, same words)."""
    if src is None or not len(_frame(a, "sentences")):
        return False
    texts = _once(a, "body_texts", lambda: _body_texts(a))
    return doc in texts and src in texts and bool(texts[doc]) and texts[doc] == texts[src]


def _same_text(a: Analysis) -> dict[str, list[str]]:
    """Body text -> the documents with it, in corpus order (those with a body only)."""
    texts = _once(a, "body_texts", lambda: _body_texts(a)) if len(_frame(a, "sentences")) else {}
    out: dict[str, list[str]] = {}
    for d in map(str, a.corpus.index):
        if texts.get(d):
            out.setdefault(texts[d], []).append(d)
    return out


def _parent(doc: str, src: str, a: Analysis, earlier: Iterable[str] = ()) -> list[Segment]:
    texts = _once(a, "body_texts", lambda: _body_texts(a)) if len(_frame(a, "sentences")) else {}
    twins = _once(a, "same_text", lambda: _same_text(a)).get(texts.get(doc, ""), [])
    if len(twins) > 1:  # the first earlier document with the same body, read from the few twins
        earlier = set(earlier)
        same = next((d for d in twins if d != src and d in earlier), None)
    else:
        same = None
    if same is not None:
        same_text = f" to {same}'s (the same text after cleaning)."
        return [" Its text is ", ("identical", f"view-{doc}"), same_text]
    edges = _rows(_frame(a, "origin"), doc)
    best = edges[edges["is_best_parent"].astype(bool)]
    if not len(best) or str(best["source_doc_id"].iloc[0]) == src:
        return []
    other = str(best["source_doc_id"].iloc[0])
    return [
        " Its wording is closest to ",
        (other, "graph"),
        f"'s: it may have been taken from {other}, or both from a common source.",
    ]


def _changes(doc: str, a: Analysis) -> list[Segment]:
    var = _rows(_frame(a, "variants"), doc)
    if not len(var):
        return []
    told_as = claimed_changes(var)  # a pair of fragments counted as a cut and an addition (issue #22)
    counts = told_as["category"].value_counts()
    parts, substance = [], counts[~counts.index.isin(list(STYLE_WORDS))]
    for cat in substance.head(3).index:
        ex = told_as[(told_as["category"] == cat) & (told_as["source_form"].astype(str).str.strip() != "")]
        ex = ex[ex["form"].astype(str).str.strip() != ""]
        short = ex["source_form"].astype(str).str.split().str.len().le(MAX_UNIT_WORDS)
        ex = ex[short & ex["form"].astype(str).str.split().str.len().le(MAX_UNIT_WORDS)]
        if cat == "word_substitution":  # an example only where both sides are the same size
            size = ex["source_form"].astype(str).str.split().str.len()
            ex = ex[size == ex["form"].astype(str).str.split().str.len()]
        if cat in ("word_substitution", "attribution_change"):  # a whole unit, the same kind both sides
            marks = lambda s: [t[2] for t in tokenize(str(s), marks=True)]  # noqa: E731
            ex = ex[
                [is_example(marks(x), marks(y)) for x, y in zip(ex["source_form"], ex["form"], strict=True)]
            ]
        eg = ""
        if len(ex):
            e = ex.iloc[0]
            before, after = (" ".join(plain(e[c]).split()) for c in ("source_form", "form"))
            eg = f", e.g. “{before}” → “{after}”"
        fig = measured(cat, told_as)
        new = not_all_new(cat, fig, told_as, getattr(a, "source", None), lambda: _source_body(a))
        parts.append(f"{category_label(cat)} ({fig}{new}{eg})")
    parts += [others(substance)] if len(substance) > 3 else []  # the parts add up to the total
    # the style changes in one line, the count the family tree's style line prints (issue #23)
    n = len(told_as)  # a pair told as a cut and an addition is two changes, so the parts add up
    said = told(parts, style_line(style_counts(var)), len(substance), n)
    return [" Its ", (_plural(n, "word-level change"), "t-variants"), said + "."]


def _style(doc: str, src: str, a: Analysis, files: list[str] | None = None) -> list[Segment]:
    hs = _frame(a, "house_style")
    if not len(hs):
        return []

    theirs = files or [src]  # the source's style, its files pooled: the same for every version, read once
    b, used = _once(a, "style:" + "\x1f".join(theirs), lambda: dominant_styles(hs, theirs))
    a = dominant_styles(mine := _rows(hs, doc), [doc])[0]  # a tie in the version is no style of its own
    diffs = [  # a difference only where the source mostly writes otherwise (PA's "today" as often as a day)
        f"{dim.replace('_', ' ')} {a[dim].replace('_', ' ')} ({src}: {b[dim].replace('_', ' ')})"
        + (honorific_scope(mine, a[dim]) if dim == "honorifics" else "")  # of how many people
        for dim in a
        if dim in b and a[dim] != b[dim] and used.get((dim, a[dim]), 0.0) < 0.5
    ]
    if not diffs:
        return [f" Its house style matches {src}'s."]
    return [" Its ", ("house style", "t-house_style"), f" differs from {src}'s: " + "; ".join(diffs) + "."]


def _copies(a: Analysis) -> dict[str, str]:
    """doc_id of each copy -> what it is a copy of (the ``copies`` frame), as a sentence."""
    cp = _frame(a, "copies")
    out = {}
    for r in cp.itertuples():
        near = f"a near-identical copy ({_pct(r.containment)})"
        how = "an identical copy" if r.kind == "identical" else near
        out[str(r.doc_id)] = (
            f" is {how} of {r.copy_of}, analysed in its place: what is said of {r.copy_of} holds for it."
        )
    return out


def segments(analysis: Analysis, *, topics: Iterable[str] | None = None) -> dict[str, list[Segment]]:
    """The findings paragraph of every document as segments: text, or (text, link target id).

    :func:`findings` joins them into text; the report turns the targets into links to
    the view (``view-<doc_id>``), the graph or a table (``t-<table name>``).
    """
    topics = tuple(topics) if topics is not None else TOPICS
    unknown = sorted(set(topics) - set(TOPICS))
    if unknown:
        raise ValueError(f"unknown topic(s) {unknown}; choose from {list(TOPICS)}")
    a = _analysis(analysis)
    with by_document(a):  # each frame read once, its rows by document from an index
        return _segments(a, topics)


def _segments(a: Analysis, topics: tuple[str, ...]) -> dict[str, list[Segment]]:
    corpus, src = a.corpus, a.source
    files = sent_order(corpus, list(witness_docs(corpus, src))) if src is not None else []
    grouped = files != [src]
    copies = _copies(a)
    ids = list(map(str, corpus.index))
    out = {}
    for pos, doc in enumerate(ids):
        segs: list[Segment] = [f"{doc} ({_who(corpus, doc)})"]
        if doc in copies:
            out[doc] = [*segs, copies[doc], *_set_aside(doc, a, lead=" ")]
            continue
        if doc == src:
            why = _why_origin(src, a)
            segs.append(f" is the most likely original{why}, so each version is compared with it.")
        elif grouped and doc in files:
            why = _why_origin(src, a)
            segs.append(
                f" is file {files.index(doc) + 1} of the {len(files)} that make up {src}"
                f"{take_note(a, files, doc)}, the most likely"
                f" original{why}; each version is compared with {src}'s files as one source."
            )
        elif "reuse" in topics:
            reuse = _reuse(doc, src, a)
            segs += [" ", *reuse] if reuse else [" was not compared with a source."]
            segs += _parent(doc, src, a, earlier=islice(ids, pos))
        else:
            segs.append(".")
        # a document not derived from the source has no changes, style or speakers to compare with it
        der = _rows(_frame(a, "derivation"), doc)
        source_file = doc == src or doc in files
        compared = not source_file and not (len(der) and der["derivation"].iloc[0] == "non_derived")
        if compared and "changes" in topics:
            segs += _changes(doc, a)
        if compared and "style" in topics:
            segs += _style(doc, src, a, files)
        if "speakers" in topics:
            segs += _speakers(doc, src if compared or doc == src else None, a)
        out[doc] = segs
    return out


_WHY = {
    "published": "it was published before the documents that reuse it",
    "role": "INDEX.md gives it the role of a wire or original text",
    "text": "the other documents hold more of its wording than it holds of theirs",
}


def _why_origin(src: str, a: Analysis) -> str:
    """What made ``src`` the origin, from the directions of its edges (published, role, text)."""
    edges = _frame(a, "origin")
    ways = [w for w in _WHY if w in set(edges[edges["source_doc_id"].astype(str) == src]["direction"])]
    return (": " + "; ".join(_WHY[w] for w in ways)) if ways else ""


def _text(segs: list[Segment]) -> str:
    return "".join(s if isinstance(s, str) else s[0] for s in segs).replace("  ", " ")


def _analysis(analysis: Analysis) -> Analysis:
    if not isinstance(analysis, Analysis):
        raise TypeError(f"expected a corpus_tools.Analysis (from analyze()), got {type(analysis).__name__}")
    require_columns(analysis.corpus, ["text", "outlet", "n_words"], "findings")
    return analysis


def findings(analysis: Analysis, *, topics: Iterable[str] | None = None) -> dict[str, str]:
    """One plain-language paragraph per document: where it comes from, how much it reused and
    how, what it cut and added, how its house style differs, whom it quotes and whom it dropped.

    Args:
        analysis: an :class:`corpus_tools.Analysis`; the source is its ``source``.
        topics: what to speak of, a subset of :data:`TOPICS` (all by default); a notebook
            on speakers passes ``("speakers",)``.

    Returns:
        doc_id -> paragraph, in corpus order.

    Raises:
        ValueError: an unknown topic.
        TypeError: ``analysis`` is not an Analysis.

    Example:
        >>> from corpus_tools import analyze, load_corpus
        >>> text = findings(analyze(load_corpus("seeds")))
        >>> text["000"][:75]
        '000 (unknown outlet, republication, 419 words) is wholly derived from 001: '
        >>> text["002"].split("from 001: ")[1].split(".")[0]
        'it adds only 3 words and 0 names or numbers that 001 does not have'
    """
    return {d: _text(s) for d, s in segments(analysis, topics=topics).items()}


def overview(analysis: Analysis) -> str:
    """One paragraph on the whole corpus: documents, outlets, the original, the derivation classes.

    Example:
        >>> from corpus_tools import analyze, load_corpus
        >>> overview(analyze(load_corpus("seeds"))).split(".")[0]
        '3 documents from 1 named outlet (Reuters 1) and 2 whose outlet is unknown'
    """
    a = _analysis(analysis)
    corpus = a.corpus
    outlets = corpus["outlet"].astype(str).value_counts()
    unknown = int(outlets[[o for o in outlets.index if o in ("", "unknown", "nan")]].sum())
    known = outlets[[o for o in outlets.index if o not in ("", "unknown", "nan")]]
    text = f"{_plural(len(corpus), 'document')}"
    if len(known):
        named = ", ".join(f"{o} {n}" for o, n in known.items())
        text += f" from {_plural(len(known), 'named outlet')} ({named})"
    if unknown:
        text += f"{' and' if len(known) else ','} {unknown} whose outlet is unknown"
    text += "."
    src = a.source
    files = sent_order(corpus, list(witness_docs(corpus, src))) if src is not None else []
    if src is not None and files == [src]:
        text += f" The most likely original is {src} ({_who(corpus, src)})."
    elif files:
        text += f" The most likely original is {src} ({_who_files(corpus, files)}: {', '.join(files)})."
    n_copies = len(_copies(a))
    if n_copies:
        verb = "is a copy of another document" if n_copies == 1 else "are copies of other documents"
        text += f" {_plural(n_copies, 'document')} {verb}, analysed once (the copies table)."
    der = _frame(a, "derivation")
    if len(der):
        n = der["derivation"].value_counts()
        text += (
            f" Of the {_plural(len(der), 'other document')}, {int(n.get('wholly_derived', 0))} "
            f"{'is' if n.get('wholly_derived', 0) == 1 else 'are'} wholly derived from it, "
            f"{int(n.get('partially_derived', 0))} partially and {int(n.get('non_derived', 0))} not at all."
        )
    return text
