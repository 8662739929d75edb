"""Source accounting: outlet counts, distinct speakers, summaries, survival — built texts and seeds."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pytest
from wire_takes import takes_and_paper

from corpus_tools import from_records
from corpus_tools.attribution.accounting import (
    outlet_counts,
    speaker_summary,
    speaker_survival,
    speaker_table,
)
from corpus_tools.attribution.attributions import attributions
from corpus_tools.report.speaker_plots import plot_named_anonymous, plot_speaker_survival


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
    assert t["n_statements"].tolist() == [3, 1, 1]
    assert t["affiliation"].tolist() == ["Iranian", "U.S.", "U.S."]
    assert t["via_agency"].tolist() == [True, False, False]


def test_named_person_resolves_by_surname():
    text = "Foreign Minister Mohammad Javad Zarif said the door was open. Zarif said talks could follow."
    t = speaker_table(_one(text))
    assert len(t) == 1 and bool(t["named"].iloc[0]) and t["n_statements"].iloc[0] == 2
    assert t["speaker_kind"].tolist() == ["person"]


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
    # a careful reading: 000 quotes two governments (Iran as "Tehran", the U.S. as "Washington") and six
    # anonymous officials and sources, no named person (Trump's threats are mentioned, not quoted);
    # 001 adds Trump and Qasemi (people), the State Department (an institution) and seven anonymous
    # officials whose paragraphs 000 cut; 002 keeps Trump and Qasemi
    a, table = seed_frames
    s = speaker_summary(seeds, speakers=table, attributions=a).set_index("doc_id")
    got = s[["n_speakers", "n_named", "n_people", "n_institutions", "n_governments", "n_anonymous"]]
    assert got.to_dict("index") == {
        "000": {
            "n_speakers": 8,
            "n_named": 2,
            "n_people": 0,
            "n_institutions": 0,
            "n_governments": 2,
            "n_anonymous": 6,
        },
        "001": {
            "n_speakers": 18,
            "n_named": 5,
            "n_people": 2,
            "n_institutions": 1,
            "n_governments": 2,
            "n_anonymous": 13,
        },
        "002": {
            "n_speakers": 11,
            "n_named": 4,
            "n_people": 2,
            "n_institutions": 0,
            "n_governments": 2,
            "n_anonymous": 7,
        },
    }
    assert s["n_agency_attributions"].to_dict() == {
        "000": 3,
        "001": 3,
        "002": 0,
    }  # 002 removed "told Reuters"
    assert s["n_unresolved"].to_dict() == {"000": 0, "001": 0, "002": 0}
    assert list(s.columns[:4]) == ["n_attributions", "n_speakers", "n_named", "n_people"]


def test_seed_sources_named_in_the_issue(seed_frames):
    a, t = seed_frames
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
    assert former.n_statements == 2  # "... the former official said" is the same speaker
    # Zarif and "The Americans" speak only inside the Iranian source's statement: nested, no speaker
    assert not {"Mohammad Javad Zarif", "The Americans"} & labels
    zarif = a[(a.doc_id == "001") & (a.speaker == "Zarif")].iloc[0]
    source = t[(t.doc_id == "001") & (t.speaker == "an Iranian source with knowledge of the meeting")].iloc[0]
    assert (zarif.role, zarif.reported_by) == ("nested", source.speaker_id)
    # one government under several names; a person named for a mention only is no speaker
    zero = t[t.doc_id == "000"]
    assert zero[zero.speaker_kind == "government"]["speaker"].tolist() == ["Iran", "Washington"]
    assert (zero.speaker_kind == "person").sum() == 0
    trump = a[(a.doc_id == "000") & a.speaker.str.contains("Trump")]
    assert trump["role"].tolist() == ["mention"]  # "given US President Donald Trump's threats"


#: each speaker of 001 in 000 and 002, read by hand
SEED_SURVIVAL = {
    "Iranian and Western officials familiar with the overtures": ("kept", "relabelled"),
    "Iran": ("kept", "kept"),
    "Washington": ("kept", "kept"),
    "an Iranian source with knowledge of the meeting": ("kept", "relabelled"),
    "U.S. and Western officials": ("kept", "kept"),
    "two U.S. officials": ("kept", "kept"),
    "A former U.S. Defense Department official": ("kept", "kept"),
    "U.S. President Donald Trump": ("dropped", "kept"),
    "a senior administration official": ("dropped", "kept"),
    "A U.S. official with first-hand knowledge of dealings with the Islamic Republic": ("kept", "kept"),
    "Iran's Foreign Ministry spokesman Bahram Qasemi": ("dropped", "kept"),
    "The State Department": ("dropped", "dropped"),
    "A senior Iranian official": ("dropped", "dropped"),
    "A third Iranian official": ("dropped", "dropped"),
    "A U.S. official with extensive experience negotiating with Iran": ("dropped", "dropped"),
    "A Western official": ("dropped", "dropped"),
    "Another Western official": ("dropped", "dropped"),
    "a French diplomat": ("dropped", "dropped"),
}


def test_seed_survival(seeds, seed_frames):
    a, _ = seed_frames
    v = speaker_survival(seeds, attributions=a)
    got = v.pivot(index="speaker", columns="doc_id", values="status")
    assert {s: (got.loc[s, "000"], got.loc[s, "002"]) for s in got.index} == SEED_SURVIVAL
    became = v[v.status == "relabelled"].set_index("speaker")["became"].to_dict()
    assert became == {
        "Iranian and Western officials familiar with the overtures": "officials",
        "an Iranian source with knowledge of the meeting": "an Iranian official",
    }
    lost = v[v.agency_credit_dropped]
    assert sorted(lost["speaker"]) == sorted(became) and set(lost["agency_credit"]) == {"told Reuters"}
    assert set(lost["doc_id"]) == {"002"}  # 000 kept "told Reuters"


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
    corpus = takes_and_paper([take1, take2], paper, "1999-07-12")
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
