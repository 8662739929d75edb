"""Overlap: scores, passages, alignment, coverage, derivation, origin — seeds and built corpora."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pytest

from corpus_tools import from_records
from corpus_tools.report.plots import plot_alignment, plot_containment, plot_coverage
from corpus_tools.reuse.alignment import ReuseOptions, align_sentences, source_coverage
from corpus_tools.reuse.derivation import classify_documents
from corpus_tools.reuse.documents import document_scores, find_origin, origin, shared_passages, tile

PASSAGE_COLUMNS_NOW = [
    "doc_id",
    "start",
    "end",
    "source_doc_id",
    "source_start",
    "source_end",
    "n_tokens",
    "text",
    "source_text",
    "reordered",
]


def _corpus(**texts):
    return from_records([{"doc_id": k, "text": v} for k, v in texts.items()])


@pytest.fixture(scope="module")
def seed_alignment(seeds):
    return align_sentences(seeds)


# --------------------------------------------------------------------------- seeds


@pytest.mark.parametrize(
    "doc_id,source_doc_id,containment",
    [
        ("000", "001", 0.963),
        ("002", "001", 0.892),
        ("001", "000", 0.371),
        ("001", "002", 0.468),
        ("002", "000", 0.5),
    ],
)
def test_seed_containment(seeds, doc_id, source_doc_id, containment):
    s = document_scores(seeds).set_index(["doc_id", "source_doc_id"])
    assert s.loc[(doc_id, source_doc_id), "containment"] == pytest.approx(containment, abs=0.001)
    assert s.loc[(doc_id, source_doc_id), "jaccard"] == pytest.approx(
        s.loc[(source_doc_id, doc_id), "jaccard"]
    )


def test_seed_origin(seeds):
    edges = origin(seeds)
    assert edges.attrs["origin"] == "001" == find_origin(seeds)
    best = edges[edges.is_best_parent][["source_doc_id", "doc_id"]].values.tolist()
    assert sorted(best) == [["001", "000"], ["001", "002"]]
    assert edges[edges.source_doc_id == "002"]["doc_id"].tolist() == ["000"]  # weaker, not the best parent
    assert edges["source_is_origin"].tolist() == [True, True, False]
    assert edges["direction"].tolist() == ["role", "role", "text"]  # 001 is the "wire original"


def test_seed_passages(seeds):
    p = shared_passages(seeds)
    assert p.columns.tolist() == PASSAGE_COLUMNS_NOW
    for r in p.itertuples():
        assert seeds.loc[r.doc_id, "text"][r.start : r.end] == r.text
        assert seeds.loc[r.source_doc_id, "text"][r.source_start : r.source_end] == r.source_text
        assert r.n_tokens >= 8
    pair = p[(p.doc_id == "001") & (p.source_doc_id == "000")]
    # 000 moved the Zarif-Tillerson meeting paragraph up: found, and flagged as reordered
    moved = pair[pair.reordered]
    assert len(moved) == 1 and "Rex Tillerson" in moved.source_text.item()
    # quotes, "US"/"U.S." and stripped apostrophes do not break passages
    assert pair["n_tokens"].max() >= 140


def test_seed_alignment_counts(seed_alignment):
    counts = seed_alignment.groupby(["doc_id", "reuse_class"]).size().to_dict()
    assert counts == {
        ("000", "verbatim"): 6,
        ("000", "near_verbatim"): 5,
        ("000", "rewritten"): 1,  # the Zarif meeting, fused from 001's sentences 11 and 12
        ("002", "verbatim"): 7,
        ("002", "near_verbatim"): 13,
    }


@pytest.mark.parametrize(
    "doc_id,starts,sources,reuse_class",
    [
        # 000's lede: only "program" for "programme" (the dateline is not compared)
        ("000", "ANKARA/LONDON/WASHINGTON: Iran has suggested", (0,), "near_verbatim"),
        # curly apostrophe in 000, stripped in 001: verbatim
        ("000", "Tehran has repeatedly vowed", (1,), "verbatim"),
        ("000", "But two US officials said Iran", (5,), "verbatim"),
        # moved up in 000, and "Britain, France..." (from 001's sentence 11) for "the six powers,
        # including": a sentence fused from two
        ("000", "Iranian Foreign Minister Mohammed Javad Zarif", (11, 12), "rewritten"),
        # words swapped and a clause cut
        ("002", "However officials said that given US President", (2,), "near_verbatim"),
        ("002", "However two US officials said", (5,), "near_verbatim"),
        # "Mr Trump", "20 September", "yesterday"
        ("002", "He is expected to announce soon", (9,), "near_verbatim"),
        ("002", "Iranian Foreign Minister Mohammad Javad Zarif", (12,), "near_verbatim"),
        ("002", "Iran says it has no such plans", (23,), "verbatim"),
    ],
)
def test_seed_alignment_pairs(seed_alignment, doc_id, starts, sources, reuse_class):
    row = seed_alignment[(seed_alignment.doc_id == doc_id) & seed_alignment.text.str.startswith(starts)]
    assert len(row) == 1
    assert row.source_sent_ids.item() == sources
    assert row.reuse_class.item() == reuse_class
    assert 0.0 < row.score.item() <= 1.0


def test_seed_coverage(seeds):
    cov = source_coverage(seeds)
    assert cov.groupby(["doc_id", "status"]).size().to_dict() == {
        ("000", "dropped"): 26,
        ("000", "kept_edited"): 5,
        ("000", "kept_verbatim"): 6,
        ("000", "rewritten"): 2,
        ("002", "dropped"): 19,
        ("002", "kept_edited"): 13,
        ("002", "kept_verbatim"): 7,
    }
    dropped_002 = cov[(cov.doc_id == "002") & (cov.status == "dropped")]["source_sent_id"].tolist()
    assert dropped_002 == [10, 13, 18, 19, 20, *range(25, 39)]
    # 000 stops after the "isolated among the (six powers)" paragraph
    kept_000 = cov[(cov.doc_id == "000") & (cov.status != "dropped")]["source_sent_id"].tolist()
    assert kept_000 == [0, 1, 2, 3, 4, 5, 6, 7, 11, 12, 13, 14, 15]


def test_seed_classes(seeds):
    c = classify_documents(seeds).set_index("doc_id")
    assert c["derivation"].to_dict() == {"000": "wholly_derived", "002": "wholly_derived"}
    assert c.loc["000", "source_kept"] == pytest.approx(13 / 39, abs=1e-4)
    assert c.loc["002", "source_kept"] == pytest.approx(20 / 39, abs=1e-4)
    # all but the Zarif meeting, fused from two sentences of 001
    assert c.loc["000", "verbatim_share"] + c.loc["000", "near_verbatim_share"] == pytest.approx(0.8975)


# --------------------------------------------------------------------------- built corpora

P1 = "The foreign minister met the envoy in Geneva on Monday to discuss the stalled missile talks."
P2 = "Officials said the meeting lasted three hours and ended without a joint statement."
P3 = "A spokesman for the ministry declined to comment on the substance of the discussions."
P4 = "Oil prices rose sharply in Asian trading after the news broke late in the evening."


def test_reordered_paragraphs():
    corpus = _corpus(src="\n".join([P1, P2, P3, P4]), moved="\n".join([P3, P1, P2, P4]))
    p = shared_passages(corpus, min_tokens=6)
    assert len(p) == 3  # P1+P2 stay one passage; P3 and P4 are found where they are
    assert p.columns.tolist() == PASSAGE_COLUMNS_NOW
    assert p[p.reordered]["text"].tolist() == [P3.rstrip(".")]
    a = align_sentences(corpus, source="src")
    assert a["source_sent_ids"].tolist() == [(2,), (0,), (1,), (3,)]
    assert a["reuse_class"].tolist() == ["verbatim"] * 4


def test_merged_sentences():
    src = "The minister met the envoy in Paris on Monday. They discussed the missile programme for hours."
    tgt = "The minister met the envoy in Paris on Monday and they discussed the missile programme for hours."
    a = align_sentences(_corpus(src=src, tgt=tgt), source="src")
    assert a["source_sent_ids"].tolist() == [(0, 1)]
    assert a["reuse_class"].tolist() == ["rewritten"]
    assert a["score"].item() > 0.9


def test_split_sentence():
    src = (
        "The minister, who arrived in Paris on Monday after a long flight from Tehran, "
        "discussed the missile programme with the envoy for two hours."
    )
    tgt = (
        "The minister arrived in Paris on Monday after a long flight from Tehran. "
        "He discussed the missile programme with the envoy for two hours."
    )
    a = align_sentences(_corpus(src=src, tgt=tgt), source="src")
    assert a["source_sent_ids"].tolist() == [(0,), (0,)]
    assert a["reuse_class"].tolist() == ["rewritten", "rewritten"]


def test_new_and_rephrased_sentences():
    src = f"{P1}\n{P2}"
    tgt = (
        "On Monday in Geneva, the envoy sat down with the foreign minister for talks on missiles "
        "that have stalled.\n"
        f"{P4}"
    )
    a = align_sentences(_corpus(src=src, tgt=tgt), source="src")
    assert a["reuse_class"].tolist() == ["rewritten", "new"]
    assert a["source_sent_ids"].tolist() == [(0,), ()]
    assert a["score"].tolist()[1] == 0.0


def test_stripped_and_curly_quotes_are_verbatim():
    src = "\u201cWe talk about everything with them,\u201d Iran\u2019s envoy said of the U.S. proposal."
    tgt = "We talk about everything with them, Iran s envoy said of the US proposal."
    a = align_sentences(_corpus(src=src, tgt=tgt), source="src")
    assert a["reuse_class"].tolist() == ["verbatim"]
    assert a["score"].item() == 1.0


def test_derivation_classes_on_built_corpus():
    src = "\n".join([P1, P2, P3])
    corpus = _corpus(
        src=src,
        copy=f"{P1}\n{P2}",
        # two of its three sentences new: 17 words of its own (on lemmas, names and numbers apart)
        mixed=f"{P1}\n{P4}\nHeavy weather in the capital kept farmers indoors all week long.",
        other="Football fans celebrated the cup final victory in the streets until dawn on Sunday.",
    )
    c = classify_documents(corpus, source="src").set_index("doc_id")
    assert c["derivation"].to_dict() == {
        "copy": "wholly_derived",
        "mixed": "partially_derived",
        "other": "non_derived",
    }
    assert c.loc["other", "derived_share"] == 0.0
    assert c.loc["copy", "source_kept"] == pytest.approx(2 / 3, abs=1e-4)
    assert find_origin(corpus) == "src"


def test_origin_uses_dates_to_break_ties():
    corpus = from_records(
        [
            {"doc_id": "late", "text": P1, "published": "2017-10-13"},
            {"doc_id": "early", "text": P1, "published": "2017-10-12"},
        ]
    )
    assert find_origin(corpus) == "early"


def test_empty_body_scores_zero():
    corpus = _corpus(a="Search form\n\nYou are here", b=P1)
    s = document_scores(corpus)
    assert len(s) == 0  # a pair that shares no n-gram scores 0.0 and is left out
    assert origin(corpus).empty  # and has no edge


def test_bad_source_and_parameters():
    corpus = _corpus(a=P1, b=P2)
    with pytest.raises(ValueError, match="source 'zzz' is not a doc_id or a group"):
        align_sentences(corpus, source="zzz")
    with pytest.raises(ValueError, match="ngram_size must be >= 1"):
        document_scores(corpus, ngram_size=0)


@pytest.mark.parametrize(
    "a,b,min_len,expected",
    [
        ("a b c d e".split(), "x a b c d e".split(), 3, [(0, 1, 5)]),
        ("a b c x d e f".split(), "d e f y a b c".split(), 3, [(0, 4, 3), (4, 0, 3)]),
        ("a b".split(), "a b".split(), 3, []),
        # each token used once: the repeated run is tiled twice only when both sides repeat it
        ("a b c a b c".split(), "a b c".split(), 3, [(0, 0, 3)]),
    ],
)
def test_tile(a, b, min_len, expected):
    assert tile(a, b, min_len) == expected


def test_plots_return_axes(seeds):
    cov = source_coverage(seeds)
    assert plot_containment(document_scores(seeds)).get_title() == "Containment"
    ax = plot_coverage(cov)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["000", "002"]
    ax = plot_alignment(align_sentences(seeds), cov, doc_id="000")
    assert len(ax.lines) == 13  # one link per (aligned 000 sentence, source sentence): one is fused


def test_takes_of_one_wire_story_act_as_one_source():
    corpus = from_records(
        [
            {
                "doc_id": "take1",
                "text": f"{P1}\n{P2}",
                "group": "PA",
                "role": "wire",
                "published": "1999-07-12T11:00",
            },
            {
                "doc_id": "take2",
                "text": f"{P3}\n{P4}",
                "group": "PA",
                "role": "wire",
                "published": "1999-07-12T15:00",
            },
            {
                "doc_id": "paper",
                "text": f"{P1}\n{P2}\n{P3}\n{P4}",
                "role": "newspaper",
                "published": "1999-07-13",
            },
        ]
    )
    edges = origin(corpus)
    assert edges.attrs["origin"] == "PA" and edges.attrs["origin_docs"] == ("take1", "take2")
    assert edges[["doc_id", "source_doc_id", "direction"]].values.tolist() == [["paper", "PA", "published"]]
    a = align_sentences(corpus)
    assert a["source_doc_id"].tolist() == ["take1", "take1", "take2", "take2"]  # offsets in each file
    assert a["reuse_class"].tolist() == ["verbatim"] * 4 and set(a["source_group"]) == {"PA"}
    assert align_sentences(corpus, source=["take1", "take2"])["reuse_class"].tolist() == ["verbatim"] * 4
    cov = source_coverage(corpus, alignment=a)
    assert cov["status"].tolist() == ["kept_verbatim"] * 4


def test_a_group_of_one_take_with_scores_given():
    # a witness of one document named by its group: the pairwise scores (by doc_id) are not its keys
    corpus = from_records(
        [
            {"doc_id": "take1", "text": f"{P1}\n{P2}", "group": "PA", "role": "wire"},
            {"doc_id": "paper", "text": f"{P1}\n{P2}\n{P3}", "role": "newspaper"},
        ]
    )
    edges = origin(corpus, scores=document_scores(corpus))
    assert edges.attrs["origin"] == "PA" and edges.attrs["origin_docs"] == ("take1",)
    assert edges[["doc_id", "source_doc_id"]].values.tolist() == [["paper", "PA"]]


def test_dates_beat_text_and_conflicts_are_reported():
    corpus = from_records(
        [
            {"doc_id": "short", "text": P1, "published": "2017-10-12"},
            {"doc_id": "long", "text": f"{P1}\n{P2}\n{P3}", "published": "2017-10-13"},
        ]
    )
    edges = origin(corpus)
    assert edges[["doc_id", "source_doc_id", "direction", "conflict"]].values.tolist() == [
        ["long", "short", "published", True]
    ]
    assert edges.attrs["origin"] == "short" and len(edges.attrs["conflicts"]) == 1


def test_changed_options_are_honoured():
    src = "The minister met the envoy in Geneva on Monday to discuss the stalled missile talks for hours."
    tgt = "The minister met the envoy in Geneva on Monday to discuss talks."
    corpus = _corpus(src=src, tgt=tgt)
    assert align_sentences(corpus, source="src")["reuse_class"].item() == "near_verbatim"
    # a lone sentence is its text's lead: the context route's bar applies there too (round 8)
    strict = ReuseOptions(min_source_cover=1.0, min_topical=20, min_topical_score=20, min_topical_context=20)
    assert align_sentences(corpus, source="src", options=strict)["reuse_class"].item() == "new"
    with pytest.raises(ValueError, match="min_score must be in"):
        ReuseOptions(min_score=2.0)
    with pytest.raises(ValueError, match="min_topical_score must be an integer"):
        ReuseOptions(min_topical_score=-1)


def test_a_text_sharing_no_sentence_is_not_derived():
    # the METER-fitted model never saw such a text; with every feature at zero it used to say "wholly"
    snow = "Heavy snow closed schools across the north and cut power to thousands of homes."
    corpus = _corpus(a=P1, b=snow)
    row = classify_documents(corpus, source="a").set_index("doc_id").loc["b"]
    assert (row.derivation, row.probability, row.derived_share) == ("non_derived", 1.0, 0.0)


_BUDGET = "The council approved the new budget for the harbour bridge after a long debate on Tuesday."
_REPAIRS = "Repairs to the old harbour bridge will start in spring and last about two years, engineers said."
_SHOPS = "Local shops fear the closure of the bridge will cost them trade in spring."


@pytest.mark.parametrize(
    ("version", "options", "classes"),
    [
        # alone, a weak paraphrase (two shared content words) is a coincidence of topic ...
        (_SHOPS, ReuseOptions(), ["new"]),
        (_SHOPS, ReuseOptions(min_topical_score=2, min_score_cover=0.2), ["rewritten"]),
        # ... beside a sentence copied word for word it is a rewrite, when the source sentence holds
        # enough of its words: "bridge" and "spring" are 2 of its 8 evidence words (0.25)
        (f"{_BUDGET} {_SHOPS}", ReuseOptions(min_score_cover=0.2), ["verbatim", "rewritten"]),
        (f"{_BUDGET} {_SHOPS}", ReuseOptions(), ["verbatim", "new"]),
        (f"{_BUDGET} {_SHOPS}", ReuseOptions(min_score_context=1, min_score_cover=0.2), ["verbatim", "new"]),
    ],
)
def test_a_weak_paraphrase_counts_beside_a_copied_sentence(version, options, classes):
    corpus = _corpus(src=f"{_BUDGET} {_REPAIRS} The mayor thanked residents for their patience.", tgt=version)
    assert align_sentences(corpus, source="src", options=options)["reuse_class"].tolist() == classes


def test_a_sentence_repeated_in_several_takes_is_one_candidate():
    # both takes repeat a loosely related sentence; the sentence the version kept comes third
    loose = (
        "Coastal storm warnings were ignored, and the road police had closed was reopened by the "
        "council within the hour, officials admitted later."
    )
    kept = "Police closed the coastal road on Friday night after the storm flooded homes near the pier."
    corpus = from_records(
        [
            {"doc_id": "take1", "text": loose, "group": "wire"},
            {"doc_id": "take2", "text": f"{loose} {kept}", "group": "wire"},
            {"doc_id": "paper", "text": "Police closed the coastal road after the storm.", "group": "paper"},
        ]
    )
    a = align_sentences(corpus, source="wire", options=ReuseOptions(max_candidates=2))
    assert a[["source_doc_id", "source_sent_ids", "reuse_class", "score"]].values.tolist() == [
        ["take2", (1,), "near_verbatim", 0.9664]
    ]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("min_score_context", 1.5, "min_score_context must be in"),
        ("min_topical_context", -1, "min_topical_context must be an integer"),
    ],
)
def test_context_options_are_checked(field, value, message):
    with pytest.raises(ValueError, match=message):
        ReuseOptions(**{field: value})
