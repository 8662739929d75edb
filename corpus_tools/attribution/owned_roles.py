"""An office named by whose it is, "Northam's manager", for the one person the story names with it.

"SOCCER boss Dave Kerridge faces a 10-month wait ... / Northam's manager will deny 13 charges": a
reader takes "Northam's manager" for the man the story calls "Northam FC manager Dave Kerridge"; the
findings had counted an anonymous second speaker beside him, and the paper then dropped the PA
take's speaker it keeps (26.01.00/jones's star, ``benchmarks/claims_tune20.md``, kind K1). The
role readings (:func:`~.identities.role_holder`, :func:`~.roles.family_holder`) read "the manager"
and "his lawyer", not a proper noun's possessive.

The rule: a label "<Name>'s <office>" (one or two capitalised words before the possessive, an office
of :data:`~corpus_tools.lexicon.SPEAKER_WORDS` ``official`` after it) is the one person the text
names as "<Name> [one or two capitalised words] <office> <person's name>" ("Northam FC manager Dave
Kerridge", "Northam manager Dave Kerridge") or in apposition ("Tom Bell QC, Mr Dodd's counsel": the
guardian of TUNE_22's 22.11.99/hamilton, "Mr Hamilton's counsel described as ...", kind K1 of
``benchmarks/claims_tune22.md``); "" when the text names no one or two people so.

* :func:`owned_role_holder`: that person's name, or "".
"""

from __future__ import annotations

import re

from corpus_tools import lexicon

__all__ = ["owned_role_holder"]

_LABEL = re.compile(r"([A-Z][\w-]*(?: [A-Z][\w-]*)?)['\u2019]s ([a-z]+)")
_PERSON = r"((?:[A-Z][\w'-]* ){0,2}[A-Z][a-z][\w'-]*)"


def owned_role_holder(label: str, text: str) -> str:
    """The one person ``text`` names with the office and owner of ``label`` (module docstring).

    Example:
        >>> text = "Northam FC manager Dave Kerridge was charged. Leeds manager Tom Ray spoke."
        >>> owned_role_holder("Northam's manager", text), owned_role_holder("Hull's manager", text)
        ('Dave Kerridge', '')
        >>> owned_role_holder("Northam's defender", text), owned_role_holder("the manager", text)
        ('', '')
        >>> owned_role_holder("Mr Dodd's counsel", "Tom Bell QC, Mr Dodd's counsel, said so.")
        'Tom Bell'
    """
    found = _LABEL.fullmatch(" ".join(str(label).split()))
    if not found or found.group(2) not in lexicon.SPEAKER_WORDS["official"] or found.group(1) not in text:
        return ""
    owner, office = (re.escape(g) for g in found.groups())
    pattern = rf"\b{owner}(?: [A-Z][\w&'-]*){{0,2}} (?i:{office}) {_PERSON}\b"
    names = {m.group(1) for m in re.finditer(pattern, str(text))}
    # "Tom Bell QC, Mr Dodd's counsel"
    apposition = rf"\b{_PERSON},?(?: QC,?)? {owner}['\u2019]s (?i:{office})\b"
    names |= {m.group(1) for m in re.finditer(apposition, str(text))}
    return max(names, key=len) if len({n.split()[-1] for n in names}) == 1 else ""
