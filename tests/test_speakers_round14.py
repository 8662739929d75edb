"""Who speaks, round 13 of issue 22: five S kinds of the eleventh round's held-out audit
(``benchmarks/claims.md``, "Eleventh round", S kinds 1, 3, 5, 7 and 8). A rare surname the tagger
reads as an adverb is the subject of its verb of saying, when the story names it as a person; a
plea or admission in a participle or in a conjunct after a passive is the defendant's; a judge's
order with a directive clause is an act, and an expletive "There" no speaker; a hyphenated age
stays whole in the label; the name set off by commas after a fronted participle clause speaks.
Invented texts of the same shapes; each test fails on ``ce6c34b``."""

from __future__ import annotations

import pytest
from pairs import speaker_rows, text_attributions

from corpus_tools import from_records
from corpus_tools.attribution.accounting import speaker_table
from corpus_tools.attribution.identities import clean_label


@pytest.mark.parametrize(
    "sentence",
    [
        "Bradly told the court he stayed at the wheel of the car.",
        "Bradly said he heard shouting from the river bank.",
        "Bradly was cleared of robbery and has admitted kidnapping.",
    ],
)
def test_a_surname_tagged_an_adverb_speaks(sentence):
    text = f"The jury heard that Tom Bradly, 20, drove the car.\n\n{sentence}"
    rows = text_attributions(text)
    assert "Bradly" in rows.speaker.tolist()  # the parse gives "Bradly" no subject's role
    assert ["Bradly", "person", 1] in speaker_rows(text)


def test_a_surname_tagged_an_adverb_after_but_is_not_the_first_clauses_subject():
    text = (
        "The jury heard that Tom Hensly, 20, drove.\n\n"
        "Lee Cole had drunk eight pints, but Hensly told the court he had not."
    )
    told = text_attributions(text, "told the court")
    assert told.speaker.tolist() == ["Hensly"]


def test_a_surname_tagged_an_adverb_is_read_across_a_wire_storys_takes():
    corpus = from_records(
        [
            {"doc_id": "t1", "text": "The jury heard that Tom Bradly, 20, drove the car.", "group": "wire"},
            {
                "doc_id": "t2",
                "text": "Bradly told the court he stayed at the wheel of the car.",
                "group": "wire",
            },
        ]
    )
    table = speaker_table(corpus)
    assert table[table.doc_id == "t2"].speaker.tolist() == ["Bradly"]


def test_an_adverb_not_named_as_a_person_is_no_speaker():
    assert speaker_rows("Bradly said he heard shouting from the river bank.") == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Tom Bradly, 20, of Leeds, was cleared of murder but had pleaded guilty to manslaughter.",
            "pleaded",
        ),
        ("Tom Bradly, 20, was cleared of murder, having admitted manslaughter.", "admitted"),
        (
            "Tom Hale was jailed for life at Leeds Crown Court after admitting the attack on his wife.",
            "admitting",
        ),
    ],
)
def test_a_plea_in_a_participle_or_conjunct_is_the_defendants(text, cue):
    rows = text_attributions(text, cue)
    assert rows.role.tolist() == ["speaker"]
    assert speaker_rows(text)[0][1:] == ["person", 1]


def test_having_said_is_no_plea_participle():
    assert text_attributions(
        "Tom Hale was cleared, having said nothing to the police.", "said"
    ).role.tolist() in (
        [],
        ["mention"],
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The four were remanded in custody but the judge ordered that Cole and Lee should be kept apart.",
        "Passing sentence, Mrs Justice Hale recommended that he serve at least eight years.",
        "The judge ordered that the jury be discharged.",
    ],
)
def test_a_judges_order_with_a_directive_clause_is_an_act(sentence):
    rows = text_attributions(sentence, "ordered|recommended")
    assert rows.role.tolist() == ["mention"]
    assert speaker_rows(sentence) == []


def test_an_order_of_no_judge_stays_a_statement():
    text = "The union recommended that members should reject the offer."
    assert text_attributions(text, "recommended").role.tolist() == ["speaker"]


def test_an_expletive_there_is_no_speaker():
    text = "There was little in the evidence of the two men to suggest that they had acted alone."
    assert speaker_rows(text) == []


@pytest.mark.parametrize(
    ("label", "clean"),
    [
        ("The 18-year-old clung to the railing", "The 18-year-old clung to the railing"),
        ("A 3-day-old baby", "A 3-day-old baby"),
        ("Sep 14 - Foreign Minister Ana Ruiz", "Foreign Minister Ana Ruiz"),
    ],
)
def test_a_hyphenated_age_is_no_dateline(label, clean):
    assert clean_label(label) == clean


def test_a_relative_clause_on_a_hyphenated_age_keeps_the_whole_description():
    text = (
        "A man was found guilty after he did nothing to help the 18-year-old, "
        "who had told the gang he could not swim."
    )
    rows = text_attributions(text, "told")
    assert rows.speaker_label.tolist() == ["the 18-year-old"]


def test_the_name_after_a_fronted_participle_and_a_comma_speaks():
    text = "Passing sentence, Mrs Justice Hewlett, said: 'I am sure people here will never forget it.'"
    rows = text_attributions(text, "said")
    assert rows.speaker.tolist() == ["Mrs Justice Hewlett"]


def test_a_plea_cut_from_its_subject_by_a_relative_clause_without_its_comma():
    text = (
        "Kevin Ward, who has a string of convictions for assault on women and attempted rape admitted "
        "attacking Julie Marsh with a 3in blade as she attended a hospital clinic."
    )
    rows = text_attributions(text, "admitted")
    assert rows.speaker.tolist() == ["Kevin Ward"] and rows.role.tolist() == ["speaker"]


class _Token:
    """A stand-in for a spaCy Token: like spaCy, every ``head`` access makes a new object, so a
    root is its own head by index, never by identity."""

    def __init__(self, sent, i):
        self.sent, self.i = sent, i
        self.text, self.dep_, self.tag_, self.pos_, self.lemma_, self.head_i = sent[i]
        self.lower_ = self.text.lower()
        self.children = [_Token(sent, k) for k, t in enumerate(sent) if t[5] == i and k != i]
        self.doc = [_Token.__new__(_Token) for _ in sent]
        for k, t in enumerate(sent):
            self.doc[k].text = t[0]

    @property
    def head(self):
        return _Token(self.sent, self.head_i)


def test_a_plea_under_no_relative_clause_ends_at_the_root():
    # "... the defendant admitted": "admitted" an acl whose head chain reaches the root without a
    # relative clause; the walk must stop at the root (it looped for ever when it compared tokens
    # by identity, on a 600-story corpus)
    from corpus_tools.attribution.clause_pleas import split_antecedent

    sent = [
        ("Reports", "nsubj", "NNS", "NOUN", "report", 1),
        ("say", "ROOT", "VBP", "VERB", "say", 1),
        ("damage", "dobj", "NN", "NOUN", "damage", 1),
        ("admitted", "acl", "VBD", "VERB", "admit", 2),
    ]
    assert split_antecedent(_Token(sent, 3)) is None
