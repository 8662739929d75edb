"""Who speaks, the shapes HELD_OUT_36's ten Reuters series showed (``benchmarks/claims.md``,
"Thirty-sixth round"): an unnamed spokesman of a body that says nothing in its own name, a lead cut
at a line break inside a name, a bare spokesman closing his sentence after the company named with
a ticker, that company's name given alone, a demand a government weighs. Invented texts of the
same shapes (other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows

from corpus_tools.io.paragraphs import paragraph_spans

# 10132's shape: "..., a spokesman for the National Federation of Banks said." and "the spokesman
# said" after it; the federation says nothing in its own name
_LONE = (
    "No settlement is in\nsight to a four-day-old strike by most of Eastland's 90,000 dockers, a "
    "spokesman for the Eastland\nFederation of Shippers said.\n"
    "    The shipowners would rather wait for a ruling next week, the spokesman said.\n"
)


def test_an_unnamed_spokesman_of_a_body_that_says_nothing_itself_is_anonymous():
    assert speaker_rows(_LONE) == [["a spokesman for the Eastland Federation of Shippers", "anonymous", 2]]


def test_a_spokesman_of_a_body_that_speaks_too_is_the_body():  # a guard (round 19's ruling)
    text = (
        "The Eastland Federation of Shippers said it would wait for the ruling.\n"
        "    A spokesman for the Eastland Federation of Shippers said the owners were united.\n"
    )
    assert speaker_rows(text) == [["The Eastland Federation of Shippers", "organisation", 2]]


# 10900's shape: "The New York Stock Exchange said Santa\nFe Southern Pacific Corp has not yet
# responded ...", the lead read as a headline and cut from its statement
_CUT = (
    "The Tokyo Stock Exchange said Baton\n"
    "Rouge Power Corp has not yet replied to the\n"
    "Exchange's questions about the unusual trading in the\n"
    "company's shares.\n"
    "    The stock was trading at 41-1/4, up 3-1/8.\n"
    "    The Exchange said it asked the company whether any\n"
    "news could explain the trading.\n"
)


def test_a_lead_cut_at_a_line_break_inside_a_name_is_one_sentence_of_its_speaker():
    assert speaker_rows(_CUT) == [["The Tokyo Stock Exchange", "organisation", 2]]
    assert paragraph_spans(_CUT)[0] == (0, _CUT.index("shares.") + len("shares."))  # not "... said Baton"


def test_a_short_title_line_stays_a_paragraph_of_its_own():  # a guard
    text = "Oil Prices Rise Again\nCrude oil prices rose sharply on the spot market today, traders said.\n"
    assert paragraph_spans(text)[0] == (0, len("Oil Prices Rise Again"))


# 8851's shape: the company with its ticker, then by its name, then "..., a spokesman said."
_TICKED = (
    "Swedish maker\n"
    "AB Volta Elektrik <VOLT.ST> said it will move its London share listing to the main market.\n"
    "    Volta, listed on nine European exchanges, said the move will raise its profile in Britain.\n"
    "    The old listing will end with the start of the new one, a spokesman said.\n"
)


def test_a_bare_spokesman_closing_his_sentence_after_the_ticked_company_is_the_company():
    assert speaker_rows(_TICKED) == [["AB Volta Elektrik", "organisation", 3]]


def test_a_bare_spokesman_after_a_person_stays_apart():  # a guard
    text = (
        "Analyst Tom Reed, of Eastland Securities, said the shares were cheap.\n"
        "    The old listing will end in May, a spokesman said.\n"
    )
    assert [r[0] for r in speaker_rows(text)] == ["Analyst Tom Reed", "a spokesman"]


# 15015's shape: "NV Philips Gloeilampenfabrieken <PGLO.AS> shares are due ...", then "Philips said"
def test_a_word_of_a_ticked_company_name_given_alone_is_the_company():
    text = (
        "AB Volta\nElektrik <VOLT.ST> shares are due to start trading in London on May 4.\n"
        "    Volta said the listing is expected to raise its profile in Britain.\n"
    )
    assert speaker_rows(text) == [["AB Volta Elektrik", "organisation", 1]]


# 18456's shape: "The West German government today considered\ndemands for nearly 850 mln marks"
def test_demands_a_government_considers_are_not_its_statement():
    text = (
        "The Eastland cabinet today considered\ndemands for nearly 600 mln crowns to retrain 9,000 miners.\n"
        "    Cabinet spokesman Jan Lund said the ministers would decide next week.\n"
    )
    assert speaker_rows(text) == [["Cabinet spokesman Jan Lund", "person", 1]]


def test_demands_a_union_repeats_are_its_statement():  # a guard
    text = "The miners' union today repeated demands for a 10 pct pay rise for all its members.\n"
    assert [r[0] for r in speaker_rows(text)] == ["The miners' union"]


# 18407's shape: "A spokesman for IG Metall, the metalworkers' trade union, said ..." and "The union
# estimates that ..." two paragraphs later
_UNION = (
    "Government sources said the state would pay part of the bill.\n"
    "    A spokesman for Bau Arbeit, the builders' trade union, said the plan seeks payments to 4,000 "
    "workers.\n"
    "    The union estimates that the payments would total 300 mln marks.\n"
)


def test_a_unions_spokesman_and_the_union_named_beside_him_are_one_body():
    assert speaker_rows(_UNION) == [["Government sources", "anonymous", 1], ["Bau Arbeit", "organisation", 2]]


def test_a_unions_spokesman_alone_stays_anonymous():  # a guard
    text = _UNION.split("    The union")[0]
    rows = speaker_rows(text)
    assert rows[1] == ["A spokesman for Bau Arbeit, the builders' trade union", "anonymous", 1]
