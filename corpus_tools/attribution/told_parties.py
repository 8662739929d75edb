"""A party a source statement tells of: a version that gives the statement to that party tells the
party, it does not relabel the speaker nor re-attribute the statement (issue #22, known debt 1 of
round 19).

A speaker's statement often reports what another party said, alleged or told: "Lord Justice Marlow
said the two lodgers had accused her of setting the blaze" (the lodgers' accusation, nested in the
judge's statement), "the source told Reuters the Danes expressed their worries" (the seeds' shape),
or counsel's account carried on after a pronoun ("Mr Marsh described how Carver left the house ...
He told police that he had argued with her"). A version that tells the same content under that party
("Lodgers at the hostel accused her", "The Danes expressed their worries", "Carver said he hit
her") keeps the party's report without the outer speaker: the outer speaker is not relabelled as the
party and its statement is not re-attributed to it. The outer speaker keeps, or drops, by its other
statements (:func:`~.survival_status.one_version`).

The party is read in the words of the source sentence that holds the statement, without the
speaker's own label (:func:`told_window`); for a statement whose speaker is a pronoun, from the
content of the same speaker's statement before it, where the account began. A version's speaker is
that party (:func:`tells_of`) when a name of it, or (unnamed) the head noun of its label, stands in
those words; never by a generic head ("official", "source", "spokesman"), which tells no party apart.
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.named_tellers import head_noun
from corpus_tools.attribution.namesakes import genders_differ, title_gender
from corpus_tools.lexicon import STOP_WORDS, lemma_key

__all__ = ["GENERIC_HEADS", "mark_windows", "tells_of", "told_window"]

#: the heads of anonymous sources' labels: they tell no party apart from the speaker
GENERIC_HEADS = frozenset(
    lemma_key(w) for w in "official source spokesman spokeswoman spokesperson diplomat person people".split()
)
#: titles that stand before a surname and give no given name ("Dr Cole", "Det Cole", "Justice Cole")
_TITLES = (
    lexicon.HONORIFICS
    | lexicon.POLICE_RANKS
    | lexicon.MALE_TITLES
    | lexicon.FEMALE_TITLES
    | frozenset("det con judge justice lord lady".split())
)
#: how far back, in sentences, a pronoun's account is read for the statement that began it
_REACH = 3
#: the end of the sentence before (a full stop and space, a paragraph's end)
_ENDS = re.compile(r"[.!?][\"'\u2019\u201d]*\s+(?=\S)|<\s*\n|\n\s*\n")


def _keys(text: str) -> frozenset[str]:
    return frozenset(lemma_key(w) for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in STOP_WORDS)


def told_window(rec: dict, text: str, earlier: list[dict]) -> str:
    """The source sentence that holds the statement ``rec``, up to its content's end, its speaker's
    own label left out (blanked); for a statement whose speaker is a pronoun, from the content of
    ``earlier`` (the same document's statements before it, in order) where the same speaker's last
    statement within a few sentences began.

    Example:
        >>> text = "A man was freed. Lord Justice Marlow said the two lodgers had accused her."
        >>> rec = {"speaker_start": 17, "speaker_end": 36, "content_start": 42, "content_end": 74,
        ...        "cue_start": 37, "cue_end": 41, "resolved_from": "name", "sent_id": 1}
        >>> told_window(rec, text, []).split()
        ['said', 'the', 'two', 'lodgers', 'had', 'accused', 'her.']
    """
    bounds = [rec[k] for k in ("speaker_start", "cue_start", "content_start", "content_end", "cue_end")]
    bounds = [int(b) for b in bounds if b == b and b is not None]
    lo, hi = min(bounds), max(bounds)
    start = max((m.end() for m in _ENDS.finditer(text, 0, lo + 1) if m.end() <= lo), default=0)
    if rec.get("resolved_from") == "pronoun":
        before = [
            e
            for e in earlier
            if e["speaker_id"] == rec["speaker_id"] and int(rec["sent_id"]) - _REACH <= int(e["sent_id"])
        ]
        start = min([start, *(int(e["content_start"]) for e in before[-1:])])
    s_lo, s_hi = rec["speaker_start"], rec["speaker_end"]
    if s_lo == s_lo and s_lo is not None and start <= int(s_lo) < hi:  # the speaker's own label left out
        return text[start : int(s_lo)] + " " * (int(s_hi) - int(s_lo)) + text[int(s_hi) : hi]
    return text[start:hi]


def mark_windows(recs: list[dict], texts: dict[str, str]) -> None:
    """Set ``told_text`` (:func:`told_window`) and ``told`` (its word keys) on every source statement
    of ``recs``, each document's statements read in order; ``texts``: doc_id -> text."""
    by_doc: dict[str, list[dict]] = {}
    for r in sorted(recs, key=lambda r: (str(r["doc_id"]), int(r["sent_id"]), int(r["content_start"]))):
        earlier = by_doc.setdefault(str(r["doc_id"]), [])
        r["told_text"] = told_window(r, texts[str(r["doc_id"])], earlier)
        r["told"] = _keys(r["told_text"])
        earlier.append(r)


def tells_of(rec: dict, them, label: str) -> bool:
    """Whether a version's speaker (its identity ``them``, :class:`~.speaker_identity._Who`, and its
    ``label``) is a party the source statement ``rec`` tells of (``told_text`` and ``told``,
    :func:`mark_windows`): a person's surname there, not after another given name or a title of
    the other sex ("Mrs Jones" tells of no "Clifford Jones"); every word of a body's name; or,
    unnamed, the head noun of its label, not a generic one (:data:`GENERIC_HEADS`).

    Example:
        >>> from types import SimpleNamespace as W
        >>> rec = {"told_text": "said the two lodgers had accused her"}
        >>> rec["told"] = _keys(rec["told_text"])
        >>> anon = W(named=False, kind="anonymous", names=frozenset())
        >>> tells_of(rec, anon, "Lodgers at the hostel"), tells_of(rec, anon, "an Iranian lodger")
        (True, True)
        >>> rec = {"told_text": "who wrote urging leniency for Mrs Cole, said"}
        >>> rec["told"] = _keys(rec["told_text"])
        >>> him = W(named=True, kind="person", names={"Cole"}, firsts={"Tom"}, gender="m")
        >>> tells_of(rec, him, "Tom Cole"), tells_of(rec, W(**{**vars(him), "gender": "f"}), "Ann Cole")
        (False, True)
    """
    if them.named and them.names and them.kind == "person":
        return any(_named_there(rec["told_text"], n, them) for n in them.names)
    if them.named and them.names:
        names = [_keys(n) for n in them.names]
        return any(n and n <= rec["told"] for n in names)
    head = lemma_key(head_noun(label.lower()))
    return bool(head) and head not in GENERIC_HEADS and head in rec["told"]


def _named_there(text: str, surname: str, them) -> bool:
    """Whether ``surname`` stands in ``text`` for the person ``them``: not after a given name not
    hers, nor after a title of the other sex."""
    for m in re.finditer(rf"\b{re.escape(surname)}\b", text):
        before = re.findall(r"[A-Za-z]+", text[max(0, m.start() - 30) : m.start()])[-1:]
        if before and genders_differ(title_gender(before), them.gender):
            continue  # "Mrs Jones" is not Mr Jones
        given = before and before[0][:1].isupper() and before[0].lower() not in _TITLES
        if given and them.firsts and before[0] not in them.firsts:
            continue  # "Sandra Jones" is not Clifford Jones
        return True
    return False
