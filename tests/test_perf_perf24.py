"""Round 24's speed-ups of the speaker survival (issue #23): each returns what the slower code did.

The identities are grouped from records in one pass (no frame per speaker), a label's description
words and a passage's plea are memoised, ``own_voice._numbers`` reads a word of letters no further,
and ``kept_forms.mend`` reads the survival rows from their columns. Invented statements only.
"""

from __future__ import annotations

import pandas as pd

from corpus_tools.attribution import entities, own_voice, pleas
from corpus_tools.attribution.speaker_identity import _who, speaker_identities

TEXTS = {
    "p1": "Harbour master Ola Brandt said the ferry left late. The court heard the pier was closed.",
    "p2": "A coastguard spokesman said two boats were sent. Mrs Ola Brandt said she saw the fire.",
}

STATEMENTS = pd.DataFrame(
    {  # rows of three speakers interleaved, as the attributions frame lists them
        "doc_id": ["p1", "p1", "p2", "p1", "p2", "p2"],
        "speaker_id": ["s1", "s2", "s3", "s1", "s3", "s1"],
        "speaker_label": [
            "Ola Brandt",
            "The court",
            "A coastguard spokesman",
            "Ola Brandt",
            "A coastguard spokesman",
            "Ola Brandt",
        ],
        "speaker": [
            "Harbour master Ola Brandt",
            "The court",
            "A coastguard spokesman",
            "he",
            "he",
            "Mrs Ola Brandt",
        ],
        "resolved_from": ["mention", "hearing", "mention", "pronoun", "pronoun", "mention"],
        "named": [True, False, False, True, False, True],
        "speaker_type": ["person", "institution", "person", "person", "person", "person"],
    }
)


def _by_groupby(stmts: pd.DataFrame) -> dict:
    """The identities as the frame-per-speaker code grouped them (``groupby``, first seen first)."""
    lead = {d: entities.leaders(t) for d, t in TEXTS.items()}
    return {
        sid: _who(g.to_dict("records"), lead[str(g["doc_id"].iloc[0])], {"defendant"})
        for sid, g in stmts.groupby("speaker_id", sort=False)
    }


def test_identities_grouped_in_one_pass_are_the_groupby_ones():
    who = speaker_identities(STATEMENTS, TEXTS, on_trial={"defendant"})
    assert list(who) == ["s1", "s2", "s3"]  # in the order first seen
    assert who == _by_groupby(STATEMENTS)
    assert who["s2"].hearing and not who["s1"].hearing and not who["s3"].hearing  # "The court heard"
    assert who["s1"].names == {"Brandt"} and who["s1"].firsts == {"Ola"} and who["s1"].gender == "f"  # "Mrs"
    assert "coastguard" in who["s3"].description


def test_a_missing_speaker_id_has_no_identity_as_in_groupby():
    stmts = STATEMENTS.astype({"speaker_id": object})
    stmts.loc[3, "speaker_id"] = None
    who = speaker_identities(stmts, TEXTS, on_trial={"defendant"})
    assert list(who) == ["s1", "s2", "s3"] and who == _by_groupby(stmts)


def test_description_key_memo_gives_the_computed_words():
    entities.description_key.cache_clear()
    labels = ["two U.S. officials", "A harbour official with knowledge of the pier", "two US officials"]
    first = [entities.description_key(x) for x in labels]
    again = [entities.description_key(x) for x in labels]
    assert first == again == [entities.description_key.__wrapped__(x) for x in labels]
    assert first[0] == first[2] == frozenset({"two", "united states", "officials"})
    assert entities.description_key.cache_info().hits == 3
    assert entities.description_key.cache_info().maxsize == entities.DESCRIPTION_KEYS_KEPT


def test_plea_memo_gives_the_computed_polarity():
    pleas._polarity.cache_clear()
    texts = ["Brandt pleaded not guilty to arson.", "She admitted she was GUILTY.", "He denied it."]
    assert [pleas._polarity(t) for t in texts] == ["not guilty", "guilty", ""]
    assert [pleas._polarity(t) for t in texts] == [pleas._polarity.__wrapped__(t) for t in texts]
    assert pleas._polarity.cache_info().hits == 3
    assert pleas.opposite_pleas("Guilty", texts[0]) and not pleas.opposite_pleas(texts[1], texts[1])


def test_numbers_skips_words_of_letters_only():
    keys = {"ferry", "20", "1999s", "b12", "x\u00b2", "pier", "twelve", "3rd"}  # x² holds a digit too
    assert own_voice._numbers(keys) == {k for k in keys if any(ch.isdigit() for ch in k)}
    assert own_voice._numbers(keys) == {"20", "1999s", "b12", "x\u00b2", "3rd"}


def _sentence(sent_id: int, text: str):
    from corpus_tools.reuse.matching import Sentence
    from corpus_tools.reuse.similarity import sentence_words

    words = text.split()
    return Sentence("d", sent_id, 0, len(text), tuple(w.lower() for w in words), sentence_words(words))


def test_the_cached_matcher_gives_what_a_new_one_gives():
    from corpus_tools.reuse import matching

    source = [
        _sentence(0, "The harbour master said the ferry left the pier two hours late"),
        _sentence(1, "Two coastguard boats were sent to the pier after the fire"),
        _sentence(2, "The harbour master said the ferry left late"),
    ]
    targets = [_sentence(5, "The ferry left the pier two hours late, the harbour master said"), source[1]]
    opt = matching.ReuseOptions()
    fields = lambda m: (m.cls, m.route, sorted(m.target_pos), sorted(m.source_pos), m.edits)  # noqa: E731
    fresh = []
    for t in targets:
        for s in source:
            matching._matcher.cache_clear()  # a new matcher for each pair, as before
            fresh.append(fields(matching.match(s, t, {}, opt)))
    cached = [fields(matching.match(s, t, {}, opt)) for t in targets for s in (*source, *source)]
    assert cached == fresh[:3] * 2 + fresh[3:] * 2  # each target against each candidate, twice
    assert fresh[4][0] == "verbatim" and fresh[0][0] != "new" and fresh[3][0] == "new"
