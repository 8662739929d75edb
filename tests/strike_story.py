"""The paragraphs of an invented strike story, shared by the family tests: a wire story (P),
the paragraph an update adds (X) and the one a later update adds (Y)."""

P = [
    "Miners at the Kimberley lead and zinc mine voted on Monday to reject a three-year contract offer, "
    "the union said.",
    "The strike by 2,400 workers began on May 9 and has halted production at the smelter in Trail.",
    "Company spokesman John Hanson said talks had not resumed since May 21 and no new meeting was set.",
    "The mine produces about 10 pct of the zinc sold in North America, according to analysts in Toronto.",
]
X = "Union leader Mary Collins said members would meet again on Thursday to discuss a new strategy."
Y = "A federal mediator, Paul Dorval, has offered to join the talks if both sides agree to meet next week."


def wire_corpus(texts: dict[str, list[str]]):
    """A corpus of one wire's versions, a day apart in the order given, each its paragraphs
    joined by blank lines, with a headline."""
    from corpus_tools import from_records

    return from_records(
        [
            {
                "doc_id": d,
                "text": "\n\n".join(t),
                "outlet": "Wire",
                "published": f"1987-06-0{i + 1}T10:00:00",
                "headline": f"STRIKE STORY {i}",
            }
            for i, (d, t) in enumerate(texts.items())
        ]
    )
