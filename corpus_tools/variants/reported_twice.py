"""Fact rows that report again what the edge or the sentence already reports (read by
:func:`corpus_tools.variants.fact_changes.fact_rows`): a number word counting the parties or a
group the other text names, an amount again in another unit, a name's initials, short form,
title or surname after the name, a year that is part of a name reported. Each rule names the
rounds of the hand reading (``benchmarks/family*.md``) whose rows it reads.
"""

from __future__ import annotations

import re

from corpus_tools.lexicon import (
    CAPITALS,
    COMPANY_ENDS,
    COUNTRY_OTHER_NAMES,
    HONORIFICS,
    IRREGULAR_DEMONYMS,
    NUMBER_WORDS,
    REPORTING_FORMS,
    SPEAKER_WORDS,
    STATE_CODES,
)
from corpus_tools.variants.facts import fact_key
from corpus_tools.variants.initials import as_initials
from corpus_tools.variants.name_aliases import LEGISLATURES, country_word
from corpus_tools.variants.name_forms import same_entity
from corpus_tools.variants.name_spans import COUNTRY_INITIALS
from corpus_tools.variants.spelt_twice import surname_misspelt, swapped_letters

__all__ = [
    "counts_a_group",
    "counts_parties",
    "country_again",
    "names_year",
    "said_already",
    "short_for",
    "surname_again",
]

#: title words and honorifics, and a lawmaker's or an officer's abbreviated title: "Governor Perpich"
#: and "Rep. Glickman" are Perpich and Glickman (benchmarks/family_round42.md)
_TITLES = SPEAKER_WORDS["official"] | HONORIFICS | {"rep", "sen", "gov", "gen", "lt", "col", "sgt"}

#: a number word after "the" before a word for the parties of a story counts what the text names
#: ("the two countries", "The two sides said"): a reference, not a number of its own (rounds 9-12
#: of benchmarks/family*.md read it as no fact change)
_PARTIES = re.compile(
    r"\b(?:the|both)\s+(?P<n>[a-z]+)\s+(?:countries|sides|nations|governments|parties|leaders|"
    r"companies|firms|banks|men|women|states|powers|superpowers|groups|unions|agencies|ministers)\b",
    re.I,
)


def counts_parties(text: str, sentence: str) -> bool:
    """A number word counting the parties (:data:`_PARTIES`), a list's marker ("(1) shares in a
    public offering"), or an amount given again in another unit ("120 miles (200 km)"): no number
    of the story."""
    # both patterns need a bracket and the number as written: a plain look-up first (most sentences
    # have neither), so that a pattern is built for a number only where it can match
    if "(" in sentence and text in sentence:
        if text.isdigit() and int(text) < 20 and re.search(rf"(?:^|[\s:;,-])\({text}\)\s", sentence):
            return True
        if re.search(r"\d[\d,.]*\s*[a-z]+\.?\s*\(\s*(?:about\s+)?" + re.escape(text) + r"\b", sentence):
            return True  # the same amount in another unit: "120 miles (200 km)"
    return any(m.group("n").lower() == text.lower() for m in _PARTIES.finditer(sentence))


def counts_a_group(text: str, sentence: str, other: str) -> bool:
    """A number word counting things the other text (lower case) names without a count: "two gold
    properties" where it says "gold properties", "three proposals" where it lists "proposals"
    (the count states what the list shows; rounds 21-27 of benchmarks/family*.md). Every use of
    the word in the sentence must be such a count ("the three oilfields ... in the past three
    years" is a number of years too); a count in the other text within three words before the
    things is a count ("five striking locals")."""
    if text.lower() not in NUMBER_WORDS or text.lower() == "one":
        return False
    counted = r"(?:\d|\b(?:" + "|".join(NUMBER_WORDS) + r")\b)"
    uses = list(
        re.finditer(rf"\b{re.escape(text)}\b(\s+(?:[a-z]+\s+){{0,2}}?[a-z]{{3,}}s\b)?", sentence, re.I)
    )
    return bool(uses) and all(
        m.group(1)
        and any(
            not re.search(counted + r"(?:\W+\w+){0,2}\W*$", other[max(0, x.start() - 40) : x.start()])
            for x in re.finditer(rf"\b{re.escape(m.group(1).strip().lower())}\b", other)
        )
        for m in uses
    )


def said_already(text: str, sentence: str, reported: list[tuple]) -> bool:
    """Whether a name adds nothing to the facts already reported on the edge the same way: one
    letter ("R" of "R and B's"), the initials of a name reported or the name of initials reported
    ("U.S." after "United States"), the same name with another title or company ending ("Plenmeer"
    after "Plenmeer Ltd"), a title written before or after the name of its holder, or a
    lawmaker's state and party in apposition to his name ("Rep. Ann Cole, a Texas Democrat": the
    person is the fact)."""
    if len(text.replace(".", "")) < 2:
        return True
    if any(
        kind == "name" and (as_initials(text, t, shortest=2) or same_entity(fact_key(text), fact_key(t)))
        for _, kind, t, _ in reported
    ):
        return True
    if any(kind == "name" and short_for(text, t, sentence) for _, kind, t, _ in reported):
        return True
    if any(kind == "name" and _in_apposition(text, t, sentence) for _, kind, t, _ in reported):
        return True
    if any(kind == "name" and _with_country(text, t) for _, kind, t, _ in reported):
        return True
    if text.split()[-1].lower() in _TITLES and re.search(
        r"[A-Z][\w'’-]+,\s+(?:the\s+)?" + re.escape(text) + r"\b", sentence
    ):
        return True  # "Ali Kamal, OPEC Deputy Secretary General": the title of the person named before
    if text.split()[-1].lower() in _TITLES and re.search(
        re.escape(text) + r"\b(?:,? (?:and )?[a-z][\w ]{0,40})?,? (?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w'’-]+",
        sentence,
    ):
        return True  # "GM Vice President and chief negotiator Al Ward": the title is of the person named
    if re.fullmatch(r"[DR]-[A-Z][A-Za-z]{1,4}\.?", text) and re.search(
        r"[A-Z][\w'’-]+,?\s*\(?" + re.escape(text), sentence
    ):
        return True  # "Sen. Ann Cole (R-Tex.)": the lawmaker named is the fact
    return (
        re.fullmatch(r"[A-Z][\w.]*(?: [A-Z][\w.]*)? (?:Republican|Democrat)", text) is not None
        and re.search(r"[A-Z][\w.]*,\s+an?\s+" + re.escape(text) + r"\b", sentence) is not None
    )


def _in_apposition(text: str, name: str, sentence: str) -> bool:
    """Whether a name is set in apposition after initials reported before it, whatever their
    letters ("KWTF, the Kivu and Tana Tea Federation": one body; initials of another language,
    benchmarks/family_round46.md).

    >>> _in_apposition("Kivu Tea Federation", "KWTF", "a member of KWTF, the Kivu Tea Federation")
    True
    >>> _in_apposition("Kivu", "KWTF", "KWTF, the Kivu-based federation")
    False
    """
    return re.fullmatch(r"[A-Z]{2,7}", name) is not None and (
        re.search(r"\b" + re.escape(name) + r",\s+the\s+" + re.escape(text) + r"(?![\w'’-])", sentence)
        is not None
    )


#: the last word of a meeting's name ("Venice Economic Summit"), and a meeting's noun after its place
_MEETINGS = frozenset("summit conference meeting talks".split())
_MEETING_AFTER = re.compile(r"\s+(?:economic\s+)?(?:summit|conference|meeting|talks)\b", re.I)


def short_for(text: str, name: str, sentence: str) -> bool:
    """Whether a name is the short form of a name already reported: the sentence writes it in
    brackets after it ("London Interbank Offered Rate (Libor)"), or it is the first word of a
    company's name ("Shearson" after "Shearson Lehman Brothers Holdings Inc") or of a meeting's
    name, the sentence calling the meeting by it ("the Venice meeting" after "Venice Economic
    Summit": the summit again, benchmarks/family_round61.md).

    >>> short_for("Libor", "London Interbank Offered Rate", "the London Interbank Offered Rate (Libor)")
    True
    >>> short_for("Shearson", "Shearson Lehman Brothers Holdings Inc", "Shearson is the dealer.")
    True
    >>> short_for("Texas", "Texas Air", "Texas said")
    False
    >>> short_for("Lyon", "Lyon Trade Summit", "ministers will push it at the Lyon meeting")
    True
    >>> short_for("Lyon", "Lyon Trade Summit", "the ministers flew to Lyon")
    False
    """
    # the pattern holds both names as written and a bracket: it is built only for a sentence holding
    # them (plain look-ups; the pattern of each pair of names is a new one, compiled on each call)
    if (
        "(" in sentence
        and name in sentence
        and text in sentence
        and re.search(re.escape(name) + r"\s*\(\s*" + re.escape(text) + r"\s*\)", sentence)
    ):
        return True
    if " " in text and f" {text} " in f" {name} " and text.split()[-1].lower() not in _TITLES:
        return True  # "Farm Bureau" after "American Farm Bureau Federation" (a post is another's)
    words = name.split()
    if not (" " not in text and len(text) >= 4 and len(words) >= 2 and words[0] == text):
        return False
    last = words[-1].lower().rstrip(".")
    if last in _MEETINGS:  # "the Venice meeting" after "Venice Economic Summit"
        at = sentence.find(text)
        return at >= 0 and _MEETING_AFTER.match(sentence, at + len(text)) is not None
    return last in COMPANY_ENDS and text.lower() not in STATE_CODES.values()


def _with_country(text: str, name: str) -> bool:
    """Whether ``text`` is a name of two words or more reported already, after a country's initials
    or name: "U.K. Ministry of Agriculture" after "Ministry of Agriculture" (one body,
    benchmarks/family_round39.md; not "Welsh Assembly Ministry of Agriculture", nor "Texas
    Commerce Department" after "Commerce Department": a state's is another body), or a body of one
    word after a country's adjective: "American Congress" after "Congress"
    (benchmarks/family_round42.md)."""
    if not text.endswith(" " + name):
        return False
    country = fact_key(text[: -len(name) - 1])
    if " " not in name:  # "American Congress" after "Congress"; not "Continental Illinois" after "Illinois"
        return country_word(country) and name.lower() in LEGISLATURES
    return country.replace(" ", "") in COUNTRY_INITIALS or any(country in group for group in _COUNTRIES)


def names_year(text: str, sentence: str, reported: list[tuple]) -> bool:
    """A year that is part of a name reported on the edge the same way: "1986" of "Tax Reform Act
    of 1986", the act being the fact."""
    return re.fullmatch(r"\d{4}", text) is not None and any(
        kind == "name" and t in sentence and re.search(re.escape(t) + r"\s+of\s+" + text + r"\b", sentence)
        for _, kind, t, _ in reported
    )


def surname_again(key: str, earlier: list[str]) -> bool:
    """A surname after the full name, alone or after a title: "Owens" after "John Owens",
    "Governor Perpich" after "Rudy Perpich" (the last word of an earlier name)."""
    words = key.split()
    if len(words) == 1:  # "Chang" after "Chang Chi-cheng": a surname written first (family_round45.md)
        return (
            surname_misspelt(key, earlier)
            or swapped_letters(key, earlier)
            or any(
                f" {key} " in k + " " or re.fullmatch(rf"{re.escape(key)} [a-z]+-[a-z]+", k) for k in earlier
            )
        )
    if any(k.endswith(f" {key}") and all(len(w) > 2 for w in k[: -len(key)].split()) for k in earlier):
        return True  # "Paz Estenssoro" after "Victor Paz Estenssoro" (not "State Department" after "US ...")
    person = [w for w in words if w not in _TITLES]
    return len(person) == 1 and len(words) > 1 and any(k.endswith(f" {person[0]}") for k in earlier)


#: one country's names as fact keys: "west germany" / "germany", "britain" / "uk", "us" / "america"
_COUNTRIES = [
    {"us", *group} if "united states" in group else set(group)
    for group in (*COUNTRY_OTHER_NAMES, *IRREGULAR_DEMONYMS.values())
]
#: after a capital, a verb that makes it its government: "Bonn would bring forward", "Washington said"
_GOVERNMENT_VERB = re.compile(
    r"(?:['’]s)?\s+(?:would|will|should|could|can|may|might|must|has|had|have|is|was|were|did|does"
    r"|wants?|wanted|(?P<verb>[a-z]+))\b"
)
#: after a capital, a verb of a government's acts: "as soon as Tokyo complied" (benchmarks/family_round44.md);
#: no verb of markets ("Tokyo closed higher")
_GOVERNMENT_ACT = re.compile(
    r"(?:compl(?:y|ies|ied)|agree[sd]?|refuse[sd]?|reject\w*|accept\w*|retaliat\w*|insist\w*|demand\w*"
    r"|decid\w*|respond\w*|promis\w*|threaten\w*|impos\w*|approv\w*|retreat\w*|relent\w*|conced\w*)"
)
#: before a capital, a verb or a word of dealings that makes it its government: "Ottawa accusing
#: Washington", "called on Bonn to act", "talks with Tokyo"
_GOVERNMENT_BEFORE = re.compile(
    r"\b(?:accus\w*|urg\w*|ask\w*|told|tell\w*|press\w*|persuad\w*|warn\w*|blam\w*|critici[sz]\w*"
    r"|help\w*|forc\w*|enabl\w*"  # "help Washington cut its deficit" (benchmarks/family_round44.md)
    r"|(?:call\w*|pressure)\s+on|with|against)\s+$"
)
#: after a capital, a noun that makes it its government: "the Pretoria regime", "the Bonn authorities"
_GOVERNMENT_NOUN = re.compile(r"\s+(?:government|regime|administration|authorities|cabinet|leadership)\b")
#: before a capital, a word that makes it a place: "an official in Washington said", "left Tokyo"
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|to|from|near|outside|into|via|through|around|across|leav\w*|left|arriv\w*|visit\w*)\s+$"
)


#: the countries of :data:`~corpus_tools.lexicon.CAPITALS` named in two words ("soviet union",
#: "saudi arabia"): their people are their first word's plural ("the Soviets")
_TWO_WORD_COUNTRIES = frozenset(c for names in CAPITALS.values() for c in names if " " in c)


def _same_country(a: str, b: str) -> bool:
    """One country's two names, or a country of two words and its people: "soviet union" and
    "soviets" (a place and its people are one fact, benchmarks/family_round61.md)."""
    return a != b and (
        any(a in group and b in group for group in _COUNTRIES)
        or (a in _TWO_WORD_COUNTRIES and b == a.split()[0] + "s")
        or (b in _TWO_WORD_COUNTRIES and a == b.split()[0] + "s")
    )


def _government(text: str, sentence: str) -> bool:
    """Whether a capital in a sentence stands for its government: a verb or a government's noun
    after it ("the Oslo government"), or before it a verb or a word of dealings
    (:data:`_GOVERNMENT_BEFORE`); "in Washington" is a place."""
    at = sentence.find(text)
    if at < 0:
        return False
    before = sentence[max(0, at - 30) : at]
    if _PLACE_BEFORE.search(before):
        return False
    if _GOVERNMENT_NOUN.match(sentence, at + len(text)):
        return True  # "the Pretoria regime", "The Oslo government" (benchmarks/family_round43.md)
    after = _GOVERNMENT_VERB.match(sentence, at + len(text))
    if after and (
        after.group("verb") is None
        or after.group("verb") in REPORTING_FORMS
        or _GOVERNMENT_ACT.fullmatch(after.group("verb"))
    ):
        return True
    return _GOVERNMENT_BEFORE.search(before) is not None


def country_again(text: str, sentence: str, key: str, earlier: list[str], reported: list[str], held) -> bool:
    """Whether a name reports again a country the edge reports the same way (cut or added) or the
    other text holds (``held(text)``): a compound of names each so ("Canada-U.S." relations beside
    "U.S." added, Canada in both texts), a capital standing for its government ("Ottawa accusing
    Washington" beside "U.S."), or the country's other name after the one reported first ("West
    Germany" after "Germany"); ``earlier``: the keys of the names reported before it on that side,
    ``reported``: all of them (benchmarks/family_round34.md and family_round35.md).

    >>> held = lambda t: t == "Canada"  # the other text's names
    >>> country_again("Canada-U.S.", "Canada-U.S. relations", "canada-us", [], ["us"], held)
    True
    >>> country_again("Washington", "talks in Washington", "washington", [], ["us"], held)
    False
    """

    def again(part: str) -> bool:  # a part of a compound held or reported on the edge
        k = fact_key(part)
        return held(part) or k in reported or any(_same_country(k, r) for r in reported)

    parts = text.split("-")
    if len(parts) >= 2 and all(p[:1].isupper() for p in parts) and all(again(p) for p in parts):
        return True
    countries = CAPITALS.get(key, ())
    if countries and _government(text, sentence) and any(c in reported or held(c) for c in countries):
        return True
    return any(_same_country(key, k) for k in earlier)
