"""Wire and print cleaning: PA-style formatting, hard wraps, crossheads, legacy encodings."""

from __future__ import annotations

import pytest

from corpus_tools import attributions, clean, load_corpus
from corpus_tools.text.sentences import clean_text, word_tokens

RULE = "  " + "-" * 72
PA = (
    f"{RULE}\n\n{RULE}\n\n            11:29 01/03/00: Page 1 (HHH) COURTS Bakery\n{RULE}\n"
    "BAKER FINED OVER MOULDY LOAVES<\n"
    "\x19By Jane Doe, PA News<\n"
    "\x19A baker was fined #2,000 today for selling mouldy bread to a school, a court\n"
    "heard.<\n"
    "\x19The magistrate said the loaves were ``not fit for anyone''.<\n"
    "\x19mfl<\n\x19\n"
)


def _write(tmp_path, name, data: bytes, encoding="latin-1"):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "INDEX.md").write_text(
        f"| file | doc_id | encoding | group |\n|---|---|---|---|\n| {name} | take1 | {encoding} | PA |\n",
        encoding="utf-8",
    )
    return load_corpus(tmp_path)


def test_pa_file_loads_with_findings(tmp_path):
    corpus = _write(tmp_path, "bakery1.txt", PA.encode("latin-1"))
    assert corpus.loc["take1", "group"] == "PA"
    f = clean(corpus)
    rules = f.groupby("rule").size().to_dict()
    assert rules["paragraph_mark"] >= 5
    assert rules["header_rule"] == 3
    assert rules["wire_header"] == 1
    assert rules["sign_off"] == 1
    assert rules["wire_quote"] == 2
    assert rules["hash_pound"] == 1
    assert rules["line_join"] == 1
    assert f[f.rule == "headline"].original.tolist() == ["BAKER FINED OVER MOULDY LOAVES"]
    body = " ".join(t.text for t in word_tokens(corpus.loc["take1", "text"]))
    assert body.startswith("A baker was fined 2,000 today") or body.startswith("A baker was fined 2")
    assert "mfl" not in body and "COURTS" not in body


def test_pa_cleaned_view():
    c = clean_text(PA)
    bodies = [" ".join(c.text[p.start : p.end].split()) for p in c.paragraphs if p.kind == "body"]
    assert bodies == [
        "A baker was fined \u00a32,000 today for selling mouldy bread to a school, a court heard.",
        'The magistrate said the loaves were "not fit for anyone".',
    ]


def test_nul_bytes_still_refused(tmp_path):
    with pytest.raises(Exception, match="binary"):
        _write(tmp_path, "bad.txt", b"abc\x00def\n" * 10)


def test_cp1252_detected_under_latin1(tmp_path):
    corpus = _write(tmp_path, "paper.txt", b"He called it \x93deliberate\x94 and cruel.\n")
    assert corpus.loc["take1", "encoding"] == "cp1252"
    assert "\u201cdeliberate\u201d" in corpus.loc["take1", "text"]


def test_hard_wrapped_newspaper_lines_are_joined():
    raw = (
        "A DRIFTER was jailed for life yesterday.\n\n"
        "When officers asked him\nabout the two burglaries, he\nreplied: 'Yes, that was me.'\n\n"
        "His barrister told\nthe judge he had been\ndrinking heavily.\n"
    )
    c = clean_text(raw)
    paras = [" ".join(c.text[p.start : p.end].split()) for p in c.paragraphs]
    assert paras[1] == "When officers asked him about the two burglaries, he replied: 'Yes, that was me.'"
    assert sum(e.kind == "hard_wrap" for e in c.edits) == 4


def test_crosshead_is_not_body():
    raw = "A man was jailed yesterday for theft.\n\nSobbing\n\nHis mother wept as he was led away.\n"
    c = clean_text(raw)
    assert [p.kind for p in c.paragraphs] == ["body", "crosshead", "body"]


# PA's checked-spelling note after a word (round 12, METER's PA takes: "(correct)" in some case)
CHECKED = (
    f"{RULE}\n\n{RULE}\n\n            11:29 01/03/00: Page 1 (HHH) COURTS Bakery\n{RULE}\n"
    "BAKER CLEARED<\n"
    "\x19But district judge Anwen (correct) Price said she was ``puzzled'' by the baker's\n"
    "evidence.<\n"
    "\x19Friend Dana Holt (CORRECT) told the court: ``It was (sic) fine, (sorry) truly.''<\n"
    "\x19mfl<\n\x19\n"
)


def test_checked_spelling_note_dropped_before_sentences(tmp_path):
    corpus = _write(tmp_path, "bakery1.txt", CHECKED.encode("latin-1"))
    f = clean(corpus)
    assert f[f.rule == "checked_spelling"].original.tolist() == [" (correct)", " (CORRECT)"]
    c = clean_text(CHECKED)
    bodies = [" ".join(c.text[p.start : p.end].split()) for p in c.paragraphs if p.kind == "body"]
    assert bodies == [
        'But district judge Anwen Price said she was "puzzled" by the baker\'s evidence.',
        'Friend Dana Holt told the court: "It was (sic) fine, (sorry) truly."',
    ]


def test_checked_spelling_note_keeps_the_speaker_whole(tmp_path):
    corpus = _write(tmp_path, "bakery1.txt", CHECKED.encode("latin-1"))
    labels = attributions(corpus).speaker_label.tolist()
    assert "district judge Anwen Price" in labels
    assert "Friend Dana Holt" in labels
