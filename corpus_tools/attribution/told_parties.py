"""A party a source statement reports: a version that gives the statement to that party tells the
party, it does not relabel the speaker nor re-attribute the statement (issue #22, known debt 1 of
round 19).

A speaker's statement often reports what another party said, alleged or told: "Lord Justice Marlow
said the two lodgers had accused her of setting the blaze" (the lodgers' accusation, a report nested
in the judge's statement), "The Danes expressed their worries ..., the Norwegian source told
Reuters" (the seeds' shape), "She said Carver told police he had argued with her". A version that
tells the same content under that party ("Lodgers at the hostel accused her", "The Danes expressed
their worries", "Carver said he hit her") keeps the party's report without the outer speaker: the
outer speaker is not relabelled as the party and its statement is not re-attributed to it; it keeps,
or drops, by its other statements (:func:`~.survival_status.one_version`).

Two readings (:func:`mark_windows`, :func:`tells_of`):

* the reports nested in the statement (:func:`~.entities.mark_nested`: their cue and speaker inside
  its content): the version's speaker is one of their speakers when a name of it (a person's
  surname, not after another given name or a title of the other sex; every word of a body's name)
  or, unnamed, the head noun of its label stands in their labels; never a generic head
  ("official", "source", "spokesman"), which tells no party apart;
* a statement whose speaker is only a pronoun ("He told police that he had sex with her", after
  "Mr Redgrave described how Hobbs left the flat"): the account the pronoun carries on, from the
  content of the same speaker's statement just before; a person of the source's speakers named there
  is as good a reading of the pronoun, and a version that gives him the statement re-attributes
  nothing.
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.named_tellers import head_noun
from corpus_tools.attribution.namesakes import genders_differ, title_gender
from corpus_tools.lexicon import STOP_WORDS, lemma_key

__all__ = ["GENERIC_HEADS", "mark_windows", "tells_of"]

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
#: words before a name that make it an object, not the one acting ("injured by Mr Hagland")
_PREPOSITIONS = frozenset(
    "by to with for from at on against of about into onto upon than toward towards".split()
)
#: how far back, in sentences, a pronoun's account is read for the statement that began it
_REACH = 3


def _keys(text: str) -> frozenset[str]:
    return frozenset(lemma_key(w) for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in STOP_WORDS)


def _bound(x) -> int | None:
    return None if x is None or x != x else int(x)


def mark_windows(recs: list[dict], texts: dict[str, str], nested) -> None:
    """Set on every source statement of ``recs``: ``reported`` (the labels of the reports nested in
    its content, "; "-joined), ``reported_keys`` (their word keys) and ``carried`` (for a statement
    whose speaker is a pronoun, the source text from the content of the same speaker's statement
    within a few sentences before it to its own content's end; else ""). ``texts``: doc_id -> text;
    ``nested``: the attributions whose ``role`` is ``nested`` (``doc_id``, ``cue_start``,
    ``speaker_label``).

    Example:
        >>> import pandas as pd
        >>> text = "Mr Roe described how Cole left. He told police he hit her."
        >>> first = {"doc_id": "w", "sent_id": 0, "speaker_id": "S1", "resolved_from": "name",
        ...          "content_start": 17, "content_end": 30}
        >>> second = {**first, "sent_id": 1, "resolved_from": "pronoun", "content_start": 47,
        ...           "content_end": 57}
        >>> nested = pd.DataFrame({"doc_id": ["w"], "cue_start": [21], "speaker_label": ["Cole"]})
        >>> mark_windows([first, second], {"w": text}, nested)
        >>> first["reported"], first["carried"], second["carried"]
        ('Cole', '', 'how Cole left. He told police he hit her')
    """
    cues: dict[str, list[tuple[int, str]]] = {}
    for d, c, lab in zip(nested["doc_id"], nested["cue_start"], nested["speaker_label"], strict=True):
        if _bound(c) is not None and isinstance(lab, str):
            cues.setdefault(str(d), []).append((int(c), " ".join(lab.split())))
    by_doc: dict[str, list[dict]] = {}
    for r in sorted(recs, key=lambda r: (str(r["doc_id"]), int(r["sent_id"]), int(r["content_start"]))):
        doc, lo, hi = str(r["doc_id"]), int(r["content_start"]), int(r["content_end"])
        r["reported"] = "; ".join(lab for c, lab in cues.get(doc, []) if lo <= c < hi)
        r["reported_keys"] = _keys(r["reported"])
        earlier = by_doc.setdefault(doc, [])
        before = [
            e["content_start"]
            for e in earlier
            if e["speaker_id"] == r["speaker_id"] and int(r["sent_id"]) - _REACH <= int(e["sent_id"])
        ]
        pronoun = r.get("resolved_from") == "pronoun" and before
        r["carried"] = texts[doc][int(before[-1]) : hi] if pronoun else ""
        earlier.append(r)


def tells_of(rec: dict, them, label: str, persons=()) -> bool:
    """Whether a version's speaker (its identity ``them``, :class:`~.speaker_identity._Who`, and its
    ``label``) is a party the source statement ``rec`` reports (:func:`mark_windows`): the speaker
    of a report nested in it, or a person of the source's other speakers (``persons``, identities)
    named in the account its pronoun carries on.

    Example:
        >>> from types import SimpleNamespace as W
        >>> rec = {"reported": "the two lodgers", "reported_keys": _keys("the two lodgers"), "carried": ""}
        >>> anon = W(named=False, kind="anonymous", names=frozenset())
        >>> tells_of(rec, anon, "Lodgers at the hostel"), tells_of(rec, anon, "an Iranian official")
        (True, False)
        >>> rec = {"reported": "Mrs Cole", "reported_keys": _keys("Mrs Cole"), "carried": ""}
        >>> him = W(named=True, kind="person", names={"Cole"}, firsts={"Tom"}, gender="m")
        >>> tells_of(rec, him, "Tom Cole"), tells_of(rec, W(**{**vars(him), "gender": "f"}), "Ann Cole")
        (False, True)
    """
    if them.named and them.names and them.kind == "person":
        if any(_named_there(rec["reported"], n, them) for n in them.names):
            return True
        other = any(p.kind == "person" and them.same(p) for p in persons)
        return other and any(_named_there(rec["carried"], n, them, acting=True) for n in them.names)
    if them.named and them.names:
        names = [_keys(n) for n in them.names]
        return any(n and n <= rec["reported_keys"] for n in names)
    head = lemma_key(head_noun(label.lower()))
    return bool(head) and head not in GENERIC_HEADS and head in rec["reported_keys"]


def _named_there(text: str, surname: str, them, *, acting: bool = False) -> bool:
    """Whether ``surname`` stands in ``text`` for the person ``them``: not after a given name not
    his, nor after a title of the other sex; ``acting``: nor as the object of a preposition ("injured
    by Mr Hagland"), where he is no one a later pronoun reads as the teller."""
    for m in re.finditer(rf"\b{re.escape(surname)}\b", text):
        words = re.findall(r"[A-Za-z]+", text[max(0, m.start() - 40) : m.start()])
        before = words[-1:]
        if before and genders_differ(title_gender(before), them.gender):
            continue  # "Mrs Jones" is not Mr Jones
        given = before and before[0][:1].isupper() and before[0].lower() not in _TITLES
        if given and them.firsts and before[0] not in them.firsts:
            continue  # "Sandra Jones" is not Clifford Jones
        head = words[-2:-1] if before and before[0][:1].isupper() else before  # past "Mr", "Ron"
        if acting and head and head[0].lower() in _PREPOSITIONS:
            continue
        return True
    return False
