"""Who a speaker is across documents: one identity per speaker, and a wire story's takes as one witness.

A speaker is followed by identity: one government under any of its names, a named person by
surname, a named institution by name, an anonymous speaker by every word of its description ("two
U.S. officials" = "two US officials"), never by a generic head word ("official", "source"); a
hearing ("the court heard", :func:`~.hearings.is_hearing`) only as a hearing. Used by
:mod:`~.survival` (which re-exports these names) and :mod:`~.shared_quotes`.

Split from :mod:`corpus_tools.attribution.survival` (no rule changed).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd

from corpus_tools.attribution.body_statements import same_body
from corpus_tools.attribution.couples import pair_words, person_names, same_people
from corpus_tools.attribution.defendant import defendant_heads, is_defendant
from corpus_tools.attribution.entities import description_key, government_key, leaders, speaker_kind
from corpus_tools.attribution.group_labels import same_group
from corpus_tools.attribution.hearings import is_hearing
from corpus_tools.attribution.institution_names import initialled
from corpus_tools.attribution.kin_genders import kin_name
from corpus_tools.attribution.label_cases import label_form, same_label
from corpus_tools.attribution.misprints import misprint
from corpus_tools.attribution.namesakes import genders_differ, title_gender
from corpus_tools.attribution.qualified_bodies import qualified_group
from corpus_tools.attribution.roles import role_of
from corpus_tools.attribution.sides import side_of
from corpus_tools.attribution.speakers import PRONOUNS
from corpus_tools.attribution.take_speakers import same_in_takes
from corpus_tools.attribution.takes import titles
from corpus_tools.variants.name_forms import one_given_name

__all__ = ["one_witness", "speaker_identities"]


@dataclass(frozen=True)
class _Who:
    """What identifies one distinct speaker across documents."""

    kind: str
    named: bool
    government: str
    names: frozenset[str]
    description: frozenset[str]
    hearing: bool = False
    defendant: bool = False  # a description of the person on trial ("the teenager", "the defendant")
    firsts: frozenset[str] = frozenset()  # given names ("Janet" Adams is not "Annette" Adams)
    roles: frozenset[str] = frozenset()  # the offices its mentions give ("Recorder McLaren": judge)
    gender: str = ""  # from its titles: "Mr Amor" is not "Mrs Amor" (:mod:`~.namesakes`)
    people: int = 1  # a joint speaker ("Mr and Mrs Grant", "the Grants"): :mod:`~.couples`
    label: str = ""  # its label (:func:`~.label_cases.label_form`): "Tehran Radio" is "Tehran radio"

    def same(self, other: _Who) -> bool:
        if self.hearing or other.hearing:  # "An inquest in Wakefield" = "the Inquest at Wakefield"
            return self.hearing == other.hearing
        if self.defendant or other.defendant:  # a court story has one defendant
            return self.defendant == other.defendant
        if same_label(self.label, other.label):  # "U.S. Officials", "U.S. officials": one speaker
            return True
        if self.government or other.government:
            return self.government == other.government
        if self.named != other.named:
            return False
        if self.named and self.kind == other.kind == "organisation" and _one_body(self.names, other.names):
            return True  # "University Hospital" of a paper, "University Hospital of Westshire"
        if self.named and self.kind == other.kind == "organisation" and initialled(self.label, other.label):
            return True  # "USDA" of one document, "The U.S. Agriculture Department" of the next
        if self.named:
            same = self.kind == other.kind and self.people == other.people and same_people(self, other)
            return same and self._given_agree(other)
        if bool(self.description) and self.description == other.description:
            return True
        if qualified_group(self.label, other.label):  # "Commission sources", "EC Commission sources"
            return True
        return same_group(self.label, other.label)  # "one western diplomat", "a Western diplomat"

    def _given_agree(self, other: _Who) -> bool:
        """No given names on one side, or one given name (a misprint or a short form apart: "Bob" and
        "Robert", :func:`~corpus_tools.variants.name_forms.one_given_name`) on both; no two genders."""
        a, b = self.firsts, other.firsts
        given = (
            not a
            or not b
            or any(misprint(x, y) or one_given_name(x.lower(), y.lower(), starts=False) for x in a for y in b)
        )
        return given and not genders_differ(self.gender, other.gender)


def _one_body(a, b) -> bool:
    return any(same_body(x, y) for x in a for y in b)


def _who(rows: list[dict], leaders_: dict[str, str], on_trial: set[str]) -> _Who:
    """The identity of one speaker from its statements ``rows`` (records, in frame order)."""
    first = rows[0]
    mentions = [str(first["speaker_label"])] + [
        str(r["speaker"]) for r in rows if r["resolved_from"] != "pronoun"
    ]
    mentions = [m for m in mentions if m.lower() not in PRONOUNS]
    named_kin = [kin_name(m) for m in mentions]  # "Miss Dean's father, Tom" is "Tom Dean", a man
    side = side_of(str(first["speaker_label"]))  # "the Crown" is "the prosecution", no name
    named, stype = bool(first["named"]) and not side, str(first["speaker_type"])
    kind = speaker_kind(stype, named)
    firsts, people = set(), 1
    if kind == "person":
        names, firsts, people = person_names(mentions + [k for k in named_kin if k not in mentions])
    elif named:
        names = {" ".join(m.lower().removeprefix("the ").split()) for m in mentions}
    else:
        names = set()
    gov = government_key(str(first["speaker_label"]), leaders=leaders_) if stype == "government" else ""
    hearing = any(is_hearing(r) for r in rows)  # "the court heard": a hearing, told
    description = (
        frozenset({side}) if side else description_key(first["speaker_label"]) | pair_words(mentions)
    )
    defendant = not named and not hearing and is_defendant(str(first["speaker_label"]), on_trial)
    roles = frozenset(role_of(w) for m in mentions for w in description_key(m) if role_of(w) and not hearing)
    gender = title_gender(w for m in named_kin for w in m.split()) if kind == "person" else ""
    names, firsts = frozenset(names), frozenset(firsts)
    label = label_form(first["speaker_label"])  # "Tehran Radio" of one story, "Tehran radio" of the next
    return _Who(
        kind, named, gov, names, description, hearing, defendant, firsts, roles, gender, people, label
    )


def speaker_identities(
    stmts: pd.DataFrame, texts: dict[str, str], *, on_trial: set[str] | None = None
) -> dict[str, _Who]:
    """speaker_id -> what identifies that speaker across documents (``who.same(other)``), for the
    statements of :func:`corpus_tools.attribution.entities.statements` of the documents ``texts``
    (one story); ``on_trial``: the head words of its descriptions of the person on trial
    (:func:`corpus_tools.attribution.defendant.defendant_heads`), read over ``texts`` when None."""
    lead = {d: leaders(t) for d, t in texts.items()}
    heads = defendant_heads("\n\n".join(texts.values())) if on_trial is None else on_trial
    # each speaker's rows as records, grouped in one pass (no frame per speaker: issue #23)
    cols = ["speaker_id", "doc_id", "speaker_label", "speaker", "resolved_from", "named", "speaker_type"]
    by_speaker: dict[object, list[dict]] = {}
    for values in zip(*(stmts[c] for c in cols), strict=True):
        if not pd.isna(values[0]):  # as groupby: no group for a missing id
            by_speaker.setdefault(values[0], []).append(dict(zip(cols, values, strict=True)))
    return {sid: _who(rows, lead[str(rows[0]["doc_id"])], heads) for sid, rows in by_speaker.items()}


def one_witness(recs: list[dict], who: dict, texts: list[str] = ()) -> list[dict]:
    """A wire story's takes as one source, each speaker one ``speaker_id`` across them: the same
    identity, the hearing ("the court heard"), one side (``side_of``: "the defence team"), a
    definite title in a later take ("the judge") for the one speaker an earlier take names with it,
    or :func:`~.take_speakers.same_in_takes` over the takes' ``texts``."""
    if len({str(r["doc_id"]) for r in recs}) < 2:
        return recs
    first_doc: dict[str, str] = {}
    hearing: set[str] = set()
    for r in recs:
        first_doc.setdefault(r["speaker_id"], str(r["doc_id"]))
        if is_hearing(r):
            hearing.add(r["speaker_id"])
    canon: dict[str, str] = {}
    text = "\n\n".join(texts)
    for sid, doc in first_doc.items():
        earlier = [c for c in canon if first_doc[c] != doc]  # every earlier speaker, not only the first
        label = _label(recs, sid)
        title = titles(label) if not who[sid].named and label.lower().startswith("the ") else set()
        titled = [c for c in earlier if who[c].named and title and title <= titles(_label(recs, c))]
        titled = list(dict.fromkeys(canon[c] for c in titled))  # one person under several labels
        same = [c for c in earlier if who[sid].same(who[c])]
        same = same if who[sid].named or who[sid].government or who[sid].defendant else []
        hearings = [c for c in earlier if sid in hearing and c in hearing]
        side = side_of(label) if not who[sid].named else ""
        sides = [c for c in earlier if side and not who[c].named and side_of(_label(recs, c)) == side]
        held = [c for c in earlier if same_in_takes(label, who[sid], _label(recs, c), who[c], text)]
        match = same or hearings or sides or (titled if len(titled) == 1 else []) or held
        canon[sid] = canon[match[0]] if match else sid
        if match and same:  # "Mrs Merral" of a later take, "Helen Merral" and "Mrs Helen Merrell" before
            _join_spellings(canon, who, sid, same)
    return [{**r, "speaker_id": canon[r["speaker_id"]]} for r in recs]


def spelt_both(first: _Who, later: _Who) -> _Who:
    """One person of a wire story's takes under every spelling they give her: ``first`` (the
    identity the takes' first mention reads) with the surnames and given names of ``later``, one
    person by :meth:`_Who.same` ("Mrs Helen Merrell" of one take, "Helen Merral" of the next, "Mrs
    Merral" after: a version's "Mrs Merral" keeps her, whichever spelling it follows)."""
    if not (first.named and later.named and first.kind == later.kind == "person"):
        return first
    names, firsts = first.names | later.names, first.firsts | later.firsts
    return replace(first, names=names, firsts=firsts, gender=first.gender or later.gender)


def _join_spellings(canon: dict[str, str], who: dict, sid: str, same: list[str]) -> None:
    """The speaker ``sid`` of a later take, one with the earlier speakers ``same``: their identity
    takes its spellings (:func:`spelt_both`), and when it has a given name it joins the earlier
    speakers it is each of ("Ruth Dorrel" after "Mrs Ruth Dorrell" and "Mrs Dorrel": one witness),
    never two of two genders ("Tom Hale" after "Mr Hale" and "Mrs Hale")."""
    root = canon[sid]
    others = [c for c in dict.fromkeys(canon[c] for c in same) if c != root] if who[sid].firsts else []
    for other in others:
        if who[sid].same(who[other]) and not genders_differ(who[root].gender, who[other].gender):
            for c, v in canon.items():
                canon[c] = root if v == other else v
            who[root] = spelt_both(who[root], who[other])
    who[root] = spelt_both(who[root], who[sid])


def _label(recs: list[dict], sid: str) -> str:
    return next(str(r["speaker_label"]) for r in recs if r["speaker_id"] == sid)
