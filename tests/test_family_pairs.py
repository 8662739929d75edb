"""Each edge of the family tree opens the full side-by-side view of the version and its parent,
and the changes' quotes come from the speaker survival of the version against its parent."""

from __future__ import annotations

import re

import pytest
from strike_story import P, X, Y, wire_corpus

from corpus_tools import analyze, write_report
from corpus_tools.analysis import parent_frames
from corpus_tools.attribution.survival import speaker_survival
from corpus_tools.report.family_pairs import edge_findings
from corpus_tools.report.family_view import family_html
from corpus_tools.report.page import PAIR_FRAMES
from corpus_tools.variants.changes import changes


def story_corpus():
    texts = {"a": P, "b": [*P, X], "c": [*P[:2], P[3], X, Y]}  # b updates a; c updates b, cuts Hanson
    return wire_corpus(texts)


@pytest.fixture(scope="module")
def story():
    return analyze(story_corpus())


def test_edge_opens_the_full_view_of_the_pair(story):
    frames = parent_frames(story, PAIR_FRAMES)
    # with against="origin", the frames are run again with c against its parent b, not the origin a
    assert set(frames["alignment"]["source_doc_id"]) == {"a", "b"}
    assert frames["alignment"].query("doc_id == 'c'")["source_doc_id"].unique().tolist() == ["b"]
    html = family_html(story.corpus, story.family, story.changes, pair_frames=frames)
    section = re.search(r'<section class="ct-pair" id="pair-c_b">(.*?)</section></section>', html, re.S)
    assert section and 'href="#pair-c_b"' in html
    view = section.group(1)
    assert '<section class="ct-view" id="pair-c_b-view" data-doc="c">' in view
    assert "c (Wire) beside its source b" in view
    # every sentence of c is linked: X to b's sentence 4, Y marked new (b has no Y)
    assert 'id="ct-pair_c_b_view-v3" tabindex="0" data-src="4"' in view
    assert re.search(r'id="ct-pair_c_b_view-v4" tabindex="0" data-src=""', view)
    # b's Hanson sentence, which c cut, is on the source side
    assert "John Hanson" in view
    # without the frames (a tree too large, or no analysis), the light view of paired sentences
    light = family_html(story.corpus, story.family, story.changes)
    assert 'id="pair-c_b-view"' not in light and "Sentences side by side" in light


def test_parent_frames_capped(story):
    assert parent_frames(story, ["alignment"], max_edges=1) is None
    own = analyze(story.corpus, against="parent", only=["alignment"])
    assert parent_frames(own, ["alignment"])["alignment"] is own.alignment


def test_seed_quotes_come_from_the_speaker_survival(seeds):
    survival = speaker_survival(seeds, source="001")
    ch = changes(seeds, survival=survival)
    q = ch[(ch.doc_id == "002") & (ch.section == "quote")]
    s = survival[survival.doc_id == "002"]
    moved = s[s.status.isin(["dropped", "relabelled", "re_attributed"])]
    speakers = q[q.kind == "speaker"]
    # one quote row per speaker the survival table says was dropped or relabelled, and no other
    assert sorted(speakers.before) == sorted(moved.speaker)
    assert speakers.set_index("before").loc["The State Department", "change"] == "cut"
    assert speakers.set_index("before").loc[
        "an Iranian source with knowledge of the meeting", ["change", "after"]
    ].tolist() == ["relabelled", "an Iranian official"]
    # the facts still lead and name the cut State Department reply and Oman
    facts = ch[(ch.doc_id == "002") & (ch.section == "fact") & (ch.change == "cut")]
    assert {"Oman", "U.S. State Department"} <= set(facts.before)
    style = ch[(ch.doc_id == "002") & (ch.section == "style")]
    assert len(style) == 1 and "\n" not in style.after.iloc[0]
    line = edge_findings(analyze(seeds).family, ch)["002"]
    assert "Quotes: 7 speakers cut (The State Department; A senior Iranian official;" in line
    assert (
        "2 speakers relabelled (Iranian and Western officials familiar with the overtures as officials;"
        in line
    )


def test_analysis_changes_agree_with_the_survival_table(seeds):
    a = analyze(seeds, against="parent", only=["changes"])
    rows = a.changes[(a.changes.section == "quote") & (a.changes.kind == "speaker")]
    s = a.speaker_survival
    moved = s[s.status.isin(["dropped", "relabelled", "re_attributed"])]
    assert sorted(zip(rows.doc_id, rows.before, strict=True)) == sorted(
        zip(moved.doc_id, moved.speaker, strict=True)
    )
    # the origin run reads the same survival, run against each version's parent (here the origin)
    o = analyze(seeds, only=["changes"]).changes
    assert (
        o[o.section == "quote"]
        .reset_index(drop=True)
        .equals(a.changes[a.changes.section == "quote"].reset_index(drop=True))
    )


def test_survival_frame_checked(seeds):
    with pytest.raises(ValueError, match="survival lacks column"):
        changes(seeds, survival=speaker_survival(seeds, source="001").drop(columns="status"))


def test_edge_from_the_source_opens_the_view_already_on_the_page(seeds, tmp_path):
    page = write_report(analyze(seeds), tmp_path / "out").read_text()
    # both seeds versions have the source 001 as parent: their edges open their views against it
    assert '<a href="#view-002"><g class="ct-fedge">' in page and 'href="#pair-002_001"' not in page
    assert page.count('<section class="ct-view"') == 2  # not repeated in the pair sections
    section = page[page.index('<section class="ct-pair" id="pair-002_001">') :]
    assert 'the two side by side are <a href="#view-002">002 beside 001</a>' in section[:3000]
