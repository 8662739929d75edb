"""What changed in substance between a version and its parent: facts first, style last.

For each edge of the family tree (:func:`corpus_tools.reuse.family.family`), the
bodies of the two versions are split into sentences and the sentences paired
one to one by their words (greedy, most similar first, at least ``threshold``
Dice similarity of the word keys). Each change is one row, in this order:

1. **facts**: numbers, dates and names (capitalised phrases: people, organisations,
   places) added, cut or changed. A number changed inside a paired sentence
   ("two" -> "three killed") comes first. A fact counts as cut only when the
   version does not hold it anywhere, and as added only when the parent does
   not: text that moved is not a fact change.
2. **quotes**: given the speaker survival of each version against its parent
   (:func:`corpus_tools.attribution.survival.speaker_survival`, as
   ``analyze(corpus, against="parent")`` computes it, and as :func:`corpus_tools.analyze`
   passes it), the speakers it says were dropped (``cut``), ``re-attributed`` or
   ``relabelled``, and the statements of a kept speaker it no longer follows (``cut``): the
   same rows as the survival table. Statements added and ``shortened`` (the version keeps
   less than ``shortened`` of the words) are read from the text, which the survival table
   does not cover. Without a survival frame, all of it is read from the text: statements (a
   quote mark or a reporting verb) added, cut, shortened or re-attributed (a paired
   statement whose names outside the quote marks differ).
3. **claims**: sentences with NewsEdits' four edit kinds (Spangher et al., NAACL
   2022): ``addition``, ``deletion``, ``edit`` (paired, words changed beyond
   style) and ``moved`` (paired, out of order: their "refactor").
4. **headline**: the headline change, from the ``headline`` column, or a first
   line the cleaning marked as headline.
5. **style**: one row, one line of counts of quote marks, spellings,
   abbreviations and formats changed: :func:`corpus_tools.variants.style.style_counts` of the
   variants of the version against its parent (:func:`corpus_tools.variants.lexical.extract_variants`),
   the same count the findings print, so an edge whose parent is the source has the variants
   table's numbers (issues #22, #23); the detail stays in the variants table.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from corpus_tools.io.corpus import UNKNOWN, from_records, require_columns
from corpus_tools.reuse.family import body_text, family
from corpus_tools.text.cleaning import clean_text
from corpus_tools.variants.edge_style import (
    CHANGE_COLUMNS,
    add_style,
    family_edges,
    near_copies,
    near_copy_line,
    pair_slicer,
    style_row,
    style_rows,
)
from corpus_tools.variants.fact_changes import fact_rows
from corpus_tools.variants.facts import QUOTE_RE, split_sentences, word_keys
from corpus_tools.variants.lexical import categorize, extract_variants
from corpus_tools.variants.quote_changes import (
    SURVIVAL_READ,
    edge_survival,
    is_statement,
    statement_speakers,
    survival_rows,
    text_note,
)
from corpus_tools.variants.sentence_pairs import moved_pairs, pair_by_words, pair_sentences, word_diff
from corpus_tools.variants.style import STYLE_WORDS, check_variants, style_counts, style_line

__all__ = [
    "CHANGE_COLUMNS",
    "SECTIONS",
    "add_style",
    "changes",
    "edge_summary",
    "near_copy_line",
    "pair_changes",
    "pair_sentences",
    "style_rows",
]

SECTIONS = ("fact", "quote", "claim", "headline", "style")


def _headline(corpus: pd.DataFrame, doc: str) -> str | None:
    if "headline" in corpus.columns:
        v = corpus.at[doc, "headline"]
        if isinstance(v, str) and v.strip() and v != UNKNOWN:
            return v.strip()
    c = clean_text(corpus.at[doc, "text"])
    return next((c.text[p.start : p.end].strip() for p in c.paragraphs if p.kind == "headline"), None)


def _sentence_rows(cs: list[str], ps: list[str], pairs: dict[int, int], shortened: float) -> list:
    """Quote and claim rows of the paired sentences (a pair whose words differ only in style,
    :data:`STYLE_WORDS`, is no edit; the style counts are :func:`style_rows`')."""
    quotes, claims = [], []
    moved = moved_pairs(pairs)
    for i, s in enumerate(cs):
        if i not in pairs:
            claims.append(("claim", "addition", "added", "", s, s, ""))
            if is_statement(s):
                quotes.append(("quote", "statement", "added", "", s, s, ""))
            continue
        p = ps[pairs[i]]
        diffs = word_diff(p, s)
        kinds = [categorize(a, b) for a, b in diffs]
        substantive = any(k not in STYLE_WORDS for k in kinds)
        if i in moved:
            claims.append(("claim", "moved", "moved", p, s, s, p))
        elif substantive:
            claims.append(("claim", "edit", "edited", p, s, s, p))
        if substantive and is_statement(p) and is_statement(s):
            if len(word_keys(s)) < shortened * len(word_keys(p)):
                quotes.append(("quote", "statement", "shortened", p, s, s, p))
            elif (statement_speakers(p) ^ statement_speakers(s)) and QUOTE_RE.search(s):
                sp, ss = statement_speakers(p), statement_speakers(s)
                who_p, who_s = sorted(sp - ss), sorted(ss - sp)
                quotes.append(("quote", "speaker", "re-attributed", "; ".join(who_p), "; ".join(who_s), s, p))
    for j in sorted(set(range(len(ps))) - set(pairs.values())):
        claims.append(("claim", "deletion", "cut", ps[j], "", "", ps[j]))
        if is_statement(ps[j]):
            quotes.append(("quote", "statement", "cut", ps[j], "", "", ps[j]))
    return quotes + claims


def _published(corpus: pd.DataFrame, doc: str) -> object:
    return corpus.at[doc, "published"] if "published" in corpus.columns else None


def pair_changes(
    text: str,
    parent_text: str,
    *,
    headline: str | None = None,
    parent_headline: str | None = None,
    threshold: float = 0.5,
    shortened: float = 0.8,
    survival: pd.DataFrame | None = None,
    published: object = None,
    parent_published: object = None,
    variants: pd.DataFrame | None = None,
    style: bool = True,
    model=None,
) -> pd.DataFrame:
    """The changes from ``parent_text`` to ``text`` (raw texts), columns of :data:`CHANGE_COLUMNS`
    without the two ids (see :func:`changes`; ``survival``: the speaker survival rows of this
    version against this parent; ``published``, ``parent_published``: the days the two were
    written, which relative dates are read against: "this year" = "1987"; ``variants``: the
    variants of this version against this parent, whose :func:`style_counts` are the style
    row; None: extracted here from the two texts (parsed: ``model``); ``style`` False: no style row)."""
    cb, pb = body_text(text), body_text(parent_text)
    cs, ps = split_sentences(cb), split_sentences(pb)
    pairs = pair_by_words([word_keys(s) for s in cs], [word_keys(s) for s in ps], threshold)
    rows = fact_rows(cs, ps, pairs, cb, pb, published=published, parent_published=parent_published)
    sent_rows = _sentence_rows(cs, ps, pairs, shortened)
    if survival is not None:
        quotes = [r for r in sent_rows if r[0] == "quote"]
        sent_rows = survival_rows(survival, quotes) + [r for r in sent_rows if r[0] != "quote"]
    rows += sent_rows
    if headline and parent_headline and headline.strip().lower() != parent_headline.strip().lower():
        rows.append(("headline", "headline", "changed", parent_headline, headline, "", ""))
    if style and variants is None:
        pair = from_records([{"doc_id": "parent", "text": parent_text}, {"doc_id": "version", "text": text}])
        variants = extract_variants(pair, source="parent", model=model)
    if style and (line := style_line(style_counts(variants))):
        rows.append(style_row(line))
    return pd.DataFrame(rows, columns=CHANGE_COLUMNS[2:])


def _pair_variants(corpus: pd.DataFrame, docs: list[str], pdocs: list[str], model) -> pd.DataFrame:
    """The variants of versions ``docs`` against the files ``pdocs``, extracted for the two alone."""
    sub = corpus[corpus.index.astype(str).isin([*docs, *pdocs])]
    return extract_variants(sub, source=pdocs[0] if len(pdocs) == 1 else list(pdocs), model=model)


def changes(
    corpus: pd.DataFrame,
    *,
    family_frame: pd.DataFrame | None = None,
    survival: pd.DataFrame | None = None,
    variants: pd.DataFrame | None = None,
    style: bool = True,
    threshold: float = 0.5,
    shortened: float = 0.8,
    model=None,
    copies: pd.DataFrame | None = None,
    quotes: str = "survival",
) -> pd.DataFrame:
    """What changed in substance along every edge of the family tree, facts first.

    Args:
        corpus: the corpus frame; ``headline`` is read when present.
        family_frame: the frame of :func:`corpus_tools.reuse.family.family` (computed when None).
        survival: the speaker survival of each version against its parent (columns of
            :func:`corpus_tools.attribution.survival.speaker_survival`; ``source_doc_id`` a
            member of the parent witness): the quotes are read from it (see the module's
            docstring). None: computed here the way :func:`corpus_tools.analyze` does
            (:func:`~.quote_changes.edge_survival`: once per parent, on it and its children), so
            ``changes(corpus)`` and the report give one count for one edge (issue #22); read from
            the text only when no spaCy pipeline is installed, and then each edge says so in a
            quote row of ``kind`` ``note`` (``change`` "read from the text", ``before`` why).
        variants: the variants of each version against its parent (columns of
            :func:`corpus_tools.variants.lexical.extract_variants`, ``source_doc_id`` a member of
            the parent witness, as ``analyze(corpus, against="parent")`` gives): each edge's style
            row counts its rows (:func:`style_rows`). None: extracted here, edge by edge, for the
            two witnesses alone (they are parsed: ``model``).
        style: False: no style rows (:func:`corpus_tools.analyze` adds them with :func:`add_style`
            where the variants are computed).
        threshold: smallest Dice similarity, in [0, 1], of the word keys of two
            sentences to pair them (0.5: a sentence keeping half its words is an edit of it).
        shortened: a statement keeping less than this share of its words, in [0, 1], is shortened.
        model: spaCy pipeline, used only to compute ``survival`` and ``variants`` when not given.
        copies: the frame of :func:`corpus_tools.reuse.copies.find_copies` whose copies the given
            ``variants`` leave out (``analyze`` sets them aside): the edge of a ``near`` copy gets
            its style row from its own variants against its parent, extracted here (issue #23).
        quotes: ``survival`` (as above) or ``text``: the quotes read from the text, each edge
            with its note (``analyze`` on a tree above ``max_edges`` edges, where it runs no
            survival per parent: :func:`corpus_tools.analysis.parent_frames`).

    Returns:
        One row per change, edge by edge in corpus order, sections in the order of
        :data:`SECTIONS`: ``doc_id``, ``parent_doc_id`` (one row set per parent,
        the second parent of a merge included); ``section`` (``fact``, ``quote``,
        ``claim``, ``headline``, ``style``); ``kind`` (a fact's ``number``,
        ``date`` or ``name``; ``statement`` or ``speaker`` for quotes; NewsEdits'
        ``addition``, ``deletion``, ``edit``, ``moved`` for claims; ``headline``;
        ``style``); ``change`` (``added``, ``cut``, ``changed``, ``shortened``,
        ``re-attributed``, ``edited``, ``moved``); ``before`` and ``after``
        (the parent's and the version's text; the style row's ``after`` is its one
        line); ``sentence`` and ``parent_sentence`` (where it was read, "" if none).
        Members of a group are compared as one witness, their texts joined. A quote row
        from the survival table: ``kind`` ``speaker``, ``before`` the parent's speaker,
        ``after`` who the statements went to (``became``); a statement cut of a kept
        speaker: ``before`` "speaker: n of m" statements. ``attrs["quotes"]``: ``survival``
        or ``text`` (no spaCy pipeline), where the quote rows were read.

    Example:
        >>> ch = changes(load_corpus("seeds"))
        >>> ch.query("doc_id == '002' and section == 'fact' and change == 'cut'").before.tolist()[:3]
        ['Oman', 'Friday', 'U.S. State Department']
    """
    require_columns(corpus, ["text"], "changes")
    fam = family_frame if family_frame is not None else family(corpus)
    lacking = [c for c in SURVIVAL_READ if survival is not None and c not in survival.columns]
    if lacking:
        raise ValueError(
            f"survival lacks column(s) {lacking}; pass the frame of corpus_tools.speaker_survival"
        )
    if variants is not None:
        check_variants(variants, "changes")
        cut = pair_slicer(variants)
    if quotes not in ("survival", "text"):
        raise ValueError(f"quotes must be 'survival' or 'text', got {quotes!r}")
    note = None
    if quotes == "text":
        survival, note = None, text_note("quotes='text'")
    elif survival is None and (survival := edge_survival(corpus, fam, model=model)) is None:
        note = text_note("no spaCy pipeline")
    near = near_copies(copies)
    texts = {str(d): t for d, t in corpus["text"].items()}
    frames = []
    for w, docs, parent, pdocs, row in family_edges(fam):
        same_raw = [texts[d] for d in docs] == [texts[d] for d in pdocs]
        if row.get("relation") == "identical" and same_raw and "headline" not in corpus.columns:
            continue  # the same bytes and no headline column: nothing changed
        head = _headline(corpus, docs[0]) if len(docs) == 1 else None
        phead = _headline(corpus, pdocs[0]) if len(pdocs) == 1 else None
        pv = None
        if style:
            pv = cut(docs, pdocs) if variants is not None else None
            if pv is None or (not len(pv) and near.intersection(docs)):  # a near copy: not in ``variants``
                pv = _pair_variants(corpus, docs, pdocs, model)
        if row.get("relation") == "identical" and parent == row["parent_doc_id"]:
            # the same body: only the headline and the style (quote marks the cleaning reads alike) differ
            ch = pair_changes("", "", headline=head, parent_headline=phead, variants=pv, style=style)
        else:
            ch = pair_changes(
                "\n\n".join(texts[d] for d in docs),
                "\n\n".join(texts[d] for d in pdocs),
                headline=head,
                parent_headline=phead,
                threshold=threshold,
                shortened=shortened,
                published=_published(corpus, docs[0]),
                parent_published=_published(corpus, pdocs[0]),
                survival=None
                if survival is None
                else survival[
                    survival["doc_id"].astype(str).isin(docs)
                    & survival["source_doc_id"].astype(str).isin(pdocs)
                ],
                variants=pv,
                style=style,
            )
        if note:  # the note first among the edge's quote rows
            ch = pd.concat([ch, pd.DataFrame([note], columns=ch.columns)], ignore_index=True)
            order = ch["section"].map({s: k for k, s in enumerate(SECTIONS)}) - ch["kind"].eq("note")
            ch = ch.iloc[order.argsort(kind="stable")].reset_index(drop=True)
        ch.insert(0, "parent_doc_id", parent)
        ch.insert(0, "doc_id", w)
        frames.append(ch)
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=CHANGE_COLUMNS)
    out.attrs["style"] = style
    out.attrs["quotes"] = "text" if note else "survival"
    return out


def edge_summary(edge: pd.DataFrame, *, limit: int = 3) -> str:
    """One line for an edge's changes (rows of :func:`changes`), facts first:
    "2 → 3; −Oman; +1 quote; +2 sentences, −4"."""
    rows = list(
        zip(edge["section"], edge["kind"], edge["change"], edge["before"], edge["after"], strict=True)
    )
    facts_ = [r for r in rows if r[0] == "fact"]
    parts = [f"{b} → {a}" for _, _, c, b, a in facts_ if c == "changed"][:limit]
    for change, sign, col in (("added", "+", 4), ("cut", "−", 3)):
        names = [r[col] for r in facts_ if r[2] == change][:limit]
        if names:
            parts.append(", ".join(sign + n for n in names))
    for kind, noun in (("speaker", "speaker"), ("statement", "quote")):
        quotes = Counter(r[2] for r in rows if r[0] == "quote" and r[1] == kind)
        parts += [
            f"{n} {noun}{'s' if n > 1 else ''} {c}"
            for c, n in sorted(quotes.items(), key=lambda kv: (-kv[1], kv[0]))
        ]
    if any(r[0] == "quote" and r[1] == "note" for r in rows):
        parts.append("quotes read from the text")
    claims = Counter(r[1] for r in rows if r[0] == "claim")
    if claims["addition"] or claims["deletion"]:
        parts.append(f"+{claims['addition']}/−{claims['deletion']} sentences")
    if any(r[0] == "headline" for r in rows):
        parts.append("new headline")
    return "; ".join(parts) if parts else "no change in substance"
