"""A source statement a version keeps in its own voice, without its speaker.

A paper often states as fact what its source gave to a speaker: "The Government abolished the
scheme to release money to cut class sizes" for "The Government argued that the move would release
money to reduce class sizes", or "So far 340 letters of appeal ... only 184 upheld" for "A spokesman
said officials had looked at 340 applications ... and had granted 184". Such a speaker is "kept
without saying who" (:mod:`corpus_tools.report.speaker_findings`), never also dropped (the lead's
ruling of round 16 on ``benchmarks/claims.md``'s rows h14 and pl41).

:func:`~.survival.speaker_survival` already counts a statement told without a speaker when a version
sentence anywhere holds most of its words (:data:`~.paraphrase.MIN_UNATTRIBUTED`). This module reads
two more shapes, each on the statement's own content words, never the story's topic alone:

* the version sentence the alignment takes from the statement's sentence, with no statement of its
  own there, holds at least :data:`MIN_ALIGNED` of the statement's content words (a rewording
  keeps a part of them; a sentence aligned for another clause of the source sentence keeps one or
  two topic words, and is not enough);
* a version sentence anywhere holds two or more of the statement's numbers and
  :data:`MIN_NUMBERS` of its content words: figures the paper gives without their speaker.

Both shapes, and survival's own test of a sentence anywhere (:func:`told_anywhere`), read only the
statement's words beyond the story's stock words (:func:`stock_keys`: the words the statements of
many of the source's speakers share, "care", "health", "authority" in a story about the funding of
nursing care): a paper sentence about the story's topic is not a speaker's statement told (the
claims audit's round 17, cause 6: speakers listed as kept without saying who where nothing of
theirs is in the paper). A statement of fewer than four such words ("on Long Term Care", a
name's tail read as a statement) is told by no sentence without its speaker.
"""

from __future__ import annotations

import functools
import re

from corpus_tools.attribution.paraphrase import MIN_UNATTRIBUTED, names_in

__all__ = ["MIN_ALIGNED", "MIN_NUMBERS", "STOCK_SPEAKERS", "own_voice", "stock_keys", "told_anywhere"]

#: the least share of the statement's content keys, and the least number of them, that a version
#: sentence aligned to the statement's sentence must hold to tell it in the paper's own voice
MIN_ALIGNED = (0.25, 4)
#: the least number of the statement's content keys (two of them numbers) a version sentence
#: anywhere must hold to tell the statement's figures in its own voice
MIN_NUMBERS = 3
#: a word the statements of at least this share of the source's speakers (and of three) hold is a
#: stock word of the story, no evidence that one speaker's statement is told
STOCK_SPEAKERS = (0.2, 3)


#: a sentence that opens or closes a quotation (its mark last, or before a last "?"): someone's
#: words (a quotation running on from the sentence before, whose speaker is there), never the
#: paper's own voice
_QUOTED = re.compile("^\\s*[\"\u201c\u2018']|[\"\u201d\u2019'][?!.]?\\s*$")


@functools.lru_cache(maxsize=4096)
def _names(text: str) -> frozenset[str]:
    # :func:`~.paraphrase.names_in` of a version sentence, read once: a version's sentences are
    # read again for each source statement (round 26, speed26)
    return frozenset(names_in(text))


def _numbers(keys: set[str]) -> set[str]:
    # a word of letters only holds no digit: read first, the cheap test (issue #23)
    return {k for k in keys if not k.isalpha() and any(ch.isdigit() for ch in k)}


def own_voice(
    parts: list[set[str]],
    aligned: set[int],
    sentences: list[tuple[int, set[str], str]],
    speaker=None,
    stock: frozenset[str] = frozenset(),
) -> bool:
    """Whether a version tells a source statement in its own voice (module docstring).

    Args:
        parts: the :func:`~.paraphrase.content_keys` of the statement and of each report nested in
            it (a version may tell one alone).
        aligned: the version's sentences (``sent_id``) the alignment takes from the statement's
            sentence, that hold no statement of the version sharing its content.
        sentences: every sentence of the version, ``(sent_id, content keys, text)``; one that opens
            or closes a quotation is someone's words, and one that names the speaker says who.
        speaker: its identity (``kind``, ``names``: :class:`~.speaker_identity._Who`); a sentence
            naming a person speaker says who ("he was reminded by Mr Carman of the findings"), one
            naming a body may be the paper's voice ("The Government abolished the scheme").
        stock: the story's stock words (:func:`stock_keys`): at least half of the words an aligned
            sentence shares with the statement must be others.

    Returns:
        True when one part is held by an aligned sentence (:data:`MIN_ALIGNED`) or its figures by
        any sentence (:data:`MIN_NUMBERS`).

    Example:
        >>> from corpus_tools.attribution.paraphrase import content_keys
        >>> stmt = content_keys("the plan would free 20 million to cut class sizes in state primary schools")
        >>> told = content_keys("The council dropped the plan to cut class sizes in primary schools.")
        >>> topic = content_keys("The council dropped the plan last year.")
        >>> own_voice([stmt], {3}, [(3, told, "")]), own_voice([stmt], {3}, [(3, topic, "")])
        (True, False)
        >>> grants = content_keys("officials had looked at 260 applications and had granted 95")
        >>> figures = content_keys("So far 260 applications have been made and only 95 granted.")
        >>> own_voice([grants], set(), [(5, figures, "")]), own_voice([grants], set(), [(5, told, "")])
        (True, False)
    """
    share, fewest = MIN_ALIGNED
    person = speaker is not None and speaker.kind == "person"
    names = {n.lower() for n in speaker.names} if person else set()
    sentences = [
        (i, k) for i, k, x in sentences if not _QUOTED.search(x) and not (names and names & _names(x))
    ]
    for part in (p for p in parts if p):
        numbers = None  # the part's figures, read when a sentence shares enough words for them to count
        for sent_id, keys in sentences:
            shared = part & keys
            own = len(shared - stock) * 2 >= len(shared)  # half of them beyond the story's stock words
            if sent_id in aligned and own and len(shared) >= fewest and len(shared) / len(part) >= share:
                return True
            if len(shared) >= MIN_NUMBERS:
                numbers = _numbers(part) if numbers is None else numbers
                if len(numbers) >= 2 and len(_numbers(shared)) >= 2:
                    return True
    return False


def stock_keys(statements: list[dict]) -> frozenset[str]:
    """The story's stock words: the content keys (``part_keys``, :func:`~.paraphrase.content_keys`)
    found in the statements of at least :data:`STOCK_SPEAKERS` of the source's speakers
    (``speaker_id``; a named pair's statement given to its members, by its ``pair_id``: once);
    read once per source.

    Example:
        >>> from corpus_tools.attribution.paraphrase import content_keys
        >>> said = ["the council broke its care promise", "care homes will close", "care is a right",
        ...         "the bus lane is unlawful"]
        >>> rows = [{"speaker_id": i, "part_keys": [content_keys(x)]} for i, x in enumerate(said)]
        >>> sorted(stock_keys(rows))
        ['car']
    """
    share, fewest = STOCK_SPEAKERS
    speakers: dict[str, set[str]] = {}
    for r in statements:
        speakers.setdefault(str(r.get("pair_id") or r["speaker_id"]), set()).update(*r["part_keys"])
    least = max(fewest, share * len(speakers))
    counts: dict[str, int] = {}
    for keys in speakers.values():
        for k in keys:
            counts[k] = counts.get(k, 0) + 1
    return frozenset(k for k, n in counts.items() if n >= least)


def told_anywhere(keys: set[str], own: set[str], facts: set[str]) -> bool:
    """Whether a version sentence of content keys ``keys`` tells a statement without its speaker:
    it holds :data:`~.paraphrase.MIN_UNATTRIBUTED` of the statement's own words ``own`` (its content
    keys beyond :func:`stock_keys`), never fewer than four of them, and one of its names or numbers
    ``facts``.

    Example:
        >>> from corpus_tools.attribution.paraphrase import content_keys, fact_keys
        >>> said = "the Borough Council closed the Elm Lodge home despite its promise"
        >>> told_anywhere(content_keys("Elm Lodge was closed by the council despite a promise"),
        ...               content_keys(said), fact_keys(said))
        True
        >>> told_anywhere(content_keys("Long Term Care"), content_keys("on Long Term Care"), {"long"})
        False
    """
    share, fewest = MIN_UNATTRIBUTED
    n = len(own & keys)
    return bool(facts & keys) and n >= fewest and n / max(len(own), 1) >= share
