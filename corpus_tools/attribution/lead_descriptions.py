"""The lead's description of a speaker is the person the next sentence names with a title.

Wire copy opens on a description and names the speaker in the next sentence, his title in
apposition: "The Soviet Union ... has not decided whether to apply for membership, a senior Soviet
State Bank official said. / "No specific plans exist ...," Yurij Ponomarev, international managing
director of the State Bank, told Reuters." (round 34, branch audit34, Reuters-21578 17214 0-1 and
17376 0-1, ``benchmarks/claims.md``, ad4 and ad6). The description was counted an anonymous speaker
beside the named man, and so was each later "the State Bank official said".

The rule: when the speaker of the first statement of a document is an unnamed singular description
(an official, an observer), the first statement of the next sentence is a person named there for
the first time with a title in apposition before the cue ("Name, title, told"), and the
description and the title share a capitalised word ("State Bank"; "Bank"), the description's
rows are that person's. A description and a title with no word in common ("a senior official" ...
"Tom Hale, the White House spokesman") stay two speakers. A description's lower-case word shares
a word with the title when the title names it with a capital: "..., a union official said. / ...,
Jorge Luis Leao Franco, a senior official of the National Merchant Marine Union, told Reuters" (round
36, branch debt36, round 35's held-out 2542, ``benchmarks/claims.md`` sm12: "union", not its head
"official"). A **definite** description that shares no word with the title is the person too when
he says the lead's news again: three of the lead statement's lower-case words of five letters or
more recur (by their first six letters) in what the named man says: "... urging "comprehensive"
negotiations on agriculture begin immediately to reduce domestic farm subsidies, the senior U.S.
planner for the summit said. / "...," Allen Wallis, undersecretary of state for economic affairs,
told Reuters in an interview. / ... Wallis said the U.S. will press for a statement instructing
trade ministers to begin negotiating on the issue, and include domestic programs" (round 37,
branch audit37, Reuters-21578 15718 0-1 and 15738 0-1, ``benchmarks/claims.md`` ag4 and ag12). An
indefinite description ("a senior official") still needs the shared word.

A lead's indefinite description of a **body** is the body a sentence of the next two names with
the same description in apposition before its cue: "A study group said the United States should
increase its strategic petroleum reserve ... / The Aspen Institute for Humanistic Studies, a
private group, also called for new research" (round 38, branch tune38, ``TUNE_38``'s 489 0-2 and
502 0-2, ``benchmarks/claims_tune38.md`` W7: "A study group" a second institution). The head nouns
must be one ("group"); a body named before the lead's sentence ends is another body. The body's
document named by the description's first noun ("The study cited two basic policy paths", 502 4)
is the body too.

A lead that names a country's office by its title alone is the person the next sentence names
first: "Kuwait's Oil Minister, in remarks published today, said there were no plans for an
emergency OPEC meeting ... / Sheikh Ali al-Khalifa al-Sabah was quoted by the local daily al-Qabas
as saying: ..." (round 39, branch tune39, Reuters-21578 236 0-1, ``benchmarks/claims_tune39.md``
K7: the title and the man two named people). The lead's label is a place's possessive and a
capitalised title ending in an office's word ("Kuwait's Oil Minister"), no name; the first
statement of the next sentence is a named person the lead's sentence does not name, whose label
holds no office of its own ("Sheikh Ali al-Khalifa al-Sabah", not "Ecuador's deputy energy minister
Fernando Santos Alvite").

* :func:`named_leads`: the attribution rows with such descriptions made the person they describe.
"""

from __future__ import annotations

import re

import pandas as pd

from corpus_tools import lexicon

__all__ = ["named_leads"]

#: a capitalised word of a description or a title ("State", "Bank"), not an article
_CAPITAL = re.compile(r"\b[A-Z][a-z][\w-]*")
_ARTICLES = frozenset({"The", "A", "An"})
#: an apposition between a name and its cue: ", international managing director of the State Bank,"
_APPOSITION = re.compile(r"^\s*,\s+[^,]{3,120},\s*$")
#: a lower-case word of five letters or more, read by its first six ("negotiations", "negotiating")
_WORD = re.compile(r"\b[a-z][a-z-]{4,}")
_FUNCTION = frozenset("would could should their there these those which while about after being".split())
#: how many of the lead's words the named man must say again
_REPEATED = 3
#: the columns a document's statements are read by
_READ = [
    "doc_id",
    "sent_id",
    "speaker_start",
    "speaker_end",
    "cue_start",
    "speaker_id",
    "speaker_label",
    "named",
    "speaker_type",
    "content_start",
    "content_end",
]


#: a place's office by its title alone: "Kuwait's Oil Minister", "Saudi Arabia's Finance Minister"
_OFFICE = re.compile(r"^(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*'s\s+(?:[A-Z][\w-]*\s+){0,3}([A-Z][a-z]+)$")
_OFFICES = lexicon.SPEAKER_WORDS["official"]
#: words that describe a person: a title, an office, a trade ("Analyst John Smith")
_DESCRIBING = frozenset().union(*lexicon.SPEAKER_WORDS.values())
#: lower-case particles of a name ("Said bin Ahmed")
_PARTICLES = frozenset({"bin", "ibn", "bint", "de", "da", "di", "du", "van", "von", "del", "la", "le"})
_SENTENCE_END = re.compile(r"[.!?][\"')]*\s+")


def _office(label: str) -> bool:
    """Whether a label is a place's office named by its title alone ("Kuwait's Oil Minister")."""
    m = _OFFICE.match(" ".join(str(label).split()))
    return m is not None and m.group(1).lower() in _OFFICES


def _capitals(text: str) -> set[str]:
    return {w.removesuffix("'s") for w in _CAPITAL.findall(text)} - _ARTICLES


def named_leads(frame: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the rows of a lead's description given the ``speaker_id``, ``speaker_label``,
    ``named`` and ``speaker_type`` of the person the next sentence names (module docstring).

    Args:
        frame: the attribution rows (``doc_id``, ``sent_id``, ``speaker_start``, ``speaker_end``,
            ``cue_start``, ``speaker_id``, ``speaker_label``, ``named``, ``speaker_type``, ``role``).
        corpus: the corpus frame (its ``text``).

    Returns:
        A copy of ``frame`` (the same frame when no speaker changes).
    """
    if not len(frame):
        return frame
    unnamed = ~frame["named"] & (
        frame["speaker_type"].isin(("official", "anonymous"))
        | (frame["speaker_type"].eq("organisation") & frame["speaker_label"].astype(str).str.match(r"An? "))
    )
    first = frame["sent_id"] == 0
    office = first & frame["named"] & frame["speaker_type"].eq("official")  # "Kuwait's Oil Minister"
    office &= frame["speaker_label"].astype(str).str.contains("'s ", regex=False)
    docs = set(frame.loc[first & unnamed, "doc_id"])
    docs |= set(frame.loc[office, "doc_id"][frame.loc[office, "speaker_label"].map(_office)])
    if not docs:  # the cheap test first: an unnamed speaker in a first sentence
        return frame
    spoken = frame[
        frame["doc_id"].isin(docs) & frame["speaker_id"].notna() & (frame["role"] == "speaker")
    ].sort_values(["doc_id", "sent_id", "cue_start"], kind="stable")
    by_doc: dict[str, list[dict]] = {}
    for r in spoken[_READ].to_dict("records"):  # converted once: a frame per document costs more
        by_doc.setdefault(r["doc_id"], []).append(r)
    to: dict[tuple[str, str], dict] = {}
    for doc_id, rows in by_doc.items():  # a document's few statements, in order
        text = str(corpus.loc[doc_id, "text"])
        body = _named_body(rows, text)  # "A study group said ... / X, a private group, also called"
        person = body or (None if rows[0]["speaker_type"] == "organisation" else _named_next(rows, text))
        if person is not None:
            to[(doc_id, rows[0]["speaker_id"])] = person
            if body is not None:  # "A study group" ... "The study": its study
                to |= {(doc_id, sid): person for sid in _own_documents(rows)}
    if not to:
        return frame
    out = frame.copy()
    cols = ["speaker_id", "speaker_label", "named", "speaker_type"]
    for (doc_id, sid), person in to.items():
        at = (out["doc_id"] == doc_id) & (out["speaker_id"] == sid)
        out.loc[at, cols] = [person[c] for c in cols]
    return out


def _named_next(rows: list[dict], text: str) -> dict | None:
    """The row of the person the next sentence names, when the first row's speaker is a lead's
    description of that person (module docstring); else None. ``rows``: one document's statements
    in order."""
    first = rows[0]
    label = " ".join(str(first["speaker_label"]).split())
    if first["sent_id"] == 0 and first["named"] and _office(label):  # "Kuwait's Oil Minister"
        return _office_holder(rows, text)
    if first["sent_id"] != 0 or first["named"] or first["speaker_type"] not in ("official", "anonymous"):
        return None
    if label.split(" ", 1)[0].lower() not in ("a", "an", "the"):
        return None
    person = next((r for r in rows if r["sent_id"] == 1), None)
    if person is None or not person["named"] or person["speaker_type"] not in ("person", "official"):
        return None
    if any(r["speaker_id"] == person["speaker_id"] for r in rows if r["sent_id"] == 0):
        return None  # named before: another person
    between = text[int(person["speaker_end"]) : int(person["cue_start"])]
    if not _APPOSITION.match(between):
        return None
    if _shared(label, between):
        return person
    definite = label.lower().startswith("the ")
    return person if definite and _says_again(first, person, rows, text) else None


def _office_holder(rows: list[dict], text: str) -> dict | None:
    """The row of the person who makes the next sentence's first statement, named there first and
    with no office in his label, when the lead names an office by its title alone (docstring); his
    sentence opens on his name (an honorific, "Sheikh", may come first; no "Analyst" or "Minister")."""
    person = next((r for r in rows if r["sent_id"] == 1), None)
    if person is None or not person["named"] or person["speaker_type"] not in ("person", "official"):
        return None
    if any(r["speaker_id"] == person["speaker_id"] for r in rows if r["sent_id"] == 0):
        return None  # named in the lead's sentence: another person
    opening = _SENTENCE_END.split(text[: int(person["speaker_start"])])[-1].split()
    words = {w.lower().strip(",.") for w in [*str(person["speaker_label"]).split(), *opening]}
    if words & _DESCRIBING or not all(w[:1].isupper() or "-" in w or w in _PARTICLES for w in opening):
        return None  # "Analyst John Smith", "Ecuador's deputy energy minister Fernando Santos Alvite"
    return person


def _named_body(rows: list[dict], text: str) -> dict | None:
    """The row of the body a sentence of the next two names with the lead's description in
    apposition ("The Aspen Institute ..., a private group, also called"), when the first row's
    speaker is that indefinite description ("A study group"); else None (module docstring)."""
    first = rows[0]
    if first["sent_id"] != 0 or first["named"] or not re.match(r"An? ", str(first["speaker_label"])):
        return None
    head = " ".join(str(first["speaker_label"]).split()).split()[-1].lower()
    apposed = re.compile(rf"^\s*,\s+an?\s+(?:[a-z-]+\s+){{0,3}}{re.escape(head)}\s*,\s*(?:also\s+)?$")
    for r in rows:
        if r["sent_id"] not in (1, 2) or not r["named"] or r["speaker_id"] == first["speaker_id"]:
            continue
        if any(o["speaker_id"] == r["speaker_id"] for o in rows if o["sent_id"] == 0):
            return None  # named in the lead's sentence: another body
        if apposed.match(text[int(r["speaker_end"]) : int(r["cue_start"])]):
            return r
    return None


def _own_documents(rows: list[dict]) -> set[str]:
    """The speakers of a document's rows that are the lead body's own document: "The study" after
    "A study group" (the noun the description's head is modified by)."""
    words = " ".join(str(rows[0]["speaker_label"]).split()).lower().split()
    if len(words) < 3:
        return set()
    own = {f"the {words[-2]}", f"its {words[-2]}"}
    return {
        r["speaker_id"]
        for r in rows
        if r["speaker_type"] == "document" and " ".join(str(r["speaker_label"]).split()).lower() in own
    }


def _stems(text: str) -> set[str]:
    return {w[:6] for w in _WORD.findall(text) if w not in _FUNCTION}


def _says_again(lead: dict, person: dict, rows: list[dict], text: str) -> bool:
    """Whether the named man's statements hold three of the lead statement's words (docstring)."""
    said = _stems(text[int(lead["content_start"]) : int(lead["content_end"])])
    if len(said) < _REPEATED:
        return False
    his = " ".join(
        text[int(r["content_start"]) : int(r["content_end"])]
        for r in rows
        if r["speaker_id"] == person["speaker_id"]
    )
    return len(said & _stems(his)) >= _REPEATED


def _shared(label: str, title: str) -> bool:
    """Whether a description and a title share a capitalised word, or a word of the description
    before its head ("union" of "a union official") is one the title writes with a capital."""
    capitals = _capitals(title)
    if _capitals(label) & capitals:
        return True
    words = {w.lower() for w in label.split()[1:-1]}  # the article and the head aside
    return bool(words & {c.lower() for c in capitals})
