"""One version's fate for each speaker of its source: kept, re-attributed, relabelled, quoted only on
another statement, or dropped (:func:`~.survival.speaker_survival` builds the frame from these rows).

A statement of the source is followed into the version's sentences that reuse its sentence (the
alignment) and to the version's statement there whose content shares its words; where the alignment
finds none, to a statement of the version anywhere that tells it in other words
(:mod:`corpus_tools.attribution.paraphrase`), or to a sentence that names the speaker and reports it
without a cue the attributions read; a statement told without a speaker is counted apart
(:mod:`~.own_voice`).

Split from :mod:`corpus_tools.attribution.survival` (no rule changed).
"""

from __future__ import annotations

import re

import pandas as pd

from corpus_tools import lexicon
from corpus_tools.attribution.accusations_told import accusation_retold, accusation_told
from corpus_tools.attribution.bare_heads import only_bare_heads
from corpus_tools.attribution.best_teller import told_by_another
from corpus_tools.attribution.couples import named_in, owns
from corpus_tools.attribution.given_name_slips import given_slip
from corpus_tools.attribution.given_rivals import rival_surname
from corpus_tools.attribution.group_persons import group_to_person
from corpus_tools.attribution.kept_forms import also_same, speaks_for
from corpus_tools.attribution.named_tellers import says_who
from corpus_tools.attribution.other_entities import other_entity
from corpus_tools.attribution.own_voice import own_voice, told_anywhere
from corpus_tools.attribution.paraphrase import (
    SPEECH_FORMS,
    content_keys,
    keeps_keys,
    names_in,
)
from corpus_tools.attribution.party_replies import party_reply
from corpus_tools.attribution.pleas import opposite_pleas, same_plea, uncued_plea_kept
from corpus_tools.attribution.rewritten_statements import rewritten
from corpus_tools.attribution.speaker_identity import _Who
from corpus_tools.attribution.speech_acts import same_act
from corpus_tools.attribution.told_parties import tells_of

__all__ = ["MIN_CONTENT_SHARE", "one_version", "reused_sentences", "Sentences"]

#: the least share of a version statement's content words found in the source statement's content
MIN_CONTENT_SHARE = 0.3


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in lexicon.STOP_WORDS}


def _shares_content(version_content: str, source_content: str) -> bool:
    v, s = _words(version_content), _words(source_content)
    return not v or not s or len(v & s) / len(v) >= MIN_CONTENT_SHARE


def reused_sentences(here: pd.DataFrame | dict) -> dict[tuple[str, int], dict[int, float]]:
    """(source file, its sentence) -> {version sentence: alignment score}, for one version's rows
    (a frame or a dict of its columns)."""
    reused: dict[tuple[str, int], dict[int, float]] = {}
    for sent_id, src, sources, score in zip(
        here["sent_id"], here["source_doc_id"], here["source_sent_ids"], here["score"], strict=True
    ):
        for s in sources:
            reused.setdefault((str(src), int(s)), {})[int(sent_id)] = float(score)
    return reused


class Sentences:
    """A version's sentences read once: their capitalised words; each one's speech word, keys, text, id."""

    def __init__(self, sents: list[str], ids) -> None:
        self.names = names_in(" ".join(sents))
        self.text = " ".join(sents)
        self.read = [
            (bool(SPEECH_FORMS & {w.lower() for w in re.findall(r"[A-Za-z]+", x)}), content_keys(x), x)
            for x in sents
        ]
        self.keys = [(int(i), keys, x) for i, (_, keys, x) in zip(ids, self.read, strict=True)]

    def aligned(self, ids) -> list[str]:
        """The texts of the sentences of these ids."""
        return [x for i, _, x in self.keys if i in ids]


def one_version(
    doc_id: str,
    mine: list[dict],
    source_recs: list[dict],
    reused: dict,
    who: dict,
    sents: Sentences,
    benched: set = frozenset(),
) -> list:
    """The rows of one version: every speaker of the source, its status there; ``benched``: the
    speakers that are one court's bench or a judge sitting on it (:mod:`~.bench_members`)."""
    by_speaker: dict[str, list[dict]] = {}
    for r in source_recs:
        by_speaker.setdefault(r["speaker_id"], []).append(r)
    rows, told_ids, sames = [], set(), {}  # the version's speakers told as a party a statement reports
    for sid, stmts in by_speaker.items():
        me = who[sid]

        rivals = [who[o] for o in by_speaker if o != sid]
        same = {r["speaker_id"] for r in mine if owns(me, who[r["speaker_id"]], rivals)}
        same |= also_same(me, {r["speaker_id"]: who[r["speaker_id"]] for r in mine}, rivals)  # "He and Sumer"
        kept, fates, credit_lost, scores, loose, told = 0, [], False, [], 0, 0
        named_here = named_in(me, sents.names) and not rival_surname(me, sents.text, rivals)  # "Tom Hale"
        for stmt in stmts:
            targets = reused.get((str(stmt["doc_id"]), int(stmt["sent_id"])), {})
            there = (
                [
                    t
                    for t in mine
                    if int(t["sent_id"]) in targets
                    and _shares_content(t["content"], stmt["content"])
                    and not other_entity(str(t["content"]), str(stmt["content"]))  # :mod:`~.other_entities`
                    and who[t["speaker_id"]].hearing == me.hearing  # "a court heard" is no one's new speaker
                ]
                or _told_otherwise(stmt, mine, same, who)
                or same_act(stmt, mine, same)
            )  # :mod:`~.speech_acts`
            scores += [targets.get(int(t["sent_id"]), float("nan")) for t in there]
            hit = any(t["speaker_id"] in same for t in there)
            if there and not hit:  # its aligned sentence another's, and he tells it elsewhere in other words
                hit = any(t["speaker_id"] in same for t in _told_otherwise(stmt, mine, same, who))
            if not hit and named_here:  # "pleaded not guilty to assaulting": no cue read, the name there
                hit = any(_reported(x, stmt, same_speaker=True) for x in sents.read)
            hit = hit or same_plea(stmt, mine, same)
            kept += hit
            told += (
                bool(targets) and not there and accusation_told(stmt, sents.aligned(targets))
            )  # no speaker
            tellers = [] if there or hit else _tellers(stmt, sents, set(targets), me)  # its own voice
            named = says_who(tellers, [x for *_, x in sents.keys], me, str(stmt["speaker_label"]))
            kept, loose = kept + named, loose + (bool(tellers) and not named)  # :mod:`~.named_tellers`
            credit_lost |= (
                bool(stmt["via_agency"]) and bool(there) and not any(t["via_agency"] for t in there)
            )
            parties = {
                t["speaker_id"]
                for t in there
                if t["speaker_id"] not in same and _told_of(stmt, t, who, by_speaker)
            }
            told_ids |= parties  # a party the statement reports, told under it: :mod:`~.told_parties`
            others = [
                t
                for t in there
                if t["speaker_id"] not in same | parties
                and _words(t["content"])  # no word told
                and not told_by_another(t, sid, source_recs)  # :mod:`~.best_teller`
                and not party_reply(me, who[t["speaker_id"]], stmt, t)  # :mod:`~.party_replies`
            ]
            court = {str(t["speaker_label"]) for t in others if _one_court(sid, t, who, benched)}
            fates += [
                (_other_fate(me, who[t["speaker_id"]], sid, by_speaker, who, bench=bool(court)), label)
                for t, label in ((t, str(t["speaker_label"])) for t in others)
                if not court or label in court  # the one body's label, over loose ones
            ]
        # a credit kept on another of the speaker's statements is not dropped ("was quoted in the X
        # newspaper as saying" -> "was quoted as saying ...", then "he told the X newspaper")
        credit_lost = credit_lost and not any(r["via_agency"] for r in mine if r["speaker_id"] in same)
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
        if status == "kept_other_statement" and rewritten(stmts, mine, same, source_recs):
            status, kept = "kept", max(kept, 1)  # his statement in other words: :mod:`~.rewritten_statements`
        if status == "kept_other_statement" and not voice and _bare(stmts[0], mine, same):
            status = "dropped"  # "officials" of one story, "officials" of the next: :mod:`~.bare_heads`
        office = _office_relabel(me, sid, mine, by_speaker, who) if status == "dropped" else []
        status, became = ("relabelled", office) if office else (status, became)
        credit, first, sames[sid] = (
            next((str(s["cue"]) for s in stmts if s["via_agency"]), ""),
            stmts[0],
            same,
        )
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
    return [_told_kept(r, sames[r[1]] & told_ids) for r in rows]


def _bare(first: dict, mine: list[dict], same: set) -> bool:
    """Whether a source speaker's identity with the version's speakers ``same`` rests on a generic
    head word alone (:func:`~.bare_heads.only_bare_heads`)."""
    labels = [str(r["speaker_label"]) for r in mine if r["speaker_id"] in same]
    return only_bare_heads(str(first["speaker_label"]), labels)


def _told_kept(row: tuple, told: set) -> tuple:
    """A row whose speaker the version quotes on a report a source statement makes of it
    (:mod:`~.told_parties`: "She said Carver told police ..." -> "Carver said ..."): ``kept``."""
    if not told or row[7] == "kept":
        return row
    return (*row[:7], "kept", "", row[9], max(int(row[10]), 1), *row[11:])


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
        and not other_entity(str(t["content"]), str(stmt["content"]))  # another exchange's seat
    ]


def _told_of(stmt: dict, t: dict, who: dict, by_speaker: dict) -> bool:
    """Whether the version's speaker of ``t`` is a party the source statement ``stmt`` reports
    (:mod:`~.told_parties`): that party told, no fate of the statement's speaker."""
    persons = [who[o] for o in by_speaker if o != stmt["speaker_id"]]
    return "reported" in stmt and tells_of(stmt, who[t["speaker_id"]], str(t["speaker_label"]), persons)


def _tellers(stmt: dict, sents: Sentences, aligned: set[int], me: _Who) -> list[int]:
    """The positions of the version's sentences that tell ``stmt`` in the paper's own voice
    (:func:`_reported` without its speaker, or :func:`~.own_voice.own_voice`)."""
    return [
        i
        for i, (x, s) in enumerate(zip(sents.read, sents.keys, strict=True))
        if (
            _reported(x, stmt, same_speaker=False)
            or own_voice(stmt["part_keys"], aligned, [s], me, stmt["stock"])
            or accusation_retold(stmt, x[2])  # "the bombings, allegedly masterminded by X"
        )
        and accusation_told(stmt, [x[2]])  # an accusation's act, not its clause's background
    ]


def _reported(sentence: tuple[bool, set[str], str], stmt: dict, *, same_speaker: bool) -> bool:
    """A version sentence (as :class:`Sentences` reads it) that reports the statement ``stmt``, with
    a word of speech in it (:data:`corpus_tools.attribution.paraphrase.SPEECH_FORMS`) when the
    speaker is the same; never the opposite plea (:func:`~.pleas.opposite_pleas`)."""
    speech, keys, text = sentence
    if (same_speaker and not speech) or opposite_pleas(stmt["content"], text):
        return False
    if not same_speaker:  # the statement's own words, beyond the story's stock: :mod:`~.own_voice`
        return told_anywhere(keys, stmt["own_parts"][0], stmt["own_facts"])
    return keeps_keys(keys, stmt["keys"], same_speaker=True, source_facts=stmt["facts"])


def _office_relabel(me: _Who, sid: str, mine: list[dict], by_speaker: dict, who: dict) -> list[str]:
    """The version's unnamed speakers that name, indefinitely, the office only this named speaker of
    the source holds ("A Nottingham County Court judge" for "Recorder McLaren"): the person."""
    if not me.named or not me.roles or any(who[o].roles & me.roles for o in by_speaker if o != sid):
        return []
    them = {r["speaker_id"]: str(r["speaker_label"]) for r in mine}
    labels = [x for i, x in them.items() if who[i].roles & me.roles and not who[i].named]
    return list(dict.fromkeys(x for x in labels if x.lower().startswith(("a ", "an "))))


def _one_court(sid: str, t: dict, who: dict, benched: set) -> bool:
    """Whether the source speaker ``sid`` and the speaker of the version's statement ``t`` are one
    court's bench and a judge sitting on it, one each (never two courts): one body."""
    one_person = (who[sid].kind == "person") != (who[t["speaker_id"]].kind == "person")
    return one_person and sid in benched and t["speaker_id"] in benched


def _other_fate(me: _Who, them: _Who, sid: str, by_speaker: dict, who: dict, *, bench: bool = False) -> str:
    """``re_attributed`` when the version's speaker is another speaker of the source, another
    named person or institution, or a named speaker whose description shares no word with the
    anonymous one's ("a union representative" -> "Cominco spokesman Richard Fish"); else
    ``relabelled`` (the same statement, described otherwise: "an Iranian source with knowledge of
    the meeting" -> "an Iranian official", "two EU diplomats" -> "officials"; ``bench``: one court's
    bench and a judge sitting on it, :mod:`~.bench_members`); "" for none, and for a
    hearing's statement a version gives to a person it names ("Magistrates were told Dent pushed his
    nose down" -> "Dent pushed ..."; "a court heard" is never the target of one either)."""
    if me.hearing or them.hearing:
        return ""
    if bench:  # a court's words given to the judge who presides over it, or the reverse: one body
        return "relabelled"
    if any(them.same(who[other]) for other in by_speaker if other != sid):
        return "re_attributed"
    if me.named and them.named:  # "Det Insp Martin Hale" for "Detective Inspector Paul Hale": a slip
        return "relabelled" if given_slip(me, them) else "re_attributed"
    if me.kind != them.kind and "anonymous" not in (me.kind, them.kind):
        return "re_attributed"
    if them.named and not me.named and (not me.description & them.description or group_to_person(me, them)):
        return "re_attributed"  # an anonymous speaker's words given to a named one with nothing in common,
        # or an unnamed group's given to one named person ("trade officials" -> "Trade Minister Pat Carney")
    office = them.roles - me.roles  # "Roger Gedge" -> "a judge", the office of "Recorder McLaren":
    if me.named and not them.named and office and any(who[o].roles & office for o in by_speaker if o != sid):
        return ""  # the judge's ruling on his claim, no fate of the claimant's statement
    return "relabelled"
