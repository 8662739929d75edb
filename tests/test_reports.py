"""Whether there is an attribution (attribution/reports.py and the continued quotation): invented texts
of the shapes that METER courts' pinochet and lovers stories showed (issue 22, round 4)."""

from __future__ import annotations

import pandas as pd
import pytest

from corpus_tools import from_records
from corpus_tools.attribution.attributions import attributions
from corpus_tools.attribution.entities import statements


def _attr(*texts: str):
    corpus = from_records([{"doc_id": f"d{i}", "text": t, "outlet": "unknown"} for i, t in enumerate(texts)])
    return attributions(corpus)


def _speakers(frame) -> list[str]:
    """The speaker strings of the statements (role speaker, speaker resolved)."""
    return statements(frame)["speaker"].tolist()


NOT_SPEAKERS = [
    # a quantifier floating after a plural subject: "all detail" is no speaker
    (
        "The remaining 18 charges all detail alleged offences of fraud against named customers in Leeds "
        "on dates between May 2001 and the end of 2002.",
        "all detail",
    ),
    # evidence shows, it does not speak
    (
        "Two empty bottles of gin were found in the flat, although tests "
        "later revealed that neither man had drunk much.",
        "tests",
    ),
    # a group's fear is a mood, not a statement
    ("The miners' supporters fear the pit may close before the talks are over.", "The miners' supporters"),
    # the accused of a passive accusation, in an indirect question and in a main clause
    ("Mr Hale said the only question was whether the driver had been accused of an offence.", "the driver"),
    (
        "Former colonel Luis Ortega was formally "
        "accused of fraud at a London court.",
        "Former colonel Luis Ortega",
    ),
    # a law, in a relative clause
    (
        "It made no difference that they were described differently by "
        "French law, which spoke of fraud rather than theft.",
        "French law",
    ),
    # speech as a purpose, with no content
    (
        "But his fans and critics gathered in large numbers outside "
        "the court to shout their views on the verdict.",
        "his fans and critics",
    ),
    # a reduced passive: the savers are what is said
    (
        "He was also accused of hiding information about the 300 "
        "savers said to have simply lost their homes.",
        "He",
    ),
    # a passive conjunct: those told are the hearers
    (
        "Maria Lopez and Ana Ruiz were severely beaten and told that their young sons "
        "would face the same treatment.",
        "Maria Lopez and Ana Ruiz",
    ),
    # what was revealed is no speaker
    (
        "The full list of charges against the former mayor were "
        "revealed for the first time at the hearing.",
        "The full list of charges against the former mayor",
    ),
]  # fmt: skip


@pytest.mark.parametrize("text,mention", NOT_SPEAKERS)
def test_not_a_speaker(text, mention):
    got = _attr(text)
    assert mention in got["speaker"].tolist()  # still a row (PolNeAR counts it) ...
    row = got[got["speaker"] == mention].iloc[0]
    assert row["role"] == "mention" and pd.isna(row["speaker_id"])  # ... but no statement, no speaker
    assert mention not in _speakers(got)


def test_mr_hale_still_speaks_around_the_passive():
    got = _attr(NOT_SPEAKERS[3][0])
    assert _speakers(got) == ["Mr Hale"]


def test_prosecutors_detail_allegations_and_they_accuse():
    got = _attr(
        "Lawyers for the city council detailed 12 separate allegations of fraud against the builder.\n\n"
        "They also accused him of hiding the accounts for three years."
    )
    s = statements(got)
    assert s["speaker"].tolist() == ["Lawyers for the city council", "They"]
    assert s["cue"].tolist() == ["detailed", "accused"]
    assert s["speaker_id"].nunique() == 1  # "They" is the lawyers


def test_rejected_claims_by_someone():
    got = _attr(
        "The Treasury rejected claims by former minister Lord Ayres "
        "that the bank could be sold within a year."
    )
    rows = got.set_index("speaker")
    assert rows.loc["The Treasury", "role"] == "speaker" and rows.loc["The Treasury", "cue"] == "rejected"
    assert rows.loc["former minister Lord Ayres", "role"] == "nested"  # the claims the Treasury rejects


@pytest.mark.parametrize(
    "text,speaker,content",
    [
        (
            "Two climbers who could not find the path died on the hill, an "
            "inquest in Keswick, Cumbria, heard yesterday.",
            "an inquest in Keswick, Cumbria",
            "Two climbers who could not find the path died on the hill",
        ),
        (
            "Two friends who could not bear to part drowned after "
            'leaving a letter saying "look after the dog," '
            "an inquest heard today.",
            "an inquest",
            "Two friends who could not bear to part drowned after leaving a letter saying",
        ),
    ],
)
def test_a_trailing_hearing_reports_the_clause_before(text, speaker, content):
    got = _attr(text)
    row = got[got["resolved_from"] == "hearing"].iloc[0]
    assert row["speaker"] == speaker and row["cue"] == "heard" and row["role"] == "speaker"
    assert text[row["content_start"] : row["content_end"]].startswith(content)
    assert "who" not in got["speaker"].tolist() or got.loc[got["speaker"] == "who", "role"].eq("nested").all()


def test_the_relative_pronoun_stands_for_its_noun():
    got = _attr(
        "Two young brothers who could not bear to be apart killed themselves after\n"
        'leaving a note saying "please forgive us," an inquest heard today.'
    )
    row = got[got["cue"] == "saying"].iloc[0]
    assert row["speaker_label"] == "Two young brothers"  # not the clause "to be apart killed themselves"
    assert row["role"] == "nested"  # inside what the inquest heard
    assert _speakers(got) == ["an inquest"]


def test_inverted_subject_after_comma_with_possessive_and_the_pronoun_after():
    got = _attr(
        "The claims, said the bank's chief lawyer, Maria Okonjo QC, were 'wholly without foundation'.\n\n"
        "Kevin Dunne was allegedly beaten; Paula Stroud was denied food for two days.\n\n"
        "'The crimes were committed on the orders of the governor,' she told the magistrate."
    )
    s = statements(got)
    assert s["speaker"].tolist() == ["the bank's chief lawyer, Maria Okonjo QC", "she"]
    assert s["speaker_id"].nunique() == 1  # "she" is the lawyer, not the victim named before


def test_participle_clause_before_the_name():
    got = _attr(
        "Recording a verdict of misadventure North Yorkshire coroner "
        "Jane Pell said that the fall was an accident."
    )
    assert _speakers(got) == ["North Yorkshire coroner Jane Pell"]


def test_expletive_it_is_no_speaker():
    got = _attr(
        "Coroner Ann Budd said the crash was an accident.\n\nIt was not "
        "stated in court what charge the driver faced."
    )
    row = got[got["speaker"] == "It"].iloc[0]
    assert pd.isna(row["speaker_id"]) and row["resolved_from"] == "unresolved"  # not the coroner
    assert _speakers(got) == ["Coroner Ann Budd"]


def test_quotation_continued_after_an_inference_is_the_outer_speakers():
    got = _attr(
        'Constable Jo Reid told the inquest that the death was "a '
        'tragedy," adding that the letter suggested: '
        '"They were tired and wanted to rest. They were sorry for the trouble.\n\n'
        '"They had planned it for weeks and could not go on."\n\n'
        "Mr Reid said he did not know more."
    )
    cont = got[got["resolved_from"] == "continuing_quote"].iloc[0]
    reid = got[got["speaker"] == "Constable Jo Reid"].iloc[0]
    assert cont["speaker_id"] == reid["speaker_id"]
    assert "the letter" not in _speakers(got)  # its words are nested in Reid's statement


def test_quotation_continued_after_a_reply_is_the_inner_speakers():
    got = _attr(
        'Inspector Sam Kane said that the farmer had replied: "No, I '
        "did not do this, I was at home all night.\n\n"
        '"I am being treated like a criminal."'
    )
    cont = got[got["resolved_from"] == "continuing_quote"].iloc[0]
    assert cont["speaker_label"] == "the farmer"


def test_subject_before_a_parenthetical_cue():
    got = _attr('Morales, Sgt Dale Price told the jury, replied: "I was not there."')
    s = statements(got).set_index("cue")
    assert s.loc["told the jury", "speaker"] == "Sgt Dale Price"
    assert s.loc["replied", "speaker"] == "Morales"  # not the sergeant who relays it


def test_a_ruling_with_its_clause_is_a_statement():
    got = _attr(
        "The Court of Appeal, in an earlier judgment on the case, ruled that Mr Vance "
        "could not be sent back for offences before 1995."
    )
    assert _speakers(got) == ["The Court of Appeal"]
