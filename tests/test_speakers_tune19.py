"""Who speaks, round 19's tuning stories (``benchmarks/claims_tune19.md``). Invented texts of the
same shapes."""

from __future__ import annotations

import pytest
from pairs import speaker_rows

from corpus_tools.attribution.errands import errand
from corpus_tools.attribution.side_holders import side_holder
from corpus_tools.text.nlp import load_model

_OPENING = "The trial went on at Leeds Crown Court.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        # kind K1: a visit (was "Police", an institution, and "Police officers", two more speakers)
        "Police called at the flat on a routine inquiry after the pair vanished.\n",
        "Police officers who called at the house on what they took for a routine visit were met "
        "with a grim sight.\n",
        # a person reported missing (was "Miss Kent's mother", one more speaker)
        "The deaths came to light after Miss Kent's mother reported her missing.\n",
        "Two officers went to the bedsit after Ann's mother and Tom's parents reported them missing.\n",
    ],
)
def test_a_visit_or_a_person_reported_missing_is_no_statement(sentence):
    assert speaker_rows(_OPENING + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # guards: calling for a thing, calling on someone to act, reporting a fact stay statements
        ("Mrs Kent called for a public inquiry into the deaths.\n", "Mrs Kent"),
        ("Mrs Kent called on the council to close the flats.\n", "Mrs Kent"),
        ("Mrs Kent reported that the door had been forced.\n", "Mrs Kent"),
    ],
)
def test_calls_and_reports_that_speak_stay(sentence, speaker):
    assert [r[0] for r in speaker_rows(_OPENING + sentence)] == [speaker]


def test_errand_reads_the_verb_alone():
    nlp = load_model()

    def verb(text):
        return next(t for t in nlp(text) if t.lemma_ in ("call", "report"))

    assert [errand(verb(s)) for s in ("Police called round at noon.", "His son reported him missing.")] == [
        True,
        True,
    ]
    assert [errand(verb(s)) for s in ("He called at noon to say so.", "She reported seeing him.")] == [
        False,
        False,
    ]


@pytest.mark.parametrize(
    ("named", "later"),
    [
        # kind K3: "The prosecutor said" two sentences after "NAME, prosecuting, said" (was an
        # anonymous speaker apart from him)
        (
            "Tom Bell, prosecuting, said the pair had met in 1990.\n",
            "The prosecutor said: 'She could not pay.'\n",
        ),
        # a paper's "The prosecution said" after its "NAME, for the prosecution, said"
        (
            "Tom Bell, for the prosecution, said the pair had met in 1990.\n",
            "The prosecution said: 'She could not pay.'\n",
        ),
    ],
)
def test_the_prosecutor_is_the_barrister_the_text_sets_on_that_side(named, later):
    assert speaker_rows(_OPENING + named + later) == [["Tom Bell", "person", 2]]


def test_a_side_with_two_barristers_stays_anonymous():
    text = (
        _OPENING
        + "Ann Cole, defending Mr Roe, said he wept.\nJo Hunt, defending Mr Day, said he slept.\n"
        + "The defence said: 'Neither man was there.'\n"
    )
    assert side_holder("The defence", text) == ""
    assert side_holder("The defence", text.replace("Jo Hunt, defending Mr Day, ", "Mr Day ")) == "Ann Cole"
    assert ["The defence", "anonymous", 1] in speaker_rows(text)


def test_the_man_in_charge_named_in_the_next_sentence_is_that_man():
    # kind K3: "The man in charge of the investigation said" and "Det Supt NAME ... He said" in the
    # next sentences (was an anonymous speaker apart from the named officer)
    text = (
        _OPENING
        + "The man in charge of the inquiry said the killings were the worst he had seen.\n"
        + "Detective Inspector Ray Hart of Kent Police praised the work of the officers.\n"
        + "He said: 'It was appalling.'\nDet Insp Hart said drugs were no excuse.\n"
    )
    assert speaker_rows(text) == [["Ray Hart", "person", 3]]


def test_the_man_in_charge_is_the_ranked_surname_after_him():
    # the same, with the name read only as "Det Supt Hart" later ("Det" is a rank, no given name:
    # it had kept "Det Supt Hart" apart from "Ray Hart")
    text = (
        _OPENING
        + "The man in charge of the inquiry into the deaths said the killings were the worst he had "
        + "seen in 20 years.\nDetective Superintendent Ray Hart of Kent Police praised the work of the "
        + "officers who had seen the scene.\nHe said: 'I have never been to a scene like this one.'\n"
        + "'It was appalling.'\nHe said the thoughts of all the officers were with the families.\n"
        + "Det Supt Hart said drugs were no excuse.\n"
    )
    # 5: "'It was appalling.'", a quotation opening right after his, is his too (surv22)
    assert speaker_rows(text) == [["Ray Hart", "person", 5]]


def test_the_man_in_charge_with_no_name_after_stays_anonymous():
    text = _OPENING + "The man in charge of the inquiry said the killings were the worst he had seen.\n"
    assert speaker_rows(text) == [["The man in charge of the inquiry", "anonymous", 1]]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # kind K2b: "Mr Cole" after "Sandra Cole ... she" is her husband, not she (was "Sandra Cole")
        (
            "Sandra Cole, 38, wept as she was jailed.\nMr Cole told the court he woke to see a man at "
            "the end of his bed.\nMr Cole said: 'I get no joy from this.'\n",
            [["Mr Cole", "person", 2]],
        ),
        # the husband named in full before: "Mr Cole" is he
        (
            "Kevin Cole, 35, said he got 'no joy' from the sentence.\nSandra Cole, 38, wept as she was "
            "jailed.\nMr Cole told the court he woke to see a man at the end of his bed.\n",
            [["Kevin Cole", "person", 2]],
        ),
        # guard: "Mrs Cole" is still she
        (
            "Sandra Cole, 38, said she was sorry.\nMrs Cole added: 'I was not myself.'\n",
            [["Sandra Cole", "person", 2]],
        ),
    ],
)
def test_a_husband_titled_mr_is_not_his_wife_named_in_full(text, rows):
    assert speaker_rows(_OPENING + text) == rows


def test_a_plea_of_a_group_in_a_relative_clause_is_its_statement():
    # "The judge told the women, who both pleaded guilty to ..., that": the women's plea (had no row)
    text = (
        _OPENING + "The judge told the women, who both pleaded guilty to a charge of fraud, that their "
        "friendship had turned a daft notion into a plan.\n"
    )
    assert ["the women", "anonymous", 1] in speaker_rows(text)
    # guard: a relative clause on one person with no plea
    assert speaker_rows(_OPENING + "The judge told the woman, who wept, that she was free.\n") == [
        ["The judge", "anonymous", 1]
    ]


def test_astonishment_expressed_is_a_statement():
    # "Investigators expressed astonishment that ...": a feeling expressed, as "expressed his shock"
    text = _OPENING + "Investigators expressed astonishment that the man was able to sleep in the house.\n"
    assert speaker_rows(text) == [["Investigators", "anonymous", 1]]


def test_a_town_read_as_a_gerund_before_crown_court_is_the_hearing():
    # "Reading Crown Court was told that ...": the parser makes "Reading" a gerund subject and
    # "Court" its object (had no row); the hearing, as "Leeds Crown Court was told"
    for town in ("Reading", "Leeds"):
        text = (
            f"The trial went on.\n{town} Crown Court was told that the bodies lay undiscovered for a week.\n"
        )
        assert speaker_rows(text) == [[f"{town} Crown Court", "anonymous", 1]]
    # guard: a gerund that takes no court
    rows = speaker_rows("The trial went on.\nReading the verdict, the judge said he was sorry.\n")
    assert rows == [["the judge", "anonymous", 1]]


def test_an_opening_husband_is_the_man_named_next_though_his_wife_is_mrs():
    # "A HUSBAND ... said" then "NAME said": he, though the text calls his wife, who shares his
    # surname, "Mrs NAME" (was an anonymous speaker apart from him)
    text = (
        "A HUSBAND whose wife hired a man to rob him last night said he forgave her.\n"
        "Kevin Rudd, who was hit in his sleep, said: 'Who knows what the future will hold for us?'\n"
        "Shop worker Sandra Rudd was jailed for three years.\nMrs Rudd claimed her husband hit her.\n"
    )
    assert speaker_rows(text) == [["Kevin Rudd", "person", 2], ["Sandra Rudd", "person", 1]]
    # guard: with no second person of the surname, "Mrs Rudd" is the woman named next, no husband
    alone = text.replace("Shop worker Sandra Rudd", "The shop worker").replace(
        "Kevin Rudd, who", "Mrs Rudd, who"
    )
    assert ["A HUSBAND", "anonymous", 1] in speaker_rows(alone)


def test_a_thing_that_underlines_inside_a_quotation_carried_on_is_part_of_it():
    # kind K1: "``However, NAME's case, like so many ..., underlines how ..." in a quotation that the
    # next paragraph carries on: the quotation's own words (was a speaker, "Mary Druhan's case")
    text = (
        "The trial went on.\n\nAnn Karim, of Justice, said later: ``Justice is delighted by the "
        "judgment.\n\n``However, Mary Dunn's case, like so many cases before it, underlines how the "
        "failure to disclose evidence causes miscarriages of justice.\n\n``Given the new rules, the "
        "number of such cases is set to rise.''\n"
    )
    assert speaker_rows(text) == [["Ann Karim", "person", 3]]


def test_a_statement_after_an_opening_possessive_hearing_has_its_speaker():
    # kind K4: "Following today's hearing the brother of X, 39-year-old Neil, said of Hobbs:" (the
    # parser reads "hearing" as a verb with "the brother" its object: the statement had no row)
    text = (
        "The trial went on.\nFollowing today's hearing the brother of Tom Lane, 39-year-old Neil, said "
        "of Hobbs: 'If he was a dog he would have been shot by now.'\n"
    )
    assert speaker_rows(text) == [["39-year-old Neil", "person", 1]]  # the name set in commas speaks
