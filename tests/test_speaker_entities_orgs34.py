"""One company or body counted as two or three speakers of one document (issue 22), the shapes of
round 34's check set (``benchmarks/speaker_entities34.md``, 100 Reuters-21578 update series):
a name less its suffix, a leading-word short form, initials of syllables, a body's name typed a
person, a name split at its "and", "the company" after a bracketed lead or a suffix read alone,
"the union", a press agency's description before its name; and the merges that must not happen
(two companies sharing a first word, a company and its spokesman, "the group" of no group).
Invented texts of the same shapes (other names, other words)."""

from __future__ import annotations

import pytest
from pairs import speaker_rows

from corpus_tools.attribution.body_anaphors import lead_company, union_anaphor
from corpus_tools.attribution.company_short_names import short_company
from corpus_tools.attribution.institution_names import institution_words, same_institution
from corpus_tools.attribution.institution_persons import institution_of

SPLITS = {
    # 8853's shape: "OII HoLdings Corp ... OII said": the name less its suffix
    "suffix": (
        "KRX Holdings Corp, a company formed by Marlow Partners, said it completed its merger with"
        " Tennet Corp.\n    KRX said each share still outstanding will be converted into cash.\n",
        [["KRX Holdings Corp", "organisation", 2]],
    ),
    # 9742's shape: the bank's leading words, typed a person
    "person_short": (
        "Harlan Guaranty Trust Co of Boston said it arranged a 300 mln dlr loan for Vexor Inc.\n"
        "    Bond analysts said the terms were fine.\n"
        "    Harlan Guaranty said that the loan was being syndicated only among a few banks.\n",
        [["Harlan Guaranty Trust Co of Boston", "organisation", 2], ["Bond analysts", "anonymous", 1]],
    ),
    # 16483's shape: "Goodyear Tire and Rubber Co said" read as a pair at its "and"
    "pair": (
        "Halcott Tyre and Rubber Co said it expects to sell its Brenmar Corp gas unit for about one"
        " billion dlrs.\n    Ron Strand, Halcott's chairman, also said the company expects a profit.\n",
        [["Halcott Tyre and Rubber Co", "organisation", 2], ["Ron Strand", "person", 1]],
    ),
    # 2444's shape: a bracketed lead with no suffix, then "The company said"
    "bracket_lead": (
        "<Tarrow Realty Partners> said three of its units will fund loans totalling about 50 mln dlrs.\n"
        "    The company said its Tarrow Short Term Trust unit agreed to fund three loans.\n"
        "    It also said its other unit will fund a secured loan, the company said.\n",
        [["Tarrow Realty Partners", "organisation", 3]],
    ),
    # 5116's shape: "..., S.A. said" (the suffix read alone), then "The state oil company said"
    "suffix_alone": (
        "Petroleos de Tamaris, S.A. said it will sign a contract on May 3 to buy half of a refinery.\n"
        "    The state oil company said PTSA will pay about 20 mln dlrs for the half interest.\n",
        [["Petroleos de Tamaris, S.A.", "organisation", 2]],
    ),
    # 7396's shape: "The union earlier said" after the union's full name and its initials
    "union": (
        "The United Bakery Workers has set a May 2 strike deadline at Crane Foods Inc's Dayton plant,"
        " a UBW spokesman said.\n    The union earlier said it today notified Crane of its intent to"
        " strike.\n    The UBW said a deal could still be reached.\n",
        [["the United Bakery Workers", "organisation", 3]],
    ),
    # 17170's shape: "the official news agency Tass said ... Tass said"
    "press": (
        "The Hungarian government said output in the first quarter was poor, the official news agency"
        ' Norvosti said.\n    "The results did not meet the demands," Norvosti said.\n',
        [["the official news agency Norvosti", "organisation", 2]],
    ),
}


@pytest.mark.parametrize("shape", sorted(SPLITS))
def test_one_body_under_two_names_is_one_speaker(shape):
    text, rows = SPLITS[shape]
    assert [r for r in speaker_rows(text) if r[1] != "government"] == rows


KEPT_APART = {
    # two companies sharing a first word ("First Chicago", "First Boston")
    "first_word": (
        "First Carlton Corp said it agreed to buy a stake in Pellam Inc.\n"
        "    First Dorset Corp said it would advise Pellam on the offer.\n",
        [["First Carlton", "organisation", 1], ["First Dorset", "organisation", 1]],
    ),
    # a company and its spokesman, named
    "spokesman": (
        "Corvex said it found oil in the Delta well.\n"
        "    Corvex spokesman Anna Reyes said the well was being tested.\n",
        [["Corvex", "organisation", 1], ["Corvex spokesman Anna Reyes", "person", 1]],
    ),
}


@pytest.mark.parametrize("shape", sorted(KEPT_APART))
def test_two_bodies_sharing_words_stay_two(shape):
    text, rows = KEPT_APART[shape]
    assert speaker_rows(text) == rows


def test_same_institution_reads_suffixes_short_forms_and_syllables():
    assert institution_words("Geodome Resources Ltd <GEO.TO>") == ["geodome", "resources"]
    assert same_institution("Orvane", "Orvane Mining Ltd <ORV.TO>")  # a leading-word short form
    assert same_institution("TRX HoLdings", "TRX")  # the name less its suffix, in any case
    assert same_institution("BOMEX", "Boston Mercantile Exchange")  # initials of syllables
    assert same_institution("PDTSA", "Petroleos de Tamaris, S.A.")
    assert not same_institution("First", "First Carlton Corp")  # one word that names no company
    assert not same_institution("Orvane", "Orvane Mining", ["Orvane Gold Inc"])  # two open with it
    assert not same_institution("Cominta Ltd", "Cominta American Inc")  # a unit goes on differently
    assert not same_institution("bomex", "Boston Mercantile Exchange")  # syllables: capitals only


def test_a_person_is_no_body_the_text_gives_a_title_or_an_age():
    text = "Collins Print Ltd said it. Collins said so."
    assert institution_of("Collins", ["Collins Print Ltd"], text) == "Collins Print Ltd"
    assert institution_of("Collins", ["Collins Print Ltd"], text + " Mr Collins left.") == ""
    assert institution_of("Tom Collins", ["Collins Print Ltd"], text) == ""  # a given name of its own
    assert institution_of("Collins spokesman Ann Lee", ["Collins"], text) == ""  # its spokesman
    assert institution_of("The National Dairy Board", ["The NDB"], "") == "The NDB"  # initials


def test_a_name_split_at_its_and_is_the_company_but_a_person_of_a_firm_is_not():
    text = "Halcott Tyre and Rubber Co said it. Strand said so."
    assert short_company("Halcott Tyre", "", text) == "Halcott Tyre and Rubber Co"
    assert short_company("Rubber Co", "Halcott Tyre and ", text) == "Halcott Tyre and Rubber Co"
    assert short_company("Wim Gorter", "", "Wim Gorter of Peters and Co said it.") == ""


def test_lead_company_reads_brackets_suffixes_and_only_a_group_of_a_group():
    s = {"speaker_label": "The company", "speaker_type": "organisation", "named": False}
    text = "<Tarrow Realty Partners> said it will fund loans. The company said more."
    assert lead_company(s, text, 50)["speaker_label"] == "Tarrow Realty Partners"
    alone = {"speaker_label": "S.A.", "speaker_type": "anonymous", "named": False}
    text = "Petroleos de Tamaris, S.A. said it will buy a refinery."
    assert lead_company(alone, text, 22)["speaker_label"] == "Petroleos de Tamaris, S.A."
    group = {"speaker_label": "The group", "speaker_type": "organisation", "named": False}
    text = "Harlow Gas Co said it won approval. The group said it will grow."
    assert lead_company(group, text, 36) is group  # the lead names no group
    text = "Harlow Group Plc said it won approval. The group said it will grow."
    assert lead_company(group, text, 39)["speaker_label"] == "Harlow Group Plc"
    new = {"speaker_label": "The new company", "speaker_type": "organisation", "named": False}
    text = "Harlow Gas Co said it won approval. The new company said it will grow."
    assert lead_company(new, text, 36) is new


def test_the_union_is_the_union_named_last_before_it():
    s = {"speaker_label": "The union", "speaker_type": "organisation", "named": False}
    text = "The Allied Bakery Workers set a date. The union, in a statement, said so."
    assert union_anaphor(s, text, 38)["speaker_label"] == "Allied Bakery Workers"
    assert union_anaphor(s, "Bakers set a date. The union said so.", 19) is s
    chief = {"speaker_label": "The union's chief", "speaker_type": "official", "named": False}
    assert union_anaphor(chief, "The Allied Bakery Workers met. The union's chief said so.", 31) is chief
