"""Who speaks, the shapes round 31's tuning stories showed (``benchmarks/claims_tune31.md``, kinds
K1-K5). Invented texts of the same shapes (other names, other words), in the wire's paragraph marks."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

from corpus_tools.attribution.client_pronouns import counsel_before_client
from corpus_tools.attribution.fragment_quotes import fragment_clause
from corpus_tools.attribution.heard_by import heard_by
from corpus_tools.attribution.lawyer_nouns import lawyer_named_before
from corpus_tools.text.nlp import load_model

# K1: "Ann Barlow, defending, said ... The lawyer added ... He said:": the barrister named before
_LAWYER = (
    "\x19A former nurse was so drunk she fell asleep at the wheel, a court heard today.<\n"
    "\x19Tom Reece, prosecuting, said Hale was found in a lay-by.<\n"
    "\x19Ann Barlow, defending, said the crash had been a shock to everyone.<\n"
    "\x19The lawyer added that Hale had lost her job in May.<\n"
    "\x19She said: ``My client has paid a heavy price.''<\n"
)


def test_the_lawyer_is_the_barrister_named_with_a_side_before():
    assert speaker_rows(_LAWYER) == [
        ["a court", "anonymous", 1],
        ["Tom Reece", "person", 1],
        ["Ann Barlow", "person", 3],
    ]


def test_lawyer_named_before_leaves_a_lawyer_the_story_named_by_trade():
    before = "Ann Barlow, defending, said the crash was a shock. "
    assert lawyer_named_before("The lawyer", before) == "Ann Barlow"
    assert lawyer_named_before("the solicitor", before) == "Ann Barlow"
    assert lawyer_named_before("The lawyer", "A lawyer who stole from clients was jailed. " + before) == ""
    assert lawyer_named_before("The lawyer", "Ann Barlow said the crash was a shock. ") == ""
    assert lawyer_named_before("The barrister", before) == ""  # counsel_nouns' word


# K2: "X, defending, said his client accepted ... . ..., he said.": the barrister's, not the client's
_CLIENT = (
    "\x19Tom Reece, prosecuting, said the car was seen weaving across the road.<\n"
    "\x19Mark Barlow, defending, said his client accepted that it had been foolish.<\n"
    "\x19Her tablets may have made the drink worse, he said.<\n"
)


def test_he_after_his_client_is_the_barrister():
    assert speaker_rows(_CLIENT) == [["Tom Reece", "person", 1], ["Mark Barlow", "person", 2]]


def test_counsel_before_client_needs_the_pronoun_of_the_possessive_and_a_barrister():
    client = {"label": "his client", "affiliation": "unknown"}
    counsel = {"label": "Mark Barlow", "affiliation": "defence"}
    witness = {"label": "Jo Hale", "affiliation": "unknown"}
    assert counsel_before_client("He", [client, counsel]) == [counsel, client]
    assert counsel_before_client("she", [client, counsel]) == [client, counsel]
    assert counsel_before_client("he", [client, witness]) == [client, witness]
    assert counsel_before_client("he", [counsel, client]) == [counsel, client]


# K3: 'Y said it fit ``perfectly'', said Mr X.': the clause is X's, Y nested in it
_FRAGMENT = (
    "\x19Mr Reece said the accused drove north that night.<\n"
    "\x19The knife was found near the house and experts said it matched the wounds ``exactly'', said\n"
    "Mr Reece.<\n"
)


def test_a_quoted_word_before_the_tag_leaves_the_clause_the_taggers():
    rows = text_attributions(_FRAGMENT)
    experts = rows[rows.speaker == "experts"]
    assert experts.role.tolist() == ["nested"]
    assert speaker_rows(_FRAGMENT) == [["Mr Reece", "person", 2]]


def test_fragment_clause_needs_words_before_the_quotation_and_the_comma_outside():
    text = 'Mr Lee spoke. The knife was found and doctors said it fit "exactly", said Mr Lee.'

    class Att:
        span = (text.rindex("Mr Lee"), text.rindex("Mr Lee") + 6)
        cue_span = (text.rindex("said"), text.rindex("said") + 4)

    q = (text.index("exactly"), text.index("exactly") + 7)
    clause = text[slice(*fragment_clause(q, Att, text))]
    assert clause == 'The knife was found and doctors said it fit "exactly'
    opening = '"It fit exactly", said Mr Lee.'

    class Opening:
        span, cue_span = (opening.index("Mr"), opening.index("Mr") + 6), (17, 21)

    assert fragment_clause((1, 15), Opening, opening) is None
    assert fragment_clause(None, Att, text) is None


# K4: "A 28-year-old man ... has pleaded not guilty": the unnamed defendant's plea
_AGED = (
    "\x19A man was stabbed in a park, a court heard today.<\n"
    "\x19A 31-year-old man from Leeds has pleaded not guilty to murdering the victim.<\n"
    "\x19Prosecutor Tom Reece said the attack was planned.<\n"
)


def test_a_plea_of_a_man_described_by_his_age_is_his_statement():
    assert speaker_rows(_AGED) == [
        ["a court", "anonymous", 1],
        ["A 31-year-old man from Leeds", "anonymous", 1],
        ["Prosecutor Tom Reece", "person", 1],
    ]


def test_a_plea_of_a_description_without_an_age_is_left_as_it_was():
    assert speaker_rows("\x19A man from Leeds has pleaded not guilty to murder.<\n") == []


# K5: "The trial will be heard by Mr Justice X": who tries it, no hearing speaking
def test_a_trial_heard_by_a_judge_is_no_statement():
    text = (
        "\x19The trial of Tom Hale starts today.<\n"
        "\x19The trial will be heard by Mr Justice Crane.<\n"
        "\x19Prosecutor Ann Reece said it would last a month.<\n"
    )
    assert speaker_rows(text) == [["Prosecutor Ann Reece", "person", 1]]


def test_heard_by_is_a_passive_with_its_agent():
    nlp = load_model()
    assert heard_by(nlp("The case was heard by magistrates in Leeds.")[3])
    assert not heard_by(nlp("Leeds Crown Court heard that she fled.")[3])
    assert not heard_by(nlp("The jury was told she fled.")[3])
