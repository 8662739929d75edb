"""Source accounting: outlet counts, distinct speakers, summaries, survival — built texts and seeds."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pytest

from corpus_tools import from_records
from corpus_tools.attribution.accounting import (
    outlet_counts,
    speaker_summary,
    speaker_survival,
    speaker_table,
)
from corpus_tools.attribution.attributions import attributions
from corpus_tools.report.plots import plot_named_anonymous, plot_speaker_survival


def _one(text: str):
    return from_records([{"doc_id": "d", "text": text}])


def test_repeated_and_new_mentions():
    text = (
        "An Iranian source with knowledge of the meeting said the talks were useful. "
        '"It went well," the Iranian source told Reuters. He added that more talks would follow. '
        "A U.S. official said little had changed. Another U.S. official said the opposite."
    )
    t = speaker_table(_one(text))
    assert t["speaker"].tolist() == [
        "An Iranian source with knowledge of the meeting",
        "A U.S. official",
        "Another U.S. official",
    ]
    assert t["mentions"].tolist() == [3, 1, 1]
    assert t["affiliation"].tolist() == ["Iranian", "U.S.", "U.S."]
    assert t["via_agency"].tolist() == [True, False, False]


def test_named_person_resolves_by_surname():
    text = "Foreign Minister Mohammad Javad Zarif said the door was open. Zarif said talks could follow."
    t = speaker_table(_one(text))
    assert len(t) == 1 and bool(t["named"].iloc[0]) and t["mentions"].iloc[0] == 2


def test_frames_are_used_not_recomputed(seeds):
    a = attributions(seeds)
    table = speaker_table(seeds, attributions=a)
    assert speaker_summary(seeds, speakers=table, attributions=a).equals(speaker_summary(seeds))


# --------------------------------------------------------------------------- seeds


def test_outlet_counts(seeds):
    out = outlet_counts(seeds)
    assert out[["outlet", "n_documents", "n_words"]].values.tolist() == [
        ["unknown", 2, 911],
        ["Reuters", 1, 964],
    ]
    assert out.loc[1, "roles"] == "wire original"


@pytest.fixture(scope="module")
def seed_frames(seeds):
    a = attributions(seeds)
    return a, speaker_table(seeds, attributions=a)


def test_seed_summary(seeds, seed_frames):
    a, table = seed_frames
    s = speaker_summary(seeds, speakers=table, attributions=a).set_index("doc_id")
    assert s[["sources", "named_sources", "anonymous_sources", "unresolved"]].to_dict("index") == {
        "000": {"sources": 10, "named_sources": 4, "anonymous_sources": 6, "unresolved": 0},
        "001": {"sources": 23, "named_sources": 7, "anonymous_sources": 16, "unresolved": 0},
        "002": {"sources": 13, "named_sources": 5, "anonymous_sources": 8, "unresolved": 0},
    }
    assert s["agency_attributions"].to_dict() == {"000": 3, "001": 3, "002": 0}  # 002 removed "told Reuters"


def test_seed_sources_named_in_the_issue(seed_frames):
    _, t = seed_frames
    labels = set(t[t.doc_id == "001"]["speaker"])
    for expected in (
        "an Iranian source with knowledge of the meeting",
        "two U.S. officials",
        "A former U.S. Defense Department official",
        "A Western official",
        "a French diplomat",
        "Iran's Foreign Ministry spokesman Bahram Qasemi",
    ):
        assert expected in labels
    former = t[(t.doc_id == "001") & (t.speaker == "A former U.S. Defense Department official")].iloc[0]
    assert former.mentions == 2  # "... the former official said" is the same speaker
    zarif = t[(t.doc_id == "001") & (t.speaker == "Mohammad Javad Zarif")].iloc[0]
    assert (zarif.named, zarif.speaker_type) == (True, "person")


def test_seed_survival(seeds, seed_frames):
    a, _ = seed_frames
    v = speaker_survival(seeds, attributions=a).set_index(["doc_id", "speaker"])
    status = v["status"].to_dict()
    assert status[("002", "Iran's Foreign Ministry spokesman Bahram Qasemi")] == "kept"
    assert status[("000", "Iran's Foreign Ministry spokesman Bahram Qasemi")] == "dropped"
    assert status[("002", "a French diplomat")] == "dropped"
    assert status[("002", "an Iranian source with knowledge of the meeting")] == "re_attributed"
    assert status[("000", "Iranian and Western officials familiar with the overtures")] == "kept"
    counts = v.reset_index().groupby(["doc_id", "status"]).size().to_dict()
    assert counts == {
        ("000", "dropped"): 10,
        ("000", "kept"): 10,
        ("000", "kept_other_statement"): 1,
        ("000", "re_attributed"): 2,
        ("002", "dropped"): 4,
        ("002", "kept"): 11,
        ("002", "kept_other_statement"): 7,
        ("002", "re_attributed"): 1,
    }


def test_source_plots(seeds, seed_frames):
    a, table = seed_frames
    ax = plot_named_anonymous(speaker_summary(seeds, speakers=table, attributions=a))
    assert [t.get_text() for t in ax.get_yticklabels()] == ["000", "001", "002"]
    survival = speaker_survival(seeds, attributions=a)
    ax = plot_speaker_survival(survival)
    assert len(ax.patches) == len(survival) and [t.get_text() for t in ax.get_xticklabels()] == ["000", "002"]


def test_survival_follows_the_speakers_of_every_take_of_a_grouped_wire_story():
    # two takes of one wire story (group "PA"); the paper keeps the first take's statement word for
    # word, quotes the second take's speaker with other words, and leaves out a third speaker
    take1 = "Prosecutor Owen Tarrant told the court the fire was started deliberately in the kitchen."
    take2 = (
        "Detective Anna Marsh said officers found two petrol cans in the garden shed.\n\n"
        "Neighbour Tom Reed said he heard shouting before the fire."
    )
    paper = (
        "Prosecutor Owen Tarrant told the court the fire was started deliberately in the kitchen.\n\n"
        "Detective Anna Marsh said the inquiry had been long and difficult."
    )
    corpus = from_records(
        [
            {
                "doc_id": "take1",
                "text": take1,
                "group": "PA",
                "role": "wire",
                "published": "1999-07-12T11:00",
            },
            {
                "doc_id": "take2",
                "text": take2,
                "group": "PA",
                "role": "wire",
                "published": "1999-07-12T15:00",
            },
            {"doc_id": "paper", "text": paper, "role": "newspaper", "published": "1999-07-13"},
        ]
    )
    v = speaker_survival(corpus, source="PA")
    got = {(r.source_doc_id, r.speaker, r.doc_id): r.status for r in v.itertuples()}
    assert got == {
        ("take1", "Prosecutor Owen Tarrant", "paper"): "kept",
        ("take2", "Detective Anna Marsh", "paper"): "kept_other_statement",
        ("take2", "Neighbour Tom Reed", "paper"): "dropped",
    }
    assert speaker_survival(corpus).equals(v)  # the origin is the group


def test_court_sides_are_affiliations_and_post_nominals_are_not():
    text = (
        "Alan Frost, QC, prosecuting, said the mixture had been made up wrongly. "
        "Jane Roe, for the defence, said her client was of good character."
    )
    t = speaker_table(_one(text))
    assert t[["speaker", "affiliation"]].values.tolist() == [
        ["Alan Frost", "prosecution"],
        ["Jane Roe", "defence"],
    ]
