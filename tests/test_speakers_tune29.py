"""Who speaks, the shapes round 29's tuning stories showed (``benchmarks/claims_tune29.md``, kinds
U1, U2 and U6). Invented texts of the same shapes (other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

from corpus_tools.attribution.aged_lead_descriptions import aged_lead_person
from corpus_tools.attribution.representatives import representative_named

# U2: "Mr X's legal representative said ... / Name said:": one man, the lawyer named next
_LAWYER = (
    "\x19The case was adjourned for a hearing to assess damages for Mr Dale.<\n"
    "\x19After the case Mr Dale's legal representative said his client still suffered from\n"
    "back pain.<\n"
    "\x19Sean O'Neill said: ``He is extremely pleased by the result.''<\n"
)


def test_a_lawyer_named_in_the_next_sentence_is_one_speaker():
    assert speaker_rows(_LAWYER) == [["Sean O'Neill", "person", 2]]


def test_a_name_given_before_is_not_the_lawyer():
    text = "\x19Sean O'Neill was in court.<\n" + _LAWYER
    assert ["Mr Dale's legal representative", "anonymous", 1] in speaker_rows(text)


def test_representative_named_needs_a_lawyer_and_the_name_next():
    after = "her solicitor said she was glad. Ann Dale said: ``Yes.''"
    assert representative_named("her solicitor", False, "Tom Reed was cleared. ", after) == "Ann Dale"
    assert representative_named("her doctor", False, "", after.replace("solicitor", "doctor")) == ""
    later = "her solicitor said she was glad. It was over. Ann Dale said: ``Yes.''"
    assert representative_named("her solicitor", False, "", later) == ""
    apposed = "her solicitor said she was glad. Ann Dale, her sister, said: ``Yes.''"
    assert representative_named("her solicitor", False, "", apposed) == ""


# U1: a lead names one person; "The shamed solicitor, 35, ... said:" is her
_LEAD = (
    "CHILD killer Mary Dunn protested her innocence yesterday from her prison cell.\n\n"
    "The disgraced nurse, 41, who faces life for killing two patients, said: 'I cared for them "
    "and did not harm them.'\n\n"
    "She said: 'I believed the truth would come out.'\n\n"
)


def test_an_aged_description_after_a_one_person_lead_is_that_person():
    assert speaker_rows(_LEAD) == [["Mary Dunn", "person", 2]]


def test_a_relative_who_marks_the_person_as_the_age_does():
    assert speaker_rows(_LEAD.replace(", 41, who", ", who")) == [["Mary Dunn", "person", 2]]


def test_without_a_persons_mark_the_description_stays_apart():
    text = _LEAD.replace(", 41, who faces life for killing two patients,", "")
    assert speaker_rows(text) == [["The disgraced nurse", "anonymous", 2]]


def test_aged_lead_person_reads_one_name_in_the_lead_and_no_other_party():
    lead = "CHILD killer Mary Dunn protested her innocence.\n\n"
    after = "The disgraced nurse, 41, said it."
    assert aged_lead_person("The disgraced nurse", False, lead, after, {"Dunn"}) == "Mary Dunn"
    two = "Mary Dunn attacked Ann Cole.\n\n"
    assert aged_lead_person("The disgraced nurse", False, two, after, {"Dunn", "Cole"}) == ""
    victim = "The victim, 41, said it."
    assert aged_lead_person("The victim", False, lead, victim, {"Dunn"}) == ""
    third = lead + "She was jailed. "
    assert aged_lead_person("The disgraced nurse", False, third, after, {"Dunn"}) == ""


# U6: "Friend, 36, from Upton, had pleaded guilty": a surname the tagger reads as a common noun
_PLEA = (
    "A shop worker who knocked down a cyclist was jailed for six months yesterday.\n\n"
    "Friend, 36, from Upton, Westshire, had pleaded guilty to causing death by careless driving.\n\n"
)


def test_an_aged_surname_tagged_a_noun_pleads():
    rows = text_attributions(_PLEA, cue="pleaded")
    assert rows[["speaker", "role"]].values.tolist() == [["Friend", "speaker"]]


def test_without_the_age_no_plea_is_read_for_the_noun():
    assert text_attributions(_PLEA.replace(", 36,", ""), cue="pleaded").empty
