"""A shared line that is the earlier lead's teller, not its news: no update by it (#23, tree36).

Invented texts of the shape of round 31's false edge 18325 <- 18201 (``benchmarks/family_edges.csv``,
``benchmarks/family.md``, "Round 36 (tree36)"): a firm's unit says it has yet to settle its share
issue; three hours later, from another city, the same unit, named in the same words, says its
takeover will help the country and tells the share issue in a clause of background. The two share
one passage, the teller ("Brenmoor Corp's wholly owned Brenmoor Australia Mining Pty Ltd said"),
which holds most of the earlier lead's words: a root (:mod:`corpus_tools.reuse.lead_news`). The
same later story leading with the earlier news told again in other words stays its update.
"""

from __future__ import annotations

import pandas as pd
from wire_updates import later_row

from corpus_tools.reuse.lead_news import NEWS_LED, lead_news, news_led

ISSUE = [
    "Brenmoor Corp's wholly owned Brenmoor Australia Mining Pty Ltd said it had yet to settle the size "
    "and timing of its planned stock sale in Australia and would fix them in talks with the treasury "
    "in the next few weeks.",
    "A newspaper interview with the unit's chairman Alan Roe had put the stock sale at more than 800 "
    "mln Australian dlrs if its 3.4 billion dlr bid for Kestrel Resources Ltd succeeds.",
]
#: three hours later, from Perth: the teller in the same words, its own news in the lead
SPEECH = [
    "Brenmoor Corp's wholly owned Brenmoor Australia Mining Pty Ltd said its proposed purchase of "
    "Kestrel Resources Ltd will help Australia just as overseas money once built its iron ore trade.",
    "Chairman Alan Roe told a mining congress in Perth that the group brings Kestrel the answer to its "
    "debts, and that it will keep every mine open.",
    "Roe called the planned stock sale a chance for Australians to own more of their mines, now at "
    "about 40 pct.",
    "He repeated that no Kestrel miners would lose their jobs.",
]
START = pd.Timestamp("1991-08-06T04:20:00", tz="UTC")


def test_a_later_story_sharing_only_the_earlier_teller_is_a_root():
    row = later_row(ISSUE, SPEECH, START, 0.13)
    assert (row["parent_doc_id"], row["relation"]) == (None, "independent")


def test_the_same_story_leading_with_the_earlier_news_stays_its_update():
    told = [
        "Brenmoor Corp's wholly owned Brenmoor Australia Mining Pty Ltd said it will settle the size and "
        "timing of its planned stock sale in Australia with the treasury in the next few weeks.",
        *SPEECH[1:],
    ]
    row = later_row(ISSUE, told, START, 0.13)
    assert (row["parent_doc_id"], row["relation"]) == ("first", "update")


def test_the_news_of_a_lead_is_told_without_its_teller():
    assert lead_news("Output fell 2.5 pct in May, the trade ministry said in a statement.") == (
        "Output fell 2.5 pct in May"
    )
    assert lead_news("Output fell, rising costs and weak demand weighing, as expected.") == (
        "Output fell, rising costs and weak demand weighing, as expected."
    )
    earlier, later = "\n\n".join(ISSUE), "\n\n".join(SPEECH)
    assert news_led(earlier, later) < NEWS_LED <= news_led(earlier, earlier)
