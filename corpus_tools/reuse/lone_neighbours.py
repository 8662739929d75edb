"""A next source sentence that shares one word alone is not fused (issue #22, round 33, rkind33).

Read from TUNE_33's Reuters update series (``benchmarks/claims_tune33_r.md``): a wire update's
"The April 9 committee meeting is expected to review the agreement ... such as South Korea and
Taiwan, should allow their currencies to increase in value" retells the earlier story's third
sentence alone, but :func:`corpus_tools.reuse.neighbours.adjacent_fused` joined the next one ("The
official said Chung is expected to outline Seoul's efforts to increase imports ...") for the one
word "increase"; Funaro's "... was always to seek new ways" took the next sentence ("... Funaro is
now on his way to Tokyo") for "way". The variants then cut the whole of that sentence from the
version sentence, so the findings counted it kept ("keeps 3 of 2790's 3 sentences and drops 0")
and its words a cut ("words cut (1 place, 37 words)").

The shape: the next source sentence brings one word of what happened, and it shares no other
word (content word or number) with the version sentence beyond those its first source sentence
already holds. Nothing but that word would be taken from it, so it is not a source. A neighbour
sharing a second word joins as before (the METER traveller's "But a judge ruled that ..." shares
"judge" and "ruled" with "... Judge Alan Crane ruled against Mr Mallory", where the claim's
sentence holds neither), and so does the sentence before for one word when that word opens the
version sentence or closes it (round 16's pinned "Her goats got out through a broken fence, and a
freight train had to brake sharply", whose "goats" is the earlier sentence's: a fused sentence
opens on what the earlier one told). Round 36 (rkind36, :func:`opens`): not a word inside what
the later sentence explains, nor the sentence's teller ("The company said ..."); TUNE_36's
4784+4886 and TUNE_35's 9808+12559 had been counted keeping a sentence they tell nowhere.
"""

from __future__ import annotations

__all__ = ["opens", "shares_more"]


def shares_more(t, s, brought: frozenset[str], held: set[str], chosen: list = ()) -> bool:
    """Whether source sentence ``s`` may join sentence ``t`` as a neighbour of a fusion: it comes
    before the source sentences of its file already ``chosen`` (matches) and its word opens ``t``
    (:func:`opens`), it brings two words or more (``brought``), or it shares with ``t`` a content
    word or number besides the one it brings that the sentence's first source sentences do not
    hold (``held``).

    Example:
        >>> from corpus_tools.reuse.matching import Sentence
        >>> from corpus_tools.reuse.similarity import sentence_words
        >>> w = lambda text: sentence_words(text.split(), lemmas=True)
        >>> t = Sentence("v", 2, 0, 1, (), w("currencies should rise in value"))
        >>> s = Sentence("w", 4, 0, 1, (), w("Chung will stress the value of imports"))
        >>> one, two = frozenset({"valu"}), frozenset({"valu", "rise"})
        >>> shares_more(t, s, one, set()), shares_more(t, s, two, set())
        (False, True)
    """
    mine = [m.src.sent_id for m in chosen if m.src.doc_id == s.doc_id]
    if len(brought) > 1 or (mine and s.sent_id < min(mine) and opens(t, brought, held)):
        return True
    mine = t.words.content | t.words.numbers
    return bool((mine & (s.words.content | s.words.numbers)) - held - brought)


def opens(t, brought: frozenset[str], held: set[str]) -> bool:
    """Whether a word ``brought`` by the source sentence before a fusion's stands outside what the
    fusion's first source sentences explain in sentence ``t``: before every word of ``t`` they
    hold (``held``), as a fused sentence opens on what the earlier sentence told ("Her goats got
    out through a broken fence ..."), or after every one ("... questioned her about her sex life
    and her underwear", the underwear the earlier sentence's). A word in the middle of what the
    later sentence explains is that
    sentence's retelling, not the earlier one's: "retail prices for mobile cellular telephones
    have declined ... the company no longer believes" retells "The company said dropping retail
    prices resulted in the mobile division no longer being able to make a profit" alone, though
    the sentence before it names the "telephone systems division". Nor does the teller of the
    sentence, a word followed by a verb of saying ("The company said it expects to announce ..."
    does not take the earlier "The company said talks are proceeding ..." for "company"). Round
    36, branch rkind36: TUNE_36's 4784+4886 and TUNE_35's 9808+12559.

    Example:
        >>> from corpus_tools.reuse.matching import Sentence
        >>> from corpus_tools.reuse.similarity import sentence_words
        >>> w = lambda text: sentence_words(text.split(), lemmas=True)
        >>> t = Sentence("v", 0, 0, 1, (), w("Her goats got out through a broken fence"))
        >>> opens(t, frozenset({"goat"}), {"break", "fenc"}), opens(t, frozenset({"got"}), {"goat", "fenc"})
        (True, False)
        >>> t = Sentence("v", 0, 0, 1, (), w("The company said it expects to announce the date"))
        >>> opens(t, frozenset({"company"}), {"announc", "dat"})
        False
    """
    keys, words = t.keys, t.words
    said = words.content - words.topical - words.names - words.numbers  # its verbs of saying
    inside = [n for n, k in enumerate(keys) if k in held]
    first, last = (inside[0], inside[-1]) if inside else (len(keys), len(keys))
    return any(
        k in brought and not first <= n <= last and (n + 1 == len(keys) or keys[n + 1] not in said)
        for n, k in enumerate(keys)
    )
