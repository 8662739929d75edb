"""One couple or family under several labels in one document: one speaker, whose members are listed.

A court report gives a couple's statement under many labels in one text: "Ann and Tom Rudd
rejected ...", "The couple said", "Mr and Mrs Rudd added", "The Rudd family", "The Rudds",
"Librarian Tom Rudd, 52, and wife Ann", "Their son's parents, Tom and Ann Rudd, said". Read one by
one, they were three or four speakers (the couple, each member, "The couple" resolved to another pair
named before). The model (round 19, ``benchmarks/claims_tune18.md`` kind T1):

* a **household** is a joint speaker of two or more people of one surname ("Ann Rudd and Tom
  Rudd", "Mr Rudd and Mrs Rudd", "Tom Rudd and Ann"), of given names a kin word groups ("Their
  son's parents, Tom and Ann Rudd"), a family ("The Rudds", "The Rudd family"), or two people named
  by one cue in a document that also speaks of them as a couple ("Librarians Tom, 52, and Ann, 48,
  said ... The couple added");
* in a document with one household, every other label of it ("Mr and Mrs Rudd", "The Rudds") and
  every couple description ("The couple", "The family", "his parents") is that one speaker, under
  the household's fullest label ("Ann Rudd and Tom Rudd"), and so is a member ("Tom Rudd", "wife
  Ann"; not "Jim Rudd", their son) where one cue names it with the others ("Tom Rudd, 52, and wife
  Ann said"); a member speaking alone is the member ("Mr Rudd claimed he was called names");
* two households of one document that cannot be one (two surnames) leave the descriptions where
  they were.

:func:`one_household` is called once per document by :func:`~.identities.refine_speakers`; across
a wire's takes the household's labels are one speaker by :mod:`~.couples` (the same surname and
people).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from corpus_tools import lexicon
from corpus_tools.attribution.family_names import family_plural, family_surname, family_surnames
from corpus_tools.attribution.pairs import n_people
from corpus_tools.attribution.spouses import SPOUSES, TITLED_COUPLE

__all__ = ["Household", "couple_description", "household_of", "one_household"]

_TITLES = lexicon.MALE_TITLES | lexicon.FEMALE_TITLES | lexicon.HONORIFICS
_CAP = re.compile(r"\b[A-Z][a-z][\w'-]*")
#: "The couple", "the family", "his parents", "Thomas's parents", "The boy's family"
_DESCRIPTION = re.compile(
    r"^(?:the |both )?(?:couple|family|parents)$"
    r"|^(?:his|her|their|the [a-z]+'s|[a-z][\w-]*'s) (?:parents|family)$"
)
#: a kin word, then the names it groups: "Thomas's parents, John and Carol Marshall"
_KIN = re.compile(
    r"^(?i:the |his |her |their )?(?:[A-Za-z][\w-]*'s )?(?:parents|couple|family)"
    r",? (?P<names>[A-Z][\w'-]*(?: [A-Z][\w'-]*)?(?:,? and [A-Z][\w'-]*(?: [A-Z][\w'-]*)?)+)"
)
#: "Mr Rudd": a surname the document gives a title
_TITLED_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss)\.? ([A-Z][\w'-]+)")


@dataclass
class Household:
    """The people of one couple or family: their surname ("" when the text gives none) and given
    names in the order named."""

    surname: str = ""
    firsts: list[str] = field(default_factory=list)

    def fits(self, other: Household) -> bool:
        """Whether two households may be one: no two surnames, and shared given names when both give
        two or more."""
        if self.surname and other.surname and self.surname != other.surname:
            return False
        a, b = set(self.firsts), set(other.firsts)
        return not a or not b or bool(a & b)

    def join(self, other: Household) -> Household:
        firsts = self.firsts + [f for f in other.firsts if f not in self.firsts]
        return Household(self.surname or other.surname, firsts)

    def label(self) -> str:
        """ "Ann Rudd and Tom Rudd"; "Ann and Tom" with no surname; "The Rudds" with no given names."""
        if len(self.firsts) > 1:
            return " and ".join(f"{f} {self.surname}".strip() for f in self.firsts)
        return f"The {family_plural(self.surname)}" if self.surname else ""


def _names(part: str) -> list[str]:
    """The capitalised words of one person's part of a label, titles left out."""
    return [w for w in _CAP.findall(part) if w.lower().rstrip(".") not in _TITLES and w.lower() != "the"]


def household_of(label: str, surnames: set[str] | frozenset[str] = frozenset()) -> Household | None:
    """The household a joint label names, or None: two or more people, each part a given name, a
    given name and the surname, or a title and the surname, one surname given at least once ("Ann
    Rudd and Tom Rudd", "Tom Rudd and Ann", "Mr and Mrs Rudd"); a kin word and the names it groups
    ("Their son's parents, Tom and Ann Rudd", where the surname may be missing); a family ("The
    Rudds", "The Rudd family", "The Joneses": the candidate ``surnames`` holds, :mod:`~.family_names`).

    Example:
        >>> household_of("Ann Rudd and Tom Rudd"), household_of("Mr Rudd and Mrs Rudd")
        (Household(surname='Rudd', firsts=['Ann', 'Tom']), Household(surname='Rudd', firsts=[]))
        >>> household_of("Tom Rudd and Ann"), household_of("The Rudd family")
        (Household(surname='Rudd', firsts=['Tom', 'Ann']), Household(surname='Rudd', firsts=[]))
        >>> household_of("Their son's parents, Tom and Ann"), household_of("Hale and Dunn")
        (Household(surname='', firsts=['Tom', 'Ann']), None)
        >>> household_of("Tom Hale and Ann Dunn"), household_of("Tom Rudd")
        (None, None)
        >>> household_of("Mr Hale and Ann Dunn") is None
        True
    """
    text = " ".join(str(label).split())
    if family := family_surname(text, surnames):
        return Household(family)
    if m := TITLED_COUPLE.match(text):  # "Mr and Mrs Rudd"
        return Household(m.group("b")) if m.group("a") in (None, m.group("b")) else None
    kin = _KIN.match(text)
    if kin:
        text = kin.group("names")
    if n_people(text) < 2:
        return None
    raw = re.split(r", and |, | and ", text)
    parts = [_names(p) for p in raw]
    if not all(parts) or any(len(p) > 2 for p in parts):
        return None
    # "Mr Dale and Simon Pike": a title and one name is a surname, not Dale of the Pikes (tune21)
    surnames = {p[-1] for r, p in zip(raw, parts, strict=True) if len(p) == 2 or _titled(r)}
    if len(surnames) > 1 or (not surnames and kin is None):
        return None  # "Tom Hale and Ann Dunn"; "Hale and Dunn": two surnames or two given names
    surname = surnames.pop() if surnames else ""
    firsts = [p[0] for p in parts if p[0] != surname]
    return Household(surname, list(dict.fromkeys(firsts)))


def _titled(text: str) -> bool:
    return any(w.lower().rstrip(".") in _TITLES for w in text.split())


def couple_description(label: str) -> bool:
    """Whether a label describes a couple or family without naming it ("The couple", "the family",
    "his parents", "The boy's parents").

    Example:
        >>> [couple_description(x) for x in ("The couple", "his parents", "The jury")]
        [True, True, False]
    """
    return bool(_DESCRIPTION.match(" ".join(str(label).lower().split())))


def _member(label: str, home: Household) -> bool:
    """Whether a one-person label is one of the household's people: the surname with one of its
    given names or none ("Tom Rudd", "Mr Rudd", "Librarian Tom Rudd 52"), or one of its given names
    alone ("wife Ann", "Ann")."""
    if n_people(label) > 1:
        return False
    words = _CAP.findall(" ".join(str(label).split()))
    if not words:
        return False
    last = words[-1]
    if home.surname and last == home.surname:
        given = [w for w in words[:-1] if w.lower().rstrip(".") not in _TITLES]
        return not given or not home.firsts or given[-1] in home.firsts
    return last in home.firsts and (len(words) == 1 or not home.surname)


def one_household(frame: pd.DataFrame) -> pd.DataFrame:
    """The attribution rows with each document's household given one ``speaker_id`` and label
    (the module's model); other rows unchanged. Only documents with a joint, kin, family or
    couple label are read (each distinct label is tested once).

    Args:
        frame: the attribution rows (``doc_id``, ``sent_id``, ``cue_start``, ``speaker``,
            ``speaker_id``, ``speaker_label``, ``speaker_type``, ``named``, ``resolved_from``).

    Returns:
        ``frame`` itself when no document has a household, else a copy.
    """
    cols = ["doc_id", "sent_id", "cue_start", "speaker", "speaker_id", "speaker_label", "speaker_type"]
    cols += ["named", "resolved_from"]
    if not len(frame) or not set(cols) <= set(frame.columns):
        return frame
    words = {str(x) for col in ("speaker_label", "speaker") for x in frame[col].dropna().unique()}
    hits = [x for x in words if household_of(x) is not None or couple_description(x)]
    if not hits:
        return frame
    hit = frame["speaker_label"].isin(hits) | frame["speaker"].isin(hits)
    docs = set(frame.loc[hit & frame["speaker_id"].notna(), "doc_id"])
    rows = frame[frame["doc_id"].isin(docs) & frame["speaker_id"].notna()]
    by_doc: dict = {}
    for i, r in zip(rows.index, rows[cols].to_dict("records"), strict=True):
        by_doc.setdefault(r["doc_id"], []).append({**r, "i": i})
    new: dict = {}  # row index -> (speaker_id, label) of its household
    for recs in by_doc.values():
        at, own, label = _one_document(recs)
        new.update(dict.fromkeys(at, (own, label)))
    if not new:
        return frame
    out = frame.copy()
    idx = list(new)
    out.loc[idx, "speaker_id"] = [new[i][0] for i in idx]
    out.loc[idx, "speaker_label"] = [new[i][1] for i in idx]
    out.loc[idx, "speaker_type"] = "person"
    out.loc[idx, "named"] = True
    return out


def _one_document(recs: list[dict]) -> tuple[list, str, str]:
    """The row index of one document's household, its ``speaker_id`` and its label; no rows when
    the document has none, or two that cannot be one."""
    heard = [r["resolved_from"] == "hearing" for r in recs]
    labels: dict[str, str] = {}  # a person's or a description's first label, by speaker_id
    said: dict[str, list[str]] = {}  # its mentions
    bodies: dict[str, str] = {}  # a body's label ("The Rudds" typed one)
    firsts: list[dict] = []
    for r, h in zip(recs, heard, strict=True):
        if h:
            continue
        sid = str(r["speaker_id"])
        if r["speaker_type"] in ("organisation", "government"):
            bodies.setdefault(sid, str(r["speaker_label"]))
            continue
        if sid not in labels:
            labels[sid] = str(r["speaker_label"])
            firsts.append(r)
        said.setdefault(sid, []).append(str(r["speaker"]))
    mentions = [*labels.values(), *(str(r["speaker"]) for r in recs)]
    named = {w for x in mentions if not family_surnames(x) for w in _CAP.findall(x)[-1:]}  # "Ann Jones"
    found: dict[str, list[Household]] = {}
    for sid, label in labels.items():
        kin = next((k for x in said[sid] if (k := _surname_of(x, mentions))), "")  # "Thomas's parents"
        homes = (household_of(x, named) for x in dict.fromkeys([label, *said[sid]]))
        found[sid] = [Household(h.surname or kin, h.firsts) for h in homes if h is not None]
    homes = [h for hs in found.values() for h in hs]
    if any(couple_description(x) for x in mentions):  # "Librarians Tom, 52, and Ann, 48, said ... The couple"
        titled = {m.group(1) for x in mentions for m in _TITLED_NAME.finditer(x)}
        homes += _one_cue(firsts, titled | {h.surname for h in homes} - {""})
    if not homes:
        return [], "", ""
    home = homes[0]
    for other in homes[1:]:
        if not home.fits(other):
            return [], "", ""  # two couples, or a pair of two names: no telling whose "The couple" is
        home = home.join(other)
    members = [  # the household's own labels: joint, kin, family, a couple description
        sid
        for sid, label in labels.items()
        if any(home.fits(h) for h in found[sid]) or couple_description(label)
    ]
    members += [  # "The Rudds" typed a body, beside "Ann and Tom Rudd"
        sid
        for sid, label in bodies.items()
        if home.surname and (h := household_of(label, named)) is not None and h.surname == home.surname
    ]
    alone = {sid for sid, label in labels.items() if sid not in members and _member(label, home)}
    # a member is the household where one cue names it with the others ("Tom Rudd, 52, and wife
    # Ann said"; a joint subject split in one row each); speaking alone, he is himself
    cues: dict[tuple, set[str]] = {}
    for r in recs:
        if str(r["speaker_id"]) in alone or str(r["speaker_id"]) in members:
            cues.setdefault((r["sent_id"], r["cue_start"]), set()).add(str(r["speaker_id"]))
    joined = [
        k
        for k, r in enumerate(recs)
        if str(r["speaker_id"]) in alone and len(cues[(r["sent_id"], r["cue_start"])]) > 1
    ]
    members += [sid for sid in dict.fromkeys(str(recs[k]["speaker_id"]) for k in joined)]
    # "The couple" resolved to another pair named before: the household's, with its quotation
    moved = [k for k, r in enumerate(recs) if not heard[k] and couple_description(str(r["speaker"]))]
    whole = set(members) - alone
    at = {k for k, r in enumerate(recs) if str(r["speaker_id"]) in whole} | set(moved) | set(joined)
    at |= set(_continued(recs, moved + joined))
    if not at:
        return [], "", ""
    at_rows = [recs[k] for k in sorted(at)]
    own = members[0] if members else str(at_rows[0]["speaker_id"])
    joint = next((labels[s] for s in members if n_people(labels.get(s, "")) > 1), labels.get(own, ""))
    label = home.label() or joint
    typed = at_rows[0]["speaker_type"] in ("person", "official")
    if len({str(r["speaker_id"]) for r in at_rows}) < 2 and (
        labels.get(own) == label or len(home.firsts) < 2 or not typed
    ):
        return [], "", ""  # one speaker already; relabelled only as the person a kin mention names
    return [r["i"] for r in at_rows], own, label


def _continued(recs: list[dict], moved: list[int]) -> list[int]:
    """The rows that carry on a moved row's quotation ("The couple said: '... ' ... '...'")."""
    out = []
    for k in moved:
        for j in range(k + 1, len(recs)):
            r = recs[j]
            same = r["speaker_id"] == recs[k]["speaker_id"] and r["speaker"] == recs[k]["speaker"]
            if not same or r["resolved_from"] != "continuing_quote":
                break
            out.append(j)
    return out


def _one_cue(firsts: list[dict], surnames: set[str]) -> list[Household]:
    """Two named people a cue introduces together ("Librarians Tom, 52, and Ann, 48, said"): a
    household of their given names, a last word the document gives a title ("Mr Rudd") or a
    household's surname (``surnames``) read as the surname; "and wife Ann" makes the husband's last
    word the surname."""
    cues: dict[tuple, list[str]] = {}
    for r in firsts:
        if r["named"] and r["speaker_type"] in ("person", "official"):
            cues.setdefault((r["sent_id"], r["cue_start"]), []).append(str(r["speaker_label"]))
    out = []
    for cue in cues.values():
        words = [_names(x) for x in cue]
        if len(cue) < 2 or not all(words) or any(n_people(x) > 1 for x in cue):
            continue
        wed = any(set(x.lower().split()) & SPOUSES for x in cue)  # "and wife Ann"
        known = {w[-1] for w in words if len(w) > 1 and (w[-1] in surnames or wed)}
        given = [w[-2] if w[-1] in known else w[-1] for w in words]
        if len(known) < 2 and len(set(given)) == len(given):
            out.append(Household(known.pop() if known else "", given))
    return out


def _surname_of(kin: str, labels) -> str:
    """The surname of a kin mention's possessor that another label gives ("Thomas's parents, John
    and Ann" beside "Thomas Rudd": Rudd), else ""."""
    m = re.match(r"^([A-Z][a-z][\w-]*)'s (?:parents|family)\b", kin)
    if not m:
        return ""
    found = {x.split()[-1] for x in map(str, labels) if re.fullmatch(rf"{m.group(1)} [A-Z][a-z][\w'-]*", x)}
    return found.pop() if len(found) == 1 else ""
