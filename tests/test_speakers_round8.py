"""Who speaks, round 8 of issue 22 (the held-out METER stories of round 7): one person under the
role descriptions a court report gives them ("The barrister", "his defence", "Cooper's QC", "The
judge", "The mother-of-two"), a "She said" in a run of one barrister's statements, a claim at law
and "accused of" that are no statements, a plea and "left court saying" that are. Invented texts
of the same shapes."""

from __future__ import annotations

import pytest
from pairs import speaker_rows

from corpus_tools import from_records
from corpus_tools.attribution.accounting import speaker_survival
from corpus_tools.attribution.epithets import epithet_gender
from corpus_tools.attribution.roles import family_holder, lawyer_name

#: the defence barrister named after the lead calls her "The barrister" (PA's shape)
_BARRISTER = (
    "The barrister defending murder trial GP Harold Cooper today questioned whether the evidence "
    "of some witnesses could be relied on.\n\n"
    "Resuming her closing speech at Leeds Crown Court Miss Ann Davies QC said that the friend of "
    "alleged victim Joan Hart was very upset when he found her.\n\n"
    '"If someone was in a flat spin how reliable is their memory?" Miss Davies asked.\n\n'
    "Cooper, of Mill Lane, Leeds, denies killing four patients."
)
#: the same barrister as "his defence" and "Cooper's QC, Miss Ann Davies" (a tabloid's shape)
_DEFENCE = (
    "THE most damning case against Dr Harold Cooper is flawed, his defence said yesterday.\n\n"
    'Cooper\'s QC, Miss Ann Davies, added: "That being the case, there is no case against Dr Cooper."\n\n'
    "In her closing speech, Miss Davies said the case relating to Mrs Hart was the most damning.\n\n"
    "Cooper, 53, denies murdering four patients."
)
#: "She said" in a run of the barrister's statements, a dead patient and the prosecution named nearby
_RUN = (
    "The prosecution has alleged that Pike injected Ivy Hart, 63, with a lethal dose of the drug.\n\n"
    "But Miss Ann Davies QC, in her closing speech for the defence, said there was another "
    "explanation.\n\n"
    "Miss Davies said the most likely explanation for Mrs Hart's sudden death was her heart "
    "condition.\n\n"
    "She said the charge relating to Mrs Hart was probably the most damning against the doctor.\n\n"
    "She reminded the court that on the morning of her death Mrs Hart was very anxious about her "
    "son.\n\n"
    'She said: "Putting it bluntly there wasn\'t enough time."'
)
#: a lost claim, a ruling, the judge and the mother under other descriptions (a civil case)
_CLAIM = (
    "A traveller today lost a claim for compensation against a driver who crushed him.\n\n"
    "Roger Hale, 30, of Arnold, lost a leg in the incident.\n\n"
    "He claimed the driver of the car, Sarah Marsh, 27, had been negligent.\n\n"
    "But today at Nottingham County Court, Recorder David Brown ruled against Mr Hale.\n\n"
    'He said: "Nothing that Mrs Marsh did could be regarded as failing to take reasonable care."\n\n'
    'Mrs Marsh said: "It is a brilliant result."\n\n'
    "The mother-of-two said she was still affected by the attack.\n\n"
    "The judge dismissed suggestions that Mrs Marsh had overreacted.\n\n"
    "Unemployed Hale, 30, from Arnold, left court saying that he was 'disappointed' with the ruling."
)
#: the defendant "accused of" in the lead, the barrister as "THE BARRISTER", a plea (a broadsheet's shape)
_ACCUSED = (
    "THE BARRISTER defending Dr James Cooper, the Bolton GP accused of killing 15 of his female "
    "patients, questioned the reliability of a witness yesterday.\n\n"
    "Resuming her closing speech, Ann Davies QC said that the friend of Joan Hart was very upset.\n\n"
    "She said the morphine found in Mrs Hart's body also raised questions.\n\n"
    "Dr Cooper, of Mottram, has pleaded not guilty to all the charges."
)


_speakers = speaker_rows


def test_the_barrister_named_in_the_next_sentence_is_one_named_speaker():
    assert _speakers(_BARRISTER) == [["Miss Ann Davies", "person", 3], ["Cooper", "person", 1]]


def test_his_defence_and_the_clients_qc_are_the_barrister_not_the_client():
    assert _speakers(_DEFENCE) == [["Miss Ann Davies", "person", 3], ["Cooper", "person", 1]]


def test_she_said_in_a_run_of_the_barristers_statements_is_the_barrister():
    # not the dead patient named inside her statements, not "The prosecution" (no "she")
    assert _speakers(_RUN) == [["The prosecution", "anonymous", 1], ["Miss Ann Davies QC", "person", 4]]


def test_a_lost_claim_is_no_statement_and_the_judge_and_the_mother_are_named():
    assert _speakers(_CLAIM) == [
        ["Roger Hale", "person", 1],  # "He claimed", the lost claim no statement
        ["Recorder David Brown", "person", 3],  # his "He said" after his ruling; "The judge"
        ["Sarah Marsh", "person", 2],  # "The mother-of-two"
        ["Unemployed Hale", "person", 1],  # "left court saying"
    ]


def test_accused_of_is_no_statement_and_a_plea_is_the_defendants():
    assert _speakers(_ACCUSED) == [["Ann Davies", "person", 3], ["Dr Cooper", "person", 1]]


def test_the_barrister_of_the_wire_is_kept_by_the_paper_that_names_her():
    corpus = from_records(
        [
            {"doc_id": "wire", "text": _BARRISTER, "role": "wire", "published": "2000-01-07"},
            {"doc_id": "paper", "text": _ACCUSED, "role": "newspaper", "published": "2000-01-08"},
        ]
    )
    v = speaker_survival(corpus, source="wire")
    assert dict(zip(v["speaker"], v["status"], strict=True))["Miss Ann Davies"] == "kept"
    assert "The barrister" not in set(v["speaker"])  # no second speaker to drop


@pytest.mark.parametrize(
    ("label", "text", "holder"),
    [
        ("The barrister", "Miss Ann Davies QC said so.", "Miss Ann Davies"),
        ("Pike's QC", "Pike's QC, Miss Ann Davies, added.", "Miss Ann Davies"),
        ("The judge", "At Derby County Court, Recorder David Brown ruled.", "Recorder David Brown"),
        ("The judge", "Judge Tom Ray and Judge Ann Lee sat.", ""),  # two judges: neither
        ("his defence", "Ann Lee QC, prosecuting, and Tom Ray QC, defending, spoke.", "Tom Ray"),
        ("the court", "Miss Ann Davies QC said so.", ""),
    ],
)
def test_a_role_description_is_the_one_holder_of_its_family(label, text, holder):
    assert family_holder(label, text) == holder


def test_kin_epithets_and_lawyer_names():
    import spacy

    nlp = spacy.blank("en")
    texts = ["The mother-of-two", "the father-of-three", "The father", "the mother of the boy", "The girl"]
    assert [epithet_gender(nlp(t)[:]) for t in texts] == ["f", "m", None, None, None]
    assert [lawyer_name(x) for x in ("Ann Davies QC", "Tom Ray, KC", "Bow Street")] == [True, True, False]


def test_a_claim_turned_into_a_judges_ruling_is_neither_relabelled_nor_re_attributed():
    wire = (
        "Roger Hale, 30, of Arnold, lost a leg in the incident.\n\n"
        "He claimed the driver of the car, Sarah Marsh, 27, from Cheltenham, had been negligent and "
        "unreasonable when she drove off.\n\n"
        'Recorder David Brown said: "Nothing that Mrs Marsh did could be regarded as failing to take '
        'reasonable care."'
    )
    paper = (
        "Roger Hale, 30, of Arnold, lost a leg in the incident.\n\n"
        "But a judge ruled that driver Sarah Marsh, 27, from Cheltenham, had not been unreasonable "
        "when she drove off."
    )
    corpus = from_records(
        [
            {"doc_id": "wire", "text": wire, "published": "1999-08-12"},
            {"doc_id": "paper", "text": paper, "published": "1999-08-13"},
        ]
    )
    v = speaker_survival(corpus, source="wire")
    # "a judge" is the office of the wire's Recorder Brown: his ruling on Hale's claim, Hale not quoted
    assert v[["speaker", "status", "became"]].values.tolist()[0] == ["Roger Hale", "dropped", ""]


def test_the_only_judge_of_the_wire_described_by_office_in_a_paper_is_relabelled():
    wire = (
        "Roger Hale, 30, of Arnold, lost a leg in the incident.\n\n"
        'Recorder David Brown said: "I accept the evidence that this woman was terrified."'
    )
    paper = (
        "Roger Hale, 30, was part of a drunken gang.\n\n"
        'A Nottingham County Court judge said the men scared her, adding "It was beyond belief."'
    )
    corpus = from_records(
        [
            {"doc_id": "wire", "text": wire, "published": "1999-08-12"},
            {"doc_id": "paper", "text": paper, "published": "1999-08-13"},
        ]
    )
    v = speaker_survival(corpus, source="wire")
    assert v[["speaker", "status", "became"]].values.tolist() == [
        ["Recorder David Brown", "relabelled", "A Nottingham County Court judge"]
    ]


def test_a_paper_telling_what_the_court_was_told_keeps_the_hearing():
    wire = (
        "A patient who died at the surgery could have already had morphine in her body, the GP "
        "murder trial jury was told today.\n\n"
        "Miss Ann Davies QC told the jury at Leeds Crown Court that Mrs Hart was prescribed a "
        "painkiller, which breaks down into morphine, before her death."
    )
    paper = (
        "Widow Ivy Hart, 63, was allegedly killed with a morphine injection.\n\n"
        "But she had previously been prescribed a painkiller which breaks down to morphine, Leeds "
        "Crown Court was told."
    )
    corpus = from_records(
        [
            {"doc_id": "wire", "text": wire, "published": "2000-01-07"},
            {"doc_id": "paper", "text": paper, "published": "2000-01-08"},
        ]
    )
    v = speaker_survival(corpus, source="wire").set_index("speaker")
    assert v.loc["the GP murder trial jury", "status"] == "kept"  # not "only on another statement"


def test_a_qc_the_tagger_took_for_an_organisation_is_her_pronouns_antecedent_and_a_plea_is_a_statement():
    text = (
        "The prosecution alleges that Dr Harold Cooper injected Ivy Hart, 63, with a lethal dose.\n\n"
        "But Nicola Davies, QC, in her closing speech for the defence, said there was another "
        "explanation.\n\n"
        "She told Leeds Crown Court that Mrs Hart was prescribed a painkiller.\n\n"
        "Dr Harold Cooper, of Mottram, near Hyde, has pleaded not guilty to all charges."
    )
    assert _speakers(text) == [
        ["The prosecution", "anonymous", 1],
        ["Nicola Davies", "person", 2],  # not "She" of Dr Cooper
        ["Harold Cooper", "person", 1],  # his plea
    ]


def test_a_ruling_told_in_a_participle_is_the_judges_statement():
    text = (
        "Tom Ray, QC, for the defence, argued that the magistrate could not consider the new "
        "allegations.\n\n"
        "Mr Bartle postponed making a decision, ruling that these were matters he could deal with "
        "in his judgment."
    )
    assert _speakers(text) == [["Tom Ray", "person", 1], ["Mr Bartle", "person", 1]]


def test_a_woman_described_is_no_he_and_his_plea_is_his():
    text = (
        "Sgt Paul Barton, 36, attacked two women in his patrol car.\n\n"
        "A second woman told the jury that she had been too frightened to complain.\n\n"
        "He had pleaded not guilty to the charges."
    )
    assert _speakers(text) == [["A second woman", "anonymous", 1], ["Sgt Paul Barton", "person", 1]]
