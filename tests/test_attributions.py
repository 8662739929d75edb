"""Attributions: cues, spans, quote types, speakers resolved — built sentences, a court story, seeds."""

from __future__ import annotations

import pytest

from corpus_tools import from_records
from corpus_tools.attribution.accounting import speaker_survival, speaker_table
from corpus_tools.attribution.attributions import ATTRIBUTION_COLUMNS, attributions
from corpus_tools.text.sentences import parse


def _one(text: str, outlet: str = "unknown"):
    return from_records([{"doc_id": "d", "text": text, "outlet": outlet}])


def _attr(text: str, **kw):
    return attributions(_one(text, **kw))


@pytest.mark.parametrize(
    "text,speaker,cue,quote_type,named,speaker_type",
    [
        ('"We will not negotiate," the minister said.', "the minister", "said", "direct", False, "official"),
        ('The minister said: "We will not negotiate."', "The minister", "said", "direct", False, "official"),
        (
            "The talks have failed, according to a senior European diplomat.",
            "a senior European diplomat",
            "according to",
            "indirect",
            False,
            "official",
        ),
        (
            "The deal is dead, a Western official told Reuters.",
            "a Western official",
            "told Reuters",
            "indirect",
            False,
            "official",
        ),
        (
            "The White House declined to comment on the report.",
            "The White House",
            "declined to comment",
            "indirect",
            True,
            "government",  # the White House speaks for the U.S. government
        ),
        (
            'Oil minister Ali Rezaei has said output "will rise soon".',
            "Oil minister Ali Rezaei",
            "has said",
            "mixed",
            True,
            "official",
        ),
        (
            "Mayor Ana Delgado said the bridge would reopen.",
            "Mayor Ana Delgado",
            "said",
            "indirect",
            True,
            "official",
        ),
        (
            "Workmates claimed that he had been bullied.",
            "Workmates",
            "claimed",
            "indirect",
            False,
            "anonymous",
        ),
        (
            "Donald Trump called the deal an embarrassment.",
            "Donald Trump",
            "called",
            "indirect",
            True,
            "person",
        ),
    ],
)
def test_attribution_patterns(text, speaker, cue, quote_type, named, speaker_type):
    a = _attr(text)
    assert len(a) == 1, a
    row = a.iloc[0]
    assert (row.speaker, row.cue, row.quote_type, bool(row.named), row.speaker_type) == (
        speaker,
        cue,
        quote_type,
        named,
        speaker_type,
    )
    assert text[row.speaker_start : row.speaker_end] == speaker
    assert text[row.cue_start : row.cue_end] == cue
    assert row.content_end > row.content_start


def test_columns_and_frames_passed_in():
    corpus = _one('"It went well," the minister said.')
    parses = parse(corpus)
    a = attributions(corpus, parses=parses)
    assert list(a.columns) == ATTRIBUTION_COLUMNS
    assert a.equals(attributions(corpus))


def test_quoted_by_media_keeps_the_medium():
    a = _attr('"Iran will respond," Foreign Minister Javad Zarif was quoted as saying by state media.')
    row = a.iloc[0]
    assert (row.speaker, row.cue, row.medium, row.quote_type) == (
        "Foreign Minister Javad Zarif",
        "was quoted as saying",
        "state media",
        "direct",
    )


def test_outlet_of_the_corpus_is_an_agency():
    a = _attr("The deal is dead, a local official told Northwire.", outlet="Northwire")
    assert a[["cue", "via_agency", "medium"]].values.tolist() == [["told Northwire", True, "Northwire"]]
    assert not _attr("The deal is dead, a local official told Northwire.")["via_agency"].iloc[0]


def test_whole_quotation_is_the_content():
    text = '"We will fight. We will win. We will never give up," the senator said.'
    row = _attr(text).iloc[0]
    assert text[row.content_start : row.content_end] == "We will fight. We will win. We will never give up,"


def test_pronouns_resolve_or_are_no_speaker():
    a = _attr("Ms Lopez met the board on Monday. She said the plan was sound.\n\nThey said it was fine.")
    assert a["speaker"].tolist() == ["She", "They"]
    assert a["speaker_label"].tolist() == ["Ms Lopez", ""]
    assert a["resolved_from"].tolist() == ["pronoun", "unresolved"]
    assert a["speaker_id"].isna().tolist() == [False, True]
    assert len(speaker_table(_one("Ms Lopez met the board. She said the plan was sound. They said no."))) == 1


def test_unbalanced_quotes_never_raise():
    text = (
        "\u201cWe will talk, the minister said.\n\u201cThe rest can wait,\u201d he added.\nOfficials agreed."
    )
    a = _attr(text)
    assert a["cue"].tolist() == ["said", "added"]
    assert a["quote_type"].tolist() == ["direct", "direct"]


# --------------------------------------------------------------------------- a court story

COURT = """A builder stole 40,000 pounds from an elderly neighbour, a court heard yesterday.

Prosecutor Owen Tarrant told the jury that Mark Brown, 42, took the money over two years.

"He gained her trust and then he betrayed it," Mr Tarrant said.

"She was left with nothing and could not pay her heating bills."

Brown denies theft. His lawyer, Anne Clark, said he had repaid part of the money.

She told the court that her client was remorseful.
"""
VERSION = """A pensioner lost her savings to a builder, Northwire reported.

Owen Tarrant, prosecuting, said the victim had trusted the man like a son and was now afraid to open her door.
"""


@pytest.fixture(scope="module")
def court():
    return from_records(
        [
            {"doc_id": "orig", "text": COURT, "outlet": "Daily Bugle"},
            {"doc_id": "v", "text": VERSION, "outlet": "Northwire"},
        ]
    )


def test_court_story_speakers(court):
    a = attributions(court)
    o = a[a.doc_id == "orig"]
    assert o[["speaker", "cue", "speaker_label", "resolved_from"]].values.tolist() == [
        ["a court", "heard", "a court", "hearing"],
        ["Prosecutor Owen Tarrant", "told the jury", "Prosecutor Owen Tarrant", "mention"],
        ["Mr Tarrant", "said", "Prosecutor Owen Tarrant", "name_variant"],
        ["Mr Tarrant", "", "Prosecutor Owen Tarrant", "continuing_quote"],
        ["Brown", "denies", "Mark Brown", "name_variant"],
        ["His lawyer, Anne Clark", "said", "His lawyer, Anne Clark", "mention"],
        ["She", "told the court", "His lawyer, Anne Clark", "pronoun"],
    ]
    assert o["speaker_type"].tolist() == ["anonymous", *["official"] * 3, "person", "official", "official"]
    cont = o[o.resolved_from == "continuing_quote"].iloc[0]
    assert COURT[cont.content_start : cont.content_end].startswith("She was left with nothing")
    assert o["speaker_id"].nunique() == 4
    v = a[a.doc_id == "v"]
    assert v["via_agency"].tolist() == [True, False]


def test_court_story_survival(court):
    s = speaker_survival(court, source="orig").set_index("speaker")
    assert s.loc["Prosecutor Owen Tarrant", "status"] == "kept_other_statement"
    assert s.loc["Prosecutor Owen Tarrant", "n_quoted_in_version"] == 1
    assert s.loc["His lawyer, Anne Clark", "status"] == "dropped"


# --------------------------------------------------------------------------- seeds


@pytest.fixture(scope="module")
def seed_attributions(seeds):
    return attributions(seeds)


def test_seed_no_pronoun_speaker(seeds, seed_attributions):
    a = seed_attributions
    assert (a["speaker_type"] != "").all() and a["speaker_id"].notna().all()
    assert set(a[a.doc_id == "001"]["resolved_from"]) <= {
        "mention",
        "name_variant",
        "description",
        "pronoun",
        "continuing_quote",
        "relative",
    }
    labels = set(speaker_table(seeds).query("doc_id == '001'")["speaker"].str.lower())
    assert not labels & {"he", "she", "it", "they", "their", "his", "its"}


def test_seed_continuing_quote_of_the_french_diplomat(seeds, seed_attributions):
    a = seed_attributions[seed_attributions.doc_id == "001"]
    last = a[a.sent_id >= 37]
    assert last["speaker_label"].tolist() == ["a French diplomat", "a French diplomat"]
    assert last["resolved_from"].tolist() == ["continuing_quote", "continuing_quote"]


@pytest.mark.parametrize("doc_id", ["001", "002"])
def test_seed_trump_called_is_an_attribution(seed_attributions, doc_id):
    a = seed_attributions[seed_attributions.doc_id == doc_id]
    assert "called" in set(a[a.speaker.str.endswith("Trump")]["cue"])


def test_seed_the_sources_are_the_officials_of_the_first_sentence(seed_attributions):
    a = seed_attributions[seed_attributions.doc_id == "001"]
    first = a[(a.sent_id == 0) & (a.cue == "told Reuters")].iloc[0]
    sources = a[a.speaker == "the sources"].iloc[0]
    assert sources.speaker_id == first.speaker_id
    assert sources.speaker_label == "Iranian and Western officials familiar with the overtures"


def test_seed_quote_types_borrowed_from_marked_versions(seed_attributions):
    a001 = seed_attributions[seed_attributions.doc_id == "001"]
    lede = a001[a001.cue == "told Reuters"].iloc[0]
    assert (lede.quote_type, lede.quote_evidence) == ("indirect", "quote_marks in 000")


# ----------------------------------------------------------------------------- cues beside a quotation


@pytest.mark.parametrize(
    "text,speaker,cue,content",
    [
        # the parser hangs "will" inside the quotation on the verb after it: the cue stays "tweeted"
        ('"I will if nobody does," she tweeted.', "she", "tweeted", None),
        # a spoken quotation (',"' '?"' '!"') before its speaker and any verb
        ('The rally went on for an hour.\n\n"Never!" the crowd cried out.', "the crowd", "cried", "Never!"),
        ('"I can point to only two results," Hartley answers.', "Hartley", "answers", None),
        ('"Let us go home," posted Joanna Lee Mills.', "Joanna Lee Mills", "posted", None),
        # the quotation, not the words after the cue, is what was said
        (
            '"I never said that," Smith said, after Jones said the plan had failed.',
            "Smith",
            "said",
            "I never said that,",
        ),
    ],
)
def test_speaker_beside_a_spoken_quotation(text, speaker, cue, content):
    a = _attr(text)
    row = a[a.cue == cue].iloc[0]
    assert (row.speaker, text[row.speaker_start : row.speaker_end]) == (speaker, speaker)
    quoted = text[text.index('"') + 1 : text.index('"', text.index('"') + 1)]
    assert text[row.content_start : row.content_end] == (content or quoted)


@pytest.mark.parametrize(
    "first,speaker,cue",
    [
        ("Smith spoke next. Smith continued:", "Smith", "continued"),
        ("The committee issued the following statement:", "The committee", "issued"),
        ("In a 1963 speech, the governor declared:", "the governor", "declared"),
    ],
)
def test_colon_at_paragraph_end_introduces_the_next_quotation(first, speaker, cue):
    text = f'{first}\n\n"We will never give up."'
    a = _attr(text)
    row = a[a.cue == cue].iloc[0]
    assert row.speaker == speaker
    assert text[row.content_start : row.content_end] == "We will never give up."
    assert row.quote_type == "direct"


def test_colon_before_a_paragraph_without_marks_introduces_a_block_quotation():
    text = (
        "In a 1963 speech, the governor declared:\n\nThe roads will be rebuilt by spring.\n\n"
        '"Good," Ann said.'
    )
    row = _attr(text).query("cue == 'declared'").iloc[0]
    assert (text[row.content_start : row.content_end], row.quote_type) == (
        "The roads will be rebuilt by spring.",
        "direct",
    )


def test_colon_after_its_own_object_keeps_its_own_content():
    text = 'The Courier also noted the sparse crowd:\n\nFewer than a hundred came.\n\n"Sad," Ann said.'
    row = _attr(text).query("cue == 'noted'").iloc[0]
    assert text[row.content_start : row.content_end] == "the sparse crowd"


def test_as_x_revealed_credits_the_clause():
    text = "As the Gazette revealed, the council agreed to sell the land."
    a = _attr(text)
    row = a[a.cue == "revealed"].iloc[0]
    assert row.speaker == "the Gazette"
    assert text[row.content_start : row.content_end] == "the council agreed to sell the land"
    # "as" in time: no attribution of its own
    assert "spoke" not in _attr("As he spoke to reporters, the council agreed to sell the land.").cue.tolist()


@pytest.mark.parametrize(
    "text,speaker,content",
    [
        # of two complements, the one after the verb
        (
            "On Smith's claim there are judges who agree with him, "
            "Benjamin said he believes the plan will work.",
            "Benjamin",
            "he believes the plan will work",
        ),
        # after "but", the clause before the speaker is not what was said
        (
            "The mayor left without a word to anyone in the chamber or the press gallery, "
            "but aides said as much later.",
            "aides",
            "as much later",
        ),
    ],
)
def test_content_of_a_said_clause(text, speaker, content):
    row = _attr(text).iloc[0]
    assert (row.speaker, row.cue) == (speaker, "said")
    assert text[row.content_start : row.content_end] == content


# ----------------------------------------------------------------------------- the speaker of the main clause


@pytest.mark.parametrize(
    "text,speaker,cue",
    [
        # a participle after a comma modifies the main clause, not the complement the parser hangs it on
        (
            "Miller said he saw no need to change the plan, telling reporters that the budget was sound.",
            "Miller",
            "telling",
        ),
        (
            "Governor Harris has indicated he would try to cut the tax, vowing to repeal it within a year.",
            "Governor Harris",
            "vowing",
        ),
        # the speaker after a dateline, not the place nor the first word after the dash
        (
            "Denver (AFP) – Senator Ruth Dale on Monday hit the road with the governor, "
            "calling the plan a failure.",
            "Senator Ruth Dale",
            "calling",
        ),
        # between a comma and the verb, the speaker; before the comma, the topic
        ('The governor, a senior aide said, "is very confident about the vote."', "a senior aide", "said"),
        ("Or maybe Dan Cole, political consultant Ray Stone says.", "political consultant Ray Stone", "says"),
        # after ", said", the speaker; before the comma, the topic
        (
            "Any honest reading of the senator's vote, said Laura Chen, a professor of law, "
            "would see it as a retreat.",
            "Laura Chen",
            "said",
        ),
        ("And Miller, said Perez, who works with the council, never forgets a slight.", "Perez", "said"),
    ],
)
def test_speaker_of_the_main_clause(text, speaker, cue):
    a = _attr(text)
    row = a[a.cue.str.startswith(cue)].iloc[0]
    assert text[row.speaker_start : row.speaker_end] == speaker


@pytest.mark.parametrize(
    "text,speaker",
    [
        # the name after "told" is the hearer
        ("Tom Reed, a Clinton supporter, told the Gazette that the plan would work.", "Tom Reed"),
        # the names after "said" open the complement of a subject with its own clause
        (
            "A senior official, who asked not to be named, said President Ann Cole, the mayor and "
            "the police chief had met twice.",
            "A senior official",
        ),
    ],
)
def test_subject_before_the_comma_stays(text, speaker):
    a = _attr(text)
    row = a[a.cue.str.startswith(("told", "said"))].iloc[0]
    assert text[row.speaker_start : row.speaker_end].startswith(speaker)


# ------------------------------------------------------------------------ speakers named around a quotation


@pytest.mark.parametrize(
    "text,speaker,content",
    [
        # a described speaker keeps the name in apposition: the name says who spoke
        (
            "One pastor, Dan Reyes of Grace Church, said he had made more than 150 calls.",
            "One pastor, Dan Reyes of Grace Church",
            "he had made more than 150 calls",
        ),
        # the name after the quotation, before an aside the verb follows; not a word of the quotation
        (
            '"They were rivals, but also friends," Dan Reyes, the mayor\'s former chief of staff, '
            "said of their time in office.",
            "Dan Reyes",
            "They were rivals, but also friends,",
        ),
        # "said Brightly": the parser tags the name an adverb
        (
            '"Having the file is valuable," said Brightly, explaining that the data can be used quickly.',
            "Brightly",
            "Having the file is valuable,",
        ),
    ],
)
def test_speaker_named_around_a_quotation(text, speaker, content):
    row = _attr(text).iloc[0]
    assert (text[row.speaker_start : row.speaker_end], row.cue) == (speaker, "said")
    assert text[row.content_start : row.content_end] == content


def test_quotation_after_the_sentence_of_an_indirect_statement_is_not_its_content():
    text = (
        'The plan failed in the end, Ana Ruiz said. "We will try again next year," Ruiz said. '
        '"It is only a delay."'
    )
    a = _attr(text)
    assert [text[x:y] for x, y in zip(a.content_start, a.content_end, strict=True)] == [
        "The plan failed in the end",
        '"We will try again next year," Ruiz said. "It is only a delay.',
    ]


def test_one_odd_gap_does_not_make_a_quoted_text_stripped():
    # a double space before "?" is what a stripped quote mark leaves; one such gap in a text whose
    # quotations kept their marks does not make every statement of it "inferred"
    text = '"We will win," Ana Ruiz said.\n\nWhat did the voters make of  that ?'
    a = _attr(text)
    assert a.quote_evidence.tolist() == ["quote_marks"]


@pytest.mark.parametrize(
    "below,speaker",
    [
        ("-President Ann Cole, writing after the speech.", "President Ann Cole"),
        ("\u2014 Sen. Ann Cole", "Sen. Ann Cole"),
        ("- the mayor, in a tweet", None),  # no name: the quotation is not signed
    ],
)
def test_a_dash_line_below_signs_the_quotation(below, speaker):
    text = f'"He can have briefings," Reid said.\n\n"Great speech. She is ready."\n\n{below}'
    a = _attr(text)
    row = a[a.content_start == text.index("Great")].iloc[0]
    if speaker is None:
        assert (row.speaker, row.resolved_from) == ("Reid", "continuing_quote")
    else:
        assert (text[row.speaker_start : row.speaker_end], row.quote_type) == (speaker, "direct")
        assert row.cue == text[text.rindex("\n") + 1]
