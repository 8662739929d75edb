"""Speaker shapes left from round 22 (branch spk49), on invented text."""

from __future__ import annotations

from pairs import speaker_rows

from corpus_tools.attribution.legal_teams import team_role

# ----------------------------------------------- shape 3: a legal team beside its counsel, one speaker

TEAM = (
    "Ruth Vane lost her appeal against her life term in the High Court today. "
    "Her legal team argued that the term was unlawful. "
    "Her barrister, Tom Oakes, QC, said it was cruel to keep her in prison for ever. "
    "The appeal judges will give their ruling next month."
)
LAWYERS_FOR = (
    "Lawyers for the convicted poisoner Ruth Vane said she had changed. "
    "Her counsel, Tom Oakes, said she was no danger."
)


def test_a_legal_team_is_the_counsel_its_document_names():
    rows = speaker_rows(TEAM)
    assert [r[0] for r in rows if "Oakes" in r[0] or "team" in r[0]] == ["Tom Oakes"]
    assert [r[2] for r in rows if r[0] == "Tom Oakes"] == [2]


def test_lawyers_for_a_client_named_in_the_label_are_her_counsel():
    assert speaker_rows(LAWYERS_FOR) == [["Tom Oakes", "person", 2]]


def test_a_legal_team_without_counsel_in_its_document_stays_anonymous():  # a guard
    rows = speaker_rows("Ruth Vane lost her appeal today. Her lawyers said they would go to Europe.")
    assert ["Her lawyers", "anonymous", 1] in rows


def test_team_role_shapes():
    assert team_role("her legal team") == "her lawyer"
    assert team_role("His lawyers") == "his lawyer"
    assert team_role("their lawyers") == ""  # two clients' lawyers together
    assert team_role("Vane's solicitors") == "Vane's lawyer"
    assert team_role("Lawyers acting for Ruth Vane") == "Vane's lawyer"
    assert team_role("her lawyer") == ""  # the role reading reads it already
    assert team_role("lawyers for the defence") == ""  # no client named
    assert team_role("The team") == ""


# ---------------------------------------------- shape 3: "The authority" after a council the text names

COUNCIL = (
    "Three children fell ill after swimming at a leisure centre in Dunmore, an inquest heard. "
    "After the hearing, Brackley council said it would close the pool until it was safe. "
    "The authority said it backed the coroner's call for new rules on pools."
)


def test_the_authority_after_a_named_council_is_the_council():
    rows = speaker_rows(COUNCIL)
    assert [r for r in rows if r[1] == "organisation"] == [["Brackley council", "organisation", 2]]


def test_the_authority_without_a_council_stays_its_own():  # a guard
    rows = speaker_rows(
        "Three children fell ill at a leisure centre, an inquest heard. "
        "The Brackley Sports Trust said it would close the pool. "
        "The authority said it backed the coroner's call for new rules on pools."
    )
    bodies = sorted(r[0] for r in rows if r[1] == "organisation")
    assert bodies == ["The Brackley Sports Trust", "The authority"]


def test_a_bare_statement_after_a_named_council_is_the_council():
    text = COUNCIL.replace("The authority said it backed", "A statement said it backed")
    rows = speaker_rows(text)
    assert [r for r in rows if r[1] == "organisation"] == [["Brackley council", "organisation", 2]]


def test_a_bare_statement_after_a_person_stays_its_own():
    from corpus_tools.attribution.statement_bodies import statement_of

    text = "Tom Reed, the owner, said he was sorry. A statement said the pool would shut."
    assert statement_of("A statement", text, text.index("A statement")) == ""
    text = "The Westshire Health Authority, which runs the pool, said so. The statement said more."
    assert statement_of("The statement", text, text.index("The statement")) == "Westshire Health Authority"
    assert statement_of("A statement issued by the trust", text, text.index("The statement")) == ""


def test_a_bare_statement_across_a_wire_paragraph_mark():
    from corpus_tools.attribution.statement_bodies import statement_of

    text = "After the hearing, Brackley council said it would act.<\n\x19A statement said it was sorry.<\n"
    assert statement_of("A statement", text, text.index("A statement")) == "Brackley council"


# --------------------------------------------------- shape 2: a PA sentence broken at "_" is one sentence

RULE = "  " + "-" * 72
DASH_TAKE = (
    f"{RULE}\n\n{RULE}\n\n                 10:12 05/06/01: Page 2 (XYZ) COURTS Farmer\n{RULE}\n"
    "Mr Hale said the widow was still very frail when the thefts began and was\n"
    "taking strong sleeping pills.<\n"
    "\x19Reed went to see her after milking time one night _ and when he left\n"
    "took two of her ewes and the lambs from the barn.<\n"
    "\x19Mr Hale told the court: ``He told her he was a friend who would help her.''<\n"
)


def test_a_wire_sentence_broken_at_its_dash_is_one_sentence():
    from corpus_tools import from_records
    from corpus_tools.text.sentences import sentences

    s = sentences(from_records([{"doc_id": "d", "text": DASH_TAKE}]))
    body = [" ".join(t.split()) for t in s.text if "Reed" in t or t.startswith("and")]
    assert body == [
        "Reed went to see her after milking time one night _ and when he left took two of her ewes"
        " and the lambs from the barn."
    ]


def test_dash_break_shapes():
    from corpus_tools.text.dash_breaks import join_dash_breaks

    text = "It was late _\nand dark. Then -- Reed left. He ran --\nfast."
    parts = ["It was late _", "and dark.", "Then --", "Reed left.", "He ran --", "fast."]
    spans = [[text.index(p), text.index(p) + len(p)] for p in parts]
    joined = [text[a:b] for a, b in join_dash_breaks(text, spans)]
    assert joined == ["It was late _\nand dark.", "Then --", "Reed left.", "He ran --\nfast."]
    text = "She would lose the farm _ and that\nand even then she could not pay. It rained."
    spans = [[0, 34], [35, 67], [68, 78]]
    assert [text[a:b] for a, b in join_dash_breaks(text, spans)][1:] == ["It rained."]


# -------------------------------- shape 5: "X put it to him:" before a quotation the parser heads

PUT_TO_HIM = (
    'Tom Reed told a libel jury at Leeds Crown Court that he was "shell shocked" when The Post printed '
    'claims against him. But Alan Marsh, QC, put it to him: "The position is that you are the kind of '
    'man who will lie and lie again if it suits you."\n\nReed replied: "I think that is untrue."'
)


def test_put_it_to_him_before_a_quotation_is_the_counsel_s_statement():
    from pairs import text_attributions

    rows = text_attributions(PUT_TO_HIM)
    assert rows[rows.sent_id == 1][["speaker", "cue"]].values.tolist() == [["Alan Marsh", "put"]]


def test_a_verb_before_a_colon_that_opens_no_quotation_is_no_statement():  # a guard
    from pairs import text_attributions

    rows = text_attributions(
        "Tom Reed gave evidence. Alan Marsh put three things to him: a knife, a map and a key."
    )
    assert rows[rows.sent_id == 1].empty


# ------------------------------------ shape 5: a three-word name in a paper's opening capitals, a person

CAPS_LEAD = (
    "OMAR EL HADI told a libel jury yesterday that he had never lied about the minister. "
    "Mr El Hadi was accused by Tom Reed, QC, of making up claims as he went along. "
    'Mr El Hadi said: "I have the right to say what I feel."'
)


def test_a_three_word_name_in_capitals_is_the_person_the_text_names():
    assert speaker_rows(CAPS_LEAD) == [["Omar El Hadi", "person", 2], ["Tom Reed", "person", 1]]


def test_a_body_in_capitals_stays_a_body():  # a guard
    from corpus_tools.attribution.caps_names import capitals_person

    assert not capitals_person("BANK OF ENGLAND", {"England"})
    assert not capitals_person("WESTSHIRE COUNTY COUNCIL", {"Council"})
    assert capitals_person("OMAR EL HADI", set(), CAPS_LEAD)
