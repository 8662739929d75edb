"""A definite description that repeats the title wire copy set before one person's name.

Wire copy names an official once with his title in front, "Treasury Secretary James Baker said the
Group of Seven ... is fully committed", and later varies the reference with that title alone: "The
Treasury Secretary said that as well as trade issues he had to focus on macroeconomic issues". A
reader takes it for Baker; the tagger reads the capitalised title as a name, so the findings had
counted "The Treasury Secretary" as a second named speaker of the document, and a version that kept
Baker "dropped" it (read from TUNE_32's 17126+17138, 17126 9, kind W1 of
``benchmarks/claims_tune32.md``). :mod:`~.title_phrases` reads the same shape for unnamed labels
with a lower-case head ("the Welsh Assembly member"); :mod:`~.identities`' ``role_holder`` reads a
bare "the prosecutor".

The rule: a label "the" + one to four words ending in an official's title word (``lexicon``'s
official words: "Secretary", "President", "negotiator"), with a capitalised word among them, is the
person the document's text before it names in full (two capitalised words or more) right after the
same words, when that text names one such person. A title of rank ("prince", "king", "sheikh",
"queen": ``lexicon``'s titles with a gender, less the courtesy ones) needs no capital: "the
prince" after "Crown Prince Abdullah bin Abdul Aziz" is the prince, whose name may hold a particle
("bin", "al", "de", "van"); so "the Crown Prince" of one version and "the prince" of the next are
one speaker (round 34, branch spk72, from round 33's held-out 20891+20719, row sb14 of
``benchmarks/claims.md``, where "the prince" had been read as the Vice President named between).

A member of a chamber ("the senator") needs no capital either: he is the one person the text before
names as a member of it, by the title ("Sen.", "Senator") or as one of its leaders ("Senate
Republican leader", "Senate Majority Whip"): "U.S. Senate Republican leader Robert Dole said
Congress should consider legislation ... The senator predicted Congress would have to decide" is
Dole (round 37, branch audit37, Reuters-21578 3847 8, ``benchmarks/claims.md`` gl4), where "The
senator" had been an anonymous second speaker.

A party's member told by his state and party ("The Illinois Democrat", "the Texas Republican")
is the one lawmaker the text before names by a lawmaker's title ("Rep.", "Sen.", "Congressman") or
as a chamber's chairman, leader, whip or speaker ("House Ways and Means chairman Dan Rostenkowski
said he questioned whether a U.S. tax on securities transactions would be appropriate. / The
Illinois Democrat told Reuters ...": round 38, branch tune38, ``TUNE_38``'s 8207 0-1,
``benchmarks/claims_tune38.md`` W1, where the epithet had been typed an institution beside him).
A chamber's "chief tax writer" ("The chief House tax writer also predicted", 8072 10) is the one
chairman of a committee of that chamber the text before names ("U.S. House Ways and Means
Committee Chairman Dan Rostenkowski"), where it had been an anonymous second speaker.

* :func:`repeated_title_holder`: that person's name, or "".
"""

from __future__ import annotations

import re

from corpus_tools import lexicon

__all__ = ["repeated_title_holder"]

_LABEL = re.compile(r"^[Tt]he ((?:[\w'.&-]+ ){0,3}([\w-]+))$")
#: a full name: two or more capitalised words ("James Baker", "Alfred J. Warren"), with a particle
#: between them ("Abdullah bin Abdul Aziz")
_PARTICLE = r"(?:(?:bin|ibn|al|el|de|del|da|di|van|von|der|le|la|du)\s+)?"
_NAME = rf"((?:[A-Z][a-z][\w'-]*\s+(?:[A-Z]\.\s+)?{_PARTICLE})+[A-Z][a-z][\w'-]*)"
#: titles of rank, read without a capital ("the prince"); not the courtesy titles ("the sister")
_RANKS = (lexicon.MALE_TITLES | lexicon.FEMALE_TITLES) - {"mr", "mrs", "ms", "miss", "madam", "sir", "dame"}
_RANKS = _RANKS - {"lady", "father", "brother", "sister"}
#: a chamber's member: the titles and offices before a name that make him one
_MEMBERS = {
    "senator": r"(?:Sen\.|Senator|Senate(?:\s+[A-Z][a-z]+){0,2}\s+(?i:leader|whip))",
}
#: a party's member told by his state: "The Illinois Democrat", "the New York Republican"
#: a chamber's chief writer of its bills: "The chief House tax writer", "the top Senate trade writer"
_WRITER = re.compile(r"^[Tt]he (?:chief|top) (House|Senate) (?:[a-z]+ ){0,2}writer$")
_PARTY = re.compile(r"^[Tt]he (?:[A-Z][a-z]+ ){1,2}(?:Democrat|Republican)$")
#: a lawmaker's title before his name, or a chamber's office ("House Ways and Means chairman")
_LAWMAKER = (
    r"(?:Rep\.|Sen\.|Senator|Representative|Congressman|Congresswoman|"
    r"(?:House|Senate)(?:\s+(?:[A-Z][\w-]*|and)){0,5}\s+(?i:chairman|chairwoman|leader|whip|speaker))"
)


def repeated_title_holder(label: str, before: str) -> str:
    """The person a definite title description stands for (module docstring), else "".

    Args:
        label: the speaker's label ("The Treasury Secretary").
        before: the document's text before the description.

    Example:
        >>> before = "Treasury Secretary James Baker said the dollar was stable. He spoke."
        >>> repeated_title_holder("The Treasury Secretary", before)
        'James Baker'
        >>> repeated_title_holder("The Commerce Secretary", before)
        ''
        >>> before = "Crown Prince Faisal bin Omar met Vice President Tom Reed. "
        >>> repeated_title_holder("the prince", before), repeated_title_holder("the Crown Prince", before)
        ('Faisal bin Omar', 'Faisal bin Omar')
        >>> before = "House Ways and Means chairman Dan Reed said he doubted a tax would pass. "
        >>> [repeated_title_holder(x, before) for x in ("The Ohio Democrat", "the chief House tax writer")]
        ['Dan Reed', 'Dan Reed']
    """
    label = " ".join(str(label).split())
    m = _LABEL.match(label) if label[:4].lower() == "the " else None  # the cheap test first
    if m and (writer := _WRITER.match(label)):  # "The chief House tax writer": the committee's chairman
        chair = rf"\b{writer.group(1)}(?:\s+(?:[A-Z][\w-]*|and)){{1,5}}\s+(?i:chairman|chairwoman)\s+{_NAME}"
        return _one_name(re.finditer(chair, before))
    if m and _PARTY.match(label):  # "The Illinois Democrat": House Ways and Means chairman Dan Reed
        return _one_name(re.finditer(rf"\b{_LAWMAKER}\s+{_NAME}", before))
    if m and m.group(1).lower() in _MEMBERS:  # "The senator": Senate Republican leader Robert Dole
        return _one_name(re.finditer(rf"\b{_MEMBERS[m.group(1).lower()]}\s+{_NAME}", before))
    rank = m is not None and m.group(2).lower() in _RANKS
    if not m or not rank and m.group(2).lower() not in lexicon.SPEAKER_WORDS["official"]:
        return ""
    words = m.group(1).split()
    if not rank and not any(w[:1].isupper() for w in words):
        return ""
    phrase = r"\s+".join(re.escape(w) for w in words)
    return _one_name(re.finditer(rf"\b(?i:{phrase})\s+{_NAME}", before))


def _one_name(found) -> str:
    """The one person the matches name (his longest form), or "" for none or several."""
    names = {n.group(1) for n in found}
    if len({n.split()[-1] for n in names}) != 1:
        return ""
    return " ".join(max(names, key=len).split())
