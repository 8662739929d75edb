"""Names in a sentence, found by rule: which capitalised runs name a fact, and the key two
spellings of one name share (:func:`fact_key`). Read by :func:`corpus_tools.variants.facts.facts`,
which finds a sentence's numbers and dates first and passes their spans as ``taken``."""

from __future__ import annotations

import re

from corpus_tools.lexicon import (
    CAPITALS,
    COMPANY_ENDS,
    HONORIFICS,
    MONTHS,
    PORTFOLIOS,
    REPORTING_FORMS,
    SEASONS,
    SPEAKER_WORDS,
    STOP_WORDS,
)
from corpus_tools.variants.clock_zones import clock_zone
from corpus_tools.variants.list_numbers import list_prefix
from corpus_tools.variants.name_spans import (
    COUNTRY_INITIALS,
    DATE_RE,
    INSTITUTION_ENDS,
    name_spans,
)
from corpus_tools.variants.party_titles import party_word_cut
from corpus_tools.variants.shared_plural import shared_plural_head
from corpus_tools.variants.written_again import capital_verb
from corpus_tools.variants.written_shorter import owner_before_adjective

__all__ = ["ORDINARY_WORDS", "fact_key", "names", "norm_text"]


#: nationality adjectives: a single one is not a name of a fact ("Canadian dlrs", "a French diplomat")
_DEMONYM = re.compile(
    r"(?:[a-z]+(?:ian|ese|ish)|american|canadian|european|african|korean|mexican|french|dutch|swiss|greek|thai"
    r"|iraqi|israeli|pakistani|saudi|kuwaiti|omani|yemeni|qatari|bahraini|emirati)s?"
)

#: capitalised words joined by slashes before a currency word: a price's unit ("Malaysian/Singapore
#: cents", "U.S./Canadian dollars"), no place of its own (benchmarks/family_round41.md)
_SLASHED_UNIT = re.compile(r"(?:[A-Z][\w.]*/)+[A-Z][\w.]*\s+(?i:cents|cts|dollars?|dlrs?)\b")

#: the dash that starts an item of a list inside a paragraph ("-- Urging the administration to act"):
#: the item's first word is a sentence's first (benchmarks/family_round42.md)
_LIST_DASHES = frozenset({"--", "-", "—", "–"})

#: capitalised words that begin a sentence or a run without being a name
ORDINARY_WORDS = set(
    "the a an but and in on at he she it they we i this that there however meanwhile under after "
    "before while if as for his her its their our some many most when what who one you my your no "
    "not so then also other others another any all gmt administration reuter reuters democrat "
    "democrats republican republicans corrects corrected correction".split()
) | (STOP_WORDS - {"us", "may", "will"})  # "Besides Vaskevitch", "Neither Smith": no part of the name
#: a stock ticker ("<XON>", "CSRA.S", "LLOY.L"): an identifier, not a fact
_TICKER = re.compile(r"[A-Z0-9]{2,}\.[A-Z]{1,2}")
#: what comes before a unit written in capitals: a number, or a lower-case word and a bracket
_UNIT_ABBREVIATION = re.compile(r"(?:\d|\b[a-z]+ \()\s*$")
#: a word with a contraction is not a name ("I'm", "They're")
_CONTRACTION = re.compile(r"\w+['’](?:m|re|ll|ve|d|t)", re.I)


def fact_key(text: str) -> str:
    words = [w for w in norm_text(text).split() if w not in HONORIFICS]
    return " ".join(words)


def norm_text(text: str) -> str:
    """Lower case, no dots, no possessive, straight apostrophes: "U.S. Trump's" -> "us trump"."""
    t = re.sub(r"(?<!\d)\.|\.(?!\d)", "", text.lower().replace("’", "'"))  # decimal points stay
    return re.sub(r"'s\b", "", t)


#: a body of a country, named after its initials even where the text writes it nowhere else: "The
#: U.S. Customs will allow", "U.S. Treasury bonds"
_BODIES = frozenset("customs treasury congress senate navy army embassy mint".split())


#: words of a title alone, which names no one: "the additional title of President", "Vice
#: President" (benchmarks/family_round34.md); with its holder's name it is a name
_TITLE_ONLY = SPEAKER_WORDS["official"] | HONORIFICS | set("prime executive".split())
#: the countries written in one word (:data:`~corpus_tools.lexicon.CAPITALS`' countries): one opening a
#: sentence is a name though the texts write it nowhere else ("Chile signed its accord last week",
#: benchmarks/family_round59.md, the missed "Chile")
_ONE_WORD_COUNTRIES = frozenset(c for names in CAPITALS.values() for c in names if c.isalpha() and len(c) > 3)
#: a rank of a title ("Senior Vice President", "Deputy Minister"); before a name with no title, it
#: describes a person of it: "Senior Citibank executive" names Citibank (benchmarks/family_round37.md)
_RANKS = frozenset("deputy acting assistant associate former senior junior vice".split())
_TITLE_ONLY |= _RANKS


#: a person's title or honorific just before a name: the initials after it are a person's ("Commerce
#: spokesman B.J. Cooper"), not a country's that Reuters follows with a capital
_TITLED = re.compile(
    r"\b(?:" + "|".join(sorted(SPEAKER_WORDS["official"])) + r"|mr|mrs|ms|dr)\.?\s+$", re.IGNORECASE
)


def _capital_after_initials(
    words: list[str], lower: set[str], proper: set[str] | None = None, after="", before=""
) -> bool:
    """Reuters capitalises the word after "U.S.": a word the text also writes in lower case ("U.S.
    Dlrs"), capitalises only there (given ``proper``; after a country's initials, not a firm's:
    "E.F. Hutton", benchmarks/family_round39.md) or a verb ("U.S. Wants to") is no part of it; nor
    is a body's kind after "a" or "an" (``before``): "a dealer with a U.S. Bank" is a bank of the
    country, not one named (benchmarks/family_round60.md)."""
    if len(words) == 2 and before.endswith(("a ", "an ")) and re.search(r"(?:^|\s)[Aa]n? $", before):
        kind = words[1].lower().rstrip(".")
        if kind in INSTITUTION_ENDS | COMPANY_ENDS and re.fullmatch(r"(?:[A-Z]\.){2,}", words[0]):
            return True
    verb = re.match(r"\s+(?:to|not|in|that|the|a|an|no|its|their|on|for|with)\b", after) is not None
    # a country's body is no verb: "a bill before the U.S. Congress that would" (family_round43.md)
    verb = verb and not (len(words) == 2 and words[1].lower() in _BODIES)
    country = bool(words) and words[0].replace(".", "").lower() in COUNTRY_INITIALS
    only_here = country and proper is not None and words[1:2] and words[1].lower() not in proper | _BODIES
    return (
        len(words) == 2
        and re.fullmatch(r"(?:[A-Z]\.){2,}", words[0]) is not None
        and (words[1].lower() in lower or verb or bool(only_here))
    )


def names(sentence: str, taken: list, proper: set[str], lower: set[str]) -> list[tuple]:
    """``(start, "name", text, key)`` of the names of a sentence (see :func:`facts`)."""
    found = []
    units = [m.span() for m in _SLASHED_UNIT.finditer(sentence)] if "/" in sentence else []
    for start, raw in name_spans(sentence):
        if (
            any(a <= start < b for a, b in taken)
            or _TICKER.fullmatch(raw.rstrip("."))
            or _model(sentence, start)
        ):
            continue
        date_at = [a for a, _ in taken if start < a < start + len(raw)]
        if date_at:  # a name ends where a date begins: "Dayton Hudson Thursday night"
            raw = re.sub(r"\s+(?:on|for|of|and)$", "", sentence[start : min(date_at)].rstrip())
        bracketed = sentence[start - 1 : start] == "<" and sentence[start + len(raw) :].startswith(">")
        if bracketed and raw.isupper() and " " not in raw:
            continue  # a ticker: "<XON>"
        if (
            _UNIT_ABBREVIATION.search(sentence[:start]) and re.fullmatch(r"[A-Z]{2,6}\)?", raw)
        ) or clock_zone(sentence, start, raw):
            continue  # a unit in capitals: "30,000 BPD", "20 DLRS" ("(BPD)"); a time's zone: "1800 EST"
        text = re.sub(r"['’]s$", "", raw if re.search(r"(?:[A-Z]\.){2,}$", raw) else raw.rstrip(".'’-"))
        text = re.sub(r"(?<=\w|\.)-based$", "", text)  # "Pittsburgh-based": the firm's home, a place
        first = (
            start == 0
            or sentence[:start].strip() in ('"', "“", "(", "'", "<")
            or sentence[:start].strip() in _LIST_DASHES  # "-- Urging the administration": a list item
            or list_prefix(sentence[:start])  # "1. Others agreed": a numbered paragraph's first word
            or re.search(r"\b(?:Inc|Corp|Ltd|Plc)\.\s+$", sentence[:start]) is not None  # a new sentence
            or (  # a quotation's first word, not a quoted title ('"Moneyline" television program')
                re.search(r"(?:^|[\s(])(?:\"|“|``)$", sentence[:start]) is not None
                and not sentence[start + len(raw) :].startswith(('"', "”", "''"))
            )
        )
        words = text.split()
        titled = _TITLED.search(sentence[:start]) is not None  # "spokesman B.J. Cooper": a person
        if not titled and _capital_after_initials(words, lower, proper):
            words = words[:1]
            text = words[0]
        # a possessive the texts never write in lower case names its owner: "Italy's state-owned"
        owner = len(words) == 1 and raw.endswith(("'s", "’s")) and words[0].lower() not in lower
        # a capitalised first word is an ordinary word unless known as a name, or the start
        # of a run of capitalised words ("White House spokesman", "Noranda Inc said")
        if (
            first
            and not (len(words) == 2 and words[1][:1].isdigit())  # "Chapter 11 filings rose"
            and not _portfolio_title(words)  # "Trade Representative Clayton Yeutter said"
            and (
                words[0].lower() in ORDINARY_WORDS
                or (  # a rank before a name with no title: "Senior Citibank executive"
                    len(words) > 1
                    and words[0].lower() in _RANKS
                    and not any(w.lower().rstrip(".") in _TITLE_ONLY for w in words[1:])
                )
                or (  # a participle: "Striking Brazilian seamen"
                    len(words) > 1
                    and re.fullmatch(r"[A-Z][a-z]{2,}(?:ing|ed)", words[0])
                    and words[0].lower() not in proper
                )
                or (
                    words[0].lower() not in proper
                    and not any(c.isupper() for c in words[0][1:])
                    and not owner
                    and not (len(words) == 1 and words[0].lower() in _ONE_WORD_COUNTRIES)
                    and (
                        len(words) == 1
                        or DATE_RE.search(text)
                        or words[0].lower() in lower
                        or words[1] == "of"
                    )
                )
            )
        ):
            words = words[1:]
            while words and words[0] in ("of", "the"):  # "Expansion of the EFP": the name is "EFP"
                words = words[1:]
            text = " ".join(words)
        after = sentence[start + len(raw) :]
        words, text = owner_before_adjective(words, text, after)  # "Seafarers' Canadian branch" (round 53)
        words, text = party_word_cut(words, text, after)  # "Senate Republican leader" (round 51)
        words, text = shared_plural_head(words, text, sentence[:start])  # "X and Y Rivers" (round 54)
        if not titled and _capital_after_initials(
            words, lower | REPORTING_FORMS, proper, after=after, before=sentence[:start]
        ):
            words = words[:1]
            text = words[0]
        words, text = _body_of_post(words, text, sentence, start)  # "Saba, Chairman of the ... Association"
        initials = re.fullmatch(r"(?:[A-Z]\.){2,}", words[0]) if words else None
        if (
            len(words) > 2
            and initials
            and words[1].endswith("s")
            and (
                words[1].lower() in REPORTING_FORMS
                or capital_verb(words, lower)  # "U.S. Wants X to" (round 52)
            )
        ):
            # a verb capitalised after "U.S." between two names: "if the U.S. Insists Japan open"
            # (a verb's third person: "the U.S. State Department" is one name)
            rest = " ".join(words[2:])
            if words[2].lower() not in ORDINARY_WORDS and fact_key(rest):
                found.append((start + max(raw.rfind(words[2]), 1), "name", rest, fact_key(rest)))
            words = words[:1]
            text = words[0]
        if len(words) == 2 and words[0].lower() in MONTHS and re.fullmatch(r"[A-Z]{2,}", words[1]):
            words, text = words[1:], words[1]  # "October/December GNP": a month's figure, not a name
        if _in_price_unit(text, sentence, start, units):
            continue
        if not _names_nothing(words, text) and fact_key(text):
            found.append((start, "name", text, fact_key(text)))
    return found


def _model(sentence: str, start: int) -> bool:
    """Whether a run starts right after a number and a hyphen: a model's letters ("a fleet of 747-SRs",
    no name; benchmarks/family_round61.md)."""
    return sentence[start - 1 : start] == "-" and sentence[start - 2 : start - 1].isdigit()


def _portfolio_title(words: list[str]) -> bool:
    """Whether a run starts with a portfolio and a title, a person's name after them: "Trade
    Representative Clayton Yeutter", "Commerce Secretary Malcolm Baldrige" (the portfolio is no
    sentence's ordinary first word where the text writes it in lower case elsewhere, "trade bill";
    benchmarks/family_round42.md)."""
    return (
        len(words) > 2
        and words[0].lower() in PORTFOLIOS
        and words[1].lower().rstrip(".") in SPEAKER_WORDS["official"]
    )


#: a person's name and a comma just before a span: a title after them is that person's
_AFTER_PERSON = re.compile(r"\b[A-Z][\w'’.-]*,\s+$")


def _body_of_post(words: list[str], text: str, sentence: str, start: int) -> tuple[list[str], str]:
    """A run that is a title alone, "of" and a body or a firm after a person's name and a comma
    ("Shoichi Saba, Chairman of the Electronic Industries Association of Japan"), as the body's
    words and name: the title is the person's (benchmarks/family_round42.md); any other run as it is."""
    if not (
        len(words) > 2
        and words[0].lower() in _TITLE_ONLY
        and words[1] == "of"
        and any(w.lower().rstrip(".") in INSTITUTION_ENDS | COMPANY_ENDS for w in words[2:])
        and _AFTER_PERSON.search(sentence, max(0, start - 60), start)
    ):
        return words, text
    body = words[3:] if words[2] == "the" else words[2:]
    return body, " ".join(body)


def _in_price_unit(text: str, sentence: str, start: int, units: list[tuple[int, int]]) -> bool:
    """Whether a name at ``start`` is part of a price's unit: "20 U.S. Dlrs" (the currency, not the
    country), "150 Malaysian/Singapore cents" (``units``: :data:`_SLASHED_UNIT`'s spans; no place,
    benchmarks/family_round41.md)."""
    if text == "U.S." and re.match(r"U\.S\.\s+(?:dlrs?|dollars?)\b", sentence[start:], re.I):
        return True
    return any(a <= start < b for a, b in units)


def _names_nothing(words: list[str], text: str) -> bool:
    """Whether a span's words name nothing: an ordinary word, a contraction, a compound adjective
    ("Australian-owned"), a date or month, a demonym, a season ("the Autumn meetings"), an
    institution's word alone ("the Commission", named before), titles alone ("President"), or a
    description made of compound adjectives and demonyms ("U.S.-flagged Kuwaiti": a ship's flag and
    country, benchmarks/family_round41.md)."""
    one = words[0].lower() if len(words) == 1 else None
    compound = [re.search(r"-[a-z]", w) is not None for w in words]
    return (
        not words
        or (
            any(compound)
            and all(
                c or _DEMONYM.fullmatch(w.lower()) is not None for c, w in zip(compound, words, strict=True)
            )
        )
        or one in ORDINARY_WORDS
        or (one is not None and _CONTRACTION.fullmatch(words[0]) is not None)
        or (one is not None and re.search(r"-[a-z]", words[0]) is not None)
        or DATE_RE.fullmatch(text) is not None
        or text.lower().strip(".") in MONTHS
        or (one is not None and _DEMONYM.fullmatch(one) is not None)
        or one in SEASONS
        or one in INSTITUTION_ENDS
        or all(w.lower().rstrip(".") in _TITLE_ONLY for w in words)
    )
