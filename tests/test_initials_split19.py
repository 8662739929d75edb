"""One reader of initials (known debt 3): the readings of ``variants/`` build their letters with
``name_initials.initials_of`` and compare with ``name_initials.stand_for``, and read as before.

Invented names and text only.
"""

from __future__ import annotations

import random
import string

import pytest

from corpus_tools.text.name_initials import EVERY_WORD, SMALL_WORDS, initials_of, stand_for
from corpus_tools.variants.facts import holds
from corpus_tools.variants.initials import _head_first, common_initials, initials, written_as_initials
from corpus_tools.variants.name_aliases import CONNECTORS, alias_of
from corpus_tools.variants.name_forms import _leading_initials_held


def _random_names(seed: int, n: int = 3000) -> list[tuple[str, list[str]]]:
    """(short, words) pairs: lower-case words, small words and "&" among them, and a short form
    that is often their initials in some reading."""
    rng = random.Random(seed)
    pool = [*SMALL_WORDS, *sorted(CONNECTORS), "quay", "fen", "marrow", "harbour", "trust", "a", "b"]
    out = []
    for _ in range(n):
        words = [
            rng.choice(pool) if rng.random() < 0.5 else "".join(rng.choices(string.ascii_lowercase, k=3))
            for _ in range(rng.randint(0, 6))
        ]
        short = "".join(w[0] for w in words[rng.randint(0, max(len(words) - 1, 0)) :] if rng.random() < 0.8)
        out.append((short.upper() if rng.random() < 0.5 else short, words))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_new_calls_give_what_each_site_computed_before(seed):
    pairs = _random_names(seed)
    assert sum(bool(s) and s.lower() == "".join(w[0] for w in ws) for s, ws in pairs) > 200
    for short, words in pairs:
        before_letters = "".join(
            w[0] for w in words
        )  # initials, written_as_initials, facts.holds, name_forms
        assert initials_of(words, EVERY_WORD) == before_letters
        want = short.lower()  # name_aliases.alias_of: its connectors give no letter
        before_alias = "".join(w[0] for w in words if w not in CONNECTORS) == want
        assert stand_for(want, words, skip=CONNECTORS) == (before_alias and bool(want))
        before_common = any("".join(w[0] for w in words[i:]) == want for i in range(len(words)))
        assert stand_for(short, words, skip=EVERY_WORD, last_words=True) == (before_common and bool(want))


def test_stand_for_options():
    words = "output of fast random access memory".split()
    assert stand_for("FRAM", words, last_words=True) and not stand_for("FRAM", words)
    assert stand_for("OFRAM", words) and not stand_for("OFRAM", words, skip=EVERY_WORD)
    assert stand_for("OOFRAM", words, skip=EVERY_WORD)
    assert not stand_for("", words, last_words=True)
    # the options combine: a body's "for" giving its letter, read over the last words
    assert stand_for("DfT", "the new department for trade".split(), small_letters=True, last_words=True)


def test_callers_read_invented_initials():
    assert (
        alias_of("NPL", "The NPL met.", {"national party of lakeland", "quay"})
        == "national party of lakeland"
    )
    assert alias_of("NPOL", "The NPOL met.", {"national party of lakeland"}) is None  # "of" is a connector
    assert common_initials("SRC", "sales of slow rotating capacitors (SRC) rose")
    assert common_initials("RC", "sales of slow rotating capacitors (RC) rose")  # the last words
    assert not common_initials("SRC", "the Slow Rotating Capacitors (SRC) rose")  # a name: capitals
    text = "The Harbour Quay Trust said on Friday that Marrow Fen Holdings Ltd Oldbury would"
    assert initials(text) == {"hqt", "mfh", "mfhlo"}
    assert holds("the lm rose", "name", "lakeland mining corp")
    assert not holds("the lmc rose", "name", "lakeland mining corp")  # the company ending gives none
    assert _head_first("DF", "Fisheries Department said") and not _head_first(
        "FD", "Fisheries Department said"
    )
    assert _leading_initials_held("northern ports authority", set(), lambda k: k == "np authority")
    assert _leading_initials_held("np authority", {"northern ports authority"}, lambda k: False)
    assert not _leading_initials_held("np authority", {"north pacific bank"}, lambda k: False)


def test_a_lone_ampersand_still_gives_a_letter_where_it_did():
    # written_as_initials reads every word of name_words, "&" too (EVERY_WORD, not SMALL_WORDS): the
    # move changes no output; reading "&" as a small word here is a change of its own, left open
    assert written_as_initials("harbour quay trust", "the HQT said")
    assert not written_as_initials("harbour & quay trust", "the HQT said")
