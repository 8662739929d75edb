"""A source speaker's statement a version keeps in another form: a short label, nested, relabelled.

Shapes survival (:mod:`~.survival`) missed on 12.07.99/places, a METER courts story of
round 16 (``benchmarks/claims.md``, "Sixteenth round, after the round's fixes", cause 2):

* a body's short label: a version that calls "the Labour Party" of its source "the party" or
  "Labour" (its head noun alone, or its name without the head noun) quotes the same body, when no
  other body of the source shares that short form (:func:`short_label_ids`);
* a statement told inside another's, as the source tells it: counsel "said that the party
  announced ..." in a sentence that reuses the source sentence where the party speaks keeps the
  party's statement, though the version's report of it is nested (:func:`mend`);
* (a pair named, the source's "the pair" as the version's "Sumer and Isaacs", is read at the
  attribution stage: :func:`~.pairs.named_pairs` resolves "the pair" to the two people a verb
  joins, and one identity, :func:`~.couples.same_people`, follows them);
* a spokesman's institution: "The Environment Agency said" for the source's "An Environment Agency
  spokesman said" (:func:`speaks_for`; :mod:`~.survival` keeps him when his words are told);
* a relabel: "Ministers said" for the source's "the Government argued" names the body by its
  members; the same speaker described otherwise, not another speaker (:func:`mend`).
"""

from __future__ import annotations

import re

import pandas as pd

from corpus_tools.attribution.body_voices import voice_ids
from corpus_tools.attribution.couples import joint_members
from corpus_tools.attribution.doc_rows import rows_by_doc
from corpus_tools.attribution.given_names import given_only_ids
from corpus_tools.attribution.group_labels import back_reference_ids
from corpus_tools.attribution.member_pairs import pairs_naming
from corpus_tools.attribution.owned_documents import owned_ids
from corpus_tools.attribution.qualified_bodies import qualified_ids

__all__ = ["MEMBERS", "also_same", "mend", "short_forms", "short_label_ids", "speaks_for"]

#: a body's head noun -> what news copy calls its members as a body ("Ministers said")
MEMBERS = {
    "government": {"ministers"},
    "cabinet": {"ministers"},
    "council": {"councillors"},
    "board": {"directors"},
}


def short_forms(name: str) -> set[str]:
    """The short labels of a body's name of two or more words: its head noun, and its name without
    the head noun ("labour party" -> {"party", "labour"}).

    Example:
        >>> sorted(short_forms("the Leeds City Council"))
        ['council', 'leeds city']
        >>> short_forms("Oxfam")
        set()
    """
    words = name.lower().split()
    words = words[1:] if words[:1] == ["the"] else words
    return {words[-1], " ".join(words[:-1])} if len(words) > 1 else set()


def _forms(who) -> set[str]:
    """What a version's body is called: its names, or the one word of an unnamed "the party"."""
    if who.named:
        return set(who.names)
    return set(who.description) if len(who.description) == 1 else set()


def short_label_ids(me, mine: dict, rivals: list) -> set:
    """The version's speakers (``mine``: speaker_id -> identity) that are the source's named body
    ``me`` under a short label (:func:`short_forms`) no other source body of ``rivals`` shares.

    Example:
        >>> from types import SimpleNamespace as W
        >>> party = W(kind="organisation", named=True, names={"labour party"}, description=set())
        >>> short = W(kind="organisation", named=False, names=set(), description={"party"})
        >>> union = W(kind="organisation", named=True, names={"labour"}, description=set())
        >>> sorted(short_label_ids(party, {"v:S1": short, "v:S2": union}, []))
        ['v:S1', 'v:S2']
        >>> green = W(kind="organisation", named=True, names={"green party"})
        >>> short_label_ids(party, {"v:S1": short}, [green])
        set()
    """
    if me.kind != "organisation" or not me.named:
        return set()
    mine_forms = set().union(*(short_forms(n) for n in me.names))
    taken = set().union(*(short_forms(n) for r in rivals if r.kind == "organisation" for n in r.names))
    forms = mine_forms - taken
    return {i for i, them in mine.items() if them.kind == "organisation" and _forms(them) & forms}


def also_same(me, mine: dict, rivals: list) -> set:
    """The version's speakers that are the source speaker ``me`` though :func:`~.namesakes.owns`
    does not say so: the people of a joint speaker (:func:`~.couples.joint_members`), a body's
    short label (:func:`short_label_ids`), a person named by a given name alone
    (:func:`~.given_names.given_only_ids`)."""
    found = joint_members(me, mine) | short_label_ids(me, mine, rivals) | given_only_ids(me, mine, rivals)
    found |= pairs_naming(me, mine, rivals)  # "Ziad Khattab and Lisa Lloyd" for the source's "Ziad Kattab"
    found |= owned_ids(me, mine, rivals)  # "Watanabe's latest proposals" for the source's "Watanabe"
    found |= back_reference_ids(me, mine, rivals)  # the source's "The officials" after "U.S. Officials"
    found |= voice_ids(me, mine)  # "A spokesman for IG Metall" for the source's "IG Metall"
    return found | qualified_ids(me, mine, rivals)  # "Kent police" for the source's "police"


def speaks_for(stmt: dict, r: dict) -> bool:
    """Whether the version's speaker of ``r`` is the named institution an anonymous source speaker
    speaks for ("An Environment Agency spokesman" -> "The Environment Agency said")."""
    if stmt["named"] or not r["named"] or r["speaker_type"] != "organisation":
        return False
    name = " ".join(str(r["speaker_label"]).split()).lower().removeprefix("the ")
    label = " ".join(str(stmt["speaker_label"]).split()).lower()
    return len(name) > 3 and re.search(rf"\b{re.escape(name)}\b", label) is not None


def _same(me, them, rivals: list) -> bool:
    return them is not None and (me.same(them) or bool(short_label_ids(me, {"x": them}, rivals)))


def _member_relabel(label: str, became: str) -> bool:
    """Whether every label of ``became`` names the body ``label`` by its members ("Ministers" for
    "the Government")."""
    words = label.lower().split()
    heads = MEMBERS.get(words[-1], set()) if words and len(words) <= 2 else set()
    labels = [b.lower().removeprefix("the ").strip() for b in became.split("; ")]
    return bool(heads) and all(b in heads for b in labels)


def mend(
    rows: pd.DataFrame, everything: pd.DataFrame, align: pd.DataFrame, who: dict, members, texts: dict
) -> pd.DataFrame:
    """The survival frame ``rows`` with three shapes read: a speaker not kept is ``kept`` where the
    version reports it nested in another's statement, by name (not a pronoun), in a sentence that
    reuses a source sentence where it speaks (as a statement or nested); a re-attribution to the
    members of the source's body ("Ministers" for "Government") is ``relabelled``. ``everything``:
    every attribution;
    ``align``: the alignment from the source ``members`` (its files); ``who``: the identities of
    the statements' speakers; ``texts``: doc_id -> text, to read the identities of the speakers
    only nested reports give (:func:`~.survival.speaker_identities`)."""
    from corpus_tools.attribution.survival import speaker_identities  # survival calls this module

    out = rows.copy()
    spoken = everything[everything["speaker_id"].notna() & everything["role"].isin(["speaker", "nested"])]
    inner = spoken[(spoken["role"] == "nested") & ~spoken["doc_id"].astype(str).isin(members)]
    inner = inner[inner["resolved_from"] != "pronoun"]  # "they did not provide": too weak a reading
    unknown = inner[~inner["speaker_id"].isin(list(who))]
    whose = {**speaker_identities(unknown, texts, on_trial=set()), **who} if len(unknown) else dict(who)
    source = spoken[spoken["doc_id"].astype(str).isin(members)]
    labels = {str(x).lower() for x in source["speaker_label"]}
    # each version's alignment rows and nested reports, indexed once, not selected per row (#23)
    here_of = rows_by_doc(align, ["sent_id", "source_doc_id", "source_sent_ids"])
    inner_of = rows_by_doc(inner, ["sent_id", "speaker_id"])
    src = list(zip(source["doc_id"], source["sent_id"], source["speaker_id"], strict=True))  # read once
    cols = ["status", "speaker", "became", "speaker_id", "doc_id", "n_statements_kept"]
    for i, *row in zip(out.index, *(rows[c] for c in cols), strict=True):
        r = dict(zip(cols, row, strict=True))
        if r["status"] == "re_attributed" and _member_relabel(str(r["speaker"]), str(r["became"])):
            if not {b.lower() for b in str(r["became"]).split("; ")} & labels:
                out.at[i, "status"] = "relabelled"
            continue
        if r["status"] == "kept":
            continue
        me = who[r["speaker_id"]]
        ids = {s for *_, s in src if s == r["speaker_id"] or _same(me, who.get(s), [])}
        rivals = [who[s] for s in {s for *_, s in src} - ids if s in who]
        where = {(str(d), int(n)) for d, n, s in src if s in ids}
        here = here_of.get(str(r["doc_id"]), [])
        sents = {int(v) for v, d, ss in here if any((str(d), int(s)) in where for s in ss)}
        mine = [s for n, s in inner_of.get(str(r["doc_id"]), []) if n in sents]
        if any(_same(me, whose.get(s), rivals) for s in mine):
            out.at[i, "status"], out.at[i, "became"] = "kept", ""
            out.at[i, "n_statements_kept"] = max(int(r["n_statements_kept"]), 1)
    return out
