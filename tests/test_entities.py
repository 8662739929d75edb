"""Speakers as entities and what the findings say of them (issue 22): each example of the issue,
pinned on invented text of the same shape."""

from __future__ import annotations

import pytest

from corpus_tools import analyze, from_records
from corpus_tools.attribution.accounting import speaker_summary, speaker_survival, speaker_table
from corpus_tools.attribution.attributions import attributions
from corpus_tools.attribution.entities import description_key, government_key, leaders, speaker_kind
from corpus_tools.report.findings import findings, overview
from corpus_tools.report.moves import moved_sentences, shown_score
from corpus_tools.variants.units import split_region


def _one(text: str):
    return from_records([{"doc_id": "d", "text": text}])


# --------------------------------------------------------------------------- who speaks


def test_one_government_under_several_names_is_one_named_speaker():
    text = (
        "Norland has offered to reopen the border talks, Norland officials said.\n\n"
        "Osterby has repeatedly refused to discuss the dam, "
        "with Washington saying the plan breaks a treaty.\n\n"
        "The White House said it would send an envoy. Moscow said the talks were welcome."
    )
    t = speaker_table(_one(text))
    govs = t[t.speaker_kind == "government"]["speaker"].tolist()
    assert govs == [
        "Washington",
        "Moscow",
    ]  # the White House is Washington; Osterby and Norland are no state we know
    assert t.set_index("speaker").loc["Washington", "n_statements"] == 2
    assert t.set_index("speaker").loc["Washington", "named"]


def test_a_capital_and_the_leaders_administration_are_the_country():
    text = (
        "U.S. President Dana Whitlock met the envoys on Monday.\n\n"
        "Tehran has said it will not give up its rockets.\n\n"
        "The Whitlock administration said the sanctions would stay. Iran says it wants talks.\n\n"
        "Washington said the door was open."
    )
    assert leaders(text) == {"whitlock": "united states"}
    s = speaker_summary(_one(text)).iloc[0]
    assert (s.n_speakers, s.n_governments, s.n_people, s.n_anonymous) == (2, 2, 0, 0)


def test_speech_mentioned_is_no_speaker():
    text = (
        "Given Mayor Pia Lund's threats to close the port, the dockers voted to strike, "
        "a union official said.\n\n"
        "The strike caused Harbor Corp to declare force majeure on its contracts.\n\n"
        "Lund is expected to announce her decision on Friday."
    )
    a = attributions(_one(text))
    assert dict(zip(a.speaker, a.role, strict=True)) == {
        "Mayor Pia Lund": "mention",
        "a union official": "speaker",
        "Harbor Corp": "mention",
        "Lund": "mention",
    }
    t = speaker_table(_one(text), attributions=a)
    assert t["speaker"].tolist() == ["a union official"]
    s = speaker_summary(_one(text), attributions=a).iloc[0]
    assert (s.n_people, s.n_anonymous, s.n_mentions) == (0, 1, 3)


def test_a_report_nested_in_a_statement_belongs_to_the_outer_speaker():
    text = (
        "The Canadians raised their concerns about the pipeline and Minister Ana Ruiz said in reply that the "
        "route could change, the Chilean source told Reuters."
    )
    a = attributions(_one(text)).set_index("speaker")
    assert a.loc["Minister Ana Ruiz", "role"] == "nested"
    assert a.loc["Minister Ana Ruiz", "reported_by"] == a.loc["the Chilean source", "speaker_id"]
    t = speaker_table(_one(text))
    assert t["speaker"].tolist() == ["the Chilean source"] and t["speaker_kind"].tolist() == ["anonymous"]


def test_speaker_strings_have_no_line_breaks():
    text = (  # a wire story's hard-wrapped lines
        "Three Northern\nMiners of Canada locals on strike at Harbor Metals Ltd\nrejected a tentative "
        'three-year contract, a union\nrepresentative said.\n     "The vote was 1,100 against and 900 for '
        'the contract," he '
        "said.\n     The union representative said the pact offered no wage increase."
    )
    a = attributions(_one(text))
    assert a["speaker"].tolist() == ["a union representative", "he", "The union representative"]
    assert a["speaker_id"].nunique() == 1 and not any("\n" in s for s in a.speaker_label)
    assert not any("\n" in c for c in a.cue)


@pytest.mark.parametrize(
    "speaker_type,named,kind",
    [
        ("official", False, "anonymous"),  # "a senior official"
        ("official", True, "person"),
        ("person", True, "person"),
        ("organisation", True, "organisation"),
        ("government", True, "government"),
        ("media", True, "media"),
        ("anonymous", False, "anonymous"),
    ],
)
def test_speaker_kind(speaker_type, named, kind):
    assert speaker_kind(speaker_type, named) == kind


def test_unnamed_identity_rests_on_the_whole_description():
    assert description_key("two U.S. officials") == description_key("two US officials")
    assert description_key("a senior Norland official") != description_key("a Norland official")
    assert description_key("a third Norland official") != description_key("a Norland official")
    assert government_key("the Islamic Republic") == "iran" and government_key("Iranian officials") == ""


# --------------------------------------------------------------------------- survival

WIRE = (
    "OSLO (Reuters) - Norway has suggested to its neighbours that it may be open to talks about its dam, "
    "seeking to reduce tension over the project, Norwegian and Swedish officials familiar with the offer "
    "told Reuters.\n\n"
    "A Norland source with knowledge of the meeting told Reuters the offer was made at the summit "
    "last week.\n\n"
    "Two EU officials said the offer had been kept alive by feeding reports to local newspapers.\n\n"
    "A senior Norland official said the engineers had met the minister three times in May.\n\n"
    "A third Norland official said the dam could be cut by half.\n\n"
    "The Foreign Ministry said it would not comment on the offer."  # "declined to comment": no statement
)
PAPER = (
    "Norway has suggested to its neighbours that it may be open to talks about its dam, seeking to reduce "
    "tension over the project, officials have said.\n\n"
    "The offer was made at the summit last week, a Norland official said.\n\n"
    "Two EU officials said the offer had been kept alive."
)
STRIKE_WIRE = (
    "Three locals of the Steelworkers union rejected a tentative contract, a union representative said.\n\n"
    "The union representative said the pact offered cost of living increases but no wage increase.\n\n"
    "The strike caused Harbor Metals to declare force majeure."
)
STRIKE_UPDATE = (
    "Harbor Metals expects to meet two of the locals today, company spokesman Tom Fish said.\n\n"
    "Fish said the pact offered cost of living increases but no wage increase.\n\n"
    "Harbor Metals said it had no meeting scheduled with the other three locals."
)


@pytest.fixture(scope="module")
def story():
    return from_records(
        [
            {"doc_id": "wire", "text": WIRE, "outlet": "Reuters", "role": "wire"},
            {"doc_id": "paper", "text": PAPER, "outlet": "unknown", "role": "rewrite"},
        ]
    )


def test_survival_by_identity_and_statement(story):
    v = speaker_survival(story, source="wire").set_index("speaker")
    assert v["status"].to_dict() == {
        "Norwegian and Swedish officials familiar with the offer": "relabelled",
        "A Norland source with knowledge of the meeting": "relabelled",
        "Two EU officials": "kept",
        "A senior Norland official": "dropped",  # never "the same official" for a shared head word
        "A third Norland official": "dropped",
        "The Foreign Ministry": "dropped",
    }
    assert v.loc["A Norland source with knowledge of the meeting", "became"] == "a Norland official"
    lost = v[v.agency_credit_dropped]
    assert set(lost.index) == {
        "Norwegian and Swedish officials familiar with the offer",
        "A Norland source with knowledge of the meeting",
    }
    assert set(lost.agency_credit) == {"told Reuters"}


def test_findings_name_relabels_with_both_labels_and_every_dropped_speaker(story):
    text = findings(analyze(story, source="wire"), topics=("speakers",))["paper"]
    assert "relabels 2 (“Norwegian and Swedish officials familiar with the offer” as “officials”" in text
    assert "“A Norland source with knowledge of the meeting” as “a Norland official”" in text
    assert "drops 3 (“A senior Norland official”; “A third Norland official”; “The Foreign Ministry”)" in text
    assert "It drops the agency credit (“told Reuters”) of 2 speakers" in text
    assert "It quotes 3 speakers: 3 anonymous speakers; no named person." in text


def test_a_statement_given_to_another_named_speaker_is_re_attributed():
    corpus = from_records(
        [
            {"doc_id": "a", "text": STRIKE_WIRE, "published": "1987-06-01T08:00"},
            {"doc_id": "b", "text": STRIKE_UPDATE, "published": "1987-06-01T16:00"},
        ]
    )
    v = speaker_survival(corpus, source="a").set_index("speaker")
    assert list(v.index) == ["a union representative"]  # "caused Harbor Metals to declare" is no speaker
    assert v.loc["a union representative", "status"] == "re_attributed"
    assert v.loc["a union representative", "became"] == "company spokesman Tom Fish"


# --------------------------------------------------------------------------- findings agree with the views


def test_moves_follow_the_sources_order():
    # the version brings source sentences 12-13 up before 4-7: those two moved, not 4-7
    got = moved_sentences([0, 1, 2, 3, 12, 13, 4, 5, 6, 7, 14, 15])
    assert got == {4: "moved up from later in the source", 5: "moved up from later in the source"}
    assert moved_sentences([0, 5, 1, 2, 3, 4]) == {1: "moved up from later in the source"}
    assert moved_sentences([1, 2, 3, 4, 0]) == {4: "moved down from earlier in the source"}


def test_a_sentence_that_cuts_words_is_never_similarity_one():
    assert shown_score({"score": 0.9982, "word_dice": 0.61}) == "0.99"
    assert shown_score({"score": 1.0, "word_dice": 1.0}) == "1.00"
    assert shown_score({"score": 0.876, "word_dice": 0.5}) == "0.87"


def test_identical_copy_unknown_outlet_and_page_furniture():
    body = (
        "Harbor Metals said it expects to meet two of the five striking locals today.\n\n"
        "Production has been shut since the strike began on May 9, a company spokesman said."
    )
    web = (
        "Search form\n\nLast updated: 3 min ago\n\n"
        "In this file photo, a worker stands at the smelter gate. (AP)\n\n" + body
    )
    corpus = from_records(
        [
            {"doc_id": "w1", "text": body, "outlet": "Northwire", "published": "1987-06-01T10:00"},
            {"doc_id": "w2", "text": body, "outlet": "Northwire", "published": "1987-06-01T11:00"},
            {"doc_id": "site", "text": web, "outlet": "unknown", "published": "1987-06-02"},
        ]
    )
    a = analyze(corpus, source="w1")
    text = findings(a)
    assert text["w2"].startswith("w2 (Northwire, ") and "is an identical copy of w1" in text["w2"]
    assert "page furniture set aside, not compared: 1 photo caption" in text["site"]
    assert overview(a).startswith(
        "3 documents from 1 named outlet (Northwire 2) and 1 whose outlet is unknown."
    )


# --------------------------------------------------------------------------- change examples


@pytest.mark.parametrize(
    "a,b,category,units",
    [
        # "familiar with the overtures told Reuters" -> "have said": the cut is its own unit
        ("familiar with the offer told Reuters", "have said", "attribution_change",
         [(0, 4, 0, 0), (4, 6, 0, 2)]),
        # "United Steelworkers of America" -> "striking": no pair of unrelated words
        ("Northern Miners Union of Canada", "striking", "word_substitution", [(0, 5, 0, 0), (5, 5, 0, 1)]),
        # "a union representative said" -> "British Columbia lead-zinc operations"
        ("a union representative said", "Nova Scotia copper mines", "attribution_change",
         [(0, 4, 0, 0), (4, 4, 0, 4)]),
        # "..." -> "has"
        ("...", "has", "word_substitution", [(0, 1, 0, 0), (1, 1, 0, 1)]),
        ("overtures", "proposals", "word_substitution", [(0, 1, 0, 1)]),
        ("source with knowledge told Reuters", "official said", "attribution_change",
         [(0, 1, 0, 1), (1, 3, 1, 1), (3, 5, 1, 2)]),
    ],
)  # fmt: skip
def test_change_examples_are_minimal_whole_units(a, b, category, units):
    assert split_region(a.split(), b.split(), category) == units


def test_the_accused_is_no_speaker_and_a_hearing_is_one_speaker():
    text = (
        "Company director Alan Moss denies murdering his business partner in March 1994.\n\n"
        "Moss, 51, is alleged to have hit him with a spade.\n\n"
        "The court has heard that the partner kept a diary of their debts.\n\n"
        "The jury at Leeds Crown Court was told Moss admitted the quarrel but denied the attack."
    )
    a = attributions(_one(text))
    assert a.set_index("cue").loc["is alleged", "role"] == "mention"
    t = speaker_table(_one(text), attributions=a)
    assert t[["speaker", "speaker_kind", "n_statements"]].values.tolist() == [
        ["Company director Alan Moss", "person", 1],
        ["The court", "anonymous", 2],  # "the court has heard", "the jury was told": one unnamed speaker
    ]


def test_the_subject_of_is_said_to_have_is_no_speaker():
    # 01.03.00/wagstaff (claims_tune13.md, T1): "one man who was said to have lost" is what someone
    # unnamed said of him, as "is alleged to"; the woman who denies is the one speaker
    text = (
        "Garden designer Ruth Hale denied tricking friends out of 30,000 pounds.\n\n"
        "The charges named nine people, including one woman who was said to have lost 8,000 pounds.\n\n"
        "Her former partner Dean Colby, who is said to have given her 4,000 pounds, was not in court."
    )
    a = attributions(_one(text))
    assert sorted(a[a.role == "mention"]["cue"]) == ["is said", "was said"]
    t = speaker_table(_one(text), attributions=a)
    assert t[["speaker", "speaker_kind"]].values.tolist() == [["Garden designer Ruth Hale", "person"]]


def test_a_pronoun_after_is_said_to_have_is_the_speaker_before():
    # the one said of ("Mr Vane is said to have been in his pocket") is no one a later "He" is:
    # 14.12.99/hamilton's mail, which the first rule for "is said to" gave to Mr Vane
    text = (
        "Mr Rudd told the court: 'God knows how I felt.'\n\n"
        "Mr Rudd worked for Mr Orme from 1984 until 1986, a period in which Mr Vane is said to have "
        "been in the shop owner's pocket.\n\n"
        "He angrily denied he was sacked for misconduct, saying: 'I will leave this court a tainted man.'"
    )
    a = attributions(_one(text))
    assert a[a.role == "speaker"]["speaker_label"].tolist() == ["Mr Rudd"] * 3


def test_a_mention_that_runs_to_the_end_of_its_paragraph():
    # the speaker's phrase ends the paragraph with no full stop (a METER courts shape that raised E042)
    a = attributions(_one('"We will appeal," said the solicitor for the family'))
    assert a[["speaker", "cue", "quote_type"]].values.tolist() == [
        ["the solicitor for the family", "said", "direct"]
    ]


def test_a_described_speaker_named_later_is_one_named_speaker():
    text = (
        "Harbor Metals said it expects to meet two of the five striking locals today, a Harbor spokesman "
        "said.\n\n"
        "It had no meeting scheduled with the other three locals, Harbor spokesman Tom Fish said.\n\n"
        "A union official said the locals would meet on Friday."
    )
    t = speaker_table(_one(text))
    assert t[["speaker", "speaker_kind", "n_statements"]].values.tolist() == [
        ["Harbor spokesman Tom Fish", "person", 2],
        ["A union official", "anonymous", 1],  # another title: never merged with the spokesman
    ]
