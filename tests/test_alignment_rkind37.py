"""Round 37, branch rkind37 (issue 22, R claims of TUNE_37, cause A): a sentence fused beside an
aligned neighbour from source sentences that hold its names and little else, at a low score,
stays new. Invented text of the shape of TUNE_37's 2491+2512 (``benchmarks/claims_tune37_r.md``):
a holder's answer opens the update, naming the companies of the earlier take, and the earlier
lead follows."""

from __future__ import annotations

from pairs import pair

from corpus_tools import align_sentences

HOLDERS = (
    "Vexley Care Corp, a wholly-owned unit of Marlow and Co, said it submitted a merger proposal "
    "to the board of Tamsin Holding Co, the parent company of Brightwater Clinics Corp, which is "
    "60 pct owned by Marlow interests. "
    "The balance of Tamsin's common stock is owned by members of Brightwater management, Orland "
    "Aviation Corp <ORL>, Kessler, Hume and Dobbs and Pine Ridge Partners L.P. "
    "Brightwater currently owns 31 clinics and manages 12 other units, in 9 states. "
    "Details of the proposal were not disclosed. "
    "Company representatives were not immediately available. "
    "The proposal provides that Tamsin would become a wholly-owned unit of Vexley and that the "
    "existing Tamsin common holders would become holders of Vexley, it said. "
    "Tamsin's board has appointed a special committee to negotiate terms of the proposed merger, "
    "Marlow said. "
    "Last year, Brightwater was acquired by Tamsin in a leveraged buyout led by Dr. Hugh Marlow, "
    "the principal shareholder of Marlow and Co.\n    "
    "Vexley recently bid 18 dlrs a share in cash and notes for Corvex Health Inc, which Corvex's "
    "board is still weighing, Marlow said."
)
HOLDERS_LATER = (
    "Orland Aviation Corp, which has a three mln dlr investment in Brightwater Clinics Corp "
    "<BWC>, said it has not been approached to sell its shares in Brightwater Clinics. "
    "Earlier, Vexley Care Corp, a unit of Marlow and Co, said it submitted a merger proposal to "
    "the board of Tamsin Holding Co, the parent of Brightwater Clinics. "
    '"Nobody has asked us about our holdings," an Orland Aviation spokesman said.'
)


def test_a_lead_that_shares_only_the_stories_names_is_new():
    al = align_sentences(pair(HOLDERS, HOLDERS_LATER), source="src")
    assert al["source_sent_ids"].tolist() == [(), (0,), ()]  # the base fused the lead from (1, 7) at 0.13
    assert al["reuse_class"].tolist()[0] == "new"
