"""Who speaks, round 15's tuning stories (``benchmarks/claims_tune15.md``). Invented texts of the
same shapes."""

from __future__ import annotations

import pytest
from pairs import speaker_rows, text_attributions


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # kind T3: the cue inherits the clause's subject ("They") where the name and side come last
        (
            "They chased him and he drove off after ramming two vans, Peter Wellam, prosecuting, "
            "told Carmarthen Crown Court.\n",
            "Peter Wellam",
        ),
        (
            "They followed him and he sped off after ramming two taxis, Simon Hale, prosecuting, "
            "told Bodmin Crown Court.\n",
            "Simon Hale",
        ),
        # the cue with no subject at all, the clause before hung on the name
        (
            "Police chased the van as he drove through the village but lost sight of him when he "
            "sped off at high speed after hitting two parked cars, Mr Peter Wellam, prosecuting, "
            "told Carmarthen Crown Court.\n",
            "Mr Peter Wellam",
        ),
        # the plain shape, read before too
        (
            "The shop had been closed for a week when she broke in, Mrs Ann Grey, defending, told "
            "the magistrates.\n",
            "Mrs Ann Grey",
        ),
    ],
)
def test_a_name_with_its_side_before_the_cue_speaks(text, speaker):
    rows = text_attributions(text, cue="told")
    assert rows[["speaker", "speaker_label"]].values.tolist() == [[speaker, speaker]]


def test_a_hearing_with_a_place_between_commas_hears_the_clause_before():
    # kind T6: the place aside made the parse hang the hearing elsewhere and the cue had no row
    text = (
        "Tom Hale, 31, was serving a ban when he caused the death of Amy Cole, 15, last May, "
        "Newport crown court, in south Wales, was told.\n"
    )
    rows = text_attributions(text, cue="told")
    assert rows[["speaker", "resolved_from"]].values.tolist() == [["Newport crown court", "hearing"]]


def test_a_subject_before_an_aside_between_dashes_speaks():
    # kind T7: the parse gave the subject to the aside's participle and the cue none
    text = (
        "The Kent Parents Support Group - made up of parents, patients and friends - said: "
        '"We believe he has a lot to answer for."\n'
    )
    assert speaker_rows(text) == [["The Kent Parents Support Group", "organisation", 1]]


def test_a_verb_before_the_dash_is_no_subject():
    rows = text_attributions("He paused - and waited - then said nothing more about it.\n", cue="said")
    assert "paused" not in rows.speaker.tolist()


def test_a_trailing_hearing_whose_town_the_parse_made_a_modifier_of_its_own():
    # kind T6, the parse of the guardian's sentence: "Tydfil" an nmod of "court", "Merthyr" its compound
    from spacy.tokens import Doc

    from corpus_tools.attribution.hearings import trailing_hearing
    from corpus_tools.text.nlp import load_model

    words = "He fell ill last week , Merthyr Tydfil crown court , in south Wales , was told .".split()
    heads = [1, 16, 1, 4, 1, 1, 7, 9, 9, 4, 4, 1, 13, 11, 16, 16, 16, 16]
    deps = (
        "nsubj ccomp acomp amod npadvmod punct compound nmod compound appos punct prep compound pobj "
        "punct auxpass ROOT punct"
    )
    pos = "PRON VERB ADJ ADJ NOUN PUNCT PROPN PROPN NOUN NOUN PUNCT ADP ADJ PROPN PUNCT AUX VERB PUNCT"
    tags = [
        "PRP",
        "VBD",
        "JJ",
        "JJ",
        "NN",
        ",",
        "NNP",
        "NNP",
        "NN",
        "NN",
        ",",
        "IN",
        "JJ",
        "NNP",
        ",",
        "VBD",
        "VBN",
        ".",
    ]
    lemmas = [w.lower() for w in words[:-2]] + ["tell", "."]
    doc = Doc(
        load_model().vocab,
        words=words,
        heads=heads,
        deps=deps.split(),
        pos=pos.split(),
        tags=tags,
        lemmas=lemmas,
    )
    hearing = trailing_hearing(doc[16])
    assert hearing is not None and hearing.text == "court"


def test_a_hyphen_inside_a_name_opens_no_aside():
    # the mail of 27.09.99/pinochet: "The first - so long that it took ... Miss Lyle-Jones to read - said"
    text = (
        "The first - so long that it took a minute for Miss Anne Lyle-Jones to read - said that "
        "the general had ordered the arrests.\n"
    )
    rows = text_attributions(text, cue="said")
    assert not any("Lyle" in s for s in rows.speaker)
