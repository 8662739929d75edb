"""Who speaks, the courts kinds left from rounds 30-31 (round 31's held-out camera, vietnamese and
doctor). Invented texts of the same shapes (other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

# 09.08.99/camera, PA camera1 20-23: "..., said Catherine Popert, prosecuting. / Frew, 35, from
# Milton Keynes, Bucks, was convicted ... He had denied the charge."
_AGED = (
    "\x19A signalman was convicted today of assaulting a commuter on a platform.<\n"
    "\x19``She was plainly insensible through drink. He took advantage of her,'' said Joanna\n"
    "Merrick, prosecuting.<\n"
    "\x19Hollis, 35, from Luton, Beds, was convicted of indecent assault and\n"
    "remanded for reports. He had denied the charge. He was cleared of attempted rape on\n"
    "the order of the judge, which he also denied.<\n"
)


def test_he_after_an_aged_lone_surname_subject_is_that_person_not_counsel_quoted_before():
    rows = text_attributions(_AGED, "denied")
    assert rows.speaker_label.tolist() == ["Hollis", "Hollis"]
    named = _AGED.replace("A signalman was", "The signalman, Dean Hollis, was")
    labels = text_attributions(named, "denied").speaker_label.tolist()
    assert len(labels) == 2 and all(label.endswith("Dean Hollis") for label in labels)


def test_without_the_age_the_pronoun_keeps_its_reading():
    text = _AGED.replace("Hollis, 35, from Luton, Beds, was", "Hollis was")
    assert "Hollis" not in text_attributions(text, "denied").speaker_label.tolist()


# 09.08.99/camera, the times 1-3: "... attacking the 24-year-old woman, who had been ... She had
# been drinking ... / She told the Old Bailey: ``...''"
_WOMAN = (
    "A signalman was convicted of assaulting a commuter on a platform after he was caught on "
    "camera. The CCTV film showed Dean Hollis attacking the 31-year-old woman, who had been "
    "celebrating a birthday with friends. She had been drinking and had no memory of the attack.\n\n"
    'She told the Old Bailey: "I was shocked when I saw the film. I don\'t remember any of it." '
    "Hollis, 35, from Luton was convicted of indecent assault. He had denied the charge.\n"
)


def test_a_she_with_no_antecedent_is_the_woman_just_described():
    assert speaker_rows(_WOMAN) == [["the woman", "anonymous", 2], ["Dean Hollis", "person", 1]]


def test_two_persons_described_leave_the_she_unresolved():
    text = _WOMAN.replace("attacking the 31-year-old woman", "attacking the 31-year-old woman and a girl")
    assert speaker_rows(text) == [["Dean Hollis", "person", 1]]


# 02.11.99/vietnamese, PA vietnamese1 15: "Thanh Tuan Le, 42, and his 38-year-old wife Tam Nguyen":
# the pair's label kept the wife's name whole ("Nguyen Le" before)
def test_a_spouse_named_in_full_keeps_her_given_names():
    from corpus_tools.attribution.spouses import spouse_names
    from corpus_tools.text.nlp import load_model

    doc = load_model()("Frank Hill and his wife Sandra Ann Jones were jailed.")
    assert [spouse_names(t) for t in doc if spouse_names(t)] == [["Frank Hill", "Sandra Ann Jones"]]


# 02.11.99/doctor, PA doctor1 6-8: "The daughter of one of Harold Shipman's alleged victims told his
# murder trial today how ... / Pamela Hillier, 68, was found dead ... / Her daughter Jacqueline Gee told"
_KIN = (
    "\x19The son of one of a gang's alleged victims told the trial today how he came away\n"
    "from a meeting with the police feeling angry.<\n"
    "\x19Walter Pryce, 71, was found dead at his home in March last year.<\n"
    "\x19His son Gareth Pryce told Cardiff Crown Court that his father had been well.<\n"
    "\x19``We were totally confused,'' said Mr Pryce.<\n"
)


def test_the_kin_of_an_opener_is_the_relative_named_later_by_the_same_kin_word():
    assert speaker_rows(_KIN) == [["Gareth Pryce", "person", 3]]


def test_another_kin_word_names_someone_else():
    text = _KIN.replace("His son Gareth Pryce told", "His brother Gareth Pryce told")
    assert len(speaker_rows(text)) == 2


def test_two_relatives_under_the_kin_word_leave_the_opener_anonymous():
    from corpus_tools.attribution.kin_of_openers import kin_of_opener

    text = "The son of a man shot told a court today. His son Tom Reed and his son Ian Reed wept."
    assert kin_of_opener("The son of a man shot", text) == ""
    assert kin_of_opener("The family of a man shot", text) == ""  # a family: no one person


def test_a_predicate_noun_describes_no_second_person():
    from corpus_tools.attribution.described_antecedents import _descriptions
    from corpus_tools.text.nlp import load_model

    nlp = load_model()
    doc = nlp("A clerk saw Mrs Hale at a garage and congratulated her on becoming a grandmother.")
    assert _descriptions([(0, 0, doc)], 0, 200, "f") == []
    doc = nlp("The film showed Dean Hollis attacking the 31-year-old woman at the station.")
    assert [span.text for _, span in _descriptions([(0, 0, doc)], 0, 200, "f")] == ["the 31-year-old woman"]
