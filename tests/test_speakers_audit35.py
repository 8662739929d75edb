"""Who speaks, the shapes HELD_OUT_35's ten Reuters series showed (``benchmarks/claims.md``,
"Thirty-fifth round"): a name's particle taken for "do", a name's apposition after an office word,
an announcement negated, a strike call, a short first name. Invented texts of the same shapes (other
names, other words)."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

from corpus_tools import from_records
from corpus_tools.attribution.survival import speaker_survival
from corpus_tools.variants.name_forms import one_given_name

# 5684's shape: "The director of the Banco do Brasil's foreign trade department (CACEX), Roberto
# Fendt, told reporters the upturn in February confirmed ...", the reporter's "he added" after it
_PARTICLE = (
    "The export total rose in\nMarch to 300 mln dlrs, official figures show.\n"
    "    The director of the Banco do Sul's foreign trade\ndepartment (TRADEX), Mario Lopes, told reporters "
    "the rise in\nMarch confirmed a steady trend in sales, which totalled\n2.1 billion dlrs against 1.9 "
    "billion in February and, after\nexcluding tea, was only slightly below\nthe same month last year.\n"
    "    Oil earnings were down to 90 mln dlrs because of lower prices, he added.\n"
    "    Lopes said the target for the year should be met.\n"
    "    Sales this year are expected to total 12 billion dlrs, he added.\n"
)


def test_a_names_particle_is_no_verb_and_the_director_is_one_person():
    rows = speaker_rows(_PARTICLE)
    assert len(rows) == 1
    label, kind, n = rows[0]
    assert label.startswith("The director of the Banco do Sul's") and label.endswith("Mario Lopes")
    assert kind == "person" and n == 4
    cue = text_attributions(_PARTICLE, "reporters").cue.tolist()
    assert cue == ["told reporters"]  # not "do Sul's ... told reporters"


def test_a_plain_name_before_told_reporters_is_unchanged():
    text = "The head of the Central Bank's trade office, Mario Lopes, told reporters the rise confirmed it.\n"
    assert speaker_rows(text) == [["The head of the Central Bank's trade office, Mario Lopes", "person", 1]]


# 4552's shape: '"...," Ways and Means chairman Dan Rostenkowski, an Illinois Democrat said.'
_APPOSED = (
    "The panel approved the measure.\n"
    '    "This bill will pass without trouble," Budget committee chairman Tom Barrow, '
    "an Ohio Republican said.\n"
    "    The measure goes to the floor next week, party sources said.\n"
)


def test_a_name_after_an_office_word_is_the_speaker_not_its_party_description():
    assert speaker_rows(_APPOSED) == [["Tom Barrow", "person", 1], ["party sources", "anonymous", 1]]
    wrapped = _APPOSED.replace("chairman Tom Barrow", "chairman Tom\nBarrow")  # the wire's line break
    assert speaker_rows(wrapped) == [["Tom Barrow", "person", 1], ["party sources", "anonymous", 1]]


def test_a_party_description_with_no_name_before_it_stays_anonymous():
    text = '"This bill will pass," a Texas Republican said.\n'
    assert [r[0] for r in speaker_rows(text)] == ["a Texas Republican"]


# 4026's shape: "The administration has not announced its support but Yeutter said yesterday, ..."
def test_an_announcement_negated_with_no_clause_is_no_statement():
    text = (
        "The council voted to close the plant. The ministry has not announced its support but Smith "
        "said yesterday the plan was sound.\n"
    )
    assert "The ministry" not in [r[0] for r in speaker_rows(text)]


def test_an_announcement_negated_with_its_clause_stays_a_statement():
    text = "The ministry did not announce that the plant would close, but it said talks would go on.\n"
    assert any("ministry" in r[0].lower() for r in speaker_rows(text))


# 19070's shape: "Unions called out the 160,000 employees to press for cuts in working hours."
def test_a_strike_call_is_no_statement():
    text = (
        "Dutch shop staff began a two-day strike. Spokesmen for several big chains said few staff had "
        "stayed away. Unions called out the 80,000 workers to press for a shorter week.\n"
    )
    assert speaker_rows(text) == [["Spokesmen for several big chains", "anonymous", 1]]


def test_a_strike_called_something_stays_a_statement():
    text = (
        "The regime, faced with mounting unrest against its economic policies, has called the dockers' "
        "strike and fasts part of a campaign aimed at discrediting it.\n"
    )  # round 33's 8427 ("The government ... has called the miners' strike and fasts part of a campaign")
    assert [r[0] for r in speaker_rows(text)] == ["The regime"]


def test_a_call_for_a_thing_with_its_clause_stays_a_statement():
    text = "Unions called on the government to act, saying the plan would cost 5,000 jobs.\n"
    assert [r[0] for r in speaker_rows(text)] == ["Unions"]


# 11865 / 15186's shape: "Pentagon spokesman Bob Sims told reporters" / "Pentagon spokesman Robert Sims said"
_SOURCE = (
    "A second clerk has been charged with fraud at the city's tax office.\n"
    "    Ministry spokesman Bob Hale told reporters a third clerk, Tom Lane, 31, was being held on "
    "suspicion of lying to auditors.\n"
)
_VERSION = (
    "A fourth clerk has been arrested on suspicion of fraud at the tax office, the ministry said.\n"
    "    Clerk Ann Moss, 29, was arrested yesterday in Leeds, ministry spokesman Robert Hale said.\n"
    "    A third clerk, Tom Lane, was charged yesterday with lying to auditors, Hale told reporters.\n"
)


def test_a_short_first_name_is_the_same_man_in_survival():
    corpus = from_records(
        [
            {"doc_id": "a", "text": _SOURCE, "published": "2001-01-01"},
            {"doc_id": "b", "text": _VERSION, "published": "2001-01-08"},
        ]
    )
    s = speaker_survival(corpus)
    assert s[["speaker", "status"]].values.tolist() == [["Ministry spokesman Bob Hale", "kept"]]


def test_given_names_agree_by_short_form_not_by_any_start():
    assert one_given_name("bob", "robert") and one_given_name("jim", "james", starts=False)
    assert not one_given_name("ann", "annette", starts=False) and one_given_name("ann", "annette")
    assert not one_given_name("tom", "ted")
