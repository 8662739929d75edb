"""Who speaks, round 14 of issue 22 (the kinds round 13 left on 12.08.99/racism, 14.12.99/boy and
12.08.99/snooker, ``benchmarks/claims.md``, "Thirteenth round, after the round's fixes"). Invented
texts of the same shapes."""

from __future__ import annotations

import pytest
from pairs import text_attributions

_ACT = (
    "Inspector Tom Hale of city police said the youth had been convicted of theft.\n\n"
    "He added that the defendant had also been convicted of assault.\n\n"
    "Today the boy went into the witness box to give evidence.\n\n"
    "He said the witnesses were lying.\n\n"
    "He told the court: ``I have kept out of trouble.''\n"
)


def _labels(text: str, cue: str) -> list[str]:
    return text_attributions(text, cue).speaker_label.tolist()


def test_a_pronoun_after_a_new_persons_act_is_that_person():
    rows = text_attributions(_ACT)
    said = rows[rows.cue.isin(["said", "told the court"]) & (rows.speaker == "He")]
    assert said.speaker_label.str.lower().tolist() == ["the boy", "the boy"]
    assert rows[rows.cue == "added"].speaker_label.tolist() == ["Inspector Tom Hale"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act's person is a woman: "He" stays the last speaker
        (_ACT.replace("the boy went", "the girl went"), "Inspector Tom Hale"),
        # the act is told inside the inspector's claim: his words, not the text's act
        (
            "Inspector Tom Hale said the boy went into the shop.\n\nHe said the boy was lying.\n",
            "Inspector Tom Hale",
        ),
    ],
)
def test_a_pronoun_stays_with_the_last_speaker_when_the_act_does_not_fit(text, expected):
    rows = text_attributions(text)
    assert rows[rows.speaker == "He"].speaker_label.tolist()[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the take opens on the name inside a phrase, with no subject or speaker before the pronoun
        "The supporters and family of Joy Hendricks cheered in the gallery when the verdict was "
        "announced.\n\nShe said later that she wanted to return to work.\n",
        "Friends of Anna Berg wept as the jury returned.\n\nShe said afterwards that she was glad.\n",
    ],
)
def test_a_pronoun_with_no_antecedent_is_the_one_person_named_just_before(text):
    rows = text_attributions(text)
    said = rows[rows.speaker == "She"]
    assert len(said) == 1 and said.speaker_label.iloc[0] in ("Joy Hendricks", "Anna Berg")


def test_a_pronoun_with_two_people_named_before_stays_unresolved():
    text = "Friends of Anna Berg and Tom Bell wept as the jury left.\n\nShe said later that she was sad.\n"
    rows = text_attributions(text)
    assert rows[rows.speaker == "She"].speaker_id.isna().all()


@pytest.mark.parametrize(
    ("job", "expected"),
    [
        ("A police spokesman", "WPC Ann Cole"),  # a spokesman is no "she"
        ("A police spokeswoman", "A police spokeswoman"),  # the nearest speaker, as before
    ],
)
def test_a_job_noun_gives_its_holder_a_gender(job, expected):
    text = (
        "WPC Ann Cole was cleared of assault at Bow Street yesterday.\n\n"
        f"{job} said the force was pleased with the verdict.\n\n"
        "She said she was relieved.\n"
    )
    assert text_attributions(text, "^said$").speaker_label.tolist()[-1] == expected


_QUOTED = (
    "The case was settled out of court.\n\n"
    'Tom Reid, solicitor for the owners, said: "Both sides settled on cost alone. '
    'My clients have admitted nothing. They were funding the case themselves." '
    'The other side said: "We are pleased."\n'
)


def test_the_later_sentences_of_a_quotation_in_its_paragraph_are_the_speakers():
    rows = text_attributions(_QUOTED)
    reid = rows[rows.speaker_label == "Tom Reid"]
    assert reid.sent_id.tolist() == [1, 2, 3]
    assert reid.resolved_from.tolist()[1:] == ["continuing_quote", "continuing_quote"]
    # the sentence with its own cue and quotation keeps its own speaker, and no row of Reid's
    assert rows[rows.sent_id == 4].speaker_label.tolist() == ["The other side"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # an instruction as a term of the order: no statement of the owners
        (
            "The terms include not staying out at night, leaving local shops when the owners tell him "
            "to do so and not stealing cars. The magistrate said the order was needed.",
            ["The magistrate"],
        ),
        # an instruction told as a past act is a statement of who gave it
        (
            "He left the shop when the owner told him to go. The magistrate said he had behaved.",
            ["The magistrate", "the owner"],
        ),
    ],
)
def test_an_instruction_as_a_term_of_an_order_is_no_statement(text, speakers):
    rows = text_attributions(text)
    assert sorted(rows[rows.role == "speaker"].speaker_label.unique()) == sorted(speakers)


def test_a_pronoun_after_other_speakers_is_not_a_name_without_gender():
    text = (
        'Mr Reid said: "She hit me."\n\n'
        "The row began after a complaint by Christopher Blair.\n\n"
        "She said she landed only one punch.\n"
    )
    rows = text_attributions(text)
    assert "Christopher Blair" not in rows.speaker_label.tolist()
