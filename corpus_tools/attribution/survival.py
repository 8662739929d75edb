"""What each version did with the speakers of its source: kept, relabelled, re-attributed, dropped.

A speaker is followed by identity and by statement. Identity: one government under any of its names, a
named person by surname, a named institution by name, an anonymous speaker by every word of its
description ("two U.S. officials" = "two US officials"), never by a generic head word ("official",
"source"). Statement: a statement of the source is followed into the version's sentences that reuse its
sentence (the alignment) and to the version's statement there whose content shares its words; where the
alignment finds none, to a statement of the version anywhere that tells it in other words
(:mod:`corpus_tools.attribution.paraphrase`: "denies strangling ... and dumping her body in the bath"), or
to a sentence that names the speaker and reports it without a cue the attributions read ("Ian Beckett
pleaded not guilty to indecently assaulting two women", for "he denied assaulting both women").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from corpus_tools import lexicon
from corpus_tools.attribution.attributions import attributions as find_attributions
from corpus_tools.attribution.couples import named_in, owns, pair_words, person_names, same_people
from corpus_tools.attribution.defendant import defendant_heads, is_defendant
from corpus_tools.attribution.entities import (
    description_key,
    government_key,
    leaders,
    speaker_kind,
    statements,
)
from corpus_tools.attribution.kept_forms import also_same, mend, speaks_for
from corpus_tools.attribution.misprints import misprint
from corpus_tools.attribution.namesakes import genders_differ, title_gender
from corpus_tools.attribution.own_voice import own_voice
from corpus_tools.attribution.paraphrase import (
    MIN_UNATTRIBUTED,
    SPEECH_FORMS,
    content_keys,
    fact_keys,
    keeps_keys,
    names_in,
)
from corpus_tools.attribution.pleas import opposite_pleas, same_plea, uncued_plea_kept
from corpus_tools.attribution.roles import role_of
from corpus_tools.attribution.sides import side_of
from corpus_tools.attribution.speakers import PRONOUNS
from corpus_tools.attribution.take_speakers import same_in_takes
from corpus_tools.attribution.takes import titles
from corpus_tools.io.corpus import require_columns
from corpus_tools.reuse.alignment import align_sentences
from corpus_tools.reuse.documents import resolve_source

__all__ = ["STATUSES", "SURVIVAL_COLUMNS", "one_witness", "speaker_identities", "speaker_survival"]

#: the statuses, best first: a speaker with statements of several fates takes the best
STATUSES = ("kept", "re_attributed", "relabelled", "kept_other_statement", "dropped")
SURVIVAL_COLUMNS = [
    "source_doc_id",
    "speaker_id",
    "speaker",
    "named",
    "speaker_type",
    "speaker_kind",
    "doc_id",
    "status",
    "became",
    "n_statements",
    "n_statements_kept",
    "n_quoted_in_version",
    "agency_credit",
    "agency_credit_dropped",
    "evidence_score",
    "n_statements_unattributed",
]
#: the least share of a version statement's content words found in the source statement's content
MIN_CONTENT_SHARE = 0.3


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

    def same(self, other: _Who) -> bool:
        if self.hearing or other.hearing:  # "An inquest in Wakefield" = "the Inquest at Wakefield"
            return self.hearing == other.hearing
        if self.defendant or other.defendant:  # a court story has one defendant
            return self.defendant == other.defendant
        if self.government or other.government:
            return self.government == other.government
        if self.named != other.named:
            return False
        if self.named:
            same = self.kind == other.kind and self.people == other.people and same_people(self, other)
            return same and self._given_agree(other)
        return bool(self.description) and self.description == other.description

    def _given_agree(self, other: _Who) -> bool:
        """No given names on one side, or one given name (a misprint apart) on both; no two genders."""
        a, b = self.firsts, other.firsts
        given = not a or not b or any(x == y or misprint(x, y) for x in a for y in b)
        return given and not genders_differ(self.gender, other.gender)


def _who(rows: pd.DataFrame, leaders_: dict[str, str], on_trial: set[str]) -> _Who:
    first = rows.iloc[0]
    mentions = [str(first["speaker_label"])] + [
        str(m) for m, how in zip(rows["speaker"], rows["resolved_from"], strict=True) if how != "pronoun"
    ]
    mentions = [m for m in mentions if m.lower() not in PRONOUNS]
    side = side_of(str(first["speaker_label"]))  # "the Crown" is "the prosecution", no name
    named, stype = bool(first["named"]) and not side, str(first["speaker_type"])
    kind = speaker_kind(stype, named)
    firsts, people = set(), 1
    if kind == "person":
        names, firsts, people = person_names(mentions)
    elif named:
        names = {" ".join(m.lower().removeprefix("the ").split()) for m in mentions}
    else:
        names = set()
    gov = government_key(str(first["speaker_label"]), leaders=leaders_) if stype == "government" else ""
    hearing = bool((rows["resolved_from"] == "hearing").any())  # "the court heard": a hearing, told
    description = (
        frozenset({side}) if side else description_key(first["speaker_label"]) | pair_words(mentions)
    )
    defendant = not named and not hearing and is_defendant(str(first["speaker_label"]), on_trial)
    roles = frozenset(role_of(w) for m in mentions for w in description_key(m) if role_of(w) and not hearing)
    gender = title_gender(w for m in mentions for w in m.split()) if kind == "person" else ""
    names, firsts = frozenset(names), frozenset(firsts)
    return _Who(kind, named, gov, names, description, hearing, defendant, firsts, roles, gender, people)


def speaker_identities(
    stmts: pd.DataFrame, texts: dict[str, str], *, on_trial: set[str] | None = None
) -> dict[str, _Who]:
    """speaker_id -> what identifies that speaker across documents (``who.same(other)``), for the
    statements of :func:`corpus_tools.attribution.entities.statements` of the documents ``texts``
    (one story); ``on_trial``: the head words of its descriptions of the person on trial
    (:func:`corpus_tools.attribution.defendant.defendant_heads`), read over ``texts`` when None."""
    lead = {d: leaders(t) for d, t in texts.items()}
    heads = defendant_heads("\n\n".join(texts.values())) if on_trial is None else on_trial
    return {
        sid: _who(g, lead[str(g["doc_id"].iloc[0])], heads)
        for sid, g in stmts.groupby("speaker_id", sort=False)
    }


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in lexicon.STOP_WORDS}


def _shares_content(version_content: str, source_content: str) -> bool:
    v, s = _words(version_content), _words(source_content)
    return not v or not s or len(v & s) / len(v) >= MIN_CONTENT_SHARE


def speaker_survival(
    corpus: pd.DataFrame,
    *,
    source: str | None = None,
    attributions: pd.DataFrame | None = None,
    alignment: pd.DataFrame | None = None,
    model=None,
    identities: dict[str, _Who] | None = None,
) -> pd.DataFrame:
    """Each speaker of the original in every other version: kept, relabelled, re-attributed,
    quoted on another statement, or dropped.

    The status, the best over the speaker's statements (:data:`STATUSES`):

    * ``kept``: the version gives a statement of the source to the same speaker (a plea or
      denial the source tells without a cue counts: :func:`~.pleas.uncued_plea_kept`), or it quotes the
      institution an anonymous spokesman speaks for and keeps his words without saying who ("An
      Environment Agency spokesman said" -> "The Environment Agency said" on another statement,
      his words told unattributed: survival by statement, :func:`~.kept_forms.speaks_for`);
    * ``re_attributed``: the statement is given to a different speaker (another speaker of the
      source, another named person, or a named speaker with no word of the anonymous one's
      description: "the union representative said" -> "Fish said"): ``became`` shows who;
    * ``relabelled``: the same statement, given to a differently described speaker that is no
      other speaker of the source and shares a word of its description ("an Iranian source with
      knowledge of the meeting" -> "an Iranian official"): ``became`` shows the new label;
    * ``kept_other_statement``: the version quotes this same speaker (or the institution a
      spokesman speaks for), on something else;
    * ``dropped``: the version quotes this speaker nowhere.

    Args:
        corpus: the corpus frame.
        source: the original: a doc_id, a ``group`` or several doc_ids read as one witness (see
            :func:`corpus_tools.reuse.documents.resolve_source`); None picks the origin.
        attributions: the frame of :func:`corpus_tools.attribution.attributions.attributions`;
            computed if not given.
        alignment: the frame of :func:`corpus_tools.reuse.alignment.align_sentences` from ``source``;
            computed when not given.
        model: spaCy pipeline name or object, used only when a frame must be computed.
        identities: :func:`speaker_identities` of the statements of ``attributions`` over the
            texts of ``corpus``, when the caller has them (read here when None).

    Returns:
        One row per (speaker of the original, other document): ``source_doc_id`` (the file of
        the original that quotes the speaker), ``speaker_id``, ``speaker`` (its first full
        mention), ``named``, ``speaker_type``, ``speaker_kind``, ``doc_id``, ``status``,
        ``became`` (for ``relabelled`` and ``re_attributed``: the version's speakers of the
        statements, "; "-joined; else ""), ``n_statements`` (its statements in the original),
        ``n_statements_kept`` (of them, given to the same speaker in the version),
        ``n_quoted_in_version`` (statements of the same speaker in the version),
        ``agency_credit`` (the source's credit of a news agency for this speaker, e.g. "told
        Reuters"; "" if none), ``agency_credit_dropped`` (the version carries a statement of
        the speaker that the source credits to an agency, without the credit) and
        ``evidence_score`` (the best alignment score of the version sentences its statements were
        followed into, 0-1; NaN when none was reused or a statement was found only in other
        words), ``n_statements_unattributed`` (of its statements, those the version tells
        without giving them to anyone: "he was told that his trial will start", for "Judge
        Rivlin told Beckett that his trial would start").

    Raises:
        ValueError: ``source`` names no document or group of the corpus.

    Example:
        >>> from corpus_tools import load_corpus
        >>> s = speaker_survival(load_corpus("seeds")).set_index(["doc_id", "speaker"])
        >>> s.loc[("002", "an Iranian source with knowledge of the meeting"), ["status", "became"]].tolist()
        ['relabelled', 'an Iranian official']
    """
    require_columns(corpus, ["text"], "speaker_survival")
    name, members = resolve_source(corpus, source)
    everything = find_attributions(corpus, model=model) if attributions is None else attributions
    a = statements(everything)
    align = align_sentences(corpus, source=name, model=model) if alignment is None else alignment
    align = align[align["source_doc_id"].isin(members)]
    texts = {str(d): str(t) for d, t in corpus["text"].items()}
    who = speaker_identities(a, texts) if identities is None else identities
    nested: dict[str, list[tuple[int, int]]] = {}  # each document's nested reports, read once
    inner = everything[everything["role"] == "nested"]
    for d, lo, hi in zip(inner["doc_id"], inner["content_start"], inner["content_end"], strict=True):
        if lo == lo and hi == hi and lo is not None and hi is not None:  # no NaN, no None
            nested.setdefault(str(d), []).append((int(lo), int(hi)))
    recs = [
        {
            **r,
            "content": texts[str(r["doc_id"])][int(r["content_start"]) : int(r["content_end"])],
            "span": _span(r, texts),
            "parts": _nested(r, nested, texts),
        }
        for r in a.to_dict("records")
    ]
    for r in recs:  # each statement's words read once, not once per version it is compared with
        r["keys"] = content_keys(r["content"])
    takes = [texts[m] for m in members]
    source_recs = one_witness([r for r in recs if str(r["doc_id"]) in members], who, takes)
    for r in source_recs:
        r["facts"], r["span_names"] = fact_keys(r["content"]), names_in(r["span"])
        r["part_keys"] = [r["keys"], *map(content_keys, r["parts"])]
    rows = []
    by_doc: dict[str, list[dict]] = {}  # each document's records and alignment rows, indexed once
    for r in recs:
        by_doc.setdefault(str(r["doc_id"]), []).append(r)
    keys = align["doc_id"].astype(str)
    at = keys.groupby(keys, sort=False).indices if len(align) else {}
    for doc_id in (d for d in map(str, corpus.index) if d not in members):
        mine = by_doc.get(doc_id, [])
        here = align.iloc[at[doc_id]] if doc_id in at else align.iloc[0:0]
        sents = [texts[doc_id][int(a) : int(b)] for a, b in zip(here["start"], here["end"], strict=True)]
        read = _Sentences(sents, here["sent_id"])
        rows += _one_version(doc_id, mine, source_recs, _reused(here), who, read)
    return mend(pd.DataFrame(rows, columns=SURVIVAL_COLUMNS), everything, align, who, members, texts)


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
        if r["resolved_from"] == "hearing":
            hearing.add(r["speaker_id"])
    canon: dict[str, str] = {}
    text = "\n\n".join(texts)
    for sid, doc in first_doc.items():
        earlier = [c for c in dict.fromkeys(canon.values()) if first_doc[c] != doc]
        label = _label(recs, sid)
        title = titles(label) if not who[sid].named and label.lower().startswith("the ") else set()
        titled = [c for c in earlier if who[c].named and title and title <= titles(_label(recs, c))]
        same = [c for c in earlier if who[sid].same(who[c])]
        same = same if who[sid].named or who[sid].government or who[sid].defendant else []
        hearings = [c for c in earlier if sid in hearing and c in hearing]
        side = side_of(label) if not who[sid].named else ""
        sides = [c for c in earlier if side and not who[c].named and side_of(_label(recs, c)) == side]
        held = [c for c in earlier if same_in_takes(label, who[sid], _label(recs, c), who[c], text)]
        match = same or hearings or sides or (titled if len(titled) == 1 else []) or held
        canon[sid] = match[0] if match else sid
    return [{**r, "speaker_id": canon[r["speaker_id"]]} for r in recs]


def _label(recs: list[dict], sid: str) -> str:
    return next(str(r["speaker_label"]) for r in recs if r["speaker_id"] == sid)


def _reused(here: pd.DataFrame) -> dict[tuple[str, int], dict[int, float]]:
    """(source file, its sentence) -> {version sentence: alignment score}, for one version's rows."""
    reused: dict[tuple[str, int], dict[int, float]] = {}
    for sent_id, src, sources, score in zip(
        here["sent_id"], here["source_doc_id"], here["source_sent_ids"], here["score"], strict=True
    ):
        for s in sources:
            reused.setdefault((str(src), int(s)), {})[int(sent_id)] = float(score)
    return reused


class _Sentences:
    """A version's sentences read once: their capitalised words; each one's speech word, keys, text, id."""

    def __init__(self, sents: list[str], ids) -> None:
        self.names = names_in(" ".join(sents))
        self.read = [
            (bool(SPEECH_FORMS & {w.lower() for w in re.findall(r"[A-Za-z]+", x)}), content_keys(x), x)
            for x in sents
        ]
        self.keys = [(int(i), keys, x) for i, (_, keys, x) in zip(ids, self.read, strict=True)]


def _one_version(
    doc_id: str, mine: list[dict], source_recs: list[dict], reused: dict, who: dict, sents: _Sentences
) -> list:
    """The rows of one version: every speaker of the source, its status there."""
    by_speaker: dict[str, list[dict]] = {}
    for r in source_recs:
        by_speaker.setdefault(r["speaker_id"], []).append(r)
    rows = []
    for sid, stmts in by_speaker.items():
        me = who[sid]
        rivals = [who[o] for o in by_speaker if o != sid]
        same = {r["speaker_id"] for r in mine if owns(me, who[r["speaker_id"]], rivals)}
        same |= also_same(me, {r["speaker_id"]: who[r["speaker_id"]] for r in mine}, rivals)  # "He and Sumer"
        kept, fates, credit_lost, scores, loose, told = 0, [], False, [], 0, 0
        named_here = named_in(me, sents.names)
        for stmt in stmts:
            targets = reused.get((str(stmt["doc_id"]), int(stmt["sent_id"])), {})
            there = [
                t
                for t in mine
                if int(t["sent_id"]) in targets
                and _shares_content(t["content"], stmt["content"])
                and who[t["speaker_id"]].hearing == me.hearing  # "a court heard" is no one's new speaker
            ] or _told_otherwise(stmt, mine, same, who)
            scores += [targets.get(int(t["sent_id"]), float("nan")) for t in there]
            hit = any(t["speaker_id"] in same for t in there)
            if not hit and named_here:  # "pleaded not guilty to assaulting": no cue read, the name there
                hit = any(_reported(x, stmt, same_speaker=True) for x in sents.read)
            hit = hit or same_plea(stmt, mine, same)
            kept += hit
            told += bool(targets) and not there  # its sentence taken, told without a speaker
            loose += (
                not there
                and not hit
                and (  # told in the paper's own voice: :mod:`~.own_voice`
                    any(_reported(x, stmt, same_speaker=False) for x in sents.read)
                    or own_voice(stmt["part_keys"], set(targets), sents.keys, me)
                )
            )
            credit_lost |= (
                bool(stmt["via_agency"]) and bool(there) and not any(t["via_agency"] for t in there)
            )
            fates += [
                (_other_fate(me, who[t["speaker_id"]], sid, by_speaker, who), str(t["speaker_label"]))
                for t in there
                if t["speaker_id"] not in same
            ]
        voice = [r for r in mine if speaks_for(stmts[0], r)]  # the spokesman's institution
        kept = kept or (max(loose, told) if voice else 0)  # told without saying who: survival by statement
        status = (
            "kept"
            if kept or uncued_plea_kept(mine, same, reused, source_recs)
            else next((f for f in ("re_attributed", "relabelled") if any(x == f for x, _ in fates)), None)
            or ("kept_other_statement" if same or voice else "dropped")
        )
        relabel = status in ("relabelled", "re_attributed")
        became = [label for fate, label in fates if fate == status] if relabel else []
        taken = {v for t in reused.values() for v in t} if me.hearing else set()  # what the court heard
        heard = any(r["speaker_id"] in same and int(r["sent_id"]) in taken for r in mine)
        status = "kept" if status == "kept_other_statement" and heard else status  # "X Court was told"
        office = _office_relabel(me, sid, mine, by_speaker, who) if status == "dropped" else []
        status, became = ("relabelled", office) if office else (status, became)
        credit, first = next((str(s["cue"]) for s in stmts if s["via_agency"]), ""), stmts[0]
        rows.append(
            (
                str(first["doc_id"]),
                sid,
                str(first["speaker_label"]),
                bool(first["named"]),
                str(first["speaker_type"]),
                me.kind,
                doc_id,
                status,
                "; ".join(dict.fromkeys(became)),
                len(stmts),
                kept,
                sum(r["speaker_id"] in same for r in mine),
                credit,
                credit_lost,
                max((x for x in scores if x == x), default=float("nan")),
                loose,
            )
        )
    return rows


def _span(r: dict, texts: dict[str, str]) -> str:
    """The text of one attribution, its speaker, cue and content."""
    bounds = [
        r[k] for k in ("speaker_start", "cue_start", "content_start", "speaker_end", "cue_end", "content_end")
    ]
    bounds = [int(b) for b in bounds if b == b and b is not None]
    return texts[str(r["doc_id"])][min(bounds) : max(bounds)]


def _nested(r: dict, nested: dict[str, list[tuple[int, int]]], texts: dict[str, str]) -> list[str]:
    """The contents of the reports nested in one statement ("the jury was told Kerr admitted ...,
    but denied strangling her": "strangling her"), each a statement a version may tell alone;
    ``nested``: each document's nested reports as (content start, content end)."""
    lo, hi = int(r["content_start"]), int(r["content_end"])
    text = texts[str(r["doc_id"])]
    return [text[a:b] for a, b in nested.get(str(r["doc_id"]), []) if a >= lo and b <= hi]


def _told_otherwise(stmt: dict, mine: list[dict], same: set, who: dict) -> list[dict]:
    """The version's statements that tell ``stmt`` in other words, wherever they sit
    (:func:`corpus_tools.attribution.paraphrase.keeps_statement`): by the same speaker, or by a
    named speaker the source statement itself names ("the jury was told Taft ... denied
    strangling her" -> "Taft denies strangling ...")."""
    return [
        t
        for t in mine
        if (t["speaker_id"] in same or {n.lower() for n in who[t["speaker_id"]].names} & stmt["span_names"])
        and any(
            keeps_keys(t["keys"], part, same_speaker=t["speaker_id"] in same) for part in stmt["part_keys"]
        )
    ]


def _reported(sentence: tuple[bool, set[str], str], stmt: dict, *, same_speaker: bool) -> bool:
    """A version sentence (as :class:`_Sentences` reads it) that reports the statement ``stmt``, with
    a word of speech in it (:data:`corpus_tools.attribution.paraphrase.SPEECH_FORMS`) when the
    speaker is the same; never the opposite plea (:func:`~.pleas.opposite_pleas`)."""
    speech, keys, text = sentence
    if (same_speaker and not speech) or opposite_pleas(stmt["content"], text):
        return False
    least = None if same_speaker else MIN_UNATTRIBUTED
    return keeps_keys(keys, stmt["keys"], same_speaker=same_speaker, least=least, source_facts=stmt["facts"])


def _office_relabel(me: _Who, sid: str, mine: list[dict], by_speaker: dict, who: dict) -> list[str]:
    """The version's unnamed speakers that name, indefinitely, the office only this named speaker of
    the source holds ("A Nottingham County Court judge" for "Recorder McLaren"): the person."""
    if not me.named or not me.roles or any(who[o].roles & me.roles for o in by_speaker if o != sid):
        return []
    them = {r["speaker_id"]: str(r["speaker_label"]) for r in mine}
    labels = [x for i, x in them.items() if who[i].roles & me.roles and not who[i].named]
    return list(dict.fromkeys(x for x in labels if x.lower().startswith(("a ", "an "))))


def _other_fate(me: _Who, them: _Who, sid: str, by_speaker: dict, who: dict) -> str:
    """``re_attributed`` when the version's speaker is another speaker of the source, another
    named person or institution, or a named speaker whose description shares no word with the
    anonymous one's ("a union representative" -> "Cominco spokesman Richard Fish"); else
    ``relabelled`` (the same statement, described otherwise: "an Iranian source with knowledge of
    the meeting" -> "an Iranian official", "two EU diplomats" -> "officials"); "" for none, and for a
    hearing's statement a version gives to a person it names ("Magistrates were told Dent pushed his
    nose down" -> "Dent pushed ..."; "a court heard" is never the target of one either)."""
    if me.hearing or them.hearing:
        return ""
    if any(them.same(who[other]) for other in by_speaker if other != sid):
        return "re_attributed"
    if me.named and them.named:
        return "re_attributed"
    if me.kind != them.kind and "anonymous" not in (me.kind, them.kind):
        return "re_attributed"
    if them.named and not me.named and not me.description & them.description:
        return "re_attributed"  # an anonymous speaker's words given to a named one with nothing in common
    office = them.roles - me.roles  # "Roger Gedge" -> "a judge", the office of "Recorder McLaren":
    if me.named and not them.named and office and any(who[o].roles & office for o in by_speaker if o != sid):
        return ""  # the judge's ruling on his claim, no fate of the claimant's statement
    return "relabelled"
