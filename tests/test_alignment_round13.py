"""A sentence the splitter cut in two is decided as one (issue 22, round 13; claims.md's snooker
express 4 and 27, times 10, guardian 27 and claims_tune12.md's abuse times 3): a piece that opens
in lower case and its sentence before are read joined, and a piece left new takes the source
sentences the joined sentence aligns to (:func:`corpus_tools.reuse.pieces.joined_pieces`). On
invented text."""

from __future__ import annotations

from pairs import pair, rules_alignment

from corpus_tools.reuse.pieces import joined
from corpus_tools.reuse.similarity import sentence_words

SOURCE = (
    "A nurse was cleared today of assaulting a porter at a hospital in Leeds. "
    "She told the court that she was sure the porter was about to strike her with a heavy mop, "
    "and she pushed him against the wall to stop him. "
    "The hearing ended."
)
LEAD = "A nurse was cleared yesterday of assaulting a porter at a hospital in Leeds."
CUT = "She was sure the porter was about to strike her with a heavy mop\n\nso she shoved him away."


def _rows(version: str):
    a = rules_alignment(pair(SOURCE, version))
    return [(r.text.strip()[:12], r.reuse_class != "new", r.source_sent_ids) for r in a.itertuples()]


def test_the_piece_cut_from_an_aligned_sentence_takes_its_source():
    # the splitter cuts at the paragraph break; "so she shoved him away." alone shares one word
    # with the source's second sentence and was counted new before
    assert _rows(f"{LEAD} {CUT}") == [
        ("A nurse was ", True, (0,)),
        ("She was sure", True, (1,)),
        ("so she shove", True, (1,)),
    ]


def test_a_sentence_opening_in_capitals_is_no_piece():
    # the same words as a sentence of their own: nothing joins them to the sentence before
    version = f"{LEAD} {CUT.replace('so she shoved', 'She shoved')}"
    assert _rows(version)[-1] == ("She shoved h", False, ())


def test_a_joined_pair_that_aligns_to_nothing_stays_new():
    version = f"{LEAD} The lift at the hospital was broken all week\n\nso she took the stairs."
    assert _rows(version)[1:] == [("The lift at ", False, ()), ("so she took ", False, ())]


def test_joined_reads_the_words_of_both_in_order():
    from corpus_tools.reuse.matching import Sentence

    a = Sentence("d", 4, 10, 30, ("x",), sentence_words(["Smith", "lied"], lemmas=True))
    b = Sentence(
        "d", 5, 31, 50, ("y",), sentence_words(["so", "Jones", "left"], lemmas=True), opens_lower=True
    )
    j = joined(a, b)
    assert (j.sent_id, j.start, j.end, j.norms) == (4, 10, 50, ("x", "y"))
    assert j.keys == a.keys + b.keys and j.words.names == a.words.names | b.words.names
