"""A source statement a version tells without a cue, in words that say who said it.

:func:`~.survival.speaker_survival` lists a speaker as kept "without saying who" when a version
sentence tells one of its statements and no statement of the version there is the speaker's
(:mod:`~.own_voice`). A reader says the version does say who when the telling sentence, or the
sentence before it, names the speaker ("When she went for help, the prosecution alleged. Martin
pushed him ..."), or when the sentence stands inside a quotation that runs on over sentences and
the sentence that opens it, or the one before that, names the speaker ("Mr Hale, 52, and his wife
issued a statement. It said: 'We would like ... He was a cheerful boy ...'"): the speaker is kept
(the claims audit's TUNE_18, 16.07.99/bondi and 08.12.99/thomas: b31, t102, t105, t111). A named
speaker is named by one of its names (a couple by all of them, :func:`~.couples.named_in`); an
unnamed one by the head noun of its label ("neighbour" of "A former neighbour of Roberts",
"prosecution"), in lower case, as a common noun; a named one by the common nouns of its
description too ("The couple said" for "Carol and John Hale"). Only people and anonymous speakers:
a body a paper names beside its act states the act in its own voice ("The council ended the
scheme to cut class sizes", for the council's argument), as :mod:`~.own_voice` reads it. A
hearing ("the jury was told") is named by no sentence: what a court heard and a paper states is its
own voice.
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.couples import named_in
from corpus_tools.attribution.paraphrase import names_in

__all__ = ["head_noun", "says_who"]

#: how far back a quotation that runs on over sentences is looked for
_REACH = 12
_OPEN = re.compile("(?:^|(?<=[\\s:(\u2014-]))[\"'\u201c\u2018](?=[A-Za-z0-9])")
_CLOSE = re.compile("(?<=[\\w.,!?])[\"'\u201d\u2019](?=\\s|$|[.,;:!?)])")
_TAIL = re.compile(r"\s+(?:of|for|from|at|in|on|to|who|which|that)\s.*$|,.*$", re.I)


def head_noun(label: str) -> str:
    """The last lower-case word of an unnamed speaker's label before its first preposition or
    clause, no stop word; "" for none.

    Example:
        >>> head_noun("A former neighbour of Roberts"), head_noun("the prosecution"), head_noun("He")
        ('neighbour', 'prosecution', '')
    """
    words = re.findall(r"[A-Za-z]+", _TAIL.sub("", label.strip()))
    last = words[-1] if words else ""
    return last if last.islower() and last not in lexicon.STOP_WORDS else ""


def _left_open(text: str) -> bool:
    """Whether a sentence opens a quotation it does not close."""
    opens = [m.start() for m in _OPEN.finditer(text)]
    closes = [m.start() for m in _CLOSE.finditer(text)]
    return bool(opens) and max(opens) > max(closes, default=-1)


def _opening(texts: list[str], k: int) -> int | None:
    """The position of the sentence that opens the quotation sentence ``k`` stands in, when the
    quotation runs on from an earlier sentence; else None."""
    for i in range(k - 1, max(-1, k - 1 - _REACH), -1):
        if _CLOSE.search(texts[i]) and not _left_open(texts[i]):
            return None  # a quotation closed before sentence k
        if _left_open(texts[i]):
            return i
    return None


def says_who(tellers: list[int], texts: list[str], speaker, label: str) -> bool:
    """Whether one of the version's sentences ``tellers`` (positions in ``texts``, the version's
    sentences in order) that tell a source statement without its speaker says who said it (the
    module docstring). ``speaker``: the source speaker's identity
    (:class:`~.speaker_identity._Who`); ``label``: its first label.

    Example:
        >>> from types import SimpleNamespace as W
        >>> hale = W(named=True, names={"Hale"}, description=frozenset({"hale"}), people=1, hearing=False)
        >>> texts = ["Mr Hale issued a statement.", "It said: 'We are glad.", "He was a kind boy.'"]
        >>> rain = ["Rain fell.", *texts[1:]]
        >>> says_who([2], texts, hale, "Tom Hale"), says_who([2], rain, hale, "Tom Hale")
        (True, False)
    """
    if speaker.hearing or not tellers or getattr(speaker, "kind", "person") not in ("person", "anonymous"):
        return False  # a body named beside its act may be the paper's voice ("The council ended ...")
    own = {n.lower() for n in (*speaker.names, *getattr(speaker, "firsts", ()))}
    nouns = (set(speaker.description) - own) if speaker.named else {head_noun(label)} - {""}
    if not speaker.named and not nouns:
        return False
    noun = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(nouns)))})\b") if nouns else None

    def names(text: str) -> bool:
        return bool(noun and noun.search(text)) or (speaker.named and named_in(speaker, names_in(text)))

    for k in tellers:
        near = [k, k - 1]
        j = _opening(texts, k)
        near += [j, j - 1] if j is not None else []
        if any(names(texts[i]) for i in near if 0 <= i < len(texts)):
            return True
    return False
