"""Words that are parts of a name or a number, not words of a text's own (issue #22, round 37,
branch rkind37).

A wire story writes a number with its scale or its percent sign as words ("five mln dlr", "61 pct",
"100 per cent") and a name with its lower-case particles ("Rio de Janeiro", "Cor van der Klugt").
:func:`corpus_tools.reuse.novelty.novel_lists` counted those words as words of the text's own
whenever its source did not happen to use them: the findings then said "adds 41 words of its own"
for 40, and audit36 marked such counts wrong (``benchmarks/claims.md``, gs6 "mln", bb6 "per cent",
ph6 "van der"; TUNE_37's 2512 "mln", 12503 "pct", 2971 "de": ``benchmarks/claims_tune37_r.md``,
cause W). The number and the name are counted among the names and numbers; their parts are not
counted again as words.

* :func:`number_units`: a scale or percent word (:data:`UNITS`) right after a number ("five mln",
  "61 pct"), and "cent" of "per cent" after a number.
* :func:`name_particles`: a run of lower-case particles (:data:`PARTICLES`) between two words of a
  name, with only spaces between ("Rio de Janeiro", "van der" of "Cor van der Klugt").
* :func:`decimal_keys` and :func:`decimal`: a number with a decimal point ("8.5 pct") is the
  source's only when the source writes that number, not when it holds its two figures apart
  ("8" and "5" of "8 months" and "5 dlrs"): 3065 added "8.5 pct", "1.6 pct" and counted none
  (TUNE_37, cause W). The source's decimals are keys of its own ("8.5"), which no word has.
* :func:`ticker_suffixes`: the exchange letters closing a ticker symbol ("D" of "<KRPG.D>"): the
  symbol is the company's name in Reuters' markup, counted with the names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from corpus_tools.reuse.novel_names import is_number
from corpus_tools.reuse.number_words import gap

__all__ = [
    "PARTICLES",
    "UNITS",
    "decimal",
    "decimal_keys",
    "name_particles",
    "number_units",
    "ticker_suffixes",
]

_DECIMAL = re.compile(r"(?<![\d.,])\d+\.\d+(?![\d.]\d)")
#: the words that give a number its scale or make it a share, as the wire writes them
UNITS = frozenset("thousand mln million bln billion trillion pct percent".split())
#: lower-case particles inside a name ("Rio de Janeiro", "Ludwig van Beethoven", "Osama bin Laden")
PARTICLES = frozenset("de da do dos das del della di du la le van von der den ter ten bin ibn".split())


def number_units(words: Sequence[tuple[str, str, bool]]) -> set[int]:
    """The positions of the words that are a number's scale or percent word.

    Example:
        >>> from corpus_tools.reuse.derivation_words import body_words
        >>> ws = body_words("It has a five mln dlr stake, 61 pct, up 100 per cent on the pct rule.")
        >>> sorted(ws[i][1] for i in number_units(ws))
        ['cent', 'mln', 'pct']
    """
    out = set()
    for i in range(1, len(words)):
        key = words[i][0]
        if key in UNITS and is_number(words[i - 1][1]) and gap(words[i]).isspace():
            out.add(i)
        elif key == "cent" and i > 1 and words[i - 1][0] == "per" and is_number(words[i - 2][1]):
            out.add(i)  # "100 per cent"
    return out


def name_particles(words: Sequence[tuple[str, str, bool]], fact: Sequence[bool]) -> set[int]:
    """The positions of the particles that stand inside a name: lower-case words of
    :data:`PARTICLES`, one or several in a row, with a name's word (``fact``, not a number) just
    before and just after and only spaces between.

    Example:
        >>> from corpus_tools.reuse.derivation_words import body_words
        >>> ws = body_words("Cor van der Klugt flew to Rio de Janeiro and then to the port.")
        >>> fact = [w[:1].isupper() for _, w, _ in ws]
        >>> sorted(ws[i][1] for i in name_particles(ws, fact))
        ['de', 'der', 'van']
    """
    out: set[int] = set()
    i = 1
    while i < len(words):
        j = i
        while j < len(words) and words[j][1] in PARTICLES and gap(words[j]).isspace():
            j += 1
        if j > i and j < len(words) and gap(words[j]).isspace():
            before, after = i - 1, j
            if all(fact[k] and not is_number(words[k][1]) for k in (before, after)):
                out.update(range(i, j))
        i = j + 1 if j > i else i + 1
    return out


def ticker_suffixes(words: Sequence[tuple[str, str, bool]]) -> set[int]:
    """The positions of the exchange letters closing a ticker symbol: a word after a point, the
    word before it opening the symbol ("<") and the symbol closing after it (">").

    Example:
        >>> from corpus_tools.reuse.derivation_words import body_words
        >>> ws = body_words("Fried Krupp GmbH <KRPG.D> and Hoesch <HWKG.F> said. Dr. F. Smith came.")
        >>> sorted(ws[i][1] for i in ticker_suffixes(ws))
        ['D', 'F']
    """
    return {
        i
        for i in range(1, len(words))
        if gap(words[i]) == "."
        and gap(words[i - 1]).endswith("<")
        and (i + 1 == len(words) or gap(words[i + 1]).startswith(">"))
    }


def _decimal_form(text: str) -> str:
    """A decimal number's key: its trailing zeros off ("1.50" and "1.5" are one number)."""
    whole, _, part = text.partition(".")
    return f"{whole}.{part.rstrip('0') or '0'}"


def decimal_keys(texts: Iterable[str]) -> set[str]:
    """The numbers with a decimal point of raw texts, as keys ("8.5", "1.50" -> "1.5").

    Example:
        >>> sorted(decimal_keys(["Up 8.5 pct to 1.50 dlrs at 8.30pm, from 1,200 on 3.4.87."]))
        ['1.5', '8.3', '8.5']
    """
    return {_decimal_form(m.group()) for text in texts for m in _DECIMAL.finditer(text)}


def decimal(words: Sequence[tuple[str, str, bool]], group: Sequence[int]) -> str:
    """The key of a group of words that is one decimal number ("8", "5" joined by a point), or ""."""
    if len(group) != 2 or gap(words[group[1]]) != ".":
        return ""
    a, b = (words[i][1] for i in group)
    return _decimal_form(f"{a}.{b}") if a.isdigit() and b.isdigit() else ""
