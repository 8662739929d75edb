"""What makes two speakers of one document one speaker, after each is read over its document
(:func:`~.identities.refine_speakers`): a named person by surname and given name, a named
institution by its name, a description of the person on trial, a named pair kept apart from its
members.

* :func:`speaker_kind`: what a speaker can be one with (``person``, ``defendant``, ``org:...``);
* :func:`one_person`: whether two speakers of one document are one;
* :func:`spouses`: whether a label without a given name may be either of a pair of one surname;
* :func:`story_defendants`, :func:`story_companies`: the defendant heads and company names of
  each story, read once over its documents.
"""

from __future__ import annotations

import re

import pandas as pd

from corpus_tools.attribution.benches import bench_court
from corpus_tools.attribution.companies import company_names
from corpus_tools.attribution.defendant import defendant_heads, is_defendant
from corpus_tools.attribution.employers import employer_names
from corpus_tools.attribution.entities import government_key
from corpus_tools.attribution.institution_names import same_institution
from corpus_tools.attribution.namesakes import genders_differ
from corpus_tools.attribution.pairs import n_people
from corpus_tools.attribution.surnames import misprint

__all__ = ["one_person", "speaker_kind", "spouses", "story_companies", "story_defendants"]


def speaker_kind(s: dict, on_trial: set[str]) -> str:
    """What makes two speakers of one document one: ``person`` (a named person, by name),
    ``defendant`` (a description of the person on trial), ``bench:<court>`` (a court's bench,
    its judges or its judgment, :func:`~.benches.bench_court`), ``org:<label>`` (a named
    institution, by its label; an unnamed description of one before its name, "the Soviet daily
    Izvestia", by the name), ``press:<name>`` (a named paper or agency, joined to a body of the
    same name only: "The Times" is not "The Sunday Times"), else ""."""
    if (court := bench_court(s["speaker_label"])) is not None:  # "the Court of Appeal", "the judges"
        return "bench:" + court
    if s["named"] and s["speaker_type"] == "organisation":
        return "org:" + " ".join(str(s["speaker_label"]).lower().split())
    if s["speaker_type"] in ("organisation", "media") and (name := _described_name(s["speaker_label"])):
        return ("press:" if s["speaker_type"] == "media" else "org:") + name  # "the news agency Tass"
    if s["named"] and s["speaker_type"] == "media":  # "Tass": one with "the official news agency Tass"
        return "press:" + " ".join(str(s["speaker_label"]).lower().split())
    if s["named"]:
        if n_people(s["speaker_label"]) > 1:  # "John Marsh and Colin Webb": a pair, not Colin Webb
            return ""
        return "person" if s["speaker_type"] in ("person", "official") else ""
    return "defendant" if is_defendant(s["speaker_label"], on_trial) else ""


#: an unnamed description of a body before its name: "the official news agency Tass", "The
#: government daily Izvestia" (round 34, branch orgs34, Reuters-21578 17170 and 1623); a
#: nationality may open it, "The Iranian news agency IRNA" (round 37, branch audit37, 15650 1),
#: when the word before the name is a noun's, not "of" ("The Bank of England" is no "England")
_DESCRIBED_NAME = re.compile(
    r"^(?:[Tt]he|[Aa]n?) (?:[a-z-]+ ){1,4}((?:[A-Z][\w&'-]*)(?: [A-Z][\w&'-]*){0,3})$"
    r"|^(?:[Tt]he|[Aa]n?) [A-Z][a-z]+ (?:[a-z-]+ ){0,3}[a-z-]{4,} ((?:[A-Z][\w&'-]*)(?: [A-Z][\w&'-]*){0,3})$"
)


def _described_name(label: str) -> str:
    """The name an unnamed description of a body ends with, lower case ("the official news agency
    Tass": "tass"), else ""."""
    m = _DESCRIBED_NAME.match(" ".join(str(label).split()))
    return (m.group(1) or m.group(2)).lower() if m else ""


def _org_label(a: dict) -> str:
    """An institution's label as written, for its initials ("NYMEX"), else its kind's name."""
    label = str(a.get("speaker_label", ""))
    return label if " ".join(label.lower().split()) == a["kind"][4:] else a["kind"][4:]


def one_person(a: dict, b: dict) -> bool:
    """Two speakers of one document that are one person: the same surname, and first names that
    agree, are missing on one side or differ by a misprint ("Akin Jones", "Mr Jones"); or one
    bench under two labels ("the Court of Appeal", "The appeal judges"); or one unnamed body that
    a later rule labelled as an earlier one ("The takeover partnership" read as "The investor group",
    :mod:`~.apposed_groups`); or one government under labels of one key ("Greece", and "The Greek
    statement" read as Greece: :mod:`~.body_documents`, round 36)."""
    if not a["kind"] and not b["kind"] and a.get("speaker_type") == b.get("speaker_type") == "organisation":
        return " ".join(str(a["speaker_label"]).lower().split()) == " ".join(
            str(b["speaker_label"]).lower().split()
        )
    if a.get("speaker_type") == b.get("speaker_type") == "government":  # "Greece" twice: one government
        return government_key(str(a["speaker_label"])) == government_key(str(b["speaker_label"])) != ""
    if a["kind"] == b["kind"] == "defendant":  # "The teenager" and "the defendant" of one court story
        return True
    if a["kind"].startswith("bench:") and b["kind"].startswith("bench:"):  # "the judges", "Their judgment"
        x, y = a["kind"][6:], b["kind"][6:]
        return not x or not y or x == y
    if a["kind"].startswith("org:") and b["kind"].startswith("org:"):  # "The company" and "Thames Water"
        return same_institution(_org_label(a), _org_label(b), a.get("orgs", ()))  # "The Commission"
    if {a["kind"][:4], b["kind"][:4]} <= {"org:", "pres"} and "pres" in (a["kind"][:4], b["kind"][:4]):
        return a["kind"].split(":", 1)[1] == b["kind"].split(":", 1)[1]  # a paper by its whole name only
    if "person" not in (a["kind"], b["kind"]) or a["kind"] != b["kind"] or not a["surname"]:
        return False
    if a["surname"] != b["surname"] or genders_differ(a.get("gender", ""), b.get("gender", "")):
        return False  # "Mr Dean" and "Rose Dean", his daughter (:mod:`~.kin_genders`)
    fa, fb = a["first"], b["first"]
    return not fa or not fb or fa == fb or misprint(fa, fb)


def spouses(a: dict, b: dict, couples: set[tuple[str, str]]) -> bool:
    """Whether two speakers of one surname may be either of a pair the document names ("Frank
    Walters and Sandra Walters"): ``couples`` holds ``(doc_id, surname)`` of its pairs' members; a
    label without a given name ("Mrs Walters") is then not the one with a given name ("Frank
    Walters"), whose statements it would take (the claims audit's round 13, remark13 cause 1)."""
    doc = str(a["id"]).rsplit(":", 1)[0]
    return (doc, a["surname"]) in couples and bool(a["first"]) != bool(b["first"])


def story_defendants(corpus: pd.DataFrame) -> dict[str, set[str]]:
    """Each story's defendant heads (:func:`~.defendant.defendant_heads`),
    read over all its documents (the optional ``story`` column; else the corpus is one story,
    under the key "")."""
    stories = corpus["story"].astype(str) if "story" in corpus.columns else pd.Series("", index=corpus.index)
    texts = corpus["text"].astype(str)
    return {str(k): defendant_heads("\n\n".join(texts[stories == k])) for k in dict.fromkeys(stories)}


def story_companies(corpus: pd.DataFrame) -> dict[str, set[str]]:
    """Each story's company names (:func:`~.companies.company_names`, and an employer's name in
    apposition, :func:`~.employers.employer_names`), read
    over all its documents, keyed as :func:`story_defendants`."""
    stories = corpus["story"].astype(str) if "story" in corpus.columns else pd.Series("", index=corpus.index)
    texts = corpus["text"].astype(str)
    joined = {str(k): "\n\n".join(texts[stories == k]) for k in dict.fromkeys(stories)}
    return {k: company_names(t) | employer_names(t) for k, t in joined.items()}  # "his employer, Rockwater"
