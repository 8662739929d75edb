"""A name given in apposition to someone's employer is a company's:
"He took out a civil action against his former employer, Aberdeen-based Rockwater, claiming
#300,000 in lost earnings. / The company argued that the accident was Mr Binney's fault".

A report names a firm once as a worker's employer, with no "Ltd" and no "the firm", and then calls
it "the company". A reader takes the company for the employer just named; the findings had not
known the name for a company's, so "The company argued" was one more, unnamed, institution beside
"A spokesman for Rockwater" (read from TUNE_30's 01.03.00/diver, diver1 10-11 and 22 and the
guardian 3-4, ``benchmarks/claims_tune30.md`` kind T2). Once the name is a company's,
:func:`~.identities.refine_speakers` reads "the company" of a story naming one company as that
company (:mod:`~.companies`).

The rule (:func:`employer_names`): "his", "her", "their" or "its", an optional "former", "ex-",
"previous" or "new", "employer" or "employers", a comma, an optional place ("Aberdeen-based"),
and one capitalised word (hyphens allowed) closed by a comma or a stop: a company's name, unless the
text writes it as a person's (after "Mr", "Mrs", "Ms", "Miss" or "Dr", or before an age). Two
words are left alone: "his employer, Edward Gilder, of Cheltenham" (02.11.99/ostrich) is a man,
and a firm's name of several words with "Ltd" is read in :mod:`~.companies`.

Widened in round 37 (branch tune37, ``TUNE_37``'s 18843, kind V4 of
``benchmarks/claims_tune37.md``): one capitalised word before "executive" and a person's name
("Senior Citibank executive William Rhodes said") is the executive's employer, a company: "Citibank
and Argentina said in a joint statement" had typed the bank a named person.

* :func:`employer_names`: the names a text gives employers.
"""

from __future__ import annotations

import re

__all__ = ["employer_names"]

_EMPLOYER = re.compile(
    r"\b(?:his|her|their|its)\s+(?:(?:former|ex-|previous|new)\s*)?employers?,\s+(?:[A-Z][\w'-]*-based\s+)?"
    r"([A-Z][\w&'-]*)[,.]"
)


#: "Senior Citibank executive William Rhodes": one capitalised word, "executive", a person's name
_EXECUTIVE = re.compile(r"\b([A-Z][\w&'-]*)\s+executive\s+[A-Z][a-z]+\s+[A-Z][\w'-]+")


def employer_names(text: str) -> set[str]:
    """The names ``text`` gives someone's employer in apposition (module docstring).

    Example:
        >>> sorted(employer_names("He sued his former employer, Leeds-based Oceandive, for #9,000."))
        ['Oceandive']
        >>> employer_names("his employer, Ted Gale, of Hull."), employer_names("his employer, Gale, 52,")
        (set(), set())
        >>> employer_names("Senior Barclays executive Paul Varga said so.")
        {'Barclays'}
    """
    if "employer" not in text and "executive" not in text:
        return set()  # the cheap tests first
    out = set()
    found = [*_EMPLOYER.finditer(text), *(_EXECUTIVE.finditer(text) if "executive" in text else ())]
    for m in found:
        name, last = m.group(1), re.escape(m.group(1).split()[-1])
        titled = rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? (?:[A-Z][\w'-]* )?{last}\b"
        if re.search(rf"{titled}|\b{last}, (?:aged )?\d{{1,3}}\b", text):
            continue  # a person: "his employer, Gilder, 52,"
        out.add(name)
    return out
