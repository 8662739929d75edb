"""Who speaks, the shapes round 34's tuning series showed (``benchmarks/claims_tune34.md``, kinds
U1-U5): Reuters' business copy. Invented texts of the same shapes (other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

from corpus_tools import from_records
from corpus_tools.attribution.accounting import speaker_table
from corpus_tools.attribution.survival import speaker_survival

# U1: a hard line break inside the body's name is a wrap, not a byline line before it
_WRAPPED = (
    "Demand for copper in the Asian developing\n"
    "countries is likely to rise to around four pct this year, the International\n"
    "Metals Council (IMC) said.\n"
    "    Copper use in the 12 member countries rose by two pct in the first quarter, the IMC said.\n"
    "    The council said stocks were flat.\n"
)


def test_a_line_break_inside_a_bodys_name_keeps_the_whole_name():
    assert speaker_rows(_WRAPPED) == [["the International Metals Council", "organisation", 3]]


# U2: "The Oslo Stock Exchange said" is an institution, and "the Oslo stock exchange" of an update
_EXCHANGE = "The Oslo Stock Exchange said\nit will publish order imbalances in 40 large stocks on Friday.\n"
_EXCHANGE_LOWER = (
    "The Oslo stock exchange said its\nrules allow late orders on the other side of an imbalance.\n"
)


def test_a_stock_exchange_is_an_institution_not_a_person():
    assert speaker_rows(_EXCHANGE) == [["The Oslo Stock Exchange", "organisation", 1]]


def test_an_exchange_written_in_lower_case_is_the_exchange_the_story_names():
    corpus = from_records(
        [
            {"doc_id": "a", "text": _EXCHANGE, "published": "1987-03-16"},
            {"doc_id": "b", "text": _EXCHANGE_LOWER, "published": "1987-03-17"},
        ]
    )
    t = speaker_table(corpus).set_index("doc_id")
    assert t.loc["b", ["speaker", "speaker_kind", "named"]].tolist() == [
        "The Oslo Stock Exchange",
        "organisation",
        True,
    ]


# U3, U4: "priced according to a fixed set of premiums" is a scale, no source; "IWTO delegates said
# ... delegates said": one anonymous group
_DELEGATES = (
    "The International Wool Organization\n"
    "(IWTO) Council reached agreement on rules to govern its reserve\n"
    "stock, the device it uses to keep wool off the market to\n"
    "steady prices, IWTO delegates said.\n"
    "    The date on which the new rules will take effect has not\n"
    "been decided but delegates said they expected them to come into\n"
    "force next week.\n"
    "    Delegates and brokers said they expected the manager,\n"
    "Hans Kerber, to act within two weeks.\n"
    "    The wool will be graded according to a fixed set of\n"
    "premiums, ranging from 80 stg for fine wool to zero for coarse wool.\n"
    "    The meeting was continuing, the delegates said.\n"
)


def test_a_scale_a_price_is_set_by_is_no_speaker():
    assert text_attributions(_DELEGATES, "according").empty


def test_a_bare_plural_after_the_same_group_named_with_more_words_is_one_group():
    assert speaker_rows(_DELEGATES) == [["IWTO delegates", "anonymous", 4], ["brokers", "anonymous", 1]]


def test_a_modified_plural_stays_a_group_of_its_own():
    text = "Japanese officials said talks would resume.\n    Korean officials said they had not been told.\n"
    assert len(speaker_rows(text)) == 2


# U5: an unnamed group's statement given to one named person is re-attributed, not relabelled
_GROUP = (
    "Norway may begin checking timber\nshipped through the country, senior government forestry\n"
    "officials said.\n"
    "    The officials said a checking system would be set up within three months.\n"
)
_MINISTER = (
    "Norway plans to check timber shipments through the country\nto meet Swedish concerns, "
    "Forestry Minister Anne Solberg said.\n"
    "    Solberg said a checking system would be set up within three months.\n"
)


def test_a_groups_statement_given_to_one_named_minister_is_re_attributed():
    corpus = from_records(
        [
            {"doc_id": "a", "text": _GROUP, "published": "1987-03-16"},
            {"doc_id": "b", "text": _MINISTER, "published": "1987-04-20"},
        ]
    )
    s = speaker_survival(corpus, source="a").set_index("speaker")
    assert s.loc["senior government forestry officials", ["status", "became"]].tolist() == [
        "re_attributed",
        "Forestry Minister Anne Solberg",
    ]


# a company named with its legal ending, then without it: one company ("<Harbour Group Ltd> said ...
# Harbour Group said"), its wrapped first mention read whole
_LEGAL = (
    "Equity investment company <Harbour\n"
    "Group Ltd> said it had agreed to buy <Coastal Life Insurance\n"
    "Co> from Delmar Corp <DLM> of the U.S. for 80 mln dlrs.\n"
    "    The deal was made possible by its major shareholder, Harbour Group said in a statement.\n"
    "    The balance will be funded by debt, Harbour Group said.\n"
)


def test_a_company_with_and_without_its_legal_ending_is_one_company():
    assert speaker_rows(_LEGAL) == [["Harbour Group Ltd", "organisation", 3]]


def test_a_bare_plural_joins_the_same_words_before_and_no_group_when_two_fit():
    text = (
        "Coffee delegates said the talks would resume on Monday.\n"
        "    Consumer delegates said they wanted a new quota plan.\n"
        "    But delegates said the producers had not agreed, and other delegates said they would walk out.\n"
        "    Delegates said the meeting ended late.\n"
    )
    assert speaker_rows(text) == [
        ["Coffee delegates", "anonymous", 1],
        ["Consumer delegates", "anonymous", 1],
        ["delegates", "anonymous", 2],
        ["other delegates", "anonymous", 1],
    ]
