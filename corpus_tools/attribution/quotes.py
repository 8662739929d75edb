"""Quotations: where quote marks open and close, the quote type of an attribution, and quote
types borrowed across versions for a text that lost its marks.

Unbalanced marks never raise: an unclosed quotation runs to the end of its paragraph, as in
news style. Attribution objects passed here need ``span``, ``cue_span``, ``content`` (cleaned
offsets) and ``cue`` (see :func:`corpus_tools.attribution.attributions.attributions`).
"""

from __future__ import annotations

import re
from bisect import bisect_left

import pandas as pd

from corpus_tools.attribution.nested_reports import nested_report
from corpus_tools.text.sentences import match_key, word_tokens

__all__ = [
    "FIRST_PERSON",
    "OPENERS",
    "blank_spans",
    "borrow_quote_types",
    "colon_before_quote",
    "quote_beside",
    "quote_segments",
    "quotation_extent",
    "quotations",
    "quote_type",
    "quoted_cue",
    "single_opened",
    "single_quotations",
    "single_quoted",
    "widen_to_quotes",
]

#: first-person words: content in the first person reads as a direct quotation when marks are lost
FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|me|my|My)\b")


def blank_spans(text: str, spans, offset: int = 0) -> str:
    """``text`` with ``spans`` (offsets of a longer text, ``text`` starting at ``offset``) blanked
    to spaces: what a paragraph says outside the quotations its own cues attribute. A paragraph
    that continues the last speaker's quotation without marks shows it by the first person there;
    in "Judge X banned her. He told her ... 'I am satisfied ...,' he added." the "I" is inside the
    quotation "he added" closes, the judge's (express 13-15 of the claims audit, round 9).

    Example:
        >>> blank_spans("He said: I know.", [(19, 25)], offset=10)
        'He said:       .'
    """
    for a, b in spans:
        lo, hi = min(len(text), max(0, a - offset)), min(len(text), max(0, b - offset))
        text = text[:lo] + " " * (hi - lo) + text[hi:]
    return text


def quote_segments(text: str) -> list[tuple[int, int]]:
    """Spans inside double quote marks in cleaned text; an unclosed quote runs to the paragraph end.
    Wire and newspaper styles that write a double quote as two marks (``...'' or ''...'') count.
    A hard line break inside a sentence (after a word, not after sentence punctuation: "1,028, or
    <newline>45.5 pct") is a wrapped line, not a paragraph end."""
    spans, open_at = [], None
    for m in re.finditer(r"\"|``|''|\n", text):
        if m.group() == "\n" and m.start() and text[m.start() - 1].isalnum():
            continue  # a wrapped line
        if m.group() == "\n":
            if open_at is not None:
                spans.append((open_at, m.start()))
            open_at = None
        elif open_at is None:
            open_at = m.end()
        else:
            spans.append((open_at, m.start()))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


#: the marks that open a quotation at a paragraph's start
OPENERS = ('"', "``", "''")


def colon_before_quote(att, text: str, max_words: int = 4) -> bool:
    """Whether a cue ends its paragraph with a colon after at most ``max_words`` words ("issued the
    following statement:"), its content (if any) before the speaker or in those words: what it
    introduces is the quotation that opens the next paragraph. ``att`` has the cleaned offsets
    ``cue_span``, ``content`` and ``span`` (the speaker's) of an attribution."""
    rest, (a, b) = text[att.cue_span[1] :].strip(" ,"), att.content
    return (
        rest.endswith(":")
        and len(rest[:-1].split()) <= max_words
        and not any(q in rest for q in ('"', "``", "''"))
        and (a == b or b <= att.span[0] or a >= att.cue_span[1])
    )


def quoted_cue(speaker: int, cue: int, inside, text: str, end: int, below: str = "") -> bool:
    """Whether a cue (its speaker's and its own start) stands inside a quotation of its paragraph
    (``inside``, ending at ``end``), so is part of it, not an attribution of its own: one closed in
    the paragraph, or one left open at its end that the next paragraph (``below``) carries on, as
    a quotation running over paragraphs is written ('"The prosecution say this was ...' then
    '"Mr Jones was ...'). A cue after a comma that follows its speaker ('"We will talk, the
    minister said.' with the mark left open) is the minister's, though, when the words end with
    the cue; "``However, Ann's case ... underlines how ..." goes on: the quotation's own clause
    (TUNE_19's 16.07.99/vagrants, ``benchmarks/claims_tune19.md``, kind K1)."""
    if any(qa <= cue < qb and text[qb : qb + 1] in ('"', "'") for qa, qb in inside):
        return True
    tag = re.match(r"[\w-]+(?: [\w-]+){0,2}\s*(?:[.,;!?'\"]|$)", text[cue:end])  # "the minister said."
    carried = below.lstrip().startswith(OPENERS) and not (
        text[:speaker].rstrip().endswith(",")
        and speaker < cue
        and tag is not None
        and not nested_report(cue, text, end)
    )  # "On the Friday, the defendant was heard to say `...'": a report inside the quotation
    return carried and any(qa <= cue < qb and not text[qb:end].strip() for qa, qb in inside)


def widen_to_quotes(
    content: tuple[int, int], cue: tuple[int, int], quotes, text: str | None = None
) -> tuple[int, int]:
    """Widen a content span to the quotations it touches, and to a quotation next to the cue (with
    ``text``, the cleaned text, one after the end of the cue's sentence only if the content is a
    quotation: '"A," she said. "B."' is one statement; 'A, she said. "B."' two)."""
    a, b = content
    quoted = text is None or any(qa < b and a < qb for qa, qb in quotes)
    for qa, qb in quotes:
        touches = qa < b and a < qb
        after = 0 <= qa - cue[1] <= 3 and (quoted or "." not in text[cue[1] : qa])
        beside = after or 0 <= cue[0] - qb <= 3 and touches is False and qb > a
        if touches or (beside and not (qa < cue[1] and cue[0] < qb)):
            a, b = min(a, qa), max(b, qb)
    return a, b


def quote_beside(att, quotes, gap: int = 4, text: str | None = None) -> tuple[int, int] | None:
    """The quotation just before or after the cue and speaker ('X said: "..."', '"...," said X'),
    when the content found in the parse holds no quotation. ``gap``: characters of punctuation
    and space between them (a comma, a colon, a quote mark and a space). With ``text`` (the
    cleaned text), a spoken quotation just before ('"...," he said of X', '"No!" the crowd
    cried out') is the content even when the parse found words after the cue."""
    a, b = att.content
    lo, hi = min(att.span[0], att.cue_span[0]), max(att.span[1], att.cue_span[1])
    if a < b and any(qa < b and a < qb for qa, qb in quotes):
        return None  # the parse found the content: it holds a quotation
    after = [q for q in quotes if 0 <= q[0] - hi <= gap]
    if text is not None and a < b:  # '..., she said. "If ..."': the next sentence is not this content
        after = [q for q in after if "." not in text[hi : q[0]]]
    before = [q for q in quotes if 0 <= lo - q[1] <= gap]
    spoken = [q for q in before if text is not None and text[q[1] - 1 : q[1]] in (",", "?", "!")]
    if a < b and 0 <= a - att.cue_span[1] <= gap + 5 and not spoken:
        return None  # the parse found the content after the cue ('"...," he said of X' takes the quotation)
    return (after or before or [None])[0]


def quote_type(att, text: str, quotes, evidence: str) -> str:
    a, b = att.content
    first_person = bool(FIRST_PERSON.search(text[a:b]))
    if evidence == "quote_marks":
        inside = sum(max(0, min(qb, b) - max(qa, a)) for qa, qb in quotes)
        share = inside / max(1, b - a)
        return "direct" if share >= 0.8 else "mixed" if share > 0 else "indirect"
    if evidence == "no_quote_marks" or att.cue == "according to":
        return "direct" if first_person and att.cue != "according to" else "indirect"
    postposed = b <= att.span[0]
    colon = ":" in text[att.cue_span[1] : a]
    return "direct" if (postposed or colon or first_person) else "indirect"


def borrow_quote_types(rows: pd.DataFrame, corpus: pd.DataFrame, alignment, min_dice: float) -> pd.DataFrame:
    """A text that lost its quote marks takes the quote type of the same statement in a version
    that kept them (``quote_evidence`` = ``quote_marks in <doc_id>``). The statements are paired
    by ``alignment`` (sentences aligned between the two documents) when it covers the pair, else by
    the words of their content (Dice of :func:`~corpus_tools.text.sentences.match_key` >= ``min_dice``)."""
    inferred = rows.index[rows["quote_evidence"] == "inferred"]
    marked = sorted(set(rows.loc[rows["quote_evidence"] == "quote_marks", "doc_id"]))
    if not len(inferred) or not marked:
        return rows
    pairs = set()
    for r in (alignment if alignment is not None else pd.DataFrame()).itertuples():
        for s in r.source_sent_ids:
            pairs |= {(r.doc_id, r.sent_id, r.source_doc_id, s), (r.source_doc_id, s, r.doc_id, r.sent_id)}
    covered = {(p[0], p[2]) for p in pairs}
    docs = set(rows.loc[inferred, "doc_id"]) | set(marked)
    keys = {}  # doc_id -> (token starts, their match keys), in text order
    for d in docs:
        toks = word_tokens(corpus.loc[d, "text"], body_only=False)
        keys[d] = ([t.start for t in toks], [match_key(t.norm) for t in toks])
    words = {}
    for i, d, a, b in zip(
        rows.index, rows["doc_id"], rows["content_start"], rows["content_end"], strict=True
    ):
        if d in docs:
            starts, ks = keys[d]
            words[i] = set(ks[bisect_left(starts, a) : bisect_left(starts, b)])
    sent_of, type_of = rows["sent_id"].to_dict(), rows["quote_type"].to_dict()
    by_doc = {k: list(g) for k, g in rows.groupby(["doc_id", "speaker_type"]).groups.items()}
    borrowed = {}  # row -> (quote_type, quote_evidence)
    for i, doc_id, sent_id, kind in zip(
        inferred,
        rows.loc[inferred, "doc_id"],
        rows.loc[inferred, "sent_id"],
        rows.loc[inferred, "speaker_type"],
        strict=True,
    ):
        for e in marked:
            cands = by_doc.get((e, kind), [])
            if (doc_id, e) in covered:
                hits = [j for j in cands if (doc_id, sent_id, e, sent_of[j]) in pairs]
            else:
                w = words[i]
                hits = [
                    j for j in cands if w and 2 * len(w & words[j]) >= min_dice * (len(w) + len(words[j]))
                ]
            if hits:
                borrowed[i] = (type_of[hits[0]], f"quote_marks in {e}")
                break
    out = rows.copy()
    if borrowed:
        idx = list(borrowed)
        out.loc[idx, "quote_type"] = [borrowed[i][0] for i in idx]
        out.loc[idx, "quote_evidence"] = [borrowed[i][1] for i in idx]
    return out


_OPEN_SINGLE = re.compile(r"\s*:\s*['\u2018](?=[A-Z])")
_CLOSE_SINGLE = re.compile(r"(?<=[.!?,])['\u2019](?=\s|$)")


def single_quoted(content: tuple[int, int], cue_end: int, text: str, end: int) -> tuple[int, int] | None:
    """The whole of a quotation in single marks that a colon after the cue opens ("Janet Adams told
    the court: 'I ran across the road. I saw Molly ... I knew she was dead.'"), when the parse's
    ``content`` stops at its first sentence: the content widened to the closing mark, a single
    mark after sentence punctuation before ``end`` (the paragraph's end); an apostrophe never
    closes it ("Molly's", "I'm"). None otherwise.

    Example:
        >>> text = "Jo Hale told the court: 'I ran up the stairs. I knew she was dead.' Then she wept."
        >>> a = text.index("I ran")
        >>> text[slice(*single_quoted((a, text.index(" I knew")), text.index(":"), text, len(text)))]
        'I ran up the stairs. I knew she was dead.'
    """
    opened = _OPEN_SINGLE.match(text, cue_end, end)
    if opened is None or not opened.end() - 1 <= content[0] <= opened.end() + 1:
        return None
    closed = _CLOSE_SINGLE.search(text, opened.end(), end)
    return (content[0], closed.start()) if closed and closed.start() > content[1] else None


#: typographic double marks read as straight ones (one character each: offsets are kept)
_STRAIGHT = str.maketrans({"\u201c": '"', "\u201d": '"'})
_OPENS_SINGLE = re.compile(r"(?:^|(?<=[\s:(]))['\u2018]\s*$")
#: a single mark that opens a quotation (at the start, after a space, a colon, a bracket or a
#: dash, before a word) or closes one (after a word or punctuation, before a space, punctuation or
#: the end): the one pattern of both :func:`quotations` and the quotations nested in a source's
#: (:mod:`~.shared_quotes`). It opens with a straight or curly mark or a backtick (PA's copy in
#: METER writes `...' for a quotation in single marks, nested or not: "heard to sing `a little
#: ditty'"); a backtick never closes one, and PA's double marks ``...'' are no single mark
#: a paragraph: a line, or lines broken after a letter or a digit (wrapped)
_PARAGRAPH = re.compile(r"(?:[^\n]|(?<=[^\W_])\n)+")
_SINGLE_MARK = re.compile(
    r"(?P<open>(?:(?<=[\s:(\u2014-])|^)[`'\u2018](?=\w))"
    r"|(?P<close>(?<=[\w.,!?*])['\u2019](?=[\s.,;:!?)\u2014-]|$))"
)


def single_opened(text: str, start: int) -> bool:
    """Whether a single quote mark opens the span that starts at ``start`` (after a space, a colon
    or a paragraph's start): a quotation in single marks, which :func:`quote_type` (reading
    double marks) may have typed indirect ("Ms Evans said: 'On a Wednesday ...'")."""
    return bool(_OPENS_SINGLE.search(text, max(0, start - 3), start))


def quotation_extent(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole of the quotation a quoted content span (``start``, ``end``: offsets of ``text``,
    raw or cleaned) stands in, when an attribution's content stops short of it: its first
    sentence only, or the words before a colon ('Mr Jones told the jury: "I got halfway across.
    It seemed to screech to a halt."' gives the first sentence one row and the second none).
    In double marks (typographic ones too), the quotations of :func:`quote_segments` that the
    span touches. In single marks, when a mark opens it (after a space, a colon or a
    paragraph's start): up to the mark that closes it, counting the quotations nested in it
    ("He said: 'I told him: 'Stop.' He was angry.'" is one quotation), a mark after a word that
    opens (after a space) or closes (before a space or punctuation), an apostrophe inside a word
    neither; a quotation not closed runs to its paragraph's end, as in news style. Otherwise the
    span itself.

    Example:
        >>> text = "He said: 'I told him: 'Stop.' He ran.' Then he wept."
        >>> text[slice(*quotation_extent(text, 10, 28))]
        "I told him: 'Stop.' He ran."
    """
    spans = [(a, b) for a, b in quote_segments(text.translate(_STRAIGHT)) if a < end and start < b]
    if spans:
        return min(start, spans[0][0]), max(end, spans[-1][1])
    if not single_opened(text, start):
        return start, end
    para_end = text.find("\n", end)
    para_end = len(text.rstrip()) if para_end < 0 else len(text[:para_end].rstrip())
    depth = 1
    for m in _SINGLE_MARK.finditer(text, start, para_end):
        depth += 1 if m.group("open") else -1
        if depth == 0:
            return start, max(end, m.start())
    return start, max(end, para_end)


def quotations(text: str) -> list[tuple[int, int]]:
    """Every outermost quotation of ``text`` (raw or cleaned), in order: in double marks those of
    :func:`quote_segments` (typographic marks too), in single marks each run from an opening
    mark to the mark that closes it, nested quotations counted as :func:`quotation_extent`
    counts them (a quotation not closed runs to its paragraph's end; a closing mark with none
    open, "the Joneses' shop", is an apostrophe; single marks inside double ones are nested).

    Example:
        >>> text = "Jo said: 'He told me: 'Stop.' I ran.' It was late. 'Why?' she asked."
        >>> [text[a:b] for a, b in quotations(text)]
        ["He told me: 'Stop.' I ran.", 'Why?']
    """
    double = quote_segments(text.translate(_STRAIGHT))
    single = single_quotations(text)
    inside = [(a, b) for a, b in single if any(qa <= a and b <= qb for qa, qb in double)]
    return sorted(set(double) | (set(single) - set(inside)))


def single_quotations(text: str, closed: bool = False) -> list[tuple[int, int]]:
    """Each outermost quotation in single marks of ``text`` (raw or cleaned; :data:`_SINGLE_MARK`),
    from its opening mark to the mark that closes it, nested ones counted; one not closed runs to
    its paragraph's end, unless ``closed`` (then it is none). A line broken after a word is no
    paragraph's end (a wire's wrapped line, as :func:`quote_segments` reads it).

    Example:
        >>> text = "He was heard to sing `a little\\nditty' and 'Go.' The Joneses' van."
        >>> [text[a:b] for a, b in single_quotations(text)]
        ['a little\\nditty', 'Go.']
    """
    single = []
    for para in _PARAGRAPH.finditer(text):
        depth, opened = 0, None
        for m in _SINGLE_MARK.finditer(text, para.start(), para.end()):
            if m.group("open"):
                depth, opened = depth + 1, m.end() if depth == 0 else opened
            elif depth:
                depth -= 1
                if depth == 0:
                    single.append((opened, m.start()))
        if depth and not closed:
            single.append((opened, len(text[: para.end()].rstrip())))
    return single
