"""speed33 (#23, CPU of the small report): the word keys and word runs ``variants/kept.py`` keeps
are those computed afresh, and a cut's or addition's held words are the same when asked again, on
invented sentences."""

from corpus_tools.lexicon import tokenize
from corpus_tools.variants import kept
from corpus_tools.variants.kept import _grams, _keys, held_words

NEAR = ["The driver, 34, then banged the van up and down on the kerb.", "He told police he was sorry."]
ANYWHERE = [*NEAR, "Magistrates in Hartwell heard the van belonged to a Leeds builder's yard."]


def _fresh_grams(texts: list[str], n: int) -> set[tuple[str, ...]]:
    out = set()
    for text in texts:
        keys = [t[2].lower() for t in tokenize(text)]
        out.update(tuple(keys[k : k + n]) for k in range(len(keys) - n + 1))
    return out


def test_kept_keys_and_grams_are_the_fresh_ones():
    kept._grams_of.cache_clear()
    assert _keys(NEAR[0]) == [t[2].lower() for t in tokenize(NEAR[0])]
    assert isinstance(_keys(NEAR[0]), list)  # a list, as before: _holds compares it with a list
    for n in (2, 4):
        assert _grams(ANYWHERE, n) == _fresh_grams(ANYWHERE, n)
    assert ("belonged", "to", "a", "leeds") in _grams(ANYWHERE, 4)
    assert _grams(list(ANYWHERE), 4) == _fresh_grams(ANYWHERE, 4)  # a new list of the same texts
    assert kept._grams_of.cache_info().hits == 2  # the two runs of four asked again


def test_held_words_the_same_when_asked_again():
    words = "and then banged the van up and down on the kerb in Hartwell".split()
    first = held_words(words, NEAR, ANYWHERE)
    assert first == held_words(words, NEAR, ANYWHERE)
    assert first[:2] == [False, True] and first[-2:] == [False, False]
    assert first[2:11] == [True] * 9


def test_surface_category_marks_and_spaces_as_the_character_loop_read_them():
    from corpus_tools.variants.categories import QUOTE_CHARS, _surface_category, categorize, words

    def old_strip(s: str) -> str:  # the character loop the translate table replaced
        return "".join(ch for ch in s if ch not in QUOTE_CHARS and not ch.isspace())

    pairs = [
        ("\u2018Hartwell\u2019s\u00a0yard\u2019", "'Hartwell's yard'"),  # curly marks, a no-break space
        ("half way", "halfway"),
        ("\u201cno\u2009comment\u201d", '"no comment"'),  # a thin space
        ("U.S.", "US"),
        ("the van", "the lorry"),
    ]
    table = str.maketrans(dict.fromkeys(QUOTE_CHARS))
    for side in (a for pair in pairs for a in pair):
        assert "".join(side.split()).translate(table) == old_strip(side)
    got = [_surface_category(a, b, words(a), words(b)) for a, b in pairs]
    marks = "quotation_or_apostrophe"
    assert got == [marks, "punctuation_other", marks, "abbreviation", None]
    assert categorize.__wrapped__("five", "5") == "number_format"
    assert categorize.__wrapped__("\u00bd", "half") == "word_substitution"  # no digit, no number key
