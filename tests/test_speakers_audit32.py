"""Who speaks, the wire shapes round 32's held-out audit found (``benchmarks/claims.md``, section
"Thirty-second round", cause 1: one company counted as two). Invented texts of the same shapes
(other companies, other words)."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

from corpus_tools.attribution.company_anaphors import company_anaphor
from corpus_tools.attribution.double_surnames import double_surname
from corpus_tools.attribution.lowercase_suffixes import lowercase_suffix

# cp4, cp13: "X Corp said ... following the British company's ... / The company said ..."
_BOARD = (
    "Halvern Corp said its board has been reshaped under its merger agreement with\n"
    "<Tessmor Group plc> after the British company bought 61 pct of Halvern's stock.\n"
    "    The company said its board now has four Halvern directors and two Tessmor directors.\n"
)


def test_the_company_after_one_named_company_of_two_is_that_company():
    assert speaker_rows(_BOARD) == [["Halvern", "organisation", 2]]
    rows = text_attributions(_BOARD)
    assert rows["speaker_label"].tolist() == ["Halvern", "Halvern"]
    assert rows["speaker_id"].nunique() == 1


def test_company_anaphor_needs_one_company_speaking_before():
    s = {"speaker_label": "The company", "speaker_type": "organisation", "named": False}
    orbin = {"speaker_label": "Orbin", "speaker_type": "organisation", "named": True}
    tessmor = {"speaker_label": "Tessmor", "speaker_type": "organisation", "named": True}
    spokesman = {"speaker_label": "a company spokesman", "speaker_type": "official", "named": False}
    two = {"Orbin", "Tessmor"}
    assert company_anaphor(s, "The company said it", [orbin], two)["speaker_label"] == "Orbin"
    assert company_anaphor(s, "the oil firm said it", [orbin, spokesman], two)["speaker_label"] == "Orbin"
    assert company_anaphor(s, "The company said it", [orbin, tessmor], two) is s  # which of two
    assert company_anaphor(s, "The company said it", [spokesman], two) is s  # no company before
    assert company_anaphor(s, "The company's chairman said", [orbin], two) is s  # its chairman
    assert company_anaphor(s, "The union said it", [orbin], two) is s  # no company's word
    assert company_anaphor(s, "The company said it", [orbin], {"Orbin"}) is s  # companies' rule
    assert company_anaphor(s, "The new company said", [orbin], two) is s  # another company
    taft = {"speaker_label": "Taft Broadcasting Co", "speaker_type": "person", "named": True}
    assert company_anaphor(s, "The company said it", [taft, tessmor], two) is s  # the lead's is no company


# cp12: "Cyclops corp said ... / Cyclops said ...": the suffix in lower case
_SUFFIX = (
    "Halvern corp said it has named two <Tessmor Group PLC> directors to its board.\n"
    "    Halvern said the chairman and the president remain on the eight-member board.\n"
)


def test_a_name_with_its_suffix_in_lower_case_is_the_company():
    assert speaker_rows(_SUFFIX) == [["Halvern", "organisation", 2]]


def test_lowercase_suffix_reads_only_a_suffix():
    def label(x: str) -> str:
        return lowercase_suffix({"speaker_label": x, "speaker_type": "person", "named": True})[
            "speaker_label"
        ]

    assert [label(x) for x in ("Orbin corp", "Hale Norton co.", "NBI inc", "Orbin ltd")] == [
        "Orbin",
        "Hale Norton",
        "NBI",
        "Orbin",
    ]
    assert [label(x) for x in ("Orbin Corp", "Ann Orbin", "orbin corp", "the corp")] == [
        "Orbin Corp",
        "Ann Orbin",
        "orbin corp",
        "the corp",
    ]


# eq4: "minister Javier Espinosa Teran said. / Espinosa said yesterday": one person, two surnames
_SURNAMES = (
    "Peru needs 80 mln dlrs to mend its coastal road, transport minister Luis Robles Vega\n"
    "said.\n"
    "    Robles said yesterday the road would reopen with the help of two Chilean firms.\n"
)


def test_a_person_named_again_by_the_first_of_two_surnames_is_that_person():
    assert speaker_rows(_SURNAMES) == [["transport minister Luis Robles Vega", "person", 2]]


def test_double_surname_needs_three_name_words_and_one_holder():
    s = {"speaker_label": "Robles", "speaker_type": "organisation", "named": True}

    def before(*labels: str) -> list[dict]:
        return [{"speaker_label": x, "speaker_type": "official", "named": True} for x in labels]

    assert double_surname(s, before("Luis Robles Vega"))["speaker_label"] == "Luis Robles Vega"
    assert double_surname(s, before("Luis Robles Vega"))["speaker_type"] == "official"
    assert double_surname(s, before("Ana Robles")) is s  # "Robles" her surname: the surname rule's
    assert double_surname(s, before("Luis Robles Vega", "Eva Robles Diaz")) is s  # which of two
    unnamed = {**s, "named": False, "speaker_type": "anonymous"}  # the tagger's untyped "Robles"
    assert double_surname(unnamed, before("Luis Robles Vega"))["named"] is True
    other = {**s, "speaker_label": "Analysts"}
    assert double_surname(other, before("Luis Robles Vega")) is other
    assert double_surname(s, []) is s
