"""A relative named by a given name after the family's possessive bears the family's surname when
the text gives that surname a title of the relative's sex.

A report names a victim's father by his given name after the son's possessive, and goes on with
the title and the surname: "Speaking afterwards, O'Neill's father Eoghan said he was
'disappointed' ... / Mr O'Neill added: ...". A reader takes "Mr O'Neill" for the father; the
findings had read "Eoghan" alone, and counted "Mr O'Neill" a second speaker of the take, whom every
paper then "dropped" or was "given the statements" of (read from TUNE_25's 18.02.00/inqira,
inqira4sub, kind K1 of ``benchmarks/claims_tune25.md``). :func:`~.appositions.kin_given_name`
gave the full name only where the text writes it ("Eoghan O'Neill").

The rule: a kin word of one sex (:data:`MALE_KIN`: father, son, brother ...; :data:`FEMALE_KIN`:
mother, daughter, sister ...) whose relative the text calls by a title of that sex and the
family's surname ("Mr O'Neill"; "Mrs", "Miss" or "Ms" for a woman) is that surname's bearer: the
full name is the given name and the surname. A husband or a wife, who may not share it, is no
such kin.

* :func:`family_titled`: whether the text titles the family's surname for the relative's sex.
"""

from __future__ import annotations

import re

__all__ = ["FEMALE_KIN", "MALE_KIN", "family_titled"]

MALE_KIN = frozenset("father son brother grandfather grandson".split())
FEMALE_KIN = frozenset("mother daughter sister grandmother granddaughter".split())


def family_titled(kin: str, surname: str, text: str) -> bool:
    """Whether ``text`` gives ``surname`` a title of the sex of the kin word ``kin``.

    Example:
        >>> family_titled("father", "O'Neill", "Mr O'Neill added: ...")
        True
        >>> family_titled("mother", "Hale", "Mr Hale said"), family_titled("husband", "Hale", "Mr Hale said")
        (False, False)
    """
    kin = kin.split()[-1].lower()
    titles = "Mr" if kin in MALE_KIN else "(?:Mrs|Miss|Ms)" if kin in FEMALE_KIN else ""
    return bool(titles) and re.search(rf"\b{titles}\.? {re.escape(surname)}\b", text) is not None
