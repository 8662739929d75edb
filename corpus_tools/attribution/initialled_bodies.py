"""A body a document names in full and by its initials is one speaker under all its labels.

A background take names a watchdog once in full ("a detailed report by the Westshire Standards
Board in 1998") and then quotes it under its initials and its head word: "WSB officials
concluded that ...", "said the WSB report", "The report added: ...", "The board said one
investigation ...". Each label was a speaker of its own (an anonymous official, a document, an
unnamed organisation), so the wire's speaker list counted one body three or four times, and every
paper's "Of PA's N", drop list and survival row with it (21.06.00/sergeant of the METER courts,
sergeant1concern: the Police Complaints Authority as "PCA officials", "the PCA report" and "The
authority", and in the night lead as "The Police Complaints Authority": round 24's held-out audit
in ``benchmarks/claims.md``, sg15 and every "Of PA's 29").

The shape, read in one document that writes both the body's full name (two or more capitalised
words, the last an institution's head noun, :data:`~.surnames.INSTITUTION_HEADS`: "Board",
"Authority", not "States") and its initials as a word of capitals:

* a label of its initials, after "the" at most, and up to two lower-case words ("WSB officials",
  "the WSB report", "the WSB"), never one that goes on to a name ("acting WSB chairman Jo Hart"
  is a person) nor one that counts ("two WSB officials");
* a definite label of the name's last word alone ("The board", "the Board");
* the full name itself, with "the" or without ("the Economist Intelligence Unit (EIU ) said ...
  The EIU said": the full name and its initials had been two speakers, the name typed a person;
  round 37, branch tune37, ``TUNE_37``'s 3019, kind V3 of ``benchmarks/claims_tune37.md``),

is that body: every such speaker of the document takes the first one's ``speaker_id``, the full
name as its label (with "the" when the text writes it so), named, an organisation. Its officials
("WSB officials", "a WSB source") are the body only when the body speaks in the document under
another of those labels (its report, "The board"); alone, "CFTC officials said" are anonymous
officials, as the wire's audits read "USDA officials said" (round 34, branch spk72, from the
round-33 sweep's 8466, ``benchmarks/speaker_sweep33.md`` shape 5). One full name
of those initials only: two ("the Westshire Standards Board", "the Wessex Standards Board") leave
every label as it was. Hearings ("The court heard") are never touched.

* :func:`body_labels`: the one body a label of a document stands for.
* :func:`initialled_bodies`: the attribution rows with each such body made one speaker.
"""

from __future__ import annotations

import functools
import re

import pandas as pd

from corpus_tools.attribution.surnames import INSTITUTION_HEADS
from corpus_tools.text.name_initials import stand_for

__all__ = ["body_labels", "initialled_bodies"]

#: a full name: "the" (kept apart), then two to six capitalised words, "of"/"for"/"and" between
_FULL = re.compile(r"\b(?:(the) )?((?:[A-Z][a-z]+ (?:(?:of|for|and) )?){1,5}[A-Z][a-z]+)\b")
#: initials: two to six capitals standing as a word
_INITIALS = re.compile(r"\b[A-Z]{2,6}\b")
#: a label of the initials and lower-case words: "PCA officials", "the PCA report", "The PCA"
_INITIAL_LABEL = re.compile(r"^(?:[Tt]he )?([A-Z]{2,6})(?: [a-z][\w-]*){0,2}$")
#: a label of the body's people, not of the body: "WSB officials", "a WSB source"
_OFFICIALS = re.compile(r"\b(?:officials?|officals?|sources?)$")
#: an article before a name
_THE = re.compile(r"^[Tt]he ")
#: a definite label of one word: "The authority"
_HEAD_LABEL = re.compile(r"^[Tt]he ([A-Za-z]+)$")


@functools.lru_cache(maxsize=256)
def _bodies(text: str) -> dict[str, str]:
    """Initials -> the one full name ``text`` writes for them, when it writes those initials too."""
    text = " ".join(text.split())
    written = set(_INITIALS.findall(text))
    found: dict[str, set[str]] = {}
    for m in _FULL.finditer(text):
        words = m.group(2).split()
        for k in range(len(words) - 1):  # "Police watchdogs ... the Police Complaints Authority"
            name = words[k:]
            if name[0] in ("of", "for", "and") or name[-1].lower() not in INSTITUTION_HEADS:
                continue
            short = [s for s in written if len(s) == len([w for w in name if w[0].isupper()])]
            for s in short:
                if stand_for(s, [w.lower() for w in name]):
                    found.setdefault(s, set()).add(("the " if m.group(1) or k else "") + " ".join(name))
    return {s: max(v) for s, v in found.items() if len({x.removeprefix("the ") for x in v}) == 1}


def body_labels(label: str, text: str) -> str:
    """The full name of the one body ``text`` (a document) names in full and by its initials
    that ``label`` stands for, else "".

    Example:
        >>> text = "A report by the Westshire Standards Board found faults. WSB officials said so."
        >>> body_labels("WSB officials", text), body_labels("The board", text)
        ('the Westshire Standards Board', 'the Westshire Standards Board')
        >>> body_labels("acting WSB chairman Jo Hart", text), body_labels("The report", text)
        ('', '')
        >>> body_labels("The Westshire Standards Board", text)
        'the Westshire Standards Board'
    """
    bodies = _bodies(str(text))
    if not bodies:
        return ""
    label = " ".join(str(label).split())
    m = _INITIAL_LABEL.match(label)
    if m:
        return bodies.get(m.group(1), "")
    full = {v for v in bodies.values() if _THE.sub("", v).lower() == _THE.sub("", label).lower()}
    if len(full) == 1:  # "The Westshire Standards Board" itself: the body
        return full.pop()
    m = _HEAD_LABEL.match(label)
    if m:
        heads = {v for v in bodies.values() if v.split()[-1].lower() == m.group(1).lower()}
        return heads.pop() if len(heads) == 1 else ""
    return ""


def initialled_bodies(frame: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """The attribution rows with the speakers of each document that are one body named in full
    and by its initials (:func:`body_labels`) made one speaker: the first one's ``speaker_id``, the
    full name as ``speaker_label``, ``named``, ``speaker_type`` "organisation".

    Args:
        frame: the attribution rows (``doc_id``, ``speaker_id``, ``speaker_label``, ``named``,
            ``speaker_type``, ``resolved_from``, ``reported_by``).
        corpus: the corpus frame (``text``).

    Returns:
        A copy of ``frame`` (the same frame when no speaker changes).
    """
    if not len(frame):
        return frame
    texts = corpus["text"]
    cheap = [d for d in dict.fromkeys(frame["doc_id"]) if _INITIALS.search(str(texts.get(d, "")))]
    rows = frame[frame["doc_id"].isin(cheap) & frame["speaker_id"].notna()]
    rows = rows[rows["resolved_from"] != "hearing"].drop_duplicates("speaker_id")
    to: dict[str, tuple[str, str]] = {}
    first: dict[tuple[str, str], str] = {}
    found = []
    for doc, sid, label in zip(rows["doc_id"], rows["speaker_id"], rows["speaker_label"], strict=True):
        if body := body_labels(label, str(texts[doc])):
            found.append((doc, sid, body, bool(_OFFICIALS.search(str(label)))))
    voiced = {(doc, body) for doc, _, body, officials in found if not officials}
    for doc, sid, body, officials in found:
        if not officials or (doc, body) in voiced:  # "CFTC officials said" alone: anonymous officials
            to[sid] = (first.setdefault((doc, body), sid), body)
    if not to:
        return frame
    out = frame.copy()
    at = out["speaker_id"].isin(to)
    out.loc[at, "speaker_label"] = [to[s][1] for s in out.loc[at, "speaker_id"]]
    out.loc[at, "named"] = True
    out.loc[at, "speaker_type"] = "organisation"
    out.loc[at, "speaker_id"] = [to[s][0] for s in out.loc[at, "speaker_id"]]
    by = out["reported_by"].isin(to)
    out.loc[by, "reported_by"] = [to[s][0] for s in out.loc[by, "reported_by"]]
    return out
