"""A quotation opened again after its speaker's cue: "'I saw him fall,' she said. 'Then he ran.'".

The sentence that opens the second quotation has no cue of its own, so it had no attribution row:
survival could not follow it and a paper keeping it read as keeping another statement or none
(issue 22, round 22: the claims audit's ny61, a witness's words in the express after "she said";
known debt 6 of round 21). :func:`~.document_attributions._continues` carries a quotation that
opens a *paragraph*; :func:`~.quote_sentences.carry_quotations` the later sentences a quotation
covers. This is the quotation that opens in the sentence after a statement of a speaker, in the
same paragraph (the opening mark at the sentence's start, or left at the end of the sentence
before: "she said. '"), or opens the next paragraph after a quotation of the speaker its cue
could not mark (a paper's single marks).

* :func:`resume_quotations`: the attribution rows with a ``continuing_quote`` row for each such
  sentence, its content the quotation up to its closing mark (later sentences it covers are then
  carried by :func:`~.quote_sentences.carry_quotations`); and for a sentence cut from a statement's
  sentence without a stop, opening with a lower-case word ("she had seen him walk away" / "but
  the younger man had followed him"): the rest of that statement, not the paper's own voice.
"""

from __future__ import annotations

import re

import pandas as pd

__all__ = ["resume_quotations"]

#: a quotation opening a sentence: the mark, then a word (a lone "'" before a letter is a single mark)
_OPENS = re.compile(r"\s*(``|\"|\u201c|\u2018|'(?=[A-Z0-9]))")
#: a mark left at the end of the sentence before ("she said. '"), after its stop and a space
_LEFT_OPEN = re.compile(r"[.!?,]\s+(``|\"|\u201c|\u2018|')\s*$")
#: a mark opening a quotation inside a sentence ("She said: 'I saw ...")
_OPENER = re.compile(r"(?:^|(?<=[\s:(]))(``|\"|\u201c|\u2018|')(?=[A-Za-z0-9])")
_CLOSES = {
    "``": re.compile(r"''|\""),
    '"': re.compile(r"\""),
    "\u201c": re.compile(r"\u201d"),
    "\u2018": re.compile(r"(?<=\S)\u2019(?=[\s.,;:!?)]|$)"),
    "'": re.compile(r"(?<=\S)'(?=[\s.,;:!?)]|$)"),  # "man'." closes; "Noye's" does not
}


def resume_quotations(frame: pd.DataFrame, sentences: pd.DataFrame, texts: dict) -> pd.DataFrame:
    """``frame`` (attribution rows, raw offsets) with a ``continuing_quote`` row for each sentence
    without a row of its own that opens a quotation right after a sentence holding a statement of a
    speaker (``role`` ``speaker``, a ``speaker_id``, no hearing): in the same paragraph, or opening
    the next paragraph after that speaker's quotation (its content ending at the paragraph's end). The
    new row copies the speaker's row: ``cue`` "", ``cue_start`` = ``cue_end`` = its content's start,
    the content the quotation up to its closing mark (or the paragraph's end), ``quote_type``
    ``direct``, ``resolved_from`` ``continuing_quote``; rows keep text order.

    Args:
        frame: the attribution rows (:data:`~.records.ATTRIBUTION_COLUMNS`).
        sentences: the sentence frame (``doc_id``, ``sent_id``, ``para_id``, ``start``, ``end``).
        texts: each document's raw text, by doc_id.

    Example:
        >>> from corpus_tools import from_records
        >>> from corpus_tools.attribution.attributions import attributions
        >>> text = "Ann Bell spoke.\\n\\n'I saw him fall,' she said. 'Then he ran off. He hid.'"
        >>> rows = attributions(from_records([{"doc_id": "a", "text": text}]))
        >>> rows[["sent_id", "speaker_label", "resolved_from"]].values.tolist()[-2:]
        [[2, 'Ann Bell', 'continuing_quote'], [3, 'Ann Bell', 'continuing_quote']]
    """
    if not len(frame):
        return frame
    spoken = frame[(frame["role"] == "speaker") & frame["speaker_id"].notna()]
    spoken = spoken[spoken["resolved_from"] != "hearing"]  # "the jury heard that ...": a witness's words
    own = set(zip(frame["doc_id"], frame["sent_id"], strict=True))
    added: list[tuple[float, dict]] = []
    by_doc, spans_of, by_speaker_doc = _by_document(frame, sentences, spoken)
    for doc_id, at in by_speaker_doc.items():
        sents, spans = by_doc.get(doc_id, []), spans_of.get(doc_id, [])
        text = str(texts.get(doc_id, ""))
        ends: dict[int, int] = {}
        for t in sents:
            ends[int(t.para_id)] = max(ends.get(int(t.para_id), 0), int(t.end))
        last: dict[int, tuple[int, dict]] = {}  # sentence -> (frame position, the speaker's row there)
        for i, r in at:
            last[int(r["sent_id"])] = (i, r)
        for i, r in at:  # a later sentence a quotation covers is its speaker's
            _cover(last, sents, (i, r))
        before = None
        for s in sents:
            sid, held = int(s.sent_id), None
            if any(lo < s.end and hi > s.start for lo, hi in spans):  # a statement's content already
                own.add((doc_id, sid))  # (a quotation a dash line signs, one the cue's content holds)
            if before is not None and before[0] in last and (doc_id, sid) not in own:
                held = _opened(text, before, s, last[before[0]][1], ends)
            kind = "direct"
            if held is None and before is not None and before[0] in last and (doc_id, sid) not in own:
                held, kind = _run_on(text, before, s), last[before[0]][1]["quote_type"]
            if held is not None:
                pos, r = last[before[0]]
                row = dict(r, sent_id=sid, cue="", cue_start=held[0], cue_end=held[0])
                row.update(content_start=held[0], content_end=held[1], quote_type=kind)
                row["resolved_from"] = "continuing_quote"
                added.append((pos + 0.5 + len(added) * 1e-6, row))
                own.add((doc_id, sid))
                last[sid] = (pos, row)
                _cover(last, sents, (pos, row))
            before = (sid, int(s.para_id), int(s.start), int(s.end))
    if not added:
        return frame
    new = pd.DataFrame([row for _, row in added], index=[pos for pos, _ in added], columns=frame.columns)
    out = pd.concat([frame.set_axis(frame.index.astype(float)), new]).sort_index(kind="stable")
    return out.reset_index(drop=True).astype(frame.dtypes.to_dict())


def _by_document(
    frame: pd.DataFrame, sentences: pd.DataFrame, spoken: pd.DataFrame
) -> tuple[dict, dict, dict]:
    """Each quoting document's sentences in order, its statements' content spans, and its spoken
    rows ``(frame position, row)`` in order: read once for all documents (a frame's ``to_dict`` and
    ``groupby`` per document are slow on thousands of documents, #23)."""
    read = sentences[sentences["doc_id"].isin(set(spoken["doc_id"]))]  # only the documents quoting
    by_doc: dict = {}
    for t in read.sort_values(["doc_id", "sent_id"], kind="stable").itertuples(index=False):
        by_doc.setdefault(t.doc_id, []).append(t)
    spans_of: dict = {}
    sub = frame[frame["doc_id"].isin(by_doc) & frame["content_start"].notna()]
    for d, a, b in zip(sub["doc_id"], sub["content_start"], sub["content_end"], strict=True):
        if a == a and b == b:
            spans_of.setdefault(d, []).append((a, b))
    by_speaker_doc: dict = {}
    for i, r in zip(spoken.index, spoken.to_dict("records"), strict=True):
        by_speaker_doc.setdefault(r["doc_id"], []).append((i, r))
    return by_doc, spans_of, by_speaker_doc


def _run_on(text: str, before: tuple, s) -> tuple[int, int] | None:
    """The span of sentence ``s`` when it carries on the sentence ``before`` of its paragraph, cut from
    it without a stop: it opens with a lower-case word ("... moments before the stabbing" / "but Mr
    Cameron had followed him"), the sentence before ends with none of ``.!?`` or a closing mark."""
    _, para, b_start, b_end = before
    head, tail = text[int(s.start) : int(s.end)], text[b_start:b_end].rstrip()
    if int(s.para_id) != para or not head[:1].islower() or not tail or tail[-1] in ".!?'\"\u2019\u201d":
        return None
    return int(s.start), int(s.start) + len(head.rstrip().rstrip("."))


def _cover(last: dict, sents: list, at: tuple[int, dict]) -> None:
    """Mark the later sentences of its paragraph that the row's content covers as its speaker's."""
    r = at[1]
    lo, hi, sid = int(r["content_start"]), int(r["content_end"]), int(r["sent_id"])
    for t in sents:
        if int(t.sent_id) > sid and lo <= int(t.start) < hi:
            last.setdefault(int(t.sent_id), at)


def _opened(text: str, before: tuple, s, r: dict, ends: dict) -> tuple[int, int] | None:
    """The span of the quotation sentence ``s`` opens after the sentence ``before`` (its id,
    paragraph, start, end) that holds the speaker's row ``r``, or None."""
    _, para, b_start, b_end = before
    m = _OPENS.match(text, int(s.start), int(s.end))
    left = None if m else _LEFT_OPEN.search(text, b_start, b_end)
    left = left or (None if m or int(s.para_id) != para else _left_open(text, b_start, b_end))
    if m is None and left is None:
        return None
    mark, start = (m.group(1), m.end()) if m else (left.group(1), int(s.start))
    quoted = r["quote_type"] == "direct" or _quoted_to_end(text, r, b_end)
    if int(s.para_id) != para and (m is None or not quoted):  # a new paragraph: after a quotation only
        return None
    stop = int(ends.get(int(s.para_id), s.end))
    close = _CLOSES[mark].search(text, start, stop)
    end = close.start() if close else len(text[:stop].rstrip())
    return (start, end) if end > start else None


def _left_open(text: str, lo: int, hi: int) -> re.Match | None:
    """The last quotation mark opening in ``text[lo:hi]`` that no mark closes there ("She said: 'I saw
    him fall." , the quotation going on in the next sentence), or None."""
    opened = None
    for m in _OPENER.finditer(text, lo, hi):
        opened = m
    if opened is None or _CLOSES[opened.group(1)].search(text, opened.end(), hi):
        return None
    return opened


def _quoted_to_end(text: str, r: dict, b_end: int) -> bool:
    """Whether the row's quotation runs to the end of its sentence (``b_end``), a closing mark after
    it: a quotation its cue could not mark direct (a paper's single marks)."""
    tail = text[int(r["content_end"]) : b_end].strip()
    return r["content_end"] >= b_end - 2 or tail.startswith(("'", "\u2019", '"', "''"))
