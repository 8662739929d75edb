"""A later story across a day's gap that retells an earlier one in rewritten sentences (#23, tree18).

Invented texts of the shape of round 45's missed edges (``benchmarks/family_round45.md``): two days
after its first story an outlet leads with something new and retells the earlier news sentence
by sentence in new words, sharing no run of eight words; another story of the same thread two
days later shares only one background sentence.
"""

from __future__ import annotations

import pandas as pd
import pytest

from corpus_tools import family, from_records
from corpus_tools.reuse.passages import find_passages
from corpus_tools.reuse.retold_across import aligned_sentences, content_keys, particulars, retells

EARLIER = [
    "Nordhavn Ferries will close its Lindqvist yard at Tarbert by June, cutting 640 jobs, chief "
    "executive Annika Solberg told reporters on Friday.",
    "The company proposed to spend about 90 mln crowns on a new repair dock at Skarvik and expects "
    "it to earn 25 mln crowns a year in contracts from abroad.",
    "Solberg said the yard had lost money for six years because of falling orders from the North "
    "Sea oil fields.",
    "The regional council, which owns a third of the shipping line, is expected to approve the plan "
    "at its meeting next month.",
    "Unions at Tarbert have called a meeting for Monday to discuss the closure.",
    "Nordhavn carried 2.1 million passengers last year on its eleven routes along the western coast.",
]
#: two days later: a new lead, then the earlier news and background rewritten sentence by sentence
RETOLD = [
    "Workers at the Lindqvist yard in Tarbert voted on Monday to strike for two days in protest at "
    "the planned closure, union officials said.",
    "Nordhavn Ferries plans to shut the yard by June with the loss of 640 jobs, its chief executive "
    "Annika Solberg said last week.",
    "The shipping line would spend some 90 mln crowns on a repair dock at Skarvik, which should "
    "bring in 25 mln crowns each year from foreign contracts.",
    "The yard has been losing money for six years as orders from North Sea oil fields fell, Solberg said.",
    "The regional council, a third owner of the line, is expected to approve the plan next month.",
]
#: two days later, another party's story of the thread: one background sentence, the rest its own
BACKGROUND = [
    "Skarvik harbour master Jens Olafsen said on Sunday the port had no room for a second repair "
    "dock this year.",
    "He said ferry traffic at Skarvik rose by a fifth in 1986 and the quays were already full.",
    "Olafsen said he would ask the transport ministry for money to extend the northern quay.",
    "Nordhavn Ferries said last week it would close its Lindqvist yard at Tarbert, with 640 jobs lost.",
    "Shipping agents said cargo rates along the coast had fallen for three months.",
]
#: a short new story of the thread: the plan's background in the thread's words, not the news
THREAD_NEWS = [
    "The regional council met on Monday and is expected to approve the plan in May, officials said.",
    "Nordhavn Ferries, which owns the Lindqvist yard at Tarbert, has lost money on repairs.",
    "Council members will also vote on the coastal road budget.",
]


def _corpus(docs: dict[str, tuple[list[str], str, str | None]]) -> pd.DataFrame:
    """``{doc_id: (paragraphs, outlet, published)}`` as a corpus, in the order given."""
    return from_records(
        [
            {
                "doc_id": d,
                "text": "\n\n".join(t),
                "outlet": o,
                "published": p,
                "headline": f"STORY {d.upper()}",
            }
            for d, (t, o, p) in docs.items()
        ]
    )


def _tree(**docs) -> pd.DataFrame:
    return family(_corpus(docs)).set_index("doc_id")


FRIDAY, SUNDAY = "1987-03-13T09:30:00", "1987-03-15T11:45:00"


def test_the_premise_no_long_passage_one_short_run():
    corpus = _corpus({"first": (EARLIER, "Wire", FRIDAY), "later": (RETOLD, "Wire", SUNDAY)})
    assert find_passages(corpus, min_tokens=8).empty
    assert sorted(find_passages(corpus, min_tokens=5)["n_tokens"].tolist()) == [7]


def test_retelling_two_days_later_is_the_update_of_the_earlier_story():
    f = _tree(first=(EARLIER, "Wire", FRIDAY), later=(RETOLD, "Wire", SUNDAY))
    assert f.at["later", "parent_doc_id"] == "first"
    assert f.at["later", "relation"] == "update"
    assert f.at["later", "direction"] == "published"
    assert f.at["first", "parent_doc_id"] is None
    # coverage counts the aligned sentences (four of five), not only the one six-word run
    assert 0.7 < f.at["later", "coverage"] < 0.9
    assert 0.4 < f.at["later", "kept"] < 0.8
    assert f.at["first", "n_children"] == 1


def test_story_sharing_only_the_threads_background_stays_independent():
    f = _tree(
        first=(EARLIER, "Wire", FRIDAY), later=(RETOLD, "Wire", SUNDAY), other=(BACKGROUND, "Wire", SUNDAY)
    )
    assert f.at["later", "parent_doc_id"] == "first"
    assert f.at["other", "parent_doc_id"] is None
    assert f.at["other", "relation"] == "independent"
    assert f.at["other", "coverage"] == 0.0


def test_short_new_story_in_the_threads_words_stays_independent():
    # two of its three sentences are aligned, but it holds under a third of the earlier story's words
    pairs, n = aligned_sentences("\n".join(EARLIER), "\n".join(THREAD_NEWS))
    assert (len(pairs), n) == (2, 3)
    f = _tree(first=(EARLIER, "Wire", FRIDAY), news=(THREAD_NEWS, "Wire", SUNDAY))
    assert f.at["news", "relation"] == "independent"


@pytest.mark.parametrize(
    ("outlet", "published"),
    # twelve days later, keeping the lead's 640 jobs, it is an update since tree30 (reuse.lead_window)
    [("Daily Post", SUNDAY), ("Wire", "1987-04-05T11:45:00"), ("Wire", None)],
    ids=["another outlet", "twenty-three days later", "undated"],
)
def test_retelling_is_not_taken_from_another_outlet_too_late_or_undated(outlet, published):
    first = (EARLIER, "Wire", FRIDAY if published else None)
    f = _tree(first=first, later=(RETOLD, outlet, published))
    assert f.at["later", "relation"] == "independent"


def test_aligned_sentences_of_the_retelling_and_the_background():
    earlier = "\n".join(EARLIER)
    pairs, n = aligned_sentences(earlier, "\n".join(RETOLD))
    assert (pairs, n) == ([(1, 0), (2, 1), (3, 2), (4, 3)], 5)
    pairs, n = aligned_sentences(earlier, "\n".join(BACKGROUND))
    assert (pairs, n) == ([(3, 0)], 5)
    assert retells(earlier, "\n".join(RETOLD)) and not retells(earlier, "\n".join(BACKGROUND))


def test_content_keys_cut_words_to_their_stem_and_keep_numbers():
    assert content_keys("The council approved 640 cuts, officials said.") == {
        "counc",
        "appro",
        "640",
        "cuts",
        "offic",
    }


#: one template filled for two companies two days apart: the wording kept, the names and figures not
QUERY_FIRST = [
    "The Baltic Stock Exchange said Harlow Mills Corp told it there were no corporate developments "
    "to explain the unusual activity in its stock.",
    "The exchange said it had contacted the company and asked that Harlow Mills issue a public "
    "statement on any developments that could explain the activity.",
    "The stock was trading at 41-1/4, up 3-1/8, on volume of 512,300 shares.",
]
QUERY_LATER = [
    "Fenwick Optics Inc said it knew of no corporate developments that would explain the unusual "
    "activity in its shares, according to the Baltic Stock Exchange.",
    "The exchange said it had asked Fenwick Optics to issue a public statement on whether any "
    "developments could explain the activity.",
    "The stock stood at 18-3/8, up 2-1/2, on volume of 230,100 shares.",
]


def test_one_template_filled_for_two_companies_stays_independent():
    corpus = _corpus({"first": (QUERY_FIRST, "Wire", FRIDAY), "later": (QUERY_LATER, "Wire", SUNDAY)})
    assert find_passages(corpus, min_tokens=8).empty
    f = family(corpus).set_index("doc_id")
    assert f.at["later", "relation"] == "independent"
    # the opening sentences share the exchange's name only: half of the later one's names, aligned;
    # the second names the other company, the third gives other figures: not aligned
    assert aligned_sentences("\n".join(QUERY_FIRST), "\n".join(QUERY_LATER)) == ([(0, 0)], 3)


def test_particulars_are_names_and_figures_not_days():
    assert particulars("On Monday Fenwick Optics said Harlow's stock rose 3-1/8 in May.") == {
        "fenwick",
        "optics",
        "harlow",
        "3-1/8",
    }
