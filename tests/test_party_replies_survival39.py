"""A party's reply is not the source speaker's statement re-attributed (round 39, branch survival39,
``benchmarks/survival39.md``; the shape of ``HELD_OUT_38``'s 16493+16688, seen while marking: a
bidder's offer, then the target's reply retelling its terms). Invented texts of the same shape
(other companies, mines, places and figures); the behaviour test fails on the base ``8086ed1``; the
guards pass on both."""

from __future__ import annotations

from pairs import survival_fates

# a bidder's offer, then the target's reply that retells its terms and names the bidder
_BID = (
    "Borealis Gold Corp said it will make a takeover offer to acquire all shares of Tamarack Mines\n"
    "Ltd on the basis of one Borealis share plus one dlr for two shares of Tamarack.\n"
    "    Borealis said it plans to bring Tamarack's Lynx mine near Timmins into production using its\n"
    "recently acquired mill located in the area.\n"
)
_REPLY = (
    "Tamarack Mines Ltd said it would oppose Borealis Gold Corp's earlier reported proposed takeover\n"
    'bid "with every means at its disposal."\n'
    "    It said Borealis's offer to swap one Borealis share plus one dlr for two Tamarack shares would\n"
    "seriously dilute Tamarack's equity in its Lynx mine near Timmins.\n"
)


def test_the_targets_reply_is_not_the_bidders_statement_re_attributed():
    assert survival_fates(_BID, _REPLY)["Borealis Gold"] == ("dropped", "")


# a guard (passes on both): the same terms told by another who does not name the first speaker
_TERMS = (
    "The union's terms were set out today.\n"
    "    A union representative said the contract gives workers a 3.5 pct wage rise in each year of a\n"
    "three-year pact and restores the cost-of-living clause.\n"
)
_TERMS_LATER = (
    "Workers at the smelter will vote on the contract tomorrow.\n"
    "    Company spokesman Rolf Brandt said the contract gives workers a 3.5 pct wage rise in each year\n"
    "of a three-year pact and restores the cost-of-living clause.\n"
)


def test_a_statement_given_to_another_who_does_not_name_the_first_stays_re_attributed():
    assert survival_fates(_TERMS, _TERMS_LATER)["A union representative"][0] == "re_attributed"
