"""Who speaks, round 18 of issue 22 (branch spk36): the speaker kinds audit17 found in round 17's
held-out stories and spk35 left (``benchmarks/claims.md``, "Seventeenth round (branch
`audit17`)", causes 1, 4 and 11). Invented texts of the same shapes; each test fails on
``71c9677`` unless it says it is a guard."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions
from wire_takes import takes_and_paper

from corpus_tools.attribution.accounting import speaker_survival


def _labels(text: str, cue: str | None = None) -> list[str]:
    rows = text_attributions(text, cue)
    return rows.loc[rows.role == "speaker", "speaker_label"].tolist()


# ---------------------------------------------------------------- 1. a joint subject is each member


def test_a_joint_subject_of_two_groups_is_two_speakers():
    text = "However, farmers and water boards said the situation needed to be clarified."
    assert speaker_rows(text) == [["farmers", "anonymous", 1], ["water boards", "organisation", 1]]


def test_a_list_of_a_body_and_two_groups_is_three_speakers():
    text = "The Ramblers' Association, farmers and water boards have all called for a new law."
    assert sorted(_labels(text)) == ["The Ramblers' Association", "farmers", "water boards"]


def test_two_bodies_named_as_one_subject_are_two_speakers():
    text = "The Farmers' Union and the Water Board said the plan was unfair."
    assert sorted(_labels(text)) == ["The Farmers' Union", "the Water Board"]


def test_calls_from_two_groups_are_calls_of_each():
    text = "There were immediate calls from farmers and local water boards for a new law."
    assert sorted(_labels(text)) == ["farmers", "local water boards"]


def test_both_after_a_dash_aside_is_the_joint_subject():
    text = (
        "John Harker, the Farming Minister, and the Farmers' Union - who backed opposite sides in "
        "the case - both expressed delight at the outcome."
    )
    assert sorted(_labels(text)) == ["John Harker", "the Farmers' Union"]


def test_a_named_pair_that_says_something_stays_a_pair():  # a guard: pairs.py reads the pair
    assert _labels("Tom Rattigan and Jack Wyatt said they were innocent.")[0] == "Tom Rattigan and Jack Wyatt"


def test_a_joint_label_is_no_speaker_of_its_own_across_takes():
    takes = [
        "The Court of Appeal ruled today that the closure of the farm was unlawful.\n\n"
        "However, farmers and water boards said the situation needed to be clarified.",
        "Water boards warned the bill could reach 200 million pounds a year.",
    ]
    s = speaker_survival(takes_and_paper(takes, "A ruling was given yesterday.", "2001-03-05"), source="PA")
    assert sorted(s["speaker"]) == ["The Court of Appeal", "farmers", "water boards"]  # one "water boards"


# ---------------------------------------------------------------- 2. the papers' own speaker counts


def test_according_to_a_measure_is_no_speaker():
    text = "The appeal court ruled that care will be paid according to the patient's means."
    assert "means" not in " ".join(text_attributions(text)["speaker_label"])


def test_a_capitalised_common_noun_opening_a_sentence_is_no_antecedent_of_they():
    text = (
        "The appeal judges said the council acted unlawfully in the case of the farm.\n\n"
        "Lord Hale said the case was a hard one.\n\n"
        "Criteria adopted by the council for long-term care were unlawful and the decision to "
        "shut the farm was wrong.\n\n"
        "They ordered the council to pay all of the farmer's costs."
    )
    assert "Criteria" not in text_attributions(text)["speaker_label"].tolist()


def test_a_home_that_charges_a_sum_says_nothing():
    assert text_attributions("A residential home generally charges 250 pounds a week.").empty


def test_a_home_that_charges_for_a_room_says_nothing():  # a guard: spk35's "charged for"
    assert text_attributions("Patients can be charged for their rooms.").empty


# ---------------------------------------------------------------- 4. a definite job noun


def test_the_former_job_is_the_person_the_opening_introduced_by_it():
    text = (
        "A THEATRE cook who developed asthma at work was awarded damages yesterday.\n\n"
        "Ann Roe, 58, had to retire through ill health in 1996.\n\n"
        'Mrs Roe, a mother of four, said: "I am pleased with the ruling."\n\n'
        "The former cook said she linked her illness to the fumes of the oven cleaner."
    )
    assert speaker_rows(text) == [["Ann Roe", "person", 2]]


def test_the_job_is_the_man_named_after_the_indefinite():
    text = (
        "A woman told a court today how she woke to see a male porter standing by her bed.\n\n"
        "The 30-year-old recalled seeing 40-year-old Tom Pyle by the door.\n\n"
        "She said she told her brother, who rang Pyle and challenged him. But the porter denied "
        "giving her any drugs."
    )
    labels = text_attributions(text, "denied")["speaker_label"].tolist()
    assert labels == ["Tom Pyle"]


def test_a_job_two_people_are_introduced_by_stays_apart():  # a guard
    text = (
        "A cook was hurt at a school yesterday. Ann Roe, 58, had to retire.\n\n"
        "A cook at another school was hurt too. Jane Hale, 40, was off for a month.\n\n"
        "The cook said she was ill."
    )
    assert "Ann Roe" not in text_attributions(text, "said")["speaker_label"].tolist()


# ---------------------------------------------------------------- 5. a body whose name is a phrase


def test_a_spokesman_for_a_body_named_by_a_phrase_speaks_for_the_whole_name():
    # round 36 (audit36): a spokesman is his body only when the body speaks in the document too
    # (round 19's ruling; spokesmen.py); alone he keeps his label, the whole name in it
    text = "A spokesman for Help the Aged said the ruling was a victory for the old."
    assert speaker_rows(text) == [["A spokesman for Help the Aged", "anonymous", 1]]


# ---------------------------------------------------------------- 3. "She said" to the wrong woman


def test_she_is_never_the_woman_whose_death_a_charge_names():
    text = (
        "A woman wept today as she told a court how she woke in a clinic and saw a male porter by "
        "her bed.\n\n"
        "The 30-year-old sobbed as she recalled seeing 40-year-old Tom Pyle by the door.\n\n"
        "She told the Crown Court she blacked out after an injection.\n\n"
        '"I could not move."\n\n'
        "The woman said it happened when she was taken to the clinic in March.\n\n"
        "Pyle, of Leeds, who worked at the clinic, is accused of drugging women.\n\n"
        "He has pleaded not guilty to nine charges including the manslaughter of junior sister "
        "Mary Dunn, who died after a reaction to the drug.\n\n"
        "The Crown Court was told that the woman woke later as the porter had his back to her.\n\n"
        'She said to him: "What were you doing?"'
    )
    assert "Mary Dunn" not in text_attributions(text, "said")["speaker_label"].tolist()


def test_a_bare_plural_group_of_two_takes_is_one_speaker():
    takes = [
        "However, farmers and water boards said the situation needed to be clarified.",
        "Farmers have said the ruling is a victory for the land.",
    ]
    s = speaker_survival(takes_and_paper(takes, "A ruling was given yesterday.", "2001-03-05"), source="PA")
    assert sorted(s["speaker"]) == ["farmers", "water boards"]


def test_a_person_and_his_own_aides_stay_one_joint_source():  # a guard (PolNeAR's shape)
    assert _labels("Mr Hale and his aides said the vote would be close.") == ["Mr Hale and his aides"]


def test_an_article_named_before_a_person_is_no_job_of_hers():  # a guard (TUNE_16's vanessa)
    text = (
        "A presenter won damages today over an article in a weekly paper.\n\n"
        "Ann Roe, her solicitor, told the judge the claims were false.\n\n"
        "The article said she had hired guests for her show."
    )
    assert "Ann Roe" not in text_attributions(text, "said")["speaker_label"].tolist()
