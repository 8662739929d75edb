"""Who speaks, issue 22 round 15 (kind T1 of ``benchmarks/claims_tune15.md``): a person the story
names, counted again under a description of the post the text gives him ("The consultant
anaesthetist", "the former MP", "THE whistle-blower"). Invented texts of the same shapes."""

from __future__ import annotations

import pytest
from pairs import speaker_rows

from corpus_tools.attribution.role_descriptions import role_described

_PEOPLE = {"Marsh", "Webb", "Pike", "Rowe"}


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        # the post in apposition, the description after the name, its complement cut off
        (
            "Dr Colin Marsh, a former consultant anaesthetist at the city infirmary, gave evidence. "
            "Surgeons Tom Webb and Ian Pike were struck off. The consultant anaesthetist said he was sorry.",
            "The consultant anaesthetist",
            "Colin Marsh",
        ),
        (
            "Dr Colin Marsh, a former consultant anaesthetist at the city infirmary, gave evidence. "
            "The 47-year-old former consultant at the infirmary said he had warned them.",
            "The 47-year-old former consultant at the infirmary",
            "Colin Marsh",
        ),
        # the post before the name, spelt with or without a hyphen; the description opening the text
        (
            "THE whistle-blower said he had been ignored. The inquiry heard whistleblower Dr Colin "
            "Marsh say that Mr Webb was angry.",
            "THE whistle-blower",
            "Colin Marsh",
        ),
        # "ex-MP" is an MP; the other man holds another post
        (
            "The libel case of ex-MP Colin Marsh against Tom Webb, the store owner, went on. "
            "Mr Webb denies it. The former MP told the jury he had lied.",
            "The former MP",
            "Colin Marsh",
        ),
        # two named people hold the post: either may be meant, though one is named more often
        (
            "Colin Marsh, the MP for Bexley, is suing. Mr Marsh wept. Mr Marsh sat down. "
            "Ian Pike, the MP for Kent, gave evidence. The MP told the jury he had lied.",
            "The MP",
            "",
        ),
        # ... but the text calls one of them the former MP: he is "the former MP" (round 16,
        # attribution/past_offices.py)
        (
            "Colin Marsh, the former MP for Bexley, is suing. Mr Marsh wept. Mr Marsh sat down. "
            "Ian Pike, the MP for Kent, gave evidence. The former MP told the jury he had lied.",
            "The former MP",
            "Colin Marsh",
        ),
        # a post the text gives no one: none (an anaesthetist is no consultant)
        (
            "Anaesthetist Colin Marsh gave evidence. The consultant said he was sorry.",
            "The consultant",
            "",
        ),
    ],
)
def test_a_description_by_a_post_is_the_one_person_the_text_gives_it(text, label, expected):
    at = text.index(label)
    assert role_described(label, text[:at], text[at:], _PEOPLE) == expected


def test_a_post_description_is_no_second_speaker():
    text = (
        "Dr Colin Marsh, a consultant anaesthetist, told the inquiry today that he had warned "
        "managers.\n\n"
        "Dr Marsh said: ``I was ignored.''\n\n"
        "The consultant anaesthetist added that he had been shunned.\n"
    )
    rows = speaker_rows(text)
    assert not [r for r in rows if "anaesthetist" in r[0]], rows
    marsh = [r for r in rows if r[0].endswith("Marsh")]
    assert len(marsh) == 1 and marsh[0][2] == 3, rows


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # another version of the story gives the post ("Anaesthetist Colin Marsh")
        ("Anaesthetist Colin Marsh wept. Surgeon Tom Webb was struck off.", "Colin Marsh"),
        # it gives the post to two people the document names: either may be meant
        ("Anaesthetist Colin Marsh wept. Tom Webb, an anaesthetist at the unit, sat by.", ""),
        # no version does: none
        ("", ""),
    ],
)
def test_a_post_another_version_gives_a_person_the_document_names(story, expected):
    text = "Dr Colin Marsh told the inquiry that Mr Webb was angry. The anaesthetist said he was sorry."
    at = text.index("The anaesthetist")
    assert (
        role_described("The anaesthetist", text[:at], text[at:], _PEOPLE, story=story + "\n\n" + text)
        == expected
    )
