"""A company told again by the first word of its name is the company, not a person.

Wire copy names a company in full once, "Levon Resources Ltd said re-checked gold assays ...
yielded higher gold grades", and then by the first word of its name: "Levon previously reported
the zone averaged 0.226 ounces", "Levon said re-checked assays from zone two averaged ...". The
tagger takes the lone word for a person's name (or for a second body), so the findings had counted
a named person "Levon" beside the institution "Levon Resources", in the original and in its update
(read from TUNE_32's 5526+5564, 5526 2-3 and 5564 2-3, kind W2 of ``benchmarks/claims_tune32.md``).
:mod:`~.institution_names` joins a body's last words ("The Commission") to its full name; a
company's short name is its first. Round 33 (read from HELD_OUT_33's 7629+7645+7823, 1729+1739 and
2917+2950, ``benchmarks/claims.md`` cause 1) widened three readings: a word that ends a sentence is
no given name ("... the mill by Geodome. / Geodome said"), "of America" after the ending belongs to
the name ("Dynamics Corp of America" / "Dynamics"), and a first word may open with two or three
capitals before a small letter ("USAir Group" / "USAir"; never an acronym, "CTS").

The rule: a one-word capitalised label is the company the document's text before it names with
that word first and a company's ending after it ("Levon Resources Ltd", "Cominco Ltd", "Ford Motor
Co"), when the whole document names one such company (not "E.A. Viner Holdings Ltd" and its "Edward
A. Viner and Co") and never gives the word a title or a given name
("Mr Levon", "Tom Levon", "Dr. LeRoy Pesch"), before the mention or after it. A possessive before
the word is no given name: "Rorer Group Inc's Armour Pharmaceutical Co said ... Armour said" is the
parent's unit told again, not a person "Armour" (round 39, branch tune39, Reuters-21578 21348 2,
``benchmarks/claims_tune39.md`` K1).

Round 34 (branch orgs34, ``benchmarks/speaker_entities34.md`` rows 8-9, Reuters-21578 16483 and
16597) read the same name in two or more words: the parser split "Goodyear Tire and Rubber Co said"
at its "and" into a person "Goodyear Tire" and a company "Rubber Co", two speakers of one
statement. A label of two to four capitalised words that is the leading words of one company's
name before its "and", or its words after that "and" ("Rubber Co"), is that company, where the
text names it before the mention or the mention opens or ends the name itself.

* :func:`short_company`: that company's name without its legal suffix ("Levon Resources"), as the
  company's own label is written, or "".
"""

from __future__ import annotations

import functools
import re

__all__ = ["short_company"]

#: a company's ending, as Reuters' business copy writes it
_ENDS = r"(?:Ltd|Limited|Inc|Corp|Corporation|Co|Cos|Plc|PLC|SA|AG|NV|Group|Holdings|Resources|Industries)"
#: the legal suffix a company's label goes without (:mod:`~.companies`' ``company_in_label``)
_LEGAL = re.compile(r"(?:\s+(?:Ltd|Limited|plc|PLC|Plc|Inc|Corp)\.?)+$")
#: a company's first word: capitalised, or two capitals before a small letter ("USAir", round 33)
_FIRST = r"[A-Z](?:[a-z]|[A-Z]{1,3}[a-z])[\w&'-]+"
_WORD = re.compile(_FIRST)
#: a capitalised word before the short name that is no given name ("But Levon said")
_OPENERS = r"(?:But|And|The|A|An|In|On|At|For|As|If|When|While|Also|Then|So|Yet|Earlier|Later|Meanwhile)"
#: a company's name from each capitalised word on (a lookahead: names may overlap)
#: ("Dynamics Corp of America": "of America" is part of the name, round 33)
_COMPANY = re.compile(
    rf"(?=\b({_FIRST}(?:\s+(?:[A-Z][\w&'-]*|of|and|&))*?\s+{_ENDS}\b(?:\s+of\s+America\b)?\.?))"
)
#: a word given a title or a given name ("Mr Levon", "Tom Levon", "Dr. LeRoy Pesch", "J. Kacek");
#: a word ending a sentence is no given name ("... the mill by Geodome. / Geodome said", round 33)
_PERSONAL = re.compile(
    rf"(?=\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-Z][\w&'-]*)"
    rf"|\b(?!{_OPENERS}\b)(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w'-]+(?<!'s))\s+([A-Z][\w&'-]*))"
)


@functools.lru_cache(maxsize=64)
def _companies(text: str) -> tuple[dict[str, dict[str, int]], frozenset[str]]:
    """A document's companies by their first word (each name: the end of its first mention) and
    the words it gives a title or a given name: read once a document, for all its speakers."""
    names: dict[str, dict[str, int]] = {}
    for m in _COMPANY.finditer(text):
        name = " ".join(m.group(1).split())
        names.setdefault(name.split()[0], {}).setdefault(name, m.end(1))
    words = [w for m in _PERSONAL.finditer(text) for w in m.groups() if w]
    # the word and each part of it before a mark ("Mr Levon's": "Levon"), as a word boundary reads it
    personal = frozenset(w[:i] for w in words for i in range(1, len(w) + 1) if i == len(w) or w[i] in "&'-")
    return names, personal


def short_company(label: str, before: str, text: str = "") -> str:
    """The company a lone word stands for (module docstring), else "".

    Args:
        label: the speaker's label ("Levon").
        before: the document's text before the mention.
        text: the whole document (a second company or a person it names by the word after the
            mention: "Pesch said ... led by Dr. LeRoy Pesch"); ``before`` when not given.

    Example:
        >>> before = "Levon Resources Ltd said assays were higher. It said zone one was rich."
        >>> short_company("Levon", before)
        'Levon Resources'
        >>> short_company("Levon", "Tom Levon, of Levon Resources Ltd, said it.")
        ''
        >>> short_company("Pesch", "Alpha Inc, of Pesch and Co, said it.", "... led by Dr. LeRoy Pesch.")
        ''
    """
    label = " ".join(str(label).split())
    if " " in label:
        return _part_company(label, before, text or before)
    if not _WORD.fullmatch(label) or label not in before:  # the cheap tests first
        return ""
    companies, personal = _companies(text or before)  # the whole text: every mention reads alike
    names = companies.get(label, {})
    if len(names) != 1 or label in personal:  # "Mr Levon", "Tom Levon": a person
        return ""
    ((name, end),) = names.items()
    return _LEGAL.sub("", name) if end <= len(before) else ""  # named before the mention


#: a label of two to four capitalised words (a legal suffix may end it: "Rubber Co")
_PART = re.compile(r"[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){1,3}")


def _part_company(label: str, before: str, text: str) -> str:
    """The one company whose name opens with ``label``'s words or goes on with them after its
    "and" ("Goodyear Tire", "Rubber Co" of "Goodyear Tire and Rubber Co"), named no later than
    the mention's own words; else "". Never a person "of" a firm ("Wilf Gobert of Peters and Co",
    a name the pattern reads whole: Reuters-21578 16475)."""
    if not _PART.fullmatch(label) or label.split()[0] in ("The", "A", "An"):
        return ""
    spaced = " ".join(text.split())  # the cheap test first: the label beside an "and" of a name
    if not any(f in spaced for f in (label + " and ", label + " & ", " and " + label, " & " + label)):
        return ""
    firsts, _ = _companies(text)
    found = {
        (name, end)
        for names in (firsts.get(label.split()[0], {}), *firsts.values())
        for name, end in names.items()
        if (name.startswith(label + " ") and not name.startswith(label + " of "))  # "X of Peters and Co"
        or name.endswith((" and " + label, " & " + label))
    }
    found = {
        (n, e) for n, e in found if not any(m != n and m.endswith(" " + n) for m, _ in found)
    }  # overlaps
    reach = len(before) + len(label) + 1  # the mention may be the name's own first or last words
    names = {name for name, end in found if end <= reach or name.startswith(label + " ")}
    if len(names) != 1 or len({n for n, _ in found}) != 1:
        return ""
    (name,) = names
    opens = re.match(r"\s*" + r"\s+".join(map(re.escape, name.split())), text[len(before) :])
    return _LEGAL.sub("", name) if name.find(label) > 0 or opens or label in before else ""
