"""A speaker's home after a comma is no part of the speaker's name:
"His widow Marie Cross, a midwife, from Lochboisdale, South Uist, Western Isles, told the hearing
her husband changed in a matter of months" is Marie Cross, not "Western Isles".

The label the parser gives such a subject runs to the end of the home, and the name in apposition
was read from its last part (a county or region of two capitalised words), so the woman was a
second speaker beside "his widow" of the lead, whom the text had already tied to her: the take
"quoted 2 named people" where it quotes one, and the paper that keeps her "gave her statements to"
her other label (read from TUNE_30's 04.10.99/stress, stress1 6 and 11, ``benchmarks/claims_tune30.md``
kind T3).

The rule (:func:`home_cut`): a label whose first comma-separated part ends with a full name (two
capitalised words) and that has a later part opening "from" or "of" and a capitalised word (the
home), followed by a part of two capitalised words alone (a county or region, which the name in
apposition would be read from: "South Uist", "West Yorkshire"), is that full name ("Marie Cross";
"his widow" before it is the description the text ties to her). A home with no such part ("Tom
Hale, of Hull") is left to the rules before.

* :func:`home_cut`: the full name, or "".
"""

from __future__ import annotations

import re

__all__ = ["home_cut"]

#: a first part ending with a full name ("His widow Marie Cross"): the name
_NAMED = re.compile(r"(?:^|\s)((?:[A-Z][a-z][\w'-]* ){1,2}[A-Z][a-z][\w'-]*)$")
#: a part that is a home ("from Lochboisdale", "of Crookes")
_HOME = re.compile(r"^(?:from|of) [A-Z]")
#: a part of two capitalised words alone: a county or region after the home ("South Uist")
_REGION = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+$")


def home_cut(label: str) -> str:
    """The full name of a ``label`` that runs on to its home (module docstring), else "".

    Example:
        >>> home_cut("His widow Marie Cross, a midwife, from Lochboisdale, South Uist, Western Isles")
        'Marie Cross'
        >>> home_cut("Tom Hale, 45, of Hull, East Yorkshire"), home_cut("Tom Hale, 45, of Hull")
        ('Tom Hale', '')
    """
    if "," not in label:
        return ""  # the cheap test first
    parts = [p.strip() for p in label.split(",")]
    name = _NAMED.search(parts[0])
    if name is None:
        return ""
    home = next((k for k, p in enumerate(parts) if k and _HOME.match(p)), None)
    if home is None or not any(_REGION.match(p) for p in parts[home + 1 :]):
        return ""
    return name.group(1)
