"""Who speaks, shapes left from round 20 (branch spk44): a subject with a relative clause before
"said:", a friend's other nouns, ... Invented texts of the same shapes."""

from __future__ import annotations

from pairs import speaker_rows


def test_a_subject_with_a_relative_clause_before_said_colon():
    # the parser hangs "than most said" on "better": the quotation had no speaker at all
    text = (
        "Tom Vale, 40, was jailed yesterday for arson.\n"
        "One neighbour who knew him better than most said:\n"
        "'He was a cruel man. Nobody liked him.'\n"
    )
    assert speaker_rows(text) == [["One neighbour", "anonymous", 1]]


def test_the_pal_after_one_friend_is_that_friend():
    text = (
        "Tom Vale, 40, was jailed yesterday for arson.\n"
        "One friend who knew him better than most said:\n"
        "'He was a cruel man. Nobody liked him.'\n"
        "The pal added: 'He had friends in low places.'\n"
    )
    assert speaker_rows(text) == [["One friend", "anonymous", 2]]


def test_a_relative_clause_with_its_own_cue_keeps_its_subject():
    # "who said" is the relative clause's own cue: the man it follows, as before
    text = "Tom Vale, 40, was jailed yesterday.\nA man who lives next door said: 'He was cruel.'\n"
    assert speaker_rows(text) == [["A man", "anonymous", 1]]
