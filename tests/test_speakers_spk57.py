"""Who speaks, the shapes round 26's held-out stories showed once marked (``benchmarks/claims.md``,
"Held out (round 26)", the kinds audit26 listed for a fixer). Invented texts of the same shapes
(other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

# kind 1: named defendants in a plea or denial, each a speaker; an order done to them no statement
_PLEAS = (
    "Four Welsh fans were today due to be committed for trial over a brawl on a ferry.\n"
    "Ann Dee, Mary Dee, Tom Lee and Sam Roe, all of Mill Road, Cardiff, have been remanded on bail.\n"
    "At an earlier hearing, Lee, 36, and Roe, 40, each pleaded not guilty to affray.\n"
    "Ann Dee, 34, Mary Dee, 39, and Kay, 19, have each denied being drunk on a ship.\n"
    "The four defendants were among a group of 12 passengers ordered off a ferry from Fishguard "
    "after it was diverted to Cork on May 3.\n"
)


def test_each_of_a_list_of_named_defendants_pleads():
    rows = text_attributions(_PLEAS)
    said = sorted(zip(rows["sent_id"], rows["speaker"], rows["role"], strict=True))
    assert said == [
        (2, "Lee", "speaker"),
        (2, "Roe", "speaker"),
        (3, "Ann Dee", "speaker"),
        (3, "Kay", "speaker"),
        (3, "Mary Dee", "speaker"),
    ]


def test_each_denied_parsed_as_a_clause_of_the_list_still_pleads():
    text = "Ann Dee, 34, Mary Dee, 39, and Kay, 19, each denied being drunk on a ship.\n"
    assert sorted(text_attributions(text)["speaker"]) == ["Ann Dee", "Kay", "Mary Dee"]


def test_a_list_with_an_aside_of_address_denies_as_people():
    text = "Four fans face trial. Tom Lee, Sam Roe and Ann Kay, all from Leeds, deny the charges.\n"
    rows = text_attributions(text)
    assert sorted(rows["speaker"]) == ["Ann Kay", "Sam Roe", "Tom Lee"]
    assert set(rows["named"]) == {True}


def test_passengers_ordered_off_a_ferry_say_nothing():
    rows = speaker_rows(_PLEAS)
    assert not any("defendants" in str(r[0]) for r in rows), rows
    assert len(rows) == 5, rows


# kind 4: a thing after "after" in a reduced participle, and a note its writer sent, are no speakers
_THINGS = (
    "Two roofers who cheated widows were jailed today.\n"
    "Engineers' reports compiled after a two-year fraud revealed the shoddy work to be worth little "
    "more than 500 pounds.\n"
    "Mother-of-two Ann Kay, 50, sent the dead rat to Tom Hart, Labour MP for Leeds North, along with a "
    "note which read: "
    "'Traitor, you will pay'.\n"
    "Prosecutor Jim Orr said the roofers had lied.\n"
)


def test_a_fraud_after_a_participle_and_a_sent_note_are_no_speakers():
    assert speaker_rows(_THINGS) == [["Prosecutor Jim Orr", "person", 1]]
    rows = text_attributions(_THINGS)
    assert set(rows.loc[rows["cue"].isin(["revealed", "read"]), "role"]) == {"mention"}


def test_a_note_with_no_writer_named_still_reads():  # a guard: the rule wants the one who sent it
    text = "The police found a note which read: 'I am sorry'. Jim Orr said the note was hers.\n"
    assert [r[0] for r in speaker_rows(text)][:1] == ["a note"]


# kind 2: "He told the court:" after a sentence whose subject is a surname the take titles in a quotation
_TOLD = (
    "A rugby player and his friend were cleared of causing a fight after racial abuse.\n"
    "Afterwards, the men's solicitor Ian Hart said: \"Mr Tovey and Mr Roe were deeply worried "
    "about this case.\"\n"
    "He went on to say the two men were also worried that \"the real culprits have never been caught\".\n"
    "The lawyer added: \"Mr Tovey and Mr Roe are, however, glad that justice has been done.\"\n"
    "During the two-day trial, Tovey referred to the daily racial insults which he had to bear.\n"
    "He told the court: \"I would rather someone hit me than call me names.\"\n"
    "Asked why he had stepped in, he said: \"I knew the officer wanted to arrest my friend.\"\n"
)


def test_he_told_the_court_is_the_titled_surname_named_just_before():
    rows = text_attributions(_TOLD)
    by_sent = dict(zip(rows["sent_id"], rows["speaker_label"], strict=True))
    assert by_sent[3] == "the men's solicitor Ian Hart"
    assert by_sent[5] == by_sent[6] == "Tovey"


def test_titled_surnames_reads_the_titles():
    from corpus_tools.attribution.titled_subjects import titled_surnames
    from corpus_tools.text.nlp import load_model

    nlp = load_model()
    paras = [(0, 0, nlp('He said: "Mr Tovey and Mrs Ann Roe were worried."')), (1, 50, nlp("Tovey spoke."))]
    assert titled_surnames(paras) == frozenset({"Tovey", "Roe"})
    assert titled_surnames([(0, 0, nlp("Tovey spoke to Roe."))]) == frozenset()


def test_a_source_after_a_noun_still_tells():  # a guard for reduced_passives: a ccomp, an object
    text = (
        "At the talks last month, Iran told the envoys that it could discuss the plan, a source with "
        "knowledge of the meeting told Reuters on condition of anonymity.\n"
    )
    rows = text_attributions(text, cue="Reuters")
    assert list(rows["role"]) == ["speaker"] and rows["speaker_label"].notna().all(), rows


def test_a_name_in_a_list_of_three_names_is_a_person():
    from corpus_tools.attribution.listed_persons import listed_person

    text = "Four fans face trial. Tom Lee, Sam Roe, Mary Dee and Ann Kay, all from Leeds, deny the charges."
    assert [listed_person(n, text) for n in ("Tom Lee", "Mary Dee", "Ann Kay")] == [True, True, True]
    assert not listed_person("Sam Lee", text)
    assert not listed_person("Tom Lee", "Tom Lee and Sam Roe deny the charges.")
    assert not listed_person("Leeds Trust", "Leeds Trust, Sam Roe and Ann Kay deny it.")


def test_a_note_sent_by_a_described_and_named_writer_is_no_speaker():
    text = (
        "A woman was jailed for two weeks today.\n"
        "The mother, Ann Kay, sent the rat to her MP with a note which read: 'You will pay'.\n"
    )
    rows = text_attributions(text, cue="read")
    assert list(rows["role"]) == ["mention"], rows
    assert not any("note" in str(r[0]) for r in speaker_rows(text))


def test_bare_titled_wants_the_surname_without_its_title():
    from corpus_tools.attribution.titled_subjects import bare_titled
    from corpus_tools.text.nlp import load_model

    doc = load_model()("Mr Tovey spoke. Tovey left.")
    assert [bare_titled(doc[i], frozenset({"Tovey"})) for i in (1, 4)] == [False, True]
