"""A side of the case is the one barrister the text names by his office: "the prosecution say", "The
Crown told the court", where the text names "prosecutor Tom Bell" or "Tom Bell QC, for the prosecution".

The shape: a court report names the prosecuting barrister once, by his office before his name
("prosecutor Charles Wide, QC, said"; "defence counsel Ann Cole told") or after it ("Tom Bell, the
prosecutor,"), and elsewhere lets his side speak: "a police constable found what the prosecution say
is a vital piece of evidence", "The Crown told the court it had fallen into the sink ..., the Crown
alleged". A reader takes the side for the barrister who puts its case (round 19's ruling:
counsel's side beside counsel is counsel); the findings had counted an anonymous "the prosecution"
and an institution "The Crown" beside Wide. Read from the METER courts story 22.11.99/thomas (round
25's held-out pair, ``benchmarks/claims.md`` th52: the express's "what the prosecution say" beside
"prosecutor Charles Wide, QC"; th74: the times's "The Crown told the court" and "the Crown alleged"
beside "Charles Wide QC, for the prosecution"). :func:`~.side_holders.side_holder` read the side
set in commas after the name ("Tom Bell, prosecuting,") for a side that is no name; this reads the
office beside the name too, and "the Crown", which the tagger names as an organisation. A side the
text sets two people on, or none, stays as it was.

* :func:`counsel_holder`: that barrister's name for a label naming a side alone, or "".
"""

from __future__ import annotations

import re

from corpus_tools.attribution.side_holders import _NAMED_SIDE, _side, _without_opener
from corpus_tools.attribution.sides import side_of

__all__ = ["counsel_holder"]

_NAME = r"((?:[A-Z][\w'-]+ ){1,3}[A-Z][\w'-]+)"
_OFFICES = r"(prosecut)or|(prosecut)ing counsel|(defen)[cs]e counsel|(defen)ding counsel"
#: an office before a name ("prosecutor Charles Wide", "defence counsel Ann Cole")
_OFFICE_NAME = re.compile(rf"\b(?i:{_OFFICES}) {_NAME}")
#: a name before its office in commas ("Tom Bell, the prosecutor,", "Ann Cole QC, defence counsel,")
_NAME_OFFICE = re.compile(rf"{_NAME}(?:,? QC)?, (?:the )?(?:{_OFFICES})\b")


def _named(text: str, side: str) -> dict[str, str]:
    """Surname -> name of each person ``text`` sets on ``side``, by side or by office."""
    out = {}
    for m in _NAMED_SIDE.finditer(text):
        if _side(next(g for g in m.groups()[1:] if g)) == side:
            out[m.group(1).split()[-1]] = m.group(1)
    for m in _OFFICE_NAME.finditer(text):
        name = re.sub(r" QC$", "", m.group(5))
        if _side(next(g for g in m.groups()[:4] if g)) == side:
            out[name.split()[-1]] = name
    for m in _NAME_OFFICE.finditer(text):
        if _side(next(g for g in m.groups()[1:] if g)) == side:
            out[m.group(1).split()[-1]] = m.group(1)
    return out


def counsel_holder(label: str, text: str) -> str:
    """The name of the one barrister ``text`` sets on the side ``label`` names alone ("the
    prosecution", "The Crown", "the defence"), by his side or his office beside his name; "" for
    any other label, or when the text sets no one or several people on that side.

    Example:
        >>> text = "Police found what the prosecution say is a clue, prosecutor Tom Bell, QC, said."
        >>> counsel_holder("the prosecution", text), counsel_holder("The Crown", text)
        ('Tom Bell', 'Tom Bell')
        >>> counsel_holder("The Crown", "The Crown said so. Tom Bell QC, for the prosecution, told them.")
        'Tom Bell'
        >>> counsel_holder("the defence", text), counsel_holder("Tom Bell", text)
        ('', '')
        >>> counsel_holder("The Crown", text + " Ann Lee, the prosecutor, said no.")
        ''
    """
    side = side_of(label)
    text = str(text)
    if not side or side[:5] not in text.lower():  # "prose", "defen": no side or office named
        return ""
    names = _named(" ".join(text.split()), side)
    return re.sub(r",? QC$", "", _without_opener(next(iter(names.values())))) if len(names) == 1 else ""
