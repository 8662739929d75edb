"""Round 26 (issues 22 and 24): a sentence that shares only the attribution frame with a source
sentence ("Helen Marsh QC, prosecuting, told the jury") and says something the source does not
is not aligned to it (:mod:`corpus_tools.reuse.frame_only`; issue 22, "A match that rests on stock
phrases alone is not an alignment"; benchmarks/README.md "Round 26, branch sent26"). The same frame
beside a word of what the source sentence says keeps its source sentence, and a quotation of the
source naming nobody is no frame. Invented text, the shape of the real case."""

from __future__ import annotations

import pytest
from pairs import pair, rules_alignment

from corpus_tools import align_sentences
from corpus_tools.reuse.frame_only import FRAME_WORDS, frame_only
from corpus_tools.reuse.matching import Sentence
from corpus_tools.reuse.similarity import sentence_words

SOURCE = (
    "A bookkeeper stole more than 40,000 pounds from a village cricket club, a court heard today. "
    "Helen Marsh QC, prosecuting, told the jury of seven men and five women that the money was moved "
    "into a savings account. "
    "''Exactly when, the prosecution cannot tell you,'' she said. "
    "Dennis Hale, 58, of Thornbury, denies theft. "
    "The trial continues."
)
LEAD = "A bookkeeper stole more than 40,000 pounds from a village cricket club, a court heard yesterday. "
END = "The trial continues."


def _middle(sentence: str, rules: bool = False) -> tuple[str, tuple]:
    """The class and source sentences of ``sentence`` between a retold lead and a copied last
    line (which the assertion checks)."""
    corpus = pair(SOURCE, LEAD + sentence + " " + END)
    a = rules_alignment(corpus) if rules else align_sentences(corpus, source="src")
    rows = list(zip(a.reuse_class, a.source_sent_ids, strict=True))
    assert (rows[0][0], rows[-1][0]) == ("near_verbatim", "verbatim")
    return rows[1] if len(rows) == 3 else tuple(rows[1:-1])


@pytest.mark.parametrize("rules", [False, True])
def test_a_sentence_sharing_only_counsels_frame_is_new(rules):
    # the frame word for word (a run of seven), the rest (the club's nervous treasurer) the paper's
    own = "Hale grew nervous about the treasurer's questions, Helen Marsh QC, prosecuting, told the jury."
    assert _middle(own, rules) == ("new", ())


@pytest.mark.parametrize("rules", [False, True])
def test_the_frame_beside_the_sources_fact_keeps_the_alignment(rules):
    # "the money was moved into a savings account": what the source sentence says
    told = "Helen Marsh QC, prosecuting, told the jury the money was moved into a savings account."
    assert _middle(told, rules)[0] != "new"
    assert _middle(told, rules)[1] == (1,)


def _s(text: str, names: frozenset[str]) -> Sentence:
    words = sentence_words(text.split(), lemmas=True, names=names)
    return Sentence("d", 0, 0, 0, tuple(text.lower().split()), words)


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("Hale grew nervous about the questions Helen Marsh QC prosecuting told the jury", True),
        ("Hale moved the money Helen Marsh QC prosecuting told the jury", False),  # "money" shared
        ("Hale grew nervous Helen Marsh QC prosecuting told the jury", True),  # two words of its own
        ("Hale grew tense Helen Marsh QC prosecuting told the jury", True),
        ("Then Hale grew Helen Marsh QC prosecuting told the jury", False),  # one word of its own
        ("Hale grew nervous about questions the prosecuting counsel told the jury", False),  # no name shared
        ("Hale grew nervous as Marsh told the jury", False),  # a verb of saying only: no role, no frame
        ("Hale grew nervous on the stand in Marsh court", False),  # the court as a place: no teller's role
    ],
)
def test_frame_only(target, expected):
    names = frozenset({"helen", "marsh", "qc", "hale"})
    source = _s("Helen Marsh QC prosecuting told the jury the money was moved", names)
    assert frame_only(_s(target, names), [source]) is expected


def test_frame_words_hold_counsel_and_the_hearing_not_what_happened():
    assert {"qc", "prosecuting", "jury", "told", "heard", "court"} <= FRAME_WORDS
    assert not {"money", "stole", "nervous", "bead"} & FRAME_WORDS


def test_a_quotation_of_the_source_naming_nobody_is_no_frame():
    # a capitalised word after a quotation mark reads as a name in the paper ("'Exactly when"),
    # but the source opens its sentence with it: no name both write as one, so the shared
    # "prosecution" and "tell" are a quotation of the source's, not a frame
    source = _s("Exactly when the prosecution cannot tell you", frozenset())
    target = _s(
        "Odd things happened to ledgers said Marsh Exactly when the prosecution cannot tell you",
        frozenset({"marsh", "exactly"}),
    )
    assert "exactly" in target.words.names and "exactly" in source.words.keys
    assert frame_only(target, [source]) is False
