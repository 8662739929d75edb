"""A name the other text writes in another language ("Banco do Brasil" / "Bank of Brazil",
"Banque Nationale de Paris" / "National Bank of Paris"): one name, no fact cut or added. Found in the
held-out reading of round 57 (benchmarks/family_round57.md, Brazil's crude: the state bank, named
in Portuguese and in English by the parent, reported cut though the child keeps its English name).
Read by :func:`corpus_tools.variants.fact_changes.fact_rows`, for a name the other text does not
hold as written.

The shape: the two names have the same number of words once the particles and articles are left
out ("do", "de", "of", "the" ...), two or more, and their words pair off one for one, in any
order, each pair the same word, the same word of an institution's name in two languages
(:data:`WORDS`: "Banco" / "Bank", "Nacional" / "National", "Centrale" / "Central") or a name
spelt one letter apart ("Brasil" / "Brazil", five letters or more); at least one pair must be two
languages' words (else it is a spelling, :func:`~.name_forms.holds_name`'s). "Banco do Brasil" and
"Bank of Boston" do not pair ("Brasil" / "Boston").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["WORDS", "translated_held"]

#: words of institutions' names in Portuguese, Spanish, French, Italian, German and Dutch, each with
#: its English word (the English word maps to itself)
WORDS = {
    **dict.fromkeys(("banco", "banca", "banque", "bank", "banka"), "bank"),
    **dict.fromkeys(("nacional", "nazionale", "nationale", "nationaal", "national"), "national"),
    **dict.fromkeys(("central", "centrale", "centraal", "zentral"), "central"),
    **dict.fromkeys(("compania", "companhia", "compagnie", "compagnia", "company"), "company"),
    **dict.fromkeys(("internacional", "internazionale", "internationale", "international"), "international"),
    **dict.fromkeys(("industrial", "industriale", "industrielle", "industriel"), "industrial"),
    **dict.fromkeys(("comercial", "commerciale", "commercial"), "commercial"),
    **dict.fromkeys(("credito", "credit", "kredit"), "credit"),
    **dict.fromkeys(("ministerio", "ministere", "ministero", "ministerium", "ministry"), "ministry"),
}
#: particles and articles left out of both names
_PARTICLES = frozenset(
    "do da dos das de di du des del della der den von van of the la le les el il lo y e et and".split()
)


@lru_cache(maxsize=4096)
def _words(key: str) -> tuple[str, ...]:
    plain = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode().lower()
    return tuple(w for w in re.findall(r"[a-z]+", plain) if w not in _PARTICLES)


def _one_letter_apart(a: str, b: str) -> bool:
    """Two words of five letters or more one letter replaced, added or left out ("brasil"/"brazil")."""
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return a[i + 1 :] == b[i + 1 :] or a[i + 1 :] == b[i:] or a[i:] == b[i + 1 :]


def _pair(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether the words pair off one for one, at least one pair two languages' words."""
    if len(a) != len(b) or len(a) < 2:
        return False
    left, translated = list(b), False
    for w in a:
        same = next((x for x in left if x == w), None)
        if same is None:
            same = next((x for x in left if w in WORDS and WORDS.get(x) == WORDS[w]), None)
            translated |= same is not None
        if same is None:
            same = next((x for x in left if _one_letter_apart(w, x)), None)
        if same is None:
            return False
        left.remove(same)
    return translated


def translated_held(key: str, other_names: set[str]) -> bool:
    """Whether one of the other text's names (``other_names``, fact keys) is ``key`` in another
    language.

    >>> translated_held("banco do brasil", {"petrobras", "bank of brazil"})
    True
    >>> translated_held("banco do brasil", {"bank of boston"})
    False
    """
    words = _words(key)
    if len(words) < 2 or not any(w in WORDS for w in words):
        return False
    return any(_pair(words, _words(other)) for other in other_names)
