"""Who speaks, round 13 of issue 22 (the kinds left of round 12's stories, 12.08.99/snooker and
21.06.00/ostrich, ``benchmarks/claims.md``): one person under a second label. Invented texts of the
same shapes."""

from __future__ import annotations

import pytest
from pairs import speaker_rows, text_attributions

from corpus_tools.attribution.role_descriptions import role_described

_LEAD = (
    "The black female police officer accused of striking a male colleague with a broom had suffered "
    "years of abuse, a court heard today.\n\n"
    "Pc Ann Okafor was asked about her private life on her first day with a new unit, she told the "
    "court.\n\n"
    "Pc Okafor, 41, is accused of hitting Sergeant Tom Bell with a broom as they waited for a briefing.\n\n"
    "She said: ``I was an easy target.''\n\n"
    "She claimed the unit had shunned her.\n"
)


def test_a_lead_description_by_rank_is_the_person_named_after_it():
    rows = speaker_rows(_LEAD)
    labels = {r[0]: r for r in rows}
    assert not [r for r in rows if "officer" in r[0]]  # no second, anonymous Ann Okafor
    okafor = [r for r in rows if r[0].endswith("Okafor")]
    assert len(okafor) == 1 and okafor[0][1] == "person" and okafor[0][2] == 3, labels


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        # a rank alone, two women of that rank: the one the text names far more often
        (
            "WPC Ann Okafor, 41, was cleared. WPC Okafor wept. WPC Okafor thanked her family. "
            "Retired WPC Jo Dale backed her. The WPC said she was glad.",
            "The WPC",
            "Ann Okafor",
        ),
        # an age and a rank word; the sergeant is a man by his title elsewhere
        (
            "WPC Ann Okafor was cleared of hitting Sgt Tom Bell. Mr Bell denied it. "
            "The 41-year-old officer, who is on sick leave, said she was glad.",
            "The 41-year-old officer",
            "Ann Okafor",
        ),
        # the gender the description's own clause gives ("said she")
        (
            "WPC Ann Okafor was cleared of hitting Sgt Tom Bell. Sgt Bell was not in court. "
            "The officer, who is on sick leave, said she was glad.",
            "The officer",
            "Ann Okafor",
        ),
        # a capitalised modifier that stands beside one name only
        (
            "Ritz owner Sam Hurst and his driver Tom Bell arrived. Mr Bell spoke first. "
            "The Ritz boss then said he was angry.",
            "The Ritz boss",
            "Sam Hurst",
        ),
        # counsel: the one QC of the text
        (
            "Ann Okafor, QC, for the defence, rose. Tom Bell denied the charge. The QC said he was lying.",
            "The QC",
            "Ann Okafor",
        ),
        # two officers the text names as often, and no gender to choose: none
        (
            "Pc Ann Okafor hit Sgt Tom Bell. Pc Okafor and Sgt Bell were both hurt. "
            "The officer said it hurt.",
            "The officer",
            "",
        ),
        # the role word must stand right before the name: "The judge told Tate" makes no judge of Tate
        (
            "Judge Tom Bell sat. Sam Hurst, 19, admitted it. The judge told Hurst he was lucky.",
            "The judge",
            "Tom Bell",
        ),
        # a magistrate is no judge: the one magistrate, though the judge is named more often
        (
            "Spanish judge Sam Hurst sought him. Magistrate Tom Bell heard the case. Mr Hurst wrote. "
            "Mr Hurst waited. The magistrate ruled that he could go.",
            "The magistrate",
            "Tom Bell",
        ),
        # a role no named person holds: none
        ("Ann Okafor was cleared. The officer said the case was closed.", "The officer", ""),
    ],
)
def test_a_description_by_rank_or_role_fits_one_named_person(text, label, expected):
    at = text.index(label)
    assert role_described(label, text[:at], text[at:], {"Okafor", "Bell", "Dale", "Hurst"}) == expected


def test_a_pronoun_of_the_other_gender_skips_a_person_the_text_gives_a_gender():
    text = (
        "A policewoman was cleared of hitting a colleague.\n\n"
        "During the trial, Ann Okafor, 41, claimed she was abused by her unit.\n\n"
        "Pc Okafor told the court Sgt Tom Bell mocked her. When she walked into the room he said: "
        "``Here comes trouble.''\n\n"
        "She admitted punching him once, but said he lied about the broom.\n"
    )
    rows = text_attributions(text)
    by_cue = {(r.cue, r.speaker): r.speaker_label for r in rows.itertuples()}
    assert by_cue[("said", "he")] != "Ann Okafor"  # not the woman: the sergeant
    assert by_cue[("admitted", "She")] == "Ann Okafor"  # not the sergeant


@pytest.mark.parametrize(
    ("quoted", "expected"),
    [
        ("Mrs Bees", "Ann Rees"),  # one letter off the full name the paper prints: a misprint
        ("Mrs Reid", "Mrs Reid"),  # two letters off: another person
        ("Mr Bees", "Mr Bees"),  # the text calls Rees "Mrs": no man is she
    ],
)
def test_a_titled_surname_misprinted_by_one_letter_is_the_person_named_in_full(quoted, expected):
    text = (
        "A policewoman was cleared of assault yesterday.\n\n"
        "But stipendiary magistrate Ann Rees was critical of the evidence.\n\n"
        "Mrs Rees has sat for ten years.\n\n"
        f"{quoted} said: ``I am troubled by the evidence.''\n"
    )
    rows = speaker_rows(text)
    assert [r[0] for r in rows if r[2]] == [expected]


@pytest.mark.parametrize("tag", ["The magistrate", "Mrs Ann Rees", "Stipendiary magistrate Ann Rees"])
def test_a_speaker_tag_with_a_colon_and_no_verb_attributes_the_quotation(tag):
    text = (
        "Stipendiary magistrate Ann Rees cleared Pc Okafor of assault.\n\n"
        "Sgt Tom Bell said Pc Okafor kicked him three times.\n\n"
        f"{tag}: ``It is not for me to judge the force.''\n\n"
        "She added: ``Only three people can say what happened.''\n"
    )
    rows = text_attributions(text)
    tagged = rows[rows.cue == ":"]
    assert tagged.speaker.tolist() == [tag]
    assert text[tagged.content_start.iloc[0] : tagged.content_end.iloc[0]].startswith("It is not for me")
    added = rows[rows.cue == "added"]
    assert added.speaker_id.tolist() == tagged.speaker_id.tolist()  # the magistrate, not the sergeant


def test_a_colon_after_a_clause_is_no_tag():
    text = "Sgt Tom Bell was angry. He said: ``It was a lie.''\n\nThe row went on: ``Leave now.''\n"
    assert ":" not in text_attributions(text).cue.tolist()


def test_the_gender_another_take_gives_picks_the_person_a_description_fits():
    text = (
        "Pc Ann Okafor and Sgt Tom Bell were in court. "
        "The officer, who is on sick leave, said she needed counselling. "
        "She claimed that Sgt Bell called her names, and Pc Okafor wept."
    )
    at = text.index("The officer")
    people = {"Okafor", "Bell"}
    assert role_described("The officer", text[:at], text[at:], people) == ""  # as often named, no gender
    group = "A delighted Miss Okafor left the court. " + text
    assert role_described("The officer", text[:at], text[at:], people, group) == "Pc Ann Okafor"
    # named alone in the sentence before it: she is meant without the other take (round 16)
    text = (
        "She was asked about her life, Pc Ann Okafor told the court. "
        "The officer, who is on sick leave, said she needed counselling. "
        "She claimed that Sgt Tom Bell called her names, and Sgt Bell denied it."
    )
    at = text.index("The officer")
    assert role_described("The officer", text[:at], text[at:], people) == "Pc Ann Okafor"


def test_a_description_among_a_persons_mentions_gives_no_surname():
    from corpus_tools.attribution.couples import person_names

    assert person_names(["Pc Ann Okafor", "The officer", "The WPC"]) == ({"Okafor"}, {"Ann"}, 1)
    assert person_names(["magistrate Ann Rees", "The magistrate"])[0] == {"Rees"}  # not {"Rees", "The"}
