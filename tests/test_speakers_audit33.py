"""Who speaks, the shapes HELD_OUT_33's ten Reuters series showed (``benchmarks/claims.md``,
"Thirty-third round", cause 1): a company told again by the first word of its name where the W2
rule of round 32 (:mod:`corpus_tools.attribution.company_short_names`) refused it. Invented texts
of the same shapes (other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows

from corpus_tools.attribution.bracket_companies import bracket_company
from corpus_tools.attribution.company_short_names import short_company

# 7629's shape: the short name opens a sentence after one that ends on it ("... by Geodome. /
# Geodome said"): "Corvale." is no given name of "Corvale"
_AFTER_STOP = (
    "Corvale Mining Ltd said it will build a gold mill at its Tamar property this year.\n"
    "    It said the mine would be run by a contract miner but the mill by Corvale.\n"
    "    Corvale said a new zone found last summer was not in the reserves.\n"
)


def test_a_short_name_after_a_sentence_ending_on_it_is_the_company():
    assert speaker_rows(_AFTER_STOP) == [["Corvale Mining", "organisation", 3]]


# 1729's shape: "Halvex Corp of America said ... Halvex said": the name runs past its suffix
_OF_AMERICA = (
    "Halvex Corp of America said it has settled its dispute with Brant Inc.\n"
    "    Halvex said it agreed to hold no more than 30 pct of Brant's stock for a year.\n"
)


def test_a_short_name_after_corp_of_america_is_the_company():
    assert speaker_rows(_OF_AMERICA) == [["Halvex Corp of America", "organisation", 2]]


# 2917's shape: a name with two capitals, "TXAir Group said ... TXAir said"
_TWO_CAPITALS = (
    "TXAir Group said it asked the transport agency to order Norjet to sell its shares.\n"
    "    TXAir said Norjet had filed a cursory application last week.\n"
)


def test_a_short_name_with_two_capitals_is_the_company():
    assert speaker_rows(_TWO_CAPITALS) == [["TXAir Group", "organisation", 2]]


def test_short_company_reads_sentence_ends_initials_and_two_capitals():
    stop = "Corvale Mining Ltd said it. The mill is run by Corvale. "
    assert short_company("Corvale", stop) == "Corvale Mining"
    # an initial is a given name's: "Ann J. Corvale" keeps the word a person's
    assert short_company("Corvale", stop, stop + "Ann J. Corvale spoke.") == ""
    assert short_company("Corvale", stop, stop + "Tom Corvale spoke.") == ""
    assert short_company("Halvex", "Halvex Corp of America said it. ") == "Halvex Corp of America"
    assert short_company("Halvex", "Halvex Corp of Ohio said it. ") == "Halvex"  # "of America" only
    assert short_company("TXAir", "TXAir Group said it. ") == "TXAir Group"
    assert short_company("TXAIR", "TXAIR Group said it. ") == ""  # no small letter: an acronym's


# 7646's shape: the wire's "<...>" marks round a company, the parse's label "> of Perth"
def _brackets(name: str, place: str) -> str:
    short = name.split()[0]
    return (
        f"<{name}> of {place} said it has arranged for a leading Australian financial institution\n"
        "it did not name to provide Tamsin Development Corp with the letter of credit required by\n"
        f"the terms of {short}'s proposed acquisition of Tamsin.\n"
        "    The company also said it had received over seven mln Tamsin shares in the bid.\n"
        f"    {short} said the letter of credit is to insure payment of Tamsin's notes.\n"
    )


def test_a_company_in_the_wire_brackets_is_one_speaker():
    # the parse's label "> of Sydney" (the closing mark its head), and "Varro Ltd>" typed a person
    assert speaker_rows(_brackets("Tarmex Ltd", "Sydney")) == [["Tarmex", "organisation", 3]]
    assert speaker_rows(_brackets("Varro Ltd", "Perth")) == [["Varro", "organisation", 3]]


def test_bracket_company_reads_only_a_label_opening_with_the_closing_mark():
    text = "<Varro Ltd> of Perth said it. "
    s = {"speaker_label": "> of Perth", "speaker_type": "organisation", "named": True}
    assert bracket_company(s, text, 10) == {**s, "speaker_label": "Varro"}
    assert bracket_company(s, "Varro Ltd of Perth said it. ", 10) == s  # no mark before it
    other = {"speaker_label": "Varro Ltd", "speaker_type": "organisation", "named": True}
    assert bracket_company(other, text, 1) == other
    marked = {"speaker_label": "Varro Ltd>", "speaker_type": "person", "named": True}
    assert bracket_company(marked, text, 1) == {
        **marked,
        "speaker_label": "Varro",
        "speaker_type": "organisation",
    }
