"""Who speaks, the shapes HELD_OUT_34's ten Reuters series showed (``benchmarks/claims.md``,
"Thirty-fourth round"): a news outlet as a speaker, the lead's description of the person named
next, "the union" beside a company with "Union" in its name, "U.S. Official", a title with "and",
a delegation. Invented texts of the same shapes (other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows

from corpus_tools import from_records
from corpus_tools.attribution.accounting import speaker_summary
from corpus_tools.attribution.body_heads import body_named, head_word
from corpus_tools.attribution.pairs import n_people, pair_people


def _summary(text: str) -> dict:
    return speaker_summary(from_records([{"doc_id": "d", "text": text}])).iloc[0].to_dict()


# 5158's shape: "the official People's Daily reported ... it said": a paper, and its "it" the paper's
_PAPER = (
    "Bank of Tarnia has increased authorised\ncapital to four billion crowns from two billion to help meet\n"
    "rising trade needs, the official Harbour Daily reported.\n"
    "    The state-owned bank's total assets reached 210 billion\ncrowns at end-1986, up from 180 "
    "billion at end-1985, it said.\n"
)


def test_a_paper_with_official_before_its_name_is_a_news_outlet():
    assert speaker_rows(_PAPER) == [["the official Harbour Daily", "media", 2]]
    assert _summary(_PAPER)["n_media"] == 1 and _summary(_PAPER)["n_people"] == 0


# 5147's shape: "the New China News\nAgency said", the name broken by the wire's line wrap
_AGENCY = (
    "The Bank of Tarnia, the state foreign\nexchange bank, has increased its capital to\n"
    "four billion crowns from two billion crowns, the New Tarnia News\nAgency said.\n"
)


def test_a_news_agency_wrapped_across_a_line_is_one_outlet():
    assert speaker_rows(_AGENCY) == [["the New Tarnia News Agency", "media", 1]]


def test_a_short_line_before_a_name_still_ends_the_mention():
    # a byline-like short line: "Agency" alone starts the speaker's name, as before
    text = "By Tom Wells\nAgency staff said the talks would resume on Monday.\n"
    assert [r[0] for r in speaker_rows(text)] != ["Tom Wells Agency staff"]


# 6957's shape: a union and a company whose name holds "Union"; "The union", "a union spokesman"
_UNION = (
    "Some 5,000 black workers returned to work after one-day strikes at two mines on Monday,\n"
    "the National Union of Metalworkers and the companies that own the mines said.\n"
    "    About 4,000 miners resumed work at the Kloofdal gold mine, owners Eastern\n"
    "Mining Union Corp Ltd <EMU.J> said.\n"
    "    The union said about 1,000 workers at a coal mine also returned to their jobs on Tuesday.\n"
    "    The workers had struck to protest a transfer, a union spokesman said.\n"
)


def test_the_union_is_the_trade_union_not_the_company_named_union_corp():
    rows = speaker_rows(_UNION)
    assert ["the National Union of Metalworkers", "organisation", 3] in rows
    assert not any("Mining Union" in r[0] and r[2] > 1 for r in rows)
    assert len(rows) == 3


def test_body_named_reads_the_head_of_a_name():
    assert head_word("National Union of Mineworkers") == "union"
    assert head_word("the Federal Home Loan Bank Board (FHLBB)") == "board"
    assert body_named("union", "General Mining Union Corp Ltd") is False
    assert body_named("union", "the United Steelworkers union") is True
    assert body_named("bank", "Bank of Boston Corp") is True
    assert body_named("union", "Harlow Gas Co") is None


# 17214's shape: the lead's description, then the man named with a title sharing its words
_LEAD = (
    "The Ruritanian Union is attending a Pacific Trade Fund meeting for the\nfirst time, but has "
    "not decided whether to join, a senior Ruritanian Central Bank official said.\n"
    '    "No plans exist for joining," Ivan Dobrev, foreign\noperations director of the Central '
    "Bank, told Reuters.\n"
    '    "The sole purpose is to observe," Dobrev said.\n'
    '    "This region grows fast," the Central Bank official said.\n'
)


def test_the_leads_description_is_the_man_named_next_with_its_words():
    assert speaker_rows(_LEAD) == [["Ivan Dobrev", "person", 4]]


def test_a_description_sharing_no_word_with_the_title_stays_apart():
    text = (
        "The Ruritanian Union will not join the fund this year, a senior official said.\n"
        '    "We regret it," Ivan Dobrev, a spokesman for the Pacific Trade Fund, told Reuters.\n'
    )
    assert len(speaker_rows(text)) == 2


# 17376's shape: the archive capitalises the word after "U.S.": "a senior U.S. Official"
_US_OFFICIAL = (
    "Ivan Dobrev, foreign operations director of the Central Bank, said he will file a report.\n"
    "    Dobrev declined to comment on remarks by a senior U.S. Official, who warned that "
    "membership would cause problems.\n"
    '    "How would the fund use the crown?" asked the U.S. Official, who declined to be identified.\n'
)


def test_a_title_capitalised_after_us_is_no_name():
    assert speaker_rows(_US_OFFICIAL) == [
        ["Ivan Dobrev", "person", 1],
        ["a senior U.S. Official", "anonymous", 2],
    ]


# 10623's shape: "his Trade and Industry Minister, Hajime Tamura": one man, not three people
def test_a_title_with_and_before_a_name_is_one_person():
    assert n_people("Trade and Industry Minister, Kenji Mori") == 1
    assert pair_people(["Trade and Industry Minister, Kenji Mori", "Taro Hoshino"]) == 2
    assert n_people("John Marsh and Colin Webb") == 2  # a pair is still two
    assert n_people("Marsh, Webb and Hale") == 3


# 20881's shape: "the American delegation told the United Nations": a body, not an anonymous person
def test_a_delegation_is_a_body():
    text = (
        "Ruritania invoked its right of self-defence in the raid, the Ruritanian delegation told "
        "the United Nations.\n"
    )
    assert speaker_rows(text) == [["the Ruritanian delegation", "organisation", 1]]


# 12194's shape (round 32's TUNE_32): an office after "U.S." with the holder's name in the mention,
# broken by the wire's line wrap: a named person, one with "Marlowe said" (the lead's fix after the
# merge of round 34: audit34's "U.S. Official" rule made him anonymous and a second speaker)
_ATTORNEY = (
    "U.S. Attorney for Brooklyn Andrew\nMarlowe, who has been leading an inquiry into city contracts,\n"
    "said he was offered a post at the Federal Trade Commission.\n"
    "    Speaking to reporters after a news conference, Marlowe said he had\n"
    "talks in Washington last month about the post.\n"
)


def test_an_office_after_an_abbreviation_with_its_holder_named_is_that_person():
    assert speaker_rows(_ATTORNEY) == [["U.S. Attorney for Brooklyn Andrew Marlowe", "person", 2]]
