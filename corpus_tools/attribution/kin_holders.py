"""A bare kin description of the relative the document named with it just before.

A report names a relative once with a kin word and a name and goes on with the kin word alone: "Her
father, Tom, and sister, Ann, asked the surgeon why he had operated. ``I am sure she would have
waited,'' her father said." A reader takes "her father" for Tom; the findings had counted a second,
anonymous speaker, which every other version then "dropped" (round 20's zav, the independent:
``benchmarks/claims.md``, "Twentieth round (branch `audit20`)", cause 3).

:func:`kin_holder`: for an unnamed label that is a possessive and a kin word alone ("her father",
"Rose's sister"), the phrase of the text before it that gave the same possessive and kin word a
name ("Her father, Tom"), when it gave exactly one name; else "".
"""

from __future__ import annotations

import re

from corpus_tools.attribution.kin_genders import _KIN

__all__ = ["kin_holder"]

_KINS = "|".join(_KIN)
#: a kin phrase whose possessor is a name ("Miss Kerr's 60-year-old father Victor"): (phrase, name, kin)
_NAMED_POSS = re.compile(
    r"\b((?:(?:Mr|Mrs|Ms|Miss)\.? )?(?:[A-Z][\w-]+ )?[A-Z][\w-]+'s "
    rf"(?:[\w-]+ )?({_KINS}),? ([A-Z][a-z]+))\b(?! [A-Z])"
)
_BARE = re.compile(rf"^(his|her|their|[A-Z][\w'-]+'s) ({_KINS})$", re.IGNORECASE)


def kin_holder(label: str, before: str) -> str:
    """The named kin phrase of ``before`` that the bare kin ``label`` stands for, or "".

    Example:
        >>> before = "Her father, Tom, and sister, Ann, asked why. "
        >>> kin_holder("her father", before), kin_holder("her sister", before)
        ('Her father, Tom', 'Her sister, Ann')
        >>> two = "Her father, Tom, and her father, Bob."
        >>> kin_holder("her mother", before), kin_holder("her father", two)
        ('', '')
    """
    bare = _BARE.match(" ".join(str(label).split()))
    if bare is None:
        return ""
    poss, kin = bare.groups()
    # "Her father, Tom," and, in a list, "and sister, Ann," (the possessive said once)
    own = f"[{poss[0].upper()}{poss[0].lower()}]{re.escape(poss[1:])}"
    phrase = re.compile(rf"\b(?:({own}) |(?<=and ))({re.escape(kin.lower())}),? ([A-Z][a-z]+)\b(?! [A-Z])")
    found = {}
    for m in phrase.finditer(before):
        if m.group(1) or _listed_after(before, m.start(), poss):
            found.setdefault(m.group(3), f"{m.group(1) or poss.capitalize()} {m.group(2)}, {m.group(3)}")
    if not found and poss.endswith("'s"):  # "Lena's father" after "Miss Lena Kerr's 60-year-old father Tom"
        found = {m.group(3): m.group(1) for m in _NAMED_POSS.finditer(before) if m.group(2) == kin.lower()}
    return next(iter(found.values())) if len(found) == 1 else ""


def _listed_after(text: str, at: int, poss: str) -> bool:
    """Whether the kin word at ``at`` ends a list that ``poss`` opened in the same sentence."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    return re.search(rf"\b{re.escape(poss)} ", text[start:at], re.IGNORECASE) is not None
