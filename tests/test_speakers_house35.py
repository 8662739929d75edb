"""Round 35, branch house35: the body anaphors read as one table, and one opener list for tickers."""

import spacy

from corpus_tools.attribution.body_anaphors import (
    KINDS,
    body_anaphor,
    government_anaphor,
    lead_company,
    union_anaphor,
)
from corpus_tools.attribution.tickers import ticker_name


def _speaker(label, named=False):
    return {"speaker_label": label, "speaker_type": "organisation", "named": named}


def test_body_anaphor_is_the_three_rules_in_their_order():
    texts = [
        ("Tarvel Mining Co said it cut output. The company said prices fell.", 37),
        ("The Coastal Carpenters Union set a date, a CCU aide said. The union said so.", 58),
        ("The Ruritanian government said output fell. The government said it rose.", 44),
        ("The Brindle Workers Union met Orvan Ltd. The company said so.", 41),  # no company lead
    ]
    for text, start in texts:
        for label in ("The company", "The union", "The government", "the firm", "Co"):
            s = _speaker(label)
            old = government_anaphor(union_anaphor(lead_company(s, text, start), text, start), text, start)
            assert body_anaphor(s, text, start) == old
    # round 39, branch tune39: a fourth row, after the three ("the bank" after a central bank)
    assert [k.kind for k in KINDS] == ["company", "union", "government", "central bank"]
    assert body_anaphor(_speaker("The company"), texts[0][0], 37)["speaker_label"] == "Tarvel Mining Co"
    union = body_anaphor(_speaker("The union"), texts[1][0], 58)
    assert union["speaker_label"] == "Coastal Carpenters Union"
    assert body_anaphor(_speaker("The company"), texts[3][0], 41)["named"] is False


def test_one_opener_list_for_both_ticker_readings():
    # round 35, branch house35: "Now X Co <T> said" was widened to "Now X Co" (the widening's list
    # lacked "Now"), and "However X Co <T>" kept "However" (the name's list lacked it)
    doc = spacy.blank("en")("Now Borvex Co < BRV > said it sued .")
    assert ticker_name(doc[2:3]).text == "Borvex Co"
    doc = spacy.blank("en")("However Tamlin Foods Inc < TMF > said it sued .")
    assert ticker_name(doc[5:6]).text == "Tamlin Foods Inc"
    doc = spacy.blank("en")("But Borvex Co < BRV > said it sued .")  # both lists had "But"
    assert ticker_name(doc[2:3]).text == "Borvex Co"
