"""Who speaks and who survives, round 16 of issue 22 (branch spk27: the kinds round 15's re-marking
left, ``benchmarks/claims.md``, "Fifteenth round, after the round's fixes", causes 3, 5 and 7):

* an alleged "he" ("He allegedly told them", "he allegedly said", "was heard to say") inside a
  prosecutor's account is the person the account is about, not the barrister; a plain "He added"
  after the barrister stays his;
* a "he" in a relative clause or participle hung on a named person's clause ("Tom Hale went on trial
  in a case where he pleaded guilty") is that person, whoever spoke in the sentence before;
* a pair's denial ("Both men deny", the pair named) is kept by a version that gives it to each of
  them ("He and Dunn deny", "Hale and Dunn deny").

Invented texts of the same shapes (other names, other words)."""

from __future__ import annotations

import pytest
from pairs import text_attributions

from corpus_tools import from_records
from corpus_tools.attribution.clause_names import governing_name
from corpus_tools.attribution.survival import speaker_survival
from corpus_tools.text.nlp import load_model


def _who(text: str, cue: str) -> list[str]:
    """The speaker labels of the rows whose cue matches ``cue``."""
    return text_attributions(text, cue)["speaker_label"].tolist()


# --------------------------------------------------------------------------- alleged words (cause 5)

#: a prosecutor's account, then the accused's alleged words given through "He"
_ACCOUNT = (
    "Simon Grey QC, prosecuting, told the jury that the clerk sold the files for cash.\n\n"
    'Mr Grey said: "The defendant knew exactly what he was doing."\n\n'
    "On March 3, two detectives posing as buyers approached Colin Dunn outside his flat and said "
    "they wanted more names.\n\n"
    'He allegedly told them: "I can get you every name on the list by Friday."\n\n'
    "Mr Grey said that Dunn later understood how grave the leak had been.\n\n"
    '"They will light candles for them but not on their name days," he allegedly said in interview.'
)


def test_an_alleged_he_after_a_prosecutors_account_is_the_person_it_is_about():
    assert _who(_ACCOUNT, "told them") == ["Colin Dunn"]
    assert _who(_ACCOUNT, "^said$")[-1] == "Colin Dunn"  # "he allegedly said", after "Mr Grey said that Dunn"


def test_the_barrister_keeps_his_own_statements_around_the_alleged_ones():
    rows = text_attributions(_ACCOUNT)
    grey = rows[rows.speaker_label == "Simon Grey QC"]
    assert grey.cue.tolist() == ["told the jury", "said", "said"]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (  # no allegation: a plain "He added" after the barrister is still the barrister
            "Simon Grey QC, prosecuting, said Colin Dunn had bragged to his friends about the money.\n\n"
            'He added: "The clerk was in it for the cash and nothing else."',
            "added",
            "Simon Grey QC",
        ),
        (  # "was heard to say": the person overheard
            "Anne Ward QC, prosecuting, said the guard found Peter Lomax in the yard after the fire.\n\n"
            'He was heard to say: "They will never catch me."',
            "say",
            "Peter Lomax",
        ),
        (  # an alleged "she" is never a man named before her
            "Mr Ray, prosecuting, said Mr Lomax had met Mrs Kerr at the depot that night.\n\n"
            'She allegedly told him: "Bring the van round the back."',
            "told him",
            "Mrs Kerr",
        ),
        (  # a plea in a relative clause (cause 3): the named subject of its own sentence
            'Mr Grey said: "The gang met again at the station."\n\n'
            "It was the same week that Sam Ollis went on trial in a fraud case where he pleaded guilty and "
            "was jailed for four years.",
            "pleaded",
            "Sam Ollis",
        ),
        (  # a plea in a clause hung on the name through "who"
            "Mr Grey said the files were found in a car.\n\n"
            "Sam Ollis, 45, who was jailed in an earlier trial where he admitted fraud, was not called.",
            "admitted",
            "Sam Ollis",
        ),
    ],
)
def test_who_a_he_or_she_stands_for(text, cue, speaker):
    assert _who(text, cue) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "bound"),
    [
        ("Sam Ollis went on trial in a case where he admitted fraud.", "Sam Ollis"),
        ("Sam Ollis, who was jailed in a trial where he admitted fraud, was not called.", "Sam Ollis"),
        ("Judge Ann Cole jailed Sam Ollis in a case where he admitted fraud.", None),  # either of them
        ("Judge Ann Cole jailed Sam Ollis after he admitted fraud.", None),  # a clause of time: no binding
        ("Mr Grey said Sam Ollis was there and he admitted fraud.", None),  # no relative clause
    ],
)
def test_the_name_a_pronouns_clause_is_hung_on(sentence, bound):
    doc = load_model()(sentence)
    he = next(t for t in doc if t.lower_ == "he")

    class Att:
        mention = doc[he.i : he.i + 1]

    found = governing_name(Att())
    assert (found.text if found is not None else None) == bound


# --------------------------------------------------------------------------- a pair's denial (cause 7)

_WIRE = (
    "A clerk sold names to a gang, a court heard today.\n\n"
    "Colin Dunn, 31, of Leeds, and Ray Kemp, 41, of York, are jointly charged with corruption.\n\n"
    "The court heard that Dunn started work in 1993.\n\n"
    "Both men deny the charges.\n\n"
    "The case was adjourned until Monday."
)


@pytest.mark.parametrize(
    ("told", "status"),
    [
        ("Colin Dunn, 31, worked there.\n\nHe and Kemp, of York, deny corruption and plotting.", "kept"),
        ("Colin Dunn, 31, worked there.\n\nDunn and Kemp deny corruption and conspiracy.", "kept"),
        ("Dunn denies corruption, the court heard.", "dropped"),  # one of the pair alone is not the pair
    ],
)
def test_a_pairs_denial_given_to_each_of_them_is_kept(told, status):
    paper = "A clerk sold the names of informants to a gang, a court heard yesterday.\n\n" + told
    corpus = from_records([{"doc_id": "wire", "text": _WIRE}, {"doc_id": "paper", "text": paper}])
    s = speaker_survival(corpus, source="wire")
    assert s[s.speaker.str.contains("Kemp")].status.tolist() == [status]


# --------------------------------------------------------------------------- a judge at a court (cause 6)


def test_a_judge_at_a_court_is_the_judge_named():
    text = (
        "Sam Ollis, 45, admitted supplying heroin.\n\n"
        'Judge Ann Cole at Leeds Crown Court told Ollis: "You knew the harm it does."'
    )
    rows = text_attributions(text, "told")
    assert rows[["speaker_label", "speaker_type", "named"]].values.tolist() == [
        ["Judge Ann Cole", "official", True]
    ]


# --------------------------------------------------------------------------- a plea of guilty followed


_PLEA_WIRE = (
    "Two men sold names to a gang, a court heard today.\n\n"
    "Mr Grey said the files were found in a car.\n\n"
    'It was the same month that Sam Ollis went on trial in a fraud case where he pleaded "Guilty" '
    "and was jailed for four years.\n\n"
    "Dunn and Kemp, who worked for the Ollis family, deny corruption."
)


def _status(paper: str, who: str) -> str:
    corpus = from_records([{"doc_id": "wire", "text": _PLEA_WIRE}, {"doc_id": "paper", "text": paper}])
    s = speaker_survival(corpus, source="wire").set_index("speaker")
    return s.loc[who, "status"]


def test_a_plea_of_guilty_is_kept_by_an_admission():
    paper = (
        "Two men sold names to a gang, a court heard yesterday.\n\n"
        "It was the same month that Sam Ollis admitted fraud charges and was jailed for four years."
    )
    assert _status(paper, "Sam Ollis") == "kept"


def test_a_plea_of_guilty_is_not_kept_by_anothers_plea_of_not_guilty():
    paper = (
        "Two men sold names to a gang, a court heard yesterday.\n\n"
        "Dunn and Kemp, who worked for the Ollis family, pleaded not guilty to corruption."
    )
    assert _status(paper, "Sam Ollis") == "dropped"


# ------------------------------------------------------- a feature's subject carried on by "he"


_FEATURE = (
    "CROOKED Tom Hale began a six-year jail term yesterday for running a fraud ring from a council "
    "office while he was paid to advise the council on fraud.\n\n"
    "The 41-year-old also owned a villa in Spain, two speedboats and a string of racehorses kept at "
    "a stable near York.\n\n"
    "Mr Hale landed his job as a fraud adviser by fooling a string of officials.\n\n"
    "But under the cover of his post he grew rich selling forged papers.\n\n"
    "Yesterday his reign ended as he was jailed after a raid on his flat.\n\n"
    "He pleaded guilty at Leeds Crown Court to forgery."
)


def test_a_first_he_carries_on_the_named_subject_a_few_paragraphs_back():
    assert _who(_FEATURE, "pleaded") == ["Tom Hale"]


def test_a_he_after_another_speaker_is_not_sent_paragraphs_back():
    text = _FEATURE.replace(
        "Yesterday his reign", 'A neighbour, Ann Cole, said: "We knew." Yesterday his reign'
    )
    assert _who(text, "pleaded") == [
        "A neighbour, Ann Cole"
    ]  # a speaker before it: the speaker in the window


# ------------------------------------------------------- writing something down is no statement


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("In March Colin Dunn broke into the records and wrote down the names of 12 witnesses.", "mention"),
        ("Colin Dunn wrote to the council that the plan was unlawful.", "speaker"),
        ('Colin Dunn wrote: "We will not pay."', "speaker"),
    ],
)
def test_writing_something_down_is_an_act(text, role):
    assert text_attributions(text, "wrote").role.tolist() == [role]
