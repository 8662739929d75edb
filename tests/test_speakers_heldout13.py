"""Who speaks, round 13 of issue 22 (the held-out stories of round 13, 12.08.99/racism and
14.12.99/boy): the party of a passive, an act or a request is no speaker, the agent of a reduced
passive is; a label never runs into its cue nor keeps a relative clause; a name in commas before
"said:" and a quotation in single marks closed before its comma are read; "All you have to do is
ask" is no speaker. Invented texts of the same shapes."""

from __future__ import annotations

import pytest
from pairs import speaker_rows, text_attributions

from corpus_tools.attribution.single_quotes import single_quote_spans

_OPEN = "Jo Banks, 14, was banned from the town centre yesterday.\n\n"


def _speakers(text: str) -> list[str]:
    return sorted(r[0] for r in speaker_rows(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "They could have named the teenager, who has been charged 40 times for theft.",  # relative
        "A month later, the pair claimed, Mrs Banks was asked to leave the shop.",  # a hearer
        "The Hills agreed an out of court settlement - thought to be £5,000 - with the family.",  # belief
        "A 15-YEAR-OLD girl called a 'mini-riot' after being convicted 40 times in the past three years "
        "has been made the subject of an anti-social behaviour order.",  # the sentence's verb after it
        "Mr and Mrs Hill had asked for an adjournment.",  # a request to the court
        "He is not rude really. All you have to do is ask him nicely.",  # a pseudo-cleft
        "Army reservists, called to duty by the mayor after some marches turned violent, are posted "
        "throughout the city with armoured trucks.",  # summoned, no name given
    ],
)
def test_the_party_of_a_passive_a_belief_or_a_request_is_no_speaker(sentence):
    assert _speakers(_OPEN + sentence + "\n") == []


def test_the_agent_of_a_reduced_passive_speaks():
    text = (
        "A GIRL of 14 described as 'a one-girl riot' by a council officer was given an order by "
        "magistrates yesterday.\n"
    )
    assert _speakers(text) == ["a council officer"]


def test_an_agreement_of_a_thing_is_an_act():
    rows = text_attributions(_OPEN + "Frank Hill and his wife agreed a settlement with the shop.\n")
    assert set(rows.role) <= {"mention"}


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Mr and Mrs Rogers, who moved to Scotland from Liverpool 12 years ago, claimed they were barred.",
            "Mr and Mrs Rogers",
        ),
        (
            "The couple had alleged unlawful discrimination under the Race Relations Act, a claim which "
            "was backed by the Commission for Fair Trading.",
            "The couple",
        ),
    ],
)
def test_a_label_stops_before_a_relative_clause_and_its_cue(sentence, label):
    rows = text_attributions(_OPEN + sentence + "\n", cue="claimed|alleged")
    assert rows.speaker.tolist()[:1] == [label]


def test_a_name_in_commas_before_said_is_read_after_an_opening_phrase():
    text = (
        _OPEN + "Following today's ruling the Chief Constable of Kent, Ann Hale, said: \"I am glad the "
        'courts have backed us."\n'
    )
    rows = text_attributions(text, cue="said")
    assert rows.speaker.tolist() == ["Ann Hale"]


def test_a_single_mark_before_a_comma_closes_the_quotation():
    text = "'The people who spoke up should be thanked', said the grocer yesterday. 'It was brave.'"
    assert [text[a:b] for a, b in single_quote_spans(text)] == [
        "The people who spoke up should be thanked",
        "It was brave.",
    ]
    assert _speakers(_OPEN + text + "\n") == ["the grocer"]


_COUPLE = (
    "A couple claim they were barred from their local pub because they are English.\n\n"
    "Frank Rogers, 51, and his wife Sandra, 52, who moved to the village in 1997, say they had hoped "
    "for a peaceful retirement.\n\n"
    "The couple are alleging that the landlord barred them.\n\n"
    "Mr and Mrs Rogers claimed they were told to leave.\n"
)


def test_a_married_pair_is_one_speaker_under_its_other_labels():
    rows = text_attributions(_COUPLE)
    pair = rows[rows.speaker.isin(["Frank Rogers", "The couple", "Mr and Mrs Rogers"])]
    assert len(pair) == 3
    assert set(pair.speaker_label) == {"Frank Rogers and Sandra Rogers"}
    assert pair.speaker_id.nunique() == 1


def test_a_request_negated_stays_a_statement():
    text = _OPEN + "Oscar-winner Hale, worth £10million, is not asking for the cash back.\n"
    assert [r.role for r in text_attributions(text, cue="asking").itertuples()] == ["speaker"]


def test_a_family_after_a_married_pair_is_the_pair():
    text = (
        "Businessman Chris Lane, 45, and his wife Mary, 43, were also said to have starved the boy.\n\n"
        "The Lanes, who denied three charges of cruelty, said the case was a lie.\n"
    )
    rows = text_attributions(text, cue="denied|said the")
    labels = set(rows.speaker_label)
    assert len(labels) == 1 and labels.pop().endswith("Chris Lane and Mary Lane")  # the pair, once
