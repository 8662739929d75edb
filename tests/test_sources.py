"""Sources: outlet counts, attributions, distinct sources, survival — built sentences and seeds."""

from __future__ import annotations

import math

import matplotlib

matplotlib.use("Agg")

import pytest

from corpus_tools import from_records
from corpus_tools.plots import plot_named_anonymous, plot_source_survival
from corpus_tools.sources import (
    attributions,
    outlet_counts,
    source_summary,
    source_survival,
    source_table,
)


def _one(text: str):
    return from_records([{"doc_id": "d", "text": text}])


def _attr(text: str):
    return attributions(_one(text))


@pytest.mark.parametrize(
    "text,source_text,cue,quote_type,named,source_type",
    [
        ('"We will not negotiate," the minister said.', "the minister", "said", "direct", False, "minister"),
        ('The minister said: "We will not negotiate."', "The minister", "said", "direct", False, "minister"),
        (
            "The talks have failed, according to a senior European diplomat.",
            "a senior European diplomat",
            "according to",
            "indirect",
            False,
            "diplomat",
        ),
        (
            "The deal is dead, a Western official told Reuters.",
            "a Western official",
            "told Reuters",
            "indirect",
            False,
            "government official",
        ),
        (
            '"Iran will respond," Foreign Minister Javad Zarif was quoted as saying by state media.',
            "Foreign Minister Javad Zarif",
            "was quoted as saying",
            "direct",
            True,
            "minister",
        ),
        (
            "The White House declined to comment on the report.",
            "The White House",
            "declined to comment",
            "indirect",
            True,
            "organisation",
        ),
        (
            "Two U.S. officials said the talks had stalled.",
            "Two U.S. officials",
            "said",
            "indirect",
            False,
            "government official",
        ),
        (
            'Oil minister Ali Rezaei has said output "will rise soon".',
            "Oil minister Ali Rezaei",
            "has said",
            "mixed",
            True,
            "minister",
        ),
    ],
)
def test_attribution_patterns(text, source_text, cue, quote_type, named, source_type):
    a = _attr(text)
    assert len(a) == 1, a
    row = a.iloc[0]
    assert (row.source_text, row.cue, row.quote_type, bool(row.named), row.source_type) == (
        source_text,
        cue,
        quote_type,
        named,
        source_type,
    )
    assert text[row.start : row.end] == source_text
    assert row.content_end > row.content_start


def test_agency_and_affiliation():
    a = _attr(
        "The deal is dead, a Western official told Reuters. Two U.S. officials said the talks had stalled."
    )
    assert a["via_agency"].tolist() == [True, False]
    assert a["affiliation"].tolist() == ["Western", "United States"]
    t = source_table(_one("Two U.S. officials said the talks had stalled. Officials said more was to come."))
    assert t["count"].tolist()[0] == 2.0 and math.isnan(t["count"].tolist()[1])


def test_without_quote_marks():
    a = _attr("We will not negotiate, the minister said. He said the talks had failed.")
    assert a["quote_evidence"].tolist() == ["no_quote_marks", "no_quote_marks"]
    assert a["quote_type"].tolist() == ["direct", "indirect"]  # first person: direct
    stripped = _attr("Iran s position is firm, the minister said. The talks were useful, he said.")
    assert stripped["quote_evidence"].tolist() == ["inferred", "inferred"]
    assert stripped["quote_type"].tolist() == ["direct", "direct"]  # content before the cue
    assert a["source_id"].nunique() == 1  # "he" is the minister


def test_unbalanced_quotes_never_raise():
    text = (
        "\u201cWe will talk, the minister said.\n\u201cThe rest can wait,\u201d he added.\nOfficials agreed."
    )
    a = _attr(text)
    assert a["cue"].tolist() == ["said", "added"]
    assert a["quote_type"].tolist() == ["direct", "direct"]  # the unclosed quote runs to its paragraph end


def test_repeated_and_new_mentions():
    text = (
        "An Iranian source with knowledge of the meeting said the talks were useful. "
        '"It went well," the Iranian source told Reuters. He added that more talks would follow. '
        "A U.S. official said little had changed. Another U.S. official said the opposite."
    )
    t = source_table(_one(text))
    assert t["label"].tolist() == [
        "An Iranian source with knowledge of the meeting",
        "A U.S. official",
        "Another U.S. official",
    ]
    assert t["mentions"].tolist() == [3, 1, 1]
    assert t["affiliation"].tolist() == ["Iran", "United States", "United States"]


def test_named_person_resolves_by_surname():
    text = "Foreign Minister Mohammad Javad Zarif said the door was open. Zarif said talks could follow."
    t = source_table(_one(text))
    assert len(t) == 1 and bool(t["named"].iloc[0]) and t["mentions"].iloc[0] == 2


# --------------------------------------------------------------------------- seeds


def test_outlet_counts(seeds):
    out = outlet_counts(seeds)
    assert out[["outlet", "documents", "words"]].values.tolist() == [["unknown", 2, 911], ["Reuters", 1, 964]]
    assert out.loc[1, "roles"] == "wire original"


def test_seed_summary(seeds):
    s = source_summary(seeds).set_index("doc_id")
    assert s[["sources", "named_sources", "anonymous_sources"]].to_dict("index") == {
        "000": {"sources": 11, "named_sources": 4, "anonymous_sources": 7},
        "001": {"sources": 22, "named_sources": 6, "anonymous_sources": 16},
        "002": {"sources": 12, "named_sources": 4, "anonymous_sources": 8},
    }
    assert s["agency_attributions"].to_dict() == {"000": 3, "001": 3, "002": 0}  # 002 removed "told Reuters"


def test_seed_sources_named_in_the_issue(seeds):
    t = source_table(seeds)
    labels = set(t[t.doc_id == "001"]["label"])
    for expected in (
        "an Iranian source with knowledge of the meeting",
        "two U.S. officials",
        "A former U.S. Defense Department official",
        "A Western official",
        "a French diplomat",
        "Iran s Foreign Ministry spokesman Bahram Qasemi",
        "Zarif",
    ):
        assert expected in labels
    former = t[(t.doc_id == "001") & (t.label == "A former U.S. Defense Department official")].iloc[0]
    assert former.mentions == 2  # "... the former official said" is the same source


def test_seed_quote_types_borrowed_from_marked_versions(seeds):
    a = attributions(seeds)
    a001 = a[a.doc_id == "001"]
    borrowed = a001[a001.quote_evidence.str.startswith("quote_marks in")]
    assert len(borrowed) == 18
    lede = a001[a001.cue == "told Reuters"].iloc[0]
    assert (lede.quote_type, lede.quote_evidence) == ("indirect", "quote_marks in 000")


def test_seed_survival(seeds):
    v = source_survival(seeds).set_index(["doc_id", "label"])
    status = v["status"].to_dict()
    assert status[("002", "the sources")] == "re_attributed"
    assert v.loc[("002", "the sources"), "became"] == "officials said"
    assert status[("002", "an Iranian source with knowledge of the meeting")] == "re_attributed"
    assert status[("002", "Iranian and Western officials familiar with the overtures")] == "re_attributed"
    assert status[("000", "Iranian and Western officials familiar with the overtures")] == "kept"
    assert status[("002", "Iran s Foreign Ministry spokesman Bahram Qasemi")] == "kept"
    assert status[("000", "Iran s Foreign Ministry spokesman Bahram Qasemi")] == "dropped"
    assert status[("002", "a French diplomat")] == "dropped"
    counts = v.reset_index().groupby(["doc_id", "status"]).size().to_dict()
    assert counts == {
        ("000", "dropped"): 11,
        ("000", "kept"): 11,
        ("002", "dropped"): 10,
        ("002", "kept"): 9,
        ("002", "re_attributed"): 3,
    }


def test_source_plots(seeds):
    ax = plot_named_anonymous(source_summary(seeds))
    assert [t.get_text() for t in ax.get_yticklabels()] == ["000", "001", "002"]
    ax = plot_source_survival(source_survival(seeds))
    assert len(ax.patches) == 44 and [t.get_text() for t in ax.get_xticklabels()] == ["000", "002"]
