"""Cleaning: the cleaned view of a raw text, with a map back to raw offsets.

Nothing here rewrites the corpus: :func:`clean_text` builds a *cleaned view* of a
raw text together with a character map back to it, so every span the package
reports is an offset into the raw ``text`` column, and ``text[start:end]`` is
always what the file says.

Cleaning finds, per document:

* page chrome: whole paragraphs of navigation, widgets, timestamps ("Last
  updated: 4 min ago"), related-link headers ("MORE FROM ..."), photo captions,
  copyright lines; plus the headline and byline above the body;
* the dateline that opens the body ("LONDON (Reuters) - ");
* typographic quote marks (curly, low, guillemets, primes), straightened, and a straight double
  quote typed for a possessive's apostrophe ("Kuwait"s") read as the apostrophe;
* apostrophes that were stripped ("Iran s" -> "Iran's", "don t" -> "don't");
* quote marks that were stripped before punctuation ("negotiated ." -> "negotiated.");
* wire formatting (Press Association style): control characters and ``<`` that
  mark paragraphs, header rules, the time-stamp/catchline header, sign-offs
  ("mfl", "end", "more"), advisories, ``` ``...'' ``` for quotes, ``#`` for "£" and the
  checked-spelling note "(correct)" after a word;
* hard-wrapped lines joined back into paragraphs (wire copy, and newspaper files
  wrapped at a narrow column inside blank-line paragraphs);
* crossheads: short unpunctuated lines between body paragraphs (tabloid
  sub-headings), marked ``crosshead`` and left out of the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

import numpy as np
import pandas as pd

from corpus_tools.io.corpus import paragraph_spans, require_columns
from corpus_tools.text.chrome import (
    BYLINE,
    DATELINE,
    HEADER_RULE,
    SIGN_OFF,
    WIRE_HEADER,
    chrome_rule,
    is_caps_line,
    is_crosshead,
)
from corpus_tools.text.editor_notes import note_continuations
from corpus_tools.text.layout import BLANK_BREAK, cut_mid_sentence
from corpus_tools.text.once import reads_once

__all__ = [
    "QUOTE_MAP",
    "Cleaned",
    "Edit",
    "Paragraph",
    "checked_spelling_dropped",
    "clean",
    "clean_text",
    "cleaned_once",
]


# ----------------------------------------------------------------------------- rules

#: typographic quote characters and their plain replacement
QUOTE_MAP = {
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2033": '"',
    "\u301d": '"',
    "\u301e": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u2039": "'",
    "\u203a": "'",
    "\u0060": "'",
    "\u00b4": "'",
}
_SPACES = {"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " "}
_MARKS = re.compile("[" + re.escape("".join(QUOTE_MAP) + "".join(_SPACES)) + "]")

_N_T = r"(?:do|does|did|ca|could|wo|would|should|is|are|was|were|has|have|had|must|need|ai|might|sha)n"
_CONTRACTIONS = [
    # (rule, the word part after the gap, pattern with the stripped space as group "gap")
    ("possessive_or_is", "s", re.compile(r"(?<=[^\W_])(?P<gap> )s(?![\w'\u2019])")),
    ("negation", "t", re.compile(rf"\b(?i:{_N_T})(?P<gap> )t\b")),
    ("contraction", "m", re.compile(r"\b(?:I)(?P<gap> )m\b")),
    ("contraction", "re", re.compile(r"\b(?i:you|we|they|who|what)(?P<gap> )re\b")),
    (
        "contraction",
        "ve",
        re.compile(r"\b(?i:I|you|we|they|who|could|would|should|might|must)(?P<gap> )ve\b"),
    ),
    ("contraction", "ll", re.compile(r"\b(?i:I|you|he|she|it|we|they|that|who|there)(?P<gap> )ll\b")),
    ("contraction", "d", re.compile(r"\b(?i:I|you|he|she|we|they|who)(?P<gap> )d\b")),
    ("contraction", "clock", re.compile(r"\b(?i:o)(?P<gap> )clock\b")),
]
#: the word part after the gap of each pattern above, found in one pass: a text where it
#: never follows a space skips that pattern (most texts keep their apostrophes)
_GAP_SUFFIX = re.compile(r"(?<=[^\W_]) (s|t|m|re|ve|ll|d|clock)\b")
_STRIPPED_QUOTE = re.compile(r"(?<=[^\W_])(?P<gap> )(?=[.,;:!?](?:\s|$))")
#: a double quote typed for a possessive's apostrophe ("Kuwait"s": no quotation opens between a
#: letter and a lone "s"; round 39, branch tune39, Reuters-21578 236, ``claims_tune39.md`` K7)
_QUOTE_APOSTROPHE = re.compile(r'(?<=[A-Za-z])"(?=s\b)')


# wire formatting (PA style): "<" ends a paragraph, a control character (\x19) opens the next
_PARA_MARK = re.compile(r"<[ \t]*(?:\r?\n)[\x00-\x08\x0b-\x1f]?|[\x01-\x08\x0b\x0e-\x1f]")
_WIRE_QUOTE = re.compile(r"``|''")
_HASH_POUND = re.compile(r"#(?=\d)")
#: PA's note to subscribers that an odd spelling is meant ("Eleri (correct) Rees", "Honsa
#: (correct) admitted"): no word of the story, dropped with the space before it, so the name and
#: the sentence stay whole. Only the checked-spelling notes (every one of the 16 such notes in
#: METER's PA takes is "(correct)" in some case); a parenthesis a reader keeps ("(sic)", an
#: editor's "(zoo)" inside a quotation) is left alone.
_CHECKED_SPELLING = re.compile(r"(?<=[^\W_])[ \t]*\((?i:correct|corr)\)(?![^\W_])")
_LINE_BREAK = re.compile(r"(?<=\S)[ \t]*\r?\n(?=[ \t]*\S)")


# ----------------------------------------------------------------------------- types


@dataclass(frozen=True)
class Edit:
    """A repair: raw span ``[start, end)`` holding ``original``, read as ``replacement``."""

    start: int
    end: int
    kind: str
    rule: str
    original: str
    replacement: str


@dataclass(frozen=True)
class Paragraph:
    """A paragraph in cleaned-text coordinates, with what kind of text it is."""

    start: int
    end: int
    kind: str  # body | headline | byline | chrome | crosshead
    rule: str  # the chrome rule, or "" for body


@dataclass(frozen=True)
class Cleaned:
    """The cleaned view of one raw text.

    Attributes:
        raw: the text as loaded.
        text: the cleaned text (quotes straightened, apostrophes restored).
        raw_start, raw_end: for each character of ``text``, the raw span it came from.
        edits: the character repairs, in raw coordinates.
        paragraphs: paragraphs of ``text`` with their kind.
        dateline: cleaned span of the dateline that opens the body, or None.
    """

    raw: str
    text: str
    raw_start: np.ndarray
    raw_end: np.ndarray
    edits: tuple[Edit, ...]
    paragraphs: tuple[Paragraph, ...]
    dateline: tuple[int, int] | None

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned span ``[start, end)`` to the raw span it covers."""
        if end <= start:
            pos = int(self.raw_start[start]) if start < len(self.text) else len(self.raw)
            return pos, pos
        return int(self.raw_start[start]), int(self.raw_end[end - 1])

    def is_body(self, start: int) -> bool:
        """Whether cleaned offset ``start`` lies in a body paragraph, outside the dateline."""
        if self.dateline and self.dateline[0] <= start < self.dateline[1]:
            return False
        return any(p.start <= start < p.end and p.kind == "body" for p in self.paragraphs)


# ----------------------------------------------------------------------------- cleaning


def _is_wire(raw: str) -> bool:
    """PA-style wire copy: control characters or "<" line ends mark its paragraphs."""
    return "\x19" in raw or len(re.findall(r"<[ \t]*\r?\n", raw)) >= 3


def _wire_edits(raw: str, taken: set[int]) -> list[Edit]:
    """Paragraph marks, ``...'' quotes and # for pounds in PA-style copy."""
    edits: list[Edit] = []
    for m in _PARA_MARK.finditer(raw):
        edits.append(Edit(m.start(), m.end(), "wire_format", "paragraph_mark", m.group(), "\n\n"))
    for m in _WIRE_QUOTE.finditer(raw):
        edits.append(Edit(m.start(), m.end(), "wire_format", "wire_quote", m.group(), '"'))
    for m in _HASH_POUND.finditer(raw):
        edits.append(Edit(m.start(), m.end(), "wire_format", "hash_pound", "#", "\u00a3"))
    for m in _CHECKED_SPELLING.finditer(raw):
        edits.append(Edit(m.start(), m.end(), "wire_format", "checked_spelling", m.group(), ""))
    for e in edits:
        taken.update(range(e.start, e.end))
    return edits


def checked_spelling_dropped(raw: str) -> str:
    r"""``raw`` with PA's checked-spelling notes dropped as the cleaned view drops them (wire copy
    only), for rules that read names over a raw text ("magistrate Eleri (correct) Rees" is
    "magistrate Eleri Rees"); offsets into it are not offsets into ``raw``.

    Example:
        >>> checked_spelling_dropped("Eleri (correct) Rees said<\n\x19She wept.<\n\x19mfl<\n")
        'Eleri Rees said<\n\x19She wept.<\n\x19mfl<\n'
    """
    return _CHECKED_SPELLING.sub("", raw) if _is_wire(raw) else raw


def _continues(prev: str, nxt: str) -> bool:
    """Whether line ``nxt`` continues ``prev`` mid-sentence in a narrow-wrapped text."""
    last = prev.split()[-1] if prev.split() else ""
    ended = prev.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?", ":"))
    mid_sentence = (last[:1].islower() and not ended) or prev.endswith(",")
    return mid_sentence and not BYLINE.match(nxt) and not chrome_rule(prev) and not chrome_rule(nxt)


def _wrap_edits(raw: str, taken: set[int], wire: bool) -> list[Edit]:
    """Line breaks inside a paragraph that only wrap it: read as spaces.

    In wire copy every line break that is not a paragraph mark wraps. Elsewhere a
    break wraps when the file uses blank lines between paragraphs and the line
    ends mid-sentence (a lower-case word or a comma) and the next line is not a
    byline; the file must show at least three such breaks, so a headline stacked
    on a standfirst is left alone.
    """
    found = []
    breaks: list[Edit] = []
    for m in _LINE_BREAK.finditer(raw):
        if any(i in taken for i in range(m.start(), m.end())):
            continue
        prev = raw[raw.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
        nxt_end = raw.find("\n", m.end())
        nxt = raw[m.end() : nxt_end if nxt_end >= 0 else len(raw)].strip()
        if HEADER_RULE.match(prev) or HEADER_RULE.match(nxt) or WIRE_HEADER.match(prev):
            if wire:  # the header block: each line a paragraph of its own
                breaks.append(Edit(m.start(), m.end(), "wire_format", "paragraph_mark", m.group(), "\n\n"))
            continue
        if wire or _continues(prev, nxt):
            found.append(m)
    if not wire and (len(found) < 3 or "\n\n" not in raw):
        return []
    return breaks + [Edit(m.start(), m.end(), "hard_wrap", "line_join", m.group(), " ") for m in found]


def _fragment_edits(raw: str, taken: set[int]) -> list[Edit]:
    """Blank lines that cut a sentence into fragments (hard line breaks of a pasted text): layout,
    read as a space, so a fragment is never a paragraph, a sentence or a headline of its own."""
    out = []
    for m in BLANK_BREAK.finditer(raw):
        if any(i in taken for i in range(m.start(), m.end())):
            continue
        prev = raw[raw.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
        nxt_end = raw.find("\n", m.end())
        nxt = raw[m.end() : nxt_end if nxt_end >= 0 else len(raw)].strip()
        if cut_mid_sentence(prev, nxt) and not chrome_rule(prev) and not chrome_rule(nxt):
            out.append(Edit(m.start(), m.end(), "layout", "line_break_fragment", m.group(), " "))
    return out


def _apostrophe_quotes(raw: str, taken: set[int]) -> list[Edit]:
    """The straight double quotes typed for a possessive's apostrophe ("Kuwait"s"), read as it."""
    found = _QUOTE_APOSTROPHE.finditer(raw) if '"s' in raw else ()  # the cheap test first
    new = (Edit(m.start(), m.end(), "typographic_quote", "quote_for_apostrophe", '"', "'") for m in found)
    return [e for e in new if e.start not in taken]


def _char_edits(raw: str) -> list[Edit]:
    taken: set[int] = set()
    wire = _is_wire(raw)
    edits: list[Edit] = _wire_edits(raw, taken) if wire else []
    for m in _MARKS.finditer(raw):  # the quote and space characters only, not every character
        i, ch = m.start(), m.group()
        if i in taken:
            continue
        if ch in QUOTE_MAP:
            prev_alpha = i > 0 and raw[i - 1].isalnum()
            next_alpha = i + 1 < len(raw) and raw[i + 1].isalnum()
            if QUOTE_MAP[ch] == "'" and prev_alpha and next_alpha:
                rule = "curly_apostrophe"
            elif QUOTE_MAP[ch] == '"':
                rule = "typographic_double"
            else:
                rule = "typographic_single"
            edits.append(Edit(i, i + 1, "typographic_quote", rule, ch, QUOTE_MAP[ch]))
        elif ch in _SPACES:
            edits.append(Edit(i, i + 1, "whitespace", "non_breaking_space", ch, " "))
    edits.extend(_apostrophe_quotes(raw, taken))
    taken.update(e.start for e in edits)
    suffixes = set(_GAP_SUFFIX.findall(raw))
    for rule, suffix, pattern in _CONTRACTIONS:
        if suffix not in suffixes:
            continue
        for m in pattern.finditer(raw):
            a = m.start("gap")
            if a not in taken:
                taken.add(a)
                edits.append(Edit(a, a + 1, "stripped_apostrophe", rule, " ", "'"))
    for m in _STRIPPED_QUOTE.finditer(raw):
        a = m.start("gap")
        if a not in taken:
            taken.add(a)
            edits.append(Edit(a, a + 1, "stripped_quote", "space_before_punctuation", " ", ""))
    edits.extend(_wrap_edits(raw, taken, wire))
    if not wire:
        taken.update(i for e in edits for i in range(e.start, e.end))
        edits.extend(_fragment_edits(raw, taken))
    return sorted(edits, key=lambda e: e.start)


def _apply(raw: str, edits: list[Edit]) -> tuple[str, np.ndarray, np.ndarray]:
    parts: list[str] = []
    starts: list[np.ndarray] = []
    ends: list[np.ndarray] = []
    pos = 0
    for e in edits:
        if e.start > pos:
            parts.append(raw[pos : e.start])
            idx = np.arange(pos, e.start)
            starts.append(idx)
            ends.append(idx + 1)
        if e.replacement:
            parts.append(e.replacement)
            n = len(e.replacement)
            starts.append(np.full(n, e.start))
            ends.append(np.full(n, e.end))
        pos = e.end
    if pos < len(raw):
        parts.append(raw[pos:])
        idx = np.arange(pos, len(raw))
        starts.append(idx)
        ends.append(idx + 1)
    empty = np.zeros(0, dtype=np.int64)
    raw_start = np.concatenate(starts).astype(np.int64) if starts else empty
    raw_end = np.concatenate(ends).astype(np.int64) if ends else empty
    return "".join(parts), raw_start, raw_end


def _classify_paragraphs(text: str, raw: str, to_raw) -> list[Paragraph]:
    """Paragraphs of the cleaned text; chrome rules read the raw paragraph."""
    paras = []
    for a, b in paragraph_spans(text):
        rule = chrome_rule(raw[slice(*to_raw(a, b))])
        paras.append(Paragraph(a, b, "chrome" if rule else "body", rule))
    paras = note_continuations(paras, text)
    # sign-offs: short wire codes ("mfl", "end", "more") closing the text
    for i in range(len(paras) - 1, -1, -1):
        seg = " ".join(text[paras[i].start : paras[i].end].split())
        if paras[i].kind == "body" and SIGN_OFF.match(seg):
            paras[i] = Paragraph(paras[i].start, paras[i].end, "chrome", "sign_off")
        elif paras[i].kind == "body":
            break
    # headline and byline: short unpunctuated lines before the first body paragraph
    body = [i for i, p in enumerate(paras) if p.kind == "body"]
    first = len(paras)
    for i in body:
        seg = " ".join(text[paras[i].start : paras[i].end].split())
        later_body = any(j > i for j in body)
        if not later_body:
            first = i
            break
        if BYLINE.match(seg) and len(seg.split()) <= 10:
            paras[i] = Paragraph(paras[i].start, paras[i].end, "byline", "byline")
        elif len(seg.split()) <= 25 and (
            is_caps_line(seg) or (not seg.endswith((".", "!", '"', "'", ":")) and not DATELINE.match(seg))
        ):
            paras[i] = Paragraph(paras[i].start, paras[i].end, "headline", "headline")
        else:
            first = i
            break
    # crossheads: short unpunctuated paragraphs between body paragraphs
    body = [i for i, p in enumerate(paras) if p.kind == "body" and i > first]
    for i in body[:-1]:
        apart = (
            "\n\n" in text[paras[i - 1].end : paras[i].start]
            and "\n\n" in text[paras[i].end : paras[i + 1].start]
        )
        if apart and is_crosshead(" ".join(text[paras[i].start : paras[i].end].split())):
            paras[i] = Paragraph(paras[i].start, paras[i].end, "crosshead", "crosshead")
    return paras


#: inside :func:`cleaned_once`: raw text -> its cleaned view, built once
_VIEWS: ContextVar[dict[str, Cleaned] | None] = ContextVar("cleaned_views", default=None)


@contextmanager
def cleaned_once() -> Iterator[None]:
    """Within the block, :func:`clean_text` builds each distinct text's (frozen) view once:
    :func:`corpus_tools.analyze` runs its stages in one (and in :func:`reads_once`). Nothing outlives it."""
    token = _VIEWS.set(_VIEWS.get() if _VIEWS.get() is not None else {})
    try:
        with reads_once():
            yield
    finally:
        _VIEWS.reset(token)


def clean_text(raw: str) -> Cleaned:
    """Build the cleaned view of one raw text (once per text inside :func:`cleaned_once`).

    Args:
        raw: the text as loaded.

    Returns:
        A :class:`Cleaned` with the cleaned text, its map to raw offsets, the
        repairs, the paragraphs and their kinds, and the dateline span.
    """
    views = _VIEWS.get()
    if views is None:
        return _clean_text(raw)
    if raw not in views:
        views[raw] = _clean_text(raw)
    return views[raw]


def _clean_text(raw: str) -> Cleaned:
    edits = _char_edits(raw)
    text, raw_start, raw_end = _apply(raw, edits)

    def to_raw(a: int, b: int) -> tuple[int, int]:
        return int(raw_start[a]), int(raw_end[b - 1])

    paras = _classify_paragraphs(text, raw, to_raw)
    dateline = None
    first_body = next((p for p in paras if p.kind == "body"), None)
    if first_body is not None:
        m = DATELINE.match(text[first_body.start : first_body.end])
        if m and len(m.group("place")) >= 3:
            dateline = (first_body.start, first_body.start + m.end())
    return Cleaned(raw, text, raw_start, raw_end, tuple(edits), tuple(paras), dateline)


def clean(corpus: pd.DataFrame) -> pd.DataFrame:
    """What cleaning found and changed in each document.

    Args:
        corpus: the corpus frame (:func:`corpus_tools.load_corpus`).

    Returns:
        One row per finding, sorted by ``doc_id`` and ``start``, columns:
        ``doc_id``; ``kind`` (``chrome``, ``headline``, ``byline``, ``crosshead``,
        ``dateline``, ``typographic_quote``, ``stripped_apostrophe``,
        ``stripped_quote``, ``whitespace``, ``wire_format``, ``hard_wrap``,
        ``unicode``); ``rule`` (e.g. ``navigation``, ``timestamp``, ``related_links``,
        ``caption``, ``copyright``, ``header_rule``, ``wire_header``,
        ``sign_off``, ``advisory``, ``possessive_or_is``, ``negation``,
        ``curly_apostrophe``, ``quote_for_apostrophe``, ``typographic_double``, ``paragraph_mark``,
        ``wire_quote``, ``hash_pound``, ``checked_spelling``, ``line_join``);
        ``start``, ``end`` (offsets into the raw ``text``); ``original`` (the raw
        characters) and ``replacement`` (what the cleaned view reads there: ``""``
        for chrome, headline, byline, crosshead and dateline, which are left out
        of the article body). ``unicode`` findings are the loader's repairs (the
        corpus ``repairs`` column; rules ``nfc``, ``soft_hyphen``, ``zero_width``,
        ``bom``, ``bidi_control``, see :mod:`corpus_tools.io.unicode_rules`): their
        offsets point into the file as decoded, before the repair, not into ``text``.

    Example:
        >>> findings = clean(load_corpus("seeds"))
        >>> findings.query("doc_id == '001'").kind.value_counts()["stripped_apostrophe"]
        np.int64(11)
    """
    require_columns(corpus, ["text"], "clean")
    rows = []
    for doc_id, raw in corpus["text"].items():
        c = clean_text(raw)
        for p in c.paragraphs:
            if p.kind != "body":
                a, b = c.to_raw(p.start, p.end)
                rows.append((doc_id, p.kind, p.rule, a, b, raw[a:b], ""))
        if c.dateline:
            a, b = c.to_raw(*c.dateline)
            rows.append((doc_id, "dateline", "dateline", a, b, raw[a:b], ""))
        rows.extend((doc_id, e.kind, e.rule, e.start, e.end, e.original, e.replacement) for e in c.edits)
    if "repairs" in corpus:
        for doc_id, repairs in corpus["repairs"].items():
            rows.extend((doc_id, "unicode", r[2], r[0], r[1], r[3], r[4]) for r in repairs or ())
    cols = ["doc_id", "kind", "rule", "start", "end", "original", "replacement"]
    out = pd.DataFrame(rows, columns=cols)
    out = out.astype({"start": "int64", "end": "int64"})
    return out.sort_values(["doc_id", "start", "kind"], kind="stable").reset_index(drop=True)
