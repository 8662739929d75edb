"""Who speaks, the shapes round 33's tuning series showed (``benchmarks/claims_tune33.md``, kinds
T1-T4): Reuters' business copy. Invented texts of the same shapes (other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

from corpus_tools.attribution.company_word_spokesmen import spokesman_company
from corpus_tools.attribution.said_in_statements import statement_company

# T4: "Corvan Mining Ltd <CVM.TO> said": the company speaks, not its ticker
_TICKER = (
    "Corvan Mining Ltd <CVM.TO> said drilling on its Ridge property found higher copper grades.\n"
    "    It said the first hole averaged two pct copper over 30 feet.\n"
)


def test_a_company_named_with_its_ticker_is_the_speaker():
    assert speaker_rows(_TICKER) == [["Corvan Mining", "organisation", 2]]


def test_the_ticker_is_never_the_label():
    rows = text_attributions("Dalmont Paper <DLMT.PA> said it would sell its Lyon mill.\n")
    assert [r for r in rows.speaker_label if "." in str(r)] == []


# T1: "Halcor Industries Inc said ... A Halcor spokesman said": one company
_WORD_SPOKESMAN = (
    "Halcor Industries Inc said it agreed to buy Brent Tools for 40 mln dlrs in cash.\n"
    "    A Halcor spokesman said the deal would close in May.\n"
)


def test_a_spokesman_named_by_the_companys_first_word_is_the_company():
    assert speaker_rows(_WORD_SPOKESMAN) == [["Halcor Industries", "organisation", 2]]


def test_spokesman_company_needs_the_word_to_open_one_company_before():
    before = "Halcor Industries Inc said it would buy Brent Tools. "
    assert spokesman_company("A Halcor spokesman", before) == "Halcor Industries"
    assert spokesman_company("the Halcor spokeswoman", before) == "Halcor Industries"
    assert spokesman_company("A Varta spokesman", before) == ""  # no such company
    assert spokesman_company("A spokesman", before) == ""  # bare: not this rule's
    assert spokesman_company("A Halcor spokesman", "Tom Halcor of Halcor Industries Inc said it. ") == ""


# T1, T3: "X said in a statement ..., a spokesman said ... The statement said": the company
_STATEMENT = (
    "French glass group Borvex said it has signed two accords with Poland.\n"
    "    Borvex said in a statement one accord was to make bottles for food.\n"
    "    Under the other, Borvex will lead a consortium of partners, a spokesman said.\n"
    "    He said it was early to put figures on the deals.\n"
    "    The statement said working groups had three months to draft contracts.\n"
)


def test_the_statement_and_the_spokesman_after_said_in_a_statement_are_the_company():
    rows = speaker_rows(_STATEMENT)
    assert len(rows) == 1 and rows[0][1:] == ["organisation", 5]


def test_statement_company_needs_a_company_that_said_in_a_statement():
    before = "Glass group Borvex said in a statement it would build a plant. "
    assert statement_company("The statement", before) == "Borvex"
    assert statement_company("a spokesman", before) == "Borvex"
    assert statement_company("A Borvex spokesman", before) == ""  # not bare
    assert statement_company("a spokesman", "Tom Reed said in a statement he would go. ") == ""
    assert statement_company("a spokesman", before + "Varta Corp said in a statement it agreed. ") == ""


# T2: "Government officials had no immediate comment on the report": no statement
_NO_COMMENT = (
    "Varta Corp said it would close two plants in Ohio.\n"
    "    Union officials had no immediate comment on the closures.\n"
)


def test_no_immediate_comment_is_no_statement():
    assert speaker_rows(_NO_COMMENT) == [["Varta", "organisation", 1]]
    rows = text_attributions(_NO_COMMENT, cue="comment")
    assert rows.role.tolist() == ["mention"]


def test_a_statement_beside_no_comment_stays():
    text = "Union officials had no comment on the closures but said talks would go on.\n"
    assert speaker_rows(text) == [["Union officials", "anonymous", 1]]


def test_a_ticker_after_a_legal_ending_keeps_the_whole_name():
    text = "Halmer Co <HLM> said in a statement it has yet to see the report.\n"
    assert text_attributions(text).speaker_label.tolist() == ["Halmer Co"]


# T6: "said Ben Williams of Paris brokerage house Fauchier-Magnan": Williams, not the house
_OF_NAME = (
    "The reform was overdue, said Tom Wardle of London brokerage house Kemp-Dawes.\n"
    "    He said brokers would gain from it.\n"
    "    Wardle said banks would buy stakes.\n"
)


def test_a_name_before_of_and_his_house_is_the_speaker():
    assert speaker_rows(_OF_NAME) == [["Tom Wardle", "person", 3]]


def test_the_label_of_a_name_before_of_stops_at_the_name():
    text = "The reform was overdue, said Tom Wardle of Kemp and Dawes.\n    Wardle said banks would buy.\n"
    assert speaker_rows(text) == [["Tom Wardle", "person", 2]]


def test_a_hyphened_name_before_a_ticker_is_one_company():
    text = "Dalton-Mercer Plc <DLMR.L> said it had asked for an enquiry into dealings in its shares.\n"
    rows = speaker_rows(text)
    assert rows == [["Dalton-Mercer", "organisation", 1]]



# the merge of tune33 and spk71: "for X Ltd <X.TO> as Y Ltd <Y.TO> announced" (Reuters-21578 16176),
# where the parse made X's closing ">" the subject of "announced" and hung Y's name on it: that ">"
# is left to ticker_names (it reads Y), not moved back to X's "Ltd". The parse is built by hand:
# the tagger gives this shape only on some words.
def _parsed(words, heads, deps):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)


def test_a_closing_bracket_with_a_later_company_on_it_stays_for_ticker_names():
    from corpus_tools.attribution.tickers import ticker_company

    words = "for Borvex Ltd < BVX.TO > as Northline Ltd < NLG.TO > announced".split()
    heads = [12, 2, 0, 4, 2, 12, 8, 8, 5, 10, 8, 10, 12]
    deps = "prep compound pobj punct appos nsubj prep compound appos punct appos punct ROOT".split()
    doc = _parsed(words, heads, deps)
    assert ticker_company(doc[5]).i == 5  # left for ticker_names, which reads "Northline Ltd"
    words = ["Corvan", "Ltd", "<", "CVM.TO", ">", "said"]
    doc = _parsed(words, [1, 3, 3, 4, 5, 5], ["compound", "compound", "punct", "compound", "nsubj", "ROOT"])
    assert ticker_company(doc[4]).text == "Ltd"  # "<CVM.TO> said": the company before the bracket
