"""Who speaks, round 11 of issue 22 (the S kinds 1, 3, 4 and 5 of round 9's held-out audit, the
ostrich rows of ``benchmarks/claims.md``): a group's belief is no statement ("Investors believed
their money would ..."; since round 15 anyone's); a paragraph that names a new man and quotes
him with "he added" is his, not the continuation of the quotation before it; a named lawyer with
his side after the name ("Mr Owen Pryce, prosecuting, said") is a named person; a judge's
"accepted that" is the judge's finding. Invented texts of the same shapes."""

from __future__ import annotations

import pytest
from pairs import speaker_rows, text_attributions

_speakers = speaker_rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Savers believed their money would be used to buy and keep llamas.",
        "Members thought the fund would be spent on new boats.",
    ],
)
def test_a_groups_belief_is_no_speaker(sentence):
    text = f"The court heard that the pair set up the llama farm in 1996.\n\n{sentence}"
    belief = text_attributions(text, "believed|thought")
    assert belief.role.tolist() == ["mention"] and belief.speaker_id.isna().all()
    assert _speakers(text) == [["The court", "anonymous", 1]]


def test_the_belief_of_people_asked_is_no_statement_either():
    # round 15 (the lead's decision on issue 22): a belief is no statement, whoever holds it; it
    # replaces round 9's "detectives and analysts are asked: their belief is what they told"
    text = "Detectives believed the money had been moved to a bank in Jersey."
    assert _speakers(text) == []


#: a reader quoted without marks the package reads (single quotes), then the judge's paragraph
_JUDGE_AFTER_INVESTOR = (
    "But last night a saver, who did not want to be named, called the sentence a joke.\n\n"
    "He said: 'A fine of £5 means nothing to her. I put in my savings and I have lost the lot.'\n\n"
    "Judge Alan Price also banned Hughes from running a company for eight years. He told her she "
    "was not the 'simple helper' she claimed to be. 'I am sure the scheme was a fraud from the "
    "start,' he added."
)


def test_a_paragraph_naming_a_new_man_who_is_quoted_is_not_the_last_quotation_going_on():
    rows = text_attributions(_JUDGE_AFTER_INVESTOR)
    judge = rows[(rows.sent_id >= 4) & (rows.role == "speaker")]  # 2-3: the saver's quotation going on
    assert "continuing_quote" not in judge.resolved_from.tolist()
    assert judge.speaker_label.tolist() == ["Alan Price", "Alan Price"]  # "He told her", "he added"
    # the saver's quotation, three sentences by the parse, is three rows (round 14, quote_sentences)
    assert _speakers(_JUDGE_AFTER_INVESTOR) == [["a saver", "anonymous", 4], ["Alan Price", "person", 2]]


def test_a_quotation_in_the_first_person_still_goes_on_without_marks():
    # first-person words outside the quotation its own "he said" closes: the saver's words going on
    text = (
        "But last night a saver, who did not want to be named, called the sentence a joke.\n\n"
        "He said: 'I put in my savings and the fine means nothing.\n\n"
        "'We lost the lot,' he said. 'Our money is gone for good.'"
    )
    rows = text_attributions(text)
    assert rows.resolved_from.tolist()[-1] == "continuing_quote"
    assert set(rows.speaker_label) == {"a saver"}


@pytest.mark.parametrize(
    ("name", "side"), [("Mr Huw Lloyd Pryce", "prosecuting"), ("Mr Peter Llewellyn Evans", "defending")]
)
def test_a_named_lawyer_with_the_side_after_the_name_is_a_named_person(name, side):
    # the parser makes the participle the subject and hangs the name on it
    text = f'{name}, {side}, said: "The pair saw a chance to commit a large fraud."'
    rows = text_attributions(text)
    assert rows.speaker.tolist() == [name]
    assert rows.named.tolist() == [True]
    assert rows.affiliation.tolist() == [{"prosecuting": "prosecution", "defending": "defence"}[side]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The judge accepted that Hughes had played a ``minor and menial'' part in the scheme.",
        "He accepted the mother of two had been misled by her husband.",
    ],
)
def test_a_judges_accepted_that_is_the_judges_finding(sentence):
    text = f"Judge Alan Price told Cardiff Crown Court the scheme was a fraud.\n\n{sentence}"
    accepted = text_attributions(text, "accepted")
    assert len(accepted) == 1 and accepted.speaker_label.tolist() == ["Judge Alan Price"]
    assert _speakers(text) == [["Judge Alan Price", "person", 2]]


def test_accepting_a_thing_is_no_statement():
    text = "The judge accepted the plea and the money was paid back.\n\nShe accepted an offer of work."
    rows = text_attributions(text)
    assert rows.empty


@pytest.mark.parametrize("mark", ["'", '"'])
def test_a_groups_belief_that_quotes_their_words_stays_their_statement(mark):
    # the doctors' opinion in their words: what they said in evidence
    text = (
        "The court heard that the boy was taken to hospital.\n\n"
        f"Medics believed the injury had been caused by a {mark}very hard blow to the head{mark}."
    )
    assert _speakers(text) == [["The court", "anonymous", 1], ["Medics", "anonymous", 1]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Banks believes the campaign dropped the plan.",  # the singular verb: one person
        "In a column, Banks believed the campaign dropped the plan.",  # a capitalised word inside
    ],
)
def test_a_named_persons_belief_is_a_mention_too(sentence):
    # round 15: a named person's belief is no statement either (it was one till then)
    text = f"Tom Banks of the Courier wrote about the plan.\n\n{sentence}"
    belief = text_attributions(text, "believ")
    assert belief.role.tolist() == ["mention"]
