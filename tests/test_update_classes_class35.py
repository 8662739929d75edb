"""An outlet's own later story telling its earlier one again is partially derived (round 35, class35).

Invented texts of the shape of Reuters-21578 7214+7219 (7219 keeps every sentence of 7214 and adds
further remarks, called "not derived"; ``benchmarks/update_classes.py``): an update that leads with
news of its own and then tells the earlier story again close to its words, a word or two changed in
each sentence, so it adds many words of its own and shares no long run.
"""

from __future__ import annotations

import pytest

import corpus_tools as ct
from corpus_tools import from_records
from corpus_tools.report.findings import findings
from corpus_tools.reuse.derivation import DerivationRules, classify_documents
from corpus_tools.reuse.retold_update import LEAF, UPDATE_SHARE, same_outlet

EARLY = (
    "Dockers at the port of Harwell ended their nine-day strike on Tuesday after the haulage company "
    "agreed to restore overtime pay, a union spokesman said.\n"
    "The spokesman said the men would return to work on the morning shift and that cargo handling "
    "should be normal by Thursday.\n"
    "The dispute began when the company cut overtime rates for weekend crews by a third.\n"
    "Shipping lines had diverted about forty vessels to other ports during the stoppage, he added.\n"
    "The company said it welcomed the settlement and would meet union officials next month."
)
NEWS = (
    "The haulage company said on Wednesday that ferry timetables from Harwell would be back to normal "
    "within two days, as members voted by a large majority to accept the deal.\n"
    "Managers plan extra night crews and hired lorries to clear the backlog of containers stacked along "
    "the quays, a director told reporters.\n"
)
# the news, then the earlier story told again close to its words
UPDATE = NEWS + (
    "Dockers at the port of Harwell ended their nine-day walkout yesterday when the haulage firm agreed "
    "to restore their overtime pay, a union spokesman said.\n"
    "He said the men would go back to work on the early shift and that cargo handling could be normal "
    "by Thursday.\n"
    "The dispute started when the firm cut overtime rates for its weekend crews by one third.\n"
    "Shipping lines had diverted some forty ships to other ports during the stoppage, he said.\n"
    "The company said it welcomed the deal and would meet union leaders in May."
)
# the news, then the background in the story's own words (13835's, 4781's shape): not derived
BACKGROUND = NEWS + (
    "Exporters of fruit and machinery complained that the delays had cost them orders, and several "
    "asked the port to waive storage fees for the coming fortnight.\n"
    "Dockers at Harwell stopped work nine days ago when the company trimmed pay for crews working at "
    "weekends.\n"
    "Shipping lines sent about forty vessels to rival harbours while the quays stood idle, the union said."
)


def _pair(later: str, outlets: tuple[str, str]):
    return from_records(
        [
            {"doc_id": "early", "text": EARLY, "outlet": outlets[0], "published": "1987-06-02 09:00"},
            {"doc_id": "later", "text": later, "outlet": outlets[1], "published": "1987-06-03 11:00"},
        ]
    )


def _row(later: str, outlets: tuple[str, str], **rules):
    c = classify_documents(_pair(later, outlets), source="early", rules=DerivationRules(**rules))
    return c.set_index("doc_id").loc["later"]


def test_an_update_telling_its_earlier_story_again_is_partially_derived():
    row = _row(UPDATE, ("Wire Service", "Wire Service"))
    # METER's thresholds alone call it not derived: many words of its own, no long run
    assert row["novel_words"] > DerivationRules().max_novel_words
    assert row["word_containment"] <= DerivationRules().min_containment
    assert row["longest_passage"] <= DerivationRules().min_passage
    assert row["mean_score"] >= 0.5
    assert (row["rule"], row["derivation"], row["probability"]) == (LEAF, "partially_derived", UPDATE_SHARE)


@pytest.mark.parametrize(
    ("outlets", "rules"),
    [
        (("Wire Service", "Daily Courier"), {}),  # another outlet's report: METER's shape, not an update
        (("unknown", "unknown"), {}),  # no named outlet (the Clough & Stevenson answers)
        (("Wire Service", "Wire Service"), {"min_update_score": 1.0}),  # the rule off
    ],
)
def test_no_update_rule_across_outlets_without_outlets_or_when_off(outlets, rules):
    row = _row(UPDATE, outlets, **rules)
    assert (row["rule"], row["derivation"]) == ("new_words_few_shared", "non_derived")


def test_a_background_in_its_own_words_stays_not_derived():
    row = _row(BACKGROUND, ("Wire Service", "Wire Service"))
    assert row["mean_score"] < 0.5
    assert (row["rule"], row["derivation"]) == ("new_words_few_shared", "non_derived")


def test_same_outlet_needs_one_named_outlet_for_every_source_file():
    c = from_records(
        [
            {"doc_id": "a", "text": "x", "outlet": "Wire"},
            {"doc_id": "b", "text": "y", "outlet": "Wire"},
            {"doc_id": "c", "text": "z", "outlet": "Paper"},
            {"doc_id": "d", "text": "w", "outlet": "unknown"},
        ]
    )
    assert same_outlet(c, ["a"]) == {"b"}
    assert same_outlet(c, ["a", "c"]) == set()  # takes of two outlets
    assert same_outlet(c, ["d"]) == set()


def test_the_findings_say_why_the_update_is_partially_derived():
    text = findings(ct.analyze(_pair(UPDATE, ("Wire Service", "Wire Service"))))["later"]
    assert "is partially derived from early: it adds" in text
    assert "but it is an update from early's outlet that tells early again close to its words" in text
