"""spk52: speaker shapes left from round 23 (issue #22; ``benchmarks/claims_tune23.md``'s Left).

Invented names and words only, in the shapes of TUNE_23's stories: a writer's account in which a
person is named inside what a conclusion holds, then "he said" (irving4's K3), and unsigned
posters "calling for" protests followed by the writer's own quotation.
"""

from __future__ import annotations

from pairs import speaker_rows, text_attributions
from test_speakers_spk50 import _survival  # a wire and one paper's survival rows

from corpus_tools.text.nlp import load_model

_ACCOUNT = (
    "Mr Dorran said that he wished, because of the dispute that Cromwell's grasp of the plan had\n"
    "stirred, that he had chosen a different subject.\n\n"
    "Because of the ``plain conclusion'' that Oliver Cromwell had probably not ordered, or been aware\n"
    "until late, of the fate of the rebels, he lost perhaps half a million dollars of contracts.\n\n"
    "Describing the ``long campaign'' by a group of societies to ruin him, he said that Prof Wendle had\n"
    "drawn upon ``these poisoned wells'' for ``much of the venom she wrote about me''.\n\n"
    "He said attempts to ``starve'' his career had included ``hostile groups'' pressing shops to\n"
    "pulp his books.\n\n"
    "Posters were put up across the town calling for protests outside his house.\n\n"
    "``As a sign of the strain my family was under: the town police telephoned to ask leave to\n"
    "film the inside of my house in case we had to be rescued.\n\n"
    "``An officer told me that they had heard of a planned attack.''\n\n"
    "Mr Dorran added: ``No writer should have to live like this.''\n"
)


def _statements(text):
    att = text_attributions(text)
    return att[att.role == "speaker"]


def test_person_inside_a_conclusion_is_no_speaker_and_no_antecedent():
    st = _statements(_ACCOUNT)
    assert "Oliver Cromwell" not in set(st.speaker_label), st
    said = st[st.cue.isin(["said", "Describing"])]
    assert set(said.speaker_label) == {"Mr Dorran"}, said


def test_quotation_after_unsigned_posters_is_the_speaker_before():
    st = _statements(_ACCOUNT)
    assert not st.speaker.str.contains("Posters").any(), st
    assert set(st.speaker_label) == {"Mr Dorran"}, st
    assert len(st[st.resolved_from == "continuing_quote"]) >= 2


def test_a_signed_poster_and_a_held_view_are_left_alone():
    from corpus_tools.attribution.content_clauses import in_content_clause
    from corpus_tools.attribution.printed_matter import unsigned_print

    nlp = load_model()
    doc = nlp("Greenpeace leaflets called for a boycott. The party's posters called for a strike.")
    assert not unsigned_print(doc[1]) and not unsigned_print(doc[11])
    doc = nlp("He repeated the view that Mr Hale had expressed.")
    assert not in_content_clause(doc[8])
    doc = nlp("Because of the conclusion that Cromwell had ordered the retreat, he lost.")
    assert in_content_clause(doc[7])
    text = (
        "Mr Dorran said the leaflets were unfair.\n\nGreenpeace leaflets called for a boycott of the mill.\n"
    )
    assert "Greenpeace leaflets" in set(_statements(text).speaker), _statements(text)


# --- "The defendants" for a person and a business named as a verb's object (party_pairs.py)

_PARTIES = (
    "Novelist Carl Dunmore is a ``reckless liar'' who has twisted history on a vast scale, the High\n"
    "Court was told today.\n\n"
    "The claims were made by Anne Holt QC, who is representing Canadian writer Martin Ferrow and\n"
    "Halcyon Press in the libel action brought against them by Mr Dunmore.\n\n"
    "Mr Dunmore is seeking damages over Mr Ferrow's book, which he says has caused him great harm.\n\n"
)


def test_the_defendants_are_the_parties_a_barrister_represents():
    att = text_attributions(_PARTIES + "The defendants deny libel.\n", "deny")
    assert att.speaker_label.tolist() == ["Martin Ferrow and Halcyon Press"], att
    assert att.speaker_type.tolist() == ["person"]


def test_the_parties_are_no_pronoun_and_no_pair_of_people():
    for line in ("They deny libel.\n", "The two men deny libel.\n"):
        att = text_attributions(_PARTIES + line, "deny")
        assert att.speaker_label.tolist() != ["Martin Ferrow and Halcyon Press"], att


def test_a_later_take_keeps_the_parties_beside_the_last_pair_of_subjects():
    from corpus_tools.attribution.pairs import with_earlier_takes
    from corpus_tools.attribution.party_pairs import PartyPair, defendant_description

    subjects, parties = ["Tom Lowe", "Kevin Dodd"], PartyPair(["Martin Ferrow", "Halcyon Press"])
    got = with_earlier_takes([], [[(4, 0, subjects)], [(9, 1, parties)]])
    assert [p[2] for p in got] == [subjects, parties]
    assert [p[2] for p in with_earlier_takes([], [[(9, 1, parties)], [(20, 3, subjects)]])] == [
        parties,
        subjects,
    ]
    doc = load_model()("The defendants deny it. Both men deny it. They deny it.")
    assert [defendant_description(doc[i : i + 2]) for i in (0, 5)] == [True, False]


# --- a business the story names, by its bare name or its trade (story_bodies.py)


def _story(*texts):
    from corpus_tools import from_records
    from corpus_tools.attribution.attributions import attributions

    recs = [{"doc_id": f"t{i}", "text": t, "story": "s1"} for i, t in enumerate(texts)]
    return attributions(from_records(recs))


_WIRE = (
    "Two shop assistants were fined today over a faulty heater.\n\n"
    "A spokesman for Candles the Grocer said: ``We have reviewed all our procedures.''\n"
)


def test_a_business_by_its_bare_name_or_its_trade_is_the_business_the_story_names():
    att = _story(
        _WIRE,
        "Candles said after the case that it had tightened its procedures.\n",
        "TWO Candles assistants were fined yesterday.\n\n"
        "The high street grocer said it had launched a review of its procedures.\n",
    )
    said = att[att.doc_id.isin(["t1", "t2"]) & (att.cue == "said")]
    assert said.speaker_label.tolist() == ["Candles the Grocer", "Candles the Grocer"], said
    assert said.speaker_type.tolist() == ["organisation", "organisation"]


def test_a_trade_description_with_no_name_of_the_business_stays_anonymous():
    att = _story(_WIRE, "Two assistants were fined.\n\nThe high street grocer said it was sorry.\n")
    said = att[(att.doc_id == "t1") & (att.cue == "said")]
    assert said.speaker_type.tolist() == ["anonymous"], said


# --- a source speaker given to a version's pair that names him (member_pairs.py)


PAIR_WIRE = (
    "Two plumbers were fined today over a faulty boiler that killed a tenant.\n\n"
    "Omar Hadadi, 25, pleaded guilty at Carlisle Crown Court to breaching safety rules.\n\n"
    "Anna Mercer, 27, pleaded guilty to failing to check his work.\n"
)
PAIR_PAPER = (
    "TWO plumbers were fined yesterday over a faulty boiler that killed a tenant.\n\n"
    "The plumbers responsible for the boiler, Omar Haddadi, 25, and Anna Mercer, 27, pleaded guilty at "
    "Carlisle Crown Court to breaching safety rules.\n"
)


def test_a_member_given_to_the_versions_pair_that_names_him_is_kept():
    s = _survival(PAIR_WIRE, PAIR_PAPER)
    assert s.loc["Omar Hadadi", "status"] == "kept", s[["status", "became"]]
    assert s.loc["Anna Mercer", "status"] == "kept", s[["status", "became"]]


# --- a misprinted surname the speaker label gives bare ("Mr Hampton, for the defendants,": titled_misprints)

_MISPRINT = (
    "THE WRITER Carl Dunmore is a reckless liar, the High Court was told yesterday. Simon Kendall QC said "
    "Mr Dunmore was a fraud.\n\n"
    "Mr Bendall, for the defendants, was making his closing speech in a packed court room.\n\n"
    'He said: "As the evidence has shown, Mr Dunmore is a liar."\n\n'
    "Mr Bendall accused Mr Dunmore of being a liar, and said he had twisted history.\n\n"
    'Mr Kendall said: "He is a fraud."\n'
)


def test_a_bare_misprinted_surname_the_text_titles_is_the_full_name():
    rows = speaker_rows(_MISPRINT)
    assert [r[0] for r in rows] == ["the High Court", "Simon Kendall QC"], rows
    assert rows[1][2] == 5


def test_titled_in_needs_one_title():
    from corpus_tools.attribution.titled_misprints import _titled_in

    assert _titled_in("Bendall", "Mr Bendall, for the defendants, said") == "Mr Bendall"
    assert _titled_in("Bendall", "Mr Bendall and Mrs Bendall said") == ""
    assert _titled_in("the judge", "Mr the judge") == ""
