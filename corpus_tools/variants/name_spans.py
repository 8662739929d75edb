"""Where a name runs in a sentence, and the date pattern that ends one: the rules that join
capitalised words into one name over "and", "of", "for" and "on", and split them after a
possessive, a company's dotted ending or a capital "And" (read by
:mod:`corpus_tools.variants.facts`).

>>> [t for _, t in name_spans("Owen Evans of Meares and Philips Ltd met the IMF and World Bank")]
['Owen Evans', 'Meares and Philips Ltd', 'IMF', 'World Bank']
"""

from __future__ import annotations

import re

from corpus_tools.lexicon import (
    CAPITALS,
    COMPANY_ENDS,
    COUNTRY_ENDS,
    DESIGNATORS,
    GOVERNMENT_NAMES,
    LEGAL_FORMS,
    MONTHS,
    NUMBER_WORDS,
    PORTFOLIOS,
    RELATIVE_DAYS,
    REPORTING_FORMS,
    SPEAKER_WORDS,
    STATE_CODES,
    STOP_WORDS,
    WEEKDAYS,
)
from corpus_tools.variants.act_names import act_joins
from corpus_tools.variants.dotted_capitals import after_dot
from corpus_tools.variants.firm_lines import gerund_line_joins
from corpus_tools.variants.law_owners import law_owner_joins
from corpus_tools.variants.name_particles import COMPOUND_PARTICLE
from corpus_tools.variants.subject_lists import subject_lists

__all__ = ["COUNTRY_INITIALS", "DATE_RE", "INSTITUTION_ENDS", "NAME_RE", "name_spans", "named_numbers"]

#: a country's or a union's initials (fact keys): "U.S.", "U.K.", "USSR"; Reuters capitalises a
#: word after them, which a firm's or a person's initials do not make ("E.F. Hutton", "B.J. Cooper")
COUNTRY_INITIALS = frozenset({"us", "usa", "uk", "ussr", "uae", "un", "ec", "eec"})

#: months written in full (not "Mar", "Dec": a futures month "Dec-87" is no day)
_FULL_MONTHS = sorted(
    (m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")), key=len, reverse=True
)
_DAY = r"(?:\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"

#: a date: a month and day ("May 21", "21 May"), a weekday or a relative day ("today")
DATE_RE = re.compile(
    r"\b(?:(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+" + _DAY + r"\b(?:,\s*\d{4})?"
    r"|\d{1,2}\s+(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b"
    # a month written in full joined to its day by a hyphen: "April-5-6" (benchmarks/family_round34.md)
    r"|(?:" + "|".join(_FULL_MONTHS) + r")-(?:[1-9]|[12]\d|3[01])(?=-\d|\b)(?!-[A-Za-z])"
    r"|(?:" + "|".join(WEEKDAYS | RELATIVE_DAYS - {"later", "earlier", "recently"}) + r"))\b",
    re.I,
)

#: a run of capitalised words, joined over "of" or "of the" ("the Law of the Sea") and particles,
#: an Arabic one joined by a hyphen too ("Prince Khaled al-Faisal", benchmarks/family_round34.md),
#: a French one over "de la" and "et (des)" ("Rene de la Serre", "Banque Industrielle et Mobiliere
#: Privee", benchmarks/family_round49.md)
NAME_RE = re.compile(
    r"\b(?:[A-Z]/[A-Z]\b|[A-Z][\w.'’&-]*)"  # "I/S Elsam", "A/S": a Danish or Norwegian company's form
    r"(?:(?:\s+(?:al|el|bin|ibn)-|(?<!\bI)\s+am\s+"  # "Welt am Sonntag" (not "I am"; family_round36.md)
    r"|\s+(?:of(?:\s+the)?|de\s+la|"
    + COMPOUND_PARTICLE  # "Cor van der Klugt" (round 55)
    + r"|et(?:\s+d(?:es|e|u))?|de|del|la|van|von|al|bin|do|da|dos|das|du|des)?\s*)"
    r"[A-Z][\w.'’&-]*)*"
)

#: the last word of an institution's name: "Securities and Exchange Commission" is one name
INSTITUTION_ENDS = frozenset(
    "commission committee board council bank ministry department agency authority exchange "
    "office association institute federation organisation organization service court fund "
    "subcommittee".split()  # "Ways and Means Trade Subcommittee" (benchmarks/family_round40.md)
)
#: lines of business a company's name joins with "and": "Danish Oil and Natural Gas", "Pacific
#: Gas and Electric", "American Telephone and Telegraph", "Houston Lighting and Power"
_TRADES = frozenset(
    "oil gas natural electric power light lighting telephone telegraph water chemical chemicals mining "
    "smelting refining steel iron coal petroleum minerals energy exploration development savings loan "
    "trust investment finance insurance light producing production".split()
)
#: the compass points a firm's regional unit is named for: "Producing Southeast Inc"
_COMPASS_POINTS = frozenset(f"{a}{b}" for a in ("north", "south") for b in ("east", "west"))
#: a firm's last word after "and": "Smick-Medley and Associates", "Lazard and Partners"
_PARTNERS = frozenset("associates partners sons brothers company".split())
#: a body named for its subject: "General Agreement on Tariffs and Trade" is one name
_BODY_HEADS = frozenset(
    "agreement conference convention treaty accord pact programme program centre center".split()
)
#: a body's head word in the plural, joined to its subject over "for" or "on" as in the singular:
#: "Centers for Disease Control" (benchmarks/family_round39.md), "Institutes for Advanced Study"
_PLURAL_HEADS = frozenset(re.sub(r"y$", "ie", w) + "s" for w in INSTITUTION_ENDS | _BODY_HEADS)


def _continues_title(first: str, second: str) -> bool:
    """Whether "first and second" is one title, "X and Y Minister" the minister of X and Y:
    "Posts and Telecommunications Minister Shunjiro Karasawa", "International Trade and
    Industry Minister" (``second``'s second word a title word, ``first`` of at most two words,
    each a portfolio: "Poehl and CDU Finance Minister Stoltenberg" is two names)."""
    titles = SPEAKER_WORDS["official"]
    words = [w.lower() for w in second.split()]
    return (
        len(first.split()) <= 2
        and all(w.lower() in PORTFOLIOS for w in first.split())
        and len(words) >= 2
        and words[1] in titles
    )


#: an owner that is a plural noun of people starts one name, no owner of its own: "People's Daily",
#: "Workers' Party", "Children's Hospital" (benchmarks/family_round41.md)
_PEOPLE_OWNER = re.compile(
    r"(?:\b(?:People|Children|Women|Men)['’]s|\b[A-Z][a-z]+(?:ers|ists|ants|ents)['’])$"
)


#: a month after a word that places an event in it, at a run's start and before more capitalised
#: words: "In March President Reagan" is a month and a name (benchmarks/family_round44.md); a month
#: alone at the start stays ("April Glaspie" is a person)
_MONTH_THEN_NAME = re.compile(
    r"^(?:In|Since|By|Until|From|During|Before|After|Last|Early|Late)\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?=\s+[A-Z])"
)


def _month_apart(parts: list[str]) -> list[str]:
    """The pieces of a run, a leading "In March" split from the name after it."""
    out: list[str] = []
    for part in parts:
        m = _MONTH_THEN_NAME.match(part)
        out.extend((m.group(), part[m.end() + 1 :]) if m else (part,))
    return out


def _owned_by_people(parts: list[str]) -> list[str]:
    """The pieces of a run split after its possessives, a piece after a plural owner of people
    joined back to it ("People's" + "Daily" -> "People's Daily"), and a law after its plural owner
    ("Companies'" + "Creditors Arrangement Act", :mod:`~.law_owners`)."""
    out: list[str] = []
    for part in parts:
        if out and (_PEOPLE_OWNER.search(out[-1]) or law_owner_joins(out[-1], part)):  # "Companies' ... Act"
            out[-1] += " " + part
        else:
            out.append(part)
    return out


def name_spans(sentence: str) -> list[tuple[int, str]]:
    """Runs of capitalised words, split after a possessive ("Cominco's Trail smelter" holds
    Cominco and Trail) and joined over "and" after an "of" ("Ministry of International
    Trade and Industry"), before a company's or an institution's last word ("Meares and
    Philips Ltd", "Securities and Exchange Commission") or a title ("Posts and
    Telecommunications Minister")."""
    spans: list[tuple[int, str]] = []
    for m in NAME_RE.finditer(sentence):
        start = m.start()
        # split after a possessive ("Cominco's Trail smelter") unless a company's ending follows
        # ("Standard and Poor's Corp"), and at "And" after a dot ("U.S. And West Germany")
        parts = re.split(
            r"(?<=['’]s|s['’])\s+(?!(?:" + "|".join(COMPANY_ENDS) + r")\.?\b)|(?<=\.)\s+And\s+(?=[A-Z])"
            r"|(?:(?<=\b(?:Inc|Ltd|Plc)\.)|(?<=\bCorp\.))\s+",  # "... Industries Inc. Terms were withheld"
            m.group(),
            flags=re.I,
        )
        parts = _month_apart(_owned_by_people(parts))
        head = re.sub(r"['’]s$", "", parts[0])  # "Hartley and Roe Inc's Vanmark Leasing Inc": two
        gap = sentence[spans[-1][0] + len(spans[-1][1]) : start] if spans else ""
        joins = (
            spans  # "Coca-Cola Co and Boeing Co" is two companies: the first name is whole
            and spans[-1][1].split()[-1].lower().rstrip(".") not in COMPANY_ENDS
            and not re.fullmatch(r"[A-Z]{2,}", spans[-1][1].split()[-1])  # "IMF and World Bank": two
        ) and (
            " of " in spans[-1][1]
            or re.search(r" (?:for|on) ", spans[-1][1]) is not None  # "Organization for ... and Development"
            or (  # "Nevada Gaming Commission and State Gaming Control Board" is two bodies
                _ends_a_firm_or_body(head)
                and spans[-1][1].split()[-1].lower().rstrip(".") not in INSTITUTION_ENDS
            )
            or _joins_trades(spans[-1][1], head)
            or _continues_title(spans[-1][1], head)
            or _joins_initials(spans[-1][1], head)
            or gerund_line_joins(spans[-1][1], head)  # "Marketing and Acquisition Consultants Ltd"
            or act_joins(spans[-1][1], head)  # "Exports and Imports Permits Act" (round 55)
        )
        firm_after_slash = (  # "Atalanta/Sosnoff Capital Corp": one firm (family_round36.md)
            gap == "/" and head.split()[-1].lower().rstrip(".") in COMPANY_ENDS and " " not in spans[-1][1]
        )
        if (
            (joins and gap in (" and ", " & "))
            or firm_after_slash
            or (
                gap in (" for ", " on ")
                and spans[-1][1].split()[-1].lower() in INSTITUTION_ENDS | _BODY_HEADS | _PLURAL_HEADS
                and not DATE_RE.match(head)  # "the World Bank on Monday"
            )
        ):
            spans[-1] = (spans[-1][0], sentence[spans[-1][0] : start + len(parts[0])])
            start, parts = start + len(parts[0]) + 1, parts[1:]
        for part in parts:
            spans.append((start, part))
            start += len(part) + 1
    spans = [piece for span in subject_lists(sentence, spans) for piece in after_dot(sentence, *span)]
    numbers = named_numbers(sentence) if any(c.isdigit() for c in sentence) else {}
    return [
        (piece[0], _with_number(sentence, *piece, numbers))
        for start, text in spans
        for homed in _home_apart(*_after_prefix(sentence, *_after_legal_form(sentence, start, text)))
        for joined in _person_of_firm(*homed)
        for country in _speaker_after_country(sentence, *joined)
        for piece in _person_after_post(sentence, *country)
        if piece[1] and not any(a <= piece[0] < b for a, b in numbers.items())  # "K" of "Form 10-K"
    ]


#: a capitalised word and a number after it, no unit, no figure's comma or point: a name's number
_NUMBERED = re.compile(
    r"(?<![\w.'’&-])([A-Z][\w.&-]*) (\d+(?:-(?:\d+|[A-Z]{1,2}\b))*[A-Z]?)"
    r"(?![\w%]|[.,/-]\d|-|\s*(?:pct|per\s?cent|percent|mln|million|bln|billion|dlrs?|dollars|cts|cents)\b)"
)


def named_numbers(sentence: str) -> dict[int, int]:
    """``{start: end}`` of the numbers that name, with the capitalised word before them, one thing:
    a designator's number ("Chapter 11", "Section 301", "Form 10-K": :data:`lexicon.DESIGNATORS`) or
    a code of numbers joined by a hyphen ("the Nielsen 1-20 well", "Article 23-1"; not after a
    month, "May 15-30", nor a year's, "1985-86"). Such a number is part of the name, no amount
    (benchmarks/family_round40.md: in the 21,578 Reuters stories, a code after a capitalised word
    names a model, a well, a grade or a rule each time outside dates and price tables, whose rows
    in capitals are left out: "BOTTOM ROUND 18-25" is a price range).

    >>> named_numbers("under Chapter 11 of the code, the Nielsen 1-20 well, Italy 15 pct")
    {14: 16, 42: 46}
    """
    out = {}
    for m in _NUMBERED.finditer(sentence):
        word, number = m.group(1).lower().rstrip("."), m.group(2)
        code = "-" in number and not re.match(r"(?:19|20)\d\d-", number)
        table = m.group(1).isupper() and len(m.group(1)) >= 4  # a row of a price table in capitals
        if word in DESIGNATORS or (code and word not in _NOT_NAMED and not table):
            out[m.start(2)] = m.end(2)
    return out


#: words a code after which is no name's: a day ("May 15-30"), a stop word ("In 3-4 weeks")
_NOT_NAMED = frozenset(MONTHS) | WEEKDAYS | STOP_WORDS


def _with_number(sentence: str, start: int, text: str, numbers: dict[int, int]) -> str:
    """A span with the number that names it after it (:func:`named_numbers`): "Chapter 11"."""
    at = start + len(text) + 1
    return sentence[start : numbers[at]] if at in numbers else text


#: a reporting verb just after a span: "... Soviet Union Lyng said"
_REPORTED = re.compile(r"\s+([a-z]+)\b")
#: a surname: one capitalised word of letters (not "SPA", "U.S.", "McDonnell-Douglas Corp")
_SURNAME = re.compile(r"[A-Z][a-z]+(?:['’][A-Z]?[a-z]+)?")


def _speaker_after_country(sentence: str, start: int, text: str) -> list[tuple[int, str]]:
    """A span split into a country and the speaker after it where the wire left out the comma
    before the verb: "to the Soviet Union Lyng said" is the Soviet Union and Lyng
    (benchmarks/family_round38.md). The span's last word but one ends a country's or a union's
    name (:data:`COUNTRY_ENDS`), at least two words before the speaker, and a reporting verb
    follows (on the 19,043 Reuters-21578 stories with a body it splits only that span; "First
    Union Corp said", "Chemical Bank International said" stay whole)."""
    words = text.split(" ")
    if len(words) < 3 or words[-2].lower() not in COUNTRY_ENDS or not _SURNAME.fullmatch(words[-1]):
        return [(start, text)]
    verb = _REPORTED.match(sentence, start + len(text))
    last = words[-1].lower()
    if verb is None or verb.group(1) not in REPORTING_FORMS or last in COMPANY_ENDS | INSTITUTION_ENDS:
        return [(start, text)]
    if last in SPEAKER_WORDS["official"]:
        return [(start, text)]  # "the European Community Spokesman said": a title, no person
    country = " ".join(words[:-1])
    return [(start, country), (start + len(country) + 1, words[-1])]


#: a title and "for", "of" or "to" just before a span: "assistant director for Africa Paul Acquah",
#: "the minister for Trade Tom Reed", "U.S. Ambassador to Thailand William Brown" (round 34, branch
#: facts34, Reuters-21578 11865): the span is the post's field and its holder
_POST_FOR = re.compile(
    r"\b(?i:" + "|".join(sorted(SPEAKER_WORDS["official"])) + r")\s+(?:for|of|to)\s+(?:the\s+)?$"
)
#: the words of a region's name: "Africa", "Latin America", "the Middle East", "South Pacific"
REGION_WORDS = frozenset(
    "africa asia europe america americas latin north south east west central middle far near pacific "
    "atlantic caribbean oceania scandinavia arab gulf western eastern southern northern".split()
)
#: the words of a country's name (``lexicon.GOVERNMENT_NAMES``' countries: "Saudi Arabia", "Iran",
#: and the countries of ``lexicon.CAPITALS``: "Thailand", "Nigeria")
_COUNTRY_WORDS = frozenset(
    w for c in [*GOVERNMENT_NAMES, *(c for cs in CAPITALS.values() for c in cs)] for w in c.split()
)


def _person_after_post(sentence: str, start: int, text: str) -> list[tuple[int, str]]:
    """A span after a title and "for" or "of" split into the post's field, a place, and the person who
    holds it: "director for Africa Paul Acquah" is Africa and Paul Acquah (benchmarks/family_round43.md:
    it was one name). The field is the longest run of first words that are a region's or a country's
    (not a portfolio's: "official of the National Merchant Marine Union" is one name); two or three
    capitalised words, no body's, must be left for the person."""
    words = text.split(" ")
    if len(words) < 3 or not _POST_FOR.search(sentence, max(0, start - 40), start):
        return [(start, text)]
    field = 0
    while field < len(words) and words[field].lower() in REGION_WORDS | _COUNTRY_WORDS:
        field += 1
    person = words[field:]
    if (
        not field
        or not 2 <= len(person) <= 3
        or not all(_SURNAME.fullmatch(w) for w in person)
        or any(
            w.lower() in INSTITUTION_ENDS | _BODY_HEADS | _PLURAL_HEADS | COMPANY_ENDS | COUNTRY_ENDS
            for w in person
        )
    ):
        return [(start, text)]  # "director for Asia Pacific Operations", "... Pacific Growth Fund"
    at = start + len(" ".join(words[:field])) + 1
    return [(start, " ".join(words[:field])), (at, " ".join(person))]


#: a capitalised word and a comma just before a span: the firm a legal form after it belongs to
_FIRM_AND_COMMA = re.compile(r"\b[A-Z][\w.'’&-]*,\s+$")


def _after_legal_form(sentence: str, start: int, text: str) -> tuple[int, str]:
    """A span without the legal form it starts with after a firm's name and a comma: "Super
    Octanos, C.A." names the firm Super Octanos, its "C.A." no name of its own ("Banco Lara, S.A.
    President Jose Ruiz": the person is "President Jose Ruiz"); benchmarks/family_round37.md. A
    state's postal code in capitals after a town is no legal form ("Reno, NV")."""
    words = text.split(" ")
    if not _legal_form(words[0]) or not _FIRM_AND_COMMA.search(sentence, max(0, start - 60), start):
        return start, text
    n = 0
    while n < len(words) and _legal_form(words[n]):
        n += 1
    rest = " ".join(words[n:])
    return (start + len(text) - len(rest), rest) if n else (start, text)


def _legal_form(word: str) -> bool:
    """Whether a word is a company's legal form (:data:`LEGAL_FORMS`): "C.A.", "S.A", "Ltd", "N.V."
    (not "CA" in capitals without dots where it is a state's code)."""
    key = word.lower().replace(".", "")
    code = word.isupper() and "." not in word and key in STATE_CODES
    return key in LEGAL_FORMS and not code


def _after_prefix(sentence: str, start: int, text: str) -> tuple[int, str]:
    """A span without a first word joined to a lower-case prefix: "non-OPEC Mexico" names Mexico
    ("non-OPEC" describes it); a word alone keeps its span (read as before)."""
    if start >= 2 and sentence[start - 1] == "-" and sentence[start - 2].islower() and " " in text:
        first, rest = text.split(" ", 1)
        return start + len(first) + 1, rest
    return start, text


def _home_apart(start: int, text: str) -> list[tuple[int, str]]:
    """A span opening with a place and "-based" split into the place and the firm after it:
    "Minneapolis-based Enercon Data Corp" names Minneapolis and Enercon Data Corp (round 34, branch
    facts34: the firm was "added" where the other text wrote "Enercon Data Corp of Minneapolis")."""
    at = text.find("-based ")
    if at <= 0 or not text[at + 7 : at + 8].isupper():
        return [(start, text)]
    return [(start, text[:at]), (start + at + 7, text[at + 7 :])]


def _joins_trades(first: str, head: str) -> bool:
    """Whether "first and head" is one company named for two lines of business: "Danish Oil" and
    "Natural Gas" (the last word before "and" and every word after it a trade, :data:`_TRADES`;
    "Conoco and Atlantic Richfield Co" is two companies), or a trade and a company's ending with a
    region, a country's initials or "Services" between ("Mobil Exploration and Producing U.S. Inc",
    "... and Producing Southeast Inc": round 34, branch facts34, Reuters-21578 2822 and 4333)."""
    words = [w.lower().rstrip(".") for w in head.split()]
    if first.split()[-1].lower() not in _TRADES:
        return False
    if " of " in head:  # "Savings and Loan Association of Newport Beach": one body, its town after "of"
        words = [w.lower().rstrip(".") for w in head.split(" of ")[0].split()]
        return words[-1] in INSTITUTION_ENDS | COMPANY_ENDS and all(w in _TRADES for w in words[:-1])
    if words[0] in _TRADES and words[-1] in COMPANY_ENDS:
        qualifiers = REGION_WORDS | _COMPASS_POINTS | COUNTRY_INITIALS | {"services", "international"}
        return all(w in _TRADES | COMPANY_ENDS or w.replace(".", "") in qualifiers for w in words)
    return all(w in _TRADES | COMPANY_ENDS for w in words)


#: a capital letter alone, an initial: "E", "D.", and "&" between two of them
_INITIAL = re.compile(r"[A-Z]\.?")


def _joins_initials(first: str, head: str) -> bool:
    """Whether "first and head" is one firm named by initials: "E D and F Man", "S and P", "A and P"
    (every word before "and" an initial, and the first word after it; benchmarks/family_round43.md:
    "E D" and "F Man" were two names); "Class A and B" is read as before, "U.S. and U.K." are two."""
    words = first.split()
    words = words[1:] if words[0] == "The" and len(words) > 1 else words  # "The A and P chain"
    return all(_INITIAL.fullmatch(w) for w in words) and _INITIAL.fullmatch(head.split()[0]) is not None


def _ends_a_firm_or_body(head: str) -> bool:
    """Whether the words after "and" end one name with what comes before: an institution's last
    word ("Securities and Exchange Commission"), or a company's ending after one word ("Meares
    and Philips Ltd", "Peters and Co Ltd"; "Conoco and Atlantic Richfield Co" is two companies)."""
    words = [w.lower().rstrip(".") for w in head.split()]
    if words[-1] in INSTITUTION_ENDS or (len(words) == 1 and words[0] in _PARTNERS):
        return True
    return words[-1] in COMPANY_ENDS and len([w for w in words if w not in COMPANY_ENDS]) <= 1


#: a person of a company: two capitalised words, "of", a name that ends in a company's ending
_PERSON_OF_FIRM = re.compile(
    r"([A-Z][a-z]+ [A-Z][\w'’-]+) of ([A-Z].*\b(?:" + "|".join(COMPANY_ENDS) + r")\.?)", re.I
)


def _person_of_firm(start: int, text: str) -> list[tuple[int, str]]:
    """A span split into a person and the company he speaks for: "Wilf Gobert of Peters and Co
    Ltd" is Wilf Gobert and Peters and Co Ltd (not "Royal Bank of Canada Ltd": a body's word)."""
    m = _PERSON_OF_FIRM.fullmatch(text)
    body_words = INSTITUTION_ENDS | _BODY_HEADS | SPEAKER_WORDS["official"]
    if m is None or not m.group(1)[0].isupper() or any(w.lower() in body_words for w in m.group(1).split()):
        return [(start, text)]
    return [(start, m.group(1)), (start + m.start(2), m.group(2))]
