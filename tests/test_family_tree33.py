"""Two stories of one speech filed minutes apart, sharing its frame: companions, not an update (#23, tree33).

Invented texts of the shape of round 32's false edge 4555 -> 4547 (``benchmarks/family_edges.csv``):
a wire files two stories of one central banker's speech seven minutes apart, each on its own point.
They share the speech's frame ("she said in a speech to a dinner of shipping executives
here", a passage of eight words or more) and the speaker's name and title, and nothing
of the news. :mod:`corpus_tools.reuse.companion` leaves the later one a root; filed half an hour
later, the same story is an update by that passage (the rule reads only stories filed within
minutes). An update filed as quickly that tells the earlier news again keeps its parent.
"""

from __future__ import annotations

import pandas as pd
from wire_updates import later_row

from corpus_tools.reuse.companion import COMPANION_COVER, COMPANION_NEWS, companions, news_share

FRAME = "she said in a speech to a dinner of shipping executives here."
EARLIER = [
    "Central Bank Governor Ada Lindqvist said grave strains remain in some regions of the Nordland "
    "economy despite gains elsewhere.",
    f'"Grave strains in some regions are plain to see," {FRAME}',
    "She said fishing and timber have been hurt by low world prices.",
    "Office building, she said, suffers from years of overbuilding in the larger towns.",
    "She said household saving has fallen while the state's deficit keeps rising.",
]
#: seven minutes later: the same speech's other point
COMPANION = [
    "Central Bank Governor Ada Lindqvist said the bank and the markets remain wary of a new bout of "
    "inflation.",
    f'"The risk of renewed inflation is still a worry, both in the markets and at the bank," {FRAME}',
    "She said a steep fall of the crown would push import prices up sharply.",
    "Traders still doubt that prices will stay stable for long, she said.",
    "A weaker crown would also drive off foreign investors, Lindqvist warned.",
    "She said the bank would not hesitate to raise its lending rate if wage deals in the spring ran "
    "well ahead of gains in output.",
    "Lindqvist added that the bank expected consumer prices to rise about three pct this year, "
    "against a little over two pct last year, with rents and fuel leading the rise.",
    "The crown has lost four pct against the mark since January.",
]
#: six minutes later: the same news told again in a longer story
UPDATE = [
    "Nordland's central bank governor, Ada Lindqvist, warned of grave strains in some regions of the "
    "economy, though she saw gains elsewhere.",
    f'"The fishing towns are hurting," {FRAME}',
    "She said the bank would not cut interest rates to help them.",
    "Lindqvist said the deficit was the larger risk to the economy.",
]
START = pd.Timestamp("1987-03-12T16:41:00", tz="UTC")
MINUTE = 1 / (24 * 60)


def test_a_companion_story_minutes_later_is_a_root():
    row = later_row(EARLIER, COMPANION, START, 7 * MINUTE)
    assert row["relation"] == "independent"
    assert row["parent_doc_id"] is None


def test_the_same_story_half_an_hour_later_is_an_update_by_the_frame():
    row = later_row(EARLIER, COMPANION, START, 30 * MINUTE)
    assert row["relation"] == "update"
    assert row["parent_doc_id"] == "first"


def test_a_quick_update_that_tells_the_news_again_keeps_its_parent():
    assert news_share(" ".join(EARLIER), " ".join(UPDATE)) >= COMPANION_NEWS
    row = later_row(EARLIER, UPDATE, START, 6 * MINUTE)
    assert row["relation"] == "update"
    assert row["parent_doc_id"] == "first"


def test_news_share_leaves_the_speakers_name_out():
    # the speaker's name and title are in both (not news); of the lead's eight news words
    # (central, grave, strains, remain, regions, economy, despite, gains), three are (central,
    # remain, gains)
    assert news_share(" ".join(EARLIER), " ".join(COMPANION)) == 0.375
    assert news_share(" ".join(EARLIER), " ".join(COMPANION)) < COMPANION_NEWS


def test_the_cover_threshold_is_pinned():
    t = pd.Timestamp("1987-03-12T16:41:00", tz="UTC")
    bodies = [" ".join(EARLIER), " ".join(COMPANION)]
    dates, outlet = [t, t + pd.Timedelta(minutes=7)], ["Wire", "Wire"]
    below = int(COMPANION_COVER * 100) - 1
    assert companions({(1, 0): below}, [60, 100], outlet, bodies, dates) == {(0, 1)}
    assert companions({(1, 0): below + 1}, [60, 100], outlet, bodies, dates) == set()
    assert companions({(1, 0): below}, [60, 100], ["Wire", "Paper"], bodies, dates) == set()
