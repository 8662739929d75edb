""" "Newspaper reports have said": the press at large, an unnamed speaker, not an institution.

A wire story tells what the papers had said before it: "Newspaper reports have said Giuliani was
offered the chairmanship of the SEC, but he declined to say what position he was offered" (read
from TUNE_32's 12194+12330, 12194 2, kind W10 of ``benchmarks/claims_tune32.md``). The label was
typed a document, and the findings counted it an institution beside Giuliani. The rule: a label
"newspaper (press, media, news) reports" (or "accounts", "stories"), with "some", "earlier",
"recent", "local" or "the" before it, is an anonymous speaker: the press, no body named. A
"published report" is one too, in the singular as well ("An earlier reported published report
based on an interview with Amoco Canada president T. Don Stacy said": round 34, branch spk72, from
round 33's held-out 18201+18325, row am4 of ``benchmarks/claims.md``, where it was an institution).

Television and radio reports are the press at large too: "Television reports said that in the
Parana state capital of Curitiba petrol stations had closed" (round 38, branch debt38, from round
37's ``TUNE_37`` 2828, kind V10 of ``benchmarks/claims_tune37.md``, where they were an institution).

Public statements are unnamed speakers too, no body: "Public statements in recent weeks by several
members of the Reagan cabinet have stressed the agriculture issue" (round 37, branch audit37,
Reuters-21578 15738 8, ``benchmarks/claims.md`` ag12, where "Public statements in recent weeks" was
an institution).

A statement quoted from a named paper credits it ("The head of the National Merchant Marine
Authority, Murilo Rubens Habbema, was quoted in today's Gazeta Mercantil newspaper as saying that
..."): the medium of the cue names a paper by its name and a paper's noun, so the statement credits
an outlet as "told Reuters" does; the findings had counted one credit where the story gives two
(round 37, branch debt37, round 35's held-out 2326+2542, ``benchmarks/claims.md`` sm4).

A credit may name its outlet as the story's earlier lines do not. The 1987 wire often spells its own
agency in the singular ("We must try to get them to lower the spreads," Machinea told Reuter": round
39, branch audit39, HELD_OUT_39's 4971+5036, ``benchmarks/claims.md`` ar15, where the update was said
to drop the "told Reuters" credit it keeps), or names the agency's staff ("told Reuter
correspondents"); and a paper named once in full is then named short ("He told the official Times of
Zambia newspaper in an interview ... he told the Times": 6025 1 and 3, ``benchmarks/claims.md`` zc9,
one credit counted where there are two). The rule (:func:`credited_medium`): a medium that is an
agency's name, or its name without the plural's "s", with nothing after it but a newsroom noun
("correspondents", "reporters"), credits the agency, unless the story names a person by that word
("Edzard Reuter"); a medium "the X" (a capitalised name of one to three words) credits a paper when
the same document names "X" as a paper (:func:`named_paper` on the words after it).

A paper's name told alone after the story described it is that paper: "..., the official
newspaper El Peruano said. ... El Peruano said" typed the lone name a named person, so the paper
was counted twice, once a news outlet and once a person (round 39, branch tune39, Reuters-21578
17154 0 and 4, ``benchmarks/claims_tune39.md`` K6, s1 and s3). A label of capitalised words that
the text writes right after a paper's or agency's noun ("newspaper El Peruano", "daily Al-Qabas")
is a news outlet.

* :func:`press_report`: whether the label is such a report;
* :func:`named_paper`: whether a cue's medium is a paper named;
* :func:`credited_medium`: whether a cue's medium credits a news agency or outlet;
* :func:`described_outlet`: whether a name is a paper's the text described.
"""

from __future__ import annotations

import re

__all__ = ["credited_medium", "described_outlet", "named_paper", "press_report"]

_LABEL = re.compile(
    r"^(?:(?:the|an?|some|several|other|earlier|recent|local|published|unconfirmed|reported)\s+)*"
    r"(?:(?:newspaper|press|media|news|television|tv|radio)\s+(?:reports|accounts|stories)|published\s+reports?"
    r"|public\s+(?:statements|remarks|comments)(?:\s+in\s+(?:recent|past|the\s+past)\s+(?:days|weeks|months))?)$",
    re.IGNORECASE,
)


def press_report(label: str) -> bool:
    """Whether ``label`` is the press at large (module docstring).

    Example:
        >>> press_report("Newspaper reports"), press_report("Earlier press reports")
        (True, True)
        >>> press_report("The Times reports"), press_report("An earlier published report")
        (False, True)
        >>> press_report("Public statements in recent weeks"), press_report("The Treasury statements")
        (True, False)
        >>> press_report("Television reports"), press_report("Tehran Radio reports")
        (True, False)
    """
    cheap = label[-1:] == "s" or label[-7:].lower() == " report"  # the cheap test first
    return cheap and bool(_LABEL.match(label))


#: a paper named by its name and its noun: "today's Gazeta Mercantil newspaper", "the daily Al-Ahram"
_PAPER = re.compile(
    r"\b(?:(?!(?:The|A|An|This|Its)\b)[A-Z][\w'-]*\s+){1,4}(?:newspaper|daily|weekly|magazine)\b"
    r"|\b(?:daily|weekly|newspaper)\s+[A-Z]"
)


def named_paper(medium: str) -> bool:
    """Whether a cue's ``medium`` names a paper (module docstring): a statement that credits it.

    Example:
        >>> named_paper("today 's Gazeta Mercantil newspaper"), named_paper("the daily Al Anba")
        (True, True)
        >>> named_paper("a statement"), named_paper("the newspaper"), named_paper("The newspaper")
        (False, False, False)
    """
    cheap = "paper" in medium or "daily" in medium or "weekly" in medium or "magazine" in medium
    return cheap and bool(_PAPER.search(medium))


#: what a credit may add after an agency's name: "told Reuter correspondents"
_STAFF = frozenset(
    "correspondent correspondents reporter reporters journalist journalists newsmen staff".split()
)
#: a paper's short name: "the Times", "the Daily Mirror"
_SHORT = re.compile(r"^the\s+((?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*)$")


def credited_medium(medium: str, outlets: frozenset[str], text: str = "") -> bool:
    """Whether a cue's ``medium`` credits a news agency or outlet (module docstring): one of
    ``outlets`` (lower case), a paper named (:func:`named_paper`), an agency's name in the singular
    or with its staff after it, or a paper's short name that ``text`` (the document) names in full.

    Example:
        >>> agencies = frozenset({"reuters", "ap"})
        >>> credited_medium("Reuters", agencies), credited_medium("Reuter", agencies)
        (True, True)
        >>> credited_medium("Reuter correspondents", agencies)
        True
        >>> credited_medium("Reuter", agencies, "Max Reuter said")  # a man named Reuter
        False
        >>> text = "He told the official Daily Mirror of Lagos newspaper in an interview."
        >>> credited_medium("the Mirror", agencies, text), credited_medium("the Senate", agencies, text)
        (True, False)
    """
    if not medium:
        return False
    if medium.lower() in outlets or named_paper(medium):
        return True
    words = medium.split()
    first = words[0].lower()
    if words[0][:1].isupper() and (first in outlets or first + "s" in outlets):
        staff = all(w.lower() in _STAFF for w in words[1:])  # "told Reuter correspondents"
        person = re.search(r"\b[A-Z][a-z]+\s+" + re.escape(words[0]) + r"\b", text)  # "Max Reuter"
        return staff and person is None
    short = _SHORT.match(medium) if medium[:4].lower() == "the " else None
    if short is None or short.group(1) not in text:
        return False
    name = re.escape(short.group(1))
    return any(named_paper(m.group(0)) for m in re.finditer(r"\b" + name + r"\b[^.,;]{0,40}", text))


#: a paper's or an agency's noun right before its name ("the official newspaper El Peruano")
_OUTLET_NOUNS = ("newspaper", "daily", "weekly", "paper", "magazine", "agency")
_NAME = re.compile(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}")


def described_outlet(label: str, text: str) -> bool:
    """Whether ``label``, a name, is the one the text writes right after a paper's or an agency's
    noun (module docstring).

    Example:
        >>> text = "The banks met, the official newspaper El Peruano said. El Peruano said so."
        >>> described_outlet("El Peruano", text), described_outlet("Peruano Smith", text)
        (True, False)
    """
    if not _NAME.fullmatch(label):
        return False
    spaced = " ".join(text.split())
    return any(f"{noun} {label}" in spaced for noun in _OUTLET_NOUNS)  # a few substring tests
