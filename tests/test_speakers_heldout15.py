"""Who speaks, round 15's held-out kinds of issue 22 (12.07.99/informant and 01.03.00/francis,
``benchmarks/claims.md``, "Fifteenth round"): invented texts of the same shapes; each test of a
kind fails on ``5a6a1cc``; the guards must not move."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions
from wire_takes import takes_and_paper

from corpus_tools.attribution.accounting import speaker_table
from corpus_tools.attribution.survival import speaker_survival

_TAKE1 = (
    "A clerk sold secret files to a gang, a court was told today.\n\n"
    "Tom Lowe, 31, copied the files, Mr Ian Grant, prosecuting, told the jury.\n\n"
    "Lowe and Dodd are jointly charged with conspiring to pervert the course of justice."
)
_TAKE2 = "The court heard that Lowe had been suspended in 1997.\n\nBoth men deny the charges."


def _labels(corpus, doc_id: str) -> list[str]:
    t = speaker_table(corpus)
    return t[t.doc_id == doc_id]["speaker"].tolist()


def test_a_joint_denial_in_a_later_take_is_the_pair_an_earlier_take_names():
    corpus = takes_and_paper([_TAKE1, _TAKE2], "Tom Lowe, 31, denies the charges.", "1999-07-12")
    labels = _labels(corpus, "take2")
    assert "Lowe and Dodd" in labels and "Both men" not in labels


def test_both_men_in_a_lone_document_with_no_pair_stays_a_description():
    assert ["Both men", "anonymous", 1] in speaker_rows(_TAKE2)


def test_he_and_a_name_deny_is_the_man_and_the_other_named():
    text = (
        "Tom Lowe, 31, sold secret files to a gang, a court heard.\n\n"
        "The files went to Kevin Dodd, 41, who ran a nightclub.\n\n"
        "He and Dodd deny conspiring to pervert the course of justice."
    )
    rows = text_attributions(text, "deny")
    assert rows["speaker"].tolist() == ["He", "Dodd"]
    assert rows["speaker_label"].tolist()[0] == "Tom Lowe"


def test_a_pairs_denial_told_under_their_names_is_the_pair_kept():
    paper = (
        "A clerk sold secret files to a gang, a court was told yesterday.\n\n"
        "Tom Lowe, 31, copied the files, Ian Grant, prosecuting, told the jury.\n\n"
        "Lowe and Dodd deny the charges."
    )
    survival = speaker_survival(takes_and_paper([_TAKE1, _TAKE2], paper, "1999-07-12"), source="PA")
    status = survival.set_index("speaker")["status"].to_dict()
    assert status["Lowe and Dodd"] == "kept"


_LINE = "He copied the files and passed them to a bouncer, {name}, prosecuting, told the jury at Luton."


def test_a_name_after_the_content_is_the_speaker_not_the_contents_subject():
    text = "Tom Lowe, 31, was sent for trial.\n\n" + _LINE.format(name="Ian Grant QC")
    rows = text_attributions(text, "told")
    assert rows["speaker_label"].tolist() == ["Ian Grant QC"]


def test_the_subject_stays_the_speaker_when_no_name_stands_before_the_cue():
    rows = text_attributions("Tom Lowe was tried.\n\nHis lawyer, Ann Bell, said he was innocent.", "said")
    assert rows["speaker_label"].tolist() == ["His lawyer, Ann Bell"]
    rows = text_attributions("Tom Lowe was tried.\n\nHe told the jury he was innocent.", "told")
    assert rows["speaker_label"].tolist() == ["Tom Lowe"]


def test_he_is_never_the_pair():
    text = (
        "The next month, the pair met again at a cafe and were overheard complaining about a delay.\n\n"
        "It was the same month that Tony Platt went on trial in a fraud case where he pleaded guilty."
    )
    rows = text_attributions(text, "pleaded")
    assert rows["speaker_label"].tolist() == ["Tony Platt"]


def test_a_plea_in_a_participle_after_a_preposition_of_time():
    text = "Tom Dodd was caught with heroin.\n\nHe was jailed for six years after pleading guilty to theft."
    assert text_attributions(text, "pleading")["speaker_label"].tolist() == ["Tom Dodd"]


def test_an_admission_with_a_place_before_its_object():
    text = "Tom Dodd was caught with heroin.\n\nHe admitted at Leeds Crown Court possessing heroin."
    rows = text_attributions(text, "admitted")
    assert rows["speaker_label"].tolist() == ["Tom Dodd"]
    spans = zip(rows.content_start, rows.content_end, strict=True)
    assert [text[a:b] for a, b in spans] == ["possessing heroin"]


def test_pleading_with_no_plea_word_is_no_statement():
    text = "Tom Dodd was caught with heroin.\n\nHe was jailed after pleading with the police to let him go."
    assert text_attributions(text, "pleading").empty
