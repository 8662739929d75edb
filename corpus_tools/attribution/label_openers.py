"""What opens a speaker label before the speaker: the time and place of the report ("Today",
"Yesterday at Leeds Crown Court,"), a dateline's date and dash ("Sep 14 - "), a participial clause
before a title and name ("Recording a verdict of suicide"), and the side after a lawyer's name
("Mr Anthony Morris for the Crown"). Moved unchanged out of :mod:`~.identities` (round 26), which
reads the labels :func:`clean_label` gives.

* :func:`clean_label`: the label without them.
"""

from __future__ import annotations

import re

from corpus_tools import lexicon

__all__ = ["clean_label"]

#: words that open a label with the time of the report, not the speaker ("Today Alun Jones QC")
_DATELINE = r"(?:Today|Yesterday|Tonight|Earlier|Later|Now|Meanwhile|Then|Last night)"
#: the time and the place of the report before its subject ("Yesterday at Teesside Crown Court, ")
_TIME_PLACE = re.compile(rf"^{_DATELINE},? (?:at|in|outside) [^,]{{1,60}}, (?=[A-Z])")
#: a name with its apposition ("Barwell, 42, a lorry driver from Leeds"), left after that time and place
_NAME_APPOSITION = re.compile(r"^((?:[A-Z][\w'-]* ){0,3}[A-Z][\w'-]*)(?:, \d{1,3})?, (?:a|an|the) [^,]*$")
#: the side a named lawyer speaks for, after the name ("Mr Anthony Morris for the Crown")
_FOR_SIDE = re.compile(r"^((?:[A-Z][\w'.-]* )+[A-Z][\w'.-]*),? for (?:the )?[A-Za-z]+$")
#: a dateline's date and dash ("Sep 14 - "), not a hyphenated age or span ("The 18-year-old", "A 3-day")
_DATE_DASH = re.compile(
    r"^(?!(?:The|A|An|THE|AN?|This|That|Some|Every) )(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})"
    r"\s*[-\u2013\u2014]+(?!(?:year|month|week|day|hour|minute)s?-)\s*"
)
#: titles before a name, never a given name: "Dr" and "Prof" among them (round 29, spk62: "Dr Clarke
#: said" after "Dr John Clarke, a pathologist" was another person, its given name "Dr", in
#: ``TUNE_28``'s 22.11.99/inqathlete telegraph)
_TITLES = (
    lexicon.SPEAKER_WORDS["official"]
    | lexicon.MALE_TITLES
    | lexicon.FEMALE_TITLES
    | lexicon.RANKS_BEFORE_A_NAME
    | lexicon.HONORIFICS
    | {"professor"}
)
_CAP = r"[A-Z][\w'\u2019.-]*"
#: a title, then a name of capitalised words (post-nominals allowed), at the end of a label
_TITLE_NAME = re.compile(
    rf"((?:{_CAP} )*(?:[a-z][\w-]* )?(?:{'|'.join(sorted(_TITLES, key=len, reverse=True))}) "
    rf"(?:{_CAP} ?)+)$",
    re.IGNORECASE,
)


def _bare(word: str) -> str:
    return word.lower().strip(".").removesuffix("'s").removesuffix("\u2019s")


def clean_label(label: str) -> str:
    """A speaker label without the time of the report before it, or a participial clause before a
    title and name.

    Example:
        >>> clean_label("Today Gareth Hughes QC"), clean_label("Sep 14 - Foreign Minister Ana Ruiz")
        ('Gareth Hughes QC', 'Foreign Minister Ana Ruiz')
        >>> clean_label("Recording a verdict of misadventure North Devon coroner Ruth Wallis")
        'North Devon coroner Ruth Wallis'
        >>> clean_label("Yesterday at Leeds Crown Court, Hale, 42, a van driver from York")
        'Hale'
        >>> clean_label("Spanish judge Baltasar Garzon"), clean_label("court Mrs Ann Lee")
        ('Spanish judge Baltasar Garzon', 'Mrs Ann Lee')
    """
    text = " ".join(str(label).split())
    text = re.sub(r"^(?:[a-z][\w'-]* )+(?=(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z])", "", text)  # "in court Mrs Lee"
    text = _DATE_DASH.sub("", text)
    text = re.sub(rf"^{_DATELINE},? (?=[A-Z])", "", text)
    placed = _TIME_PLACE.sub("", text)
    if placed != text:  # "Yesterday at Teesside Crown Court, Barwell, a lorry driver from Leeds": Barwell
        text = _NAME_APPOSITION.sub(r"\1", placed)
    text = _FOR_SIDE.sub(r"\1", text)  # "Mr Anthony Morris for the Crown": the name
    first = text.split(" ", 1)[0]
    if first.endswith("ing") and first[:1].isupper():  # "Recording a verdict of suicide ..."
        found = _TITLE_NAME.search(text[len(first) :])
        if found:
            rest = found.group(1).split()
            while rest and rest[0][:1].islower() and _bare(rest[0]) not in _TITLES:
                rest = rest[1:]  # "suicide West Yorkshire coroner": the clause's last word is no part
            return " ".join(rest)
    return text
