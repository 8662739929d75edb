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


def test_the_couple_is_not_the_pair_named_as_a_small_clause_subject():
    # "make Ben and Ann Hale vanish": the victims, the object of "make"; the plotters are the couple
    text = (
        "Mary Hale, 50, and Tom Reed, 41, paid a stuntman known as Zippo as a killer to make "
        "Ben and Ann Hale ``vanish'', Leeds Crown Court heard.\n"
        "The couple denied the plot, saying it was a joke.\n"
    )
    assert speaker_rows(text) == [
        ["Leeds Crown Court", "anonymous", 1],
        ["Mary Hale and Tom Reed", "person", 2],
    ]


def test_the_victims_full_name_is_not_given_to_the_subjects_surname():
    # "Hale and Reed" later: Mary Hale, never the Ann Hale of the object pair
    from corpus_tools.attribution.object_pairs import ObjectPair
    from corpus_tools.attribution.pairs import named_pairs
    from corpus_tools.text.nlp import load_model

    texts = [
        "Mary Hale, 50, and Tom Reed, 41, paid a stuntman to make Ben and Ann Hale ``vanish'', "
        "Leeds Crown Court heard.",
        "Hale, of Mill Lane, Selby, and Reed, of Park Road, Selby, stared ahead in the dock.",
    ]
    found = named_pairs([(k, 0, load_model()(t)) for k, t in enumerate(texts)])[:3]
    assert [p[2] for p in found] == [
        ["Mary Hale", "Tom Reed"],
        ["Ben", "Ann Hale"],
        ["Mary Hale", "Tom Reed"],
    ]
    assert [isinstance(p[2], ObjectPair) for p in found] == [False, True, False]


def test_a_description_named_in_an_apposition_before_is_that_person():
    # "Jo Kerr, the child actress who ...": "The actress said" is Jo Kerr, not the coroner
    text = (
        "THE DEATH of Jo Kerr, the child actress who suffered from asthma for most of her long life, "
        "was not caused by her treatment, an inquest was told yesterday.\n\n"
        "Tom Bryce, the coroner in Derby, who recorded a verdict of natural causes, said that he could "
        "not link the treatment to her death.\n\n"
        "The actress said early that her life could not get any worse.\n"
    )
    rows = speaker_rows(text)
    assert ["Jo Kerr", "person", 1] in rows
    assert ["Tom Bryce", "official", 1] in rows or ["Tom Bryce", "person", 1] in rows


def test_a_kin_list_with_one_name_and_an_age_is_two_relatives():
    # "Jo's father and sister Nina, 37": the father named before and the sister, not a third speaker
    text = (
        "Miss Kerr's 60-year-old father Victor asked why the surgeons had not waited.\n\n"
        "After the hearing, Jo's father and sister Nina, 37, left the inquest in a distressed state, "
        "insisting that the treatment was the cause of her death.\n\n"
        "Nina said: 'I cannot understand the verdict.'\n"
    )
    assert speaker_rows(text) == [
        ["Miss Kerr's 60-year-old father Victor", "person", 2],
        ["sister Nina, 37", "person", 2],
    ]


def test_a_named_possessors_kin_word_is_left_alone_when_two_were_named():
    # two fathers named before: "Jo's father" is neither of them
    text = (
        "Miss Kerr's father Victor and Miss Dale's father Oscar sat in court.\n\n"
        "Jo's father said: 'I cannot understand the verdict.'\n"
    )
    assert speaker_rows(text) == [["Jo's father", "anonymous", 1]]


def test_a_quoted_word_inside_the_subject_makes_no_speaker():
    # 'His "relatively minor" op involved': a scare quote in the subject's own phrase, no statement
    text = (
        "Tom Vale, 40, died of pneumonia in March, an inquest heard.\n\n"
        'His 90-minute "relatively minor" op involved cutting nerves in his back.\n\n'
        '"It went well," the surgeon said.\n'
    )
    assert speaker_rows(text) == [["inquest", "anonymous", 1], ["the surgeon", "anonymous", 1]]


def test_a_quotation_before_its_subject_still_makes_the_verb_a_cue():
    # the guard: the quotation closes before the subject's phrase, the verb is the speaker's
    text = "Tom Vale, 40, was jailed.\n\n" + '"It was wrong," his brother Sam protested.\n'
    assert speaker_rows(text) == [["his brother Sam", "person", 1]]
