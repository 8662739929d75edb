"""Round 37, branch rkind37 (issue 22, R claims of TUNE_37, cause A): a sentence fused beside an
aligned neighbour from source sentences that hold its names and little else stays new. Invented
text of the shape of TUNE_37's 2491+2512 (``benchmarks/claims_tune37_r.md``): a holder's answer
opens the update, naming the companies of the earlier take, and the earlier lead follows."""

from __future__ import annotations

from pairs import pair

from corpus_tools import align_sentences

HOLDERS = (
    "Vexley Care Corp, a wholly-owned unit of Marlow and Co, said it submitted a merger proposal "
    "to the board of Tamsin Holding Co, the parent of Brightwater Clinics Inc, which is 60 pct "
    "owned by Marlow interests. "
    "The rest of Tamsin's stock is owned by Brightwater managers, Orland Aviation Corp <ORL>, "
    "Kessler Brothers and Pine Ridge Partners L.P. "
    "Brightwater now runs 31 clinics and manages 12 other units, in 9 states. "
    "Vexley lately made a second bid for the stock of Corvex Health Inc at 18 dlrs a share in "
    "cash and notes, which Corvex's board is still weighing, Marlow said."
)
HOLDERS_LATER = (
    "Orland Aviation Corp, which has a three mln dlr investment in Brightwater Clinics Inc "
    "<BWC>, said it has not been approached to sell its shares in Brightwater Clinics. "
    "Earlier, Vexley Care Corp, a unit of Marlow and Co, said it submitted a merger proposal to "
    "the board of Tamsin Holding Co, the parent of Brightwater Clinics. "
    '"Nobody has asked us about our holdings," an Orland Aviation spokesman said.'
)


def test_a_lead_that_shares_only_the_stories_names_is_new():
    al = align_sentences(pair(HOLDERS, HOLDERS_LATER), source="src")
    assert al["source_sent_ids"].tolist() == [(), (0,), ()]  # the base fused the lead from (1, 2)
    assert al["reuse_class"].tolist()[0] == "new"
