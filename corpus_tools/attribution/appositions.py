"""A person named in an apposition whose speaker label is the description beside the name.

Two shapes a reader reads as one named person, which the findings had read as another or an
anonymous speaker (``benchmarks/claims_tune16.md``, kind U7):

* the name, then an indefinite description with no comma to close it, then the verb: "Mr Hale, a
  lorry driver said ..." (the parser takes "a lorry driver" for the subject). The speaker is the
  name that opens the sentence, when it has a title ("Mr Hale") or the group names that surname
  for a person; or the name after an office word, wherever it stands ("... too early," Ways and
  Means chairman Dan Reed, an Ohio Democrat said"), the description a lower-case one or a place and
  a party ("an Ohio Democrat"; round 35, branch audit35, Reuters-21578 4552 2 and 4595 2, rows tr6
  and tr9 of ``benchmarks/claims.md``: the chairman labelled "an Illinois Democrat", typed an
  institution, and "no named person");
* a relative described by another person's name and named by a given name in apposition:
  "victim Tom Hale's sister, Jane, said", "Ms Adams's sister Janet". She is "Jane Hale" when the
  text writes that, else (when the tagger left the label unnamed) the given name alone: a named
  person, never an anonymous one.

* :func:`name_before_description`: the name before "NAME, a DESCRIPTION", or "";
* :func:`kin_given_name`: the relative's name of a kin label, or "".
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.kin_titles import family_titled

__all__ = ["kin_given_name", "name_before_description"]

_HONORIFICS = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Professor)"
#: the name that opens a sentence, then ", " at the end of the text before the description
_NAME_COMMA = re.compile(
    rf"(?:^|[.!?:][\"'\u2019\u201d]?\s+|\n\s*)"
    rf"((?:{_HONORIFICS}\.? )?(?:[A-Z][a-z][\w'-]* ){{0,2}}[A-Z][a-z][\w'-]*), $"
)
#: an indefinite description with no name in it ("a tenant farmer", "an unemployed builder"), or a
#: place and a party ("an Ohio Democrat", "a New York Republican")
_INDEFINITE = re.compile(r"^(?:a|an) (?:[a-z][a-z -]*|(?:[A-Z][a-z]+ ){1,2}(?:Democrat|Republican))$")
#: a name of two or three words after an office word, at the end of the text before the description:
#: "Ways and Means chairman Dan Reed, " (the office word lower case, :data:`~.lexicon.SPEAKER_WORDS`)
_OFFICE_NAME_COMMA = re.compile(r"\b([a-z]+)\s+((?:[A-Z][a-z][\w'-]*\s+){1,2}[A-Z][a-z][\w'-]*), $")
#: a relative named by a given name after another person's possessive name: "Ms Adams's sister
#: Janet", "crash victim Tom Hale's mother, Jane" (lower-case words may open it); a surname with an
#: apostrophe too ("O'Neill's father Eoghan": TUNE_25's inqira, ``benchmarks/claims_tune25.md`` K3)
_KIN_NAME = re.compile(
    r"^(?:[a-z]+ ){0,2}(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?(?:[A-Z][a-z]+ )?([A-Z](?:['\u2019][A-Z])?[a-z][\w-]*)"
    r"(?:'s|\u2019s|') "
    r"((?:[a-z-]+ ){0,1}[a-z-]+),? ([A-Z][a-z]+)$"
)


def name_before_description(label: str, before: str, people: set[str]) -> str:
    """The name before an indefinite description taken for the subject ("Mr Hale, a lorry driver
    said"): ``label`` the description, ``before`` the document's text before it, ``people`` the
    surnames the group gives people. The name opens its sentence and has a title, or its surname
    is one of ``people``; else "".

    Example:
        >>> name_before_description("a lorry driver", "He was fined. Mr Hale, ", set())
        'Mr Hale'
        >>> name_before_description("a lorry driver", "Tom Hale, ", {"Hale"})
        'Tom Hale'
        >>> name_before_description("a spokesman", "Last Tuesday, ", {"Hale"})
        ''
        >>> name_before_description("an Ohio Democrat", 'too early," House chairman Dan Reed, ', set())
        'Dan Reed'
    """
    if not _INDEFINITE.match(" ".join(str(label).split())):
        return ""
    tail = before[-80:] if len(before) > 80 else before
    found = _NAME_COMMA.search(tail)
    name = found.group(1) if found else ""
    titled = re.match(rf"{_HONORIFICS}\.? ", name) is not None
    words = name.split()
    if not words or (not titled and (len(words) < 2 or words[-1] not in people)):
        office = _OFFICE_NAME_COMMA.search(tail)  # "chairman Tom\nBarrow, ": one name, wrapped or not
        official = office is not None and office.group(1) in lexicon.SPEAKER_WORDS["official"]
        return " ".join(office.group(2).split()) if official else ""
    if words[-1].lower() in lexicon.STOP_WORDS:
        return ""
    return name


def kin_given_name(label: str, text: str) -> str:
    """The name of a relative called by a given name after another's possessive name: "Jane Hale"
    for "victim Tom Hale's mother, Jane" when ``text`` writes "Jane Hale", else "Jane"; "" for
    another label.

    Example:
        >>> kin_given_name("victim Tom Hale's mother, Jane", "Tom Hale died.")
        'Jane'
        >>> kin_given_name("Ms Adams's sister Janet", "Janet Adams wept.")
        'Janet Adams'
        >>> kin_given_name("Mr Hale's solicitor", "")
        ''
    """
    kin = _KIN_NAME.match(" ".join(str(label).split()))
    if not kin:
        return ""
    relative = f"{kin.group(3)} {kin.group(1)}"
    # "O'Neill's father Eoghan ... Mr O'Neill": the father; "Mr Bell's son, Mark": "Mr Bell" is the father
    owner = re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? (?:[A-Z][a-z]+ )?{re.escape(kin.group(1))}\W", label)
    titled = not owner and family_titled(kin.group(2), kin.group(1), text)
    return relative if relative in text or titled else kin.group(3)
