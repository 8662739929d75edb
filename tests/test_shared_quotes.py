"""Words shared inside quotations (issue 22, eleventh round): the whole of each quotation is counted,
its sentences after the attribution and the paragraphs that carry it on included, against every
quotation of the same person in the source (its several takes, its several labels), and one person
is one row. Each test is invented text of the shape the claims audit found wrong (claims.md, tenth
round, cause 4: guscott and chips)."""

from __future__ import annotations

from corpus_tools import from_records
from corpus_tools.attribution.quotes import quotation_extent, quotations
from corpus_tools.attribution.shared_quotes import shared_quotations

FIRST = "I have loved every minute of my ten years with the band and the fans who came to every show."
SECOND = "The long tours were hard on my wife and on our two young children."
THIRD = "Now it is time for me to write my own songs and spend more time with my family."
WIRE = (
    "Guitarist Dan Okafor is leaving the rock band Redline after ten years, he said on Monday.\n\n"
    f'Okafor told reporters at the Kingsway arena in Leeds: "{FIRST} {SECOND} {THIRD}"\n\n'
    "The band will tour Europe in May with a new guitarist, its manager said."
)


def _corpus(paper: str, *wires: str):
    records = [
        {"doc_id": f"wire{i}", "text": w, "outlet": "Reuters", "role": "wire"} for i, w in enumerate(wires)
    ]
    return from_records([*records, {"doc_id": "paper", "text": paper, "outlet": "Sun"}])


def _n(shared, doc: str = "paper") -> int:
    return int(shared.loc[shared["doc_id"] == doc, "n_words"].sum())


def test_a_quotation_of_three_sentences_with_one_attribution_counts_every_sentence():
    # single marks, the cue's object before the colon: the parse gives the first sentence alone
    paper = (
        "Fans were stunned yesterday when Dan Okafor quit the group that made him famous.\n\n"
        f"Okafor told a packed press conference at the Kingsway arena: '{FIRST} {SECOND} {THIRD}'\n\n"
        "His departure comes weeks before the band's biggest concert."
    )
    shared = shared_quotations(_corpus(paper, WIRE), source="wire0")
    assert _n(shared) == 52  # 20 + 14 + 18 words: all three sentences


def test_a_quotation_carried_on_after_he_said_counts_its_paragraphs():
    paper = (
        "Fans were stunned yesterday when Dan Okafor quit the group that made him famous.\n\n"
        f"He said: '{FIRST}\n\n'{SECOND}\n\n'{THIRD}'\n\n"
        "His departure comes weeks before the band's biggest concert."
    )
    shared = shared_quotations(_corpus(paper, WIRE), source="wire0")
    assert _n(shared) == 52


def test_one_person_under_two_labels_is_one_row_with_one_label():
    # the source's two takes name him "Dan Okafor" and "Mr Okafor": one person, one label
    take1 = (
        "Guitarist Dan Okafor is leaving the rock band Redline after ten years, he said on Monday.\n\n"
        f'"{FIRST} {SECOND}" Dan Okafor told reporters at the Kingsway arena in Leeds.'
    )
    take2 = f'Mr Okafor, who joined the band in Leeds, added: "{THIRD}"\n\nThe band will tour in May.'
    paper = (
        "Guitarist Dan Okafor quit the group that made him famous, fans heard yesterday.\n\n"
        f'"{FIRST} {SECOND}" said Dan Okafor.\n\n'
        "The band has not said who will replace him.\n\n"
        f'"{THIRD}" Mr Okafor added.'
    )
    shared = shared_quotations(_corpus(paper, take1, take2), source=["wire0", "wire1"])
    assert shared[["doc_id", "source_speaker", "n_words"]].values.tolist() == [["paper", "Dan Okafor", 52]]


def test_quotations_of_one_speaker_over_two_source_takes_are_one_source():
    take1 = (
        "Guitarist Dan Okafor is leaving the rock band Redline after ten years, he said on Monday.\n\n"
        f'Okafor told reporters at the Kingsway arena in Leeds: "{FIRST} {SECOND}"'
    )
    take2 = (
        "Redline guitarist Dan Okafor said on Monday he was leaving the band.\n\n"
        f'Mr Okafor added: "{THIRD}"\n\nThe band will tour Europe in May, its manager said.'
    )
    paper = (
        "Fans were stunned yesterday when Dan Okafor quit the group that made him famous.\n\n"
        f'"{FIRST} {SECOND} {THIRD}" Okafor said.'
    )
    shared = shared_quotations(_corpus(paper, take1, take2), source=["wire0", "wire1"])
    assert _n(shared) == 52


def test_a_different_statement_of_the_same_speaker_is_not_counted():
    paper = (
        "Fans were stunned yesterday when Dan Okafor quit the group that made him famous.\n\n"
        '"We will always be friends and I wish the lads every success on the road," Okafor said.'
    )
    assert shared_quotations(_corpus(paper, WIRE), source="wire0").empty


def test_single_mark_quotations_count_the_ones_nested_in_them():
    text = "Jo said: 'He told me: 'Stop.' I ran.' It was late. 'Why?' she asked. The Joneses' van left."
    assert [text[a:b] for a, b in quotations(text)] == ["He told me: 'Stop.' I ran.", "Why?"]
    start = text.index("He told")
    assert text[slice(*quotation_extent(text, start, start + 5))] == "He told me: 'Stop.' I ran."
    double = "He said: \"I said 'oy' and ran.\" Then he left."
    assert [double[a:b] for a, b in quotations(double)] == ["I said 'oy' and ran."]  # nested, not its own
