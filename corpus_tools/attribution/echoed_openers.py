"""An opening description that speaks, named later under a description with its words: "An animal
welfare expert today told a court how he discovered a cattle truck was transporting ostriches.
... An inspection was carried out by Birmingham City Council's senior animal welfare officer,
Graham Taylor, ... Mr Taylor said: ...".

Read from round 29's held-out 02.11.99/ostrich (``benchmarks/claims.md``, rows oh5, oh16 and
oh19): the expert of the lead, whose own sentence says he "told a court", is named three sentences
on, past the hearing and the defendants' plea, so :mod:`~.opening_speakers` (the first person named
in the next two sentences) took a defendant or no one, and the paper that kept the expert's lead
"dropped Mr Taylor" while quoting him as that expert. A reader ties the two by the description's
own words: the person named later whose noun phrase or apposition repeats every modifier of the
description ("animal welfare") is the one described. The description's sentence must say something
("told a court", "said today": a statement verb), the name come within five sentences and not
before the end of the description's sentence, and the person speak under his surname ("Mr Taylor
said").

* :func:`echoed_opener`: that person's name, or "".
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.descriptions import names_in
from corpus_tools.attribution.opening_pleas import description_head
from corpus_tools.attribution.opening_speakers import _SAID, _TITLES, _agrees, _spans

__all__ = ["echoed_opener"]

#: how many sentences after the description's the name may come
_REACH = 5
#: an indefinite description with no capitalised word after its article ("An animal welfare expert")
_INDEFINITE = re.compile(r"^(?:a|an)\s+((?:[a-z][\w'-]*\s+)+[a-z][\w'-]*)$", re.IGNORECASE)
#: words too common to tie a description to a name
_COMMON = lexicon.STOP_WORDS


def _modifiers(label: str) -> tuple[str, list[str]]:
    """The head and the modifiers (content words before it) of an indefinite description with no
    name, or ("", [])."""
    m = _INDEFINITE.match(label)
    if not m or any(w[:1].isupper() for w in label.split()[1:]):
        return "", []
    words = m.group(1).lower().split()
    head = description_head(label)
    mods = [w for w in words[:-1] if len(w) > 2 and w not in _COMMON]
    return (head, mods) if head and head == words[-1] else ("", [])


def _described_by(sentence: str, name: str) -> set[str]:
    """The lower-case words a sentence sets beside a name: up to eight words before it and an
    apposition after it ("senior animal welfare officer, Graham Taylor, and")."""
    at = sentence.find(name)
    if at < 0:
        return set()
    before = re.findall(r"[\w'-]+", sentence[:at])[-8:]
    after = re.match(r",\s*([^,.;]{1,60})[,.;]", sentence[at + len(name) :])
    words = before + (re.findall(r"[\w'-]+", after.group(1)) if after else [])
    return {w.lower() for w in words}


def echoed_opener(label: str, before: str, after: str, surnames: set[str]) -> str:
    """The full name an opening description that speaks stands for, when a later sentence names
    a person with every modifier of the description beside the name (module docstring), else "".

    Args:
        label: the speaker's label ("An animal welfare expert").
        before: the document's text before the mention.
        after: the document's text from the mention on.
        surnames: the surnames the text gives people (:func:`~.surnames.person_surnames`).

    Example:
        >>> text = ("A road safety expert told a court how he found the van. Tom Lee denies it. "
        ...         "The van was checked by senior road safety officer Ian Hale. Mr Hale said it was unsafe.")
        >>> echoed_opener("A road safety expert", "", text, {"Lee", "Hale"})
        'Ian Hale'
        >>> echoed_opener("A fire expert", "", text, {"Lee", "Hale"})
        ''
    """
    label = " ".join(str(label).split())
    head, mods = _modifiers(label)
    if not mods:
        return ""
    text, at = before + after, len(before)
    spans = _spans(text)
    k = next((j for j, (a, b) in enumerate(spans) if a <= at < b), None)
    if k is None or not _SAID.search(text[at : spans[k][1]]):
        return ""
    for a, b in spans[k + 1 : k + 1 + _REACH]:
        sentence = " ".join(text[a:b].split())
        for name in names_in(sentence, surnames, text):
            words = [w for w in name.split() if w.lower().rstrip(".") not in _TITLES]
            if len(words) < 2 or not set(mods) <= _described_by(sentence, name):
                continue
            last = re.escape(words[-1])
            if re.search(rf"\b{last}\b", text[: spans[k][1]]):
                return ""
            speaks = re.search(rf"\b{last}\b\s+(?:[a-z]+\s+)?{_SAID.pattern}", text[b:])
            return " ".join(words) if speaks and _agrees(head, name, sentence, text) else ""
    return ""
