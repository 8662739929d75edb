"""Issue 22, round 22 (branch surv22): survival of statements. Each test is invented text of the shape
the claims audits found wrong (claims.md, "Twenty-first round", cause 5; claims_tune21.md, K6), with
other names and other words."""

from __future__ import annotations

import pandas as pd
import pytest

from corpus_tools import from_records
from corpus_tools.attribution.attributions import attributions
from corpus_tools.attribution.survival import speaker_survival

# a wire take quoting two witnesses of a scuffle at a garage, each in a paragraph of her own
WIRE = (
    "Two men fought on a garage forecourt before one was stabbed, a jury heard today.\n\n"
    'Mrs Ruth Hale told the court: "I saw the tall man push the short man against the pump."\n\n'
    'Mrs Hale said: "Afterwards the short man fell down and clutched his bleeding side."\n\n'
    'Mrs Nora Quill said: "The tall one drove away in a green lorry without stopping."'
)


def _corpus(paper: str, wire: str = WIRE):
    return from_records(
        [
            {"doc_id": "wire", "text": wire, "outlet": "PA", "role": "wire"},
            {"doc_id": "paper", "text": paper, "outlet": "Sun"},
        ]
    )


def _rows(text: str):
    a = attributions(from_records([{"doc_id": "a", "text": text}]))
    return [(int(s), str(x), str(r)) for s, x, r in a[["sent_id", "speaker_label", "resolved_from"]].values]


# 1. a quotation opened again after "she said": the continued sentence is the speaker's
@pytest.mark.parametrize(
    "para",
    [
        # double marks, the second quotation opening its sentence
        '"I was filling my car," she said. "Afterwards the short man fell down."',
        # a paper's single marks, the opening mark left at the end of the sentence before
        "'I was filling my car,' she said. 'Afterwards the short man fell down.'",
        # after a report in her own words
        'She said she was filling her car. "Afterwards the short man fell down."',
        # a paper's single marks left open at the end of the cue's sentence
        "She said: 'I was filling my car. Afterwards the short man fell down.'",
    ],
)
def test_a_quotation_opened_after_the_cue_continues_its_speaker(para):
    rows = _rows(f"Ruth Hale gave evidence.\n\n{para}")
    assert rows[-1] == (2, "Ruth Hale", "continuing_quote")


def test_the_continued_quotation_carries_on_over_its_later_sentences():
    text = "Ruth Hale gave evidence.\n\n'I was there,' she said. 'He fell. He held his side. Nobody came.'"
    rows = _rows(text)
    assert [r for r in rows if r[2] == "continuing_quote"] == [
        (2, "Ruth Hale", "continuing_quote"),
        (3, "Ruth Hale", "continuing_quote"),
        (4, "Ruth Hale", "continuing_quote"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the hearing's report is no one's quotation: the words after it are a witness's, unnamed
        'The jury heard that the two men fought. "I saw it all happen."',
        # a sentence with a cue of its own keeps its own speaker
        '"I was there," Ruth Hale said. "He fell," added Tom Greer.',
        # no quotation opens: the paper's own sentence
        '"I was there," Ruth Hale said. The trial continues.',
        # a quotation closed after its stop: the next sentence is the paper's own
        "Ruth Hale said: 'I was filling my car.' The trial continues.",
        'Ruth Hale saw him and say: "I have been hurt." As the lorry left, he fell.',
        "Ruth Hale said that soon 'the tall man was on top'. The lorry was driven by his wife.",
    ],
)
def test_no_continuation_without_a_quotation_after_a_speaker(text):
    rows = _rows(text)
    assert not [r for r in rows if r[2] == "continuing_quote"]


def test_a_paper_keeping_only_the_continued_sentence_keeps_the_speaker():
    # her only words the paper keeps stand after "she said": kept, not "quoted on another statement"
    paper = (
        "A woman told a jury how a man was stabbed at a garage.\n\n"
        "Ruth Hale said she had stopped for petrol. 'I was filling my car,' she said. "
        "'Afterwards the short man fell down and clutched his bleeding side.'"
    )
    s = speaker_survival(_corpus(paper), source="wire").set_index("speaker")
    assert s.loc["Mrs Ruth Hale", "status"] == "kept"


# 2. a speaker's statement the paper rewrites: kept, not "quoted only on another statement"
INQUEST = (
    "A girl of nine died when a pony bolted at a riding show, an inquest heard today.\n\n"
    "Her father, Mr Alan Pike, told the inquest how his daughter had been thrilled at the prospect "
    "of riding at the stables for the first time.\n\n"
    'Mr Pike said: "The only thing I remember is the hoof striking her shoulder."\n\n'
    'Groom Mr Dan Orr said: "The pony reared when a tractor backfired beside the paddock."'
)


@pytest.mark.parametrize(
    ("paper", "status"),
    [
        # his statement in the paper's words: one word of his own beyond the story's stock, of five
        (
            'A tearful father wept at an inquest.\n\nMr Pike told how Jenny, a "careful" girl, '
            'had been "so thrilled" about her lesson.',
            "kept",
        ),
        # a statement of his that shares no word of his: another statement
        (
            "A tearful father wept at an inquest.\n\n"
            'Mr Pike said: "We will campaign for helmets in every school."',
            "kept_other_statement",
        ),
        # the groom's statement given to the father: plainly another speaker's (the groom's is
        # re-attributed), no statement of the father's
        (
            "A tearful father wept at an inquest.\n\nMr Pike said the pony reared when a tractor "
            "backfired beside the paddock.",
            "kept_other_statement",
        ),
    ],
)
def test_a_statement_rewritten_under_its_speakers_name_is_kept(paper, status):
    s = speaker_survival(_corpus(paper, INQUEST), source="wire").set_index("speaker")
    assert s.loc["Her father, Mr Alan Pike", "status"] == status


# 3. the paper's naming decides: a statement its speaker tells in other words, where the alignment
# gave its source sentence to another speaker's sentence only
CORONER = (
    "A man of forty died after routine surgery on his knee, an inquest heard today.\n\n"
    "The surgeon, Mr Hugh Lamb, said the operation had gone well and the patient was sent home.\n\n"
    'Coroner Dr Paul Venn said: "I cannot link his death to the surgery on his knee."'
)
ECHO = (
    "A knee patient died days after surgery, an inquest heard.\n\n"
    '"The knee surgery did not cause the death," said Dr Venn.\n\n'
    'His brother, Sam Rudd, said: "I do not see how you cannot link his death to the surgery on his knee."'
)


def test_a_statement_its_speaker_tells_elsewhere_is_kept_though_its_sentence_went_to_another():
    from corpus_tools.reuse.alignment import align_sentences

    corpus = _corpus(ECHO, CORONER)
    align = align_sentences(corpus, source="wire")
    # the coroner's own sentence left unmatched, the brother's echo matched to the coroner's
    own = (align["doc_id"] == "paper") & (align["sent_id"] == 1)
    align.loc[own, "score"] = 0.0
    align.loc[own, "source_sent_ids"] = pd.Series([()] * int(own.sum()), index=align.index[own])
    s = speaker_survival(corpus, source="wire", alignment=align).set_index("speaker")
    assert s.loc["Coroner Dr Paul Venn", "status"] == "kept"


# 4. a statement's sentence cut without a stop ("... before the fall" / "but the tall man had ..."):
# the part after the cut is the statement's, not the paper's own voice (claims.md's ny88)
@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("but the tall man had followed him to go on with it.", [(1, "Ann Bell", "indirect")]),
        ("The tall man had followed him.", []),  # a sentence of its own: the paper's
    ],
)
def test_a_statement_cut_without_a_stop_goes_on_in_the_next_sentence(second, expected):
    from corpus_tools.attribution.records import ATTRIBUTION_COLUMNS
    from corpus_tools.attribution.resumed_quotes import resume_quotations

    first = "Ann Bell said she had seen him walk away moments before the fall"
    text = f"{first} {second}"
    said = text.index("said")
    row = dict.fromkeys(ATTRIBUTION_COLUMNS, "")
    row.update(doc_id="a", sent_id=0, speaker="Ann Bell", speaker_start=0, speaker_end=8, cue="said")
    row.update(cue_start=said, cue_end=said + 4, content_start=said + 5, content_end=len(first))
    row.update(quote_type="indirect", speaker_id="a:0", speaker_label="Ann Bell", role="speaker")
    row.update(resolved_from="mention", named=True, via_agency=False)
    sents = pd.DataFrame(
        {
            "doc_id": "a",
            "sent_id": [0, 1],
            "para_id": 0,
            "start": [0, len(first) + 1],
            "end": [len(first), len(text)],
        }
    )
    out = resume_quotations(pd.DataFrame([row], columns=ATTRIBUTION_COLUMNS), sents, {"a": text})
    added = out[out["resolved_from"] == "continuing_quote"]
    assert list(zip(added["sent_id"], added["speaker_label"], added["quote_type"], strict=True)) == expected
    if expected:
        assert text[int(added["content_start"].iloc[0]) : int(added["content_end"].iloc[0])] == second[:-1]
