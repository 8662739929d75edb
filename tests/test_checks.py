"""The "check:" flag of a dropped speaker the version still quotes by name (report/checks.py)."""

from __future__ import annotations

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools.report.checks import name_key, named_dropped_check
from corpus_tools.report.findings import findings


@pytest.mark.parametrize(
    ("label", "kind", "key"),
    [
        ("Dan Okafor", "person", "Okafor"),
        ("Mr Okafor", "person", "Okafor"),
        ("Prosecutor Jane Ward QC", "person", "Ward"),
        ("U.S. President Donald Trump", "person", "Trump"),
        ("The Bath player", "person", "Bath"),
        ("the Environment Agency", "organisation", "Environment Agency"),
        ("the police", "organisation", ""),
        ("Iran", "government", ""),
        ("a senior official", "anonymous", ""),
    ],
)
def test_name_key(label, kind, key):
    assert name_key(label, kind) == key


def test_named_dropped_check_reads_speakers_not_mentions():
    sv = pd.DataFrame(
        {
            "status": ["dropped", "dropped", "kept"],
            "speaker_kind": ["person", "organisation", "person"],
            "speaker": ["Christopher Grant", "The Environment Agency", "Ann Lee"],
        }
    )
    assert named_dropped_check(sv, ["Mr and Mrs Grant"]) == "check: it quotes “Grant”, counted as dropped"
    assert named_dropped_check(sv, ["Mrs Grant", "an Environment Agency spokesman"]) == (
        "check: it quotes “Grant” and “Environment Agency”, counted as dropped"
    )
    assert named_dropped_check(sv, ["Grantham council", "Ann Lee"]) == ""  # a whole word, and kept ones aside


WIRE = (
    "John Smith, 52, told the inquiry the bridge had been closed twice in a year.\n\n"
    '"We warned the council every winter," John Smith said.\n\n'
    "The council said repairs would start in the spring.\n"
)
PAPER = (  # spk33: Smith's closures no longer told ("kept without saying who" is not dropped)
    "The bridge is to reopen next month, the inquiry heard.\n\n"
    '"Nobody listened to us," said his wife, Mary Smith.\n\n'
    "The council said repairs would start in the spring.\n"
)


def test_findings_flag_a_dropped_speaker_whose_name_a_version_speaker_holds(make_corpus):
    corpus = ct.load_corpus(make_corpus({"wire.txt": WIRE, "paper.txt": PAPER}))
    a = ct.analyze(corpus, source="wire")
    sv = a.speaker_survival.set_index("speaker")
    assert sv.loc["John Smith", "status"] == "dropped"
    text = findings(a)["paper"]
    assert "check: it quotes “Smith”, counted as dropped" in text
    # the wire's own paragraph has no survival sentence, so no such flag
    assert "counted as dropped" not in findings(a)["wire"]


@pytest.mark.parametrize(
    ("cls", "novel_share", "longest", "flag"),
    [
        # a long run of the source and few words of its own: the model says wholly derived too
        ("wholly_derived", 0.02, 0.6, ""),
        # the rules say wholly, but no run of the source and a third of its words new: the model disagrees
        ("wholly_derived", 0.3, 0.05, "check: the model fitted across domains says partially derived"),
        ("partially_derived", 0.02, 0.6, "check: the model fitted across domains says wholly derived"),
        ("partially_derived", 0.8, 0.01, "check: the model fitted across domains says not derived"),
    ],
)
def test_derivation_check_second_opinion(cls, novel_share, longest, flag):
    from corpus_tools.report.checks import derivation_check

    row = {
        "rule": "few_new_words",
        "novel_words": 1,
        "word_containment": 0.9,
        "derivation": cls,
        "novel_word_share": novel_share,
        "longest_passage": longest,
        "kept_novel_share": novel_share,  # no quotation heard: the same share
    }
    assert derivation_check(pd.Series(row)) == flag
    # without the model's features (a frame from before they existed) only the rules' checks run
    assert derivation_check(pd.Series(row).drop(["longest_passage"])) == ""
