"""Who speaks, the shapes round 32's tuning series showed (``benchmarks/claims_tune32.md``, kinds
W1-W2): Reuters' business copy. Invented texts of the same shapes (other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows

from corpus_tools.attribution.chief_nouns import chief_holder
from corpus_tools.attribution.company_short_names import short_company
from corpus_tools.attribution.company_spokeswomen import company_before
from corpus_tools.attribution.repeated_titles import repeated_title_holder

# W1: "Commerce Secretary Ann Reed said ... The Commerce Secretary said": one person
_TITLE = (
    "Commerce Secretary Ann Reed said the nations were ready to cut tariffs on steel.\n"
    "    Reed said the talks in Geneva had gone well.\n"
    "    The Commerce Secretary said that the accord would be signed in May.\n"
)


def test_the_title_told_again_is_the_person_titled_so_before():
    assert speaker_rows(_TITLE) == [["Commerce Secretary Ann Reed", "person", 3]]


def test_repeated_title_holder_needs_the_same_title_before_one_name():
    before = "Commerce Secretary Ann Reed said it. Later Ann Reed spoke."
    assert repeated_title_holder("The Commerce Secretary", before) == "Ann Reed"
    assert repeated_title_holder("the Commerce Secretary", before) == "Ann Reed"
    assert repeated_title_holder("The Trade Secretary", before) == ""
    two = before + " Commerce Secretary Tom Hale said."
    assert repeated_title_holder("The Commerce Secretary", two) == ""
    assert repeated_title_holder("the commerce secretary", before) == ""  # no capital: title_phrases'
    assert repeated_title_holder("The Commerce building", before) == ""  # no title word


# W1: '... (FWU) president Tom Hale ... declared ... "...," the FWU chief said': one person
_CHIEF = (
    "Federated Weavers Union (FWU) president Tom Hale was cheered by 2,000 delegates when he\n"
    "declared the union ready for a long strike.\n"
    '    "We have waited long enough for a fair offer," the FWU chief said.\n'
)


def test_the_body_chief_is_the_head_the_text_titled_before():
    assert speaker_rows(_CHIEF) == [["Tom Hale", "person", 2]]


def test_chief_holder_needs_one_head_of_that_body():
    before = "Federated Weavers Union (FWU) president Tom Hale was cheered."
    assert chief_holder("the FWU chief", before) == "Tom Hale"
    assert chief_holder("the FWU leader", "Tom Hale, FWU president, spoke.") == "Tom Hale"
    assert chief_holder("the FWU chief", "Tom Hale, an FWU member, was cheered.") == ""
    assert chief_holder("the GM chief", before) == ""
    assert chief_holder("the FWU chief", before + " FWU chairman Ann Lee spoke.") == ""


# W2: "Corvan Mining Ltd said ... Corvan said": the company, not a person "Corvan"
_SHORT = (
    "Corvan Mining Ltd said drilling on its Ridge property found higher copper grades.\n"
    "    It said the first hole averaged two pct copper over 30 feet.\n"
    "    Corvan previously reported the hole averaged one pct copper.\n"
    "    Corvan said a second hole would be drilled in May.\n"
)


def test_a_company_told_by_its_first_word_is_the_company():
    assert speaker_rows(_SHORT) == [["Corvan Mining", "organisation", 4]]


def test_short_company_needs_one_company_and_no_person_of_that_name():
    before = "Corvan Mining Ltd said drilling found copper. It said more. "
    assert short_company("Corvan", before) == "Corvan Mining"
    assert short_company("Corvan", "But Corvan Mining Inc. said it.") == "Corvan Mining"
    assert short_company("Corvan", before + "Mr Corvan said so.") == ""
    assert short_company("Corvan", before + "Tom Corvan said so.") == ""
    assert short_company("Corvan", before + "Corvan Gold Inc said so.") == ""
    assert short_company("Ridge", before) == ""
    after = "Pesch said so. The buyout was led by Dr. LeRoy Pesch."  # a person named after the mention
    assert short_company("Pesch", "Alpha Inc, a unit of Pesch and Co, said it. ", after) == ""
    assert short_company("Pesch", "Alpha Inc, a unit of Pesch and Co, said it. ") == "Pesch and Co"
    first = "Viner Holdings Ltd said it. "
    second = "Its unit, Viner and Co, gained."  # a second company of that word, after the mention
    assert short_company("Viner", first) == "Viner Holdings"
    assert short_company("Viner", first, first + second) == ""


# W3: '"Let me emphasize that ...," he told X.': no speaker "me"; the quotations are the Secretary's
_LET_ME = (
    "Trade Secretary Tom Hale said\n"
    "the six leading nations are fully committed to halting a further fall in prices.\n"
    '    "Let me emphasize that all six major trading nations\n'
    "remain fully committed to strengthening policy coordination,\n"
    "promoting growth and cooperating to foster stability of\n"
    'commodity prices," he told the National Trade Council.\n'
    '    "We all believe a further decline of prices could be\n'
    'counter productive to our efforts," he said.\n'
)


def test_let_me_opening_a_quotation_is_no_speaker():
    assert speaker_rows(_LET_ME) == [["Trade Secretary Tom Hale", "person", 3]]


# W4: "X Corp of Y said ... But a spokeswoman pointed out ...": the company (round 19's ruling)
_SPOKESWOMAN = (
    "Atlas Savings Corp of Ohio said\n"
    "it is not holding talks with anyone on a sale of the company.\n"
    "    But a spokeswoman pointed out that the company has said for a year that\n"
    "a merger would be one way of adding to its capital.\n"
    "    The company would need 200 mln dlrs to meet the rules, the spokeswoman said.\n"
)


def test_a_bare_spokeswoman_after_a_company_said_is_the_company():
    assert speaker_rows(_SPOKESWOMAN) == [["Atlas Savings Corp of Ohio", "organisation", 3]]


def test_company_before_needs_a_company_with_its_ending_saying_just_before():
    text = "Atlas Savings Corp said it had no talks. But a spokeswoman said it might."
    assert company_before("a spokeswoman", text, text.index("a spokeswoman")) == "Atlas Savings"
    text = "Atlas Savings said it had no talks. But a spokeswoman said it might."
    assert company_before("a spokeswoman", text, text.index("a spokeswoman")) == ""
    text = "Atlas Savings Corp said it had no talks. Later a spokeswoman said it might."
    assert company_before("a spokeswoman", text, text.index("a spokeswoman")) == ""
    text = "Atlas Savings Corp said it had no talks. But a Dow spokeswoman said it might."
    assert company_before("a Dow spokeswoman", text, text.index("a Dow")) == ""


# W6: "The Board said the weak farm outlook noted in its last report had persisted": no speaker "outlook"
_NOTED = (
    "The Tariff Board awarded the nation's farmers a flat rise of five dlrs a tonne,\n"
    "Board chairman Justice Ann Hale said here.\n"
    "    The Board said the weak farm outlook noted in its last report had persisted,\n"
    "and was perhaps now worse.\n"
    '    "The lack of confidence in the farm economy must be\n'
    'allayed to halt a further decline," she said.\n'
)


def test_a_noun_before_a_participle_of_noting_is_no_speaker():
    assert speaker_rows(_NOTED) == [
        ["Board chairman Justice Ann Hale", "person", 2],
        ["The Tariff Board", "organisation", 1],  # "The Board": the body it heads (audit34's body_heads)
    ]


# W5: "according to latest official statistics", "A master resolution ... notes that": no speaker
_UNSIGNED = (
    "Weekly pay for adult workers is 412 dlrs,\n"
    "according to latest official statistics.\n"
    "    A master resolution stating FWU goals notes that the union has lost\n"
    "90,000 members since 1980.\n"
    "    FWU president Tom Hale said the union would fight for every job.\n"
)


def test_unsigned_statistics_and_a_resolution_are_no_speakers():
    assert speaker_rows(_UNSIGNED) == [["FWU president Tom Hale", "person", 1]]
