"""One institution under two of its names in one document.

A report names a body in full once and then shortly: "The European Commission said ..." and
later "The Commission said ...", or "British Airways vowed ..." and later "BA announced ...". The
two labels are one speaker: the short one is the full one's last words (the same head noun, "the"
aside), or its initials, or the same words in another case ("BRITISH AIRWAYS" in a headline
capital). Read on 14.07.99/ba, a METER courts story of round 14's tuning
(``benchmarks/claims_tune14.md``, kind K2), where "The Commission" and "The European Commission"
of one PA take were two speakers, and "BRITISH AIRWAYS" and "BA" of one paper two institutions.

Two different bodies that share a head noun are not joined: "the Home Office" is not the last
words of "the Foreign Office", and a one-word head alone ("the Commission") is joined to a full
name only when that name is the one body of its document with that head.

Round 34 (branch orgs34, ``benchmarks/speaker_entities34.md``: 20 bodies split into two or three
entries in 208 documents of 100 Reuters-21578 update series) read a company's names as the wire
writes them, one rule for every shape:

* its legal suffix (Ltd, Inc, Corp, Co, Plc, Group, Holdings, AG, SA, NV, ...) and its ticker
  (``<GEO.TO>``) are no part of the name, line breaks and case neither: "OII HoLdings" and "OII",
  "Geodome Resources Ltd" and "Geodome Resources" (8853);
* a short form is the full name's leading words ("Dome" of "Dome Petroleum Ltd", "Morgan Guaranty"
  of "Morgan Guaranty Trust Co of New York": 16176, 9742), written without a suffix of its own,
  when the full name does not go on with "of" or "for" after them ("the Commission" of "the
  Commission for Racial Equality": a body of something) and no other body of the document
  opens with them ("First" of "First Chicago" and "First Boston": neither) and the short form is
  not one word that names no company alone ("General", "First", "National", ...);
* initials are also made of each word's first letters or first syllable, in order ("NYMEX" of
  "New York Mercantile Exchange", "PDVSA" of "Petroleos de Venezuela S.A.": 704, 5116), for a short
  form of three capitals or more.

Round 36 (branch tune36, ``benchmarks/claims_tune36.md`` kind U1, Reuters-21578 1456+5035) read a
short form whose first word is the initials of the full name's leading words and whose other words
go on as the name does: "B.C. Resources" of "British Columbia Resources Investment Corp" ("N.Z.
Forest Products", "U.S. Steel"): the initials, with dots or without ("BC"), are spelt out as those
words, then the short form is read as the name's leading words above.

Round 37 (branch debt37, round 35's held-out 6209+11082, ``benchmarks/claims.md`` fm13) read the
initials of a government's body whose name the wire writes with its head last: "USDA" of "The U.S.
Agriculture Department" (the U.S. Department of Agriculture), the head noun ("Department",
"Ministry", "Bureau", "Office", "Agency", "Service", "Administration") put before the words it
follows, the words before those kept, for a short form of three capitals or more.

A company and its unit or parent are two names that share their first word or words and go on
differently ("Cominco Ltd", "Cominco American Inc"): a name written with its own suffix is a whole
name, a short form only of the same name going on ("Harlan Trust Co" of "Harlan Trust Co of
Boston"), so they stay apart; a short form without one ("Goodyear" beside
"Goodyear Aerospace") is joined only where the document names no second body opening with it.

* :func:`same_institution`: whether two labels of named institutions are one body;
* :func:`institution_words`: a label's words without its article, ticker and legal suffix;
* :func:`initialled`: whether one label is the other's acronym, in either word order.
"""

from __future__ import annotations

import functools
import re

from corpus_tools.text.name_initials import SMALL_WORDS, stand_for

__all__ = ["initialled", "institution_words", "same_institution"]

_WORD = re.compile(r"[\w&-]+")


def _words(label: str) -> list[str]:
    """A label's words in lower case, without a leading "the" ("The European Commission" ->
    ["european", "commission"])."""
    words = [w.lower() for w in _WORD.findall(str(label))]
    return words[1:] if words[:1] == ["the"] else words


#: a company's legal suffix, as the wire writes it (dots dropped: "S.A." is "sa")
LEGAL_SUFFIXES = frozenset(
    "ltd limited inc incorporated corp corporation co cos plc group holdings ag sa nv bv gmbh spa lp".split()
)
#: a ticker or the brackets of an unlisted company ("<GEO.TO>", "<Qintex Ltd>")
_TICKER = re.compile(r"<[A-Z0-9.]{1,12}>|[<>]")
#: one word that names no company alone, though a company's name may open with it
_GENERIC = frozenset(
    "american british canadian national international general first united new north south east west "
    "western eastern northern southern central federal royal standard continental pacific atlantic "
    "union trust mutual global world financial".split()
)


@functools.lru_cache(maxsize=4096)
def _named(label: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A label's words with their legal suffix, and without it (``institution_words``), cached:
    one document's labels are compared in pairs."""
    text = _TICKER.sub(" ", str(label)).replace(".", "")
    words = _words(text)
    bare = list(words)
    while len(bare) > 1 and bare[-1] in LEGAL_SUFFIXES:
        bare.pop()
    if len(bare) > 2 and bare[-2] == "of" and bare[-1] == "america":  # "Dynamics Corp of America"
        bare = bare[:-2]
        while len(bare) > 1 and bare[-1] in LEGAL_SUFFIXES:
            bare.pop()
    return tuple(words), tuple(bare)


def institution_words(label: str) -> list[str]:
    """A label's lower-case words without a leading "the", a ticker, dots or its legal suffix.

    Example:
        >>> institution_words("Geodome Resources Ltd <GEO.TO>"), institution_words("The OII HoLdings Corp")
        (['geodome', 'resources'], ['oii'])
        >>> institution_words("Petroleos de Venezuela, S.A."), institution_words("Dynamics Corp of America")
        (['petroleos', 'de', 'venezuela'], ['dynamics'])
    """
    return list(_named(label)[1])


def _syllables(short: str, words: tuple[str, ...]) -> bool:
    """Whether ``short`` (lower case) is made of each word's first letter or first letters, in
    order, a small word giving a letter or none ("nymex": n-y-m-ex; "pdvsa": p-d-v-sa)."""
    if not words:
        return not short
    head, rest = words[0], words[1:]
    if head in SMALL_WORDS and _syllables(short, rest):
        return True
    return any(
        short.startswith(head[:k]) and _syllables(short[k:], rest)
        for k in range(1, min(len(head), len(short)) + 1)
    )


def same_institution(a: str, b: str, others: list[str] | tuple[str, ...] = ()) -> bool:
    """Whether two labels of named institutions of one document are one body: the same words in
    any case, their legal suffixes and tickers aside (:func:`institution_words`), one the other's
    last words (the same head noun) or leading words (a company's short name, its first words maybe
    written as their initials: "B.C. Resources"), or one the other's initials or syllables (module
    docstring). ``others``: the document's other institution labels;
    a short form that is the last or the leading words of two of them is neither's.

    Example:
        >>> same_institution("The Commission", "The European Commission")
        True
        >>> same_institution("BA", "BRITISH AIRWAYS")
        True
        >>> same_institution("the Home Office", "the Foreign Office")
        False
        >>> same_institution("the Commission", "the European Commission", ["the Law Commission"])
        False
        >>> same_institution("Orvane", "Orvane Mining Ltd <ORV.TO>")
        True
        >>> same_institution("NYMEX", "New York Mercantile Exchange")
        True
        >>> same_institution("First", "First Chicago Corp")
        False
        >>> same_institution("Orvane", "Orvane Mining", ["Orvane Gold Inc"])
        False
        >>> same_institution("B.C. Resources", "British Columbia Resources Investment Corp")
        True
        >>> same_institution("USDA", "The U.S. Agriculture Department")
        True
    """
    (ra, wa), (rb, wb) = _named(a), _named(b)
    if not wa or not wb:
        return False
    if wa == wb:
        return True  # "OII HoLdings" and "OII"; "Geodome Resources Ltd" and "Geodome Resources"
    short, full = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    raw_short, raw_full = (a, rb) if len(wa) < len(wb) else (b, ra)
    if len(short) == 1 and len(short[0]) > 1 and stand_for(short[0], full):
        return True  # "BA" and "British Airways"
    if len(short) == 1 and _acronym(raw_short) and _initials(short[0], raw_full):
        return True  # "NYMEX": New York Mercantile Exchange; "USDA": the U.S. Agriculture Department
    raw = _named(raw_short)[0]  # with its own suffix, a short form only of the same name and more
    short, raw = _spelt_out(raw_short, short, full), _spelt_out(raw_short, raw, full)  # "B.C. Resources"
    if short == full:
        return True
    if len(short) >= len(full):
        return False
    leading = full[: len(short)] == short and (len(raw) == len(short) or raw_full[: len(raw)] == raw)
    leading = leading and full[len(short)] not in SMALL_WORDS  # "the Commission" is no short form of
    # "the Commission for Racial Equality" (a body of something), nor "the Bank" of "the Bank of England"
    if leading and not (len(short) == 1 and short[0] in _GENERIC):  # "Dome", not "General"
        return not [o for o in others if _named(o)[1] not in (wa, wb) and _named(o)[1][: len(short)] == short]
    if full[-len(short) :] != short:
        return False
    rivals = [o for o in others if _named(o)[1] not in (wa, wb) and _named(o)[1][-len(short) :] == short]
    return not rivals  # "the Commission" of a text naming the Law Commission too: neither


#: the head nouns of a government's body, which the wire writes last ("the Agriculture
#: Department") and its initials first ("USDA": the U.S. Department of Agriculture)
_BODY_HEADS = frozenset("department ministry bureau office agency service administration".split())


def _head_first(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A body's name written head last ("us agriculture department") in the order its initials
    follow, the head before its subject, the words before them kept ("us department agriculture",
    "department us agriculture"); none when the last word is no body's head noun.

    >>> _head_first(("us", "agriculture", "department"))
    [('department', 'us', 'agriculture'), ('us', 'department', 'agriculture')]
    """
    if len(words) < 2 or words[-1] not in _BODY_HEADS:
        return []
    return [(*words[:i], words[-1], *words[i:-1]) for i in range(len(words) - 1)]


def _initials(short: str, full: tuple[str, ...]) -> bool:
    """Whether one word ``short`` (lower case) is the initials or syllables of the words ``full``
    (three or more), or of a body's name written with its head last (:func:`_head_first`)."""
    if len(full) > 2 and _syllables(short, full):
        return True  # "NYMEX" and "New York Mercantile Exchange"
    return any(_syllables(short, w) for w in _head_first(full))  # "USDA": U.S. Department of Agriculture


def initialled(a: str, b: str) -> bool:
    """Whether one of two labels of named institutions is an acronym of three capitals or more that
    is the other's initials or syllables, in its order or with a body's head first (module
    docstring): one body across the documents of one story.

    Example:
        >>> initialled("USDA", "The U.S. Agriculture Department")
        True
        >>> initialled("NYMEX", "New York Mercantile Exchange")
        True
        >>> initialled("USDA", "The U.S. Commerce Department")
        False
    """
    short, full = (a, b) if _acronym(a) else (b, a)
    return _acronym(short) and not _acronym(full) and _initials(_named(short)[0][-1], _named(full)[0])


#: a first word written as initials: capitals with dots ("B.C.", "N.Z.") or two to four capitals
_LEADING_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}|[A-Z]{2,4}")


def _spelt_out(label: str, words: tuple[str, ...], full: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` (a short label's) with its first word, written as initials, spelt out as the full
    name's leading words it stands for, when more words follow it ("B.C. Resources" of "British
    Columbia Resources Investment Corp": british columbia resources); else ``words`` as they are."""
    first = str(label).split()[:1]
    if len(words) < 2 or not first or not _LEADING_INITIALS.fullmatch(first[0]):
        return words
    n = len(words[0])
    lead = full[:n]
    if len(full) <= n or any(w in SMALL_WORDS for w in lead) or not stand_for(words[0], lead):
        return words
    return (*lead, *words[1:])


def _acronym(label: str) -> bool:
    """A label of one word in three capitals or more ("NYMEX", "PDVSA"), an article aside."""
    words = str(label).split()
    word = words[-1] if len(words) <= 2 and words[:-1] in ([], ["The"], ["the"]) else ""
    return len(word) >= 3 and word.isalpha() and word.isupper()
