"""Who speaks, the kinds round 28 left (``benchmarks/README.md``, "End of round 28", known debt
(3)), read in round 28's stories (``benchmarks/claims.md``, "Held out (round 28)";
``benchmarks/claims_tune28.md``). Invented texts of the same shapes (other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

# "Dr Clarke said:" after "Dr John Clarke, a pathologist" (the inqathlete telegraph, T4): "Dr" is a
# title, never the given name that kept the two apart
_DOCTOR = (
    "A county cyclist was found dead in a clinic while being treated for depression, an inquest "
    "heard yesterday.\n\n"
    "Jane Ellis, 29, who rode for Wales, was found lying on her bed.\n\n"
    "Dr Colin Parke, a pathologist, told the Cardiff hearing that there had been signs of a lack "
    "of oxygen.\n\n"
    "He said it could have been caused by a fit.\n\n"
    "Miss Ellis had been given sedatives with known side-effects.\n\n"
    "Dr Parke said: 'The worst of them could stop the heart.'\n"
)


def test_a_doctor_by_title_and_surname_is_the_doctor_named_in_full():
    rows = text_attributions(_DOCTOR)
    said = rows[["sent_id", "speaker_label", "speaker_id"]].values.tolist()
    assert said == [
        [0, "an inquest", "d:S1"],
        [2, "Dr Colin Parke", "d:S3"],
        [3, "Dr Colin Parke", "d:S3"],
        [5, "Dr Colin Parke", "d:S3"],
    ]
    assert ["Dr Colin Parke", "person", 3] in speaker_rows(_DOCTOR)


def test_prof_is_a_title_too():
    rows = text_attributions(_DOCTOR.replace("Dr ", "Prof "))
    assert rows.loc[rows["sent_id"] == 5, "speaker_label"].tolist() == ["Prof Colin Parke"]


# "Mrs Warren said" after "his parents, June and Steven Warren" (damages1 11, dm5, dm16): the
# tagger reads "June" as a date, and the mother was joined to her son, the one full name left
_PARENTS = (
    "A boy of six who was starved of oxygen at his birth was awarded damages today.\n"
    "Tom Hale, of Leeds, suffers from cerebral palsy after staff at the hospital failed him.\n"
    "The money covers the loss of earnings of his parents, June and Peter Hale, who have\n"
    "cared for him since he was born.\n"
    "After the hearing, Mrs Hale said: ``This has been a long, hard battle.''\n"
)


def test_mrs_after_two_parents_is_not_their_son():
    rows = text_attributions(_PARENTS)
    assert rows.loc[rows["cue"] == "said", "speaker_label"].tolist() == ["Mrs Hale"], rows


# "The hospital conceded" and "A spokesman for the Northern General Hospital NHS Trust" (damages1 8
# and 22, dm5, dm14): the trust is the hospital, one body
_TRUST = (
    "A girl of five who was injured at her birth was awarded damages at the High Court today.\n"
    "The hospital admitted that midwives should have called a doctor sooner.\n"
    "Judge Tom Reed set the damages at 1.2 million pounds.\n"
    "A spokeswoman for the Ash Vale Hospital NHS Trust said: ``We are deeply sorry.''\n"
)


def test_a_hospital_and_its_trust_are_one_body():
    rows = text_attributions(_TRUST)
    said = rows[["sent_id", "speaker_label", "speaker_id"]].values.tolist()
    assert said == [
        [1, "the Ash Vale Hospital NHS Trust", "d:S1"],
        [3, "the Ash Vale Hospital NHS Trust", "d:S1"],
    ], rows
    assert speaker_rows(_TRUST) == [["the Ash Vale Hospital NHS Trust", "organisation", 2]]


def test_a_hospital_beside_two_trusts_stays_apart():  # a guard: which trust is not said
    text = _TRUST.replace("Judge Tom Reed set", "The Elm Hospital NHS Trust, which also treated her, set")
    labels = text_attributions(text)["speaker_label"].tolist()
    assert labels[0] == "The hospital", labels


# "A woman who admitted wounding her daughter's violent lover ..." then "Nora Pollard, 57, and her
# daughter, ..." and nothing more (the granny telegraph, gn16-gn18): the woman is Pollard
_RELATIVE = (
    "A man who admitted stabbing his son's violent friend was given a suspended sentence yesterday.\n\n"
    "Peter Dunn, 63, and his son, Mark, 30, of Hull, had suffered months of threats from Lee Crane, "
    "Hull Crown Court was told.\n"
)


def test_an_opening_plea_is_the_person_named_next_with_the_same_relative():
    rows = text_attributions(_RELATIVE)
    assert rows.loc[rows["sent_id"] == 0, "speaker_label"].tolist() == ["Peter Dunn"], rows


def test_a_victim_named_next_without_the_relative_stays_apart():  # a guard: opening_pleas' victim
    victim = "Lee Crane, 25, was stabbed in the arm, Hull Crown Court was told.\n"
    text = _RELATIVE.split("\n\n")[0] + "\n\n" + victim
    rows = text_attributions(text)
    assert rows.loc[rows["sent_id"] == 0, "speaker_label"].tolist() == ["A man"], rows
