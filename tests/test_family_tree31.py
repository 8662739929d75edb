"""A later story that opens with an earlier story's news is its update with one sentence told (#23, tree31).

Invented texts of the shapes of rounds 26 and 55's edges (``benchmarks/family_edges.csv``): an
exchange's short story of a stock's unusual activity, and 26 minutes later a short update opening
with the firm's answer to the exchange's inquiries (10915 after 10900: the earlier story has three
sentences, one told again); a firm's agreement to sell part of a division, and fifteen days later
the sale completed, told again in its second sentence (6682 after 1220: one sentence told, no
figure in the agreement's lead). A new story of the same thread (a committee's bipartisan meeting
after its majority's slow drafting, 4396 after 3978 in round 40) opens with its own news and stays
a root; a results table's note or a dividend's "Record March 13" is no lead to tell again. Each
later story shares no run of five words with the earlier one, so only the lead rule
(:mod:`corpus_tools.reuse.retold_lead`) with its opening rule (:mod:`corpus_tools.reuse.lead_opening`)
can join them.
"""

from __future__ import annotations

import pandas as pd
import pytest
from wire_updates import later_row

from corpus_tools import from_records
from corpus_tools.reuse.lead_opening import LEAD_KEYS, OPENING_SHARE, opening_share, opens_with_lead
from corpus_tools.reuse.passages import find_passages
from corpus_tools.reuse.retold_lead import MIN_TOLD, _told, lead_parents

INQUIRY = [
    "Harwick Western Rail Corp has not yet answered the Midwest Exchange's questions about the heavy "
    "trading in the company's shares.",
    "The shares stood at 41-1/4, up 3-1/8, on volume of 912,400.",
    "The Exchange said it asked the company whether any corporate news could account for the trading.",
]
#: 26 minutes later: the firm's answer, the inquiry's news told again in the opening
ANSWER = [
    "The Midwest Exchange said Harwick Western Rail Corp would not comment on its questions regarding "
    "heavy trading in its shares.",
    "Traders said the shares jumped after Dalton Group disclosed a filing showing it owns nearly nine "
    "mln Harwick shares.",
    "Harwick was trading at 41-3/4 in the early afternoon.",
]
AGREED = [
    "Crandall Building Systems Co said it agreed in principle to sell part of its heating controls "
    "division to Norvell Data Corp of Omaha.",
    "Terms of the deal were not disclosed.",
    "The sale, due to close in April, covers the unit's meter and thermostat product lines.",
    "Crandall said the costs of the sale were taken in last year's restructuring charge.",
]
#: fifteen days later: the sale completed, the agreement's news told again in the second sentence
COMPLETED = [
    "Crandall Building Systems Co has finished selling its grain storage division and part of the "
    "heating controls division in two separate deals, the company said.",
    "The grain storage unit went to a group of its managers, and certain heating controls division "
    "assets went to Omaha-based Norvell Data Corp.",
    "No terms were disclosed.",
]
DRAFTING = [
    "Majority members of the House Budget Committee, meeting in private to draft next year's "
    "spending outline, say the work is moving slowly.",
    "Members said the sessions, begun on Monday, will now run into next week.",
    "They conceded the panel's early goal for savings may be missed.",
]
#: a day later: the committee's bipartisan meeting, a new story of the thread
BIPARTISAN = [
    "In a step that could break the deadlock over next year's spending outline, both parties on the "
    "House Budget Committee met in private to weigh a joint plan, members said.",
    "No decision was reached, and the majority members met again afterwards.",
    "Members said the talks on the outline would move into next week.",
]
START = pd.Timestamp("1987-03-30T12:25:00", tz="UTC")


def _later(earlier: list[str], later: list[str], days: float) -> pd.Series:
    return later_row(earlier, later, START, days)


@pytest.mark.parametrize(
    ("earlier", "later"), [(INQUIRY, ANSWER), (AGREED, COMPLETED), (DRAFTING, BIPARTISAN)]
)
def test_the_premise_no_passage_of_five_words_and_one_sentence_told(earlier, later):
    a, b = "\n".join(earlier), "\n".join(later)
    corpus = from_records([{"doc_id": "a", "text": a}, {"doc_id": "b", "text": b}])
    assert find_passages(corpus, min_tokens=5).empty
    assert 1 <= _told(a, b) < MIN_TOLD


def test_an_answer_26_minutes_after_a_short_story_opening_with_its_news_is_an_update():
    row = _later(INQUIRY, ANSWER, 26 / 1440)
    assert row["parent_doc_id"] == "first"
    assert row["relation"] == "update"


def test_a_sale_completed_fifteen_days_later_without_a_lead_figure_is_an_update():
    row = _later(AGREED, COMPLETED, 15.0)
    assert row["parent_doc_id"] == "first"
    assert row["relation"] == "update"
    assert _later(AGREED, COMPLETED, 21.5)["parent_doc_id"] is None  # beyond the late window


def test_a_new_story_of_the_thread_opening_with_its_own_news_stays_a_root():
    a, b = "\n".join(DRAFTING), "\n".join(BIPARTISAN)
    assert 0.5 <= opening_share(a, b) < OPENING_SHARE
    row = _later(DRAFTING, BIPARTISAN, 0.9)
    assert row["parent_doc_id"] is None
    assert row["relation"] == "independent"


def test_opening_share_reads_the_first_two_sentences():
    a, b = "\n".join(AGREED), "\n".join(COMPLETED)
    assert opening_share(a, b) == 0.8333  # the agreement's lead told again in the opening
    assert opening_share(a, COMPLETED[0]) < OPENING_SHARE  # the lead sentence alone tells less of it
    assert opens_with_lead("\n".join(INQUIRY), "\n".join(ANSWER))
    assert not opens_with_lead("\n".join(DRAFTING), "\n".join(BIPARTISAN))


def test_a_lead_of_too_few_words_is_no_news_to_tell_again():
    assert LEAD_KEYS == 8
    note = "Record March 13"
    later = "Harwick Western Rail Corp said its dividend is payable April 2 to holders of record March 13."
    assert opening_share(note, later) == 0.0
    dates = [START, START + pd.Timedelta(hours=2)]
    assert lead_parents({1}, lambda j, i: j < i, ["Wire", "Wire"], [note, later], dates) == {}
