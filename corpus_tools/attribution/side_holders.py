"""The one barrister a text sets on a side of the case, for "The prosecutor" or "the prosecution".

A court report names the prosecuting barrister once with his side ("Tom Bell, prosecuting, said",
"Tom Bell, for the prosecution, said", "Tom Bell QC, prosecuting the case, told the jury") and then
calls him by the side or its office: "The prosecutor said: ...", "The prosecution said: ...", "his
defence counsel accused" (round 24's TUNE_24 body1back 7, ``benchmarks/claims_tune24.md`` K2). A
reader takes them for the man named; the findings had counted one more, anonymous, speaker of PA's
and of the paper (the claims audit's TUNE_19, 27.01.00/wife, kind K3: "The prosecutor said" two
sentences after "Bernard Thorogood, prosecuting, said"; a paper's "The prosecution said" after its
"..., for the prosecution, said"; ``benchmarks/claims_tune19.md``). The defence is read the same
way ("Ann Cole, defending, said ... The defence said"), and stays anonymous when the text sets two
barristers on it (one for each defendant), or none. :func:`~.identities.role_holder` reads the
other tie, the office word beside the name ("prosecutor Tom Bell").

* :func:`side_holder`: that barrister's name, or "".
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.sides import side_of

__all__ = ["named_sides", "side_holder"]

#: a label for the barrister of a side by his office ("The prosecutor", "the defence counsel")
_OFFICE = re.compile(
    r"(?i)(?:the |his |her |their )?"
    r"(?:(prosecut)or|(prosecut)ing counsel|(defen)[cs]e counsel|(defen)ding counsel)"
)
#: a name and its side, set in commas after it ("Tom Bell, prosecuting," "Tom Bell QC, for the defence,")
_NAMED_SIDE = re.compile(
    r"((?:[A-Z][\w'-]+ ){1,3}[A-Z][\w'-]+)(?:,? QC)?,? (?:(prosecut)ing|(defen)ding|for the "
    r"(?:(prosecut)ion|(defen)[cs]e))\b"
)


def _side(stem: str) -> str:
    return "prosecution" if stem.lower() == "prosecut" else "defence"


def side_holder(label: str, text: str) -> str:
    """The name of the one barrister ``text`` sets on the side that ``label`` names alone ("The
    prosecutor", "the prosecution", "The defence"), "" when the label names more or the text sets
    no one or several people on that side.

    Example:
        >>> text = "Tom Bell, prosecuting, said they met in 1990. Ann Cole, defending Mr Roe, said he wept."
        >>> side_holder("The prosecutor", text), side_holder("the prosecution", text)
        ('Tom Bell', 'Tom Bell')
        >>> two = text + " Jo Hunt, defending, said no."
        >>> side_holder("The defence", text), side_holder("The defence", two)
        ('Ann Cole', '')
        >>> side_holder("his defence counsel", "But Ann Cole, QC, defending, told the jury.")
        'Ann Cole'
        >>> side_holder("a witness", text), side_holder("the defence QC", text)
        ('', '')
    """
    office = _OFFICE.fullmatch(str(label).strip())
    side = _side(next(g for g in office.groups() if g)) if office else side_of(label)
    if side not in ("prosecution", "defence") or side[:5] not in str(text):  # "prose", "defen"
        return ""
    names = {
        m.group(1).split()[-1]: m.group(1)
        for m in _NAMED_SIDE.finditer(str(text))
        if _side(next(g for g in m.groups()[1:] if g)) == side
    }
    return _without_opener(next(iter(names.values()))) if len(names) == 1 else ""


def named_sides(text: str) -> list[tuple[int, str]]:
    """Each barrister ``text`` names with a side ("Tom Bell, prosecuting,", "Ann Cole QC, for the
    defence"): the offset and the name, in text order (read by :mod:`~.counsel_nouns`).

    Example:
        >>> named_sides("However, said Tom Bell, prosecuting, it was over. But Ann Cole, defending, wept.")
        [(14, 'Tom Bell'), (54, 'Ann Cole')]
    """
    out = []
    for m in _NAMED_SIDE.finditer(str(text)):
        name = _without_opener(m.group(1))
        out.append((m.start(1) + len(m.group(1)) - len(name), name))
    return out


def _without_opener(name: str) -> str:
    """A name without the capitalised small word that opens its sentence ("But Mr Ann Lee": "Mr
    Ann Lee")."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.lower() in lexicon.STOP_WORDS else name
