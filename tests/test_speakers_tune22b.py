"""Who speaks, the shapes round 22's tuning stories showed (``benchmarks/claims_tune22.md``, kinds
K1, K3). Invented texts of the same shapes (other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

import corpus_tools as ct
from corpus_tools.attribution.accounting import speaker_table

# K1: the head of a business described by its business ("The Brixtons chief") after the report
# named him with it ("Brixtons boss Tom Dodd"); in capitals; by possession ("The Rialto's owner")
_BOSS = (
    "Brixtons boss Tom Dodd today begged the judge for a break.\n"
    "Mr Dodd told the court: ``I have nothing to hide.''\n"
    "Mr Pike told him: ``You are not being honest.''\n"
    "The Brixtons chief then told the barrister ``that is a lie''.\n"
)
_CAPS = (
    "BRIXTONS owner Tom Dodd yesterday accused the council of plotting against him.\n"
    "Mr Dodd said: 'They never listen to anyone.'\n"
    "The Brixtons owner also suggested that the tests had been changed.\n"
)
_OWNED = (
    "Ann Lee, the owner of the Rialto Cafe, had claimed the new cafe was a copy of hers.\n"
    "The Rialto's owner said she would say no more.\n"
)


def test_business_description_is_the_named_head():
    cases = ((_BOSS, "Brixtons boss Tom Dodd"), (_CAPS, "BRIXTONS owner Tom Dodd"), (_OWNED, "Ann Lee"))
    for text, name in cases:
        rows = speaker_rows(text)
        speakers = [s for s, _, _ in rows]
        described = [s for s in speakers if s.lower().startswith("the ") and ("chief" in s or "owner" in s)]
        assert not described, rows
        assert any(name.split()[-1] in s for s in speakers), rows


def test_business_description_read_from_another_version():
    # the mail's "The Harrods owner" with no "owner" beside the name in the paper itself
    paper = (
        "Tom Dodd was questioned for a second day.\n"
        "Mr Dodd said: 'I will not be silenced.'\n"
        "The Brixtons owner said the mayor had been paid off.\n"
        "The multi-millionaire added that he would prove it.\n"
    )
    corpus = ct.from_records(
        [
            {"doc_id": "src", "text": _BOSS, "story": "s"},
            {"doc_id": "v", "text": paper, "story": "s"},
        ]
    )
    t = speaker_table(corpus)
    v = t[t.doc_id == "v"]
    assert len(v) == 1 and v.speaker_kind.tolist() == ["person"], v[["speaker", "speaker_kind"]]
    # without a version that names him so, the description stays its own speaker
    alone = speaker_table(ct.from_records([{"doc_id": "v", "text": paper}]))
    assert len(alone) == 3


def test_a_description_of_no_business_head_is_not_read_so():
    text = (
        "Detective Chief Inspector Tom Dodd said the inquiry was over.\n"
        "The Brixtons owner said he was glad.\n"
    )
    assert len(speaker_rows(text)) == 2


# K3: a question the report asks in its own words holds no statement; "came the reply" is no speaker
_ASKED = (
    "Mr Dodd was asked about the case by Mr Pike.\n"
    "Why blame that council rather than others which had warned him? asked Mr Pike.\n"
    "``Because I chose to,'' came the sharp reply.\n"
    "Did Mr Dodd not claim the mayor feared a rival? Mr Pike wondered.\n"
    "Mr Pike said the claim was false.\n"
)


def test_question_in_the_reports_words_holds_no_statement():
    rows = speaker_rows(_ASKED)
    speakers = [s for s, _, _ in rows]
    assert "others" not in speakers and not any("reply" in s for s in speakers), rows
    assert not any("mayor" in s or "Dodd" in s for s in speakers), rows  # the base: others, the reply, Dodd
    assert speakers == ["Pike"], rows


def test_quoted_question_keeps_its_cue():
    # a question inside quotation marks is the speaker's own words: the cue before it stands
    rows = text_attributions("When asked, Mr Pike said: ``Why not?''\n", cue="said")
    assert rows.speaker.str.contains("Pike").any()


# K2: "These claimed" after a named newspaper's articles is the newspaper, one with "The newspaper"
_ARTICLES = (
    "Mr Dodd told the High Court today that he had never taken a bribe.\n"
    "Mr Dodd is suing The Courier and its former editor for libel over a series of articles which "
    "appeared in May 1996.\n"
    "These claimed that he took money to lose a race.\n"
    "The newspaper denies libel and will argue justification.\n"
)


def _articles_table(text: str):
    corpus = ct.from_records(
        [
            {"doc_id": "src", "text": text, "outlet": "PA", "story": "s"},
            {"doc_id": "v", "text": "The case continues.\n", "outlet": "courier", "story": "s"},
        ]
    )
    t = speaker_table(corpus)
    return t[t.doc_id == "src"][["speaker", "speaker_kind"]].values.tolist()


def test_articles_pronoun_is_the_newspaper():
    rows = _articles_table(_ARTICLES)
    assert sorted(rows) == [["Mr Dodd", "person"], ["The Courier", "media"]], rows


def test_articles_pronoun_needs_one_named_outlet():
    # no outlet of the corpus named before "These": it stays as it was (the pronoun and the paper)
    rows = _articles_table(_ARTICLES.replace("The Courier", "a local paper"))
    assert ["These", "anonymous"] in rows, rows


def test_byline_writer_is_never_the_former_player():
    # K1: "The former Hull and Leeds goalkeeper" went to the byline's writer ("former" let a
    # person with an office through; a writer is no one the report describes)
    text = (
        "KEEPER DENIES TAKING MONEY\n"
        "By Ann Pole and Cathy Gordon, PA News\n"
        "Soccer star Tom Dodd today denied that he had taken money from a bookmaker.\n"
        "The former Hull and Leeds goalkeeper agreed with Mark Rowe QC that he had misled his club.\n"
        "But, he insisted to the judge, he had meant no harm.\n"
    )
    rows = speaker_rows(text)
    assert [s for s, _, _ in rows] == ["Soccer star Tom Dodd"], rows


def test_common_noun_star_credits_no_outlet():
    # K5: "Soccer star Tom Dodd denied" and "The star, 41, said" credited the Star, an outlet
    corpus = ct.from_records(
        [
            {"doc_id": "src", "text": "Soccer star Tom Dodd denied that he would lie.\n", "outlet": "PA"},
            {"doc_id": "v", "text": "The star, 41, said the claims were false.\n", "outlet": "star"},
        ]
    )
    rows = ct.analyze(corpus).attributions
    agency = dict(zip(rows.doc_id, rows.via_agency.astype(bool), strict=False))
    assert agency == {"src": False, "v": False}, rows[["doc_id", "speaker", "cue", "via_agency"]]


def test_articles_of_the_newspaper_named_earlier():
    # grobbelaar1nl's shape: the paper named once ("for The Courier"), its articles "the newspaper's"
    text = (
        "Tom Dodd agreed with Mark Rowe QC, for The Courier, that he had lied about a friend.\n"
        "The 41-year-old rider is suing the newspaper over a series of articles which appeared in 1996.\n"
        "These alleged that he took money to lose a race.\n"
        "The newspaper denies libel.\n"
    )
    rows = _articles_table(text)
    assert ["The Courier", "media"] in rows, rows
    assert not any(s in ("These", "The newspaper") for s, _ in rows), rows


def test_both_alone_is_the_pair_named_before():
    # K8: abuse's express, "Both denied" after "X, 66, and Y, 56, abused": the named pair, not an
    # anonymous "Both"
    text = (
        "Tom Pike, 60, and Ann Rowe, 50, abused eight boys, a jury was told.\n"
        "Prosecutor Mark Hill said the boys were frightened.\n"
        "Both denied all the allegations, claiming the boys were lying.\n"
    )
    rows = speaker_rows(text)
    assert ["Tom Pike and Ann Rowe", "person", 2] in rows and not any(s == "Both" for s, _, _ in rows), rows


def test_asked_by_someone_to_do_a_thing_is_a_request():
    # K3: "I've been asked by my lawyers not to discuss it", inside a quotation, counted "my lawyers"
    text = (
        "Mr Dodd said: 'I will say no more.\n"
        "The inquiry goes on and I have been asked by my advisers not to talk about the case.'\n"
        "Mr Pike said the claim was false.\n"
    )
    speakers = [s for s, _, _ in speaker_rows(text)]
    assert not any("lawyers" in s for s in speakers), speakers
    assert len(speakers) == 2, speakers


def test_counsel_of_a_named_party_in_apposition_later():
    # K1: the guardian's "In what Mr Hamilton's counsel described as ..." before "Desmond Browne
    # QC, Mr Hamilton's counsel": one barrister, not an anonymous speaker beside him
    text = (
        "Tom Dodd was criticised yesterday for making 'idle claims' in Ann Rowe's action.\n"
        "In what Mrs Rowe's counsel described as 'pure fantasy', Mr Dodd claimed "
        "that the mayor had taken a bribe.\n"
        "Challenged on the figures by Tom Bell QC, Mrs Rowe's counsel, Mr Dodd stood his ground.\n"
        "Mr Bell said: 'This is another invention.'\n"
    )
    rows = speaker_rows(text)  # the base: "Mrs Rowe's counsel" beside "Mr Bell"
    assert sorted(s for s, _, _ in rows) == ["Tom Bell", "Tom Dodd"], rows
