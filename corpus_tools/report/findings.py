"""Findings in plain words, written from the frames: one paragraph per document.

:func:`findings` gives the text a notebook's "What it shows" cell or the report
opens with; :func:`overview` one paragraph on the whole corpus. Every figure comes
from the frames of :func:`corpus_tools.analyze`, so the prose follows any corpus.
A version's class is told in the measures that decided it (the shares the derivation model
reads, or what it adds of its own and how many of its words the source holds: the ``rule`` of
:func:`corpus_tools.reuse.derivation.classify_documents`); a class flagged ``check`` is told as
the two classes it lies between ("partially or wholly derived: check"); how it was taken is told in one
measure everywhere, the share of its words that lie in sentences taken from the
source (``derived_share``).
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from corpus_tools.analysis import Analysis
from corpus_tools.io.corpus import require_columns
from corpus_tools.report.labels import category_label, columns, plain
from corpus_tools.reuse.documents import witness_docs

__all__ = ["FINDINGS_COLUMNS", "TOPICS", "findings", "overview", "segments"]

#: what a paragraph can speak of, in order
TOPICS = ("reuse", "changes", "style", "speakers")

#: a piece of a paragraph: plain text, or (text, link target) for a figure the report links
Segment = str | tuple[str, str]


#: frame -> the columns the findings read of it
FINDINGS_COLUMNS: dict[str, list[str]] = {
    "alignment": ["doc_id", "reuse_class"],
    "coverage": ["doc_id", "status"],
    "derivation": [
        "doc_id",
        "derivation",
        "rule",
        "novel_words",
        "novel_facts",
        "word_containment",
        "longest_passage",
        "derived_share",
        "verbatim_share",
        "near_verbatim_share",
        "rewritten_share",
        "new_share",
        "novel_word_share",
        "probability",
        "runner_up",
        "check",
    ],
    "origin": ["doc_id", "source_doc_id", "is_best_parent", "direction"],
    "copies": ["doc_id", "copy_of", "kind", "containment"],
    "variants": ["doc_id", "category", "source_form", "form"],
    "house_style": ["doc_id", "dimension", "style", "n", "n_total"],
    "speaker_summary": ["doc_id", "sources", "named_sources", "anonymous_sources", "agency_attributions"],
    "speaker_survival": ["doc_id", "speaker", "status"],
}


def _frame(a: Analysis, name: str) -> pd.DataFrame:
    """The columns the findings read of ``a``'s frame ``name``; no rows when the stage was not run."""
    frame = getattr(a, name)
    wanted = FINDINGS_COLUMNS[name]
    return columns(frame if frame is not None else pd.DataFrame(columns=wanted), name, wanted)


def _pct(x: float) -> str:
    return f"{x:.0%}"


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


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


def _rows(frame: pd.DataFrame, doc: str) -> pd.DataFrame:
    return frame[frame["doc_id"].astype(str) == doc]


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
    if rule == "few_new_words":
        if int(d["novel_words"]) == 0 and int(d["novel_facts"]) == 0:
            return [" it adds ", ("no word", table), f" of its own to {src}'s."]
        facts = (_plural(int(d["novel_facts"]), "name or number", "names or numbers"), table)
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
    if rule == "new_words_shared":
        return [" it adds ", own, " of its own, and ", found, f" of its words are found in {src}."]
    return [" it adds ", own, " of its own, and only ", found, f" of its words are found in {src}."]


def _reuse(doc: str, src: str, a: Analysis) -> list[Segment]:
    der = _rows(_frame(a, "derivation"), doc)
    if not len(der):
        return []
    d = der.iloc[0]
    cls = str(d["derivation"])
    if bool(d["check"]):
        pair = _CHECK_PAIRS[frozenset((cls, str(d["runner_up"])))]
        return ["is ", (f"{pair}: check", "t-derivation"), f". Against {src},", *_decided(d, src)]
    if cls == "non_derived":
        return [f"is not derived from {src}:", *_decided(d, src)]
    out: list[Segment] = [
        "is ",
        (category_label(cls), "t-derivation"),
        f" from {src}:",
        *_decided(d, src),
        " ",
        (_pct(d["derived_share"]), f"view-{doc}"),
        f" of its words are in sentences taken from {src} ({_pct(d['verbatim_share'])} verbatim, "
        f"{_pct(d['near_verbatim_share'])} lightly edited, {_pct(d['rewritten_share'])} rewritten); "
        f"{_pct(d['new_share'])} is new.",
    ]
    cov = _rows(_frame(a, "coverage"), doc)
    if len(cov):
        kept = int((cov["status"] != "dropped").sum())
        out += [
            " It keeps ",
            (f"{kept} of {src}'s {len(cov)} sentences", f"view-{doc}"),
            f" and drops {len(cov) - kept}",
        ]
        al = _rows(_frame(a, "alignment"), doc)
        new = int((al["reuse_class"] == "new").sum()) if len(al) else 0
        out.append(f"; it adds {_plural(new, 'new sentence')}.")
    return out


def _parent(doc: str, src: str, a: Analysis) -> list[Segment]:
    edges = _frame(a, "origin")
    best = edges[(edges["doc_id"].astype(str) == doc) & edges["is_best_parent"].astype(bool)]
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
    counts = var["category"].value_counts()
    parts = []
    for cat, n in counts.head(3).items():
        ex = var[(var["category"] == cat) & (var["source_form"].astype(str).str.strip() != "")]
        ex = ex[ex["form"].astype(str).str.strip() != ""]
        eg = ""
        if len(ex) and cat not in ("quotation_or_apostrophe", "punctuation_other"):
            e = ex.iloc[0]
            eg = f", e.g. “{plain(e['source_form']).strip()}” → “{plain(e['form']).strip()}”"
        parts.append(f"{category_label(cat)} ({n}{eg})")
    return [
        " Its ",
        (_plural(len(var), "word-level change"), "t-variants"),
        " are mostly " + "; ".join(parts) + ".",
    ]


def _style(doc: str, src: str, a: Analysis, files: list[str] | None = None) -> list[Segment]:
    hs = _frame(a, "house_style")
    if not len(hs):
        return []
    hs = hs[(hs["dimension"] != "variants") & (hs["n_total"] > 0)]

    def dominant(ds: list[str]) -> dict[str, str]:  # the most used style, a group's files pooled
        n = hs[hs["doc_id"].astype(str).isin(ds)].groupby(["dimension", "style"], sort=False)["n"].sum()
        top = n[n > 0].sort_values(ascending=False, kind="stable").reset_index().drop_duplicates("dimension")
        return dict(zip(top["dimension"], top["style"], strict=True))

    a, b = dominant([doc]), dominant(files or [src])
    diffs = [
        f"{dim.replace('_', ' ')} {a[dim].replace('_', ' ')} ({src}: {b[dim].replace('_', ' ')})"
        for dim in a
        if dim in b and a[dim] != b[dim]
    ]
    if not diffs:
        return [f" Its house style matches {src}'s."]
    return [" Its ", ("house style", "t-house_style"), f" differs from {src}'s: " + "; ".join(diffs) + "."]


def _speakers(doc: str, src: str | None, a: Analysis) -> list[Segment]:
    out: list[Segment] = []
    summ = _rows(_frame(a, "speaker_summary"), doc)
    if len(summ):
        r = summ.iloc[0]
        out += [
            " It quotes ",
            (_plural(int(r["sources"]), "distinct speaker"), "t-speaker_summary"),
            f" ({int(r['named_sources'])} named, {int(r['anonymous_sources'])} anonymous)",
        ]
        agency = int(r["agency_attributions"])
        out.append(f", {agency} of its attributions through a news agency." if agency else ".")
    sv = _rows(_frame(a, "speaker_survival"), doc)
    if src is not None and doc != src and len(sv):
        n = sv["status"].value_counts()
        dropped = sv[sv["status"] == "dropped"]["speaker"].map(lambda s: plain(s).strip())
        eg = "; ".join(f"“{s}”" for s in dropped.head(3))
        out += [
            f" Of {src}'s {len(sv)} speakers it ",
            (f"keeps {int(n.get('kept', 0))}", "t-speaker_survival"),
        ]
        if n.get("kept_other_statement", 0):
            out.append(f" (quoting {int(n['kept_other_statement'])} of them on something else)")
        out.append(f", re-attributes {int(n.get('re_attributed', 0))} and drops {int(n.get('dropped', 0))}")
        out.append(f" ({eg})." if eg else ".")
    return out


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
    corpus, src = a.corpus, a.source
    files = list(witness_docs(corpus, src)) if src is not None else []
    grouped = files != [src]
    copies = _copies(a)
    out = {}
    for doc in map(str, corpus.index):
        segs: list[Segment] = [f"{doc} ({_who(corpus, doc)})"]
        if doc in copies:
            out[doc] = [*segs, copies[doc]]
            continue
        if doc == src:
            why = _why_origin(src, a)
            segs.append(f" is the most likely original{why}, so each version is compared with it.")
        elif grouped and doc in files:
            why = _why_origin(src, a)
            segs.append(
                f" is file {files.index(doc) + 1} of the {len(files)} that make up {src}, the most likely"
                f" original{why}; each version is compared with {src}'s files as one source."
            )
        elif "reuse" in topics:
            reuse = _reuse(doc, src, a)
            segs += [" ", *reuse] if reuse else [" was not compared with a source."]
            segs += _parent(doc, src, a)
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
        >>> text["000"][75:].split(".")[0]
        'it adds only 1 word and 1 name or number that 001 does not have'
    """
    return {d: _text(s) for d, s in segments(analysis, topics=topics).items()}


def overview(analysis: Analysis) -> str:
    """One paragraph on the whole corpus: documents, outlets, the original, the derivation classes.

    Example:
        >>> from corpus_tools import analyze, load_corpus
        >>> overview(analyze(load_corpus("seeds")))[:60]
        '3 documents from 2 outlets (unknown 2, Reuters 1). The most '
    """
    a = _analysis(analysis)
    corpus = a.corpus
    outlets = corpus["outlet"].astype(str).value_counts()
    text = (
        f"{_plural(len(corpus), 'document')} from {_plural(len(outlets), 'outlet')} ("
        + ", ".join(f"{o} {n}" for o, n in outlets.items())
        + ")."
    )
    src = a.source
    files = list(witness_docs(corpus, src)) if src is not None else []
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
