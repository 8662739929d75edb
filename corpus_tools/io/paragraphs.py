"""Paragraphs and words of a text: the counts the corpus frame carries (``n_words``,
``n_paragraphs``) and the paragraph spans the cleaning walks."""

from __future__ import annotations

import re

from corpus_tools.lexicon import WORD_RE

__all__ = ["count_words", "paragraph_spans"]

_TERMINAL = tuple(".!?:;\"')]\u201d\u2019")


def count_words(text: str) -> int:
    """Number of word tokens ("U.S." and "Iran's" count as one word each)."""
    return len(WORD_RE.findall(text))


#: words a sentence or a headline never ends on: a line ending on one runs on into the next
_OPEN_ENDS = frozenset(
    "a an the its his her their our of to and or for with by from at said says that".split()
)


#: a lead's verb of saying: a short line that holds it opens a sentence and is no headline (a
#: headline says "says"), so it runs on ("Tokheim Corp said its Advanced\nProducts and Electronics
#: Division reached ...": round 34's tk4, the lead cut at its line break, and the next line's
#: division's name then read as two speakers; read in round 36, branch tune36, on Reuters-21578 2138,
#: where 119 leads of the archive were cut so and none of METER's texts changes)
_SAID = re.compile(r"\bsaid\b")


def _open_end(line: str) -> bool:
    """Whether a line ends on a word no sentence or headline ends on, or holds a lead's "said"
    (tune36's rule above; it also joins "The exchange said Santa" to "Fe ...", the line break inside
    "Santa Fe": round 36, branch audit36, Reuters-21578 10900, whose lead had been read as a headline
    and cut from its statement).

    Example:
        >>> [_open_end(x) for x in ("Ranco Inc said its", "The exchange said Santa", "Oil Prices Rise")]
        [True, True, False]
    """
    return line.rsplit(None, 1)[-1].lower() in _OPEN_ENDS or _SAID.search(line) is not None


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the paragraphs of ``text``, blank lines excluded.

    A line break ends a paragraph, except inside hard-wrapped text: a line that
    is at least 40 characters long and does not end in terminal punctuation is
    continued by the next line when that line is not indented, and so is a
    shorter line of two words or more when the next one (40 characters or more)
    starts in lower case or the short line ends on a word no sentence ends on ("its", "the",
    "said") or holds a lead's "said" ("Tokheim Corp said its Advanced"). Text whose paragraphs
    are marked by indentation (hard-wrapped wire copy) is read by indentation alone: an
    unindented line continues the paragraph.

    Example:
        >>> paragraph_spans("Title\\n\\nOne line.\\nTwo")
        [(0, 5), (7, 16), (17, 20)]
    """
    lines = text.splitlines(keepends=True)
    info: list[tuple[int, str] | None] = []  # (indent, line without trailing space) or None if blank
    total = n_filled = 0
    indented = flush_left = False
    for k, line in enumerate(lines):
        core = line.rstrip()
        if not core:
            info.append(None)
            continue
        lead = len(core) - len(core.lstrip())
        info.append((lead, core))
        total += len(core) - lead
        n_filled += 1
        if k:
            indented = indented or core.startswith(("  ", "\t"))
            flush_left = flush_left or core[0].isalnum()
    indent_mode = n_filled >= 3 and total / n_filled >= 45 and indented and flush_left
    spans: list[tuple[int, int]] = []
    pos = 0
    cur: list[int] | None = None  # [start, end] of the open paragraph
    prev = ""
    for line, item in zip(lines, info, strict=True):
        start = pos
        pos += len(line)
        if item is None:
            if cur:
                spans.append((cur[0], cur[1]))
            cur, prev = None, ""
            continue
        lead, core = item
        end = start + len(core)
        wrapped = indent_mode or (
            not prev.endswith(_TERMINAL)
            and (
                len(prev) >= 40
                or (" " in prev.strip() and len(core) >= 40 and (core[:1].islower() or _open_end(prev)))
            )
        )  # a short line a long one continues in lower case: "<Noranda Inc> said\nproduction will",
        # or after a word no sentence or headline ends on: "Ranco Inc said its\nCapital Index will"
        if cur is not None and lead == 0 and wrapped:
            cur[1] = end
        else:
            if cur:
                spans.append((cur[0], cur[1]))
            cur = [start + lead, end]
        prev = core
    if cur:
        spans.append((cur[0], cur[1]))
    return spans
