"""A named body's brief, report or study that "said" is the body, when the body speaks in the text.

Wire copy gives an agency's written case as its own words under two labels at once: "The Treasury
said it proposed allowing the temporary imports ...", then "'The domestic uranium conversion
industry ... could be seriously injured ...,' the Treasury brief said" and "the brief said". A
reader takes the brief for the Treasury; the findings had counted "the Treasury brief" as a second,
anonymous speaker, and a version that kept the brief's proposal as "The Treasury also proposed"
quoted it "only on another statement" (read from round 32's held-out 15453+15486's neighbour
2936+2942, 2936 3-4 and 8, rows tu4 and tu13 of ``benchmarks/claims.md``). :mod:`~.body_statements`
reads "A hospital statement" after a named hospital; this is the other word order, the body's name
before its document's noun.

The rule: a label "the" (or "a") + a capitalised name of one to four words (or its possessive) +
a written document's noun ("brief", "report", "study", "statement", "filing", "memorandum",
"submission", "survey", "letter", "paper", "review", "circular", "bulletin") is the body that name
names, when the document's text also gives that body a verb of saying of its own ("The Treasury
said", "Treasury proposed") and never names a person by that word ("James Miller": the Miller
report stays a document). A body's short name inside its full one is the full name's: "the World
Bank said in a statement ... the Bank statement said ... the Bank said" (round 35, branch sweep35,
the sweep's 15419+16065, ``benchmarks/speaker_sweep35.md``: "World" before "Bank" read as a given
name, so the statement was a second, anonymous speaker) is the World Bank's, when the short name is
an institution's head word (:data:`~.surnames.INSTITUTION_HEADS`) and the one longer name before it
speaks.
A nationality word before the noun is the country it names, when that country speaks: "Greece,
responding to ..., said ... The Greek statement said" (round 36, branch debt36, the round-35 sweep's
835, ``benchmarks/speaker_sweep35.md``: the statement a second speaker beside Greece).

A capital's document of one kind is the country whose capital it is, when that country speaks:
"Iraq said today it repelled an Iranian assault ... A Baghdad war communique last night said Iraq
had foiled a three-pronged thrust" (round 37, branch audit37, Reuters-21578 15658 7,
``benchmarks/claims.md`` ir12: the communique an anonymous speaker beside Iraq).
A communique that names no issuer at all, or only a military command ("A high command communique
said", "The communique ... said", "today's communique said", "A second high command communique
today said"), is the one country that speaks in the text, when exactly one does: "Iraq said today
its warplanes had attacked a supertanker ... A high command communique said warplanes hit the
western jetty" (round 38, branch tune38, ``TUNE_38``'s 8440+8516, ``benchmarks/claims_tune38.md``
W2: four anonymous speakers beside Iraq). A text with a joint communique, or two countries that
speak, leaves the communique as it is.

* :func:`document_body`: the body's name, or "".
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools.attribution.entities import DEMONYMS, government_key
from corpus_tools.attribution.surnames import INSTITUTION_HEADS
from corpus_tools.lexicon import IRREGULAR_DEMONYMS

__all__ = ["document_body"]

_NOUNS = (
    "brief|report|study|statement|filing|memorandum|memo|submission|survey|letter|paper|review|"
    "circular|bulletin|communique"
)
_NAME = r"(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w&-]*[\w]"
_LABEL = re.compile(rf"^(?:(?:[Tt]he|[Aa]n?|[Ii]ts)\s+)?({_NAME})(?:'s)?\s+(?:{_NOUNS})$")
#: a capital's document of one kind: "A Baghdad war communique", "the Tehran military communique"
_CAPITAL_LABEL = re.compile(rf"^(?:(?:[Tt]he|[Aa]n?)\s+)?([A-Z][a-z]+)\s+(?:[a-z]+\s+)?(?:{_NOUNS})$")
#: a communique with no issuer named but a military command: "A second high command communique"
_UNISSUED = re.compile(
    r"^(?:(?:the|a|an|its|today's|yesterday's|tonight's|last night's)\s+)?"
    r"(?:(?:first|second|third|later|new|latest|earlier|further|another)\s+)?"
    r"(?:(?:high|military|war|army|command|general|staff)\s+){0,3}communique$",
    re.IGNORECASE,
)
#: the cheap test: a stem of each noun
_CHEAP = ("brief", "report", "stud", "statement", "filing", "memo", "sub", "survey", "letter", "paper")
_CHEAP = (*_CHEAP, "review", "circular", "bulletin", "communique")
_CHEAP_WORDS = re.compile("|".join(_CHEAP))
#: the capitalised word right before a mention, with an initial between ("James Miller", "Mr Miller")
_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?\s+(?:[A-Z]\.\s+)?$")
_VERBS = "said|says|proposed|proposes|announced|added|stated|told|reported|estimated|argued|noted"


#: capitalised words that open a sentence or a phrase, never a first name ("But Treasury said")
_OPENERS = "The|A|An|But|And|Or|In|On|At|For|Its|Also|Later|Earlier|Meanwhile|However|While|As|If|When"


@lru_cache(maxsize=4096)
def _speaks(name: str, text: str) -> bool:
    """Whether ``text`` gives ``name`` a verb of saying of its own ("The Treasury said") and names
    no person by it ("James Miller", "Mr Miller")."""
    n = re.escape(name)
    if re.search(rf"\b{n},?\s+(?:(?:also|later|has|had|then)\s+)?(?:{_VERBS})\b", text) is None:
        return False
    for m in re.finditer(rf"\b{n}\b", text):  # the word before each mention: a given name?
        w = _BEFORE.search(text, max(0, m.start() - 24), m.start())
        if w and not re.fullmatch(_OPENERS, w.group(1)):
            return False
    return True


def document_body(label: str, text: str) -> str:
    """The named body whose written document ``label`` is (module docstring), else "".

    Args:
        label: the speaker's label ("the Treasury brief").
        text: the document's text.

    Example:
        >>> text = "The Treasury said it would act. 'It is wrong,' the Treasury brief said."
        >>> document_body("the Treasury brief", text)
        'Treasury'
        >>> document_body("the Miller report", "James Miller said so. The Miller report said no.")
        ''
    """
    if not _CHEAP_WORDS.search(label):
        return ""  # the cheap test first
    m = _LABEL.match(" ".join(label.split()))
    flat = " ".join(text.split())
    if not m:
        if _UNISSUED.match(" ".join(label.split())):  # "A high command communique"
            return _one_government(flat)
        capital = _CAPITAL_LABEL.match(" ".join(label.split()))
        return _capital(capital.group(1), flat) if capital else ""
    name = m.group(1)
    if name.lower() in DEMONYMS or name.lower() in IRREGULAR_DEMONYMS:  # "The Greek statement"
        return _country(name.lower(), flat)
    return name if _speaks(name, flat) else _full_name(name, flat)


def _country(demonym: str, text: str) -> str:
    """The country a nationality word (``demonym``, lower case) names, as ``text`` writes it, when
    that country speaks there ("Greece said", "Greece, responding to ..., said"), else "".

    Example:
        >>> _country("greek", "Greece said it would go to court. The Greek statement said so.")
        'Greece'
        >>> _country("greek", "Athens was calm. The Greek statement said so.")
        ''
    """
    names = IRREGULAR_DEMONYMS.get(demonym, ()) or (DEMONYMS[demonym],)
    for name in names:
        said = rf"\b({re.escape(name)}),?(?: [^.]{{0,200}},)? (?:(?:also|later|has|had|then) )?(?:{_VERBS})\b"
        written = re.search(said, text, re.IGNORECASE)
        if written and written.group(1)[:1].isupper():
            return written.group(1)
    return ""


def _capital(name: str, text: str) -> str:
    """The country whose capital ``name`` is, as ``text`` writes it, when that country speaks there
    ("Iraq said", beside "A Baghdad war communique ... said"), else "".

    Example:
        >>> _capital("Baghdad", "Iraq said it repelled an attack. A Baghdad war communique said so.")
        'Iraq'
        >>> _capital("Baghdad", "Iran said it attacked. A Baghdad war communique said so.")
        ''
    """
    key = government_key(name)
    if not key or key == name.lower():  # a country's own name, or no capital's
        return ""
    said = rf"\b({re.escape(key)}),?(?: [^.]{{0,200}},)? (?:(?:also|later|has|had|then) )?(?:{_VERBS})\b"
    written = re.search(said, text, re.IGNORECASE)
    return written.group(1) if written and written.group(1)[:1].isupper() else ""


#: a capitalised name of one or two words before a verb of saying, an aside between
_SAYS = re.compile(
    rf"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?),?(?: [^.]{{0,200}},)? (?:(?:also|later|has|had|then) )?(?:{_VERBS})\b"
)


def _one_government(text: str) -> str:
    """The one country that speaks in ``text`` ("Iraq said today ..."), as the text writes it, when
    exactly one does and no communique is a joint one, else "".

    Example:
        >>> _one_government("Iraq said its jets hit a tanker. A high command communique said so.")
        'Iraq'
        >>> _one_government("Iraq said it hit a tanker. Iran said it had not. The communique said so.")
        ''
    """
    if re.search(r"\bjoint\s+communique", text, re.IGNORECASE):
        return ""
    found: dict[str, str] = {}
    for m in _SAYS.finditer(text):
        name = m.group(1)
        if key := government_key(name):  # "Iraq", or its capital "Baghdad"
            found[key] = name if key == name.lower() else found.get(key, name)  # the country's name first
    return next(iter(found.values())) if len(found) == 1 else ""


def _full_name(name: str, text: str) -> str:
    """The one longer name a body's head word ``name`` ("Bank") is short for, when that name speaks
    in ``text`` ("the World Bank said"), else "".

    Example:
        >>> _full_name("Bank", "the World Bank said it would lend. The Bank said so.")
        'World Bank'
        >>> _full_name("Miller", "James Miller said so.")
        ''
    """
    if name.lower() not in INSTITUTION_HEADS:  # "Miller" of "James Miller": a person's
        return ""
    before = {w.group(1) for w in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(name)}\b", text)}
    full = [f"{w} {name}" for w in before if not re.fullmatch(_OPENERS, w)]
    return full[0] if len(full) == 1 and _speaks(full[0], text) else ""
