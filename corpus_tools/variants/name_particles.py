"""A person's name holding a particle of two lower-case words ("Cor van der Klugt", "Jan van den
Berg", "Otto von der Heide"): one name, not a first name and the surname's last word. Found in
the held-out reading of round 55 (benchmarks/family_round55.md, Philips' New York listing: the
chairman's name was cut at "van der" into two added rows). Read by
:data:`corpus_tools.variants.name_spans.NAME_RE`.

The shape: a capitalised word, "van" or "von", then "der", "den", "de" or "dem", then a capitalised
word. A one-word particle ("Ludwig van Beethoven", "Rene de la Serre") was joined already; a
lower-case word after "van" that is not one of these ("a van der" in prose is rare; "van" as a
vehicle is never followed by them) is left as it was.
"""

from __future__ import annotations

import re

__all__ = ["COMPOUND_PARTICLE", "compound_particles"]

#: two-word particles of Dutch and German names, as a regular expression's alternative (no group)
COMPOUND_PARTICLE = r"v[ao]n\s+(?:der|den|de|dem)"


def compound_particles(text: str) -> list[str]:
    """The compound particles written in ``text`` between two capitalised words.

    >>> compound_particles("chairman Cor van der Klugt said; Jan van den Berg; a van driver")
    ['van der', 'van den']
    """
    return re.findall(r"\b[A-Z]\w*\s+(" + COMPOUND_PARTICLE + r")\s+(?=[A-Z])", text)
